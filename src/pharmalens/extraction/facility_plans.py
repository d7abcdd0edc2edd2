"""A site a company is yet to build, told by where it will build it and no other event word
("甲医药拟在常州建设创新药生产基地", "計劃在新竹興建…廠"): the build verb counts as a site's event only
where 将, 拟 or 计划 with 在 or 于 opens a named place before it in its clause, and nothing there says it is
already done (此前, 已): a background site ("公司此前已在苏州建设研发中心") is none, nor is a machine to be set
up somewhere unnamed ("计划在园区内建设一台加速器")."""
from __future__ import annotations

from .context import Context
from .cues import Cue
from .events import clause_around
from .places import chinese_places
from .sentences import Sentence
from ..model.patterns import rx

_PLANNED_AT = rx(r"(?:将|拟|计划|预计)(?:在|于)[^，,。；;]{1,16}$")
_DONE = ("此前", "已", "曾", "早前")


def planned_builds(ctx: Context, sentence: Sentence) -> list[Cue]:
    """The build verbs of the sentence that tell a site still to be built at a stated place."""
    found = []
    for cue in ctx.cues.hits("facilities.planned_build", sentence.start, sentence.end):
        start = clause_around(ctx, sentence, cue.start)[0]
        lead = ctx.text[start:cue.start]
        opened = _PLANNED_AT.search(lead)
        if opened and not any(word in lead[:opened.start() + 2] for word in _DONE) \
                and any(place in opened.group() for place in chinese_places()):
            found.append(cue)
    return found
