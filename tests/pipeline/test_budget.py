"""An article that would take too long is skipped as too_complex; the batch goes on and is not held up."""
import time
from pathlib import Path

from pharmalens import pipeline
from pharmalens.settings import Settings

from .corpus import CHINESE, HERON

DENSE = "恒瑞医药与诺华签署许可协议，首付款1.58亿美元，里程碑付款最高达15亿美元，药物处于临床II期；"


def test_an_article_over_its_budget_is_too_complex_and_the_rest_go_in(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(HERON, encoding="utf-8")
    (folder / "b.txt").write_text(DENSE * 3000, encoding="utf-8")  # some 250 KB of deals: seconds without a budget
    (folder / "c.txt").write_text(CHINESE, encoding="utf-8")
    pipeline.extract([folder / "a.txt"], Settings(workers=1))  # vocabularies loaded before the clock runs
    started = time.monotonic()
    result = pipeline.extract([folder], Settings(workers=1, document_seconds=0.5))  # a small article takes ~0.01 s
    assert time.monotonic() - started < 30
    assert [d.name for d in result.documents] == ["a.txt#1", "c.txt#1"]
    assert [(s.item, s.code) for s in result.skipped] == [(f"{folder / 'b.txt'}#1", "too_complex")]
    assert "0.5 s" in result.skipped[0].reason
    assert result.records["deals"]
