"""The fuzzy vocabulary: its letter-set shortcut never loses a near spelling; split words."""

from __future__ import annotations

import random

from rapidfuzz.distance import Levenshtein

from palimpsest.store.vocabulary import Vocabulary, fold, max_distance


def test_near_finds_what_comparing_every_term_finds() -> None:
    rng = random.Random(4)
    letters = "abcdeéfghilmnorstuüvwß"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 12))) for _ in range(4000)]
    terms = sorted({fold(w) for w in words})  # as the index holds them
    vocab = Vocabulary(lambda: [(t, 1) for t in terms], limit=10_000)
    for word in rng.sample(terms, 150):
        d = max_distance(word)
        brute = {t for t in terms if t != word and Levenshtein.distance(word, t) <= d}
        assert {t for t in vocab.near(word) if " " not in t} == brute, word


def test_near_leaves_out_common_words_and_keeps_the_nearest() -> None:
    terms = [("hides", 3), ("hidcs", 1), ("hdies", 5), ("times", 90)]
    vocab = Vocabulary(lambda: terms, common=frozenset(["times"]))
    assert vocab.near("hides") == ["hidcs", "hdies"]  # one edit, then two; never "times"
    vocab.limit = 1
    assert vocab.near("hides") == ["hidcs"]


def test_a_word_the_ocr_broke_in_two_is_offered_as_a_phrase() -> None:
    terms = [("respecta", 1), ("ely", 1), ("lot", 4), ("in", 9), ("deed", 2)]
    vocab = Vocabulary(lambda: terms, common=frozenset(["in", "deed", "lot"]))
    assert vocab.near("respectively") == ["respecta ely"]
    # two common words side by side are those words, not a broken third one
    assert vocab.near("indeed") == []


def test_a_word_run_together_with_common_words_is_found_inside_them() -> None:
    terms = [("waswearing", 1), ("wearings", 1), ("swearing", 1), ("isnotsurprising", 1)]
    vocab = Vocabulary(lambda: terms, common=frozenset(["was", "is", "not"]))
    assert "waswearing" in vocab.near("wearing")
    assert "swearing" in vocab.near("wearing")  # one edit: a near term, not a merge
    assert vocab._merges("wearing") == ["waswearing"]  # "s" and "s" are no common words
    assert vocab.near("surprising") == ["isnotsurprising"]


def test_misreadings_are_the_variants_that_are_no_word() -> None:
    terms = [("hcaring", 1), ("bearing", 9), ("hearing", 2)]
    vocab = Vocabulary(lambda: terms, known=frozenset(["bearing", "hearing"]))
    assert vocab.near("hearing") == ["bearing", "hcaring"]
    assert vocab.misreadings(vocab.near("hearing")) == ["hcaring"]


def test_every_split_and_merged_reading_is_what_it_claims() -> None:
    """Over random words: a phrase is two index terms, not both common, whose join is
    within reach of the word; a merged term is an index term holding the word itself."""
    rng = random.Random(7)
    letters = "abcdeilmnorstu"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(2, 9))) for _ in range(3000)]
    common = frozenset(rng.sample(words, 60))
    glue = sorted(common)
    merged = [rng.choice(glue) + w + rng.choice(glue) for w in rng.sample(words, 40)]
    terms = sorted({fold(w) for w in words + merged})
    vocab = Vocabulary(lambda: [(t, 1) for t in terms], common=common)
    index = set(terms)
    kinds = {"split": 0, "merged": 0}
    for word in [*rng.sample(terms, 200), *rng.sample(words, 40)]:
        word = fold(word)
        for variant in vocab.near(word):
            assert variant != word
            if " " in variant:
                a, b = variant.split(" ")
                assert a in index and b in index and not (a in common and b in common)
                assert Levenshtein.distance(a + b, word) <= max_distance(word)
                kinds["split"] += 1
            else:
                assert variant in index
                near = Levenshtein.distance(variant, word) <= max_distance(word)
                assert near or word in variant
                kinds["merged"] += not near
    assert kinds["split"] and kinds["merged"]  # both kinds were put to the test
