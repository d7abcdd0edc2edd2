"""Who is who in a deal sentence: licensor versus licensee, acquirer versus target.

Company mentions in a sentence are masked as 〈0〉, 〈1〉, ... and relation patterns are matched on the
masked sentence, so one pattern covers every company name."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

import ahocorasick_rs

from ..model.frozen import frozen
from .companies import CompanyMention
from ..model.automata import overlapping_matches
from ..model.pattern_words import lowered, required_words
from ..model.patterns import rx

_C = r"〈(\d+)〉"
_DESC = r"[^〈〉。；;、]{0,12}?"
_GAP = r"(?:[^〈〉。；;.]|(?<=\d)\.(?=\d)){0,80}?"  # a decimal point is no sentence end
_EN_GAP = r"[^〈〉。；;]{0,120}?"
_BASED = (r"(?:[A-Z][\w.]*(?:,? [A-Z][\w.]*){0,2}-based\s+)?"  # "from Lyon-based X"
          r"(?:[\w-]+\s+(?:maker|developer|firm|company|biotech|drugmaker|producer|supplier)\s+)?")  # "radiopharmaceutical maker X"

# (pattern, role of group 1, role of group 2); roles: licensor, licensee, party
_RELATIONS: list[tuple[re.Pattern[str], str, str]] = [
    (rx(rf"(?:转让|出售)(?:其|所|其所)?(?:持有|拥有)?的?{_C}[^〈〉。；;，,]{{0,12}}?(?:股权|股份|权益)[^〈〉。；;，,]{{0,6}}?(?:予|给|于|至)\s*{_C}"),
     "licensor", "licensee"),  # "X转让所持有的Y 35%股权予Z": the stake is Y's, Z buys it
    (rx(rf"向{_DESC}{_C}{_DESC}(?:转让|出售)(?:其|所|其所)?(?:持有|拥有)?的?{_C}[^〈〉。；;，,]{{0,12}}?(?:股权|股份)"),
     "licensee", "licensor"),  # "X向Z转让其持有的Y 35%股权"
    (rx(rf"{_C}[^〈〉。；;]{{0,30}}?(?:收购|受让|购买){_DESC}〈\d+〉(?:所|其)?(?:持有|拥有)的{_C}[^〈〉。；;，,]{{0,12}}?(?:股权|股份)"),
     "licensee", "licensor"),  # "Z收购X持有的Y 35%股权": Y is the investee, not the seller X
    (rx(rf"(?<![从自向])\s*{_C}[^〈〉。；;]{{0,30}}?(?:取得|购入|购得|购买|受让)[^〈〉。；;，,]{{0,6}}?{_C}[^〈〉。；;，,]{{0,12}}?(?:股权|股份|普通股|特别股)"),
     "licensee", "licensor"),  # "X以5亿元取得Y 60%股权", "X拟以发行股份方式购买Y 100%股权": the shares are Y's, X buys them
    (rx(rf"(?<![从自向])\s*{_C}[^〈〉。；;]{{0,30}}?(?:受让|购买|收购|买断){_DESC}{_C}(?:所|其)?(?:持有|拥有)的"
        rf"(?![^〈〉。；;，,]{{0,12}}?(?:股权|股份))"), "licensee", "licensor"),  # "X拟受让Y持有的Z项目全部技术": Y sells
    (rx(rf"(?<![从自向])\s*{_C}{_GAP}(?:对|向){_DESC}{_C}{_DESC}(?:进行|实施)?(?:增资|注资|战略投资|股权投资|投资)(?!人|方|者)"),
     "licensee", "licensor"),  # "X拟以5000万元对Y进行增资": Y is the investee
    (rx(rf"{_C}[^〈〉。；;]{{0,30}}?(?:获得|获取|取得|引进|引入)[^〈〉。；;]{{0,12}}?{_C}[^〈〉。；;]{{0,50}}?(?:权益|权利|许可|授权|产品|选择权)"), "licensee", "licensor"),
    (rx(rf"{_C}[^〈〉。;]{{0,20}}?\b(?:has paid|paid|pays|is paying|are paying|will pay|agreed to pay)\s+{_C}", re.I), "licensee", "licensor"),
    (rx(rf"{_C}[^〈〉。;]{{0,20}}?\b(?:is handing|hands|handed|will hand|is giving|gives|gave|will give)\s+{_C}\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?:US|A|HK|S|C)?[$€£¥]\s?\d", re.I), "licensee", "licensor"),  # "X is handing Y $35 million"
    (rx(rf"\b(?:gives|gave|give|will give|grants|granted|grant|will grant)\s+{_C}\s+(?:[\w-]+\s+){{0,4}}?rights\b"
        rf"[^〈〉。;]{{0,40}}?{_C}", re.I), "licensee", "licensor"),  # "the deal gives X global rights to Y's drug"
    (rx(rf"{_C}[^〈〉.;]{{0,40}}?\b(?:gives|gave|give|grants|granted|grant)\s+{_C}\s+(?:[\w-]+\s+){{0,4}}?(?:rights|licen[cs]es?)\b", re.I),
     "licensor", "licensee"),  # "X granted Y exclusive rights"
    (rx(rf"{_C}[^〈〉.;]{{0,40}}?\b(?:gives|gave|grants|granted|grant)\s+{_C}\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?option\b", re.I),
     "licensor", "licensee"),  # "X granted Y an exclusive option"
    (rx(rf"{_C}[^〈〉.;]{{0,30}}?\b(?:secur|gain|obtain|receiv|acquir|tak|win|won|hold|has|have|buy|bought|inks?|sign|enter|nab|snag|land|bag|grab|clinch|scor)\w*\s+"
        rf"(?:(?:an?|the|its|exclusive|an exclusive|new|global)\s+)*option\s+(?:over|on|for|to\s+(?:in-)?licen[cs]e|to\s+acquire)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{_C}", re.I), "licensee", "licensor"),  # "X gains option over Y's drug"
    (rx(rf"{_C}[^〈〉.;]{{0,60}}?\bexercis(?:e|es|ed|ing)\s+(?:(?:its|an|the|their|exclusive)\s+)*option\b[^〈〉.;]{{0,80}}?"
        rf"\b(?:with|from|by|of)\s+{_C}", re.I), "licensee", "licensor"),  # "X exercised its option under the agreement with Y"
    (rx(rf"{_C}[^〈〉.;]{{0,60}}?\b(?:that\s+)?{_C}[^〈〉.;]{{0,20}}?\bexercis(?:e|es|ed|ing)\s+(?:(?:its|an|the|their|exclusive)\s+)*option\b", re.I),
     "licensor", "licensee"),  # "Y announced that X has exercised its option"
    (rx(rf"{_C}(?:'s|’s)[^〈〉.;]{{0,100}}?\b(?:was|were|has been|have been|will be|is being)\s+(?:exclusively\s+)?"
        rf"(?:licensed|out-licensed|sold|granted|sublicensed)\s+to\s+{_C}", re.I), "licensor", "licensee"),
    (rx(rf"\b(?:licensed|sold|granted|sublicensed|out-licensed)\s+to\s+{_C}[^〈〉]{{0,60}}?\bby\s+{_C}", re.I), "licensee", "licensor"),
    (rx(rf"{_C}{_GAP}向{_DESC}{_C}[^〈〉。；;，,]{{0,16}}?(?:配发|发行|配售)[^〈〉。；;]{{0,24}}?(?:新股|新H股|新A股|新股份|认购股份)"),
     "licensor", "licensee"),  # "本公司根据特别授权向X发行新股": X subscribes to the issuer's shares
    (rx(rf"{_C}{_EN_GAP}\b(?:issue|issues|issued|allot|allots|allotted)\b[^〈〉.;]{{0,80}}?\b(?:new|subscription)\s+(?:[\w-]+\s+)?shares\b[^〈〉.;]{{0,60}}?\bto\s+(?:the\s+)?{_C}", re.I),
     "licensor", "licensee"),
    (rx(rf"{_C}{_GAP}(?:认购人|认购方)\s*(?:为|是|即)\s*{_C}"), "licensor", "licensee"),  # "…，认购人为X": the subscriber
    (rx(rf"{_C}{_GAP}(?:认购|入股|参股|增持)(?!协议|合同|人|方|价|事项)[^〈〉。；;，,]{{0,8}}?{_C}"), "licensee", "licensor"),  # not "认购协议，据此X"
    (rx(rf"{_C}(?:(?!\b(?:receiv|retain|keep|kept)\w*)[^〈〉]){{0,80}}?\b(?:(?:equity investment|investment|stake)(?:\s+of\s+[^〈〉;]{{0,40}}?)?|invest(?:s|ed|ing)?(?:\s+[^〈〉;]{{0,40}}?)?)\s+in\s+{_C}", re.I),
     "licensee", "licensor"),  # not "X receives $N upfront and a stake in Y": a stake paid to a licensor
    (rx(rf"{_C}{_GAP}(?:与|和|同){_DESC}〈\d+〉{_GAP}[，,]\s*(?:并|同时)?(?:将|把)其[^〈〉。；;]{{0,80}}?"
        rf"(?:许可给|授权给|授权予|授予|转让给|许可予|授出){_DESC}{_C}"), "licensor", "licensee"),  # "X与Y达成协议，将其…授予Z": 其 is X
    (rx(rf"{_C}{_GAP}(?:许可给|授权给|授权予|授予|转让给|许可予|授予了?|授出){_DESC}{_C}"), "licensor", "licensee"),
    (rx(rf"{_C}[^〈〉。;]{{0,40}}?(?<!获)(?<!获得)(?<!得到)(?:授权|许可)(?!协议|合作|交易|费){_C}"), "licensor", "licensee"),
    (rx(rf"{_C}\s*(?:与|同)\s*{_C}\s*(?:和|及|、)\s*〈\d+〉[^〈〉。;]{{0,12}}?的[^〈〉。;]{{0,16}}?(?:交易|合作|协议|授权)"), "party", "party"),
    (rx(rf"{_C}[^〈〉。;]{{0,24}}?(?:与|和|同)\s*{_C}[^〈〉。;]{{0,30}}?的[^〈〉。;]{{0,16}}?(?:交易|合作|协议|授权)"), "party", "party"),
    (rx(rf"{_C}{_GAP}向{_DESC}{_C}{_DESC}(?:授出|授予|授权|许可|转让|转授)(?!协议|合同|合约)(?![^〈〉。;]{{0,8}}〈)"),
     "licensor", "licensee"),  # "本公司向X授出…的独家许可": a grant to X (HKEX wording)
    (rx(rf"{_C}{_GAP}(?:从|自|向){_DESC}{_C}{_GAP}(?:引进|引入|获得|取得|购买|收购|受让|采购|订购)(?![^〈〉。;]{{0,8}}〈)"), "licensee", "licensor"),
    (rx(rf"(?<![从自向])\s*{_C}[^〈〉。；;]{{0,12}}?(?:拟|将|已|宣布|完成|以)?[^〈〉。；;]{{0,6}}?(?:收购|并购|控股(?!子公司|股东|集团|的)|淘金|买下|拿下|扫货|相中|押注){_DESC}{_C}"), "licensee", "licensor"),
    (rx(rf"{_C}[^〈〉。；;]{{0,24}}?(?:与|和|同){_DESC}〈\d+〉[^〈〉。；;]{{0,60}}?(?<![被获])(?:收购|并购|买下){_DESC}{_C}"), "licensee", "licensor"),  # "X与Y订立协议，以…收购Y…股权"
    (rx(rf"{_C}[^〈〉。;]{{0,30}}?(?:牵手|联手|携手|联姻|结盟){_DESC}{_C}"), "party", "party"),
    (rx(rf"{_C}[^〈〉。]{{0,10}}?(?:被|获){_DESC}{_C}[^〈〉。]{{0,8}}?(?:收购|并购)"), "licensor", "licensee"),
    (rx(rf"\b(?:sale|divestiture|divestment|spin-off)\s+of\s+(?:its\s+)?{_C}(?:'s|’s)?[^〈〉.;]{{0,40}}?\s+to\s+{_C}", re.I), "licensor", "licensee"),
    (rx(rf"(?:将|把)?{_C}{_DESC}(?:出售给|卖给|转让给|出售予)\s*{_C}"), "licensor", "licensee"),
    (rx(rf"{_C}{_EN_GAP}\b(?:licens\w*|grant\w*|out-licens\w*|sublicens\w*|transfer\w*|sold|sell\w*|trade|trades|traded|offload\w*|divest\w*)\b{_EN_GAP}\bto\s+(?:its\s+\w+\s+)?{_BASED}{_C}(?!['’]s\b)", re.I), "licensor", "licensee"),
    (rx(rf"{_C}{_EN_GAP}\b(?:in-licens\w*|licens\w*|acquir\w*|obtain\w*|receiv\w* (?:exclusive )?rights)\b{_EN_GAP}\b(?:from|(?:developed|discovered|invented|in development|created) (?:at|by))\s+{_BASED}{_C}", re.I), "licensee", "licensor"),
    (rx(rf"{_C}[^〈〉。;]{{0,80}}?\b(?:acquir(?:e|es|ed|ing)|buy|buys|buying|bought|snap(?:s|ped|ping)?\s+up|scoop(?:s|ed|ing)?\s+up|takeover of|buyout of|acquisition of|(?:tender |takeover )?(?:offer|bid) for)(?!\s+by\b)\s+(?:[\w-]+\s+|(?:[A-Z]\.){{2,3}}\s+){{0,3}}?(?:rights\s+(?:to|of|for|in)\s+)?"
        rf"(?:(?:[\w%.,-]+\s+){{0,4}}?(?:shares|stock|stake|interest|equity)\s+(?:of|in)\s+(?:the\s+)?)?{_BASED}{_C}", re.I), "licensee", "licensor"),
    (rx(rf"{_C}[^〈〉。;]{{0,40}}?\b(?:buy|buys|purchase|purchases|subscribe for|take)\s+(?:an?\s+)?(?:\$|US\$|€)?[\d.,]+\s*(?:million|billion|bn|m)?\s+(?:of|in)\s+{_C}(?:'s|’s)?\s+(?:(?:common|ordinary|preferred|new|newly issued)\s+)?(?:shares|stock|stake|equity)", re.I), "licensee", "licensor"),
    (rx(rf"{_C}\s*(?:'s\s+|’s\s+)?(?:\w+\s+){{0,3}}?(?:was|is|has been|will be|were|(?:has\s+|have\s+)?agreed\s+to\s+be|is\s+to\s+be|would\s+be|being)\s+(?:acquired|licensed|bought)\s+by\s+{_C}", re.I), "licensor", "licensee"),
    (rx(rf"{_C}{_EN_GAP}\b(?:agreement|deal|contract|partnership)\s+with\s+{_C}\s*,\s*which\s+(?:will|is to|agreed to|shall)\s+"
        rf"(?:supply|provide|deliver|produce|manufacture)\b", re.I), "licensee", "licensor"),  # "an agreement with Y, which will supply"
    (rx(rf"{_C}(?:,\s*which)?\s+(?:will|is to|agreed to|shall)\s+(?:supply|provide|deliver)\s+[^〈〉;]{{0,80}}?\b(?:to|for)\s+{_C}", re.I),
     "licensor", "licensee"),  # "under which X will supply n.c.a. Lu-177 for Y's programme": the supplier sells
    (rx(rf"{_C}[^〈〉。；]{{0,24}}?(?:与|和|同){_DESC}{_C}[^〈〉。；]{{0,16}}?(?:协议|合同|合约)[》」”]?[，,]\s*(?:并|以|从而|据此)?\s*"
        rf"(?:引进|引入|受让|买断|(?:获得|取得)(?=[^〈〉。；，,]{{0,40}}?(?:权益|权利|许可(?!费))))(?![^〈〉。；]{{0,30}}〈)"), "licensee", "licensor"),  # "X与Y订立许可协议，引进…的权益" / "…合同，受让…成果": X takes the rights
    (rx(rf"{_C}[^〈〉。；]{{0,24}}?(?:与|和|同|(?<!以)及){_DESC}{_C}[^〈〉。]{{0,12}}?(?:签署|签订|达成|订立|宣布|就|共同|合作|成立)"), "party", "party"),
    (rx(rf"{_C}\.?\s*(?:,\s*)?(?:and|&)\s+{_C}[^〈〉]{{0,60}}?\b(?:announced|entered|signed|agreed|formed|today|have|will|jointly|launched)\b", re.I), "party", "party"),
    (rx(rf"{_C}{_EN_GAP}\b(?:collaboration|partnership|agreement|alliance|deal|joint venture|NewCo|option)\b[^〈〉]{{0,40}}?\bwith\s+(?:\w+\s+){{0,2}}?{_C}", re.I), "party", "party"),
    (rx(rf"{_C}[^〈〉]{{0,60}}?\b(?:partner(?:ed|s|ing)?|team(?:ed|s) up|join(?:ed|s) forces)\s+with\s+{_C}", re.I), "party", "party"),
    (rx(rf"{_C}[^〈〉.;]{{0,30}}?\b(?:tapped|taps|enlisted|enlists|turned to|turns to)\s+{_C}", re.I), "licensee", "licensor"),
    (rx(rf"(?<![从自向被])\s*{_C}[^〈〉。；;]{{0,60}}?(?<!被)(?:收购|并购|买下){_DESC}{_C}"), "licensee", "licensor"),
]
_RELATION_WORDS = [required_words(pattern) for pattern, _, _ in _RELATIONS]


def _relations_possible(masked: str) -> list[tuple[re.Pattern[str], str, str]]:
    """The relations, in order, that can match the masked sentence: it holds one of their words (all
    the relations' words found in one automaton pass). Each word stands for the set of relations it
    serves, so the relations a sentence allows are those of the words it holds, kept per such set."""
    matcher, serves = _word_matcher()
    held = 0
    for index, _, _ in overlapping_matches(matcher, lowered(masked)):
        held |= serves[index]
    kept = _BY_SERVED.get(held)
    if kept is None:
        kept = _BY_SERVED[held] = [relation for k, (relation, words) in enumerate(zip(_RELATIONS, _RELATION_WORDS))
                                   if words is None or held >> k & 1]
    return kept


_BY_SERVED: dict[int, list[tuple[re.Pattern[str], str, str]]] = {}


@lru_cache(maxsize=1)
def _word_matcher() -> tuple[ahocorasick_rs.AhoCorasick, list[int]]:
    """The relations' words and, for each, the relations holding it as bits (relation k is bit k)."""
    words = sorted({w for words in _RELATION_WORDS if words for w in words})
    serves = [sum(1 << k for k, held in enumerate(_RELATION_WORDS) if held and word in held) for word in words]
    return ahocorasick_rs.AhoCorasick(words), serves


_RECEIVER = rx(r"(?:将|可|有权)?(?:获得|收取|收到|可获|将获)[^〈〉，,。；]{0,16}?(?:首付款|预付款|里程碑|付款)|获支付|"
               r"\b(?:will receive|receives|receiving|is eligible to receive|will be eligible)\b", re.I)
# 首付款, 预付款, 里程碑付款 are payments named, not a verb that makes the subject the payer
_PAYER = rx(r"(?:将|需)?(?:向[^，。]{0,16})?(?<![获首预碑])(?:支付|付款|支付予)|\b(?:will pay|pays|paid|is paying|are paying|agreed to pay|to pay)\b", re.I)
_GETS_RIGHTS = rx(r"(?:将|可)?(?:获得|取得)[^，,。；]{0,40}?(?:权益|权利|许可|授权(?!费|金))|\b(?:will obtain|obtains|gains|will gain|receives exclusive rights)\b", re.I)


@frozen
class Parties:
    licensor: CompanyMention | None
    licensee: CompanyMention | None
    directed: bool


def mask(sentence: str, offset: int, mentions: list[CompanyMention]) -> str:
    out, pos = [], 0
    for i, m in enumerate(mentions):
        out.append(sentence[pos:m.start - offset])
        out.append(f"〈{i}〉")
        pos = m.end - offset
    out.append(sentence[pos:])
    return "".join(out)


_IN_A_LIST = rx(r"(?:〈\d+〉\s*(?:,|、)\s*|\b(?:like|such as|including|includes|include)\s+)$", re.I)
_AND_PAIR = rx(r"〈\d+〉\.?\s*(?:,\s*[\w .-]{1,40}?)*(?:,\s*)?(?:and|&)\s+〈", re.I)


def find_all_parties(sentence: str, offset: int, mentions: list[CompanyMention]) -> list[tuple[Parties, int]]:
    """Every deal relation of a sentence that states several ("强生收购A, B收购C"), each with the
    position where its clause starts, in text order; overlapping relations keep the first pattern's."""
    mentions = _without_defined_terms(sentence, offset, mentions)
    masked = mask(sentence, offset, mentions)
    found: list[tuple[int, int, Parties]] = []
    used: set[int] = set()
    for pattern, role_a, role_b in _relations_possible(masked):
        for match in pattern.finditer(masked):
            i, j = int(match.group(1)), int(match.group(2))
            a, b = mentions[i], mentions[j]
            if a.name == b.name or i in used or j in used:
                continue
            if role_a == "party" and _AND_PAIR.match(masked, match.start()) and _IN_A_LIST.search(masked[:match.start()]):
                continue  # "large firms like A, B and C have made acquisitions": examples, not partners
            if role_a == "party" and _each_with(masked, match):
                continue  # "与A订立选择权协议、与B订立合作协议": each the filer's partner, not each other's
            if role_a == "party":
                parties = _undirected(a, b, masked, match, mentions)
            else:
                parties = Parties(a, b, True) if role_a == "licensor" else Parties(b, a, True)
            used.update((i, j))
            found.append((min(a.start, b.start), max(i, j), parties))
    by_pair: dict[frozenset, tuple[int, int, Parties]] = {}
    for item in sorted(found, key=lambda f: f[0]):
        parties = item[2]
        key = frozenset((parties.licensor.name, parties.licensee.name))
        kept = by_pair.get(key)
        if kept is None:
            by_pair[key] = item
        elif parties.directed and not kept[2].directed:
            by_pair[key] = (kept[0], kept[1], parties)
    return [(p, start) for start, _, p in sorted(by_pair.values(), key=lambda f: f[0])]


_WITH_BEFORE = rx(r"(?:与|同|跟|\bwith)\s*$", re.I)
_WITH_AGAIN = rx(r"[、,，;；]\s*(?:and\s+|并|及|以及)?(?:与|同|跟|with)\s*$", re.I)


def _each_with(masked: str, match: re.Match[str]) -> bool:
    """Two companies each after its own "with" ("与A…、与B…", "with A, and with B")."""
    a_start, a_end, b_start = match.start(1) - 1, match.end(1) + 1, match.start(2) - 1
    return bool(_WITH_BEFORE.search(masked, 0, a_start) and _WITH_AGAIN.search(masked, a_end, b_start))


def find_parties(sentence: str, offset: int, mentions: list[CompanyMention]) -> Parties | None:
    mentions = _without_defined_terms(sentence, offset, mentions)
    masked = mask(sentence, offset, mentions)
    for pattern, role_a, role_b in _relations_possible(masked):
        for match in pattern.finditer(masked):
            a, b = mentions[int(match.group(1))], mentions[int(match.group(2))]
            if a.name == b.name:
                continue
            if role_a == "party":
                return _undirected(a, b, masked, match, mentions)
            return Parties(a, b, True) if role_a == "licensor" else Parties(b, a, True)
    return None


def _without_defined_terms(sentence: str, offset: int, mentions: list[CompanyMention]) -> list[CompanyMention]:
    """"Daehan RadioPharm Co., Ltd.（「Daehan」）" is one mention, not two."""
    kept: list[CompanyMention] = []
    for m in mentions:
        if kept and kept[-1].name == m.name and re.fullmatch(r"\s*[（(]\s*(?:以下简称|下称|简称|the)?\s*[「“\"'‘]?\s*",
                                                               sentence[kept[-1].end - offset:m.start - offset]):
            close = re.match(r"\s*[」”\"'’]?\s*(?:[,，;；][^)）]{0,24})?[)）]", sentence[m.end - offset:])
            end = m.end + close.end() if close else m.end
            kept[-1] = replace(kept[-1], end=end)
            continue
        kept.append(m)
    return kept


def _undirected(a: CompanyMention, b: CompanyMention, masked: str, match: re.Match[str],
                mentions: list[CompanyMention]) -> Parties:
    """Who pays, who is paid and who gets the rights, said later in the sentence, orients the deal."""
    after = masked.index("〉", max(match.end(1), match.end(2))) + 1  # from the later party: a relation may reach over the cue
    tail = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), masked[after:])  # asides say nothing of roles
    cues = [(m.start(), role, m.group(0).isascii()) for pattern, role in ((_PAYER, "licensee"), (_RECEIVER, "licensor"), (_GETS_RIGHTS, "licensee"))
            for m in [pattern.search(tail)] if m]
    for pos, role, english in sorted(cues):
        subject = _subject_before(tail, pos, mentions)
        if subject is None and not english and not _SUBJECTS.search(tail, 0, pos):
            subject = a  # "X与Y签订协议，取得其…授权": a Chinese clause without a subject is the sentence's subject's
        if subject is None or subject.name not in (a.name, b.name):
            continue
        other = b if subject.name == a.name else a
        return Parties(other, subject, True) if role == "licensee" else Parties(subject, other, True)
    return Parties(a, b, False)


