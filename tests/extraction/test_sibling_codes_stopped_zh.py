"""Two drugs of one company share their letters (QF-208 and QF-517): a stop that names both stops
both; only a code's three-digit study number (QF22-301) is the same programme. Our own words, both
scripts and English."""


def _stopped(records):
    return {t.asset for t in records["terminations"]}


def test_two_codes_of_one_prefix_both_stop(facts):
    text = ("启帆医药调整管线\n\n启帆医药公告称，决定终止CD40单抗QF-208和口服JAK1抑制剂QF-517的开发。")
    assert _stopped(facts(text)) == {"QF-208", "QF-517"}


def test_traditional_two_codes_with_their_stages(facts):
    text = ("啟帆醫藥調整管線\n\n啟帆醫藥公告稱，決定終止QF-208（處於I期臨床）和QF-517（處於臨床前階段）的開發。")
    assert _stopped(facts(text)) == {"QF-208", "QF-517"}


def test_english_two_codes_of_one_prefix(facts):
    text = ("Qifan Pharma trims pipeline\n\nQifan Pharma said it has discontinued development of QF-208 and QF-517, "
            "both in Phase 1, to focus on its lead asset.")
    assert _stopped(facts(text)) == {"QF-208", "QF-517"}
