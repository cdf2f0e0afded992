"""Dating again with what the archive knows: its dated documents, its own chronology."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from palimpsest.archive import Archive

LETTER = "Circular to the branches\n\nSheffield, {day} March {year}\n\nDear Comrades,\n\n{body}"
BODY = "The meeting of the district committee is moved to the hall in Carver Street."
UNDATED = "The committee thanks the branches for the collection taken at the gate."


def dated_batch(folder: Path, years: list[int]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i, year in enumerate(years):
        text = LETTER.format(day=i + 1, year=year, body=BODY)
        (folder / f"dated{i}.txt").write_text(text)


def date_of(arc: Archive, name: str) -> dict:
    doc_id = next(d.id for d in arc.documents() if d.source_path.endswith(name))
    doc = arc.document(doc_id)
    assert doc is not None
    return doc["date"]


def test_a_run_that_brings_dated_documents_redates_its_undated_ones(tmp_path: Path) -> None:
    """The first run finds the years of its dated letters; the undated note it read before
    them is dated again with them, the letters keep their printed dates."""
    src = tmp_path / "src"
    dated_batch(src, [1926, 1926, 1927, 1928, 1929, 1931])
    (src / "a-note.txt").write_text(UNDATED)  # read first: no dated document yet
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "note.txt").write_text(UNDATED)
    with Archive.open(tmp_path / "bare") as arc:
        arc.ingest([str(alone)], workers=1)
        bare = date_of(arc, "note.txt")
    with Archive.open(tmp_path / "arc") as arc:
        report = arc.ingest([str(src)], workers=1)
        note = date_of(arc, "a-note.txt")
        letter = date_of(arc, "dated0.txt")
    assert report.redated == 1  # the note, read before the letters made a prior
    assert letter["printed"] and letter["best"] == 1926
    assert not note["printed"]
    assert abs(note["best"] - 1927) < abs(bare["best"] - 1927)
    assert note["latest"] - note["earliest"] < bare["latest"] - bare["earliest"]


def test_a_run_stopped_before_its_last_dating_leaves_it_to_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped after storing its documents but before dating the undated ones again, a
    run leaves a note in the archive; the next run, even with nothing new to add, does
    that dating."""
    from palimpsest.redate import CollectionPrior, redate

    src = tmp_path / "src"
    dated_batch(src, [1926, 1926, 1927, 1928, 1929, 1931])
    (src / "a-note.txt").write_text(UNDATED)
    finish = CollectionPrior.finish

    def stop(self: CollectionPrior, archive: Archive, after_id: int) -> int:
        raise KeyboardInterrupt

    with Archive.open(tmp_path / "arc") as arc:
        monkeypatch.setattr(CollectionPrior, "finish", stop)
        assert arc.ingest([str(src)], workers=1).interrupted
        assert date_of(arc, "a-note.txt")["prior"] is None  # dated before any letter
        assert arc.store.meta("redate_after") == "0"
        monkeypatch.setattr(CollectionPrior, "finish", finish)
        report = arc.ingest([str(src)], workers=1)
        assert report.added == 0 and report.redated == 1
        assert date_of(arc, "a-note.txt")["prior"] is not None
        assert arc.store.meta("redate_after") is None
        # `palimpsest redate` (every undated document) does that work too
        arc.store.set_meta("redate_after", "0")
        redate(arc)
        assert arc.store.meta("redate_after") is None


def test_weighing_kept_clues_again_gives_what_reading_the_text_again_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ingest dates its early undated documents again from the clues it kept; beyond
    :data:`KEPT_ESTIMATES` it reads their stored text again. Both give one answer."""
    import palimpsest.redate as redate_module

    src = tmp_path / "src"
    (src / "a").mkdir(parents=True)
    (src / "a" / "note.txt").write_text(UNDATED + " The Lord Mayor met the Home Secretary.")
    (src / "a" / "other.txt").write_text("The telephone of the branch office is out of order.")
    dated_batch(src / "b", [1926, 1926, 1927, 1928, 1929, 1931])
    dates = []
    for kept in (redate_module.KEPT_ESTIMATES, 0):
        monkeypatch.setattr(redate_module, "KEPT_ESTIMATES", kept)
        with Archive.open(tmp_path / f"arc{kept}") as arc:
            report = arc.ingest([str(src)], workers=1)
            dates.append([date_of(arc, name) for name in ("note.txt", "other.txt")])
        assert report.redated == 2
    assert dates[0] == dates[1]
    assert all(d["prior"] is not None for d in dates[0])


def test_chronology_import_redates_the_documents_already_stored(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "note.txt").write_text(
        "Greetings to Brother Oswin Tarkle, the new secretary of the Carver Street branch."
    )
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "id,name,aliases,kind,start,end,lang,source\n"
        "local-tarkle,Oswin Tarkle,Brother Tarkle,person,1931,1936,,branch minutes\n"
    )
    arc_dir = tmp_path / "arc"
    with Archive.open(arc_dir) as arc:
        arc.ingest([str(src)], workers=1)
        before = date_of(arc, "note.txt")
    run = [sys.executable, "-m", "palimpsest"]
    proc = subprocess.run(
        [*run, "chronology", "import", str(rows), "--archive", str(arc_dir)],
        capture_output=True, text=True, check=True,
    )
    assert "1 undated documents dated again" in proc.stderr, proc.stderr
    with Archive.open(arc_dir) as arc:
        after = date_of(arc, "note.txt")
    assert before["best"] < 1931 <= after["best"]
    assert any("Oswin Tarkle" in (c.get("text") or "") for c in after["clues"]), after["clues"]
    proc = subprocess.run(
        [*run, "redate", "--archive", str(arc_dir)], capture_output=True, text=True, check=True
    )
    assert "1 undated documents dated again" in proc.stderr


def test_the_prior_follows_the_dated_years_and_says_when_it_moved() -> None:
    from palimpsest.redate import CollectionPrior, prior_moved

    prior = CollectionPrior([1926, 1927])
    assert prior.current is None  # too few dated documents to lean on
    for year in (1928, 1929, 1931):
        prior.add(year)
    assert prior.current is not None and 1926 <= prior.current[0] <= 1931
    assert prior_moved(None, prior.current)
    assert not prior_moved(prior.current, prior.current)
    assert not prior_moved((1928.0, 8.0), (1929.5, 8.0))  # a year and a half: kept
    assert prior_moved((1928.0, 8.0), (1950.0, 8.0))
    assert not prior_moved((1928.0, 8.0), None)
