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
