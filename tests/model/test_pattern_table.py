import re
from re import _compiler, _constants, _parser

from pharmalens.model import disk_cache, pattern_table
from pharmalens.model.patterns import rx

_SOURCES = [
    (r"(?P<y>(?:19|20)\d{2})\s*年(?:\s*(?P<m>\d{1,2})\s*月)?", re.ASCII),
    (r"\b(?:upfront|milestones?)\b(?<!no upfront)", re.ASCII | re.IGNORECASE),
    (r"[\u4e00-\u9fff]{2,12}(?:公司|集团)$", re.MULTILINE),
    (r"(?i:stock code)[:：]\s*(\d{4,6})", 0),
]


def test_a_pattern_from_the_engines_code_is_the_one_re_compile_makes():
    for source, flags in _SOURCES:
        made = pattern_table.compile_as(source, flags, source)
        assert made == re.compile(source, flags)
        assert made.groupindex == re.compile(source, flags).groupindex


def test_every_pattern_the_package_compiled_is_kept_as_re_compile_makes_it():
    """Or, for a pattern behind a lookahead for its first characters, with only its info block telling
    the search loop that class (pattern_scan.py)."""
    rx(r"\bKestrel\s+(?P<n>\w+)")
    table = pattern_table._entries()
    assert len(table.entries) > 100
    scanned = 0
    for (_, flags), entry in table.entries.items():
        if pattern_table._sre.compile(*entry) == re.compile(entry[0], flags):
            continue
        code, plain = entry[2], _compiler._code(_parser.parse(entry[0], flags), flags)
        assert code[2] == _constants.SRE_INFO_CHARSET and plain[2] == 0 and code[3:5] == plain[3:5]
        assert code[1 + code[1]:] == plain[1 + plain[1]:]
        scanned += 1
    assert scanned > 100


def test_the_table_comes_back_from_disk(tmp_path, monkeypatch):
    monkeypatch.setattr(disk_cache, "_directory", [tmp_path])
    first = pattern_table._Table()
    source, flags = _SOURCES[0]
    monkeypatch.setattr(pattern_table, "_table", [first])
    pattern_table.compile_as("key", flags, source)
    first.save()
    second = pattern_table._Table()
    monkeypatch.setattr(pattern_table, "_table", [second])
    assert pattern_table.known("key", flags) == re.compile(source, flags)
    assert pattern_table.known("other", flags) is None


def test_no_table_is_written_with_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setattr(disk_cache, "_directory", [tmp_path])
    table = pattern_table._Table()
    monkeypatch.setattr(pattern_table, "_table", [table])
    pattern_table.compile_as("key", 0, "abc")
    monkeypatch.setattr(disk_cache, "_directory", [None])
    table.save()
    assert not list(tmp_path.glob("patterns-*"))
