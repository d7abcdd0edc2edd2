"""Short Chinese names the lexicon does not know, found in a company's slot in a sentence: a heading
over its deals, a holding word, a partner in an agreement, an example of a kind of company, a buyer's
seller, a company described as one, the owner of a drug."""
from __future__ import annotations

import re

from ..model.patterns import holds_any, holds_han, matches_from, rx
from .company_context import (HEADING_NUMBER, NOT_NAME_START, strip_descriptors, zh_firm_core_like, zh_name_like,
                              zh_short_name_like)
from .cues import phrases
from .places import place_prefix


_SERIES_HEADING = rx(HEADING_NUMBER +
                     r"(?P<n>[\u4e00-\u9fff]{2,8}?|[A-Z][A-Za-z0-9&-]*(?: [A-Z][A-Za-z0-9&-]*){0,2})[ \t]*"
                     r"(?:的)?(?:系列交易|系列合作|系列BD|BD交易|NewCo交易)[ \t]*[:：]?[ \t]*$", re.M)


def series_heading_names(text: str) -> list[tuple[int, int, str]]:
    """"2. 甲生物系列交易": a heading over a company's deals names the company."""
    found = []
    if not holds_any(text, ("系列交易", "系列合作", "系列BD", "BD交易", "NewCo交易")):
        return found
    for line in _SERIES_HEADING.finditer(text):
        name = line.group("n")
        if name.isascii() or zh_name_like(name[len(place_prefix(name, 2)):] or name):
            found.append((line.start("n"), line.end("n"), name))
    return found


_PARTNER_BODY = r"[ \t]*(?:同时|此外|另外|其中)?[,，]?[ \t]*(?P<name>[\u4e00-\u9fff]{2,5}?)(?:与|和|同)"
_ZH_PARTNER = rx(r"(?:^|(?<=[，,。；;：:\n])|(?<=[\u4e00-\u9fff] ))" + _PARTNER_BODY, re.M)
# The same, its opening character taken into the match: the engine then starts only at those characters,
# where _ZH_PARTNER, opening with lookbehinds, is entered at every position of the text.
_ZH_PARTNER_OPENED = rx(r"(?:[，,。；;：:\n]|(?<=[\u4e00-\u9fff]) )" + _PARTNER_BODY)
_COOPERATES = rx(r"[^。；;\n]{0,40}?(?:合作|签署|签订|达成|订立|协议|授权)")


def chinese_names_beside_partners(text: str, is_known: callable) -> list[tuple[int, int, str]]:
    """A short Chinese name paired with a known company in an agreement, opening the clause or right
    after it ("X与甲药业将就该产品开展合作", "甲药业与X将…合作"): the slot makes it the other party."""
    found = []
    if not holds_any(text, "与和同"):  # the word that pairs the names, in both patterns
        return found
    not_names = set(phrases("company.zh_not_name"))
    for match in _partner_matches(text):
        start, end = _paired_name(text, match.start("name"), is_known)
        name = text[start:end]
        if not name or is_known(start, end) or name in not_names:
            continue
        if _COOPERATES.match(text, match.end()) and name[0] not in NOT_NAME_START and zh_short_name_like(name):
            found.append((start, end, name))
    for match in _ZH_PARTNER_AFTER.finditer(text):
        end = match.end("name")
        name = strip_descriptors(match.group("name"))  # "与美商X签署": the firm's origin is no part of its name
        start = end - len(name)
        if len(name) > 5:
            continue
        if is_known(match.start() - 2, match.start()) and not is_known(start, end) and name not in not_names \
                and _COOPERATES.match(text, end) and name[0] not in NOT_NAME_START and zh_short_name_like(name):
            found.append((start, end, name))
    return found


def _partner_matches(text: str) -> list[re.Match[str]]:
    return _opened_matches(_ZH_PARTNER, _ZH_PARTNER_OPENED, text)


