"""Words of the interfaces in English and Chinese (`?lang=en|zh`): page labels here, and the names of
vocabulary values (deal types, stages, modalities, events, ...), record types and columns from
`pharmalens/data/labels.yaml`, which the record-type registry reads too."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..model.registry import COLUMN_LABELS
from ..model.vocabulary import load_yaml

LANGUAGES = ("en", "zh")

LABELS: dict[str, dict[str, str]] = {
    "app": {"en": "pharmalens", "zh": "pharmalens"},
    "dashboard": {"en": "Dashboard", "zh": "概览"},
    "landscape": {"en": "Landscape", "zh": "竞争格局"},
    "deals": {"en": "Deals", "zh": "交易"},
    "assets": {"en": "Assets", "zh": "管线资产"},
    "companies": {"en": "Companies", "zh": "公司"},
    "company": {"en": "Company", "zh": "公司"},
    "documents": {"en": "Documents", "zh": "文档"},
    "document": {"en": "Document", "zh": "文档"},
    "decide": {"en": "Decide", "zh": "决策工具"},
    "search": {"en": "Search", "zh": "搜索"},
    "facts": {"en": "Facts", "zh": "事实"},
    "latest_deals": {"en": "Latest deals", "zh": "最新交易"},
    "deal_value": {"en": "Deal value by month (US$m): headline total and upfront",
                   "zh": "按月交易金额（百万美元）：总额与首付款"},
    "assets_by_stage": {"en": "Assets by stage", "zh": "各阶段资产数"},
    "upfront_vs_total": {"en": "Headline total and upfront per deal (US$m)", "zh": "各交易总额与首付款（百万美元）"},
    "filter": {"en": "Filter", "zh": "筛选"},
    "reset": {"en": "Clear filters", "zh": "清除筛选"},
    "any": {"en": "any", "zh": "全部"},
    "json": {"en": "JSON", "zh": "JSON"},
    "text": {"en": "Text", "zh": "正文"},
    "language": {"en": "Language", "zh": "语言"},
    "no_data": {"en": "Nothing stored yet.", "zh": "暂无数据。"},
    "no_facts": {"en": "No facts yet.", "zh": "暂无事实。"},
    "no_match": {"en": "Nothing matches these filters.", "zh": "没有符合筛选条件的记录。"},
    "click_fact": {"en": "Click a fact to show its evidence.", "zh": "点击事实以显示其原文证据。"},
    "click_number": {"en": "Every figure and name links to the sentence it came from.",
                     "zh": "每个数字和名称都链接到其出处原文。"},
    "not_located": {"en": "evidence not found in the stored text", "zh": "未能在正文中定位证据"},
    "facts_total": {"en": "Facts", "zh": "事实总数"},
    "timeline": {"en": "Timeline", "zh": "时间线"},
    "names": {"en": "Names", "zh": "名称"},
    "latin": {"en": "Latin script", "zh": "拉丁字母"},
    "simplified": {"en": "Simplified Chinese", "zh": "简体中文"},
    "traditional": {"en": "Traditional Chinese", "zh": "繁体中文"},
    "what": {"en": "What", "zh": "事项"},
    "origin": {"en": "Where it came from", "zh": "出处"},
    "open_source": {"en": "original", "zh": "原文链接"},
    "download": {"en": "Download", "zh": "下载"},
    "crowding": {"en": "Crowding by target", "zh": "各靶点拥挤度"},
    "n_assets": {"en": "Assets", "zh": "资产数"},
    "n_companies": {"en": "Companies", "zh": "公司数"},
    "comparables": {"en": "Comparables of the deals shown", "zh": "当前交易的可比统计"},
    "disclosed": {"en": "Disclosed", "zh": "已披露"},
    "undisclosed_n": {"en": "Undisclosed", "zh": "未披露"},
    "q1": {"en": "Lower quartile", "zh": "下四分位"},
    "median": {"en": "Median", "zh": "中位数"},
    "q3": {"en": "Upper quartile", "zh": "上四分位"},
    "upfront_share": {"en": "Upfront as share of total (median)", "zh": "首付款占总额比例（中位数）"},
    "results": {"en": "Results", "zh": "结果"},
    "matched": {"en": "Matched", "zh": "匹配"},
    "dossier": {"en": "dossier", "zh": "档案"},
    "canonical": {"en": "canonical name", "zh": "规范名称"},
    "as_written": {"en": "as the article wrote it", "zh": "原文写法"},
    "query": {"en": "Query", "zh": "查询"},
    "relevance": {"en": "Relevance", "zh": "相关度"},
    "grid": {"en": "Target × modality × nuclide × stage", "zh": "靶点 × 药物类型 × 核素 × 阶段"},
}


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, dict[str, dict[str, str]]]:
    return load_yaml("labels.yaml")


def term(vocabulary: str, value: Any, lang: str = "en") -> str:
    """The name of a vocabulary value ("stage", "phase1") in `lang`; unknown values as stored."""
    if value in (None, ""):
        return ""
    words = _vocabulary().get(vocabulary, {}).get(str(value))
    return words.get(lang, words["en"]) if words else str(value)


def column(name: str, lang: str = "en") -> str:
    """The heading of a record field, as the record-type registry names it."""
    label = COLUMN_LABELS.get(name)
    return label(lang) if label else name


def record(list_name: str, lang: str = "en") -> str:
    """The name of a record type by its list name ("deals")."""
    return term("record", list_name, lang)


def labels(lang: str) -> dict[str, str]:
    lang = lang if lang in LANGUAGES else "en"
    return {key: values[lang] for key, values in LABELS.items()}


class Words:
    """What the templates call: `T("deals")` a page label, `T.term("stage", s)`, `T.col("upfront")`."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGUAGES else "en"
        self._labels = labels(self.lang)

    def __call__(self, key: str) -> str:
        return self._labels.get(key) or column(key, self.lang)

    def term(self, vocabulary: str, value: Any) -> str:
        return term(vocabulary, value, self.lang)

    def col(self, name: str) -> str:
        return column(name, self.lang)

    def rec(self, list_name: str) -> str:
        return record(list_name, self.lang)
