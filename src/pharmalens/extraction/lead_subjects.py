"""An English sentence's subject that the sentence goes on to make a party: "X is doubling down on
radiopharmaceuticals, agreeing to acquire Y", "X is expanding into Z, inking a deal with Y". The clause
after the comma tells what the subject does, so the subject is a company."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model.patterns import rx
from .cues import cue_alternation


@lru_cache(maxsize=1)
def _opens_sentence() -> re.Pattern[str]:
    return rx(rf"(?:^|[.!?]\s+|\n\s*)(?:(?:{cue_alternation('company.en_sentence_adverb')}),\s+)?$")  # "Separately, X is…"


@lru_cache(maxsize=1)
def _clause_then_deal() -> re.Pattern[str]:
    return rx(r"^\s+(?:is|was|has|has been|will be)\s+[^.,;:\n]{3,80}?,\s+"
              rf"(?:{cue_alternation('company.en_deal_participle')})\b", re.I)


def subject_of_a_deal_clause(left: str, right: str) -> bool:
    """The words opening a sentence before `right` are its subject, and a participle of a deal follows the
    subject's clause."""
    return bool(_clause_then_deal().match(right)) and bool(_opens_sentence().search(left))  # the cheap test first
