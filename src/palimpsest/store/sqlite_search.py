"""Search over the SQLite store's FTS5 index: the query, filters, ranking and snippets.

Ranking happens in the index alone (bm25 over the clean text and, weighted less, the
raw OCR text); documents are read for the page of hits only. Fuzzy terms expand to
the index's own near spellings (:mod:`palimpsest.store.vocabulary`).
"""

from __future__ import annotations

import sqlite3
from functools import cache
from typing import Any

from palimpsest.search import Query
from palimpsest.store.base import Filters, SearchHit
from palimpsest.store.fts5 import START, STOP, WEIGHTS, split_snippet, to_fts5
from palimpsest.store.vocabulary import Vocabulary, fold

KNOWN_LOGP = -14.0  # the ~30,000 words of a language whose variants rank after misreadings


BROWSE_SNIPPET = 160  # characters of a browsed document's opening


def _holds(column: str) -> str:
    """SQL: ``column`` folded (case and accents, as the index folds words) holds the
    folded name given twice as parameters. Plain ASCII text is folded by ``lower()`` in C;
    only text with other characters calls the Python ``fold`` (ten times the cost)."""
    return (f"(CASE WHEN {column} GLOB '*[^ -~]*' THEN instr(fold({column}), ?)"
            f" ELSE instr(lower({column}), ?) END) > 0")


def filter_sql(filters: Filters) -> tuple[list[str], list[Any]]:
    """SQL conditions on ``documents d`` for the filters that are set."""
    where: list[str] = []
    params: list[Any] = []
    for column, value in (
        ("d.language", filters.language),
        ("d.media_type", filters.media_type),
        ("d.genre", filters.genre),
    ):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if filters.source:
        where.append("d.id IN (SELECT document_id FROM sources WHERE instr(path, ?) > 0)")
        params.append(filters.source)
    if filters.issuer:
        where.append(_holds("d.issuer"))
        params += [fold(filters.issuer)] * 2
    for entity_type, name in (
        ("PER", filters.person),
        ("ORG", filters.org),
        ("LOC", filters.place),
    ):
        if name:
            where.append(
                "d.id IN (SELECT m.document_id FROM mentions m JOIN entities e"
                " ON e.id = m.entity_id WHERE m.status != 'rejected' AND e.type = ?"
                f" AND ({_holds('e.canonical')} OR {_holds('e.aliases')}))"
            )
            params += [entity_type, *[fold(name)] * 4]  # belaunde finds Belaúnde
    if filters.year_from is not None:
        where.append("d.year_best >= ?")
        params.append(filters.year_from)
    if filters.year_to is not None:
        where.append("d.year_best <= ?")
        params.append(filters.year_to)
    return where, params


@cache
def _folded_words(lang: str, min_logp: float | None) -> frozenset[str]:
    """:func:`~palimpsest.text.correct.lm.common_words`, folded as the index folds them
    (once a process: the vocabulary is made again after every ingest)."""
    from palimpsest.text.correct.lm import COMMON_LOGP, common_words  # numpy: fuzzy only

    at_least = COMMON_LOGP if min_logp is None else min_logp
    return frozenset(fold(w) for w in common_words(lang, at_least))


