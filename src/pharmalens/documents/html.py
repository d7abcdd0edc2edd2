"""Main text and title of a saved web page."""
from __future__ import annotations

import html as html_lib
import re

_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def html_to_text(markup: str) -> str:
    """The article text of a page (boilerplate removed); falls back to all visible text."""
    import trafilatura  # lxml and its models cost a tenth of a second: paid by runs that read HTML only

    extracted = trafilatura.extract(markup, include_comments=False, include_tables=True,
                                    favor_recall=True, with_metadata=False)
    title = html_title(markup)
    if not extracted:
        body = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", markup)
        extracted = html_lib.unescape(_TAG.sub("\n", body))
        extracted = "\n".join(line.strip() for line in extracted.split("\n") if line.strip())
    if title and title not in extracted[:200]:
        extracted = f"{title}\n{extracted}"
    return extracted


def html_title(markup: str) -> str | None:
    match = _TITLE.search(markup)
    return html_lib.unescape(match.group(1)).strip() if match else None
