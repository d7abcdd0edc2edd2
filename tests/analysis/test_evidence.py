"""Finding the words that state one field of a fact inside its evidence."""
from pharmalens.analysis.evidence import field_span, written_name

TEXT = ("北辰医药宣布與Tallis Therapeutics達成授權協議，Tallis將支付首付款3,500万美元，"
        "里程碑付款最高4.2亿美元。另外，北辰医药去年營業收入為12.5亿元。")


def place(text: str, part: str) -> list[tuple[int, int]]:
    at = text.index(part)
    return [(at, at + len(part))]


def test_money_field_is_the_mention_with_its_amount():
    deal = {"licensor": "Beichen Pharma", "licensee": "Tallis Therapeutics",
            "upfront": {"amount": 35, "currency": "USD"}, "milestones": {"amount": 420, "currency": "USD"}}
    evidence = place(TEXT, TEXT.split("。")[0])
    start, end = field_span(TEXT, evidence, deal, "upfront")
    assert TEXT[start:end] == "3,500万美元"
    start, end = field_span(TEXT, evidence, deal, "milestones")
    assert "4.2亿美元" in TEXT[start:end]


def test_names_found_through_aliases_in_any_script():
    deal = {"licensor": "Beichen Pharma", "licensee": "Tallis Therapeutics"}
    aliases = {"Beichen Pharma": ["北辰醫藥", "Beichen"]}
    evidence = place(TEXT, TEXT.split("。")[0])
    start, end = field_span(TEXT, evidence, deal, "licensor", aliases)
    assert TEXT[start:end] == "北辰医药"
    start, end = field_span(TEXT, evidence, deal, "licensee", aliases)
    assert TEXT[start:end] == "Tallis Therapeutics"


def test_financial_amount_and_missing_fields():
    metric = {"company": "Beichen Pharma", "amount": 1250, "currency": "CNY", "metric": "revenue"}
    evidence = place(TEXT, "北辰医药去年營業收入為12.5亿元")
    start, end = field_span(TEXT, evidence, metric, "amount")
    assert TEXT[start:end] == "12.5亿元"
    assert field_span(TEXT, evidence, {"upfront": None}, "upfront") is None
    assert field_span(TEXT, evidence, {"upfront": {"amount": 999, "currency": "USD"}}, "upfront") is None


def test_written_name_keeps_the_articles_script():
    quotes = ["北辰醫藥與合作方簽署協議", "unrelated"]
    assert written_name(quotes, "Beichen Pharma", ["北辰医药", "Beichen"]) == "北辰醫藥"
    assert written_name(["Beichen Pharma said"], "Beichen Pharma", ["北辰医药"]) == "Beichen Pharma"
    assert written_name(["nothing here"], "Beichen Pharma", []) is None
