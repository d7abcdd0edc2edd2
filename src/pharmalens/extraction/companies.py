"""Companies named in an article: lexicon names, and unknown organisations found from context
(legal and trade suffixes, job titles, deal roles), which are kept as provisional entities."""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ..model.budget import checked
from .abbreviated_names import abbreviated_names
from .company_aliases import bracketed_names, defined_terms, one_casing, stacked_names
from .enumerated_names import enumerated_names
from .institutions import institution_names
from .legal_names import legal_form_names, with_legal_form
from .acting_names import acting_chinese_names
from .company_context import (coded_names, english_names_in_role,
                              in_english_company_slot, listing_marked_names, without_generic_tail, zh_short_name_like)
from .word_frequency import common_word, rare_word
from .pair_names import crossed_pair_names, dashed_pair_names, latin_names_in_chinese_roles, lowercase_brand_names
from .company_slots import (chinese_names_beside_partners, chinese_names_in_slots, names_before_a_drug_class,
                            series_heading_names, subsidiary_names)
from .lexicon import Hit, Lexicon
from .places import chinese_place_names, place_prefix
from .chinese_company_names import ZH_GENERIC, ZH_LEGAL, chinese_provisional, known_name_goes_on, legal_tail
from .company_mentions import CompanyMention, Inside, drop_overlaps, guess_kind, not_a_company
from .cues import cue_regex, phrases
from .same_core_names import same_core_names
from .english_company_names import EN_FORMS, EN_STOP, EN_SUFFIX, EN_TITLE_WORDS, english_before_gongsi, english_provisional
from ..model.patterns import occurrences, rx


def find_companies(text: str, lexicon: Lexicon) -> list[CompanyMention]:
    mentions = _investment_arms(text, [CompanyMention(h.start, h.end, h.canonical, h.surface, False, _kind(lexicon, h.canonical))
                                       for h in lexicon.find(text, {"company"})])
    mentions += [CompanyMention(start, end, name, text[start:end], True, "institution")
                 for start, end, name in institution_names(text, [(m.start, m.end) for m in mentions])]
    mentions += english_provisional(text, lexicon, mentions)
    mentions += chinese_provisional(text, lexicon, mentions)
    mentions += english_before_gongsi(text, mentions)
    mentions += _from_context(text, lexicon, mentions)
    mentions += _abbreviated(text, mentions)
    mentions += _legal_named(text, mentions)
    mentions += [CompanyMention(start, end, name, name, True, guess_kind(name))
                 for start, end, name in enumerated_names(text, [(m.start, m.end) for m in mentions])]
    mentions = [m for m in drop_overlaps(mentions) if not not_a_company(m.surface)]
    mentions = _listed_names(_placed_names(_short_names(text, mentions)))
    mentions = same_core_names(_repeated(text, mentions))
    mentions = stacked_names(text, bracketed_names(text, sorted(mentions, key=lambda m: m.start)))
    mentions = one_casing(defined_terms(text, mentions))
    authorities = _authority_names(text, mentions)
    vehicle = cue_regex("company.merger_vehicle")
    return sorted((m for m in mentions if not not_a_company(m.name)  # "药监局…(CDE)"
                   and not vehicle.search(m.name) and m.name not in authorities), key=lambda m: m.start)


def _authority_names(text: str, mentions: list[CompanyMention]) -> set[str]:
    """Names found once right before a government body's head word ("Tianjin Medical| Products
    Administration"): a regulator, no company, wherever the same name (or its short form) recurs."""
    authority = cue_regex("company.en_authority_head", anchored=True)
    return {m.name for m in mentions if m.provisional and m.surface.isascii() and authority.match(text[m.end:m.end + 40])}


_ARM = rx(r"[ \t]+(?:Venture[ \t]+Fund|Venture[ \t]+Capital|Ventures|Capital|Investments?|Innovation[ \t]+Fund)\b")


def _investment_arms(text: str, mentions: list[CompanyMention]) -> list[CompanyMention]:
    """"Roche Venture Fund", "Halvard Ventures": a company's name before investment words is its
    investment arm, another company (an investor) whose name the lexicon does not hold."""
    out = []
    for m in mentions:
        arm = _ARM.match(text, m.end) if m.kind != "investor" and m.surface.isascii() else None
        if arm:
            name = text[m.start:arm.end()]
            m = CompanyMention(m.start, arm.end(), name, name, True, "investor")
        out.append(m)
    return out


