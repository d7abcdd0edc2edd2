"""The company finders try their patterns only where a match can start (before a legal form, where a
list's first item meets a joining word): what they find is what the plain patterns find everywhere."""
from pharmalens.extraction import enumerated_names, legal_names
from pharmalens.extraction.legal_names import legal_form_names
from pharmalens.model.patterns import rx

_FORMS = ("LLC", "L.L.C.", "Inc.", "GmbH", "JSC", "PJSC", "plc", "PLC", "S.A.", "S.p.A.", "N.V.", "B.V.", "Pty Ltd",
          "Pty. Ltd.", "Co., Ltd.", "Co. Ltd", "Ltd.", "Limited", "K.K.", "Corp.", "Corporation", "and Co.", "& Co.",
          "AG", "SE", "KGaA", "A/S", "AB", "ASA", "Oyj", "LIMITED", "INC.", "LTD.", "CO., LTD.", "CORPORATION",
          "CORP.", "SA", "Oy", "BV")


def _plain_legal(text):
    return [match.span() for match in legal_names._NAMED.finditer(text)]


def test_every_legal_form_is_a_place_to_look():
    for form in _FORMS:
        text = f"The deal with Halvorsen Group (Asia) {form}, and Quell Partners,\t{form} closed. 甲Tessel Rowe {form}"
        names = [name for _, _, name in legal_form_names(text)]
        assert "Halvorsen Group (Asia)" in names and "Tessel Rowe" in names, form
        spans = [match.span() for match in legal_names.matches_from(legal_names._NAMED, text, legal_names._name_starts(text))]
        assert spans == _plain_legal(text), form


def test_a_long_run_of_words_before_a_form_is_still_read():
    text = "Shares rose as One Two Three Four Five Six Seven Eight Nine Holdings LLC and Vireaux SA said so."
    spans = [match.span() for match in legal_names.matches_from(legal_names._NAMED, text, legal_names._name_starts(text))]
    assert spans == _plain_legal(text) and len(spans) == 2


