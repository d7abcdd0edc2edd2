"""Long lines are cut at safe points, keeping every index, so recognisers never read unbounded lines."""
from hypothesis import given, settings, strategies as st

from pharmalens.documents.long_lines import LINE_LIMIT, split_long_lines


def test_short_text_is_returned_as_it_is():
    text = "Hengrui licensed HRS-4357.\n恒瑞医药授权诺华。\n"
    assert split_long_lines(text) is text


def test_a_long_english_line_is_cut_after_sentence_ends():
    sentence = "Kestrel Oncology Inc. will pay Huaxi Bio an upfront payment of $45 million. "
    text = sentence * 200
    out = split_long_lines(text)
    assert len(out) == len(text) and max(map(len, out.split("\n"))) <= LINE_LIMIT
    assert all(line.endswith("million.") for line in out.split("\n")[:-1])
    assert [i for i, (a, b) in enumerate(zip(text, out)) if a != b] == [i for i, c in enumerate(out) if c == "\n"]


def test_a_long_chinese_line_is_cut_at_a_sentence_end():
    text = "澜沧核药与Solenne Pharma签署授权许可协议，首付款2.36亿欧元。" * 300
    out = split_long_lines(text)
    lines = out.split("\n")
    assert len(out) == len(text) and max(map(len, lines)) <= LINE_LIMIT and len(lines) > 1
    assert all(line.endswith("欧元") for line in lines[:-1])


def test_a_line_with_no_safe_point_is_cut_at_the_limit():
    out = split_long_lines("9" * 5_000)
    assert [len(line) for line in out.split("\n")] == [LINE_LIMIT, LINE_LIMIT, 5_000 - 2 * LINE_LIMIT - 2]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ,.。，\n恒瑞Xy1")), min_size=0, max_size=9000),
       st.integers(min_value=4, max_value=300))
def test_cutting_keeps_length_and_only_turns_characters_into_line_breaks(text, limit):
    out = split_long_lines(text, limit)
    assert len(out) == len(text)
    assert all(a == b or b == "\n" for a, b in zip(text, out))
    assert max((len(line) for line in out.split("\n")), default=0) <= limit