class SqliteSearch:
    """The search side of one SQLite connection, with the fuzzy vocabulary it caches."""

    def __init__(self, db: sqlite3.Connection, rank_window: int) -> None:
        self.db = db
        self.rank_window = rank_window
        self._vocab: Vocabulary | None = None
        self._vocab_key: int | None = None

    def _vocabulary(self) -> Vocabulary:
        """The index's terms, reloaded when documents were added since."""
        key = self.db.execute("SELECT max(id) FROM documents").fetchone()[0]
        if self._vocab is None or self._vocab_key != key:
            common, known = self._words(), self._words(KNOWN_LOGP)
            self._vocab = Vocabulary(self.terms, common=common, known=known)
            self._vocab_key = key
        return self._vocab

    def _words(self, min_logp: float | None = None) -> frozenset[str]:
        """Words of the languages the archive's documents are in, folded: those more
        probable than ``min_logp`` by their language models (default: the commonest)."""
        langs = self.db.execute(
            "SELECT DISTINCT language FROM documents WHERE language IS NOT NULL"
        ).fetchall()
        return frozenset().union(*(_folded_words(lang, min_logp) for (lang,) in langs))

    def terms(self, min_documents: int = 1) -> list[tuple[str, int]]:
        """(term, documents) for the index's terms in ``min_documents`` or more."""
        self.db.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms"
            " USING fts5vocab(main, 'documents_fts', 'row')"
        )
        rows = self.db.execute(
            "SELECT term, doc FROM temp.fts_terms WHERE doc >= ?", (min_documents,)
        )
        return [(r[0], r[1]) for r in rows]

    def _ranked(
        self, match: str, restrict: str, values: list[Any], limit: int
    ) -> list[sqlite3.Row]:
        """The best ``limit`` matches (rowid, score), ranked in the index alone."""
        if self.rank_window > 0:
            # Ranking costs ~1 µs a match: past the window, rank the newest matches only.
            edge = self.db.execute(
                f"SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?{restrict}"
                " ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                [match, *values, self.rank_window - 1],
            ).fetchone()
            if edge is not None:
                restrict += f" AND rowid >= {int(edge[0])}"
        return list(self.db.execute(
            f"SELECT rowid, bm25(documents_fts, {WEIGHTS[0]}, {WEIGHTS[1]}) AS score"
            f" FROM documents_fts WHERE documents_fts MATCH ?{restrict}"
            f" ORDER BY score LIMIT ?",
            [match, *values, limit],
        ))

    def _snippets(self, match: str, ids: list[int]) -> dict[int, str]:
        """Marked snippets of the documents ``ids`` that ``match`` matches."""
        # from the index alone (a join here makes SQLite re-run the match per row)
        marks = ",".join("?" * len(ids))
        return dict(self.db.execute(
            f"SELECT rowid, snippet(documents_fts, -1, '{START}', '{STOP}', '…', 16)"
            f" FROM documents_fts WHERE documents_fts MATCH ? AND rowid IN ({marks})",
            [match, *ids],
        ).fetchall())

    def matching(self, query: Query) -> list[int]:
        """Every matching document id, in id order: no ranking, no snippets."""
        match = to_fts5(query, lambda word: self._vocabulary().near(word))
        rows = self.db.execute(
            "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid", [match]
        )
        return [int(r[0]) for r in rows]

    def browse(self, filters: Filters, limit: int = 20) -> list[SearchHit]:
        """The documents the filters let through, with no words to look for: by date
        (undated last), then in the order they came; each with its opening words."""
        clauses, values = filter_sql(filters)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.db.execute(
            f"SELECT {_HIT_COLUMNS},"
            f" substr(d.clean_text, 1, {BROWSE_SNIPPET}) AS opening FROM documents d{where}"
            " ORDER BY d.year_best IS NULL, d.year_best, d.id LIMIT ?",
            [*values, limit],
        )
        return [_hit(r, 0.0, " ".join(r["opening"].split()) + "…", []) for r in rows]

    def search(self, query: Query, filters: Filters, limit: int = 20) -> list[SearchHit]:
        near: dict[str, list[str]] = {}

        def variants(word: str) -> list[str]:
            if word not in near:
                near[word] = self._vocabulary().near(word)
            return near[word]

        match = to_fts5(query, variants)
        # Documents that hold a fuzzy word itself or a misreading of it come first, then
        # those that hold only another word of the dictionary near it.
        likely = to_fts5(query, lambda word: self._vocabulary().misreadings(variants(word)))
        clauses, values = filter_sql(filters)
        restrict = ""
        if clauses:
            restrict = f" AND rowid IN (SELECT d.id FROM documents d WHERE {' AND '.join(clauses)})"
        ranked = self._ranked(likely, restrict, values, limit)
        if likely != match and len(ranked) < limit:
            seen = {r["rowid"] for r in ranked}
            ranked += [r for r in self._ranked(match, restrict, values, limit)
                       if r["rowid"] not in seen][: limit - len(ranked)]
        if not ranked:
            return []
        ids = [r["rowid"] for r in ranked]
        marks = ",".join("?" * len(ids))
        # Snippets from a query without the split words' phrases, which cost snippet()
        # more than all the rest; a document only they match asks again with them.
        words = to_fts5(query, lambda word: [v for v in variants(word) if " " not in v])
        snippets = self._snippets(words, ids)
        if len(snippets) < len(ids) and words != match:
            snippets.update(self._snippets(match, [i for i in ids if i not in snippets]))
        docs = {
            r["id"]: r
            for r in self.db.execute(
                f"SELECT {_HIT_COLUMNS} FROM documents d WHERE d.id IN ({marks})", ids
            )
        }
        hits = []
        for r in ranked:
            d = docs[r["rowid"]]
            text, spans = split_snippet(snippets.get(d["id"]) or "")
            hits.append(_hit(d, -float(r["score"]), text, spans))
        return hits


_HIT_COLUMNS = ("d.id, d.source_path, d.language, d.media_type, d.title, d.genre, d.date_value,"
                " d.year_earliest, d.year_latest")


def _hit(r: sqlite3.Row, score: float, snippet: str, spans: list[tuple[int, int]]) -> SearchHit:
    """A hit from a row of :data:`_HIT_COLUMNS`: its date printed, or its inferred range."""
    date = r["date_value"]
    if date is None and r["year_earliest"] is not None:
        lo, hi = r["year_earliest"], r["year_latest"]
        date = str(lo) if lo == hi else f"{lo}–{hi}"
    return SearchHit(r["id"], r["source_path"], r["language"], r["media_type"], score, snippet,
                     spans, r["title"], r["genre"], date)
