"""An application the CDE takes in for review (获CDE承办, 獲CDE承辦) is a filing as one it accepts (获受理) is:
a trial application taken in is the drug's IND step, a marketing application its filing. Our own words."""


def test_taken_in_by_the_cde(extracted):
    cases = (
        ("松禾医药的SH-418注射液临床试验申请获CDE承办，拟用于晚期胃癌。", "ind"),
        ("松禾醫藥的SH-418注射液臨床試驗申請獲CDE承辦，擬用於晚期胃癌。", "ind"),
        ("松禾医药的SH-418注射液上市申请获CDE承办，拟用于晚期胃癌。", "filing"),
    )
    for text, event in cases:
        records = extracted("药审动态\n\n" + text).records["regulatory"]
        assert [(r.event, r.agency) for r in records] == [(event, "NMPA")], text
