"""Where an article came from, when the input says so: the page's own address (`<link rel="canonical">`
or `og:url`, read by trafilatura) or a line naming the source with a web address (来源：, 資料來源：,
原文链接：, Source:). The fetched address or a sidecar file (see `sources.files`) comes first."""
from __future__ import annotations

import re

from ..model.patterns import rx

_STATED = rx(r"(?:(?:^|[\s\u3000|｜·丨*_(（\[])(?:来源|來源|资料来源|資料來源|原文链接|原文連結)"
             r"|^[\s*_>|(\[-]*(?:source|original(?: article)?))"
             r"\s*[:：]\s*[^\n]{0,200}?(https?://[^\s\u3000<>\"'）)\]]+)", re.IGNORECASE | re.MULTILINE)
_TRAILING = ".,;:!?*_。，；："


def page_url(markup: str) -> str | None:
    """The address a saved web page gives for itself (canonical link or og:url), if any."""
    import trafilatura  # imported by runs that read HTML only (a tenth of a second)

    metadata = trafilatura.extract_metadata(markup)
    url = metadata.url if metadata is not None else None
    return url if url and url.lower().startswith(("http://", "https://")) else None


def stated_url(text: str) -> str | None:
    """The web address on the first line that names the article's source, if any."""
    match = _STATED.search(text) if "://" in text else None
    return match.group(1).rstrip(_TRAILING) if match else None