def _subject_before(tail: str, pos: int, mentions: list[CompanyMention]) -> CompanyMention | None:
    """The subject of the clause that holds the cue: its first company ("默沙东将向恒瑞支付")."""
    clause_start = max(tail.rfind(ch, 0, pos) for ch in "，,；;。") + 1
    found = _SUBJECTS.findall(tail, clause_start, pos) or _SUBJECTS.findall(tail, 0, pos)[-1:]
    return mentions[int(found[0])] if found else None


_SUBJECTS = rx(r"(?<![向给予])(?<!\bto )〈(\d+)〉")  # "公司向〈1〉支付": the one paid is no subject


def orient(parties: Parties, country: dict[str, str | None], kinds: dict[str, str] | None = None) -> Parties:
    """With no word saying who grants what: a research institute or university licenses out to a
    company, the Chinese party out-licenses to the foreign one, and a large pharma buys from a biotech."""
    if parties.directed or parties.licensor is None or parties.licensee is None:
        return parties
    a, b = parties.licensor, parties.licensee
    if not a.name or not b.name:
        return parties  # a party the article does not name: nothing known of it
    if (a.kind == "institution") != (b.kind == "institution"):
        return parties if a.kind == "institution" else Parties(b, a, False)
    if country.get(a.name) != "CN" and country.get(b.name) == "CN":
        return Parties(b, a, False)
    if country.get(a.name) == "CN" and country.get(b.name) != "CN":
        return parties
    kinds = kinds or {}
    if kinds.get(a.name) == "pharma" and kinds.get(b.name) not in ("pharma", None) or \
            kinds.get(a.name) == "pharma" and kinds.get(b.name) is None:
        return Parties(b, a, False)
    return parties
