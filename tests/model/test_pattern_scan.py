import re
from pathlib import Path
from re import _compiler, _constants, _parser

import _sre

from pharmalens.model import pattern_table
from pharmalens.model.pattern_scan import with_start_scan
from pharmalens.model.pattern_starts import start_class

_NEWS = Path(__file__).resolve().parents[2] / "examples" / "news"


def _scanning(body: str, flags: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern behind its start lookahead, as re.compile makes it and with the start scan."""
    flags |= re.ASCII
    first = start_class(body, flags)
    assert first is not None
    source = f"(?={first})(?:{body})"
    parsed = _parser.parse(source, flags)
    code = with_start_scan([int(op) for op in _compiler._code(parsed, flags)], first, flags | parsed.state.flags)
    assert code[2] == _constants.SRE_INFO_CHARSET
    return re.compile(source, flags), _sre.compile(source, flags | parsed.state.flags, code, parsed.state.groups - 1,
                                                    dict(parsed.state.groupdict), (None,) * parsed.state.groups)


def test_a_scanned_pattern_finds_what_the_plain_one_finds_in_either_case():
    plain, scanned = _scanning(r"\bupfront\s+payment\b|\bIND\b|首付款|(?<!\d)\d{2,3}[A-Z][a-z]?-", re.IGNORECASE)
    text = "An Upfront payment, UPFRONT PAYMENT and an ind; 首付款 of 177Lu-X and upfront  payment. IND"
    found = [m.span() for m in scanned.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)] and len(found) == 7  # one upper-case start missed: 6 or fewer
    assert scanned.sub("#", text) == plain.sub("#", text)


def test_the_start_scan_is_told_only_where_it_can_be():
    first = start_class(r"\bkestrel\b", re.IGNORECASE)
    parsed = _parser.parse(f"(?={first})(?:\\bkestrel\\b)", re.IGNORECASE)
    code = [int(op) for op in _compiler._code(parsed, re.IGNORECASE)]
    assert with_start_scan(code, first, re.IGNORECASE | parsed.state.flags) == code  # Unicode folding: "K" is Kelvin


def test_every_scanned_pattern_of_the_package_finds_what_re_compile_finds_in_the_example_news():
    from pharmalens.extraction import pipeline  # noqa: F401  (compiles the package's patterns)

    texts = [p.read_bytes().decode("utf-8", "replace") for p in sorted(_NEWS.glob("*.txt"))]
    text = "\n\n".join(texts + [t.swapcase() for t in texts])
    scanned = 0
    for (_, flags), entry in pattern_table._entries().entries.items():
        if entry[2][2] != _constants.SRE_INFO_CHARSET or entry[2] == _compiler._code(_parser.parse(entry[0], flags), flags):
            continue
        made, plain = _sre.compile(*entry), re.compile(entry[0], flags)
        assert [m.span() for m in made.finditer(text)] == [m.span() for m in plain.finditer(text)], entry[0][:80]
        scanned += 1
    assert scanned > 100


def test_a_pattern_opening_with_one_character_test_gets_its_class_for_the_scan():
    from pharmalens.model.pattern_starts import scan_class
    from pharmalens.model.patterns import rx

    assert scan_class(r"[\u4e00-\u9fff]{2,12}(?:公司|集团)", 0) is not None
    assert scan_class(r"(?=[ab])(?:apex|bolt)", re.IGNORECASE) is not None
    assert scan_class(r"[a-z]{0,3}\d", 0) is None and scan_class(r"[^a]+b", 0) is None
    assert [m.group(0) for m in rx(r"[a-z]{0,3}\d").finditer("7 ab8")] == ["7", "ab8"]
    assert [m.group(0) for m in rx(r"(?=[ab])(?:apex|bolt)", re.IGNORECASE).finditer("x APEX bolt")] == ["APEX", "bolt"]
