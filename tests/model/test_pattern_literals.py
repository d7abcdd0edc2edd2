import gc
import re
from pathlib import Path

import pytest

from pharmalens.model.pattern_literals import UnguardedPattern, guarded, may_match, required_literals
from pharmalens.model.patterns import rx

ROOT = Path(__file__).resolve().parents[2]


def _literals(pattern: str, flags: int = 0) -> set[tuple[str, bool]] | None:
    found = required_literals(rx(pattern, flags))
    return None if found is None else set(found)


def test_an_alternation_needs_one_of_its_branches_words():
    assert _literals(r"\bupfront\b|首付款|签约金") == {("upfront", False), ("首付款", False), ("签约金", False)}


def test_fixed_parts_next_to_each_other_make_one_longer_word():
    assert _literals(r"二[零〇]\d年") == {("二零", False), ("二〇", False)}
    assert _literals(r"\bM(?:SEK|NOK)\s?\d") == {("MSEK", False), ("MNOK", False)}


def test_a_lookahead_says_what_the_text_must_hold():
    assert _literals(r"(?=截至|去年)\S+") == {("截至", False), ("去年", False)}


def test_ascii_words_under_ignorecase_are_looked_for_in_lower_case():
    assert _literals(r"\bcash\s+runway\b", re.I) == {("cash", True)} or _literals(r"\bcash\s+runway\b", re.I) == {("runway", True)}
    guard = guarded(rx(r"\bcash\s+runway\b", re.I))
    assert guard.search("Its CASH RUNWAY lasts") and not guard.search("Its money lasts")


def test_a_word_shared_by_every_branch_stands_for_the_longer_ones():
    assert _literals(r"\b(?:Sep|Sept)\b") == {("Sep", False)}


def test_nothing_is_required_where_a_part_can_be_left_out_or_is_open():
    assert _literals(r"(?:upfront)?\d+") is None
    assert _literals(r"[\u4e00-\u9fff]{2,12}公司|\d+") is None
    assert _literals(r"\d+\s*%") == {("%", False)}


def test_a_cased_letter_beyond_ascii_under_unicode_ignorecase_gives_no_guard():
    assert required_literals(re.compile(r"straße", re.I)) is None
    assert required_literals(re.compile(r"stock", re.I)) is None  # ſ and K (Kelvin) fold to s and k


def test_a_guarded_pattern_answers_as_the_pattern_does():
    plain = rx(r"(?P<n>[A-Z]\w+),\s+(?:a|the)\s+[^,.;]{0,40}?\b(?:company|developer)\b")
    guard = guarded(plain)
    for text in ("Kestrel, a Boston developer of ADCs", "no such words here", "Halvard, the company"):
        assert [m.span() for m in guard.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert bool(guard.search(text)) == bool(plain.search(text))
        assert guard.sub("_", text) == plain.sub("_", text)
        assert guard.findall(text) == plain.findall(text)
    assert guard.search("Kestrel, a developer", 3) is None


def test_a_pattern_with_no_literal_cannot_be_guarded():
    with pytest.raises(UnguardedPattern):
        guarded(rx(r"[A-Z]\w+\d"))


def _samples() -> list[str]:
    texts = []
    for path in sorted((ROOT / "examples" / "news").glob("*.txt")):
        raw = path.read_bytes()
        for encoding in ("utf-8", "big5", "gb18030"):
            try:
                texts.append(raw.decode(encoding))
                break
            except UnicodeDecodeError:
                continue
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    return texts + lines + [line.swapcase() for line in lines]


def test_every_match_of_every_pipeline_pattern_holds_one_of_its_literals():
    """The guard is exact: over the example news, its lines and their case swapped, no pattern the
    pipeline compiled matches a string its literal test turns away."""
    from pharmalens.documents.articles import read_articles
    from pharmalens.extraction.pipeline import extract_article
    from pharmalens.sources.files import SourceFile

    samples = _samples()
    for i, text in enumerate(samples[:3]):
        for article in read_articles(SourceFile(f"s{i}.txt", f"s{i}.txt", ".txt", text.encode())):
            extract_article(article)
    patterns = [p for p in gc.get_objects() if isinstance(p, re.Pattern) and isinstance(p.pattern, str)]
    guarded_ones = [p for p in patterns if required_literals(p) is not None]
    assert len(guarded_ones) > 300
    for pattern in guarded_ones:
        for text in samples:
            if not may_match(pattern, text):
                assert pattern.search(text) is None, (pattern.pattern[:80], text[:80])
