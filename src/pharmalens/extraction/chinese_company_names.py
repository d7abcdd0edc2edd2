"""Chinese company names the lexicon does not know, read from their own shape: a name before a chain
of trade words and legal forms (…生物科技有限公司, …药业), cut from the words before it (a place opens
it; verbs, news words and holding words do not belong to it)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..model.budget import checked
from ..model.patterns import holds_han, rx, rx_starting, starts_of
from .company_context import COMMON_ZH, trim_zh_lead, zh_firm_core_like, zh_name_like, zh_short_name_like
from .company_mentions import CompanyMention, Inside, guess_kind
from .cues import cue_alternation, phrases
from .lexicon import Lexicon
from .places import chinese_places, place_prefix, place_suffix
from .word_frequency import zh_zipf

ZH_GENERIC = ("生物制药", "生物医药", "生物科技", "生物技术", "医药科技", "医药", "药业", "制药", "药品", "生物", "生科", "科技", "新药", "医疗", "基因", "细胞",
              "生技", "生医",
              "药物", "资本管理", "投资管理", "资产管理", "基金管理", "股权投资", "资本", "创投", "基金", "投资", "控股", "健康", "技术",
              "证券", "银行")
ZH_LEGAL = ("股份有限公司", "有限责任公司", "有限公司", "集团")
LEGAL_MARKS = ("有限", "集团")  # one of them is in each legal form
ZH_SUFFIX = ZH_GENERIC + ZH_LEGAL
_ZH_NAMED_BY_ROLE = ("产业投资基金", "产业基金", "生物制药", "生物医药", "生物科技", "医药科技", "生命科学", "医药", "药业", "制药", "生物", "生科", "新药", "资本", "创投", "基金", "控股", "诊断", "基因", "细胞",
                     "生技", "生医", "核药", "医疗", "同位素", "核医学")
_SEAT = rf"[（(](?:开曼|香港|中国|百慕达|英属维尔京|Cayman|BVI|{'|'.join(chinese_places())})[)）]"
JURISDICTION = rf"(?:{_SEAT})?"  # offshore, or the city of a legal name: 甲医药技术(上海)有限公司, 甲(苏州)生物医药有限公司


@lru_cache(maxsize=1)
def _zh_chain() -> re.Pattern[str]:
    """Trade words and legal forms after a name; a line of business (产业发展, 商贸) only where a legal
    form follows it."""
    trade = phrases("company.zh_legal_trade")
    legal_words = f"{_trie(ZH_GENERIC + trade)}*"
    starts = {w[0] for w in ZH_SUFFIX + _ZH_NAMED_BY_ROLE + trade + ("股份",)}
    return rx_starting(f"[{''.join(sorted(starts))}（(]",
                       rf"(?:{legal_words}{JURISDICTION}{legal_words}|{_SEAT}{legal_words}){_trie(ZH_LEGAL)}+"
                       rf"|{_role_chain()}")


def _role_chain() -> str:
    return rf"(?:{_trie(_ZH_NAMED_BY_ROLE)}|股份(?!有限))+"  # 甲乙股份: an A-share short name


@lru_cache(maxsize=1)
def _zh_role_chain() -> re.Pattern[str]:
    """The chain's second branch alone: what the chain matches where no legal form follows."""
    return rx_starting(f"[{''.join(sorted({w[0] for w in _ZH_NAMED_BY_ROLE + ('股份',)}))}]", _role_chain())


def _chains(text: str) -> Iterator[re.Match[str]]:
    """The matches of _zh_chain().finditer. Its first branch ends in a legal form after characters of
    trade words and seats only: away from the runs of such characters that end at a legal form, the
    second branch alone is tried, at fewer characters (the chain opens with common characters, and
    the first branch tries every split of its words before it fails)."""
    full, roles = _zh_chain(), _zh_role_chain()
    reaches = _legal_reaches(text)
    pos, i = 0, 0
    while True:
        while i < len(reaches) and reaches[i][1] < pos:
            i += 1
        if i == len(reaches) or pos < reaches[i][0]:
            match = roles.search(text, pos)
            if match is None or i < len(reaches) and match.start() >= reaches[i][0]:
                if i == len(reaches):
                    return
                pos = reaches[i][0]
                continue
        else:
            match = full.search(text, pos)
            if match is None:
                return
        yield match
        pos = match.end()


