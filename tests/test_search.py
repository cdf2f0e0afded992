"""Search: ranking, phrases, prefixes, accents, snippets, filters, hostile queries."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from palimpsest.archive import Archive
from palimpsest.ingest.base import IngestOptions
from palimpsest.search import QueryError, parse_query
from palimpsest.store.base import Filters

DOCS = {
    "en/appeal.txt": "Appeal to the miners. The Communist Party calls every miner to the "
    "general strike. Miners of Durham, the party is with you.",
    "en/letter.txt": "Dear Comrades, the party congress will meet in Leeds. "
    "The leading role of the committee is clear.",
    "es/mensaje.txt": "Mensaje a los compañeros del Perú. El Partido Comunista saluda la "
    "lucha de los mineros de Cerro de Pasco por la organización.",
    "fr/appel.txt": "Appel aux travailleurs. Le Parti communiste français salue la grève "
    "des cheminots et la réunion du comité à Lyon.",
}


@pytest.fixture
def filled(tmp_path: Path, archive: Archive) -> Archive:
    for name, text in DOCS.items():
        f = tmp_path / "docs" / name
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(text)
    assert archive.ingest([str(tmp_path / "docs")], workers=1).ok
    return archive


def names(hits: list) -> list[str]:
    return [h.source_path.split("docs/")[1] for h in hits]


def test_keyword_ranks_the_denser_document_first(filled: Archive) -> None:
    hits = filled.search("party")
    assert names(hits)[0] == "en/appeal.txt"
    assert set(names(hits)) == {"en/appeal.txt", "en/letter.txt"}


def test_phrase_needs_the_words_together(filled: Archive) -> None:
    assert names(filled.search('"general strike"')) == ["en/appeal.txt"]
    assert filled.search('"strike general"') == []


def test_prefix(filled: Archive) -> None:
    assert set(names(filled.search("mine*"))) == {"en/appeal.txt", "es/mensaje.txt"}


def test_accents_and_case_do_not_matter(filled: Archive) -> None:
    assert names(filled.search("peru")) == ["es/mensaje.txt"]
    assert names(filled.search("COMPANEROS")) == ["es/mensaje.txt"]
    assert names(filled.search("greve")) == ["fr/appel.txt"]
    assert names(filled.search("organizacion")) == ["es/mensaje.txt"]


def test_or_and_exclusion(filled: Archive) -> None:
    assert set(names(filled.search("Leeds OR Lyon"))) == {"en/letter.txt", "fr/appel.txt"}
    assert names(filled.search("party -Leeds")) == ["en/appeal.txt"]


def test_snippet_highlights_the_match(filled: Archive) -> None:
    hit = filled.search("cheminots")[0]
    ((a, b),) = hit.highlights
    assert hit.snippet[a:b] == "cheminots"


def test_filters(filled: Archive) -> None:
    assert names(filled.search("comite OR committee", Filters(language="fr"))) == ["fr/appel.txt"]
    assert names(filled.search("party", Filters(source="letter"))) == ["en/letter.txt"]


def test_limit(filled: Archive) -> None:
    assert len(filled.search("the OR la", limit=2)) == 2


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "NEAR(a b)",
        "*",
        "col:party",
        "a AND",
        "'; DROP TABLE",
        "party)",
        '"unterminated phrase',
        "^party",
        "party - -",
    ],
)
def test_hostile_queries_never_crash(filled: Archive, query: str) -> None:
    with contextlib.suppress(QueryError):
        filled.search(query)


def test_query_parser() -> None:
    q = parse_query('"Communist Party" lead* -strike miners OR dockers')
    assert [t.words for g in q.groups for t in g] == [
        ("communist", "party"),
        ("lead",),
        ("miners",),
        ("dockers",),
    ]
    assert q.groups[1][0].prefix
    assert [t.words for t in q.excluded] == [("strike",)]
    with pytest.raises(QueryError):
        parse_query("-only -negative")
    with pytest.raises(QueryError):
        parse_query("  ...  ")


def test_fuzzy_finds_ocr_damaged_words(filled: Archive, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.txt"
    damaged.write_text("The Cornmunist leding comrades met the rnembers in Glasgow.")
    filled.ingest([str(damaged)], IngestOptions(correct="off"), workers=1)
    assert "damaged.txt" not in names_any(filled.search("leading"))
    assert "damaged.txt" in names_any(filled.search("leading~"))
    assert "damaged.txt" in names_any(filled.search("communist", fuzzy=True))
    assert names_any(filled.search("members~ glasgow")) == ["damaged.txt"]
    # short words are never stretched: anything is one edit away from them
    assert filled.search("led~") == []


def test_fuzzy_reaches_further_in_long_words_but_not_to_common_words(
    archive: Archive, tmp_path: Path
) -> None:
    """A long word survives three misread letters; a common word is never taken for a
    misreading of the query (``times`` is not a damaged ``hides``)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "garbled.txt").write_text("Mr. Ricliardaon sold the !I(des and hidcs of Buffalo.")
    (docs / "other.txt").write_text("At times his lines ran down both sides of the page.")
    archive.ingest([str(docs)], IngestOptions(correct="off"), workers=1)
    assert names_any(archive.search("richardson~")) == ["garbled.txt"]
    assert names_any(archive.search("hides~")) == ["garbled.txt"]


def test_fuzzy_ranks_a_misreading_before_another_real_word(
    archive: Archive, tmp_path: Path
) -> None:
    """``hcaring`` is no English word: a misread *hearing*. ``bearing``, however often a
    document says it, is most likely the word *bearing*."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "ship.txt").write_text("The ship kept her bearing; a bearing of north by east.")
    (docs / "court.txt").write_text("At the hcaring before the magistrates on Monday last.")
    archive.ingest([str(docs)], IngestOptions(correct="off"), workers=1)
    assert names_any(archive.search("hearing~", limit=1)) == ["court.txt"]
    assert names_any(archive.search("hearing~")) == ["court.txt", "ship.txt"]


def test_fuzzy_finds_a_word_the_ocr_broke_in_two(archive: Archive, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "sale.txt").write_text("Affixed to each lot respecta ely. Deposit 10 per cent.")
    (docs / "other.txt").write_text("The respecta of the town; ely cathedral.")
    archive.ingest([str(docs)], IngestOptions(correct="off"), workers=1)
    assert archive.search("respectively") == []
    hits = archive.search("respectively~")
    assert names_any(hits) == ["sale.txt"]  # adjacent, as a phrase
    (start, end), = hits[0].highlights
    assert hits[0].snippet[start:end] == "respecta ely"


def test_corrected_words_are_found_by_plain_search(archive: Archive, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.txt"
    damaged.write_text("The leding comrades of the Party met the members in Glasgow today.")
    archive.ingest([str(damaged)], workers=1)
    hit = archive.search("leading")
    assert names_any(hit) == ["damaged.txt"]


def names_any(hits: list) -> list[str]:
    return [Path(h.source_path).name for h in hits]


def test_one_letter_prefix_is_refused_with_a_reason() -> None:
    with pytest.raises(QueryError, match="two letters"):
        parse_query("s*")
