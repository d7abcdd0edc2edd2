"""The asset finder asks whether a position lies inside a span it must not read a name from (a
company's name, a vocabulary hit, a nuclide) with one bisect (_Cover.covers): the answer must be the
plain test over every span, and a name written again inside a company's name is still no asset."""
import random

from pharmalens.extraction.assets import _Cover, find_assets
from pharmalens.extraction.lexicon import default_lexicon


def test_covers_answers_as_a_look_at_every_span():
    rng = random.Random(5)
    for _ in range(300):
        spans = [(s, s + rng.randint(1, 12)) for s in (rng.randint(0, 60) for _ in range(rng.randint(0, 8)))]
        cover = _Cover(spans)
        for position in range(-1, 80):
            assert cover.covers(position) == any(s <= position < e for s, e in spans), (spans, position)


def test_a_brand_written_again_inside_an_excluded_span_is_not_read_again():
    text = "Tavira Bio launched Solvane (TVR-881) in May. Doctors prescribe Solvane widely. Solvane Partners Ltd invested."
    start = text.index("Solvane Partners")
    plain = [m.start for m in find_assets(text, default_lexicon()) if m.name == "Solvane"]
    kept = [m.start for m in find_assets(text, default_lexicon(), [(start, start + 20)]) if m.name == "Solvane"]
    assert plain == [20, 64, start] and kept == [20, 64]