def _legal_reaches(text: str) -> list[tuple[int, int]]:
    """(first, last) position where the chain's first branch may start, in order: from the run of chain
    characters before a legal form to the form's mark (有限, 集团); runs joined, each character read once."""
    chars = _chain_chars()
    reaches: list[tuple[int, int]] = []
    for at in sorted(at for mark in LEGAL_MARKS for at in starts_of(text, (mark,))):
        floor = reaches[-1][1] if reaches else 0
        first = at
        while first > floor and text[first - 1] in chars:
            first -= 1
        if reaches and first == floor:
            first = reaches.pop()[0]
        reaches.append((first, at))
    return reaches


@lru_cache(maxsize=1)
def _chain_chars() -> frozenset[str]:
    """Every character of the chain's words and legal forms, and of the seat's pattern (a superset of its text's)."""
    return frozenset("".join(ZH_GENERIC + ZH_LEGAL + phrases("company.zh_legal_trade")) + _SEAT)


def _trie(words: tuple[str, ...]) -> str:
    """The words as one alternation shaped as a tree of their characters: at a place, the longest word
    there is tried first and then the shorter ones it begins with, as the words sorted longest first
    are, but the engine tests each character once instead of trying every word in turn."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branches(node: dict[str, dict]) -> str:
        tails = [re.escape(ch) + branches(child) for ch, child in node.items() if ch]
        body = tails[0] if len(tails) == 1 else f"(?:{'|'.join(tails)})" if tails else ""
        return f"(?:{body})?" if body and "" in node else body

    return f"(?:{branches(root)})"


@lru_cache(maxsize=1)
def legal_tail() -> re.Pattern[str]:
    """The trade words, lines of business and legal forms that end a legal name, as a whole."""
    trade = "|".join(sorted(phrases("company.zh_legal_trade"), key=len, reverse=True))
    return rx(rf"(?:(?:{trade})*(?:{'|'.join(sorted(ZH_SUFFIX, key=len, reverse=True))})|{JURISDICTION[3:-2]})+$")
_ZH_ROLE_AFTER_WORDS = (  # besides the company verbs and time words of data/cues/companies.yaml
    r"首席|董事|副总裁|总裁|高级副总裁|执行董事|创始人|联合创始人|联席|合伙人|CEO|CFO|COO|CSO|BD|医学|研发|事业部|称|和|将|已|在|位于|完成|的|从|以|正|就|作为|旗下|"
    r"领投|跟投|参投|支付|申报|提交|推出|启动|签下|签订|签约|随即|随后|当天|还|等|今年|去年|本月|此前|目前|近期|[1-5]类|自主研发|自研|开发|研制|核心产品|在研|向|斥资|出资|耗资|豪掷|\d{4}年|\d{1,2}月|[今昨明]\s*[（(]\d{1,2}[)）]\s*日|、|，|,|。|（|\(|”|\s|[–—×]")


@lru_cache(maxsize=1)
def _role_after() -> re.Pattern[str]:
    """What follows a company's name: a title, a verb ("携手"), a time word ("今天公告"), punctuation."""
    return rx(rf"^(?:{_ZH_ROLE_AFTER_WORDS}|{cue_alternation('company.zh_time')}|{cue_alternation('company.zh_acts')})")


@lru_cache(maxsize=1)
def _site_after() -> re.Pattern[str]:
    """Its plant right after a firm's name, placed or not ("甲医药嘉兴生产基地", "乙生物华东核药工厂",
    "丙医药西安核药房")."""
    return rx(rf"(?:{'|'.join(_places())}|华东|华南|华北|华中|西南|西北|东北)?[\u4e00-\u9fff]{{0,4}}?"
              r"(?:生产基地|工厂|厂区|核药房|放射性药房|核药中心|核药配送中心|回旋加速器)")


_STAKE_AFTER = rx(r"\d{1,3}(?:\.\d{1,2})?\s*%\s*(?:的\s*)?(?:股权|股份|权益)")  # "所持有的乙制药35%股权": the stake's holder company
_ZH_PREFIX_STOP = set("由与和及对在为是将把被向从以据让给予即其等或并而且又但称的了向就于此后自")
def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
_OWNER_WORDS = ("子公司", "公司", "集团", "旗下", "投资者", "投资方", "投资人")  # "战略投资者X资本": X资本
_OWNER_CHARS = frozenset("公集旗投")  # one of them is in each owner word: a name holding none needs no search
_NEWS_WORDS = ("公司", "药厂", "药企", "生技厂", "快讯", "讯", "据悉", "获悉", "日前", "近日", "今日", "昨日", "消息", "报道", "公告")
_NOT_NAME_END = set("本该其此贵我各两多全子母")
_NEVER_AFTER_PLACE = "的"  # 苏州和X: a place may open a name before 和; "嘉兴的核药基地" is a place's site
_NAME_FINAL_STOP = "和"  # 佳和药业, 康和生物: right before the trade word, 和 ends a name rather than joining two
_ZH_NAME = rx(r"[\u4e00-\u9fff]{1,12}$")


