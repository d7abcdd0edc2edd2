"""A pipeline table with no owner column, in an article about one company ("X目前拥有5款临床阶段产品，
核心管线如下："): its drugs are that company's. Our own words, both scripts."""


def _owners(records):
    return {a.asset: a.company for a in records["assets"]}


def test_pipeline_table_drugs_are_the_company_s(facts):
    text = ("医药观察｜嘉岳生物的管线\n\n嘉岳生物目前拥有5款临床阶段产品，核心管线如下：\n\n"
            "| 药物 | 靶点 | 适应症 | 阶段 |\n| JY-12 | TROP2 ADC | 乳腺癌 | III期 |\n| JY-40 | CD19/CD3 | 淋巴瘤 | I期 |\n")
    owners = _owners(facts(text))
    assert owners.get("JY-12") == "嘉岳生物" and owners.get("JY-40") == "嘉岳生物"


def test_traditional_pipeline_table_drugs_are_the_company_s(facts):
    text = ("醫藥觀察｜嘉岳生物的管線\n\n嘉岳生物目前擁有5款臨床階段產品，核心管線如下：\n\n"
            "| 藥物 | 靶點 | 適應症 | 階段 |\n| JY-12 | TROP2 ADC | 乳腺癌 | III期 |\n| JY-40 | CD19/CD3 | 淋巴瘤 | I期 |\n")
    owners = _owners(facts(text))
    assert owners.get("JY-12") == "嘉岳生物" and owners.get("JY-40") == "嘉岳生物"
