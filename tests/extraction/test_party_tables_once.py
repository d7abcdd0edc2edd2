"""The kinds and countries of an article's companies are made once per article and read by every
relation oriented; what is kept equals what a fresh reading gives."""
from pharmalens.documents.articles import read_articles
from pharmalens.extraction import deal_roles
from pharmalens.extraction.context import Context
from pharmalens.extraction.lexicon import default_lexicon
from pharmalens.sources.files import SourceFile

TEXT = ("Corvane Bio licensed CV-31 to Meltro Pharma. 杭州启衡医药与Ostrel Labs签署许可协议，首付款3000万美元。"
        "Hangzhou Qiantai Biologics will acquire Lumen Bio.\n")


def test_the_tables_kept_equal_a_fresh_reading():
    ctx = Context(read_articles(SourceFile("a.txt", "a.txt", ".txt", TEXT.encode()))[0], default_lexicon())
    kinds, countries = deal_roles.party_kinds(ctx), deal_roles.party_countries(ctx)
    assert deal_roles.party_kinds(ctx) is kinds and deal_roles.party_countries(ctx) is countries
    assert kinds == {m.name: m.kind for m in ctx.companies}
    assert countries == deal_roles._party_countries(ctx)
    assert countries["Hangzhou Qiantai Biologics"] == "CN" and countries["Lumen Bio"] is None
    other = Context(read_articles(SourceFile("b.txt", "b.txt", ".txt", b"Harlow Bio licensed HB-9 to Quarry Pharma.\n"))[0],
                    default_lexicon())
    assert set(deal_roles.party_kinds(other)) == {"Harlow Bio", "Quarry Pharma"}
