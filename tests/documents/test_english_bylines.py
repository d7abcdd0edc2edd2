"""English trade-press bylines that end with the page's date."""
from pharmalens.documents.articles import read_articles
from pharmalens.documents.dating import publication_date
from pharmalens.sources.files import SourceFile


def test_a_reporters_byline_ending_in_a_date_dates_the_page():
    body = "\n\nHalden Bio has licensed its antibody HB-12 to Corwick Pharma for $20 million upfront in 2025."
    assert publication_date("Corwick takes HB-12\n\nBy Priya Natal | March 3, 2026" + body) == "2026-03-03"
    assert publication_date("Corwick takes HB-12\nBy Staff Writer, Mar 3, 2026 08:40 ET" + body) == "2026-03-03"



def test_a_full_date_the_lede_says_the_news_was_given_on_dates_the_page(facts, one):
    heads = ("Pellmont Bio wins Fast Track\n\nPellmont Bio, a clinical-stage biotech, said on 17 February 2026 that ",
             "Pellmont Bio wins Fast Track\n\nPellmont Bio announced on February 17, 2026 that ",
             "Pellmont Bio wins Fast Track\n\nPellmont Bio said on Tuesday, February 17, 2026, that ")
    for head in heads:
        text = head + "the FDA granted Fast Track designation to PMB-330 for gastric cancer, a programme begun in 2023."
        assert publication_date(text) == "2026-02-17"
        assert one(facts(text)["regulatory"], event="fast_track").date == "2026-02-17"


def test_a_byline_with_fields_after_its_date_dates_the_page_and_is_no_title():
    text = ("By Tomas Reyes | 11 Jun 2026 | 4 min read\n"
            "Fenwick Bio agreed to buy Harlow Therapeutics for $640 million, a deal first mooted in 2024.")
    assert publication_date(text) == "2026-06-11"
    document = read_articles(SourceFile("b.txt", "b.txt", ".txt", text.encode()))[0].document
    assert document.title.startswith("Fenwick Bio agreed")
    headline = read_articles(SourceFile("h.txt", "h.txt", ".txt", b"By the numbers\nThe market grew in 2025."))[0]
    assert headline.document.title == "By the numbers"


def test_a_long_lede_taken_as_the_title_is_not_cut_at_an_abbreviations_full_stop():
    lede = ("By Tomas Reyes\nFenwick & Co. will pay Harlow Therapeutics $60 million now and as much as $840 million "
            "later for worldwide rights to its late-stage antibody, both firms said.\nMore text follows here.")
    title = read_articles(SourceFile("b.txt", "b.txt", ".txt", lede.encode()))[0].document.title
    assert title.startswith("Fenwick & Co. will pay Harlow Therapeutics") and len(title) <= 120


def test_a_date_line_under_the_headline_wins_over_a_date_cell_at_the_foot():
    page = ("Briefing\nMarch 3, 2026\n\n并购趋势回顾\n\n以下是值得注意的交易概览。\n\n被收购方\n\n收购方\n\n公布日期\n\n"
            "岚峰医药\n\n澄江生物\n\n2025年7月14日")
    assert publication_date(page) == "2026-03-03"
    assert publication_date("澄江生物公告\n\n正文第一句。\n\n澄江生物董事会\n2026年2月9日") == "2026-02-09"
