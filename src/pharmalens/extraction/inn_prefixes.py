"""A new drug named by a syllable or two set before a known Chinese INN (恒曲妥珠单抗, a conjugate built on
trastuzumab's antibody, as 德曲妥珠单抗 is): the longer name is a drug of its own, no mention of the INN, so
it is neither the INN's originator's nor a biosimilar of it."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..model.patterns import rx
from .cues import phrases
from .word_frequency import holds_common_zh

if TYPE_CHECKING:
    from .assets import AssetMention

ZH_INN_ENDS = r"单抗|替尼|西单抗|妥单抗|珠单抗|奇单抗|格列净|那肽|鲁肽|帕利|鲁胺|卢胺|他胺|西普|他滨|比星|莫司|格列汀|沙坦|他汀|拉唑|沙星"
_INN_END = rx(rf"(?:{ZH_INN_ENDS})$")
_PREFIX = rx(r"[\u4e00-\u9fff]{1,2}$")
_LEAD_IN = frozenset("的药款种品物用是为即：:")  # "创新药X曲妥珠单抗", "的X曲妥珠单抗"
_CJK = rx(r"[\u4e00-\u9fff]")


def renamed(text: str, mention: AssetMention) -> AssetMention:
    found = prefixed_name(text, mention)
    if found is None:
        return mention
    return replace(mention, start=found[0], name=found[1], surface=found[1], from_lexicon=False)


def prefixed_name(text: str, mention: AssetMention) -> tuple[int, str] | None:
    """(start, name) of the new drug whose name holds the known Chinese INN `mention` at its end."""
    if not _CJK.match(mention.surface) or not _INN_END.search(mention.surface):
        return None  # a brand (沃瑞沙) or a chemical name is no INN a new drug's name is built on
    for width in (2, 1):
        start = mention.start - width
        if start < 0 or not _PREFIX.match(text[start:mention.start]):
            continue
        before = text[start - 1] if start else ""
        prefix = text[start:mention.start]
        if (not before or not _CJK.match(before) or before in _LEAD_IN) and not _describes(prefix):
            return start, text[start:mention.end]
    return None


def _describes(prefix: str) -> bool:
    if holds_common_zh(prefix):
        return True  # "将X西普", "基于X单抗": a word of the sentence, no syllable of a name
    words = phrases("asset.inn_describer") + phrases("asset.form_modifier")
    return any(prefix == w or prefix.endswith(w) or prefix.startswith(w) for w in words)
