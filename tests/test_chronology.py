"""The chronology table, its matcher and the user's own rows."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from palimpsest.enrich.chronology import (
    KINDS,
    Chronology,
    ChronologyError,
    builtin_path,
    import_csv,
    read_csv,
)


@pytest.fixture(scope="module")
def chron() -> Chronology:
    return Chronology.load()


def test_builtin_table(chron: Chronology) -> None:
    rows = read_csv(builtin_path())
    assert len(rows) >= 1800
    assert len({r.id for r in rows}) == len(rows)
    assert all(r.kind in KINDS and r.start <= r.end for r in rows)
    kinds = {r.kind for r in rows}
    assert {"head_of_state", "head_of_government", "organisation", "state", "event",
            "technology", "term", "spelling"} <= kinds
    assert sum(r.kind in ("head_of_state", "head_of_government") for r in rows) >= 400


@pytest.mark.parametrize(("text", "lang", "start", "end"), [
    ("the policies of the Thatcher government", "en", 1979, 1990),
    ("a message from President Eisenhower", "en", 1953, 1961),
    ("die Politik von Bundeskanzler Adenauer", "de", 1949, 1963),
    ("bajo el régimen de Belaúnde", "es", 1963, 1985),
    ("the Belaúnde regime", "en", 1963, 1985),
    ("le gouvernement Mendès France", "fr", 1954, 1955),
    ("la Unión Soviética", "es", 1922, 1991),
    ("die Deutsche Demokratische Republik", "de", 1949, 1990),
    ("le Pacte de Varsovie", "fr", 1955, 1991),
    ("the League of Nations", "en", 1919, 1946),
])
def test_finds_roles_and_entities(chron: Chronology, text: str, lang: str, start: int,
                                  end: int) -> None:
    found = chron.find(text, lang)
    assert found, text
    row = found[-1].rows[0]
    assert (row.start, row.end) == (start, end)
    assert text[found[-1].start:found[-1].end] == found[-1].text


def test_case_and_punctuation_rules(chron: Chronology) -> None:
    assert chron.find("we hid behind a bush in the garden", "en") == []
    assert chron.find("from day to day the work went on", "en") == []
    assert chron.find("it was going to day", "en") == []
    assert [m.text for m in chron.find("To-day we met", "en")] == ["To-day"]
    assert [m.text for m in chron.find("the NATO council", "en")] == ["NATO"]
    assert chron.find("the Cabinet may decide", "en") == []


def test_german_spellings_either_side_of_the_reform(chron: Chronology) -> None:
    """A name written with ss is found written with ß, and the other way round; a
    spelling row's ß (which marks the old spelling) is not."""
    assert [m.text for m in chron.find("gegen den NATO-Doppelbeschluß", "de")] == [
        "NATO-Doppelbeschluß"]
    assert [m.text for m in chron.find("gegen den NATO-Doppelbeschluss", "de")] == [
        "NATO-Doppelbeschluss"]
    assert "spl-da" not in {m.rows[0].id for m in chron.find("er muss gehen", "de")}


def test_the_longer_name_wins(chron: Chronology) -> None:
    """``Pershing II``, the missile of the 1980s, not General Pershing."""
    found = chron.find("die ersten Pershing II werden stationiert", "de")
    assert [m.rows[0].id for m in found] == ["tec-pershing-ii"]


def test_language_specific_rows(chron: Chronology) -> None:
    assert chron.find("Es ist klar, daß wir kommen.", "de")
    assert not chron.find("Es ist klar, daß wir kommen.", "en")


