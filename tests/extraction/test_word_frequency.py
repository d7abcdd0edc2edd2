"""Words of letters and digits joined by - or & are read without wordfreq, with wordfreq's answers."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from wordfreq import get_frequency_dict, zipf_frequency

from pharmalens.extraction import word_frequency
from pharmalens.extraction.word_frequency import COMMON_EN, RARE_ZIPF, zipf

ROOT = Path(__file__).resolve().parents[2]
THRESHOLDS = (RARE_ZIPF, 4.0, COMMON_EN, 5.0, COMMON_EN + 1)


def _same_answers(word: str) -> None:
    ours, theirs = zipf(word), zipf_frequency(word.casefold(), "en")
    if ours != theirs:  # only where a token is rarer than the table: both under every threshold
        assert ours == 0.0 and theirs < RARE_ZIPF, (word, ours, theirs)
    assert [ours < t for t in THRESHOLDS] == [theirs < t for t in THRESHOLDS], word


def _joined_words() -> set[str]:
    texts = [p.read_text(encoding="utf-8", errors="ignore") for folder in ("examples", "tests/data")
             for p in (ROOT / folder).rglob("*") if p.suffix in (".txt", ".md", ".html")]
    return {w for text in texts for w in re.findall(r"[A-Za-z0-9]+(?:[-&][A-Za-z0-9]+)*", text)
            if not w.isalpha() and len(w) < 40}


def test_words_of_the_examples_and_test_texts_read_as_wordfreq_reads_them():
    words = _joined_words()
    assert len(words) > 500
    for word in words:
        _same_answers(word)


def test_made_up_joined_words_read_as_wordfreq_reads_them():
    rng = random.Random(9)
    common = [w for w, z in word_frequency._en_frequencies().items() if z >= 4.0][:3000]
    pieces = common + ["0", "7", "00", "177", "225", "2024", "2031", "2045", "1999", "9279", "3d", "4th",
                       "a1", "kat6a", "covid19", "zzqx", "b7h3", "1st", "00s"]
    for _ in range(3000):
        word = rng.choice("-&").join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        _same_answers(word.upper() if rng.random() < 0.2 else word)


def test_the_common_word_table_keeps_wordfreq_s_centibel_steps():
    frequencies = get_frequency_dict("en", wordlist="best")
    for word, zipf_of in word_frequency._en_frequencies().items():
        assert 10 ** (-round((9 - zipf_of) * 100) / 100) == frequencies[word], word


@pytest.mark.parametrize("word", ["Ac-225", "first-in-class", "R&D", "NW-9279", "2024", "GLP-1R", "m&a", "B7-H3"])
def test_named_cases(word):
    _same_answers(word)
    assert word.casefold() not in word_frequency._ZIPF_CACHE


def test_ascii_signs_alone_read_as_no_word():
    signs = [chr(c) for c in range(0x21, 0x7f) if not chr(c).isalnum() and chr(c) != "_"]
    rng = random.Random(3)
    for word in signs + ["".join(rng.choice(signs) for _ in range(rng.randint(2, 4))) for _ in range(500)]:
        _same_answers(word)
