"""Entities in the store: linking mentions, every curation action, and its undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from palimpsest.model import ResolvedMention
from palimpsest.search import parse_query
from palimpsest.store.base import Filters
from palimpsest.store.sqlite import SqliteStore
from palimpsest.store.sqlite_entity_reads import CurationError

from .conftest import text_document

TEXTS = [
    "Chairman Mao Zedong spoke to the National Union of Mineworkers in Lima.",
    "Mao Tse-tung and the NUM: a report from Lima.",
    "Belaúnde visited Lima; the NUM sent greetings.",
]


def mention(text: str, doc_text: str, type_: str, key: str, canonical: str) -> ResolvedMention:
    start = doc_text.index(text)
    return ResolvedMention(start, start + len(text), text, type_, key, canonical, 0.9, "test@1")


@pytest.fixture
def store(tmp_path: Path) -> SqliteStore:
    s = SqliteStore(tmp_path / "db.sqlite")
    for n, text in enumerate(TEXTS, start=1):
        doc, source = text_document(n, text)
        doc_id = s.add_document(doc, text, source)
        ms = [mention("Lima", text, "LOC", "lima", "Lima")]
        if "Mao Zedong" in text:
            ms.append(mention("Mao Zedong", text, "PER", "mao zedong", "Mao Zedong"))
        if "Mao Tse-tung" in text:
            ms.append(mention("Mao Tse-tung", text, "PER", "mao tse tung", "Mao Tse-tung"))
        if "National Union" in text:
            ms.append(
                mention(
                    "National Union of Mineworkers",
                    text,
                    "ORG",
                    "num",
                    "National Union of Mineworkers",
                )
            )
        if "NUM" in text:
            ms.append(mention("NUM", text, "ORG", "num", "NUM"))
        if "Belaúnde" in text:
            ms.append(mention("Belaúnde", text, "PER", "belaunde", "Belaúnde"))
        s.entities.add_mentions(doc_id, [(m, None) for m in ms])
    return s


def by_name(store: SqliteStore, name: str) -> int:
    (e,) = [e for e in store.entities.find(name=name) if e.canonical == name]
    return e.id


def test_same_key_is_one_entity_across_documents(store: SqliteStore) -> None:
    lima = store.entities.get(by_name(store, "Lima"))
    assert lima is not None and lima.documents == 3
    num = store.entities.get(by_name(store, "National Union of Mineworkers"))
    assert num is not None and num.documents == 3 and num.mentions == 3


def test_show_gains_entities_and_search_filters(store: SqliteStore) -> None:
    doc = store.document(1)
    assert doc is not None
    assert {(m["text"], m["type"]) for m in doc["entities"]} >= {
        ("Lima", "LOC"),
        ("Mao Zedong", "PER"),
    }
    q = parse_query("Lima")
    assert {h.document_id for h in store.search(q, Filters(person="mao"))} == {1, 2}
    assert {h.document_id for h in store.search(q, Filters(org="mineworkers"))} == {1, 2, 3}
    # names are matched as the index matches words: case and accents folded
    assert {
        h.document_id for h in store.search(q, Filters(place="lima", person="belaunde"))
    } == {3}
    assert {h.document_id for h in store.search(q, Filters(person="Belaúnde"))} == {3}
    assert {h.document_id for h in store.search(q, Filters(person="zapata"))} == set()


def test_filters_alone_browse_the_documents_they_let_through(store: SqliteStore) -> None:
    hits = store.browse(Filters(person="BELAUNDE"))
    assert [h.document_id for h in hits] == [3]
    assert hits[0].snippet.startswith("Belaúnde visited Lima") and hits[0].highlights == []
    assert [h.document_id for h in store.browse(Filters(org="mineworkers"))] == [1, 2, 3]


def test_merge_then_undo(store: SqliteStore) -> None:
    zedong, tsetung = by_name(store, "Mao Zedong"), by_name(store, "Mao Tse-tung")
    action = store.entities.merge(zedong, tsetung, "ana")
    merged = store.entities.get(zedong)
    assert merged is not None and merged.documents == 2 and "Mao Tse-tung" in merged.aliases
    gone = store.entities.get(tsetung)
    assert gone is not None and gone.status == "merged"
    # a later mention under the old key lands on the merged entity
    store.entities.add_mentions(3, [(mention("Lima", TEXTS[2], "PER", "mao tse tung", "x"), None)])
    assert store.entities.get(zedong).documents == 3  # type: ignore[union-attr]
    store.entities.undo(action, "ana")
    assert store.entities.get(tsetung).status == "machine"  # type: ignore[union-attr]
    assert store.entities.get(zedong).aliases == []  # type: ignore[union-attr]
    log = list(store.entities.log())
    assert [r["action"] for r in log] == ["merge", "undo"] and log[0]["undone_by"] == log[1]["id"]
    assert log[0]["user"] == "ana"
    with pytest.raises(CurationError):
        store.entities.undo(action, "ana")


def test_rename_alias_confirm_reject_split(store: SqliteStore) -> None:
    num = by_name(store, "National Union of Mineworkers")
    store.entities.rename(num, "National Union of Mineworkers (Britain)", "ana")
    store.entities.alias(num, "N.U.M.", "ana", key="n u m")
    e = store.entities.get(num)
    assert e is not None and e.canonical.endswith("(Britain)")
    assert "National Union of Mineworkers" in e.aliases and "N.U.M." in e.aliases
    store.entities.add_mentions(3, [(mention("NUM", TEXTS[2], "ORG", "n u m", "N.U.M."), None)])
    assert store.entities.get(num).mentions == 4  # type: ignore[union-attr]
    store.entities.confirm(num, "ana")
    assert ("N.U.M.", "ORG", num) in store.entities.confirmed_names()

    lima = by_name(store, "Lima")
    mentions = store.entities.view(lima)["mentions"]  # type: ignore[index]
    store.entities.reject(mentions[0]["id"], "bo")
    assert store.entities.get(lima).documents == 2  # type: ignore[union-attr]
    action = store.entities.split(lima, [mentions[1]["id"]], "bo", canonical="Lima (Ohio)")
    assert store.entities.get(lima).documents == 1  # type: ignore[union-attr]
    store.entities.undo(action, "bo")
    assert store.entities.get(lima).mentions == 2  # type: ignore[union-attr]
    with pytest.raises(CurationError):
        store.entities.merge(lima, lima, "bo")


def test_entity_view(store: SqliteStore) -> None:
    view = store.entities.view(by_name(store, "Lima"))
    assert view is not None
    assert len(view["documents"]) == 3
    co = {c["canonical"]: c["documents"] for c in view["co_occurring"]}
    assert co["National Union of Mineworkers"] == 3
    assert "Lima" in view["mentions"][0]["context"]


def test_confirming_finds_the_entitys_names_in_stored_documents(store: SqliteStore) -> None:
    """A confirmed entity is looked for in the documents already stored: each place where
    one of its names stands (accents and case folded, acronyms as written) becomes a
    mention, once; undo takes them away with the rest of the action."""
    from palimpsest.linking import name_occurrences

    text = "Greetings to the national union of mineworkers from the num of Leeds."
    doc, source = text_document(4, text)
    doc_id = store.add_document(doc, text, source)
    num = by_name(store, "National Union of Mineworkers")
    entity = store.entities.get(num)
    assert entity is not None
    found = name_occurrences(store, entity)
    assert [(f.document_id, f.text) for f in found] == [(doc_id, "national union of mineworkers")]
    assert found[0].start == text.index("national")
    action = store.entities.confirm(num, "ana", found=found)
    orgs = Filters(org="mineworkers")
    assert [h.document_id for h in store.search(parse_query("leeds"), orgs)] == [doc_id]
    confirmed = store.entities.get(num)
    assert confirmed is not None and name_occurrences(store, confirmed) == []
    store.entities.undo(action, "ana")
    assert store.search(parse_query("leeds"), orgs) == []
