"""An unknown drug whose INN stem names its class (-siran an siRNA, -mab an antibody, -tide a peptide, -cel a
cell therapy, -gene a gene therapy; 单抗/肽 in Chinese) takes that modality where the article states none;
a stated class still wins. Our own words."""


from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile


def _modalities(text):
    source = SourceFile(path="stem.txt", name="stem.txt", suffix=".txt", data=text.encode("utf-8"))
    return {a.asset: a.modality for a in extract_article(read_articles(source)[0]).records["assets"]}


def test_english_inn_stems_give_the_modality():
    found = _modalities("Brackwell Bio starts two trials\n\nBrackwell Bio said on 3 February 2026 that it dosed the "
                        "first patient in a Phase 2 trial of dornosiran in hypertriglyceridemia and opened a Phase 1 "
                        "study of pelvatide in obesity. A Phase 1 trial of quorimab in atopic dermatitis follows.")
    assert found == {"dornosiran": "sirna", "pelvatide": "peptide", "quorimab": "antibody"}


def test_stated_class_beats_the_stem():
    found = _modalities("Brackwell Bio update\n\nBrackwell Bio said on 3 February 2026 that pelvatide, a small "
                        "molecule, entered a Phase 1 study in obesity.")
    assert found == {"pelvatide": "small_molecule"}


def test_chinese_inn_endings_give_the_modality():
    for script in ("泓岳生物宣布，其自主研发的泽诺单抗在中国启动II期临床试验，用于治疗特应性皮炎。",
                   "泓岳生物宣布，其自主研發的澤諾單抗在中國啟動II期臨床試驗，用於治療特應性皮炎。"):
        found = _modalities(f"泓岳生物启动II期试验\n\n{script}")
        assert list(found.values()) == ["antibody"], found


def test_known_conjugate_named_by_its_antibody_stays_a_conjugate():
    found = _modalities("Harlow Oncology update\n\nHarlow Oncology said on 3 February 2026 that it opened a Phase 2 "
                        "study of tisotumab in cervical cancer in Brazil.")
    assert list(found.values()) == ["adc"], found
