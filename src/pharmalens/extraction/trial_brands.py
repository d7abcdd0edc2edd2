"""A brand known only from the arm of a trial it is given in ("median PFS was 7.1 months with Ondrexa vs
4.0 months", "patients randomized to receive Ondrexa", and, written in capitals as labels write a brand,
"ONDREXA achieved a response in half of patients"):
no code, INN or lexicon entry names the drug, but the trial's words say what it is."""
from __future__ import annotations

from collections.abc import Callable, Iterator

from ..model.patterns import rx

_BRAND = r"(?P<brand>[A-Z][a-z]{3,}[A-Za-z]*|[A-Z]{5,})[®™]?"
_ARM_BEFORE = (r"\b(?:treated\s+with|dosed\s+with|randomi[sz]ed\s+to(?:\s+receive)?|(?:study|trial)\s+of|"
               r"receiv(?:e|ed|ing))\s+")
_COMPARED = r"(?=\s*(?:\d\s*)?(?:vs\.?|versus|compared\s+(?:with|to))\s)"
_RESULT_VERB = (r"(?=\s+(?:achieved|demonstrated|showed|met|reduced|improved|extended|prolonged|"
                r"(?:more\s+than\s+)?doubled)\b)")
_ARM = rx(rf"{_ARM_BEFORE}{_BRAND}|\bwith\s+{_BRAND.replace('brand', 'versus')}{_COMPARED}|"
          rf"\b(?P<subject>[A-Z]{{5,}})[®™]?{_RESULT_VERB}")  # a company is no subject in capitals
_TRIAL_WORDS = rx(r"\b(?:PFS|OS|ORR|DoR|DCR|response|survival|hazard\s+ratio|HR|median|endpoint|patients|arm)\b")


def trial_brands(text: str, rare: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """Spans of names a trial gives to its patients, compares with a control, or credits with a result,
    when the name is no ordinary English word (nor one in capitals) and the text speaks of a trial."""
    if not _TRIAL_WORDS.search(text):
        return
    for match in _ARM.finditer(text):
        group = next(name for name in ("brand", "versus", "subject") if match.group(name))
        word = match.group(group)
        if rare(word) and rare(word.casefold()) and rare(word.capitalize()):
            yield match.start(group), match.end(group)
