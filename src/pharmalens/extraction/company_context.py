"""Organisations the lexicon does not know, found from how the text uses their names.

Three signals, each a general habit of news writing:
- a stock code right after a name ("华领医药-B(02552)", "藥華藥（6446）", "Perspective Therapeutics (CATX)");
- a Chinese short name that announces, states or signs ("浩鼎今天宣布", "安成表示") and is used again;
- an English name that is not an ordinary English word, in a company's place in the sentence
  ("Atreca has shed...", "a deal with Septerna", "AbbVie–Gubra (March 2025, ...)").
Descriptors before a name (新药股, 生技公司, 美国药企, "the Swiss biotech") are not part of it."""
from __future__ import annotations

import re
from functools import lru_cache


from ..documents.language import to_simplified
from ..model.patterns import holds_any, holds_han, rx
from ..model.vocabulary import load_yaml
from .cues import cue_alternation, phrases
from .places import chinese_place_names, place_prefix
from .context_brands import context_brands
from .company_lead_words import capitalised_runs, en_context, granted_to, led_into, round_up_pair
from .lead_subjects import subject_of_a_deal_clause
from .word_frequency import COMMON_EN, RARE_ZIPF, ZH_ZIPF_FLOOR, rare_word, zh_zipf, zipf

_NAME_MEMO = 8192  # judgements of a name by its words alone, kept across articles: names recur within and across them
_CJK_RUN = rx(r"[\u4e00-\u9fff]{2,14}(?:-[BWS])?$")
_CODE_AFTER = rx(r"\s*\(\s*(?:[A-Z][A-Z0-9-]{1,15}\s*,\s*)?(?:(?i:股份代号|股票代码|证券代码|stock code|沪|深|港|兴柜|上柜|上市|TWSE|TPEx)\s*[:.]?\s*)?"
                 r"(?:\d{4,6}(?:\.(?:HK|SH|SZ|SS|CN|TW|TWO))?)\s*(?:[,;][^()]{0,20})?\)")
_TITLED_AFTER_CODE = rx(r"(?P<name>[\u4e00-\u9fff]{2,8}(?:-[BWS])?)\s*[-－—]\s*(?=[\u4e00-\u9fff])")
_HONORIFIC = rx(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sir)\.?\s+$")


def coded_names(text: str) -> list[tuple[int, int]]:
    """Chinese names written right before a stock code, or right after one as a filing's headline
    writes them ("(1234)名称-subject")."""
    found = []
    if not holds_han(text):  # the name on either side of the code is Chinese
        return found
    for match in _CODE_AFTER.finditer(text):
        titled = _TITLED_AFTER_CODE.match(text, match.end())
        if titled:
            found.append(titled.span("name"))
            continue
        head = text[max(0, match.start() - 16):match.start()].rstrip()
        run = _CJK_RUN.search(head)
        if not run:
            continue
        name = trim_zh_lead(_after_attribute(run.group(0)))
        if len(name.rstrip("-BWS")) < 2 or name.endswith(_document_words()):
            continue
        end = match.start() - (len(text[:match.start()]) - len(text[:match.start()].rstrip()))
        found.append((end - len(name), end))
    return found


_LISTING_MARK = rx(r"(?P<run>[\u4e00-\u9fff]{2,12})-(?:B|W|SB|SW|WB|U)(?![A-Za-z])")


def listing_marked_names(text: str) -> list[tuple[int, int]]:
    """Chinese names carrying a Hong Kong listing marker ("衡湾生物-B", "澄江医疗-W"): only an issuer's
    short name is written that way, wherever the sentence puts it. The span is the name without the
    marker, so its later bare uses are the same company."""
    found = []
    if not holds_any(text, ("-B", "-W", "-S", "-U")) or not holds_han(text):  # the markers' openings; a Chinese name
        return found
    for match in _LISTING_MARK.finditer(text):
        name = trim_zh_lead(_after_attribute(match.group("run")))
        if 2 <= len(name) <= 6 and not name.endswith(_document_words()):
            found.append((match.end("run") - len(name), match.end("run")))
    return found


