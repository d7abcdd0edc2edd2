"""English company names the lexicon does not know, read from their own shape: capitalised words
before a trade word or legal form ("Halden Bio", "Corvane Therapeutics, Inc."), cut from the title
words, openers and owners before them; and an English name run into 公司 or 集团 in Chinese text."""
from __future__ import annotations

from ..model.budget import checked
from ..model.patterns import holds_any, rx
from .company_context import KIND_OPENERS, english_name_like, suffixed_name_in_slot
from .cues import phrases
from .company_mentions import CompanyMention, Inside, guess_kind
from .lexicon import Lexicon
from .places import place_prefix

EN_SUFFIX = (r"[A-Z][a-z]+(?:therapeutics|pharmaceuticals|pharma|biologics|biosciences|oncology|isotopes|medicines)|"
             r"Pharmaceuticals?|Pharma|Pharm|Seiyaku|Shinyaku|Yakuhin|Kagaku|Kenkyusho|Kogyo|Therapeutics|Biotherapeutics|Biologics|Biosciences|Bioscience|Biopharmaceuticals?|Biopharma|Biopharm|"
             r"Biomedicine|Biomedical|Genomics|Genetics|Lifesciences|Pharmatech|Biosystems|Biotherapies|Bioworks|"
             r"Biotech(?:nology)?|Bio(?:Sciences|Pharma|Therapeutics|Medical|Logics|Labs|Tech)|Bio|Medical|Medicines?|Oncology|Radiopharma(?:ceuticals)?|Isotopes?|Capital|Ventures|"
             r"Partners|Holdings|Technology|Technologies|Healthcare|Health|Sciences|Laboratories|Labs|"
             r"Corporation|Corp\.?|Inc\.?|Ltd\.?|Limited|Co\.,? Ltd\.?|GmbH|AG|plc|S\.A\.")
EN_STOP = {"The", "A", "An", "Chinese", "China's", "Global", "Innovative", "Our", "Its", "Their", "This", "These",
           "Traditional", "Domestic", "Major", "Leading", "Big", "Other", "Many", "All", "Some", "Several", "Both",
           "Radiopharmaceutical", "Nuclear", "Precision", "Targeted", "Class", "Clinical", "Medical", "Among",
           "Meanwhile", "However", "Since", "When", "In", "On", "At", "For", "And", "Of", "of", "With", "Novel",
           "First", "Western", "US", "U.S.", "European", "Japanese", "Korean", "Asian", *KIND_OPENERS}
EN_TITLE_WORDS = {"Announce", "Announces", "Announced", "Exclusive", "License", "Licence", "Licenses", "Agreement",
                  "Acquire", "Acquires", "Acquired", "Completes", "Completed", "Reports", "Reported", "Data", "Results",
                  "Enters", "Signs", "Signed", "With", "From", "To", "Deal", "Option", "Investment", "Equity", "Series",
                  "Launches", "Launched", "Receives", "Received", "Approval", "Approved", "Positive", "Expands", "Pipeline",
                  "Through", "Two", "Three", "Makes", "Earns", "Grants", "Granted", "Partners", "Partner", "Collaboration",
                  "Strategic", "Global", "Worldwide", "Rights", "Million", "Billion", "About", "Under", "By", "Its", "In",
                  "On", "At", "For", "And", "Of", "The", "A", "An", "Between", "Inc.", "Ltd.", "Today", "Says", "Said",
                  "Announcement", "Overview", "Statement", "Statements", "Highlights", "Summary", "Report", "Update",
                  "Release", "Interim", "Quarterly", "Accepts", "Approves", "Validates", "Clears", "Awards", "Issues",
                  "Extends", "Recommends", "Rejects", "Lifts", "Backs",  # an agency's verb: "FDA Accepts X's BLA"
                  "Acquisition", "Merger", "Completion", "Closes", "Closing", "Tender", "Offer", "Agrees", "Buy", "Buys",
                  "Purchase", "Takeover", "Sale", "Divestiture", "Divests", "Sells", "Spins",
                  "Shares", "Stock", "Stocks"}  # "Shares of X Medicine fell": the company is X Medicine  # "X Completes Acquisition of Y"
EN_FORMS = r"Co\.,?\s*Ltd\.?|Pty\.?\s*(?:Ltd\.?|Limited)|Inc\.?|Ltd\.?|Limited|Corp\.?|Corporation|GmbH|AG|SE|plc|S\.A\.|LLC|N\.V\.|AB|A/S|ASA|Oyj?|SA|NV|BV|B\.V\.|S\.p\.A\.|K\.K\.|KGaA"
_EN_LEGAL_TAIL = rf"(?:,?\s+(?:{EN_FORMS})(?![\w/]))?"  # European forms too: "Askeby Oncology AB (Nasdaq Stockholm: ASKB)"
_EN_INVESTOR_TAIL = r"(?:[ \t]+(?:Fund|Funds|Investors|Partners|Capital|Ventures|Management|Holdings)(?![\w]))*"  # "X Bio Fund"
# A full stop only after an initial or a title ("Dr. Reddy's"), never at a sentence's end ("said Ito."). A word
# and the spaces after it are taken whole (*+, ++): a space must follow a word and a word a space, so giving
# back characters never lets the rest match, and the engine would otherwise retry at each one.
_EN_NAME = rx(
    rf"\b((?:(?:[A-Z]|Dr|St|Mt|Ft)\.|[A-Z][\w'&-]*+|&)(?:[ \t]++(?:[A-Z][\w'&-]*+|&|of|de)){{0,4}})[ \t]++(?:{EN_SUFFIX})"
    rf"{_EN_INVESTOR_TAIL}{_EN_LEGAL_TAIL}(?![\w])")
