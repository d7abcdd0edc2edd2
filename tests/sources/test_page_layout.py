"""Reading order invariants of `page_layout`: every word is read exactly once, a two-column run reads
its whole left column before its right one, and header/footer rows are set apart."""
from hypothesis import given, settings
from hypothesis import strategies as st

from pharmalens.sources.page_layout import Word, read_page

WIDTH, HEIGHT = 595.0, 842.0
token = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)
side = st.lists(token, min_size=1, max_size=4)


def lay(tokens: list[str], x: float, top: float) -> list[Word]:
    words = []
    for t in tokens:
        width = 6.0 * len(t)
        words.append(Word(t, x, x + width, top, top + 10))
        x += width + 4
    return words


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.tuples(side, side), min_size=2, max_size=14), title=side)
def test_two_columns_read_left_then_right_and_every_word_once(rows, title):
    words = lay(title, 40, 80)[:]
    words += [Word("spanning", 200, 420, 96, 106)]  # a full-width row between title and columns
    for n, (left, right) in enumerate(rows):
        words += lay(left, 40, 120 + 14 * n) + lay(right, 320, 120 + 14 * n)
    page = read_page(words, WIDTH, HEIGHT, [])
    read = " ".join(page.body).split()
    expected = title + ["spanning"] + [t for left, _ in rows for t in left] + [t for _, right in rows for t in right]
    assert read == expected
    assert page.furniture == []


@given(body=st.lists(side, min_size=1, max_size=6))
def test_rows_in_the_header_and_footer_bands_are_set_apart(body):
    words = lay(["Quarterly", "report"], 40, 20) + lay(["7"], 290, HEIGHT - 30)
    for n, tokens in enumerate(body):
        words += lay(tokens, 40, 200 + 30 * n)
    page = read_page(words, WIDTH, HEIGHT, [])
    assert page.furniture == ["Quarterly report", "7"]
    assert " ".join(page.body).split() == [t for tokens in body for t in tokens]
