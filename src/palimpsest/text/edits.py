"""Apply standoff edits to an untouched original text, and map offsets both ways.

The original OCR text is never changed; the clean text is the original with its
``applied`` :class:`~palimpsest.model.Edit` s substituted in. Annotations live on
the clean text while evidence must point at the original, so :class:`CleanText`
carries a segment table that maps spans either way in O(log n) with ``bisect``.
Later stages (word correction) work on the clean text and move their edits back
onto the original with :func:`map_edit_to_original` and :func:`merge_edits`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter

from palimpsest.model import Edit

__all__ = [
    "CleanText",
    "apply_edits",
    "edits_overlap",
    "map_edit_to_original",
    "merge_edits",
    "sort_edits",
]


def _describe(e: Edit) -> str:
    return f"[{e.start},{e.end})->{e.replacement!r} ({e.rule})"


def edits_overlap(a: Edit, b: Edit) -> bool:
    """Whether two edits touch the same original text and so cannot both apply.

    Adjacent edits do not overlap. An insertion (``start == end``) overlaps an
    edit only when strictly inside it, and two insertions at one point overlap
    because their order would be ambiguous.
    """
    a_empty, b_empty = a.start == a.end, b.start == b.end
    if a_empty and b_empty:
        return a.start == b.start
    if a_empty:
        return b.start < a.start < b.end
    if b_empty:
        return a.start < b.start < a.end
    return a.start < b.end and b.start < a.end


def sort_edits(edits: Iterable[Edit]) -> list[Edit]:
    """Edits in application order: by start, insertions before replacements."""
    return sorted(edits, key=attrgetter("start", "end"))


@dataclass(frozen=True, slots=True)
class CleanText:
    """The clean text plus the table that maps its offsets to the original.

    Only the replaced segments are stored (parallel sorted lists of original and
    clean bounds); text between them is identical in both, so a position is
    mapped by one ``bisect`` and an offset.
    """

    text: str
    original_length: int
    edits: tuple[Edit, ...] = ()
    _os: list[int] = field(default_factory=list, repr=False)
    _oe: list[int] = field(default_factory=list, repr=False)
    _cs: list[int] = field(default_factory=list, repr=False)
    _ce: list[int] = field(default_factory=list, repr=False)

    def _orig_start(self, c: int) -> int:
        # Character c of the clean text -> original offset where it begins.
        k = bisect_right(self._ce, c)
        if k < len(self._cs) and self._cs[k] <= c:
            return self._os[k]  # inside a replacement: the whole replaced span
        return c if k == 0 else self._oe[k - 1] + (c - self._ce[k - 1])

    def _orig_end(self, c: int) -> int:
        # Character c of the clean text -> original offset just after it.
        k = bisect_right(self._ce, c)
        if k < len(self._cs) and self._cs[k] <= c:
            return self._oe[k]
        return c + 1 if k == 0 else self._oe[k - 1] + (c - self._ce[k - 1]) + 1

    def _clean_start(self, o: int) -> int:
        k = bisect_right(self._oe, o)
        if k < len(self._os) and self._os[k] <= o:
            return self._cs[k]
        return o if k == 0 else self._ce[k - 1] + (o - self._oe[k - 1])

    def _clean_end(self, o: int) -> int:
        k = bisect_right(self._oe, o)
        if k < len(self._os) and self._os[k] <= o:
            return self._ce[k]
        return o + 1 if k == 0 else self._ce[k - 1] + (o - self._oe[k - 1]) + 1

    def _clean_point(self, p: int, *, before_insertion: bool) -> int:
        # Original boundary p -> clean offset, on either side of an insertion at p.
        k = bisect_right(self._oe, p)
        if before_insertion and k > 0 and self._os[k - 1] == self._oe[k - 1] == p:
            k -= 1
        if k < len(self._os) and self._os[k] < p:
            return self._cs[k] if before_insertion else self._ce[k]  # p inside a replacement
        return p if k == 0 else self._ce[k - 1] + (p - self._oe[k - 1])

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The smallest original span that produced clean ``[start, end)``.

        A span touching a replacement widens to the whole replaced original
        span; deletions just outside the span are left out. An empty span maps
        to a point (or to the replaced span when strictly inside a replacement).
        """
        _check_span(start, end, len(self.text), "clean")
        if start == end:
            k = bisect_right(self._ce, start)
            if k < len(self._cs) and self._cs[k] < start:
                return self._os[k], self._oe[k]
            p = self._orig_start(start) if start < len(self.text) else self.original_length
            return p, p
        return self._orig_start(start), self._orig_end(end - 1)

    def to_clean(self, start: int, end: int) -> tuple[int, int]:
        """The clean span produced from original ``[start, end)``.

        Text deleted by edits maps to an empty span at the deletion point;
        insertions at the span's edges are left out (a point maps after them).
        """
        _check_span(start, end, self.original_length, "original")
        if start == end:
            p = self._clean_start(start) if start < self.original_length else len(self.text)
            return p, p
        s, e = self._clean_start(start), self._clean_end(end - 1)
        return s, max(s, e)