_EN_INDUSTRY_ONLY = rx(rf"^(?:{EN_SUFFIX})$")
_GLUED_KIND = rx(r"New[Cc]o(?=[A-Z][a-z])|New[Cc]o\s(?=[A-Z][\w-]*\s+[A-Z])")  # "NewCo Orbis Bio"; "NewCo Therapeutics" is a name


def english_provisional(text: str, lexicon: Lexicon, known: list[CompanyMention]) -> list[CompanyMention]:
    found = []
    inside = Inside(known)
    agencies = [(h.start, h.end) for h in lexicon.find(text, {"agency"})]
    for match in checked(_EN_NAME.finditer(text)):
        start, end = match.start(), match.end()
        if any(s < end and start < e for s, e in agencies):
            continue  # "UK Medicines and Healthcare products Regulatory Agency": a regulator's name, no company
        words = match.group(1).split()
        body = phrases("company.en_body_of")  # "Board of Directors of X Bio": the company is after the body
        cut = max((i for i, w in enumerate(words) if w in EN_TITLE_WORDS or w in body or w.endswith(
            ("-based", "-listed", "-headquartered", "-backed", "-funded", "-owned", "-controlled"))), default=-1)
        if cut >= 0:
            start = text.index(words[cut + 1], start + len(" ".join(words[:cut + 1]))) if cut + 1 < len(words) else end
            words = words[cut + 1:]
        if len(words) > 1 and _ROUND_LETTER.fullmatch(words[0]) and _ROUND_WORD.search(text, max(0, start - 10), start):
            start = text.index(words[1], start + 2)  # "a Series B. Andromeda Partners led": the round's letter ends a sentence
            words = words[1:]
        while words and (words[0] in EN_STOP or words[0] in phrases("company.en_sentence_adverb")):
            start = text.index(words[1], start) if len(words) > 1 else end
            words = words[1:]
        owner = next((i for i, w in enumerate(words[:2]) if w.endswith(("'s", "’s"))), None)
        if owner is not None and len(words) - owner >= 2:  # "(South) Korea's KVL Bio": the owner is not the name
            start = text.index(words[owner + 1], start)
            words = words[owner + 1:]
        if not words or start >= end:
            continue
        glued = _GLUED_KIND.match(text, start, end)  # "NewCoYarrow Bio": the kind word run into the name
        start = glued.end() if glued else start
        surface = text[start:end].rstrip(",")
        owner = _POSSESSIVE.search(surface)  # "Halden Bio's Biologics License Application": Halden Bio
        surface = surface[:owner.start()] if owner else surface
        end = start + len(surface)
        if not surface:
            continue
        inner = inside.first(start, end)
        if inner:
            if inner.start > start and len(place_prefix(text[start:inner.start], 0)) < inner.start - start:
                start, surface = inner.start, text[inner.start:end]  # a verb before a known name is not part of it
            found.append(CompanyMention(start, end, inner.name, surface, False, inner.kind))
            continue
        if lexicon.canonical("company", surface):
            continue
        if english_name_like(surface) or suffixed_name_in_slot(text, start, end):
            found.append(CompanyMention(start, end, surface, surface, True, guess_kind(surface)))
    return found


_POSSESSIVE = rx(r"['’]s\s")
_ROUND_LETTER = rx(r"[A-Z]-?\d?\.")
_ROUND_WORD = rx(r"\b(?:Series|Class|Phase|Round)\s+$")
# Here and below, a word is taken whole (+): a space or a Chinese character follows it, never a character given back.
_EN_GONGSI = rx(r"(?<![A-Za-z])(?P<n>[A-Z][A-Za-z0-9&-]{2,}+(?: [A-Z][A-Za-z0-9&-]++){0,2})(?:公司|集团)")


_ZH_TRADES = ("制药", "药业", "药厂", "药品", "生技", "生医", "生物", "医药")
_EN_TRADED = rx(rf"(?<![A-Za-z])(?P<n>[A-Z][a-z][A-Za-z0-9&-]++(?: [A-Z][A-Za-z0-9&-]++){{0,2}}(?:{'|'.join(_ZH_TRADES)}))"
                r"(?![\u4e00-\u9fff]{0,1}(?:制品|类似|技术|科技|医学|工程|药物))")


def english_before_gongsi(text: str, known: list[CompanyMention]) -> list[CompanyMention]:
    """"澳大利亚Northwind公司": an English name followed by 公司 names a company; so does one that
    runs on into a Chinese trade word ("日本Kasumi制药", "韩国Daewon生技"), which is part of its name."""
    traded = _EN_TRADED.finditer(text) if holds_any(text, _ZH_TRADES) else ()
    found = [CompanyMention(m.start("n"), m.end("n"), m.group("n"), m.group("n"), True, "biotech")
             for m in traded if not any(k.start < m.end("n") and m.start("n") < k.end for k in known)]
    if not holds_any(text, ("公司", "集团")):
        return found
    for match in _EN_GONGSI.finditer(text):
        start, end = match.start("n"), match.end("n")
        if _EN_INDUSTRY_ONLY.match(match.group("n")) or match.group("n").casefold() in ("biotech", "pharma", "newco"):
            continue
        if not any(m.start < end and start < m.end for m in known):
            found.append(CompanyMention(start, end, match.group("n"), match.group("n"), True, "biotech"))
    return found


