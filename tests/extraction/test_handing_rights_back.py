"""A partner "handing back the rights" (handed the rights back, gave back the rights) ends its licence: no new
deal from the owner to it, and the owner keeps the drug at its stage. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _facts(text):
    source = SourceFile(path="back.txt", name="back.txt", suffix=".txt", data=text.encode("utf-8"))
    return extract_article(read_articles(source)[0]).records


def test_handing_back_the_rights_is_no_new_licence():
    for verb in ("is handing back the rights", "gave back the rights"):
        records = _facts(f"Tolvar returns PX-90 to Brightlane\n\nTolvar Pharma {verb} to PX-90, a Phase 2 CD73 "
                         "antibody, to Brightlane Bio after a pipeline review, Brightlane said on May 6, 2026.")
        assert records["deals"] == [], verb
        assert [(a.asset, a.company, a.stage) for a in records["assets"]] == [("PX-90", "Brightlane Bio", "phase2")]
