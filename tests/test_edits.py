"""Standoff edits: application, offset maps both ways, mapping and merging edits."""

from __future__ import annotations

import random

import pytest

from palimpsest.model import Edit, EditStatus
from palimpsest.text.edits import (
    CleanText,
    apply_edits,
    edits_overlap,
    map_edit_to_original,
    merge_edits,
)


def E(start: int, end: int, repl: str, rule: str = "test", status: EditStatus = "applied") -> Edit:
    return Edit(start, end, repl, rule, "test@0", status=status)


def test_apply_replace_delete_insert() -> None:
    text = "The leding  role"
    ct = apply_edits(text, [E(10, 11, ""), E(6, 6, "a"), E(0, 3, "A")])
    assert ct.text == "A leading role"
    assert text == "The leding  role"


def test_only_applied_edits_count() -> None:
    ct = apply_edits("abc", [E(0, 1, "X", status="suggested"), E(1, 2, "Y", status="rejected")])
    assert ct.text == "abc"
    assert ct.to_original(0, 3) == (0, 3)


def test_no_edits_is_identity() -> None:
    ct = apply_edits("hello world", [])
    assert ct.text == "hello world"
    assert ct.to_original(3, 8) == (3, 8)
    assert ct.to_clean(3, 8) == (3, 8)


def test_overlap_raises_naming_both() -> None:
    with pytest.raises(ValueError) as err:
        apply_edits("abcdefgh", [E(0, 4, "x", "one"), E(3, 6, "y", "two")])
    assert "[0,4)" in str(err.value) and "[3,6)" in str(err.value)
    with pytest.raises(ValueError):
        apply_edits("abcdefgh", [E(0, 8, ""), E(2, 3, ""), E(5, 6, "")])
    with pytest.raises(ValueError):
        apply_edits("abcdefgh", [E(3, 3, "x"), E(3, 3, "y")])
    with pytest.raises(ValueError):
        apply_edits("abcdefgh", [E(2, 5, "x"), E(3, 3, "y")])


def test_adjacent_edits_and_boundary_insertions_are_fine() -> None:
    ct = apply_edits("abcdef", [E(0, 2, "X"), E(2, 4, "Y"), E(4, 4, "+"), E(2, 2, "-")])
    assert ct.text == "X-Y+ef"


def test_out_of_range_raises() -> None:
    with pytest.raises(ValueError):
        apply_edits("abc", [E(2, 5, "")])
    ct = apply_edits("abc", [])
    with pytest.raises(ValueError):
        ct.to_original(2, 9)
    with pytest.raises(ValueError):
        ct.to_clean(2, 1)


def test_overlap_predicate() -> None:
    assert edits_overlap(E(0, 3, ""), E(2, 4, ""))
    assert not edits_overlap(E(0, 2, ""), E(2, 4, ""))
    assert edits_overlap(E(2, 2, ""), E(0, 4, ""))
    assert not edits_overlap(E(0, 0, ""), E(0, 4, ""))
    assert edits_overlap(E(1, 1, "a"), E(1, 1, "b"))


def test_mapping_examples() -> None:
    #        0123456789012345
    text = "lead-\ning ﬁght"
    ct = apply_edits(text, [E(4, 6, ""), E(10, 11, "fi")])
    assert ct.text == "leading fight"
    assert ct.to_original(0, 7) == (0, 9)  # "leading" <- "lead-\ning"
    assert ct.to_original(4, 7) == (6, 9)  # "ing": the deletion before it is left out
    assert ct.to_original(0, 4) == (0, 4)  # "lead": the deletion after it is left out
    assert ct.to_original(8, 9) == (10, 11)  # "f" inside "fi" -> the whole ligature
    assert ct.to_original(8, 13) == (10, 14)
    assert ct.to_clean(4, 6) == (4, 4)  # deleted text -> an empty span
    assert ct.to_clean(0, 9) == (0, 7)
    assert ct.to_clean(10, 11) == (8, 10)
    assert ct.to_original(9, 9) == (10, 11)  # a point inside a replacement
    assert ct.to_original(13, 13) == (14, 14)


def _random_case(rng: random.Random) -> tuple[str, list[Edit]]:
    n = rng.randint(0, 40)
    text = "".join(rng.choice("ab \n-\fé") for _ in range(n))
    edits: list[Edit] = []
    pos = 0
    while pos <= n:
        pos += rng.randint(0, 4)
        if pos > n:
            break
        end = min(n, pos + rng.choice([0, 0, 1, 1, 2, 3]))
        if end == pos and edits and edits[-1].start == edits[-1].end == pos:
            pos += 1
            continue
        repl = rng.choice(["", "", "x", "yz", " ", "\n\n"])
        if end == pos and not repl:
            repl = "i"
        edits.append(E(pos, end, repl))
        pos = end if end > pos else pos
    rng.shuffle(edits)
    return text, edits