def _product_tail(chain: str) -> int:
    """"乙生物核药": after a trade word, 核药 names the firm's product (a radiopharmaceutical), not its trade."""
    return 2 if chain.endswith("核药") and len(chain) > 2 and chain[:-2].endswith(_ZH_NAMED_BY_ROLE) else 0


def chinese_provisional(text: str, lexicon: Lexicon, known: list[CompanyMention]) -> list[CompanyMention]:
    found = []
    if not holds_han(text):  # every chain ends in a Chinese trade word or legal form
        return found
    inside = Inside(known)
    products: dict[str, bool] = {}
    for match in checked(_chains(text)):
        end = match.end() - _product_tail(match.group(0))
        legal = match.group(0).endswith(ZH_LEGAL)
        start = _zh_name_start(text, match.start())
        if start is None:
            continue
        trimmed = min(trim_zh_lead(text[start:match.start()]), _trim_straddling_lead(text, start, match.start()), key=len)
        opened = text.endswith(phrases("company.zh_clause_opener"), 0, match.start() - len(trimmed))  # 其中X集团: no verb
        led = len(trimmed) < match.start() - start and not opened or _lead_verb_before(text, start)
        start = match.start() - len(trimmed)
        announcing = _announces(text, start, end) or _item_code_head(text, start, match) if not led \
            else bool(_STAKE_AFTER.match(text, end))
        if not legal and match.group(0).endswith("股份") and (
                not announcing or text[start:match.start()] in phrases("company.zh_share_words")):
            continue  # "该等股份将…", "限售股份公告": shares, unless a short name (甲乙股份) announces or is bought
        if not legal and not led and not _role_after().match(text[end:end + 6]) and not _STAKE_AFTER.match(text, end) \
                and not _code_after(text, match) and not _cornered(text, start, end) \
                and not _site_after().match(text, end, end + 12) and not _item_head(text, start, end):
            continue
        surface = text[start:end]
        inner = inside.first(start, end)
        if inner and known_name_goes_on(text, inner, match.start()):
            start, surface = inner.start, text[inner.start:end]  # "恒瑞达医药": 恒瑞 known, 恒瑞达 is another name
            if not lexicon.canonical("company", surface) and zh_short_name_like(text[start:match.start()]):
                found.append(CompanyMention(start, end, surface, surface, True, guess_kind(surface)))
                continue
        if inner and known_name_ends_inside(text, start, inner, match.start()) and not lexicon.canonical("company", surface):
            found.append(CompanyMention(start, end, surface, surface, True, guess_kind(surface)))
            continue
        if inner:
            if inner.start > start and len(place_prefix(text[start:inner.start], 0)) < inner.start - start:
                start, surface = inner.start, text[inner.start:end]  # a verb before a known name is not part of it
            found.append(CompanyMention(start, end, inner.name, surface, False, inner.kind))
        elif not lexicon.canonical("company", surface) and _zh_core_ok(text, start, match.start(), end, announcing) \
                and (legal or not _names_a_product(lexicon, text[start:match.start()], products)):
            found.append(CompanyMention(start, end, surface, surface, True, guess_kind(surface)))
    return found


def known_name_goes_on(text: str, inner: CompanyMention, chain_start: int) -> bool:
    """A known short name (two or three characters) followed by one or two more characters of a name
    before the trade words: the start of another company's name, not the known company's."""
    gap = text[inner.end:chain_start]
    return not inner.provisional and len(inner.surface) <= 3 and 1 <= len(gap) <= 2 and all(map(_cjk, gap)) \
        and not place_prefix(gap) and gap not in _NAME_MIDDLES


def known_name_ends_inside(text: str, start: int, inner: CompanyMention, chain_start: int) -> bool:
    """A known short name whose last character opens the trade words (石药 in 华石药业), after one or two
    characters of a name: the end of another company's name, not the known company's."""
    lead = text[start:inner.start]
    lead = lead[len(place_prefix(lead, 0)):]
    overlap = text[chain_start:inner.end]  # 药 of 石药业: part of a trade word, not one (远大医药|集团)
    if inner.provisional or not inner.start < chain_start < inner.end or overlap in ZH_SUFFIX + _ZH_NAMED_BY_ROLE:
        return False
    return 1 <= len(lead) <= 2 and all(map(_cjk, lead)) and lead[0] not in _ZH_PREFIX_STOP \
        and zh_firm_core_like(lead + text[inner.start:chain_start])