def test_lists_are_found_as_without_the_lookahead():
    item = enumerated_names._ITEM
    plain = rx(rf"{item}(?:、{item})*(?:(?:、|和|及|与|以及){item})")
    for text in ("合作方包括甲药业、乙生物、丙生肽等", "保荐人为甲国际及乙国际。", "两家公司甲控股（香港）以及乙药业",
                 "由一二三四五六七八九十甲乙丙和丁戊己庚辛发起", "甲乙丙丁戊己庚辛壬癸子丑寅卯与丙"):
        assert [m.span() for m in enumerated_names._LIST.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_words_leading_into_a_company_are_tested_by_their_last_word_first():
    from pharmalens.extraction import company_lead_words as words
    from pharmalens.extraction.cues import phrases
    before = words.en_context()[0]
    lefts = [f"It signed a pact {p} " for p in phrases("company.en_before")]
    lefts += [f"{p.upper()} THE  " for p in phrases("company.en_before")]
    lefts += ["said its licensor, ", "after its partners,\t", "the sale of rights to ", "was sold to the ", "a deal with\xa0",
              "a deal with", "we met them ", "Under the "]
    for left in lefts:
        assert words.led_into(left) == bool(before.search(left)), left
        assert words.granted_to(left) == bool(words.GRANTED_TO.search(left)), left


def test_a_place_or_a_lead_verb_is_looked_up_by_its_last_character():
    from pharmalens.extraction import chinese_company_names as names
    from pharmalens.extraction.cues import phrases
    from pharmalens.extraction.places import chinese_place_names, chinese_places, place_suffix

    def longest_place(text, end):
        return max((text[s:end] for s in range(end) if text[s:end] in chinese_place_names()), key=len, default="")

    for place in chinese_places():
        text = f"收购了{place}甲乙生物"
        end = text.index("甲")
        assert place_suffix(text, end) == longest_place(text, end) == place, place
        assert place_suffix(text, len(text) + 3) == "" and place_suffix(text, 0) == ""
    for verb in phrases("company.zh_lead"):
        text = f"公司{verb}甲乙生物"
        assert names._lead_verb_before(text, text.index("甲")), verb
    assert not names._lead_verb_before("甲乙生物", 0)


def test_a_name_before_a_code_is_tried_where_a_capital_follows_a_chinese_character():
    from pharmalens.extraction.company_slots import _BEFORE_CODE, _before_code_starts
    from pharmalens.model.patterns import matches_from
    for text in ("；甲乙QX-101聚焦", "甲AB乙CD-1234，丙丁戊HX301", "A甲B", "，康宁XY-201获批"):
        plain = [m.span() for m in _BEFORE_CODE.finditer(text)]
        assert [m.span() for m in matches_from(_BEFORE_CODE, text, _before_code_starts(text))] == plain, text


def test_a_names_word_prefixes_end_at_each_of_its_spaces():
    from pharmalens.extraction.companies import _spaces
    for form in ("Harbor Crest Therapeutics", "甲乙生物", " lead", "two  spaces ", ""):
        assert _spaces(form) == [i for i, ch in enumerate(form) if ch == " "], form


def test_the_lexicon_sorts_a_texts_hits_once_and_each_question_keeps_the_longest_of_its_kinds():
    from pharmalens.extraction.lexicon import Entry, Lexicon
    lexicon = Lexicon([Entry("company", "Halvard Bio", ["Halvard Bio"]), Entry("modality", "biologic", ["Bio"]),
                       Entry("target", "PD-1", ["PD-1"]), Entry("drug", "X-1", ["PD-1 antibody"]),
                       Entry("company", "Kestrel", ["Kestrel"]), Entry("indication", "kestrel pox", ["Kestrel"])])
    text = "Kestrel and Halvard Bio licensed a PD-1 antibody. PD-1 again."

    def spans(kinds):
        return [(h.start, h.end, h.kind) for h in lexicon.find(text, kinds)]

    assert spans(None) == [(0, 7, "company"), (0, 7, "indication"), (12, 23, "company"), (35, 48, "drug"), (50, 54, "target")]
    assert spans({"modality", "target"}) == [(20, 23, "modality"), (35, 39, "target"), (50, 54, "target")]
    assert spans({"indication"}) == [(0, 7, "indication")]


def test_two_marks_of_a_text_are_joined_in_one_step():
    from pharmalens.extraction.companies import _either
    a, b = bytearray(b"\x00\x01\x00\x00\x01"), bytearray(b"\x01\x01\x00\x00\x00")
    assert _either(a, b) == bytearray(b"\x01\x01\x00\x00\x01") and _either(bytearray(), bytearray()) == bytearray()
    assert _either(bytearray(3), bytearray(3)) == bytearray(3)


def test_every_place_a_verb_starts_is_found_overlapping_ones_too():
    from pharmalens.extraction.acting_names import _acting_words
    from pharmalens.extraction.cues import phrases
    from pharmalens.model.automata import overlapping_matches
    verbs = phrases("company.zh_acts")
    text = "，".join(f"甲乙{verb}{verb}" for verb in verbs) + "宣布宣布"
    every = {i for verb in verbs for i in range(len(text)) if text.startswith(verb, i)}
    assert {start for _, start, _ in overlapping_matches(_acting_words()[1], text)} == every


def test_an_owner_is_tried_before_each_de_after_what_opens_a_slot():
    from pharmalens.extraction.company_slots import _BEFORE_CODE, _OWNS, _before_code_starts, _owner_starts
    from pharmalens.model.patterns import matches_from
    for text in ("甲乙的泽布替尼，丙丁的ADC项目QX-1", "比如甲乙的产品", "包括甲乙丙丁戊的药物", "甲的乙的丙", "例如甲乙丙AB-123",
                 "\n甲乙HX301获批", "以及甲乙的"):
        for pattern, starts in ((_OWNS, _owner_starts(text)), (_BEFORE_CODE, _before_code_starts(text))):
            assert [m.span() for m in matches_from(pattern, text, starts)] == [m.span() for m in pattern.finditer(text)], text


def test_a_known_short_name_inside_a_repeated_name_gives_way_to_it():
    from pharmalens.extraction.companies import find_companies
    from pharmalens.extraction.lexicon import Entry, Lexicon
    lexicon = Lexicon([Entry("company", "Hengrui", ["恒瑞"], {"kind": "pharma"})])
    text = "恒瑞达医药今日宣布完成融资。恒瑞达将用于研发。恒瑞也表示支持，恒瑞达医药称。"
    found = [(m.start, m.end, m.name, m.provisional) for m in find_companies(text, lexicon)]
    assert found == [(0, 5, "恒瑞达医药", True), (14, 17, "恒瑞达医药", True), (23, 25, "Hengrui", False),
                     (31, 36, "恒瑞达医药", True)]


def test_the_chain_of_trade_words_as_a_tree_finds_what_the_plain_alternation_finds():
    import random
    from pharmalens.extraction import chinese_company_names as names
    from pharmalens.extraction.cues import phrases
    from pharmalens.model.patterns import rx_starting
    trade = phrases("company.zh_legal_trade")
    words = f"(?:{'|'.join(sorted(names.ZH_GENERIC + trade, key=len, reverse=True))})*"
    starts = {w[0] for w in names.ZH_SUFFIX + names._ZH_NAMED_BY_ROLE + trade + ("股份",)}
    plain = rx_starting(f"[{''.join(sorted(starts))}（(]",
                        rf"(?:{words}{names.JURISDICTION}{words}|{names._SEAT}{words})(?:{'|'.join(names.ZH_LEGAL)})+"
                        rf"|(?:{'|'.join(names._ZH_NAMED_BY_ROLE)}|股份(?!有限))+")
    pieces = [*names.ZH_GENERIC, *trade, *names._ZH_NAMED_BY_ROLE, *names.ZH_LEGAL, "（开曼）", "(上海)", "股份有限", "甲", "，", "有限"]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert [m.span() for m in names._zh_chain().finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert names._trie(("生物", "生物医药", "集团")) == "(?:(?:生物(?:医药)?|集团))"


def test_a_lower_case_brand_is_tried_only_before_a_trade_word():
    from pharmalens.extraction.pair_names import _LOWER_BRAND, _brand_starts, lowercase_brand_names
    from pharmalens.model.patterns import matches_from
    text = "Deal with vexor Therapeutics, tiron Pharmaceuticals and qelvo Biologics; not a-b Pharma nor x_yz Oncology."
    assert [m.span() for m in matches_from(_LOWER_BRAND, text, _brand_starts(text))] == \
        [m.span() for m in _LOWER_BRAND.finditer(text)]
    assert [name for _, _, name in lowercase_brand_names(text)] == ["vexor Therapeutics", "tiron Pharmaceuticals",
                                                                   "qelvo Biologics"]


def test_a_partner_opening_a_clause_is_found_as_the_plain_pattern_finds_it():
    from pharmalens.extraction.company_slots import _ZH_PARTNER, _partner_matches
    for text in ("澄屿与甲药业将就该产品开展合作，岚汐和乙生物签署协议", "\n岚汐同丙医药达成合作；同时，沐洲与丁生物订立协议",
                 "甲乙 丙丁与戊己签约。其中 青弋和衡屿合作", "Pfizer, 澄屿与辉瑞合作,汀兰和岚汐:鹭岛与甲乙合作", "与和同与和同，与和同",
                 "没有可配对的名字"):
        plain = [m.span("name") for m in _ZH_PARTNER.finditer(text)]
        assert [m.span("name") for m in _partner_matches(text)] == plain, text
    assert len(_partner_matches("甲乙 丙丁与戊己签约。其中 青弋和衡屿合作")) == 2


def test_whether_a_text_holds_chinese_is_kept_for_that_text_only():
    import re
    from pharmalens.model.patterns import holds_han
    texts = ["Quorvane Bio signed with Halvex.", "澄屿生物与Halvex签约", "Quorvane Bio signed with Halvex.", "",
             "Halvex 2026：", "Halvex 2026：鹭", "鹭岛", "Tarnwyl"]
    for text in texts + texts[::-1] + [t + "" for t in texts]:
        plain = re.search(r"[\u4e00-\u9fff]", text) is not None
        assert holds_han(text) == plain, text
        assert holds_han(text) == plain, text


def test_english_names_taken_word_by_word_are_those_the_giving_back_pattern_finds():
    import re
    from pharmalens.extraction.english_company_names import _EN_NAME
    assert "*+" in _EN_NAME.pattern and "++" in _EN_NAME.pattern
    plain = re.compile(_EN_NAME.pattern.replace("*+", "*").replace("++", "+"), re.ASCII)
    text = ("Halvex Therapeutics, Inc. signed with Dr. Reddy's Laboratories Ltd. and Board of Directors of Quorvane Bio. "
            "St. Tarnwyl Pharma\tLimited, Korea's KVL Bio Fund, A&B Biosciences Co., Ltd. and Corvane   Oncology AG; "
            "Ito. Medical said; the Harbor Crest Capital Partners LLC deal; 澄屿生物Vexa Biotech公司, X-1 Bio 2026")
    found = [(m.span(), m.group(1)) for m in _EN_NAME.finditer(text)]
    assert len(found) >= 8 and found == [(m.span(), m.group(1)) for m in plain.finditer(text)]


def _giving_back(pattern):
    import re
    source = pattern.pattern.replace("}+", "}").replace("*+", "*").replace("++", "+")
    assert source != pattern.pattern
    return re.compile(source, re.ASCII)


def test_names_whose_words_are_taken_whole_are_those_the_giving_back_patterns_find():
    from pharmalens.extraction import context_brands, english_company_names, pair_names
    english = ("Ondrexa, an oral KRAS inhibitor, and ONDREXA® is the first approved therapy; Abcdefgh was a drug for "
               "patients. Halvern–Quorvane (May 2026, $40 million upfront) and 2Seas Bio — Tarnwyl Pharma (2025) "
               "Corvane Group–Halvex AG.")
    chinese = ("澳大利亚Northwind公司与Harbor Crest Bio集团，日本Kasumi制药和韩国Daewon生技；公司与Northwind订立协议，"
               "授权给Quorvane Bio Inc 首付款，Astrion以1.5亿美元获得，本轮由Orchard Ventures领投，收购Tarnwyl和Vexa。")
    for pattern, text, least in ((context_brands._DESCRIBED, english, 2), (pair_names._DASHED, english, 2),
                                 (english_company_names._EN_GONGSI, chinese, 2), (english_company_names._EN_TRADED, chinese, 2),
                                 (pair_names._latin_party(), chinese, 5)):
        found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert len(found) >= least and found == [(m.span(), m.groups()) for m in _giving_back(pattern).finditer(text)], pattern


def test_an_english_names_stem_and_core_kept_by_name_are_those_worked_out_afresh():
    from pharmalens.extraction.companies import _en_core, _en_stem
    names = ["Halvorsen Bio", "Harbor Therapeutics", "Corbett Bay Therapeutics", "Harbor Crest Therapeutics, Inc.",
             "Hangzhou Qiantai Biologics", "Vellmar Med", "Corvane Group", "The Company", "Pfizer", "澄屿生物", ""]
    for _ in range(2):
        for name in names:
            assert _en_core(name) == _en_core.__wrapped__(name), name
            for common in (False, True):
                assert _en_stem(name, common) == _en_stem.__wrapped__(name, common), name
    assert _en_stem("Halvorsen Bio") == "Halvorsen" and _en_core("Harbor Crest Therapeutics, Inc.") == "Harbor Crest"


def test_owner_words_and_codes_after_a_name_are_found_as_without_the_character_tests():
    from pharmalens.extraction import chinese_company_names as zh
    assert all(zh._OWNER_CHARS.intersection(word) for word in zh._OWNER_WORDS)
    for core in ("子公司澄屿", "战略投资者鹭岛", "澄屿旗下汀兰", "集团公司甲乙", "甲乙丙丁", "公司", "甲公司", ""):
        plain = max([core.rfind(w) + len(w) for w in zh._OWNER_WORDS if w in core[:-2]], default=0)
        assert zh._after_owner_word(core) == plain, core
    for text in ("甲医药XY-201获批", "乙新药XY-201", "丙生物 XY-201", "丁制药xy-201", "戊药业HX3", "己医药"):
        chain = zh._zh_chain().search(text)
        assert zh._code_after(text, chain) == (not chain.group(0).endswith("新药") and zh._CODE.match(text, chain.end()) is not None)


def test_a_names_kind_and_whether_it_is_no_company_kept_by_name_are_those_worked_out_afresh():
    from pharmalens.extraction.company_mentions import guess_kind, not_a_company
    names = ["澄屿资本", "Harbor Crest Capital", "Quorvane Bio", "深圳证券交易所", "Hong Kong Stock Exchange",
             "国家药监局", "Orchard Funds", "FundsX", "Clearing House", "鹭岛生物"]
    for _ in range(2):
        for name in names:
            assert guess_kind(name) == guess_kind.__wrapped__(name) and not_a_company(name) == not_a_company.__wrapped__(name)
    assert [n for n in names if not_a_company(n)] == ["深圳证券交易所", "Hong Kong Stock Exchange", "国家药监局", "Clearing House"]


def test_word_prefixes_of_names_written_again_are_those_of_every_mention():
    from pharmalens.extraction.companies import _spaces, _WordPrefixes
    from pharmalens.extraction.company_mentions import CompanyMention
    mentions = [CompanyMention(0, 5, "Harbor Crest Bio", "Harbor Crest", True), CompanyMention(9, 14, "Harbor Light", "Harbor Light", True),
                CompanyMention(20, 25, "Harbor Crest Bio", "Harbor Crest", True), CompanyMention(30, 35, "Harbor Bay Inc", "Harbor Bay", True),
                CompanyMention(40, 45, "Tessel Royalty LP", "Tessel Royalty LP", True), CompanyMention(50, 55, "Harbor Light", "Harbor Light", True)]
    first, names = {}, {}
    for m in mentions:
        for prefix in {form[:i] for form in (m.surface, m.name) for i in _spaces(form)}:
            first.setdefault(prefix, m)
            if len(names.setdefault(prefix, set())) < 2:
                names[prefix].add(m.name)
    prefixes = _WordPrefixes(mentions)
    assert prefixes.first == first and prefixes.names == names and len(names["Harbor"]) == 2


def test_a_defined_term_is_read_only_where_a_bracket_opens_within_reach():
    from pharmalens.extraction.company_aliases import _DEFINED, defined_terms
    from pharmalens.extraction.company_mentions import CompanyMention
    seen = set()
    for gap in ("", " ", " " * 30, " " * 37, " " * 38, " " * 39, " " * 45):
        for bracket in ("（下称“Corvina”）", "(hereinafter \"Corvina\")"):
            text = f"Corvina Therapeutics, Inc.{gap}{bracket}. Corvina will pay."
            m = CompanyMention(0, 20, "Corvina Therapeutics", "Corvina Therapeutics", True, "biotech")
            found = defined_terms(text, [m])
            defined = bool(_DEFINED.match(text[m.end:m.end + 40]))
            assert (len(found) > 1) == defined, (gap, bracket)
            seen.add(defined)
    assert seen == {True, False}


def test_a_name_before_a_code_is_tried_only_where_a_code_follows_a_chinese_character():
    from pharmalens.extraction.company_slots import _BEFORE_CODE, _before_code_starts
    from pharmalens.model.patterns import matches_from
    for text in ("，甲乙AB-C123获批；丙丁ABCDE1234、戊己ABCDEF123", "，甲乙Pfizer合作，丙丁HX-30", "、澄屿HX301与鹭岛QX-1001",
                 "例如甲乙丙AB-123", "\n甲乙HX301获批", "（甲乙丙丁A-B123）"):
        plain = [m.span() for m in _BEFORE_CODE.finditer(text)]
        assert [m.span() for m in matches_from(_BEFORE_CODE, text, _before_code_starts(text))] == plain, text
    assert len(list(_BEFORE_CODE.finditer("、澄屿HX301与鹭岛QX-1001"))) == 2


def test_a_headline_name_before_a_drug_class_is_found_as_the_plain_pattern_finds_it():
    from pharmalens.extraction.company_slots import _BEFORE_CLASS, _BEFORE_CLASS_OPENED, _opened_matches
    found = 0
    for text in ("澄屿生物PD-1/VEGF双抗获批", "｜安泓医药PD-1/VEGF双抗AH-77，X生物CLDN18.2 ADC获批临床\n鹭岛药业HER2 ADC；汀兰制药KRAS抑制剂",
                 "文中的甲乙生物PD-1单抗", "：丙丁医药CD3激动剂。戊己生技B7-H3 ADC"):
        plain = [m.span("name") for m in _BEFORE_CLASS.finditer(text)]
        assert [m.span("name") for m in _opened_matches(_BEFORE_CLASS, _BEFORE_CLASS_OPENED, text)] == plain, text
        found += len(plain)
    assert found == 4


def test_lists_are_sought_only_on_lines_naming_a_known_company_and_found_as_over_the_whole_text():
    from pharmalens.extraction.enumerated_names import _LIST, _lines_naming, enumerated_names
    text = ("合作方包括甲药业、乙生物、丙生肽等\n保荐人为澄屿国际及鹭岛国际。\n\n其中汀兰（香港）以及青弋药业、衡屿生物和岚汐医药\n"
            "由一二三四五六七八九十甲乙丙和丁戊己庚辛发起\n甲药业与乙生物")
    known = [(text.index(name), text.index(name) + len(name)) for name in ("甲药业", "乙生物", "青弋药业", "岚汐医药")]
    known.append((text.rindex("甲药业"), text.rindex("甲药业") + 3))
    taken = bytearray(len(text))
    for s, e in known:
        taken[s:e] = b"\x01" * (e - s)
    naming = _lines_naming(text, taken)
    assert len(naming) == 3 and all("\n" not in text[s:e] for s, e in naming)
    def with_known(matches):
        return [m.span() for m in matches if any(taken[m.start():m.end()])]
    every = with_known(_LIST.finditer(text))
    assert len(every) == 4 and every == with_known(m for s, e in naming for m in _LIST.finditer(text, s, e))
    assert "丙生肽" in {name for _, _, name in enumerated_names(text, known)}


def test_a_core_naming_a_product_is_judged_once_per_article_as_afresh():
    from pharmalens.extraction.chinese_company_names import _names_a_product
    from pharmalens.extraction.lexicon import default_lexicon
    lexicon, known = default_lexicon(), {}
    cores = ["血癌", "PD-1", "澄屿", "KRAS", "肺癌", "鹭岛"]
    for core in cores + cores:
        assert _names_a_product(lexicon, core, known) == _names_a_product(lexicon, core, {}), core
    assert set(known) == set(cores) and known["PD-1"] and not known["澄屿"]
