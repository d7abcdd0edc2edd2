import codecs

import pytest

from pharmalens.documents.decoding import decode_bytes
from pharmalens.model.records import Skipped

ZH_HANS = "百奥泰公告称，公司与欧洲药企签署授权许可协议，首付款及里程碑总金额最高至1.58亿美元。"
ZH_HANT = "本公司董事會欣然宣佈，已與合作夥伴訂立獨家許可協議，首付款為1.5億美元，另有里程碑付款。"


@pytest.mark.parametrize("text,encoding", [
    (ZH_HANS, "utf-8"), (ZH_HANS, "gb18030"), (ZH_HANS, "gbk"), (ZH_HANT, "big5"), (ZH_HANT, "utf-16"),
    ("An upfront payment of $45 million.", "utf-16-be"),
])
def test_encodings_are_detected(text, encoding):
    decoded = decode_bytes(text.encode(encoding), "f.txt")
    assert not isinstance(decoded, Skipped)
    assert decoded[0] == text


def test_bom_is_dropped_and_newlines_normalised():
    text, codec = decode_bytes(codecs.BOM_UTF8 + "第一行\r\n第二行".encode(), "f.md")
    assert text == "第一行\n第二行"


def test_binary_is_refused():
    result = decode_bytes(bytes(range(256)) * 20, "blob.txt")
    assert isinstance(result, Skipped) and result.code in ("binary", "undecodable")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [
    "青岚核医药与枫桥生物签署独家许可协议。首付款八千万元人民币。",
    ZH_HANS, ZH_HANT + "\n" + ZH_HANS + "\n",
])
def test_utf16_without_a_bom_holding_chinese_is_text(text, codec):
    decoded = decode_bytes(text.encode(codec), "f.txt")
    assert not isinstance(decoded, Skipped), decoded
    assert decoded[0] == text


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_chinese_in_two_byte_codecs_is_not_taken_for_utf16(encoding):
    texts = [ZH_HANT * 3, ZH_HANT] if encoding == "big5" else [ZH_HANS * 3, "签署协议" * 40]
    for text in texts:
        data = text.encode(encoding)
        data += b"" if len(data) % 2 == 0 else b" "
        assert decode_bytes(data, "f.txt") == (data.decode(encoding), encoding)
