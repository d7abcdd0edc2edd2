"""DuplicateIndex at scale: MinHash + LSH candidates, verified by exact Jaccard."""
import random
import time

from pharmalens.documents import dedup
from pharmalens.documents.dedup import NEAR_DUPLICATE_JACCARD, DuplicateIndex, content_hash, jaccard, shingles

WORDS = ("licence upfront milestone royalty phase trial patient dose tumour target antibody conjugate "
         "radioligand isotope actinium lutetium approval filing revenue quarter partner option equity "
         "territory china global biotech pharma company asset pipeline data readout cohort response").split()


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))).capitalize() + f" {rng.randint(1, 9999)}."


def _article(rng: random.Random) -> list[str]:
    return [_sentence(rng) for _ in range(rng.randint(10, 18))]


def _corpus(n: int, seed: int = 11) -> list[list[str]]:
    rng = random.Random(seed)
    return [_article(rng) for _ in range(n)]


def test_planted_near_duplicate_is_found_among_2000_documents():
    articles = _corpus(2000)
    index = DuplicateIndex()
    for i, sentences in enumerate(articles):
        index.add(f"doc{i}", " ".join(sentences))
    original = articles[1234]
    reworded = list(original)
    reworded[3] = "In other words, " + _sentence(random.Random(5)).lower()
    near = " ".join(reworded)
    assert NEAR_DUPLICATE_JACCARD <= jaccard(shingles(near), shingles(" ".join(original))) < 1
    started = time.perf_counter()
    assert index.find(near, content_hash(near)) == "doc1234"
    assert time.perf_counter() - started < 1.0
    # never itself when read again, and a fresh article matches nothing
    assert index.find(near, content_hash(near), own_id="doc1234") is None
    fresh = " ".join(_article(random.Random(99)))
    assert index.find(fresh, content_hash(fresh)) is None


def test_exact_copy_wins_by_hash_and_own_id_is_not_a_duplicate():
    articles = _corpus(50, seed=3)
    index = DuplicateIndex()
    for i, sentences in enumerate(articles):
        text = " ".join(sentences)
        index.add(f"doc{i}", text, content_hash(text))
    text = " ".join(articles[7])
    assert index.find(text.upper() + "  ", content_hash(text)) == "doc7"
    assert index.find(text, content_hash(text), own_id="doc7") is None


def test_candidates_agree_with_brute_force():
    """Every pair above the threshold found by comparing all pairs is found by the index too."""
    rng = random.Random(21)
    bases = _corpus(150, seed=21)
    docs: list[str] = []
    for sentences in bases:
        docs.append(" ".join(sentences))
        if rng.random() < 0.3:  # a variant with one or two sentences changed
            variant = list(sentences)
            for k in rng.sample(range(len(variant)), rng.choice([1, 2])):
                variant[k] = _sentence(rng)
            docs.append(" ".join(variant))
    sets = [shingles(d) for d in docs]
    index = DuplicateIndex()
    planted = found = 0
    for i, doc in enumerate(docs):
        best = max(((jaccard(sets[i], sets[j]), j) for j in range(i)), default=(0.0, None))
        expected = f"d{best[1]}" if best[0] >= NEAR_DUPLICATE_JACCARD else None
        got = index.find(doc, content_hash(doc))
        if expected is not None:
            planted += 1
            found += got == expected
        else:
            assert got is None
        index.add(f"d{i}", doc)
    assert planted >= 20
    assert found == planted


def test_signature_is_deterministic_and_needs_no_python_hash():
    values = dedup.shingle_array("Sinotau licensed its Ac-225 PSMA radioligand to a partner.")
    first = dedup.minhash(values)
    assert first.shape == (dedup._HASHES,)
    assert (first == dedup.minhash(values.copy())).all()
    assert dedup._band_keys(values) == dedup._band_keys(values.copy())
    # banding finds a 0.6 pair with high probability
    p = 1 - (1 - NEAR_DUPLICATE_JACCARD ** dedup._ROWS) ** dedup._BANDS
    assert p > 0.98


def test_shingles_are_numpy_s_unique_values_without_importing_numpy_ma():
    import subprocess
    import sys

    import numpy as np
    script = ("import sys, numpy as np; from pharmalens.documents import dedup\n"
              "for text in ['', 'ab', 'aaaaaaaaaa', 'Sinotau licensed Ac-225 ' * 40, '华东医药 与 华东医药 合作' * 9]:\n"
              "    ours = dedup.shingle_array(text)\n"
              "    assert ours.dtype == np.uint32 and len(ours) and (np.diff(ours.astype(np.int64)) > 0).all(), text\n"
              "print('numpy.ma' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"]
    for values in (np.array([5, 1, 5, 3, 1], dtype=np.uint32), np.array([7], dtype=np.uint32), np.arange(9, dtype=np.uint32)):
        assert np.array_equal(dedup._sorted_unique(values.copy()), np.unique(values))


def test_an_article_s_hash_and_shingles_normalise_its_text_once():
    text = "Sinotau licensed its Ac-225 PSMA radioligand to a partner. " * 20
    dedup.normalise.cache_clear()
    sig = dedup.signature(text, content_hash(text))
    assert dedup.normalise.cache_info().hits == 1 and sig.digest == content_hash(text)
    assert dedup.normalise(text) == dedup._NOISE.sub("", text.casefold())


def test_hash_parameters_from_the_cache_are_the_drawn_ones():
    import numpy as np
    drawn = dedup._draw_parameters()
    assert np.array_equal(dedup._A.ravel(), np.array(drawn[0], dtype=np.uint64) | np.uint64(1))
    assert np.array_equal(dedup._B.ravel(), np.array(drawn[1], dtype=np.uint64))
    for kept, fresh in zip((dedup._MIX, dedup._SHINGLE_MIX, dedup._SALT), drawn[2:]):
        assert kept.dtype == np.uint64 and kept.tolist() == fresh
    assert all(int(a) % 2 == 1 for a in dedup._A.ravel()) and all(int(m) % 2 == 1 for m in dedup._MIX)
