"""Edit distance and error rates: checked against a plain dynamic programme."""

from __future__ import annotations

import random
import time
from collections.abc import Hashable, Sequence

import pytest

from palimpsest.eval.metrics import cer, corpus_cer, fold_whitespace, levenshtein, wer


def reference_distance(a: Sequence[Hashable], b: Sequence[Hashable]) -> int:
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("", "", 0),
        ("abc", "", 3),
        ("", "abc", 3),
        ("kitten", "sitting", 3),
        ("flaw", "lawn", 2),
        ("same", "same", 0),
        ("Straße", "Strasse", 2),
        ("año", "ano", 1),
        ("ab", "ba", 2),
    ],
)
def test_levenshtein_known(a: str, b: str, expected: int) -> None:
    assert levenshtein(a, b) == expected
    assert levenshtein(b, a) == expected


def test_levenshtein_matches_dynamic_programme_on_random_strings() -> None:
    rng = random.Random(1)
    for _ in range(400):
        alphabet = "abcdé \n"[: rng.randint(1, 7)]
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 90)))
        b = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 90)))
        assert levenshtein(a, b) == reference_distance(a, b), (a, b)


def test_levenshtein_crosses_machine_word_boundaries() -> None:
    rng = random.Random(2)
    for n in (63, 64, 65, 127, 128, 129, 300):
        a = "".join(rng.choice("abcd") for _ in range(n))
        b = list(a)
        for _ in range(n // 10 + 1):
            b[rng.randrange(n)] = rng.choice("abcdx")
        del b[rng.randrange(n)]
        b.insert(rng.randrange(len(b)), "y")
        assert levenshtein(a, "".join(b)) == reference_distance(a, "".join(b))


def test_levenshtein_works_on_word_lists() -> None:
    assert levenshtein(["the", "cat", "sat"], ["the", "cat", "sat", "down"]) == 1
    assert levenshtein(["a", "b"], ["c"]) == 2


def test_levenshtein_is_fast_on_long_pages() -> None:
    rng = random.Random(3)
    a = "".join(rng.choice("abcdefghij klmnop\n") for _ in range(5000))
    b = "".join(c if rng.random() > 0.05 else "x" for c in a)
    t = time.perf_counter()
    d = levenshtein(a, b)
    assert time.perf_counter() - t < 1.0
    assert 0 < d <= sum(1 for x, y in zip(a, b, strict=True) if x != y)


def test_fold_whitespace() -> None:
    assert fold_whitespace("  a\n\n b\t\fc  ") == "a b c"
    assert fold_whitespace("") == ""


def test_cer() -> None:
    assert cer("abc", "abc") == 0.0
    assert cer("abd", "abcd") == 0.25
    assert cer("", "") == 0.0
    assert cer("x", "") == 1.0
    assert cer("a  b\n", "a b", fold=True) == 0.0
    assert cer("a  b\n", "a b") == pytest.approx(2 / 3)


def test_corpus_cer_weighs_by_reference_length() -> None:
    pairs = [("abcd", "abcd"), ("", "ab")]  # 2 edits over 6 reference characters
    assert corpus_cer(pairs) == pytest.approx(2 / 6)
    assert corpus_cer([]) == 0.0
    assert corpus_cer([("a\n b", "a b")], fold=True) == 0.0


def test_wer() -> None:
    assert wer("the cat sat", "the cat sat") == 0.0
    assert wer("the bat sat", "the cat sat") == pytest.approx(1 / 3)
    assert wer("", "") == 0.0
    assert wer("a", "") == 1.0
