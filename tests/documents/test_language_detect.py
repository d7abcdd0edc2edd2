"""Language detection skips work (no Han character: English; Han characters the majority whatever the
Latin words) without changing its answer."""
import re
from operator import ne

from hypothesis import given, strategies as st

from pharmalens.documents.language import _converter, detect_language


def _plain(text: str) -> str:
    sample = text[:6000]
    cjk = "".join(re.findall(r"[\u3400-\u9fff]+", sample))
    if len(cjk) < 6 or len(cjk) < len(re.findall(r"[A-Za-z]+", sample)) * 0.8:
        return "en"
    han = cjk[:1500]
    simplified, traditional = _converter("t2s").convert(han), _converter("s2t").convert(han)
    return "zh-Hant" if sum(map(ne, han, simplified)) > sum(map(ne, han, traditional)) else "zh-Hans"


_TEXTS = ("Halvorsen Bio licenses HB-210 to Qilin Pharma for $40M upfront.",
          "Halvorsen Bio 与 启林医药 签署 授权 协议 a b c d e f g h i",
          "Halvorsen Bio 与启林医药签署授权协议, deal value USD 40 million, royalties and milestones to follow",
          "晨曦生物宣布與啟林醫藥簽署授權協議，首付款四千萬美元。",
          "晨曦生物宣布与启林医药签署授权协议，首付款四千万美元。CEO said: a b c d e f g h",
          "x " * 3000 + "药业" * 10, "药" * 7000, "")


def test_detection_agrees_with_counting_everything():
    for text in _TEXTS:
        assert detect_language(text) == _plain(text), text[:40]


@given(st.lists(st.sampled_from(["药", "業", "与", "公司", "Bio", "a", "ab ", " ", "，", "1", "é", "\n", "㐀", "\u9fff",
                                 "\ua000", "\u33ff", "𫖯", "\ud800"]), max_size=60))
def test_detection_agrees_on_any_mix(pieces):
    text = "".join(pieces)
    assert detect_language(text) == _plain(text)