def _after_attribute(run: str) -> str:
    """"专注于ADC研发的衡湾生物-B": a listed name holds no 的, the phrase up to it describes the company."""
    cut = run.rfind("的") + 1
    return run[cut:] if len(run[cut:].rstrip("-BWS")) >= 2 else run


@lru_cache(maxsize=1)
def _document_words() -> tuple[str, ...]:
    return tuple(phrases("company.zh_document_word"))


def strip_descriptors(run: str) -> str:
    """The name at the end of a run of Chinese characters: descriptors and function words before it go."""
    changed = _any_descriptor().search(run) is not None
    while changed:
        changed = False
        for lead in _descriptors():
            at = run.find(lead)
            if at >= 0 and len(run) - at - len(lead) >= 2:
                run = run[at + len(lead):]
                changed = True
                break
    return run


@lru_cache(maxsize=1)
def _descriptors() -> tuple[str, ...]:
    return tuple(sorted(phrases("company.zh_descriptor"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _any_descriptor() -> re.Pattern[str]:
    return rx("|".join(map(re.escape, _descriptors())))


# A word between the article and the kind noun describes the firm; an article or a verb there opens a clause
# about another party ("Separately, the FDA has asked the company…").
_DESCRIBING_WORD = r"(?!(?:a|an|the|has|have|had|is|was|will|to|that)\b)[\w-]+"


@lru_cache(maxsize=1)
def _described() -> re.Pattern[str]:
    return rx(rf"^(?:,|\s+(?:is|was|will be)|\s+has been)\s+(?:a|an|the)\s+(?:{_DESCRIBING_WORD}\s+){{0,4}}?"
              rf"{cue_alternation('company.en_kind_nouns')}\b(?!['’]s\b)", re.I)  # "X, the company's antibody" is its drug


_GIVEN = rx(r"\b(?:granting|grants|granted|giving|gives|gave|handing|hands|paying)\s+$", re.I)


def in_english_company_slot(text: str, start: int, end: int) -> bool:
    """An English word stands where a company does: after a word that leads into one ("with",
    "granting"), or before a company's verb ("will receive", "said", "'s")."""
    _, after, weak = en_context()
    left, right = text[max(0, start - 40):start], text[end:end + 40]
    return bool(led_into(left) or _GIVEN.search(left) or after.match(right) or weak.match(right))


def suffixed_name_in_slot(text: str, start: int, end: int) -> bool:
    """"Andromeda Partners led the round", "with Harbor Light Capital": everyday words before a trade
    word, standing where a company does (a verb of a company after, a word leading into one before),
    are a company's name, unless every word before the trade word is a very common one ("Public Health")."""
    before, after, _ = en_context()
    words = text[start:end].replace(",", " ").split()
    if len(words) < 2 or not any(zipf(w) < COMMON_EN for w in words[:-1]):
        return False
    return bool(before.search(text, max(0, start - 40), start) or after.match(text[end:end + 40]))


_PLACE_USE = rx(r"-|\s+(?:biotech\w*|pharma\w*|company|drugmaker|start-?up|firm|area|region)\b", re.I)  # "the Boston biotech"
_LOCATED = rx(r"[A-Z][A-Za-z]*-(?:based|headquartered|listed) ")
KIND_OPENERS = ("Drugmaker", "Biotech", "Startup", "Start-up", "Spinout", "Subsidiary")  # "Drugmaker X inked…"
_KIND_FIRST = rx(rf"(?:{'|'.join(KIND_OPENERS)}) (?=[A-Z])")
_ASCII_SPACE = frozenset(" \t\n\r\f\v")  # \s of an ASCII pattern
_DESCRIBED_OPENERS = _ASCII_SPACE | {","}  # what a match of _described() starts with


def english_names_in_role(text: str, is_known: callable) -> list[tuple[int, int, str]]:
    """English names that are not ordinary words, where a company stands in a sentence."""
    _, after, weak = en_context()
    strong: dict[str, int] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    arms = {text[s:e] for s, e in context_brands(text, rare_word)}  # "months with Ondrexa vs 4.0 months": a drug
    for at, words in capitalised_runs(text):
        offset, name, located = _name_in(words)
        if not name or name in arms:
            continue
        start = at + offset
        end = start + len(name)
        if is_known(start, end):
            continue  # a name found already: nothing around it is read
        left, right = text[max(0, start - 40):start], text[end:end + 140]
        spaced = left[-1:] in _ASCII_SPACE  # the patterns of a word before (a title, "with") end in a space
        word_before = spaced and " " in name and led_into(left)  # asked again below for a kept one-word name
        role = None if _unusual(name) else _in_role(name, left, right, spaced, word_before)  # asked only when needed
        if role is False:
            continue  # an ordinary word, neither described, placed nor led
        if spaced and _HONORIFIC.search(text, max(0, start - 6), start) or name.isupper() and _DATELINE_AFTER.match(right):
            continue  # "Dr. X"; "SAN DIEGO, June 10, 2025 --": the place a release was issued from
        if spaced and " " not in name:
            word_before = led_into(left)
        spans.setdefault(name, []).append((start, end))
        given = spaced and granted_to(left)  # "the sale of X to Quorvane": the buyer's place
        if role or located or word_before or given or after.match(right) or round_up_pair(left, right) \
                or _joined_to_acting(right, after) or role is None and _in_role(name, left, right, spaced, word_before):
            strong[name] = strong.get(name, 0) + 2
        elif weak.match(right):
            strong[name] = strong.get(name, 0) + 1
    found = []
    for name, count in strong.items():
        if count >= 2:
            found.extend((s, e, name) for s, e in spans[name])
    return found


@lru_cache(maxsize=_NAME_MEMO)
def _name_in(words: str) -> tuple[int, str, bool]:
    """Where the name starts in the words a match gave, the name ("" where the words rule one out), and
    whether a place word led into it: worked out from the words alone, so kept by them."""
    start, located = 0, "-" in words and _LOCATED.match(words)  # "Houston-based Nexvorra": the place word says a company follows
    if located:
        words, start = words[located.end():], located.end()
    kind = words.startswith(KIND_OPENERS) and _KIND_FIRST.match(words)  # "Drugmaker Pellham inked…": the kind word opening a sentence
    if kind:
        words, start = words[kind.end():], start + kind.end()
    return start, _possible_name(words), bool(located)


def _in_role(name: str, left: str, right: str, spaced: bool, word_before: object) -> bool:
    """Described as a company ("X, the Swiss biotech"), placed where one stands after a word leading into
    one, or the subject of a sentence that goes on to a deal."""
    if right[:1] in _DESCRIBED_OPENERS and _described().match(right) and name_word(name):
        return True
    if " " in name and (word_before or spaced and granted_to(left)) and name_word(without_generic_tail(name)) \
            and not _PLACE_USE.match(right):
        return True  # "Principal at Harbor Quellmark"
    return subject_of_a_deal_clause(left, right) and name_word(name)  # "Bayer is …, agreeing to acquire X"


_DATELINE_AFTER = rx(r"^,?\s*(?:[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?,\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
                     r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|/?\(?(?:PR ?Newswire|Business ?Wire|Globe ?Newswire)\b)", re.I)


@lru_cache(maxsize=_NAME_MEMO)
def _possible_name(words: str) -> str:
    """The name the words give, or "" where their words alone rule it out: a vehicle, an adverb, an ordinary
    word neither placed nor described, a place ("a cyclotron in Jinan, commissioned in 2025")."""
    name = _without_currency_code(_without_headline_verb(words, en_context()[1]))
    ruled_out = name in phrases("company.en_vehicle") or name in phrases("company.en_sentence_adverb") \
        or not (_unusual(name) or _may_be_placed_or_described(name)) or name in chinese_place_names()
    return "" if not name or ruled_out else name


def _may_be_placed_or_described(name: str) -> bool:
    """Whether the words of a name allow it to be kept as described or placed (below): a name that is
    neither of these nor unusual is never kept, wherever it stands."""
    return name_word(name) or (" " in name and name_word(without_generic_tail(name)))


def _without_headline_verb(name: str, after: re.Pattern[str]) -> str:
    """"Corvane Signs …": a title-case headline runs the verb into the name."""
    words = name.split(" ")
    if len(words) > 1 and after.match(" " + words[-1]) and after.match(" " + words[-1]).end() == len(words[-1]) + 1:
        return " ".join(words[:-1])
    return name


def _without_currency_code(name: str) -> str:
    """"will pay Sakai EUR 12 million": the code of the amount's currency is not part of the payee's name."""
    words = name.split(" ")
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in _currency_codes() else name


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    return frozenset(load_yaml("currencies.yaml"))


_TRADE_NAMED = rx(r"(?:药业|制药|医药|生物|生技|生医|药品|核药|科技|基因|细胞)(?:集团)?(?:股份有限公司|有限责任公司|有限公司)?$|"
                  r"\b(?:Pharma\w*|Therapeutics|Bio[a-z]*|Oncology|Medicines|Radiopharma\w*)"
                  r"(?:,?\s+(?:Inc\.?|Ltd\.?|Co\.,?\s*Ltd\.?|Limited|Corp\.?|AG|SE|plc))?$", re.I)


def trade_named(name: str) -> bool:
    """A name that says its trade is drugs (X药业, X生物, X Therapeutics, X Pharma Inc.), in either script
    (a name keeps the script the file writes it in: X藥業, X細胞)."""
    return bool(_TRADE_NAMED.search(to_simplified(name)))


HEADING_NUMBER = r"^[ \t]*(?:\d{1,2}\s*[.、)]|[一二三四五六七八九十]{1,2}\s*[、.]|#+)?[ \t]*"  # "3. ", "二、", "## "
NOT_NAME_START = set("的将已在于及和与为是被对向从并也均其该此")  # 其/该/此 open a reference ("其新药X-1"), not a name


@lru_cache(maxsize=_NAME_MEMO)
def name_word(name: str) -> bool:
    """Could be a name though it is a word: not one of the most common words (It, This, Company); of
    a name in several words ("Life Molecular"), the last may carry it alone."""
    words = name.split()
    return all(zipf(w) < COMMON_EN for w in words) or (len(words) > 1 and zipf(words[-1]) < COMMON_EN)


_JOINED = rx(r"\s+(?:and|&)(?:\s+[A-Z][\w.&'-]*){1,4}")
_JOINED_WORD = rx(r"\s+[A-Z][\w.&'-]*")


def _joined_to_acting(right: str, after: re.Pattern[str]) -> bool:
    """"Actinex and Brevia Isotopes announced…": a name joined by "and" to a name of a few capitalised
    words that a company's verb follows acts with it."""
    joined = _JOINED.match(right)
    return bool(joined) and any(after.match(right[m.end():]) for m in _JOINED_WORD.finditer(right, joined.start(), joined.end()))


_STRONG_SUFFIX = rx(r"(?:therapeutics|pharmaceuticals|biosciences|bioscience|biologics|biopharma|biopharmaceuticals?|oncology|"
                    r"biotherapeutics|radiopharma|radiopharmaceuticals|isotopes|medicines|immunopharma|pharma|seiyaku|shinyaku|yakuhin|kagaku|kenkyusho|kogyo)$|"
                    r"(?:Inc\.?|Ltd\.?|Limited|Corp\.?|Corporation|GmbH|AG|SE|plc|S\.A\.|LLC|N\.V\.|Co\.,? ?Ltd\.?)$", re.I)


@lru_cache(maxsize=_NAME_MEMO)
def english_name_like(surface: str) -> bool:
    """A name with a trade suffix: a strong suffix (Therapeutics, Inc.) makes any words a name; a weak
    one (Medical, Health, Pharmaceutical, Bio) needs a word that is not an ordinary English word."""
    words = surface.replace(",", " ").split()
    if len(words) < 2 or surface in phrases("company.en_publication"):
        return False
    if _STRONG_SUFFIX.search(surface) and not all(zipf(w) >= 5.0 for w in words[:-1]):
        return True
    if len(words) == 2 and _BIO_TAIL.search(surface) and words[0][:1].isupper() and zipf(words[0]) < COMMON_EN:
        return True  # "Harbor Bio", "Legend Biotech": a word seldom written as a name, before a biotech's tail
    return any(zipf(w) < RARE_ZIPF or (w.isupper() and len(w) >= 2) for w in words[:-1])


_BIO_TAIL = rx(r" (?:Bio|Biotech|BioPharma|Biomedicine)$")


COMMON_ZH = 3.0
_VERY_COMMON_ZH = 4.2


_LINKING_CHARS = frozenset("与和及同跟向对将由")


@lru_cache(maxsize=_NAME_MEMO)
def trim_zh_lead(run: str) -> str:
    """A run of Chinese characters without the verb or descriptor that leads into the name."""
    leads, any_lead = _leads()
    first = any_lead.search(run)
    if first is not None and first.start() <= 2:
        for lead in leads:
            at = run.find(lead)
            if 0 <= at and len(run) - at - len(lead) >= 2 and at <= 2:
                return trim_zh_lead(run[at + len(lead):])
    run = strip_descriptors(run)
    if run[:1] in _LINKING_CHARS and place_prefix(run[1:], 2) and not place_prefix(run, 2):
        return run[1:]
    return run


@lru_cache(maxsize=1)
def _leads() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The lead words, longest first, and a pattern finding the first place any of them stands."""
    leads = tuple(sorted(phrases("company.zh_lead") + phrases("company.zh_clause_opener"), key=len, reverse=True))
    return leads, rx("|".join(map(re.escape, leads)))


@lru_cache(maxsize=_NAME_MEMO)
def zh_name_like(core: str) -> bool:
    """The distinctive part of a Chinese company name is not an everyday word and holds none."""
    if len(core) < 2:
        return False
    if zh_zipf(core) >= COMMON_ZH:
        return False
    if len(core) >= 3 and all(ch in _phonetic() for ch in core):
        return True  # 贝尔莫拉: a foreign name spelt in sound characters, whatever words its pairs make
    return not any(zh_zipf(core[i:i + n]) >= _VERY_COMMON_ZH
                   for n in (2, 3) for i in range(len(core) - n + 1) if len(core) > n)


@lru_cache(maxsize=1)
def _phonetic() -> frozenset[str]:
    return frozenset("".join(phrases("company.zh_phonetic_chars")))


def zh_firm_core_like(core: str) -> bool:
    """Before a firm's own trade word or legal form (…制药, …药业, …有限公司), a short core may be an
    everyday word, as real names are (格林制药, 前沿生物, 基石药业), unless it is a very common word or
    a word describing the industry (跨国制药, 中药制药)."""
    return 2 <= len(core) <= 3 and zh_zipf(core) < _VERY_COMMON_ZH and core not in phrases("company.zh_sector_word")


@lru_cache(maxsize=_NAME_MEMO)
def zh_short_name_like(name: str) -> bool:
    core = name[len(place_prefix(name, 2)):]
    return zh_zipf(name) < ZH_ZIPF_FLOOR and zh_name_like(core) and not name.endswith(phrases("company.zh_site_tail")) \
        and not name.endswith(phrases("asset.dosage_form") + phrases("company.zh_product_tail"))  # "X注射液获批": a product


_WORD_BREAK = re.compile(r"[\s&]+")


@lru_cache(maxsize=_NAME_MEMO)
def _unusual(name: str) -> bool:
    """A name none of whose words is an ordinary English word (by word frequency), and not a code or
    an acronym."""
    words = [w for w in _WORD_BREAK.split(name) if w]
    if not words or any(map(str.isdigit, name)) or any(w.isupper() and len(w) <= 5 for w in words):
        return False
    words = without_generic_tail(" ".join(words)).split(" ")  # "Corvane Group" is as unusual as Corvane
    return all(zipf(w) < RARE_ZIPF for w in words)


def without_generic_tail(name: str) -> str:
    """The name without the common words that end it ("Corvane Holdings Group": Corvane)."""
    words, tail = name.split(" "), _generic_tail()
    while len(words) > 1 and words[-1] in tail:
        words = words[:-1]
    return " ".join(words)


@lru_cache(maxsize=1)
def _generic_tail() -> frozenset[str]:
    return frozenset(phrases("company.en_generic_tail"))