def _abbreviated(text: str, known: list[CompanyMention]) -> list[CompanyMention]:
    """A name with its Latin abbreviation in brackets, and the abbreviation, where nothing else was found."""
    out = []
    for start, end, name, a_start, a_end in abbreviated_names(text):
        if not any(m.start < a_end and start < m.end for m in known):
            out += [CompanyMention(start, end, name, name, True, guess_kind(name)),
                    CompanyMention(a_start, a_end, name, text[a_start:a_end], True, guess_kind(name))]
    return out


def _legal_named(text: str, known: list[CompanyMention]) -> list[CompanyMention]:
    """An English name written with its legal form, where nothing else was found."""
    taken = _occupied(text, known)
    out = []
    for start, end, name in checked(legal_form_names(text)):
        if not any(taken[start:end]):
            full = with_legal_form(text, end)  # the surface keeps its form, so that its short name is known
            out.append(CompanyMention(start, full, name, text[start:full], True, guess_kind(name)))
    return out


def _from_context(text: str, lexicon: Lexicon, known: list[CompanyMention]) -> list[CompanyMention]:
    """Names placed where companies stand: before a stock code, announcing, in a deal's role."""
    taken = _occupied(text, known)
    terms = lexicon.find(text, {"drug", "target", "indication", "agency", "modality"})
    others = _occupied(text, terms)
    drug_starts = {h.start for h in terms if h.kind == "drug"}
    found: list[CompanyMention] = []

    inside = Inside(known)

    blocked = _either(taken, others)

    def free(start: int, end: int) -> bool:
        return not any(blocked[start:end])

    def longer_than_known(start: int, end: int, name: str) -> bool:
        """"百济新辉完成…" where 百济 is known: a bare name that a known short name begins is another company."""
        inner = inside.first(start, end)
        return inner is not None and inner.start == start and not name.isascii() and not any(others[start:end]) \
            and not any(taken[inner.end:end]) and known_name_goes_on(text, inner, end) and not lexicon.canonical("company", name)

    for start, end in coded_names(text) + listing_marked_names(text):
        if free(start, end):
            found.append(CompanyMention(start, end, text[start:end], text[start:end], True, "biotech"))
    known_names = sorted({m.name for m in known} | {m.surface for m in known})
    earlier = _WordPrefixes(known)
    claimed = bytearray(len(text))  # characters of the names found here

    def known(start: int, end: int) -> bool:
        return any(taken[start:end])

    def add(mention: CompanyMention) -> None:
        found.append(mention)
        claimed[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)

    drug_endings = tuple(phrases("company.zh_drug_ending") + phrases("company.zh_arm_ending"))  # "凯瑞替尼于6月获批", "化疗组与…"
    named = acting_chinese_names(text) + english_names_in_role(text, lambda s, e: not free(s, e)) + lowercase_brand_names(text)
    paired = crossed_pair_names(text, known) + dashed_pair_names(text, known)
    beside = chinese_names_beside_partners(text, known) + chinese_names_in_slots(text, drug_starts.__contains__)
    headed = series_heading_names(text) + subsidiary_names(text) + names_before_a_drug_class(text)
    for start, end, name in checked(named + paired + latin_names_in_chinese_roles(text, known) + headed + beside):
        if _begins_a_longer(known_names, name):
            longer = _longer_form(name, earlier)  # "Quorvane" after "Quorvane Biosciences"
            if longer and free(start, end) and not any(claimed[start:end]):
                add(CompanyMention(start, end, longer.name, name, longer.provisional, longer.kind))
            continue
        if (free(start, end) or longer_than_known(start, end, name)) and not any(claimed[start:end]) \
                and not name.endswith(drug_endings):
            sibling = _same_stem(name, earlier)
            add(CompanyMention(start, end, sibling.name, name, sibling.provisional, sibling.kind) if sibling
                else CompanyMention(start, end, name, name, True, "biotech"))
    return _short_forms_of_found(found)


