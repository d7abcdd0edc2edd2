"""A bare Chinese name that a known company's short name begins ("再鼎安和完成…" where 再鼎 is known) is
another company, found as unknown names are, by acting in the article: it keeps its own name. Our own
words, both scripts."""


def test_longer_bare_name_keeps_its_own_identity(facts):
    text = ("再鼎安和完成3亿元A轮融资\n\n2026年9月2日，再鼎安和宣布完成3亿元人民币A轮融资。"
            "再鼎安和的核心产品ZA-31为一款靶向SSTR2的放射性药物，目前处于I期临床阶段。")
    records = facts(text)
    assert {f.company for f in records["financings"]} == {"再鼎安和"}
    assert {a.company for a in records["assets"]} == {"再鼎安和"}


def test_traditional_longer_bare_name(facts):
    text = ("恆瑞嘉禾獲FDA孤兒藥資格認定\n\n2026年7月9日，恆瑞嘉禾宣布，其在研藥物HJ-07獲美國FDA授予孤兒藥資格認定，"
            "用於治療神經內分泌腫瘤。")
    assert {r.company for r in facts(text)["regulatory"]} == {"恆瑞嘉禾"}

