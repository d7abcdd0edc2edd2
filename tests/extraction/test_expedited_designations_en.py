"""Expedited programmes named in full or with their abbreviation in brackets, on our own sentences."""


def test_rmat_and_prime_written_out_are_breakthrough_designations(facts, one):
    cases = (("Quokka Cell Therapeutics said the FDA granted Regenerative Medicine Advanced Therapy (RMAT) "
              "designation to QCT-19 for systemic sclerosis.", "FDA", "QCT-19"),
             ("Quokka Cell Therapeutics said QCT-19 received RMAT designation from the FDA.", "FDA", "QCT-19"),
             ("Ibex Neuro plc said the European Medicines Agency has granted PRIority MEdicines (PRIME) eligibility "
              "to IBX-7 for spinal muscular atrophy.", "EMA", "IBX-7"),
             ("雪岭细胞宣布，其CAR-T产品XL-09获美国FDA授予再生医学先进疗法认定，用于系统性硬化症。", "FDA", "XL-09"),
             ("雪嶺細胞宣布，其CAR-T產品XL-09獲美國FDA授予再生醫學先進療法認定，用於系統性硬化症。", "FDA", "XL-09"))
    for text, agency, asset in cases:
        event = one(facts(text)["regulatory"])
        assert (event.agency, event.event, event.asset) == (agency, "breakthrough", asset), text
