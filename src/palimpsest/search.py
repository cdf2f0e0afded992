"""The query language people type, parsed into terms any index can run.

``leading party`` both words · ``"communist party"`` a phrase · ``lead*`` a
prefix · ``leding~`` the word or near spellings of it (OCR damage) · ``-strike``
without the word · ``miners OR dockers`` either. Accents and case never matter.
Stores translate a :class:`Query` into their own syntax, so user text never
reaches SQL or FTS syntax directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

_TOKEN = regex.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORDS = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")


class QueryError(ValueError):
    """The query cannot be run; the message says why, for the person who typed it."""


@dataclass(frozen=True, slots=True)
class Term:
    """Words that must appear together (one word, or a phrase), maybe as a prefix."""

    words: tuple[str, ...]
    prefix: bool = False
    negated: bool = False
    fuzzy: bool = False


@dataclass(slots=True)
class Query:
    """Groups of terms: a document matches when every group has a term that matches.

    Each inner list is an OR-group; negated terms exclude documents.
    """

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.groups


def parse_query(text: str, fuzzy: bool = False) -> Query:
    """Parse what a person typed; ``fuzzy`` makes every plain word ``word~``."""
    query = Query()
    pending_or = False
    for m in _TOKEN.finditer(text):
        neg, phrase, bare = m.group(1), m.group(2), m.group(3)
        if bare is not None and bare == "OR":
            pending_or = bool(query.groups)
            continue
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            neg, bare = "-", bare[1:]
        raw = phrase if phrase is not None else bare or ""
        prefix = phrase is None and raw.endswith("*")
        words = tuple(w.lower() for w in _WORDS.findall(raw))
        if not words:
            continue
        if prefix and len(words[-1]) < 2:
            raise QueryError(f"'{raw}': a prefix needs at least two letters before the *")
        near = phrase is None and not prefix and len(words) == 1 and not neg
        near = near and (fuzzy or raw.endswith("~"))
        term = Term(words, prefix=prefix, negated=bool(neg), fuzzy=near)
        if term.negated:
            query.excluded.append(term)
        elif pending_or:
            query.groups[-1].append(term)
        else:
            query.groups.append([term])
        pending_or = False
    if query.empty:
        if query.excluded:
            raise QueryError("a query needs at least one word to look for, not only exclusions")
        raise QueryError("the query has no words to look for")
    return query
