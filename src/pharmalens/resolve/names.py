"""Keys of a company name for matching it across documents and languages: its core (the name
without legal form and trade words), the pinyin of a Chinese core, the letters of an English core,
and stock codes written beside it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


from ..model.patterns import rx
from ..model.disk_cache import cached
from ..model.vocabulary import load_yaml
from .pinyin import core_pinyin

_CJK = rx(r"[\u4e00-\u9fff]")
_NOT_LETTER = rx(r"[^a-z0-9]+")
_SUFFIX_BOARD = rx(r"-[BWSU]$")
_CODE_AFTER = rx(r"\s*[-－]?[BWSU]?\s*[（(]\s*(?:[A-Z][A-Z0-9-]{1,15}\s*[,，]\s*)?"
                 r"(?:(?P<venue>(?i:股份代号|股份代號|股票代码|股票代碼|证券代码|證券代碼|stock code|HKEX|SEHK|SSE|SZSE|SH|SZ|HK|沪|深|港))\s*[:：.]?\s*)?"
                 r"(?:(?P<code>\d{4,6})(?:\.(?P<exchange>HK|SH|SZ|SS|BJ|TWO|TW))?"
                 r"|(?:NASDAQ|Nasdaq|NYSE)\s*[:：]\s*(?P<ticker>[A-Z]{1,5}))"
                 r"\s*[)）]")
_FILING_HEADER = rx(r"(?:证券|股票)代码\s*[:：]\s*(?P<code>\d{6})\s+(?:证券|股票)简称\s*[:：]\s*(?P<name>[^\s，,。]{2,12})")
MIN_ZH_CORE, MIN_EN_CORE = 2, 3


@dataclass(frozen=True)
class NameKeys:
    script: str  # "zh" or "en"
    core: str  # without legal form and trade words; "" when too short to trust
    pinyin: str  # letters of the pinyin of a Chinese core, else ""
    letters: str  # letters of an English core, else ""


@lru_cache(maxsize=1)
def _words() -> dict[str, list[str]]:
    data = load_yaml("entity_names.yaml")
    return {key: sorted((str(w) for w in data[key]), key=len, reverse=True) for key in data}


def is_chinese(name: str) -> bool:
    return bool(_CJK.search(name))


@lru_cache(maxsize=65536)
def name_keys(name: str) -> NameKeys:
    shipped = _shipped_keys().get(name)
    return shipped if shipped is not None else _keys(name)


@lru_cache(maxsize=1)
def _shipped_keys() -> dict[str, NameKeys]:
    """The keys of every name of the shipped company list, computed once per version of the package
    (keying a Chinese name imports the pinyin tables)."""
    def build() -> dict[str, NameKeys]:
        names = {str(n).strip() for item in load_yaml("companies.yaml") or []
                 for n in (item["name"], *item.get("en", []), *item.get("zh", []), *item.get("zh_hant", []))}
        return {name: _keys(name) for name in names if name}
    return cached("company-name-keys", build, depends=("pypinyin",))


def _keys(name: str) -> NameKeys:
    if is_chinese(name):
        core = chinese_core(name)
        return NameKeys("zh", core, core_pinyin(core) if core else "", "")
    core = english_core(name)
    return NameKeys("en", core, "", core.replace(" ", ""))


def chinese_core(name: str) -> str:
    words = _words()
    core = re.sub(r"[（(][^）)]*[)）]", "", _SUFFIX_BOARD.sub("", name.strip()))
    for group in ("zh_legal", "zh_trade"):
        core = _strip_endings(core, words[group], MIN_ZH_CORE)
    core = _strip_endings(core, words["zh_legal"], MIN_ZH_CORE)
    return core if len(core) >= MIN_ZH_CORE and not _CJK.sub("", core) else ""


@lru_cache(maxsize=None)
def _english_endings(group: str) -> list[str]:
    """A group's words as they end a folded name: lower case, dots and commas as spaces, one space before."""
    return [" " + " ".join(re.sub(r"[.,]", " ", w).split()) for w in _words()[group]]


def english_core(name: str) -> str:
    folded = " " + re.sub(r"[.,]", " ", name.casefold()) + " "
    folded = " ".join(folded.split())
    for group in ("en_legal", "en_trade", "en_legal"):
        folded = _strip_endings(folded, _english_endings(group), 0)
    core = _NOT_LETTER.sub(" ", folded).strip()
    return core if len(core.replace(" ", "")) >= MIN_EN_CORE else ""


def english_trade_tail(name: str) -> tuple[str, ...]:
    """The trade words an English name ends with, after its core and before its legal form
    ("Juno Isotope Sciences Inc." -> isotope, sciences)."""
    folded = " ".join(re.sub(r"[.,]", " ", name.casefold()).split())
    folded = _strip_endings(" " + folded, _english_endings("en_legal"), 0)
    bare = _strip_endings(folded, _english_endings("en_trade"), 0)
    return tuple(folded[len(bare):].split())


def _strip_endings(text: str, endings: list[str], keep: int) -> str:
    changed = True
    while changed:
        changed = False
        for ending in endings:
            if ending and text.endswith(ending) and len(text) - len(ending) >= max(keep, 1):
                text = text[:-len(ending)].rstrip()
                changed = True
                break
    return text


def stock_codes(text: str, names: list[str], short_market: str = "HK") -> dict[str, set[str]]:
    """Stock codes written right after each name ("华领医药-B(02552)", "Perspective (NYSE: 1234)")
    and in a filing header (证券代码：688719 证券简称：澜晟生物), as "2552.HK" or "688719.SH". A code of
    four digits or fewer that names no exchange is on `short_market`: Hong Kong's, or Taiwan's ("TW")
    on a Taiwan page."""
    found: dict[str, set[str]] = {}
    for name in names:
        at = text.find(name)
        while at >= 0:
            match = _CODE_AFTER.match(text, at + len(name))
            if match:
                exchange = match.group("exchange") or _venue(match.group("venue"))
                code = match.group("ticker") or normal_code(match.group("code"), exchange, short_market)
                found.setdefault(name, set()).add(code)
            at = text.find(name, at + len(name))
    for match in _FILING_HEADER.finditer(text):
        for name in names:
            if name and (name == match.group("name") or match.group("name").startswith(name)):
                found.setdefault(name, set()).add(normal_code(match.group("code"), None, short_market))
    return found


def _venue(word: str | None) -> str | None:
    """The exchange a word before a code names: Hong Kong's words (股份代号 is an HKEX filing's)."""
    return "HK" if word and word.upper() in ("股份代号", "股份代號", "HKEX", "SEHK", "HK", "港") else None


def normal_code(code: str, exchange: str | None, short_market: str = "HK") -> str:
    exchange = {"SS": "SH"}.get(exchange or "", exchange or "")
    if not exchange:
        if len(code) == 6:
            exchange = "SH" if code[0] in "69" else "BJ" if code[0] in "48" else "SZ"
        else:
            exchange = "HK" if len(code) == 5 or code.startswith("0") else short_market
    return f"{int(code) if exchange == 'HK' else code}.{exchange}"