_NAME_MIDDLES = ("国际", "中国", "集团", "控股", "股份", "实业", "研究", "研发", "创新", "海外", "全球", "美国")
_ITEM_LEAD = rx(r"[ \t]*(?:\d{1,2}[、.．)）]|[-•●▪◆■▍|·・‧*►▶]|[(（]\d{1,2}[)）]|[①-⑳])?[ \t]*")


def _item_code_head(text: str, start: int, chain: re.Match[str]) -> bool:
    """"2. 远景生物YJ-402…": a name opening a digest's line with its drug's code run on, as an announcer opens its clause."""
    return _code_after(text, chain) and bool(_ITEM_LEAD.fullmatch(text, text.rfind("\n", 0, start) + 1, start))


def _cornered(text: str, start: int, end: int) -> bool:
    """"「甲生物」近日完成A轮融资": a name set in corner brackets, as business news marks the company it is about."""
    return start > 0 and text[start - 1] in "「『" and text[end:end + 1] in ("」", "』")


def _item_head(text: str, start: int, end: int) -> bool:
    """"3、X医药：公司拟…": a firm's name heading a line of a news list, its news after a colon."""
    return text[end:end + 1] in ("：", ":") and bool(_ITEM_LEAD.fullmatch(text, text.rfind("\n", 0, start) + 1, start))


_CODE = rx(r"[A-Z]{1,6}-?\d{2,6}(?![\d.%])")


def _code_after(text: str, chain: re.Match[str]) -> bool:
    """Its drug's code right after a firm's name (甲医药XY-201获批); after 新药 the code is the new drug
    of a name before it (乙新药XY-201: 乙's new drug)."""
    end = chain.end()
    return "A" <= text[end:end + 1] <= "Z" and not chain.group(0).endswith("新药") and _CODE.match(text, end) is not None


def _trim_straddling_lead(text: str, start: int, chain_start: int) -> str:
    """The name without a lead word the window cut in two ("…合作伙伴X药业": 伴X is no name)."""
    wide = start
    while wide > 0 and start - wide < 3 and _cjk(text[wide - 1]):
        wide -= 1
    return trim_zh_lead(text[wide:chain_start])


def _lead_verb_before(text: str, start: int) -> bool:
    """A verb that leads into a name ("收购" in "收购中国上海X生技") stands right before it, or before the
    place that opens it, with or without its aspect word."""
    at = start - len(place_suffix(text, start))
    if at > 0 and text[at - 1] in _ASPECT:
        at -= 1  # 收购了X医药, 投资过X生物
    return at > 0 and text.endswith(_leads_by_last().get(text[at - 1], ()), 0, at)


_ASPECT = set("了过")


@lru_cache(maxsize=1)
def _leads_by_last() -> dict[str, tuple[str, ...]]:
    """The lead verbs by their last character: only those can end where a name starts."""
    by_last: dict[str, list[str]] = {}
    for verb in phrases("company.zh_lead"):
        by_last.setdefault(verb[-1], []).append(verb)
    return {last: tuple(verbs) for last, verbs in by_last.items()}


def _names_a_product(lexicon: Lexicon, core: str, known: dict[str, bool]) -> bool:
    """"血癌新药", "PD-1药物": a disease, target or drug before the suffix says what a drug is for,
    not whose it is. `known` keeps the answers of one article, whose names recur."""
    if core not in known:
        known[core] = any(h.end == len(core) for h in lexicon.find(core, {"indication", "target", "drug"}))
    return known[core]


def _announces(text: str, start: int, end: int) -> bool:
    """A name with its trade word that opens a clause and announces ("长江生物今日宣布", "华东股份公告")."""
    return (start == 0 or not _cjk(text[start - 1])) and bool(_announcing_verb().match(text, end, end + 12))


@lru_cache(maxsize=1)
def _announcing_verb() -> re.Pattern[str]:
    return rx(rf"(?:{cue_alternation('company.zh_time')}|[今昨]\s*[（(]\d{{1,2}}[)）]\s*日)*{cue_alternation('issuer.announces')}")


