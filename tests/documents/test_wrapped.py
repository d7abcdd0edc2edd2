"""Text hard-wrapped at a fixed width (a PDF's text layer, a newspaper column, a plain-text release) is one
paragraph across its lines, whatever a line ends on; lines that are a list's items stay apart."""
import textwrap
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from pharmalens.documents.lines import repair_lines
from pharmalens.documents.wrapped import WIDE_BLOCKS, display_width, wrap_width

_RELEASE = ("Corvale Bio Inc. said on Tuesday it has granted Mistral Pharma Co. exclusive rights to CB-118, a "
            "first-in-class PSMA-targeted radioligand, in Japan and Korea. Mistral will pay $35 million upfront and "
            "up to $410 million in development, regulatory and sales milestones, plus tiered royalties. CB-118 is "
            "in a Phase 2 trial in men with metastatic prostate cancer, and Corvale expects data in 2027.")


def test_an_english_release_wrapped_at_a_width_is_one_paragraph():
    for width in (52, 64, 76):
        wrapped = textwrap.fill(_RELEASE, width=width)
        text = f"Corvale licenses CB-118 to Mistral\n\n{wrapped}\n"
        repaired = repair_lines(text).text
        assert repaired.split("\n\n")[1].strip() == _RELEASE, width


def test_a_wrapped_chinese_report_is_joined_at_latin_words_and_full_stops():
    lines = ["衡岳医药（2987.HK）公告称，公司已与Lindqvist",
             "Oncology签署独家许可协议，将其核药HY-227在大中华区",
             "以外的权益授予对方。根据协议，衡岳医药将获得4500万",
             "美元首付款，以及最高6.2亿美元的里程碑付款。HY-227",
             "目前正在中国开展II期临床试验。"]
    text = "\n".join(lines) + "\n"
    assert wrap_width(lines) == max(display_width(line) for line in lines)
    repaired = repair_lines(text).text.strip()
    assert "公司已与Lindqvist Oncology签署" in repaired
    assert "里程碑付款。HY-227目前正在" in repaired
    assert "\n" not in repaired


def test_lines_of_a_list_each_an_item_are_not_one_paragraph():
    items = ["Alder Bio – Kestrel Pharma (licence, $20M upfront, 2026)",
             "Brantley Therapeutics – Coro Bio (acquisition, $1.2B cash)",
             "Dunmore Labs – Elsa Biologics (option, $15M upfront, Q3)",
             "Fenwick Oncology – Garrow Bio (NewCo, $60M from investors)"]
    text = "Deals of the week\n\n" + "\n".join(items) + "\n"
    assert wrap_width(text.split("\n")) is None
    assert repair_lines(text).text.split("\n")[2:6] == items


def test_numbered_and_bracketed_items_under_a_wrapped_paragraph_start_their_own_lines():
    lines = ["The licence fee of Sorrel Bio is paid in three instalments upon",
             "the following milestones, each within 30 days of an invoice:",
             "(a) signing of the agreement and delivery of the dossier;",
             "(b) clearance of the IND by the FDA for the first indication;",
             "(c) approval of the first marketing application in the US."]
    repaired = repair_lines("\n".join(lines) + "\n").text
    assert repaired.split("\n")[1:4] == lines[2:], repaired


def test_spans_map_back_to_the_wrapped_source():
    wrapped = textwrap.fill(_RELEASE, width=60)
    mapped = repair_lines(wrapped)
    at = mapped.text.index("Mistral will pay $35 million")
    start, end = mapped.source_span(at, at + len("Mistral will pay $35 million upfront"))
    assert " ".join(wrapped[start:end].split()) == "Mistral will pay $35 million upfront"


def test_the_wide_blocks_hold_only_wide_characters():
    assert all(unicodedata.east_asian_width(chr(c)) in "WF" for a, b in WIDE_BLOCKS for c in range(a, b + 1))


@given(st.text(max_size=40))
def test_display_width_counts_as_unicode_east_asian_width_does(text):
    assert display_width(text) == sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_display_width_of_mixed_scripts():
    assert display_width("Lu-177") == 6
    assert display_width("镥标记") == 6
    assert display_width("ＡＢ，ok한글") == 2 * 5 + 2
