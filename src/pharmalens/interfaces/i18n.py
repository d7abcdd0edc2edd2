"""Page labels in English and Chinese (`?lang=en|zh`)."""
from __future__ import annotations

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
    "facts": {"en": "Facts", "zh": "事实"},
    "counts": {"en": "Counts", "zh": "数量"},
    "latest_deals": {"en": "Latest deals", "zh": "最新交易"},
    "deal_value": {"en": "Deal value by month (USD m, headline)", "zh": "按月交易金额（百万美元，总额）"},
    "assets_by_stage": {"en": "Assets by stage", "zh": "各阶段资产数"},
    "upfront_vs_total": {"en": "Upfront vs total (USD m)", "zh": "首付款与总额（百万美元）"},
    "upfront": {"en": "Upfront", "zh": "首付款"},
    "milestones": {"en": "Milestones", "zh": "里程碑"},
    "total": {"en": "Total", "zh": "总额"},
    "licensor": {"en": "Licensor", "zh": "授权方"},
    "licensee": {"en": "Licensee", "zh": "被授权方"},
    "asset": {"en": "Asset", "zh": "资产"},
    "deal_type": {"en": "Type", "zh": "类型"},
    "announced": {"en": "Announced", "zh": "公告日期"},
    "source": {"en": "Source", "zh": "来源"},
    "target": {"en": "Target", "zh": "靶点"},
    "stage": {"en": "Stage", "zh": "阶段"},
    "nuclide": {"en": "Nuclide", "zh": "核素"},
    "modality": {"en": "Modality", "zh": "类型"},
    "indication": {"en": "Indication", "zh": "适应症"},
    "aliases": {"en": "Aliases", "zh": "别名"},
    "filter": {"en": "Filter", "zh": "筛选"},
    "json": {"en": "JSON", "zh": "JSON"},
    "text": {"en": "Text", "zh": "正文"},
    "published": {"en": "Published", "zh": "发布日期"},
    "language": {"en": "Language", "zh": "语言"},
    "no_data": {"en": "Nothing stored yet.", "zh": "暂无数据。"},
    "click_fact": {"en": "Click a fact to show its evidence.", "zh": "点击事实以显示其原文证据。"},
    "not_located": {"en": "evidence not found in the stored text", "zh": "未能在正文中定位证据"},
    "clinical": {"en": "Clinical", "zh": "临床数据"},
    "regulatory": {"en": "Regulatory", "zh": "监管事件"},
    "financials": {"en": "Financials", "zh": "财务"},
    "terminations": {"en": "Terminations", "zh": "终止项目"},
    "financings": {"en": "Financings", "zh": "融资"},
    "facilities": {"en": "Facilities", "zh": "设施"},
    "facts_total": {"en": "Facts", "zh": "事实总数"},
}


def labels(lang: str) -> dict[str, str]:
    lang = lang if lang in LANGUAGES else "en"
    return {key: values[lang] for key, values in LABELS.items()}
