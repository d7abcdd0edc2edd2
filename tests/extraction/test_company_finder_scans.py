"""Company finders whose patterns are entered at fewer places than every character (capitals only):
what they find is what the plain patterns find trying every position."""
import random
import re


_TAIL = r"(?:[-&][A-Za-z0-9]+|'(?!s\b)[A-Za-z0-9]+)*"
_PLAIN_TOKEN = rf"(?:[A-Z][A-Za-z0-9]*|[a-z][A-Z][A-Za-z0-9]*){_TAIL}"
_PLAIN_NAME = re.compile(rf"(?<![A-Za-z0-9-])(?P<name>{_PLAIN_TOKEN}(?: (?:{_PLAIN_TOKEN}|&)){{0,2}})(?![A-Za-z0-9])",
                         re.ASCII)


def _plain_runs(text):
    return [(m.start(), m.group("name")) for m in _PLAIN_NAME.finditer(text)]


def test_capitalised_runs_entered_at_capitals_find_what_the_plain_pattern_finds():
    from pharmalens.extraction.company_lead_words import capitalised_runs
    for text in ("iTeos and Corvane Bio signed with mAbxience; x-iTeos, eFFECTOR's deal", "Halvex's HX-9 & Qell",
                 "aB", "Ab", "-aB cD", "9aB Ab", "Tessel & Rowe Labs Inc and Orvane", "甲乙Quorvane宣布与iKeno合作"):
        assert list(capitalised_runs(text)) == _plain_runs(text), text
    rng = random.Random(11)
    for _ in range(4000):
        text = "".join(rng.choice("aBcD -'&s19甲") for _ in range(rng.randint(1, 14)))
        assert list(capitalised_runs(text)) == _plain_runs(text), text


def test_the_trade_word_chain_tried_by_branch_finds_what_the_whole_pattern_finds():
    from pharmalens.extraction import chinese_company_names as names
    from pharmalens.extraction.cues import phrases
    assert all(any(mark in form for mark in names.LEGAL_MARKS) for form in names.ZH_LEGAL)
    pieces = [*names.ZH_GENERIC, *phrases("company.zh_legal_trade"), *names._ZH_NAMED_BY_ROLE, *names.ZH_LEGAL,
              "（开曼）", "(上海)", "(Cayman)", "股份有限", "股份", "有限", "集团", "甲", "乙", "，", "发", "限公司", "\n"]
    rng = random.Random(5)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        assert [m.span() for m in names._chains(text)] == [m.span() for m in names._zh_chain().finditer(text)], text
    text = "澄江生物今日宣布，乙医药（开曼）有限公司与丙药业集团及丁生物签约；戊控股股份有限公司、己生物科技。"
    assert [m.group() for m in names._chains(text)] == [m.group() for m in names._zh_chain().finditer(text)]
    assert [m.group() for m in names._chains(text)][1:4] == ["医药（开曼）有限公司", "药业集团", "生物"]


def test_days_and_latin_glosses_in_brackets_are_found_in_one_scan_as_in_two():
    from pharmalens.extraction.acting_names import _BRACKETED, _DAY_IN_BRACKETS, _LATIN_GLOSS
    for text in ("澄屿医药今（15）日公告，赛伦菲（Serenfi）宣布", "明 (3) 日(Korvex Bio)昨（2）日", "(Ab今（1）日) (x1)今(12)日",
                 "（Tessel & Rowe, Inc.）昨(9)日宣布", "今（123）日（A）"):
        two = {m.span() for m in _DAY_IN_BRACKETS.finditer(text)} | {m.span() for m in _LATIN_GLOSS.finditer(text)}
        assert {m.span() for m in _BRACKETED.finditer(text)} == two, text
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(["今", "明", "（", "(", ")", "）", "日", "1", "23", " ", "Ab", "甲"]) for _ in range(rng.randint(1, 12)))
        two = {m.span() for m in _DAY_IN_BRACKETS.finditer(text)} | {m.span() for m in _LATIN_GLOSS.finditer(text)}
        assert {m.span() for m in _BRACKETED.finditer(text)} == two, text


def test_a_defined_term_or_stock_code_after_an_issuer_opens_with_a_bracket_after_ascii_spaces():
    from pharmalens.extraction.issuer import _DEFINES, STOCK_CODE, _opens_a_bracket
    pieces = [" ", "\t", "\n", "\u3000", "\xa0", "(", "（", "(以下简称“公司”)", "(HKEX: 2160)", " (NASDAQ: ORVX)", "(“the Company”)",
              "x", "（股份代号：1801）"]
    rng = random.Random(9)
    for _ in range(3000):
        after = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 5)))
        if _DEFINES.match(after) or STOCK_CODE.match(after):
            assert _opens_a_bracket(after), after
    assert _opens_a_bracket(" \n(HKEX: 2160)") and _opens_a_bracket("\t(以下简称“公司”)") and not _opens_a_bracket("\u3000(")


def test_a_list_is_tried_where_its_first_item_runs_into_a_joiner_as_the_lazy_lookahead_found():
    from pharmalens.extraction import enumerated_names
    from pharmalens.model.patterns import rx
    item = enumerated_names._ITEM
    lazy = rx(rf"(?=[\u4e00-\u9fff]{{2,12}}?[（(、和及与以]){item}(?:、{item})*(?:(?:、|和|及|与|以及){item})")
    plain = rx(rf"{item}(?:、{item})*(?:(?:、|和|及|与|以及){item})")
    pieces = ["甲", "乙丙", "丁戊己庚", "辛壬癸子丑寅", "、", "和", "及", "与", "以及", "以", "（香港）", "(BVI)", "，", "等", "\n", "A"]
    rng = random.Random(17)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        found = [m.span() for m in enumerated_names._LIST.finditer(text)]
        assert found == [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert "\\u548b" in enumerated_names._han_except("和") and "\\u548d" in enumerated_names._han_except("和")
