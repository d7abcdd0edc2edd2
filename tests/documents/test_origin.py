from pharmalens.documents.origin import page_url, stated_url


def test_a_page_names_its_own_address():
    canonical = ('<html><head><link rel="canonical" href="https://wire.example.com/2026/ospray-licence">'
                 "<title>Ospray</title></head><body><p>Ospray Bio licensed OB-3.</p></body></html>")
    assert page_url(canonical) == "https://wire.example.com/2026/ospray-licence"
    og = ('<html><head><meta property="og:url" content="https://news.example.net/p/88">'
          "<title>Wren</title></head><body><p>Wren raised money.</p></body></html>")
    assert page_url(og) == "https://news.example.net/p/88"
    assert page_url("<html><head><title>x</title></head><body><p>No address.</p></body></html>") is None
    script = ('<html><head><link rel="canonical" href="javascript:alert(1)"><title>x</title></head>'
              "<body><p>Text.</p></body></html>")
    assert page_url(script) is None


def test_a_source_line_with_an_address():
    assert stated_url("标题\n2026年3月2日　来源：https://www.example.cn/news/77.html\n正文") == \
        "https://www.example.cn/news/77.html"
    assert stated_url("標題\n資料來源: 經濟日報 https://money.example.tw/story/9。\n內文") == \
        "https://money.example.tw/story/9"
    assert stated_url("Heron Bio signs deal\nSource: Heron Bio press office (https://heron.example.org/pr/5)\n") == \
        "https://heron.example.org/pr/5"
    assert stated_url("*2026-06-18 | 原文链接：https://a.example.com/x?id=3*") == "https://a.example.com/x?id=3"


def test_no_address_without_a_source_line():
    assert stated_url("2026年5月15日　来源：医药经济观察\n正文") is None
    assert stated_url("Visit https://heron.example.org for more; open-source tools") is None
    assert stated_url("Open source: the code is on https://git.example.org/repo") is None
