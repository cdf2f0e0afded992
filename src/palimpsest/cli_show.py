"""How ``palimpsest show`` tells a person what the archive understood of a document:
its date with the clues behind it, and the names it holds, by kind."""

from __future__ import annotations

from typing import Any

CLUES_SHOWN = 4  # the strongest clues of an inferred date
_KINDS = (("PER", "people"), ("ORG", "organisations"), ("LOC", "places"))


def describe_date(date: dict[str, Any]) -> str:
    """'1983-08-05 (printed)' or '1950–1990, likely 1975–1985, best 1983 (inferred)'."""
    if date.get("printed") and date.get("value"):
        return f"{date['value']} (printed)"
    if date.get("earliest") is None:
        return "unknown"
    likely = date.get("likely")  # dates stored before the likely range was kept lack it
    half = f", likely {likely[0]}–{likely[1]}" if likely else ""
    return f"{date['earliest']}–{date['latest']}{half}, best {date['best']} (inferred)"


def date_clues(date: dict[str, Any]) -> list[str]:
    """Why an inferred date is what it is: '“Belaúnde regime”: Fernando Belaúnde Terry
    (head of state) (1963–1985): written after 1963, most likely in those years'."""
    if date.get("printed"):
        return []
    out = []
    for clue in (date.get("clues") or [])[:CLUES_SHOWN]:
        text = f"“{clue['text']}”: " if clue.get("start") is not None else ""
        out.append(f"{text}{clue['implies']}")
    prior = date.get("prior")
    if prior:  # the years of the archive's documents that print their date
        out.append(f"the archive's printed dates: around {prior[0]:.0f} (± {prior[1]:.0f} years)")
    return out


def names_by_kind(entities: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(kind, its names in the order they first appear), rejected mentions left out."""
    out = []
    for typ, label in _KINDS:
        names: dict[str, None] = {}
        for e in entities:
            if e["type"] == typ and e.get("status") != "rejected":
                names.setdefault(e.get("canonical") or e["text"], None)
        if names:
            out.append((label, ", ".join(names)))
    return out
