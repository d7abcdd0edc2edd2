"""A text is scanned for an IND clearance only when it holds a word every clearance needs: a text the
clearance pattern matches always passes that test."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pharmalens.extraction import stages
from pharmalens.extraction.stages import find_stages

_CLEARANCE = stages._OTHER[0][0]
_WRITTEN = [
    "Velanta's QX-11 was approved for clinical trials in Korea.", "HR-7 was cleared for clinical study.",
    "The IND  approved last week; IND\tclearance came after.", "It won clinical trial clearance.",
    "after clearance by the FDA for a clinical trial", "The agency sent a Study May Proceed letter.",
    "FDA accepted the company's Investigational New Drug filing; it allowed two IND submissions.",
    "a clinical trial approval notice", "an implied licence", "tacit approval", "甲药业KX-2获得默示许可",
    "甲药业的IND获批", "IND申请已获得许可", "IND 核准", "获批 IND", "获批临床", "获得临床试验许可", "获得临床试验批件",
    "临床试验申请获得受理后的默示许可", "可在中国开展临床试验", "IND申请于本月获国家药监局批准",
    "核准人体临床试验", "批准了其IND申请", "批准甲药业开展临床",
    "The Investigational New Drug (IND) application for NV-4 has been cleared.",
    "the clinical trial application for NV-9 was approved",
]


def test_every_written_clearance_passes_the_word_test():
    for text in _WRITTEN:
        assert _CLEARANCE.search(text), text
        assert stages._may_clear(stages._scan(text.lower())[1]), text
        assert stages._may_clear(stages._scan(text.upper().lower())[1]), text


def test_a_text_without_those_words_is_not_scanned_and_finds_no_clearance():
    text = "Orvanta's phase 2 trial of ZX-4 met its endpoint in Indiana; 甲药业启动II期临床。"
    assert not stages._may_clear(stages._scan(text.lower())[1])
    assert [s.stage for s in find_stages(text)] == ["phase2", "phase2"]


_PIECES = ["IND", "ind", " ", "\t", "approved", "approval", "cleared", "clearance", "for clinical", " trial", "application",
           "was", "has been", "许可", "获批", "临床", "试验", "申请", "批准", "核准", "开展", "获", "得", "默示", "人体", "可在",
           "中国", "Study May Proceed", "implied", "tacit", "licence", "accepted", "allowed", "notice", "the", "of", "，"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_a_matching_text_always_passes_the_word_test(pieces):
    text = "".join(pieces)
    if _CLEARANCE.search(text):
        assert stages._may_clear(stages._scan(text.lower())[1]), text


def _approved_plain(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in stages._APPROVED.compiled.finditer(text)] if stages._APPROVED.may_match(text) else []


def _approved_anchored(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in stages._anchored_matches(stages._APPROVED, text, text.lower(), stages._scan(text.lower())[0])]


def test_each_opening_word_of_an_approval_is_tried():
    for text in ("Velanta's ZX-2 was approved in 2024 and is marketed in Japan; it is commercially available.",
                 "Orsolin received FDA approval; Quenby receives approval; Tarnell won EU marketing authorization.",
                 "Halvard wins approval, gained full approval, gains marketing approval, secured approval, secures approval,",
                 "obtained conditional marketing approval and obtains approval; it was GRANTED Approval.",
                 "甲药业X获批上市，已上市、批准上市、核准上市、获准上市、已在商业化、持续获批、获核准、获颁药证、取得药证、获得药证、"
                 "核发药证、新药证书、获批不久、获批不足、首次在中国进行商业化销售。", "İstanbul's Korvex received approval for ZX-9",
                 "approved drugs and received approval to start a phase 2 trial"):
        assert _approved_anchored(text) == _approved_plain(text), text
        assert _approved_plain(text) or "drugs" in text, text


_APPROVAL_PIECES = ["approved", "marketed", "commercially available", "received", "receive", "receives", "granted", "won", "wins",
                    "gained", "gains", "secured", "secures", "obtained", "obtains", "Received", "WON", " ", "  ", "FDA",
                    "marketing", "approval", "authorization", "authorisation", "applications", "implied", "drugs", "for a",
                    "clinical", "获批上市", "已上市", "药物", "首次", "在", "中国", "进行商业化销售", "获核准", "İ", "ß", ".", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_APPROVAL_PIECES), max_size=14))
def test_the_anchored_approval_scan_finds_what_the_whole_scan_finds(pieces):
    text = "".join(pieces)
    assert _approved_anchored(text) == _approved_plain(text), text


def _filed_same(text: str) -> None:
    anchored = [m.span() for m in stages._anchored_matches(stages._FILED, text, text.lower(), stages._scan(text.lower())[0])]
    assert anchored == [m.span() for m in stages._FILED.finditer(text)], text


def test_each_opening_word_of_a_filing_is_tried():
    for text in ("Velanta filed an NDA, a BLA and an MAA; the sNDA and Nda for ZX-1 followed.",
                 "a New Drug Application, a Biologics License Application, biologic licence applications and a "
                 "marketing authorisation application, not an investigational new drug application",
                 "甲药业递交上市申请与查验登记申请", "İstanbul's Korvex FILED a new drug  application"):
        _filed_same(text)
    assert len(list(stages._anchored_matches(stages._FILED, "It filed an NDA.", "it filed an nda.", stages._scan("it filed an nda.")[0]))) == 2


_FILING_PIECES = ["NDA", "nda", "BLA", "MAA", "sNDA", "filed", "Filed", "new drug", "New Drug", "biologic", "biologics",
                  " licence", " license", "marketing authorization", "marketing authorisation", " application",
                  " applications", "investigational ", " ", "  ", "上市申请", "查验登记申请", "İ", "x", "-"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_FILING_PIECES), max_size=12))
def test_the_anchored_filing_scan_finds_what_the_whole_scan_finds(pieces):
    _filed_same("".join(pieces))


def _cleared_same(text: str) -> None:
    anchored = [m.span() for m in stages._anchored_matches(stages._CLEARED, text, text.lower(), stages._scan(text.lower())[0])]
    assert anchored == [m.span() for m in stages._CLEARED.finditer(text)], text


def test_each_opening_word_of_a_clearance_is_tried():
    for text in _WRITTEN + ["İstanbul's Korvex: IND cleared", "Found a kind IND\nclearance; INDICATION", " ".join(_WRITTEN)]:
        _cleared_same(text)
        assert list(stages._anchored_matches(stages._CLEARED, text, text.lower(), stages._scan(text.lower())[0])) or "İ" in text or "INDICATION" in text


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["Investigational New Drug", "(IND)", "clinical trial", "by the FDA for a clinical trial",
                                           "it", "find", "可在中国开展临床试验", "İ"]), max_size=14))
def test_the_anchored_clearance_scan_finds_what_the_whole_scan_finds(pieces):
    _cleared_same("".join(pieces))


def test_one_pass_for_the_words_serves_each_pattern_in_turn():
    """find_stages looks for the patterns' opening words and guard words once (stages._scan): each
    pattern tried where its own words start must find what its own scan finds, and the words found
    must be those the text holds."""
    texts = ("Corvale's KX-2 received FDA approval in May; its IND was cleared in 2021 and an NDA filed in 2024.",
             "岷山医药的MS-301获批上市，此前其IND获批，并于2023年提交上市申请。",
             "The sNDA for QT-9 was approved; the BLA was filed and the FDA cleared the IND for QT-10.")
    for text in texts:
        low = text.lower()
        found, present = stages._scan(low)
        assert present == {w for w in stages._SCAN_WORDS if w in low}
        for pattern in (stages._CLEARED, stages._FILED, stages._APPROVED):
            plain = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in stages._anchored_matches(pattern, text, low, found)] == plain, text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["Phase 2", "NDA", "BLA", "terminated", "临床前", "IIT", "终止", "获批上市"]), max_size=14))
def test_the_words_found_in_one_pass_are_those_a_search_for_each_finds(pieces):
    low = "".join(pieces).lower()
    assert stages._scan(low)[1] == {w for w in stages._SCAN_WORDS if w in low}
