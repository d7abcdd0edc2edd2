"""List items, key: value cards, run-on bullets and wrapped lines, on our own text."""
from pharmalens.extraction.items import read_items, unwrap
from pharmalens.extraction.layout import read_layout


def spans(text, items):
    return [(text[i.key[0]:i.key[1]] if i.key else None, text[i.value[0]:i.value[1]]) for i in items]


def test_bullets_with_a_key_and_numbered_items_with_wrapped_lines():
    text = ("业绩概览\n"
            "  - 期内,集团收益上升8.2%至19.40亿元,股东应占溢利\n"
            "    增长5.1%至2.66亿元。\n"
            "    (一)显像诊断:收益下降2.4%至6.05亿元;\n"
            "    (二)治疗药物:收益增长31.0%至4.12亿\n"
            "       元;\n"
            "• Net Loss: Widened to $12.6 million.\n")
    found = spans(text, read_items(text))
    assert found[0][0] is None and "增长5.1%至2.66亿元" in found[0][1]
    assert found[1] == ("显像诊断", "收益下降2.4%至6.05亿元;")
    assert found[2][0] == "治疗药物" and found[2][1].endswith("元;")
    assert found[3] == ("Net Loss", "Widened to $12.6 million.")


def test_cards_and_form_items_but_not_clock_times():
    text = "股票编号: 02931\n1.事实发生日:115/04/18\n发布时间 13:45\n"
    found = spans(text, read_items(text))
    assert ("股票编号", "02931") in found and ("事实发生日", "115/04/18") in found
    assert len(found) == 2


def test_machine_summary_bullets_run_together_on_one_line():
    text = "Overview - Lumora Bio reported results - Revenue: rose 12% to $88 million - Cash: $140 million"
    found = spans(text, read_items(text))
    assert [k for k, _ in found] == [None, "Revenue", "Cash"]
    two = "Overview of the quarter at Lumora Bio - Revenue: rose 12% - Cash: $140 million"  # a hyphen each
    assert [k for k, _ in spans(two, read_items(two))] == ["Revenue", "Cash"]
    assert read_items("Overview of the quarter at Lumora Bio - Revenue: rose 12% to $88 million") == []


def test_unwrap_joins_wrapped_lines_and_keeps_the_length():
    text = "  - 股东应占溢利\n    增长5.1%至2.66亿元。\n\n新段落开始。\n标题行\n正文。"
    joined = unwrap(text)
    assert len(joined) == len(text) and "溢利     增长" in joined
    assert "\n\n新段落" in joined and "标题行\n正文" in joined


def test_sentences_read_across_a_wrap():
    text = "  - 集团收益上升8.2%至\n       19.40亿元;其后段落。\n"
    layout = read_layout(text)
    assert any("上升8.2%至" in s.text and "19.40亿元" in s.text for s in layout.sentences)
    assert layout.item_at(text.index("19.40")) is not None


def test_each_numbered_line_of_a_round_up_keeps_its_own_figures(facts):
    simplified = ("本周投融资速览\n1. 岚石制药 收购 青禾细胞,交易对价7.2亿元\n"
                  "2. 澄川生物 完成4亿元A轮融资,由某某资本领投\n三、启衡医药 完成1.5亿元天使轮融资")
    traditional = ("本週投融資速覽\n1. 嵐石製藥 收購 青禾細胞,交易對價7.2億元\n"
                   "2. 澄川生物 完成4億元A輪融資,由某某資本領投\n三、啟衡醫藥 完成1.5億元天使輪融資")
    for text in (simplified, traditional):
        records = facts(text)
        assert sorted(float(f.amount.amount) for f in records["financings"]) == [150.0, 400.0]
        assert [float(d.total.amount) for d in records["deals"]] == [720.0]
        assert all("\n" not in (d.licensee or "") for d in records["deals"])


def test_a_broken_sentence_before_a_figure_still_joins():
    from pharmalens.documents.lines import repair_lines
    assert "营收为2.5亿元" in repair_lines("报告期内,公司实现营收为\n2.5亿元,同比增长。").text


def test_blank_parted_one_line_items_without_full_stops_stay_apart(facts):
    for text in ("本周创新药交易一览\n\n岚峰医药将LF-41的海外权益授权给Quorvane Bio,首付款3000万美元\n\n"
                 "澄江生物与Maravine就B7-H3 ADC达成合作,首付款1200万美元\n\n启衡医药以2.6亿元收购岚石生物60%股权",
                 "本週創新藥交易一覽\n\n嵐峰醫藥將LF-41的海外權益授權給Quorvane Bio,首付款3000萬美元\n\n"
                 "澄江生物與Maravine就B7-H3 ADC達成合作,首付款1200萬美元\n\n啟衡醫藥以2.6億元收購嵐石生物60%股權"):
        deals = facts(text)["deals"]
        assert sorted(d.deal_type for d in deals) == ["acquisition", "collaboration", "license"]
        assert sorted(float((d.upfront or d.total).amount) for d in deals) == [12.0, 30.0, 260.0]


def test_a_word_broken_over_a_blank_line_still_joins_when_the_sentence_ends_after_it():
    from pharmalens.documents.lines import repair_lines
    assert "签署授权许可协议" in repair_lines("2025年3月,公司与合作方签署授权许\n\n可协议,首付款2亿元。").text
