"""Relevance reads term keys and INN stems of the lowered text in one pass; the score is the one that
separate passes over the terms and the stems give, to the last bit."""
import ahocorasick_rs
from hypothesis import given, settings, strategies as st

from pharmalens.documents.relevance import _ascii_lower, _inn_words, _terms, relevance_score
from pharmalens.model.automata import overlapping_matches

_WORD = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")


def _plain_score(text: str) -> float:
    from pharmalens.documents.relevance import _inn_names
    keys, weights, _ = _terms()
    payloads, folded = list(keys.values()), _ascii_lower(text)
    counts, last_end = {}, {}
    for key, start, end in overlapping_matches(ahocorasick_rs.AhoCorasick(list(keys)), folded):
        ascii_term, indices = payloads[key]
        if ascii_term and (start > 0 and folded[start - 1] in _WORD or end < len(folded) and folded[end] in _WORD):
            continue
        for index in indices:
            if last_end.get(index, 0) <= start:
                counts[index] = counts.get(index, 0) + 1
                last_end[index] = end
    domain, deal = _inn_names()[2] * min(len(_inn_words(text, folded)), 5), 0.0
    for index, hits in counts.items():
        weight, is_deal = weights[index]
        if is_deal:
            deal += weight * min(hits, 5)
        else:
            domain += weight * min(hits, 5)
    return (domain + (deal if domain >= 3 else 0.0)) * 1000 / max(len(text), 400)


def test_news_scores_as_with_separate_passes():
    for text in ("Corvid Bio's Biotech unit licensed velmatinib and toralimab to Ardent Pharma: milestones, "
                 "licensing, BD, Phase 2a trial; biotechs and BIOTECH drugmakers. Mr. Karsen and Olsen said.",
                 "远景医药与百川药业签署授权许可协议，首付款与里程碑合计5亿元，患者与肿瘤管线，创新药单抗。",
                 "nothing relevant here at all " * 20):
        assert relevance_score(text) == _plain_score(text), text[:30]


_PIECES = st.sampled_from(["biotech", "Biotech", "biotechs", "x", " ", "-", "milestone", "licensing", "bd", "velmatinib",
                           "toralimab", "mab", "Larsen", "karsen", "患者", "授权", "首付款", "药业", "trial", "phase 2a", "_", "1"])


@settings(max_examples=200)
@given(st.lists(_PIECES, max_size=40))
def test_any_mix_scores_as_with_separate_passes(pieces):
    text = "".join(pieces)
    assert relevance_score(text) == _plain_score(text)
