"""FTS5 query text and snippets for the SQLite store."""

from __future__ import annotations

from collections.abc import Callable

from palimpsest.search import Query, Term

START, STOP = "\x02", "\x03"
WEIGHTS = (1.0, 0.4)  # clean text counts more than the raw OCR text


def _fts_term(term: Term) -> str:
    phrase = '"' + " ".join(term.words) + '"'
    return phrase + "*" if term.prefix else phrase


def to_fts5(query: Query, variants: Callable[[str], list[str]] | None = None) -> str:
    """Translate a parsed query into FTS5 syntax; every word is quoted.

    ``variants`` gives the indexed spellings near a fuzzy term's word.
    """

    def alternatives(t: Term) -> list[str]:
        if t.fuzzy and variants is not None:
            return [_fts_term(t)] + [f'"{v}"' for v in variants(t.words[0])]
        return [_fts_term(t)]

    expr = " AND ".join(
        "(" + " OR ".join(a for t in g for a in alternatives(t)) + ")" for g in query.groups
    )
    for term in query.excluded:
        expr = f"({expr}) NOT {_fts_term(term)}"
    return expr


def split_snippet(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Turn FTS5's marked snippet into plain text plus highlight spans."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    start = 0
    for ch in marked:
        if ch == START:
            start = pos
        elif ch == STOP:
            spans.append((start, pos))
        else:
            out.append(ch)
            pos += 1
    return "".join(out), spans
