"""Drug asset names: development codes (BAT2506, HRS-4357, BL-ARC001), radiolabelled names
(177Lu-PSMA-617, [225Ac]Ac-XT381), and INNs, brands and Chinese INNs from the drug lexicon."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate, chain

from ..model.frozen import frozen
from ..model.budget import checked
from ..model.vocabulary import load_yaml
from .approved_brands import approved_brands
from .asset_code_starts import abbreviation_starts, code_starts, labelled_starts, small_code_starts
from .inn_endings import inn_scan_start
from .inn_prefixes import ZH_INN_ENDS as _ZH_INN_ENDS, renamed
from .lexicon import Lexicon
from .cues import phrases
from .nuclides import find_nuclides, past_radiolabel
from .radiolabels import LABEL, canonical_code, separate_variants
from .products import inn_start, name_start, product_names
from .trial_names import is_study_code, without_trial_names
from .context_brands import context_brands
from .word_frequency import holds_common_zh, rare_word
from ..model.patterns import matches_from, rx

_CODE_BODY = r"(?:[A-Z]{2,6}-(?:Lu|Ac|Pb|Ga|Cu|Zr|Tb|Ra|At|Th|In|Re|Sm|Ho)-?\d{2,4}|[A-Z]{1,6}(?:-[A-Z]{1,6})*-?\d{2,5}[A-Za-z]{0,2}(?:-\d{1,4})?|[A-Z]{2,6}-(?=[A-Z0-9]{3})(?:[A-Z]{1,6}\d{1,2}){1,3}[A-Z]{0,2}|[A-Z]{3,6}-[A-Z]\d|[A-Z]{1,4}-\d{1,5})"
_CODE = rx(rf"(?:{LABEL})?(?<![A-Za-z0-9-]){_CODE_BODY}(?:-CDx)?(?![A-Za-z0-9-])")  # -CDx: a companion diagnostic
# A code written in lower case or opening with a small letter (mRNA-2217, zb-101): three or more digits, and
# a prefix of small letters only where it is no word (not "lead-212", "mid-2026").
_SMALL_CODE = rx(r"(?<![A-Za-z0-9-])(?:[a-z]{1,2}[A-Z]{2,5}|(?P<low>[a-z]{2,4}))-\d{3,5}[a-z]?(?![A-Za-z0-9-])")
_LABELLED_WORD = rx(rf"{LABEL}[A-Z][A-Za-z0-9]{{1,}}(?:-[A-Za-z0-9]+)*(?:\s+I&T)?(?![A-Za-z0-9-])")
_NOT_CODES = rx(
    r"^(?:FY|Q|H|NCT|ISO|COVID|SARS|CD|IL|PD|HER|GLP|TNF|ASCO|ESMO|AACR|WCLC|SNMMI|EANM|GCP|ICH|AD|AI|ISBN|"
    r"SSTR|DLL|TROP|CLDN|KRAS|FGFR|EGFR|CA|MeV|GMP|IPO|SEC|HKEX|ECB|IKON|H1|B7|VEGF|JAK|BTK|CDK|PARP|PI3K|"
    r"TLR|CCR|CXCR|IGF|GPC|FAP|Nectin|MC|NTSR|CCK|GPR|BCMA|LAG|TIGIT|CTLA|PSMA|GRPR|TIM|STING|PSA|ORR|DCR|OS|PFS|"
    r"ECOG|SUV|RECIST|CTCAE|MeV|GBq|MBq|kBq|HbA1c|Top|No|Class|Group|Phase|Part|Cohort|"
    r"HLA|MAGE|RMB|CNY|USD|US|HKD|HK|TWD|NT|EUR|GBP|JPY|CHF|AUD|SGD|KRW)$", re.I)

# A target's letters, a hyphen and a number of three or more digits name a compound (TLR-104, FAP-2286), not
# the target (TLR7, IL-23) nor a tumour marker (CA-125, not among these letters).
_TARGET_LETTERS_CODE = rx(
    r"(?:CD|IL|PD|HER|GLP|TNF|SSTR|DLL|TROP|CLDN|KRAS|FGFR|EGFR|VEGF|JAK|BTK|CDK|PARP|TLR|CCR|CXCR|IGF|GPC|FAP|"
    r"MC|NTSR|CCK|GPR|BCMA|LAG|TIGIT|CTLA|PSMA|GRPR|TIM|STING)-\d{3,5}[A-Z]{0,2}")

# Two letters that also abbreviate a place, hyphened to three or more digits, are a company's initials
# on a compound (HK-902 of a firm called Hengkang), not a currency or market.
_INITIALS_CODE = rx(r"(?:HK|US|NT)-\d{3,5}[A-Z]?")

# INN stems (WHO "stem book" endings) that mark a non-proprietary drug name, and the Chinese INN
# endings (单抗 = -mab, 替尼 = -tinib ...).
# The second word of a two-word INN: the payload of an antibody-drug conjugate (camizumab tesirine,
# datopotamab deruxtecan) or the salt or ester of a small molecule (imatinib mesylate).
ADC_PAYLOAD = r"[a-z]*(?:tecan|dotin|tansine|ozogamicin|tesirine)"
_SALT_OR_ESTER = (r"marboxil|medoxomil|axetil|pivoxil|proxetil|etexilate|alafenamide|disoproxil|mesylate|besylate|"
                  r"tosylate|maleate|fumarate|succinate|tartrate|citrate|acetate|hydrochloride|sodium|potassium|"
                  r"dichloride|phosphate|sulfate|pegol")
_ABBREVIATED_INN = rx(r"(?<![A-Za-z-])(?P<a>[a-z]{3,5})-(?P<b>[A-Za-z]{3,6})(?![A-Za-z-])")
_INN_STEMS = "|".join(load_yaml("inn_stems.yaml")["stems"])
_LOWER_CASE_INN_STEMS = "|".join(load_yaml("inn_stems.yaml")["lower_case_stems"])  # data/inn_stems.yaml says why
_INN = rx(rf"\b(?:[A-Za-z][a-z]{{2,}}(?:{_INN_STEMS})|[a-z]{{3,}}(?:{_LOWER_CASE_INN_STEMS}))\b"
          rf"(?:\s+(?:{ADC_PAYLOAD}|{_SALT_OR_ESTER})\b)?"
          rf"|[\u4e00-\u9fff]{{2,6}}?(?:{_ZH_INN_ENDS})")
# A drug's short name in Latin letters set into Chinese text with a bracket after it ("甲药业sac-TIMT(合作乙)",
# "甲生物izabren(HER2 ADC)"): no English word sits there.
_CJK = rx(r"[\u4e00-\u9fff]")
_LATIN_IN_CHINESE = rx(r"(?<=[\u4e00-\u9fff])(?:[a-z]{3,5}-[A-Za-z]{3,6}|[a-z]{6,14})(?=\s*[(（])")
# A brand or short name in brackets right after a drug's name ("注射用X微球(百拓维)").
_BRACKETED_NAME = rx(r"\s*[(（]\s*(?P<b>[\u4e00-\u9fff]{2,6}|[A-Z][A-Za-z0-9-]{3,})\s*[)）]")
_LABELLED_BRAND = rx(r"\s*[(（]\s*(?:商品名|品牌名|trade\s+name|brand\s+name)\s*(?:[:：]|为)?\s*"
                     r"(?P<b>[\u4e00-\u9fff]{2,6}|[A-Z][A-Za-z0-9-]{3,})\s*[®™]?\s*[)）]", re.I)  # "X胶囊（商品名：泽安宁®）"
_GENERIC_BRACKET = rx(r"^(?:简称|下同|以下|即|注|该|本|其|原|前|曾用名|商品名|通用名|项目代号|合作|授权|引进|临床|处于|在研|已上市|用于|适用于|治疗|Inc|Ltd|Corp|NYSE|NASDAQ|HKEX)", re.I)  # 临床前阶段: a stage
_BRAND_BEFORE_NAME = rx(r"(?P<brand>\b(?:[A-Z][a-z]{3,}[A-Za-z]*|(?P<caps>[A-Z]{4,})))[®™]?\s*(?P<open>[(（])")  # "Rentiva (x)", "RENTIVA® (x)"
_OPEN = rx(r"[(（]")
_SPACE = frozenset(" \t\n\r\f\v")  # \s of an ASCII pattern


def _brand_starts(text: str) -> list[int]:
    """Where a match of _BRAND_BEFORE_NAME can start, read back from each bracket past its spaces and
    a ® or ™: the first of the letters before them. The pattern was tried at every capital letter."""
    starts = []
    for bracket in _OPEN.finditer(text):
        i = bracket.start()
        while i > 0 and text[i - 1] in _SPACE:
            i -= 1
        if i > 0 and text[i - 1] in "®™":
            i -= 1
        j = i
        while j > 0 and text[j - 1].isascii() and text[j - 1].isalpha():
            j -= 1
        if j < i:
            starts.append(j)
    return starts
_NOT_BRANDS = {"Phase", "Study", "Trial", "Company", "Group", "Limited", "China", "Japan", "Europe", "The", "This", "That",
               "Biologics", "Pharmaceuticals", "Therapeutics", "Medicine", "Medical", "Oncology", "Holdings", "Capital"}


@frozen
class AssetMention:
    start: int
    end: int
    name: str  # canonical: the INN for lexicon drugs, else the name as written
    surface: str
    from_lexicon: bool

    @property
    def label(self) -> str:
        """The name as the article writes it: what records about the asset cite."""
        return re.sub(r"[®™]", "", self.surface).strip() if self.from_lexicon else self.name


_LIST_GAP = rx(r"\s*(?:[,、，/]|and|和|及|与|以及)\s*", re.I)


def _without_listed_isotopes(text: str, known: list[AssetMention]) -> list[AssetMention]:
    """A drug named by its isotope alone ("radium-223", 镭-223) in a list of isotopes ("lutetium-177,
    actinium-225 and radium-223") is the isotope, not the drug."""
    if not known:
        return known
    spans = [(n.start, n.end) for n in find_nuclides(text)]
    alone = {span for span in spans if any(span == (m.start, m.end) for m in known)}
    if not alone:
        return known
    listed = {a for a in alone for b in spans if b != a and (_LIST_GAP.fullmatch(text, b[1], a[0]) or
                                                            _LIST_GAP.fullmatch(text, a[1], b[0]))}
    return [m for m in known if (m.start, m.end) not in listed]


def find_assets(text: str, lexicon: Lexicon, excluded: list[tuple[int, int]] = ()) -> list[AssetMention]:
    known = [AssetMention(h.start, h.end, h.canonical, h.surface, True) for h in lexicon.find(text, {"drug"})]
    known = _without_listed_isotopes(text, known)
    known = [renamed(text, m) for m in known]
    taken = _Taken(len(text), known)
    found = [m for m in known if not _reference_product(text, m)]
    cover = _Cover(excluded)
    for pattern, starts in ((_LABELLED_WORD, labelled_starts), (_CODE, code_starts), (_SMALL_CODE, small_code_starts)):
        for match in checked(matches_from(pattern, text, starts(text))):
            start, end = match.start(), match.end() - _glued_item_number(text, match.start(), match.end())
            surface = text[start:end]
            if taken.overlaps(start, end) or _is_excluded(surface, start, end, cover) \
                    or pattern is _SMALL_CODE and (match.group("low") and not _rare(match.group("low"))
                                                   or re.fullmatch(r"[a-z]+-(?:19|20)\d{2}", surface)):
                continue
            found.append(taken.add(AssetMention(start, end, _canonical_code(surface), surface, False)))
    inn_start_at = inn_scan_start(text)
    for match in checked(_INN.finditer(text, inn_start_at) if inn_start_at is not None else ()):
        start = match.start() + (0 if match.group(0).isascii() else inn_start(match.group(0)))
        if not taken.overlaps(start, match.end()) and cover.reach(start) <= start and not _class_word(match.group(0)):
            inn = text[start:match.end()]
            name = inn.lower() if inn.isascii() else inn  # an INN is one name however a sentence capitalises it
            found.append(taken.add(AssetMention(start, match.end(), name, inn, False)))
    for match in checked(matches_from(_BRAND_BEFORE_NAME, text, _brand_starts(text))):
        opens = (match.end("open"), past_radiolabel(text, match.end("open")))  # "Brand (212Pb-X)" or "Brand (lutetium Lu 177 x)"
        inner = next((m for m in found if m.start in opens), None)
        if inner is not None and not taken.overlaps(match.start("brand"), match.end("brand")) \
                and match.group("brand") not in _NOT_BRANDS and not (match.group("caps") and not _rare(match.group("caps"))):
            found.append(taken.add(AssetMention(match.start("brand"), match.end("brand"), match.group("brand"),
                                                match.group("brand"), False)))
    for start, end in chain(approved_brands(text, _rare), context_brands(text, _rare)):
        brand = text[start:end]
        if not taken.overlaps(start, end) and cover.reach(start) < end and brand not in _NOT_BRANDS:
            found.append(taken.add(AssetMention(start, end, brand, brand, False)))
    found = _with_products(text, found, cover)
    for match in matches_from(_ABBREVIATED_INN, text, abbreviation_starts(text)):
        if _rare(match.group("a")) and _rare(match.group("b")) and not _overlaps(found, match.start(), match.end()):
            found.append(AssetMention(match.start(), match.end(), match.group(0), match.group(0), False))
    for match in _LATIN_IN_CHINESE.finditer(text) if _CJK.search(text) else ():  # a name set after Chinese
        if _rare(match.group(0).split("-")[-1]) and not _overlaps(found, match.start(), match.end()):
            found.append(AssetMention(match.start(), match.end(), match.group(0), match.group(0), False))
    for mention in list(found):
        match = _BRACKETED_NAME.match(text, mention.end) or _LABELLED_BRAND.match(text, mention.end)
        if match and not _overlaps(found, match.start("b"), match.end("b")) and not _GENERIC_BRACKET.match(match.group("b")) \
                and not any(lexicon.canonical(kind, match.group("b")) for kind in ("target", "modality")):  # "X-101（PSMA）"
            found.append(AssetMention(match.start("b"), match.end("b"), match.group("b"), match.group("b"), False))
    for mention in list(found):
        named = _chinese_name_before(text, mention, cover, lexicon)
        if named and not _overlaps(found, named.start, named.end):
            found.append(named)
    codes = {m.name for m in found if not m.from_lexicon}
    found = _repeated(text, _trim_to_known_names(found), cover)
    found = _defined_terms(text, found)
    found = [m for m in found if not is_study_code(m, codes) and (m.from_lexicon or not _SITE_AFTER.match(text, m.end))]
    return separate_variants(sorted(without_trial_names(text, found), key=lambda m: m.start))


# A code that names a machine or a site ("the HFR-2 research reactor", "CYC-30 cyclotron", "XY-3研究堆") is no drug
_SITE_AFTER = rx(r"\s+(?:(?:research|nuclear|isotope|production)\s+)?(?:reactors?|cyclotrons?)\b|\s*(?:研究堆|反应堆|回旋加速器)", re.I)


_BIOSIMILAR_AFTER = rx(r"\s*(?:的)?(?:生物类似药|生物类似物|类似药|biosimilars?\b)", re.I)
_BIOSIMILAR_BEFORE = rx(r"\bbiosimilars?\s+(?:to|of|version of|candidate to|referencing)\s+$", re.I)


_HAN_RUN_END = rx(r"[\u4e00-\u9fff]{2,10}$")


def _chinese_name_before(text: str, mention: AssetMention, cover: _Cover, lexicon: Lexicon) -> AssetMention | None:
    """"双抗药物洛沃西(Lovanescimab)": the Chinese characters right before the bracket that holds a drug's
    INN or code, past the words leading into a name, are its Chinese name, when they hold no common word
    ("临床研究(AB-303)") and are no company, target, modality or disease."""
    if mention.start < 3 or text[mention.start - 1] not in "(（":
        return None
    run = _HAN_RUN_END.search(text, max(0, mention.start - 11), mention.start - 1)
    if run is None:
        return None
    start = run.start() + name_start(run.group(0))
    name = text[start:run.end()]
    core = next((name[:-len(form)] for form in phrases("asset.dosage_form") if name.endswith(form)), name)
    if len(core) < 2 or cover.reach(start) > start or holds_common_zh(name) \
            or any(lexicon.canonical(kind, name) for kind in ("target", "modality", "indication")):
        return None
    return AssetMention(start, run.end(), name, name, False)


def _reference_product(text: str, mention: AssetMention) -> bool:
    """"X的阿达木单抗生物类似药", "a biosimilar to Prolia": the reference product is named, not
    developed; the asset is the copy the sentence describes."""
    return bool(_BIOSIMILAR_AFTER.match(text, mention.end)
                or _BIOSIMILAR_BEFORE.search(text, max(0, mention.start - 30), mention.start))


def _with_products(text: str, found: list[AssetMention], excluded: _Cover) -> list[AssetMention]:
    """A product named by its dosage form is one asset: a drug or code inside it takes its full name."""
    out = list(found)
    for start, end, core in product_names(text):
        inner = [m for m in out if start <= m.start and m.end <= end]
        if excluded.covers(start) and not inner:
            continue
        if inner:
            m = inner[0]
            out = [x for x in out if x not in inner]
            name = m.name if m.from_lexicon or not re.search(r"[\u4e00-\u9fff]", text[start:end]) else m.name
            out.append(AssetMention(start, end, name, text[start:end], m.from_lexicon))
        elif not _overlaps(out, start, end):
            out.append(AssetMention(start, end, text[start:end], text[start:end], False))
    return out


def _class_word(word: str) -> bool:
    """A word for a kind of molecule that ends like an INN ("peptide", "oligonucleotide", "oncogene"),
    or any common English word: no drug's name."""
    return word.isascii() and bool(_CLASS_WORD.search(word) or not _rare(word.split()[0]))


_CLASS_WORD = rx(r"(?:peptide|nucleotide|nucleoside)$|^(?:onco|trans|anti)gene$", re.I)


def _rare(word: str) -> bool:
    return rare_word(word) and rare_word(word.casefold())


def _repeated(text: str, found: list[AssetMention], excluded: _Cover) -> list[AssetMention]:
    """A name read once from its context (a brand before its code in brackets, a product by its
    dosage form) names the drug wherever the article writes it again."""
    names = {m.name for m in found if not m.from_lexicon and len(m.name) >= (4 if m.name.isascii() else 3)}  # 洛沃西
    out = list(found)
    for name in names:
        for start, end in _occurrences(text, name):
            if not _overlaps(out, start, end) and not excluded.covers(start):
                out.append(AssetMention(start, end, name, name, False))
    return out


_CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")


def _occurrences(text: str, name: str) -> Iterable[tuple[int, int]]:
    """Where the name is written, left to right and not overlapping; a Latin name not as part of a
    longer code or word."""
    bounded = name.isascii()
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if bounded and (at > 0 and text[at - 1] in _CODE_CHARS or end < len(text) and text[end] in _CODE_CHARS):
            at = text.find(name, at + 1)
            continue
        yield at, end
        at = text.find(name, end)


_DEFINES_TERM = rx(r"\s*[（(]\s*(?:以下简称|以下称|下称|简称|hereinafter(?: referred to as)?|the)\s*[:：]?\s*[「“\"'‘]?"
                   r"(?P<term>[\u4e00-\u9fff]{2,8}|[A-Z][A-Za-z]{2,20}(?: [A-Z][A-Za-z]{2,20})?)[」”\"'’]?\s*[)）]")


def _defined_terms(text: str, found: list[AssetMention]) -> list[AssetMention]:
    """A term a text defines for an asset ("X注射液(下称合同产品)", 'QX-7 (the "Product")') names
    that asset wherever it comes after."""
    out = list(found)
    for mention in found:
        match = _DEFINES_TERM.match(text, mention.end)
        if not match:
            continue
        term = match.group("term")
        out = [m for m in out if not match.start() <= m.start < match.end()]
        for later in re.finditer(re.escape(term), text[match.start("term"):]):
            start = match.start("term") + later.start()
            if not _overlaps(out, start, start + len(term)):
                out.append(AssetMention(start, start + len(term), mention.label, term, False))
    return out


def _trim_to_known_names(found: list[AssetMention]) -> list[AssetMention]:
    """A Chinese name read by its ending takes the words before it along ("鉴于安美木单抗"); where
    the article also writes the name alone, a longer reading that ends with it is that name."""
    names = {m.name for m in found if not m.from_lexicon and re.match(r"[\u4e00-\u9fff]", m.name)}
    out = []
    for m in found:
        shorter = [n for n in names if len(n) < len(m.name) and m.name.endswith(n)] if m.name in names else []
        if shorter:
            name = min(shorter, key=len)
            start = m.end - len(name)
            m = AssetMention(start, m.end, name, name, False)
        out.append(m)
    return out


def _glued_item_number(text: str, start: int, end: int) -> int:
    """How many closing digits of a code are the number of the next item of a numbered form run into
    it ("2.新药代号:QX3183.用途:" is QX318 and item 3): the item before it is numbered one less."""
    if not text.startswith(".", end) or end + 1 >= len(text) or not "\u4e00" <= text[end + 1] <= "\u9fff":
        return 0
    for width in (1, 2):
        number = text[end - width:end]
        if number.isdigit() and end - width > start + 2 and int(number) > 1 \
                and re.search(rf"{int(number) - 1}\.[\u4e00-\u9fff]", text[max(0, start - 80):start]):
            return width
    return 0


def _canonical_code(surface: str) -> str:
    return canonical_code(surface, _CODE_BODY)


def _is_excluded(surface: str, start: int, end: int, excluded: _Cover) -> bool:
    return _never_a_code(surface) or excluded.reach(start) >= end


@lru_cache(maxsize=8192)  # a code recurs within and across articles
def _never_a_code(surface: str) -> bool:
    prefix = re.match(r"[A-Za-z]+", re.sub(LABEL, "", surface))
    if prefix and _NOT_CODES.match(prefix.group(0)) and not re.search(LABEL, surface) \
            and not _TARGET_LETTERS_CODE.fullmatch(surface) and not _INITIALS_CODE.fullmatch(surface):
        return True
    element = re.fullmatch(r"(?P<el>[A-Z][a-z]?)-\d{1,3}m?", surface)
    if element and element.group("el") in _element_symbols():
        return True
    # FY2025; mutations such as G12C, V600E, T790M
    return bool(re.fullmatch(r"(?:FY|CY|H|Q|AD)-?(?:19|20)\d{2}", surface) or re.fullmatch(r"[A-Z]\d{2,4}[A-Z]", surface))


@lru_cache(maxsize=1)
def _element_symbols() -> frozenset[str]:
    return frozenset(item["symbol"] for item in load_yaml("elements.yaml"))


def _overlaps(found: list[AssetMention], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in found)


class _Taken:
    """Characters already inside a found mention, so an overlap test does not rescan them all."""

    def __init__(self, length: int, found: list[AssetMention]) -> None:
        self._chars = bytearray(length)
        for mention in found:
            self.add(mention)

    def overlaps(self, start: int, end: int) -> bool:
        return any(self._chars[start:end])

    def add(self, mention: AssetMention) -> AssetMention:
        self._chars[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
        return mention


class _Cover:
    """Spans that rule a code out: `reach(p)` is the furthest end of a span starting at or before p."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))

    def reach(self, position: int) -> int:
        i = bisect_right(self._starts, position)
        return self._reach[i - 1] if i else -1

    def covers(self, position: int) -> bool:
        """Whether a span holds the position (start <= position < end): one bisect, not a look at each span."""
        return self.reach(position) > position
