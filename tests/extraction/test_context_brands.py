from pharmalens.extraction.context_brands import context_brands


def test_each_caller_weighs_the_candidates_of_a_text_with_its_own_test_of_rarity():
    text = "In the trial, patients randomized to receive Ondrexa lived longer; Velmora is an oral KRAS inhibitor. 降脂药物康瑞宁在内地获批"
    everything = list(context_brands(text, lambda word: True))
    assert [text[s:e] for s, e in everything] == ["Velmora", "Ondrexa", "康瑞宁"]
    assert [text[s:e] for s, e in context_brands(text, lambda word: not word.startswith(("Ond", "ond")))] == ["Velmora", "康瑞宁"]
    assert list(context_brands(text, lambda word: True)) == everything