def _short_forms_of_found(found: list[CompanyMention]) -> list[CompanyMention]:
    """"Tidewater" after "Tidewater Metabolics", both found from how the text uses them: the longer
    name's company."""
    ordered = sorted(found, key=lambda m: m.start)
    prefixes = _WordPrefixes(ordered)
    stems: dict[str, CompanyMention] = {}
    for m in ordered:
        stems.setdefault(without_generic_tail(m.name), m)
    out = []
    for m in found:
        longer = _longer_form(m.name, prefixes) if m.name == m.surface else None
        if longer is None or longer.start >= m.start:
            longer = stems.get(without_generic_tail(m.name)) if m.name == m.surface else None  # "Tessel Royalty LP" after "Tessel Royalty"
        if longer is not None and longer.start < m.start:
            m = CompanyMention(m.start, m.end, longer.name, m.surface, longer.provisional, longer.kind)
        out.append(m)
    return out


def _begins_a_longer(names: list[str], name: str) -> bool:
    """Whether a name of the sorted list starts with `name` and is not it (the names after it in
    order are the ones that start with it, first among them `name` itself if listed)."""
    i = bisect_left(names, name)
    if i < len(names) and names[i] == name:
        i += 1
    return i < len(names) and names[i].startswith(name)


class _WordPrefixes:
    """Mentions by every prefix of their name or surface that ends before a space, each prefix
    keeping its mentions in order: which mention a short name begins is a dictionary look-up,
    not a pass over every mention of the article."""

    def __init__(self, mentions: list[CompanyMention]) -> None:
        self.first: dict[str, CompanyMention] = {}
        self.names: dict[str, set[str]] = {}
        each: dict[tuple[str, str], CompanyMention] = {}  # a name written the same way again adds nothing
        for m in mentions:
            each.setdefault((m.surface, m.name), m)
        for m in each.values():
            prefixes = {form[:i] for form in (m.surface, m.name) for i in _spaces(form)}
            for prefix in prefixes:
                self.first.setdefault(prefix, m)
                names = self.names.setdefault(prefix, set())
                if len(names) < 2:
                    names.add(m.name)


def _spaces(form: str) -> list[int]:
    """Where the spaces of a name are (none in a Chinese one: one search, not a step per character)."""
    return [i for i, ch in enumerate(form) if ch == " "] if " " in form else []


def _longer_form(name: str, known: _WordPrefixes) -> CompanyMention | None:
    """The company an English short name stands for: the one named with it and more words."""
    if not name.isascii():
        return None
    return known.first[name] if len(known.names.get(name, ())) == 1 else None


def _same_stem(name: str, known: _WordPrefixes) -> CompanyMention | None:
    """"Orano Group" beside a known "Orano Med": the same name with another common ending is that company."""
    stem = without_generic_tail(name)
    if stem == name:
        return None
    return known.first.get(stem)


def _occupied(text: str, mentions: list[CompanyMention] | list[Hit]) -> bytearray:
    taken = bytearray(len(text))
    for x in mentions:
        taken[x.start:x.end] = b"\x01" * (x.end - x.start)
    return taken


def _either(a: bytearray, b: bytearray) -> bytearray:
    """The characters marked in either of two marks of one text (each byte 0 or 1), in one step."""
    return bytearray((int.from_bytes(a, "big") | int.from_bytes(b, "big")).to_bytes(len(a), "big"))


@lru_cache(maxsize=8192)  # asked for each Chinese name several times (short names, listings, repeats)
def _zh_short(name: str) -> str:
    core = legal_tail().sub("", name)
    place = place_prefix(core, 2)
    return core[len(place):]
_EN_LEGAL = rx(rf"[\s,]+(?:{EN_FORMS})$")
_LISTING_TAIL = rx(r"-(?:B|W|SB|SW|WB|U)$")


