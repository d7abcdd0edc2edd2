"""Hypothesis strategies for hostile pharma news: the inputs of bench/fuzz.py and tests/pipeline/test_fuzz.py.

A document is a file's bytes made of fragments in both scripts: company and drug words, amounts with
亿/万/million/billion and currencies (some absurdly long), brackets, defined terms, dates, phases, long
tokens, control characters and line breaks, in UTF-8 or another encoding."""
from __future__ import annotations

from hypothesis import strategies as st

COMPANIES = ["Heron Isotope Therapeutics Inc.", "Kestrel Oncology", "Alder Radiopharma AG", "Orrin Bio Co., Ltd.",
             "云杉核药股份有限公司", "澜沧核药", "青岚生物科技有限公司", "Tidewater", "BRIGHTWATER BIO", "The Company"]
DRUGS = ["HIT-412", "QL-207", "[177Lu]Lu-PSMA-617", "Lu-177", "225Ac", "锕-225", "镥-177", "PSMA", "FAP", "SSTR2",
         "radioligand", "放射性配体", "antibody-drug conjugate", "抗体偶联药物", "NW-9X"]
WORDS = ["licensed", "granted", "acquired", "upfront", "milestones", "royalties", "Phase I", "Phase II/III", "临床I期",
         "获批", "IND", "NDA", "首付款", "里程碑", "授权许可", "收购", "agreement", "announced", "revenue", "营业收入",
         "同比增长", "Series B", "融资", "terminated", "终止", "。", "，", ".", ",", ";", "—", " and ", "与", " to ", "\n",
         "\n\n", " "]
CURRENCIES = ["$", "US$", "USD ", "€", "EUR ", "RMB ", "HK$", "¥", "", ""]
SCALES = [" million", " billion", "m", "bn", "亿元", "万元", "亿美元", "万美元", "千万元", "亿欧元", " thousand", "%", ""]
BRACKETS = ['(the "Company")', "（以下简称“公司”）", '("Licensee")', "(", ")", "（", "）", "[", "]", "「", "」", "“", "”"]
ENCODINGS = ["utf-8", "utf-8", "utf-8", "gb18030", "utf-16", "utf-16-le"]
CONTROL = st.characters(min_codepoint=0, max_codepoint=31)


def number() -> st.SearchStrategy[str]:
    """An amount as news writes it, and some no one could pay (hundreds of nines)."""
    digits = st.one_of(st.integers(0, 10 ** 6).map(str),
                       st.floats(0, 1e4, allow_nan=False).map(lambda x: f"{x:.2f}"),
                       st.integers(1, 400).map(lambda n: "9" * n),
                       st.integers(0, 10 ** 9).map(lambda n: f"{n:,}"))
    return st.builds(lambda c, d, s: f"{c}{d}{s}", st.sampled_from(CURRENCIES), digits, st.sampled_from(SCALES))


def fragment() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(COMPANIES), st.sampled_from(DRUGS), st.sampled_from(WORDS), st.sampled_from(BRACKETS),
        number(),
        st.dates().map(lambda d: st.sampled_from([d.isoformat(), f"{d.year}年{d.month}月{d.day}日",
                                                  d.strftime("%B %d, %Y")])).flatmap(lambda s: s),
        st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=12),
        st.text(st.characters(min_codepoint=32, max_codepoint=0x24F), min_size=1, max_size=12),
        st.integers(200, 3000).map(lambda n: "X" * n),
        st.text(CONTROL, min_size=1, max_size=3),
    )


def sentence() -> st.SearchStrategy[str]:
    """A deal sentence in either script whose parts are drawn like the fragments."""
    part = st.sampled_from
    english = st.builds(lambda a, v, d, b, n, m, p: f"{a} {v} {d} to {b} for {n} upfront and up to {m} in milestones{p}",
                        part(COMPANIES), part(["licensed", "granted rights to", "sold", "out-licensed"]), part(DRUGS),
                        part(COMPANIES), number(), number(), part([".", ". ", ".\n", "", ";", "\n\n"]))
    chinese = st.builds(lambda a, b, d, n, m, p: f"{a}与{b}签署{d}授权许可协议，首付款{n}，里程碑付款最高{m}{p}",
                        part(COMPANIES), part(COMPANIES), part(DRUGS), number(), number(), part(["。", "", "\n", "；"]))
    return st.one_of(english, chinese)


def text(max_parts: int = 60) -> st.SearchStrategy[str]:
    """A document's text: deal sentences and loose fragments, joined by spaces."""
    return st.lists(st.one_of(sentence(), fragment(), fragment()), min_size=1, max_size=max_parts).map(" ".join)


def document(max_parts: int = 60) -> st.SearchStrategy[bytes]:
    """A file's bytes: a text in one of the encodings news arrives in (characters it cannot hold dropped)."""
    return st.builds(lambda t, e: t.encode(e, errors="ignore"), text(max_parts), st.sampled_from(ENCODINGS))