def _char_map(text: str, edits: list[Edit]) -> list[tuple[int, int]]:
    """Brute force: for each clean character, the original span that produced it."""
    out: list[tuple[int, int]] = []
    pos = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        out += [(i, i + 1) for i in range(pos, e.start)]
        same = e.replacement == text[e.start : e.end]
        out += [(e.start + i, e.start + i + 1) if same else (e.start, e.end)
                for i in range(len(e.replacement))]  # fmt: skip
        pos = e.end
    out += [(i, i + 1) for i in range(pos, len(text))]
    return out


def test_randomised_round_trips() -> None:
    rng = random.Random(1234)
    for _ in range(600):
        text, edits = _random_case(rng)
        ct = apply_edits(text, edits)
        cmap = _char_map(text, edits)
        assert len(cmap) == len(ct.text)
        for i, span in enumerate(cmap):
            assert ct.to_original(i, i + 1) == span
        for _ in range(10):
            s = rng.randint(0, len(ct.text))
            e = rng.randint(s, len(ct.text))
            os_, oe = ct.to_original(s, e)
            if s == e:
                continue
            assert (os_, oe) == (cmap[s][0], cmap[e - 1][1])
            cs, ce = ct.to_clean(os_, oe)
            edge = {x.start for x in edits if x.start == x.end}
            if not edge & {os_, oe}:  # to_clean leaves out insertions at the edges
                assert cs <= s and e <= ce
        points = [ct.to_clean(p, p)[0] for p in range(len(text) + 1)]
        assert points == sorted(points)
        assert points[-1] == len(ct.text)


def test_map_edit_to_original_simple() -> None:
    text = "The  leding role"
    ct = apply_edits(text, [E(3, 5, " ")])
    fix = map_edit_to_original(E(4, 10, "leading", "ocr-correction"), ct)
    assert (fix.start, fix.end, fix.replacement, fix.rule) == (5, 11, "leading", "ocr-correction")


def test_correction_across_a_hyphenation_join() -> None:
    text = "the le-\nding role"
    base = [E(6, 8, "", "hyphenation")]
    ct = apply_edits(text, base)
    assert ct.text == "the leding role"
    fix = map_edit_to_original(E(4, 10, "leading", "ocr-correction"), ct)
    assert (fix.start, fix.end, fix.replacement) == (4, 12, "leading")
    assert merge_edits(base, [fix]) == base  # dropped: it overlaps the join
    merged = merge_edits(base, [fix], supersede=True)
    assert [e.status for e in merged] == ["applied", "rejected"]
    assert apply_edits(text, merged).text == "the leading role"
    assert base[0].status == "applied"  # inputs untouched


def test_merge_keeps_suggestions_and_drops_overlapping_extras() -> None:
    base = [E(0, 2, "X")]
    extra = [E(1, 3, "Y"), E(1, 3, "S", status="suggested"), E(4, 5, "Z"), E(4, 6, "W")]
    merged = merge_edits(base, extra)
    assert [(e.start, e.replacement) for e in merged] == [(0, "X"), (1, "S"), (4, "Z")]


def test_randomised_corrections_mapped_back() -> None:
    rng = random.Random(99)
    for _ in range(500):
        text, edits = _random_case(rng)
        ct = apply_edits(text, edits)
        s = rng.randint(0, len(ct.text))
        e = rng.randint(s, min(len(ct.text), s + 5))
        repl = rng.choice(["", "Q", "QR"])
        if s == e and not repl:
            continue
        fix = map_edit_to_original(E(s, e, repl, "ocr-correction"), ct)
        expected = ct.text[:s] + repl + ct.text[e:]
        merged = merge_edits(edits, [fix], supersede=True)
        assert apply_edits(text, merged).text == expected


def test_cleantext_is_a_plain_value() -> None:
    ct = apply_edits("a  b", [E(1, 3, " ")])
    assert isinstance(ct, CleanText)
    assert ct.original_length == 4
    assert len(ct.edits) == 1


def test_many_edits_fast() -> None:
    text = "word  " * 20000
    edits = [E(i * 6 + 4, i * 6 + 6, " ") for i in range(20000)]
    ct = apply_edits(text, edits)
    assert len(ct.text) == 100000
    assert ct.to_original(99995, 100000) == (119994, 120000)