def _short_names(text: str, mentions: list[CompanyMention]) -> list[CompanyMention]:
    """A provisional company introduced by its legal name and then called by its short name is one
    company: the short name becomes its canonical name and every use of it a mention. Each legal
    name is shortened once, however often it appears."""
    taken = _occupied(text, mentions)
    renamed: dict[str, str] = {}
    added: list[CompanyMention] = []
    for m in mentions:
        if not m.provisional or m.name in renamed or len(renamed) >= _MAX_SHORT_NAMES or \
                not (m.surface.endswith(ZH_LEGAL) or _EN_LEGAL.search(m.surface)):
            continue
        short = _zh_short(m.surface) if not m.surface.isascii() else _EN_LEGAL.sub("", m.surface)
        if short == m.surface or len(short) < 2 or (short.isascii() and len(short) < 4):
            continue
        name = _listed_as(short, m, mentions) or short  # "苏州甲药业股份有限公司" beside "甲药业-B": one company
        renamed[m.name] = name
        forms = [short]
        words = short.split() if short.isascii() else []
        while len(words) > 2 and (words[0] in _EN_GENERIC_FIRST or words[0] in chinese_place_names()):
            words = words[1:]
        first = words[0] if len(words) >= 2 else None
        if first and len(first) >= 4 and first not in EN_STOP and first not in _EN_GENERIC_FIRST and rare_word(first):
            forms.append(first)
        for form in forms:
            for start, end in checked(occurrences(text, form)):
                if not any(taken[start:end]):
                    added.append(CompanyMention(start, end, name, form, True, m.kind))
                    taken[start:end] = b"\x01" * (end - start)
    out = [CompanyMention(x.start, x.end, renamed[x.name], x.surface, True, x.kind) if x.name in renamed else x
           for x in mentions]
    shorts = set(renamed.values())
    out = [CompanyMention(x.start, x.end, _zh_short(x.name), x.surface, True, x.kind)
           if x.provisional and not x.name.isascii() and x.name not in shorts and _zh_short(x.name) in shorts else x
           for x in out]  # "恒星瑞医药将…" after "上海恒星瑞医药有限公司" (恒星瑞): the same company
    return out + added


def _placed_names(mentions: list[CompanyMention]) -> list[CompanyMention]:
    """"杭州甲生物" and then "甲生物": a city written before a firm's name the article also uses
    alone is where the firm is, and the two are one company, named without the city."""
    names = {m.name for m in mentions if m.provisional and not m.name.isascii()}
    out = []
    for m in mentions:
        place = place_prefix(m.name, 3) if m.provisional and not m.name.isascii() else ""
        rest = m.name[len(place):]
        out.append(CompanyMention(m.start, m.end, rest, m.surface, True, m.kind) if place and rest in names else m)
    return out


def _listed_as(short: str, legal: CompanyMention, mentions: list[CompanyMention]) -> str | None:
    """The name an issuer's listing gives the company a legal name shortens to ("甲药业-B" for 甲)."""
    for other in mentions:
        if other.name != legal.name and other.provisional and _LISTING_TAIL.search(other.name) and \
                _zh_short(_LISTING_TAIL.sub("", other.name)) == short:
            return other.name
    return None


def _listed_names(mentions: list[CompanyMention]) -> list[CompanyMention]:
    """"甲生物-B" and then "甲生物": a Hong Kong issuer's short name with its listing marker and
    without it are one company, named as listed."""
    listed = {_LISTING_TAIL.sub("", m.name): m.name for m in mentions if m.provisional and _LISTING_TAIL.search(m.name)}
    if not listed:
        return mentions
    return [CompanyMention(m.start, m.end, listed[m.name], m.surface, True, m.kind) if m.provisional and m.name in listed
            else m for m in mentions]
_MAX_SHORT_NAMES = 256  # distinct legal names one article may shorten


def _repeated(text: str, mentions: list[CompanyMention]) -> list[CompanyMention]:
    """A company found once by the words around it is the same company wherever its name recurs
    ("而江苏浩欧博从事...": the name alone, without those words)."""
    out = list(mentions)
    taken = _occupied(text, out)
    forms = {m.surface: m for m in mentions if m.provisional and len(m.surface) >= (4 if m.surface.isascii() else 3)}
    slotted: dict[str, CompanyMention] = {}
    for m in list(forms.values()):
        stem = _zh_short(m.surface) if not m.surface.isascii() and m.surface.endswith(ZH_GENERIC) else _en_stem(m.surface)
        if len(stem) >= 2 and stem not in forms and (stem.isascii() or zh_short_name_like(stem)):
            forms[stem] = m  # "澄屿生物 … 澄屿将": the name without its trade word
        elif m.surface.isascii() and not stem and (word := _en_stem(m.surface, common=True)) not in forms:
            slotted[word] = m  # "Harbor Therapeutics … Harbor will pay": an everyday word, where a company stands
        if m.surface.isascii() and (core := _en_core(m.surface)) and core not in forms:
            forms[core] = m  # "Harbor Crest Therapeutics … Harbor Crest closed": its words before the trade word
    slotted.pop("", None)
    for m in mentions:
        stem = "" if m.provisional else _en_stem(m.surface)
        if stem and stem not in forms:
            forms[stem] = m  # a known "Vellmar Med" is "Vellmar" alone too
    spans = {(x.start, x.end) for x in out}  # a mention of just the span lies not strictly inside it: no scan
    for form, m in list(forms.items())[:_MAX_SHORT_NAMES] + list(slotted.items())[:_MAX_SHORT_NAMES]:
        for start, end in checked(occurrences(text, form)):
            inner = _known_inside(out, start, end) if any(taken[start:end]) and not form.isascii() \
                and (start, end) not in spans else []
            if inner and all(x.surface != m.surface for x in inner):
                out = [x for x in out if x not in inner]  # "恒瑞达将…" after "恒瑞达医药": not the known 恒瑞
                spans -= {(x.start, x.end) for x in inner}
                taken[start:end] = b"\x00" * (end - start)
            if not any(taken[start:end]) and (form in forms or in_english_company_slot(text, start, end)):
                out.append(CompanyMention(start, end, m.name, form, m.provisional, m.kind))
                spans.add((start, end))
                taken[start:end] = b"\x01" * (end - start)
    return out


