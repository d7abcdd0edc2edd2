"""From a source file to its articles, each with text, title, language, date and relevance."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model.patterns import unicode_rx
from ..model.records import Document, Skipped, document_id
from ..model.vocabulary import load_yaml
from ..sources.files import SourceFile
from .dating import publication_date
from .decoding import decode_bytes
from .dedup import DuplicateIndex, content_hash
from .html import html_to_text
from .language import detect_language, to_simplified
from .lines import MappedText, repair_lines
from .normalise import normalise
from .origin import page_url, stated_url
from .relevance import is_relevant
from .splitting import split_articles

_FURNITURE_LINE = unicode_rx(
    r"^\s*(?:Workflow|Update time[:：]?|Reads?[:：]?\s*\d*|"
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:来源|來源)[:：].*)?|"
    r"来源[:：].*|發布時間.*|发布时间.*|\W*)\s*$", re.IGNORECASE)
_CREDIT = r"(?:转自|轉自|转载|轉載|摄影|攝影|编辑|編輯|记者|記者|撰文|作者|文)"
_NO_HEADLINE = unicode_rx(
    r"^(?:[(（【\[][^)）】\]]*[)）】\]]|.{0,4}|[^|｜]{0,20}(?:\s*[|｜]){3,}.*|[^>]{0,12}>.*|"
    rf".*{_CREDIT}\s*[:：/／|｜].*|.{{0,8}}[|｜]\s*{_CREDIT}|.{{0,12}}(?:新闻中心|新聞中心)|"
    r"(?:发布于|發佈於|發布於|发表于|發表於).*|.{0,10}(?:日报|晚报|时报|日報|晚報|時報|周刊|週刊)|"
    r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s.*)?|(?:[\u4e00-\u9fff]{2,4}\s+){3,}[\u4e00-\u9fff]{2,4}|"
    r".{0,60}(?:有限公司|limited|inc\.|ltd\.)|(?:自愿性?|自願性?)?公告|voluntary announcement|announcement|"
    r"(?:香港交易|hong kong exchanges).*(?:概不负责|概不負責|take no responsibility).*|.*[:：]|"
    r"by\s+(?-i:[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})\s*(?:[|·•].*)?|.{0,60}\b\d+\s+min(?:ute)?s?\s+read\b.*)$", re.IGNORECASE)
_TITLE_MAX = 120


@dataclass(frozen=True)
class Article:
    """An article ready for extraction: `mapped` is the repaired text, `normalised` the copy that
    recognisers read (one script, one set of text forms; see normalise.py), both mapping every
    character back to the file text."""

    document: Document
    mapped: MappedText
    normalised: MappedText
    file_text: str

    @property
    def search(self) -> str:
        return self.normalised.text

    def evidence_span(self, start: int, end: int) -> tuple[int, int, str]:
        s, e = self.normalised.source_span(start, end)
        return s, e, self.file_text[s:e]


def read_articles(source: SourceFile, duplicates: DuplicateIndex | None = None) -> list[Article] | Skipped:
    decoded = (source.text, None) if source.text is not None else _decoded(source)
    if isinstance(decoded, Skipped):
        return decoded
    text, page = decoded
    articles = []
    for n, (start, end) in enumerate(split_articles(text), start=1):
        articles.append(_article(source, text, start, end, n, duplicates, source.url or page))
    if not articles:
        return Skipped(source.path, "empty", "no article text found")
    return articles


def _decoded(source: SourceFile) -> tuple[str, str | None] | Skipped:
    """The text of a file, and the address a web page gives for itself."""
    decoded = decode_bytes(source.data, source.path)
    if isinstance(decoded, Skipped):
        return decoded
    text, _codec = decoded
    if source.suffix in (".html", ".htm"):
        return html_to_text(text), page_url(text)
    return text, None


def _article(source: SourceFile, text: str, start: int, end: int, n: int,
             duplicates: DuplicateIndex | None, url: str | None) -> Article:
    mapped = repair_lines(text[start:end], base=start)
    body = mapped.text
    lang = detect_language(body)
    digest = content_hash(body)
    doc_id = document_id(source.path, digest)
    duplicate_of = duplicates.find(body, digest, doc_id) if duplicates is not None else None
    normalised = normalise(mapped)
    document = Document(
        id=doc_id, source=source.path, text=body, span=(start, end), title=_title(body), lang=lang,
        relevant=is_relevant(normalised.text), published=publication_date(normalised.text), content_hash=digest,
        duplicate_of=duplicate_of, offsets=mapped.offsets, url=url or stated_url(body), fetched_at=source.fetched_at,
        pages=source.pages, name=f"{source.name}#{n}",
    )
    if duplicates is not None:
        duplicates.add(doc_id, body, digest)
    return Article(document=document, mapped=mapped, normalised=normalised, file_text=text)


def _title(body: str) -> str:
    """The first line that reads as a headline; failing one, the first line that is no page furniture."""
    stripped = (line.strip().lstrip("#").strip() for line in body.split("\n"))
    candidates = (text for text in stripped if text and not _FURNITURE_LINE.match(text) and not _section_name(text))
    first = line = ""
    for line in candidates:
        first = first or line
        if not _NO_HEADLINE.match(line):
            break
    else:
        line = first  # no line reads as a headline: the first that is no furniture
    if len(line) <= _TITLE_MAX:
        return re.split(r"(?<=。)", line, maxsplit=1)[0]
    end = next((m.end() for m in _SENTENCE_END.finditer(line) if not _ABBREVIATION.search(line, 0, m.start())), len(line))
    return line[:end][:_TITLE_MAX]


def _section_name(line: str) -> bool:
    """A site's section or channel name printed over the story ("Top Stories", 要闻), not its headline."""
    return len(line) <= _SECTION_MAX and to_simplified(line).casefold() in _section_names()


@lru_cache(maxsize=1)
def _section_names() -> frozenset[str]:
    return frozenset(str(name).casefold() for name in load_yaml("page_sections.yaml"))


_SECTION_MAX = 24
_SENTENCE_END = re.compile(r"[。！？!?]|\.(?=\s|$)")
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])+)$")  # "Merck & Co.", "U.S.": no sentence's end