def _write(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


HEADER = ["id", "name", "aliases", "kind", "start", "end", "lang", "source"]


def test_import_and_load(tmp_path: Path) -> None:
    user = _write(tmp_path / "mine.csv", [
        HEADER,
        ["local-union-42", "Dyers' Union Local 42", "Local 42|Ortsgruppe 42", "organisation",
         "1911", "1931", "", "our minute books"],
        ["us-dwight-d-eisenhower-head-of-state", "Dwight Eisenhower", "Ike", "head_of_state",
         "1953", "1961", "", "override"],
    ])
    store = tmp_path / "archive" / "chronology.csv"
    assert import_csv(user, store) == 2
    assert import_csv(user, store) == 2  # idempotent: same ids replace
    assert len(read_csv(store)) == 2
    chron = Chronology.load(store)
    assert len(chron) == len(Chronology.load()) + 1
    found = chron.find("a letter from Local 42 about Ike", "en")
    ids = [m.rows[0].id for m in found]
    assert ids == ["local-union-42", "us-dwight-d-eisenhower-head-of-state"]


@pytest.mark.parametrize(("row", "problem"), [
    (["x1", "X", "", "organisation", "19x0", "1930", "", ""], "start '19x0' is not a year"),
    (["x1", "X", "", "organisation", "1940", "1930", "", ""], "start 1940 is after end 1930"),
    (["x1", "X", "", "club", "1920", "1930", "", ""], "unknown kind 'club'"),
    (["x1", "", "", "organisation", "1920", "1930", "", ""], "column 'name' is empty"),
    (["x1", "X", "", "organisation", "1920", "1930", "pt", ""], "lang 'pt'"),
    (["x 1", "X", "", "organisation", "1920", "1930", "", ""], "id 'x 1'"),
    (["x1", "X", "a|--", "organisation", "1920", "1930", "", ""], "alias '--'"),
])
def test_bad_rows_name_the_row(tmp_path: Path, row: list[str], problem: str) -> None:
    good = ["ok", "Fine", "", "event", "1900", "1901", "", ""]
    path = _write(tmp_path / "bad.csv", [HEADER, good, row])
    store = tmp_path / "store.csv"
    with pytest.raises(ChronologyError) as e:
        import_csv(path, store)
    assert "line 3" in str(e.value) and problem in str(e.value) and "bad.csv" in str(e.value)
    assert not store.exists()  # nothing written when any row is bad


def test_a_row_may_hold_several_terms(tmp_path: Path) -> None:
    """``periods``, an optional column: the separate terms inside start..end."""
    user = _write(tmp_path / "mine.csv", [
        [*HEADER, "periods"],
        ["pe-test-president", "Test President", "President Testa", "head_of_state", "1963",
         "1985", "", "two terms", "1963-1968|1980-1985"],
        ["pe-one-term", "One Term", "", "head_of_state", "1970", "1975", "", "", ""],
    ])
    store = tmp_path / "archive" / "chronology.csv"
    assert import_csv(user, store) == 2
    rows = {r.id: r for r in read_csv(store)}  # and written back with them
    assert rows["pe-test-president"].terms == ((1963, 1968), (1980, 1985))
    assert rows["pe-one-term"].terms == ((1970, 1975),)
    for periods in ("1963-1970|1968-1985", "1950-1968|1980-1985", "1963 to 1968"):
        bad = _write(tmp_path / "bad.csv", [[*HEADER, "periods"], [
            "x1", "X", "", "head_of_state", "1963", "1985", "", "", periods]])
        with pytest.raises(ChronologyError, match="periods"):
            read_csv(bad)


def test_bad_files(tmp_path: Path) -> None:
    path = _write(tmp_path / "nohead.csv", [["id", "name"], ["a", "b"]])
    with pytest.raises(ChronologyError, match="line 1: missing column"):
        read_csv(path)
    dup = _write(tmp_path / "dup.csv", [
        HEADER, ["a", "A", "", "event", "1900", "1900", "", ""],
        ["a", "B", "", "event", "1901", "1901", "", ""]])
    with pytest.raises(ChronologyError, match="line 3: id 'a' repeats line 2"):
        read_csv(dup)
    with pytest.raises(ChronologyError, match="cannot read"):
        read_csv(tmp_path / "missing.csv")


def test_a_name_printed_with_a_long_s_is_found() -> None:
    chron = Chronology.load(None)
    found = [m.rows[0].id for m in chron.find("M. Waldeck-Rouſſeau, miniſtre", "fr")]
    assert found == ["fr-pierre-waldeck-rousseau"]
    # the long s spellings still need the long s
    assert [m.text for m in chron.find("he ſhall go; we shall see", "en")] == ["ſhall"]