@lru_cache(maxsize=4096)  # asked for each provisional English name of each article
def _en_core(name: str) -> str:
    """The capitalised words of an English name before its trade and legal words, where two or more
    ("Harbor Crest" of "Harbor Crest Therapeutics, Inc."): together they name only that company."""
    words = without_generic_tail(_EN_LEGAL.sub("", name).strip(" ,")).split()
    while len(words) > 2 and _EN_TRADE_WORD.fullmatch(words[-1]):
        words.pop()
    core = " ".join(words)
    return core if len(words) >= 2 and core != name and all(w[:1].isupper() for w in words) else ""


def _known_inside(mentions: list[CompanyMention], start: int, end: int) -> list[CompanyMention]:
    """Lexicon names lying inside [start, end) and shorter, where nothing else overlaps it: a known
    short name that another company's name begins with."""
    over = [x for x in mentions if x.start < end and start < x.end]
    if over and all(not x.provisional and start <= x.start and x.end <= end and x.end - x.start < end - start for x in over):
        return over
    return []


_EN_TRADE_WORD = rx(rf"(?:{EN_SUFFIX})")


@lru_cache(maxsize=8192)  # asked for every mention of each article, a known company's too
def _en_stem(name: str, common: bool = False) -> str:
    """"Halvorsen Bio": its rare first word, which the text uses alone for it (or, with `common`, a
    first word that is an everyday word but not a very common one: "Harbor")."""
    name = _EN_LEGAL.sub("", name)
    words = without_generic_tail(name).split()
    if len(words) >= 3 and words[0] in chinese_place_names():
        words, name = words[1:], name.split(" ", 1)[1]  # "Hangzhou Qiantai Biologics" is "Qiantai" alone
    core = ""
    if len(words) == 1 and words[0] != name:
        words.append("")  # "Vellmar Med", "Corvane Group": the stem before a common ending
    elif len(words) >= 3 and name.isascii() and words[1][:1].isupper() and not _EN_TRADE_WORD.fullmatch(words[1]) \
            and all(_EN_TRADE_WORD.fullmatch(w) for w in words[2:]):
        core = " ".join(words[:2])  # "Corbett Bay Therapeutics" is "Corbett Bay" alone
    elif len(words) < 2 or not name.isascii() or not all(_EN_TRADE_WORD.fullmatch(w) for w in words[1:]):
        return ""
    first = words[0]
    plain = len(first) >= 4 and first not in EN_STOP and first not in _EN_GENERIC_FIRST and first not in EN_TITLE_WORDS
    if core:
        return core if plain and not common_word(first) and not common else ""
    return first if plain and (rare_word(first) or common and not common_word(first)) else ""


_EN_GENERIC_FIRST = {"China", "Chinese", "American", "National", "United", "General", "Global", "International",
                     "Shanghai", "Beijing", "Suzhou", "Hangzhou", "Jiangsu", "Zhejiang", "Guangzhou", "Shenzhen",
                     "Hong", "Advanced", "Applied", "Pacific", "Asia", "Euro", "European", "Royal", "Standard"}


def _kind(lexicon: Lexicon, canonical: str) -> str:
    entry = lexicon.entry("company", canonical)
    return entry.info.get("kind", "other") if entry else "other"
