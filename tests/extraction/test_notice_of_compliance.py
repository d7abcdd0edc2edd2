"""Health Canada approves a drug by issuing a Notice of Compliance (NOC, 合规通知书): an approval, and the
drug's stage is approved. Our own words, both scripts."""


def test_notice_of_compliance_is_an_approval(facts):
    records = facts("Bramwell Bio wins Canadian nod\n\nBramwell Bio said Health Canada issued a Notice of Compliance "
                     "for Cendora (BW-61), its BCMA-directed bispecific antibody, in relapsed multiple myeloma.")
    assert {(r.agency, r.event) for r in records["regulatory"]} == {("Health Canada", "approval")}
    assert {a.stage for a in records["assets"]} == {"approved"}


def test_chinese_notice_of_compliance_is_an_approval(facts):
    records = facts("布拉姆韦尔生物BW-61获加拿大卫生部合规通知书\n\n布拉姆韦尔生物宣布，加拿大卫生部向其BCMA双抗BW-61签发合规通知书，"
                     "用于治疗复发性多发性骨髓瘤。")
    assert {(r.agency, r.event) for r in records["regulatory"]} == {("Health Canada", "approval")}