def _check_span(start: int, end: int, length: int, which: str) -> None:
    if not 0 <= start <= end <= length:
        raise ValueError(f"span [{start},{end}) outside the {which} text (length {length})")


def apply_edits(original: str, edits: Iterable[Edit]) -> CleanText:
    """Substitute the ``applied`` edits into ``original`` and build the offset map.

    Raises ``ValueError`` for an edit outside the text or two overlapping
    applied edits (naming both), since the clean text would be ambiguous.
    """
    applied = sort_edits(e for e in edits if e.status == "applied")
    n = len(original)
    parts: list[str] = []
    os_: list[int] = []
    oe: list[int] = []
    cs: list[int] = []
    ce: list[int] = []
    pos = 0  # original offset copied so far
    clen = 0  # clean length so far
    prev: Edit | None = None
    for e in applied:
        start, end, repl = e.start, e.end, e.replacement
        if not 0 <= start <= end <= n:
            raise ValueError(f"edit {_describe(e)} outside the original text (length {n})")
        if prev is not None and start <= prev.end and edits_overlap(prev, e):
            raise ValueError(f"overlapping edits: {_describe(prev)} and {_describe(e)}")
        if prev is None or end >= prev.end:
            prev = e
        if start > pos:
            parts.append(original[pos:start])
            clen += start - pos
        parts.append(repl)
        if end - start != len(repl) or repl != original[start:end]:  # no-ops keep identity
            os_.append(start)
            oe.append(end)
            cs.append(clen)
            ce.append(clen + len(repl))
        clen += len(repl)
        pos = end
    parts.append(original[pos:])
    return CleanText("".join(parts), n, tuple(applied), os_, oe, cs, ce)


def map_edit_to_original(edit_on_clean: Edit, clean: CleanText) -> Edit:
    """Move an edit made on the clean text onto the original text.

    The span is widened with :meth:`CleanText.to_original`; the replacement is
    padded with the clean text of that widening (including insertions at its
    edges), so the new edit yields the same result once it supersedes the
    cleaning edits it covers (see :func:`merge_edits` with ``supersede=True``).
    """
    s, e = edit_on_clean.start, edit_on_clean.end
    os_, oe = clean.to_original(s, e)
    cs = min(s, clean._clean_point(os_, before_insertion=True))
    ce = max(e, clean._clean_point(oe, before_insertion=False))
    repl = clean.text[cs:s] + edit_on_clean.replacement + clean.text[e:ce]
    return replace(edit_on_clean, start=os_, end=oe, replacement=repl)


def _conflict(b: Edit, e: Edit) -> bool:
    edge_insertion = b.start == b.end and e.start <= b.start <= e.end
    return edge_insertion or edits_overlap(b, e)


def merge_edits(
    base: Sequence[Edit], extra: Iterable[Edit], *, supersede: bool = False
) -> list[Edit]:
    """Add ``extra`` edits to ``base`` ones without ever creating an overlap.

    An applied extra edit that overlaps an applied base edit (or an earlier
    accepted extra), or has a base insertion at one of its edges, is dropped.
    With ``supersede=True`` an extra edit that fully covers those base edits
    wins instead, and they come back as copies with status ``rejected`` (the
    history stays visible): that is the case for a correction mapped with
    :func:`map_edit_to_original` across, say, a hyphenation join, whose
    replacement already includes what they did. Non-applied edits never
    conflict. The result is sorted by start; the inputs are not modified.
    """
    out: list[Edit] = list(base)
    live = sort_edits(e for e in base if e.status == "applied")
    starts = [e.start for e in live]
    ends = [e.end for e in live]  # non-decreasing when base is consistent
    rejected: dict[int, Edit] = {}  # id(base edit) -> rejected copy
    accepted: list[Edit] = []
    last: Edit | None = None  # accepted extra reaching furthest right
    for e in sort_edits(extra):
        if e.status != "applied":
            out.append(e)
            continue
        if last is not None and edits_overlap(last, e):
            continue
        lo = max(0, bisect_left(ends, e.start) - 1)
        hi = bisect_right(starts, e.end)
        hits = [b for b in live[lo : hi + 1] if id(b) not in rejected and _conflict(b, e)]
        if hits:
            covered = all(e.start <= b.start and b.end <= e.end for b in hits)
            if not (supersede and covered):
                continue
            for b in hits:
                note = f"superseded by {e.rule} [{e.start},{e.end})"
                rejected[id(b)] = replace(b, status="rejected", note=note)
        accepted.append(e)
        if last is None or e.end >= last.end:
            last = e
    out = [rejected.get(id(b), b) for b in out] + accepted
    return sort_edits(out)
