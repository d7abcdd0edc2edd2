from pathlib import Path

import pytest

from pharmalens.documents.articles import read_articles
from pharmalens.extraction.pipeline import extract_article
from pharmalens.sources.files import SourceFile

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def articles_of(text: str, name: str = "sample.txt", encoding: str = "utf-8"):
    data = text.encode(encoding)
    return read_articles(SourceFile(path=name, name=name, suffix=Path(name).suffix, data=data))


def facts_of(text: str, name: str = "sample.txt"):
    """Records of the first article of a text, by contract list name."""
    return extract_article(articles_of(text, name)[0]).records


@pytest.fixture
def facts():
    return facts_of
