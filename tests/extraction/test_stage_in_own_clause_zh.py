"""In a pipeline run of clauses ("A处于III期临床阶段，B已提交上市申请，C处于临床前阶段"), each drug's stage is the
one of its own clause, not the stage that ends the clause before it. Our own words, both scripts."""


def _stages(records):
    return {a.asset: a.stage for a in records["assets"]}


def test_each_drug_takes_the_stage_of_its_own_clause(facts):
    text = ("沐川医药管线进展\n\n2026年10月20日，沐川医药披露：MQ-15处于III期临床阶段，MQ-27已提交上市申请，"
            "MQ-39处于临床前阶段。")
    assert _stages(facts(text)) == {"MQ-15": "phase3", "MQ-27": "nda", "MQ-39": "preclinical"}


def test_traditional_stage_in_own_clause(facts):
    text = ("沐川醫藥管線進展\n\n2026年10月20日，沐川醫藥披露：MQ-15處於III期臨床階段，MQ-27已提交上市申請，"
            "MQ-39處於臨床前階段。")
    assert _stages(facts(text)) == {"MQ-15": "phase3", "MQ-27": "nda", "MQ-39": "preclinical"}