def _opened_matches(plain: re.Pattern[str], opened: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """What plain.finditer finds, where plain opens at the text's start or after one of some characters
    and `opened` is it with that character taken in: the match at the start, then those of `opened` (no
    match of plain ends with an opening character, so none is taken from the match before)."""
    first = plain.match(text)
    return ([first] if first else []) + list(opened.finditer(text, first.end() if first else 0))


def _paired_name(text: str, start: int, is_known: callable) -> tuple[int, int]:
    """The name from `start` up to the pairing word before a known company; the pairing word may be a
    character of the name itself ("中辉同源与甲药业…": 同 inside the name, 与 the pairing word)."""
    for end in range(start + 2, min(start + 6, len(text) - 1)):
        if not "\u4e00" <= text[end - 1] <= "\u9fff":
            break
        if text[end] in "与和同" and is_known(end + 1, end + 3):
            return start, end
    return start, start


_ZH_PARTNER_AFTER = rx(r"(?:与|和|同)(?P<name>[\u4e00-\u9fff]{2,8}?)(?=将|已|正式|就|签署|签订|达成|订立|共同)")


_HELD = rx(r"(?:子公司|孙公司|旗下)(?P<name>[\u4e00-\u9fff]{2,6}?)(?=申报|宣布|公告|公布|获得|收到|递交|提交|研发的|开发的|自主研发|自主开发)")


_HOLDER = rx(r"(?:^|(?<=[，,。；;：:\n、“「（(])|(?<=比如|例如|包括)|(?<=[由与和及]))"
             r"(?P<name>[\u4e00-\u9fff]{2,5}?)的?(?:全资|控股)(?:子公司|孙公司)", re.M)


def subsidiary_names(text: str) -> list[tuple[int, int, str]]:
    """A name right after 子公司 or 旗下 that files, announces or receives ("其子公司X申报的"), or one
    whose wholly owned or controlled unit the text names ("X的控股子公司"): the holding word and the
    verb or boundary bound a company's short name."""
    found = []
    if not holds_any(text, ("子公司", "孙公司", "旗下")):  # what each pattern holds
        return found
    for match in [*_HELD.finditer(text), *_HOLDER.finditer(text)]:
        name = match.group("name")
        core = _TRADE_END.sub("", name)
        own = core[len(place_prefix(core, 2)):]  # "子公司南京传奇生物": a unit's name holds an everyday word as others do
        if name[0] not in NOT_NAME_START and len(core) >= 2 and (zh_short_name_like(core) or core != name and zh_firm_core_like(own)):
            found.append((match.start("name"), match.end("name"), name))
    return found


_TRADE_END = rx(r"(?:生物|医药|药业|制药|生技|科技)$")


def _opens(words: str = "如与和及") -> str:
    """Where a name in a slot may begin: a clause break, a listing word, or one of `words`."""
    return rf"(?:^|(?<=[，,。；;：:\n、“「（(])|(?<=比如|例如|包括|以及)|(?<=[{words}]))"


_OPENS = _opens()
_EXAMPLES = rx(r"(?:药企|企业|公司|药厂|厂商|[Bb]iotech|[Pp]harma)\s*[（(](?:如|比如|例如)(?P<names>[^）)\n]{2,40})[）)]")
_DESCRIBED = rx(_OPENS + r"(?P<name>[\u4e00-\u9fff]{2,5}?)(?:是|为)一家[^。，,；;\n]{0,12}?(?:公司|企业|药企|药厂)", re.M)
_SELLER = rx(r"从(?P<name>[\u4e00-\u9fff]{2,5}?)(?:及其他股东|及其股东)?(?:手中|手里|处)?(?=收购|购买|买下|引进|获得|取得)")
_JOINT = rx(r"与(?P<name>[\u4e00-\u9fff]{2,5}?)(?=联合(?:授权|许可|开发|申报|推出|研发))")
_APPLICANT = rx(r"(?:^|(?<=[，,。；;：:\n])|批准|受理|承办|同意)(?P<name>[\u4e00-\u9fff]{2,6}?)(?=申报的|提交的|递交的)", re.M)
_STAFF = rx(_opens("如与和及被据由") + r"(?P<name>[\u4e00-\u9fff]{2,5}?)(?=的?(?:分析师|研究员|发言人|研究团队|研报))", re.M)
_OWNS = rx(_OPENS + r"(?P<name>[\u4e00-\u9fff]{2,5}?)的(?:[A-Za-z\u4e00-\u9fff]{0,8}?(?:项目|产品|药物))?", re.M)
_ADVISERS = rx(r"(?:保荐人|保荐机构|承销商|账簿管理人|财务顾问|核数师|审计机构)(?:为|是|[:：])(?P<names>[^。；;\n]{2,40}?)(?=[。；;\n,，]|$)")
_FINANCE_TAIL = rx(r"(?:国际|证券|资本|金融|融资)$")
_CODE = rx(r"[A-Z]{1,5}-?\d{2,}")
_BEFORE_CODE = rx(_OPENS + r"(?P<name>[\u4e00-\u9fff]{2,4})(?=[A-Z]{1,5}-?[A-Z]?\d{3,})", re.M)
_LEAD = rx(r"比如|例如|包括|以及|如|据|被|由")
_ADVISER_WORDS = ("保荐人", "保荐机构", "承销商", "账簿管理人", "财务顾问", "核数师", "审计机构")
_SLOTS = ((_DESCRIBED, ("一家",)), (_SELLER, ("从",)), (_JOINT, ("联合",)), (_BEFORE_CODE, None),  # tried only where it can start
          (_APPLICANT, ("申报的", "提交的", "递交的")),
          (_STAFF, ("分析师", "研究员", "发言人", "研究团队", "研报")))  # each pattern, and the words it cannot match without
# A code's first capital after a Chinese character (the code as _BEFORE_CODE's lookahead has it): tried at the
# capitals, not at every Chinese character
_CODE_AFTER_HAN = rx(r"(?<=[\u4e00-\u9fff])[A-Z](?=[A-Z]{0,4}-?[A-Z]?\d{3,})")


_OPEN_CHARS = frozenset("，,。；;：:\n、“「（(如与和及括")  # what _OPENS's lookbehinds end with (包括: 括)


def _before_code_starts(text: str) -> list[int]:
    """Every place a match of _BEFORE_CODE can start: its name of two to four Chinese characters ends
    where a code follows a Chinese character, after what opens a slot."""
    return [start for m in _CODE_AFTER_HAN.finditer(text) for start in range(max(0, m.start() - 4), m.start() - 1)
            if start == 0 or text[start - 1] in _OPEN_CHARS]


def _owner_starts(text: str) -> list[int]:
    """Every place a match of _OWNS can start: two to five characters before a 的, after what opens a
    slot (the pattern, tried at every Chinese character, cost more than all the other slots)."""
    starts: list[int] = []
    at = text.find("的")
    while at >= 0:
        starts.extend(start for start in range(max(0, at - 5), at - 1) if start == 0 or text[start - 1] in _OPEN_CHARS)
        at = text.find("的", at + 1)
    return starts


_NOT_NAME_END = set("将把拟已在于对向从并又再还也均的")
_FORM_NAME = rx(r"(?:公司名称|发行公司|公司简称)(?:\s*[:：]\s*|[ \t\u3000]+)(?P<name>[\u4e00-\u9fff]{2,24}?)\s*(?=\d{1,2}\s*[.、．]|\s|[,，;；(（]|$)")


_CLASS_BODY = (r"(?P<name>[\u4e00-\u9fff]{2,4}?(?:生物|医药|药业|制药|生技))"
               r"(?=[A-Z][A-Za-z0-9.]*(?:-\d{1,3}[A-Za-z]?)?(?:/[A-Za-z][A-Za-z0-9-]*)*\s*(?:双抗|单抗|抗体|ADC|抑制剂|CAR-T|融合蛋白|激动剂|偶联))")
_BEFORE_CLASS = rx(r"(?:^|(?<=[|：:\n，,。；;]))" + _CLASS_BODY, re.M)
_BEFORE_CLASS_OPENED = rx(r"[|：:\n，,。；;]" + _CLASS_BODY)  # its opening character taken in, as _ZH_PARTNER_OPENED's


def names_before_a_drug_class(text: str) -> list[tuple[int, int, str]]:
    """A headline's company run into its drug's target and class ("｜安泓医药PD-1/VEGF双抗AH-77…",
    "X生物CLDN18.2 ADC获批临床"): a name with its trade word, then the target."""
    found = []
    if not holds_han(text) or not holds_any(text, ("双抗", "单抗", "抗体", "ADC", "抑制剂", "CAR-T", "融合蛋白", "激动剂", "偶联")):
        return found  # the name is Chinese, whatever the class word
    for match in _opened_matches(_BEFORE_CLASS, _BEFORE_CLASS_OPENED, text):
        name = match.group("name")
        core = _TRADE_END.sub("", name)
        if name[0] not in NOT_NAME_START and len(core) >= 2 and zh_short_name_like(core):
            found.append((match.start("name"), match.end("name"), name))
    return found


def chinese_names_in_slots(text: str, drug_at: callable) -> list[tuple[int, int, str]]:
    """Names given as examples of a kind of company (药企(如X)), named as an offering's sponsors or
    auditors (联席保荐人为X及Y), described as one (X是一家…公司), sold from (从X收购), joined in a
    licence (与X联合授权), filing a drug (批准X申报的…), employing analysts (被X分析师称为), or owning a named drug (X的泽布替尼,
    X的ADC项目QX-1, "；X QX-101聚焦…": a clause that opens with a name run into a drug code), or filled
    into a filing form's company field (2.公司名称:X3.与公司关系)."""
    if not holds_han(text):
        return []  # every slot holds Chinese words, and the name is Chinese
    spans = [(*m.span("name"), False) for pattern, words in _SLOTS if words is None or holds_any(text, words)
             for m in (matches_from(pattern, text, _before_code_starts(text)) if pattern is _BEFORE_CODE
                       else pattern.finditer(text))]
    listings = [*_EXAMPLES.finditer(text)] if "如" in text else []
    listings += _ADVISERS.finditer(text) if holds_any(text, _ADVISER_WORDS) else []
    for match in listings:
        at, listed = match.start("names"), match.re is _ADVISERS  # an adviser's slot admits a known word (华泰)
        for part in re.split(r"([、,，和及]|以及)", match.group("names")):
            spans.append((at, at + len(part), listed))
            at += len(part)
    for match in matches_from(_OWNS, text, _owner_starts(text)):
        if drug_at(match.end()) or _CODE.match(text, match.end()):
            spans.append((*match.span("name"), False))
    in_form = holds_any(text, ("公司名称", "发行公司", "公司简称"))
    found = [(*m.span("name"), m.group("name")) for m in (_FORM_NAME.finditer(text) if in_form else ())]  # a form's field
    words = set(phrases("company.zh_not_name")) | set(phrases("company.zh_lead"))  # "，授出LF-808": a verb
    drug_words = tuple(phrases("company.zh_drug_word_end"))
    for start, end, strong in spans:
        lead = _LEAD.match(text, start, end)
        start += len(lead.group(0)) if lead and end - lead.end() >= 2 else 0
        name = text[start:end].strip()
        if len(name) > 2 and name[-1] in _NOT_NAME_END:  # "恒桦将HH-301许可给…": the verb's particle is not the name's
            end, name = end - 1, name[:-1]
        core = _FINANCE_TAIL.sub("", name) if len(name) >= 4 else name  # "甲乙国际": a bank's name
        if 2 <= len(name) <= 6 and name[0] not in NOT_NAME_START and place_prefix(name, 0) != name and name not in words \
                and not name.endswith(drug_words) \
                and (zh_short_name_like(core) or (strong and zh_name_like(core))):
            found.append((start, end, name))
    return found
