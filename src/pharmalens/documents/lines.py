"""Repairing lines that page layout broke in the middle of a word, a number or a sentence.

The repaired text keeps, for every character, its offset in the original text, so evidence found in
the repaired text maps back to exact spans of the source."""
from __future__ import annotations

import re
from itertools import chain

from ..model.frozen import frozen
from ..model.patterns import rx
from .language import to_simplified
from .wrapped import cut_by_wrap, joiner, wrap_width

_SENTENCE_END = tuple("。！？!?；;：:”」』）)】…") + (".", "\"", "'")
_CAPTION = rx(r"^(?:\S{0,12}(?:图片|图/|摄|供图|配图|资料图)\S{0,6}|图\s*\d+.*|Photo\b.*|Image\b.*)$")
_CJK = rx(r"[\u3400-\u9fff]")
_MIN_PARAGRAPH = 24
_INNER_PUNCTUATION = rx(r"[，、。；：,;]")
_CLAUSE_PUNCTUATION = rx(r"[，、。；;]|,(?!\d{3}(?!\d))")  # "8,080港元": a thousands mark, no clause
_DATED = rx(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月|(?<!\d)\d{1,2}:\d{2}(?!\d)")
_BYLINE_MAX = 40
_DATELINE = rx(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[(（][^)）]{1,6}[)）])?\s*[,，]")
_TWO_FIELDS = rx(r"[：:][^\s\u3000：:]{1,20}[\s\u3000]+[\u3400-\u9fffA-Za-z]{2,10}[：:]")  # "证券代码：688622 证券简称：X"
_CODE_VALUE = rx(r"[：:][ \t]*[\x21-\x7e][\x20-\x7e]{0,19}$")  # a field's value that is a code, number or date
_NUMBERED_ITEM = rx(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．)）](?![\d.、．])\s*(?=[\u3400-\u9fffA-Za-z【“\"])")
_HEADLINE_GAP = rx(r"[\u3400-\u9fff][ \u3000]+[\u3400-\u9fff]")
_FIELD = rx(r"^\s*(?:\d{1,2}\s*[.、．]\s*)?[\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z （）()/]{1,19}[：:]")  # "公司名稱：", "2.Company name:"


@frozen
class MappedText:
    text: str
    offsets: tuple[int, ...]  # offsets[i] is the index in the original text of text[i]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def repair_lines(text: str, base: int = 0) -> MappedText:
    """Join a paragraph line that stops mid-sentence with the line that continues it, skipping blank
    lines and photo captions between them."""
    lines = _lines_with_offsets(text)
    width = wrap_width([line for _, line in lines])
    out: list[str] = []
    offsets: list[list[int]] = []  # runs [start, end) of consecutive offsets
    i = 0
    while i < len(lines):
        start, line = lines[i]
        _append(out, offsets, line, base + start)
        if width and _wrapped(lines, i, width):
            _append(out, offsets, joiner(line, lines[i + 1][1]), base + start + len(line))
            i += 1
            continue
        nxt = _continuation(lines, i)
        if nxt is not None:
            if line[-1:].isascii() and line[-1:].isalpha() or _english_comma(line, lines[nxt][1].strip()):
                _append(out, offsets, " ", base + start + len(line))
            i = nxt
            continue
        end = start + len(line)
        if end < len(text):
            _append(out, offsets, "\n", base + end)
        i += 1
    if len(offsets) == 1:
        return MappedText("".join(out), tuple(offset_run(*offsets[0])))
    return MappedText("".join(out), tuple(chain.from_iterable(offset_run(start, end) for start, end in offsets)))


def _wrapped(lines: list[tuple[int, str]], i: int, width: int) -> bool:
    """A line of a text wrapped at `width` that the width cut, with the paragraph going on in the next
    line; a list's next item, a card's next field or a table's next row starts a line of its own."""
    line = lines[i][1]
    follow = lines[i + 1][1].strip() if i + 1 < len(lines) else ""
    if not follow or not cut_by_wrap(line, follow, width) or "|" in line or "|" in follow:
        return False
    if _NUMBERED_ITEM.match(follow) or _BRACKETED_ITEM.match(follow) or follow[0] in _BULLETS or _byline(follow) or _stamp(line):
        return False
    if _table_like(line) or _table_like(follow):
        return False
    return not (_FIELD.match(line) and _FIELD.match(follow))


def _table_like(line: str) -> bool:
    """A table's row or header flattened into spaced cells ("收入 842,510 655,020", " 二零二六年 二零二五年"): figures
    in columns at its end, or short Chinese cells with no clause; a summary's spaced phrases are longer."""
    cells = line.split()
    if _FIGURE_CELLS_END.search(line.strip()):
        return True
    return len(cells) >= 2 and bool(_CJK.search(line)) and not _CLAUSE_PUNCTUATION.search(line) \
        and max(len(cell) for cell in cells) <= _CELL_MAX


_CELL_MAX = 8
_FIGURE_CELL = r"[(（]?[-−]?\d(?:[\d,]*\d)?(?:\.\d+)?%?[)）]?"
_FIGURE_CELLS_END = rx(rf"(?:^|\s){_FIGURE_CELL}(?:[ \t]+{_FIGURE_CELL})+$")  # not "June 2, 2021": a date's comma
_BRACKETED_ITEM = rx(r"[(（](?:\d{1,2}|[A-Za-z]|[ivx]{1,4}|[一二三四五六七八九十]{1,3})[)）]")
_BULLETS = "•·●○■□◆◇▪▶►★☆※-*–—>"


def _continuation(lines: list[tuple[int, str]], i: int) -> int | None:
    line = lines[i][1].rstrip()
    if line.endswith(_SENTENCE_END) or not (len(line) >= _MIN_PARAGRAPH or _INNER_PUNCTUATION.search(line)):
        return None
    if i + 1 < len(lines) and not lines[i + 1][1].strip() and (not _CLAUSE_PUNCTUATION.search(line) or _headline(lines, i)):
        return None  # a headline "甲：乙" stands over its blank line; a broken sentence has a clause before
    if _HEADLINE_GAP.search(line) and not _CLAUSE_PUNCTUATION.search(line):
        return None  # a headline's phrases parted by a space ("甲授权乙 签约金300万美元"), no clause in it
    j = i + 1
    while j < len(lines) and (not lines[j][1].strip() or _CAPTION.match(lines[j][1].strip())):
        j += 1
    if j >= len(lines) or j - i > 8:
        return None
    follow = lines[j][1].strip()
    if j > i + 1 and _unfinished_paragraph(lines, j):
        return None  # blank-parted one-line paragraphs, none finished by a full stop: a list's items
    if _stamp(line):
        return None  # "2026-03-04 09:12 来源：X" over the article: the page's stamp, not a sentence's start
    if j > i + 1 and _headline_over_lede(lines, i, follow):
        return None
    if not follow or _byline(follow) or (_FIELD.match(line) and (_FIELD.match(follow) or _CODE_VALUE.search(line) or _TWO_FIELDS.search(line))):
        return None  # a card of fields, one a line ("公告日期：…", "公司名稱：…", "證券代碼：6812"), is not a broken sentence
    if _table_row_ends(line, follow) or _NUMBERED_ITEM.match(follow) and not _FIELD.match(line):
        return None  # "2. 乙公司完成B轮融资" opens the next item of a numbered list (a card's fields are read as before)
    if _DATELINE.match(follow) and not _CLAUSE_PUNCTUATION.search(line):
        return None  # a headline over "2026年9月9日，X宣布…": the story starts, the headline does not go on
    cjk_join = _CJK.match(line[-1]) or line[-1].isdigit() or line[-1] in "、，,"
    if cjk_join and (_CJK.match(follow[0]) or follow[0] in "，、。）)" or follow[0].isdigit()):
        return j
    if line[-1].isalpha() and follow[0].islower():
        return j
    return None


def _headline(lines: list[tuple[int, str]], i: int) -> bool:
    """The first line with text and no comma or full stop: the headline, even with a list mark in it
    ("X业绩：营收增长、亏损收窄"); a first sentence broken over a page ("公司与合作方签署授权许") has its clause."""
    return not _SENTENCE_CLAUSE.search(lines[i][1]) and not any(line.strip() for _, line in lines[:i])


_SENTENCE_CLAUSE = rx(r"[，。；;]|,(?!\d{3}(?!\d))")


def _headline_over_lede(lines: list[tuple[int, str]], i: int, follow: str) -> bool:
    """A short first line with a comma in it ("X公布中期业绩：营收下降，亏损收窄") over a blank line and a
    paragraph that opens as a story does (a date, 近日, 记者) or names the headline's subject again: the
    headline, not the first half of a broken sentence."""
    line = lines[i][1].strip()
    if len(line) > _HEADLINE_MAX or any(text.strip() for _, text in lines[:i]):
        return False
    opening = to_simplified(follow[:_OPENING])
    return bool(_LEDE_OPENING.match(opening)) or _same_subject(to_simplified(line[:_SUBJECT]), opening)


def _same_subject(headline: str, opening: str) -> bool:
    headline, opening = headline.lstrip("【[「"), opening.lstrip("【[「")
    return len(headline) >= _SUBJECT and headline == opening[:_SUBJECT] and all(_CJK.match(c) for c in headline)


_HEADLINE_MAX, _SUBJECT, _OPENING = 40, 4, 20
_LEDE_OPENING = rx(r"(?:\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月|近日|日前|今日|今天|昨日|昨天|"
                   r"本报讯|[^\s，,。]{0,8}记者|据[^，,。]{0,12}(?:报道|消息|公告)|[^\s，,]{2,12}(?:讯|消息)[，,\s])")


def _unfinished_paragraph(lines: list[tuple[int, str]], j: int) -> bool:
    """The line is a paragraph of its own (a blank line or the end after it) without a sentence end."""
    alone = j + 1 >= len(lines) or not lines[j + 1][1].strip()
    return alone and not lines[j][1].rstrip().endswith(_SENTENCE_END)


def _english_comma(line: str, follow: str) -> bool:
    """"December 31,\n2025": an English comma ends a clause and a space follows it, unless it parts the
    digits of one number broken over the lines ("866,103,\n121.71")."""
    return line.endswith(",") and follow[:1].isascii() and not line[:-1].isdigit() \
        and not (line[-2:-1].isdigit() and _THOUSANDS_GROUP.match(follow))


_THOUSANDS_GROUP = rx(r"\d{3}(?!\d)")


def _table_row_ends(line: str, follow: str) -> bool:
    """A pipe table's row ends with its line when the line closes on a figure and the next row opens
    with a label ("营业总收入 | 86,235.12 | 22.98" over "归属于…净利润 | …"); a line over a table (单位：万元)
    is not its first cell; nor is a flattened row whose figures are parted by spaces ("收入 1,284,356
    962,118 33.5" over "毛利 …"). A cell broken mid-word ("营业收入比" / "上年增减") is still joined."""
    if "|" not in line:
        return bool(_UNIT_LINE.search(line)) and follow.count("|") >= 2 \
            or bool(_FIGURE_COLUMNS_END.search(line)) and bool(_CJK.match(follow[0]))
    return line.count("|") >= 2 and bool(_FIGURE_END.search(line)) and bool(_CJK.match(follow[0]))


_FIGURE_END = rx(r"\d%?$")
_FIGURE = r"[(（]?[-−]?\d[\d,]*(?:\.\d+)?%?[)）]?"
_FIGURE_COLUMNS_END = rx(rf"(?:^|\s){_FIGURE}(?:[ \t]+{_FIGURE})+$")
_UNIT_LINE = rx(r"单位\s*[:：]\s*[^\s,，。;；]{1,10}[)）]?$")


def _byline(line: str) -> bool:
    """A short dated line without sentence punctuation: a byline or date line under a headline."""
    return len(line) <= _BYLINE_MAX and bool(_DATED.search(line)) and not _INNER_PUNCTUATION.search(line) \
        and not line.endswith(_SENTENCE_END)


_TIME_OR_SOURCE = rx(r"(?<!\d)\d{1,2}:\d{2}(?!\d)|(?:来源|來源|作者|编辑|編輯|责编|責編|记者|記者|Source|Author|By)\s*[:：|]", re.I)


def _stamp(line: str) -> bool:
    """A short line with a date and a time of day or a source field, and no clause in it: the stamp a
    news page prints over its article."""
    return len(line.strip()) <= _BYLINE_MAX and bool(_DATED.search(line)) and bool(_TIME_OR_SOURCE.search(line)) \
        and not _CLAUSE_PUNCTUATION.search(line)


def _append(out: list[str], runs: list[list[int]], piece: str, start: int) -> None:
    """The piece, its offsets from `start` on: most pieces go on where the one before ended (a line,
    then its newline), so they lengthen the last run of offsets."""
    out.append(piece)
    if runs and runs[-1][1] == start:
        runs[-1][1] = start + len(piece)
    else:
        runs.append([start, start + len(piece)])


_SHARED_MAX = 1 << 16
_shared: tuple[int, ...] = ()


def offset_run(start: int, end: int) -> tuple[int, ...] | range:
    """The offsets start..end-1, cut from one tuple of the ints under `_SHARED_MAX` that every article
    shares (grown as far as offsets go): an article's offsets are then pointers to ints made once,
    not thousands of new ints each time."""
    global _shared
    if end > len(_shared):
        if end > _SHARED_MAX:
            return range(start, end)
        _shared = tuple(range(min(_SHARED_MAX, max(end, 2 * len(_shared)))))
    return _shared[start:end]


def _lines_with_offsets(text: str) -> list[tuple[int, str]]:
    result = []
    pos = 0
    for raw in text.split("\n"):
        result.append((pos, raw))
        pos += len(raw) + 1
    return result


def identity(text: str, base: int = 0) -> MappedText:
    return MappedText(text, tuple(offset_run(base, base + len(text))))
