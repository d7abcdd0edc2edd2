"""Control characters counted from UTF-8 bytes, and UTF-8 decoded once: the same answers as counting
with a pattern and decoding again."""
import re

from hypothesis import given, strategies as st

from pharmalens.documents.decoding import _control_ratio, decode_bytes


def _plain_ratio(text: str) -> float:
    sample = text[:4000]
    return len(re.findall(r"[\x00-\x08\x0d-\x1f]", sample)) / max(1, len(sample))


@given(st.lists(st.sampled_from(["\x00", "\x07", "\t", "\n", "\x0b", "\x0c", "\x1b", "\x1f", " ", "a", "药", "，", "𫖯",
                                 "\x7f", "\x85", "\ud800"]), max_size=60))
def test_the_control_share_agrees_with_a_pattern(pieces):
    text = "".join(pieces)
    assert _control_ratio(text) == _plain_ratio(text)
    assert _control_ratio(text * 100) == _plain_ratio(text * 100)


def test_utf8_and_other_files_decode_as_before():
    text = "鼎信生物（2291.HK）宣布：与 Larkspur Bio 签署授权协议，首付款 3,000 万美元。\r\nLine two\r"
    assert decode_bytes(text.encode("utf-8"), "a.txt") == (text.replace("\r\n", "\n").replace("\r", "\n"), "utf-8")
    assert decode_bytes(text.encode("gb18030"), "b.txt")[0] == text.replace("\r\n", "\n").replace("\r", "\n")
    assert decode_bytes("Vireo Pharma\x00 x".encode("utf-8") * 10, "c.bin").code == "binary"
    assert decode_bytes(("Vireo\x01\x02\x03 " * 50).encode("utf-8"), "d.txt").code == "binary"