def _zh_core_ok(text: str, start: int, chain_start: int, chain_end: int, announcing: bool = False) -> bool:
    """The name before the suffix chain, without its place, is a name and not an everyday word
    ("海外资本", "中国创新药" are not companies). Between a place and a chain of two trade words or a
    legal form (成都X生物医药科技), a name may hold an everyday word as long as it is not one; so may a
    short core that opens a clause and announces (长江生物宣布) or whose shares are bought (收购天明生物70%股权),
    unless it names a sector; with a legal form after it (甲地X股份有限公司, X a place's or an everyday word), so may such a core."""
    core = text[start:chain_start]
    place = place_prefix(core, 2)
    core = core[len(place):]
    if announcing and 2 <= len(core) <= 3 and not place and core not in phrases("company.zh_sector_word") \
            and core[0] not in _ZH_PREFIX_STOP and zh_zipf(core) < _ANNOUNCER_CORE_ZIPF:
        return True
    if core.endswith("国际") and len(core) >= 4:  # 杭州X国际生物: 国际 is the name's common middle
        core = core[:-2]
    if text[chain_start:chain_start + 2] == "新药" and (len(core) != 2 or text[chain_start - 1] == "创"):
        return False
    if place and len(core) >= 2 and _long_chain(text[chain_start:chain_end]):
        return zh_zipf(core) < COMMON_ZH or (text.endswith(ZH_LEGAL, chain_start, chain_end) and zh_firm_core_like(core))
    if not core:
        return bool(place)
    return zh_name_like(core) or (_firm_chain(text[chain_start:chain_end]) and zh_firm_core_like(core))


_ANNOUNCER_CORE_ZIPF = 5.0  # 长江, 北方 are names; 我国, 行业, 全部 are not


def _firm_chain(chain: str) -> bool:
    return chain.endswith(ZH_LEGAL) or chain.startswith(_FIRM_WORDS)


_FIRM_WORDS = ("制药", "药业", "药品", "生物医药", "生物科技", "生物制药", "生物技术", "医药科技")


def _long_chain(chain: str) -> bool:
    return chain.endswith(ZH_LEGAL) or sum(chain.count(w) for w in ("生物", "医药", "科技", "制药", "药业", "技术")) >= 2


def _zh_name_start(text: str, chain_start: int) -> int | None:
    """Start of the name before a suffix chain: the Chinese characters back to punctuation or a
    function word, at most a place name and four characters."""
    start = chain_start
    while start > 0 and chain_start - start < 10 and "\u4e00" <= text[start - 1] <= "\u9fff":
        if text[start - 1] in _ZH_PREFIX_STOP and start >= 2 and (_cjk(text[start - 2]) or text[start - 2].isalnum()) \
                and not (place_suffix(text, start - 1) and text[start - 1] not in _NEVER_AFTER_PLACE) \
                and not (start == chain_start and text[start - 1] in _NAME_FINAL_STOP):
            break
        start -= 1
    while start < chain_start and text[start] in _ZH_PREFIX_STOP and chain_start - start > 2 and not _name_initial(text, start):
        start += 1
    core = text[start:chain_start]
    boundary = _after_owner_word(core)
    start += boundary
    core = core[boundary:]
    lead = next((w for w in _NEWS_WORDS if core.startswith(w) and len(core) - len(w) >= 2), "") \
        if core.startswith(_NEWS_WORDS) else ""
    start += len(lead)
    core = core[len(lead):]
    place = place_prefix(core, 2)
    if len(core) - len(place) > (5 if boundary else 4):
        placed = _placed_name(core)
        start = chain_start - (len(core) - placed if placed is not None else 4)
        place = place_prefix(core[placed:], 2) if placed is not None else ""
        core = text[start:chain_start]
        lead = next((w for w in _NEWS_WORDS if w in core[:-1]), "")
        if lead and len(core) - core.index(lead) - len(lead) >= 2:
            start += core.index(lead) + len(lead)
    if chain_start - start - len(place) < 2 or text[chain_start - 1] in _NOT_NAME_END:
        return None
    return start


def _after_owner_word(core: str) -> int:
    """Where the name starts after the last owner word before its last two characters ("子公司X", 0 if none)."""
    head = core[:-2]
    boundary = 0
    if not _OWNER_CHARS.intersection(head):
        return boundary
    for word in _OWNER_WORDS:
        if word in head:
            boundary = max(boundary, core.rfind(word) + len(word))
    return boundary


def _placed_name(core: str) -> int | None:
    """Where the last place name stands that opens the last two to four characters of a long run
    ("…增持成都康诺行", "收购中国上海X": 上海)."""
    return max((i for i in range(1, len(core) - 3)
                if (place := place_prefix(core[i:], 2)) and 2 <= len(core) - i - len(place) <= 4), default=None)


def _name_initial(text: str, start: int) -> bool:
    """A function-word character opening a name: 和 in "（简称“和瑞核医药”）" follows a quote or bracket."""
    return start == 0 or text[start - 1] in "“\"「『（(《 \n"


def _places() -> tuple[str, ...]:
    return chinese_places()
