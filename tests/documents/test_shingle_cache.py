"""The writer's cache of stored texts' shingles: keyed by the text itself, and bounded."""
import numpy as np

from pharmalens.documents.dedup import ShingleCache, shingle_array, signature


def test_a_cached_array_is_the_texts_own_and_a_changed_text_is_shingled_again():
    cache = ShingleCache()
    first, changed = "Acme licensed AC-1 to Beta for $10 million.", "Acme licensed AC-2 to Beta for $12 million."
    assert np.array_equal(cache.get(first), shingle_array(first))
    assert np.array_equal(cache.get(changed), shingle_array(changed))
    cache.put(first, signature(first).shingles)
    assert np.array_equal(cache.get(first), shingle_array(first))


def test_the_cache_keeps_at_most_its_size_dropping_the_least_recently_used():
    texts = [f"article {n}: " + "word " * 200 for n in range(20)]
    one = len(texts[0]) + shingle_array(texts[0]).nbytes
    cache = ShingleCache(max_bytes=5 * one)
    for text in texts:
        cache.get(text)
        cache.get(texts[0])  # used again and again: kept
    assert cache._bytes <= 5 * one + one
    assert texts[0] in cache._arrays and texts[1] not in cache._arrays
