"""The conflict rules compare every stated value with every other; the fast forms must say the same."""
from hypothesis import given, strategies as st

from pharmalens.resolve.knowledge import agree, disagree, ranked
from pharmalens.resolve.trust import choose

texts = st.sampled_from(["PSMA", "psma", " PSMA ", "PSMA-1", "FAP", "fap!", "Lu-177", "lu 177", "", "ÅB"])
values = st.one_of(texts, st.lists(texts, max_size=3), st.integers(-2, 2))
names = {"Acme": "acme bio", "Acme Bio": "acme bio", "Beta": None}


def pairwise(name, stated, normalise=None):
    return any(not agree(name, a, b, normalise) for i, a in enumerate(stated) for b in stated[i + 1:])


def outcome(check, *args):
    try:
        return check(*args)
    except TypeError as exc:  # a list beside a number cannot be compared as sets, either way
        return type(exc)


@given(st.lists(values, max_size=6), st.sampled_from(["target", "territory", "modality", "indication"]))
def test_disagree_is_any_pair_that_does_not_agree(stated, name):
    assert outcome(disagree, name, stated) == outcome(pairwise, name, stated)


@given(st.lists(st.sampled_from(sorted(names) + ["acme", "Gamma"]), max_size=6))
def test_disagree_with_normalised_names(stated):
    def company(name):
        return names.get(name) or name
    assert disagree("licensor", stated, company) == pairwise("licensor", stated, company)


@given(st.lists(st.fixed_dictionaries({
    "value": values, "source_kind": st.sampled_from(["media", "company_release", "exchange_filing", None]),
    "published": st.sampled_from([None, "2024", "2024-05", "2024-05-02", "2025-01-01"]),
    "fact": st.sampled_from(["f1", "f2", "f3"])}), max_size=6))
def test_ranked_is_choose_again_and_again(candidates):
    rest, expected = list(candidates), []
    while rest:
        best = choose(rest)
        expected.append(best)
        rest.remove(best)
    assert ranked(candidates) == expected
