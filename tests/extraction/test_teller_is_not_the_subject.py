"""A company that tells the news ("X said Y had returned the rights", 甲宣布，乙已…) is not the subject of
the event it tells: the partner handing rights back is the one whose licence stopped. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _stops(text):
    source = SourceFile(path="stop.txt", name="stop.txt", suffix=".txt", data=text.encode("utf-8"))
    return {(t.company, t.asset, t.phase) for t in extract_article(read_articles(source)[0]).records["terminations"]}


def test_the_partner_that_hands_rights_back_is_the_stop_company():
    stops = _stops("Quarrel Bio regains TQ-61\n\nQuarrel Bio said on Monday that Hestia Pharma had returned the worldwide "
                   "rights to TQ-61, a Phase 2 FGFR2 inhibitor for cholangiocarcinoma, after a strategic review.")
    assert stops == {("Hestia Pharma", "TQ-61", "phase2")}

    stops = _stops("Quarrel Bio loses partner for TQ-88\n\nQuarrel Bio disclosed that Hestia Pharma discontinued "
                   "development of TQ-88, a Phase 1 KRAS inhibitor, after a portfolio review.")
    assert {company for company, _, _ in stops} == {"Hestia Pharma"}
