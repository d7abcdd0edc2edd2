"""A Hong Kong stop notice tells its spend as R&D expenses incurred (累计产生研发开支约X): that is the
termination's cumulative spend. Our own words, both scripts."""


def test_a_traditional_script_rd_expense_incurred_is_the_spend(facts):
    text = ("岳瀾醫藥終止LT-31臨床開發\n\n岳瀾醫藥股份有限公司董事會宣布，鑑於LT-31（一款口服TYK2抑制劑）用於銀屑病的II期臨床試驗"
            "未達主要終點，公司決定終止該產品的臨床開發。截至本公告日期，本集團就LT-31累計產生研發開支約人民幣1.48億元。")
    stop = facts(text)["terminations"][0]
    assert stop.cumulative_spend is not None and float(stop.cumulative_spend.amount) == 148


def test_simplified_rd_expense_to_date(facts):
    text = ("岳澜医药终止LT-52开发\n\n岳澜医药宣布终止LT-52（一款ADC，处于I期临床）的开发。截至公告日，集团就LT-52累计研发开支约人民币6,200万元。")
    stop = facts(text)["terminations"][0]
    assert stop.cumulative_spend is not None and float(stop.cumulative_spend.amount) == 62
