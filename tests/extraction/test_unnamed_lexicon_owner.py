"""A drug's owner from the lexicon is outside knowledge: where the article never names that company,
the company the text puts beside the drug owns it; where it does, the lexicon's owner stands."""
import pytest


def _owner(extracted, text: str, drug: str) -> str | None:
    assets = extracted(text).records["assets"]
    return next(a.company for a in assets if a.asset.lower() == drug.lower() or drug in a.aliases)


@pytest.mark.parametrize("text", [
    "Corbrook Pharma Reports Third Quarter Results\n\nCorbrook Pharma said its oncology portfolio is led by the "
    "PD-1 antibody tislelizumab, which it sells in Canada under a 2024 agreement, in gastric cancer.\n",
    "科博医药公布三季度业绩\n\n科博医药表示，公司肿瘤产品组合以PD-1抗体替雷利珠单抗为主，用于治疗胃癌。\n",
    "科博醫藥公布三季度業績\n\n科博醫藥表示，公司腫瘤產品組合以PD-1抗體替雷利珠單抗為主，用於治療胃癌。\n",
])
def test_the_text_owner_wins_over_an_unnamed_lexicon_owner(extracted, text):
    assert _owner(extracted, text, "tislelizumab") in ("Corbrook Pharma", "科博医药", "科博醫藥")


def test_the_lexicon_owner_stands_where_the_article_names_it(extracted):
    text = ("Corbrook Pharma Reports Third Quarter Results\n\nCorbrook Pharma said its oncology portfolio is led "
            "by BeOne Medicines' PD-1 antibody tislelizumab, which it sells in Canada, in gastric cancer. "
            "BeOne Medicines developed the drug.\n")
    assert _owner(extracted, text, "tislelizumab") == "BeOne Medicines"
