"""Links written through the remembered encoders are the strings urllib writes."""
from urllib.parse import quote, urlencode

from pharmalens.interfaces.urls import query_string, segment

AWKWARD = ["doc_1", "a/b c", "澜沧药业", "x&y=z", "100%", "?#", "", "Lu-177 + Ac-225", "é"]


def test_segment_encodes_as_quote_with_nothing_safe() -> None:
    for text in AWKWARD:
        assert segment(text) == quote(text, safe="")
    assert segment("a/b") == "a%2Fb"


def test_query_string_is_urlencode() -> None:
    params = {"fact": "f/1 2", "field": "upfront", "lang": "zh", "offset": 200, "q": "澜沧&x=1", "flag": True}
    assert query_string(params) == urlencode(params)
    for text in AWKWARD:
        assert query_string({text: text}) == urlencode({text: text})
    assert query_string({}) == ""


def test_query_string_of_pairs_keeps_their_order() -> None:
    pairs = [("z", "1"), ("a", "x y"), ("lang", "zh")]
    assert query_string(pairs) == urlencode(pairs) == "z=1&a=x+y&lang=zh"


def test_a_linker_writes_evidence_links_as_its_plain_links() -> None:
    from pharmalens.interfaces.web import linker

    for lang in ("en", "zh"):
        link = linker(lang)
        for fact in (None, "", "deal_1", "f/1 2"):
            for field in (None, "", "upfront", "licensor"):
                for path in ("/documents/d1", "/documents/a%2Fb"):
                    assert link.evidence(path, fact, field) == link(path, fact=fact, field=field)
