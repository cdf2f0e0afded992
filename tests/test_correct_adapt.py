"""A collection teaches the channel its own misreadings (the Sydney papers' o for e)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from palimpsest.archive import Archive
from palimpsest.ingest.base import IngestOptions
from palimpsest.text.correct import METHOD, Corrector, correct_text
from palimpsest.text.correct.adapt import (
    FIRST_LESSON,
    MIN_COUNT,
    ChannelTeacher,
    adapt_channel,
    confusions,
)
from palimpsest.text.correct.corrector import ADAPTED

# An OCR that reads e as o, which the shipped channel (learned from British papers) rarely
# sees: the corrector still fixes these words, each with the language's help.
PAGE = ("They aro going to the town, and thoy said that it was ovor before the evening "
        "whon the men camo home.\n")


def test_confusions_are_letters_meant_and_read() -> None:
    counts = confusions([("tbo", "the"), ("woro", "were"), ("rnan", "man"), ("the", "the")])
    assert counts == Counter({("e", "o"): 3, ("h", "b"): 1, ("m", "rn"): 1})


def test_only_confusions_seen_more_often_than_expected_are_raised() -> None:
    channel = Corrector.load("en").channel
    shipped = channel.rules[("e", "o")]
    letters = Counter({"e": 20_000, "h": 20_000})
    counts = Counter({("e", "o"): 200, ("h", "b"): MIN_COUNT - 1})
    rules = adapt_channel(channel, counts, letters)
    assert set(rules) == {("e", "o")} and rules[("e", "o")] > shipped
    adapted = channel.with_rules(rules)
    assert adapted.logp("woro", "were") > channel.logp("woro", "were")
    assert channel.rules[("e", "o")] == shipped  # the loaded channel is shared: unchanged


def test_the_teacher_learns_the_collections_misreading_as_it_goes() -> None:
    base = Corrector.load("en")
    teacher = ChannelTeacher(base)
    assert correct_text("the woro all there", "en", corrector=teacher.corrector)[0] == (
        "the woro all there"
    )
    while teacher.corrector is base:
        out, edits = correct_text(PAGE, "en", corrector=teacher.corrector)
        assert out == PAGE.replace("aro", "are").replace("thoy", "they").replace(
            "ovor", "over").replace("whon", "when").replace("camo", "came")
        teacher.observe(PAGE, edits)
    assert teacher.seen >= FIRST_LESSON
    assert correct_text("the woro all there", "en", corrector=teacher.corrector)[0] == (
        "the were all there"
    )


def test_ingest_teaches_the_channel_document_after_document(
    tmp_path: Path, archive: Archive
) -> None:
    """Ingest corrects a run's later documents with what its earlier ones taught, and says
    so in each such correction's method."""
    folder = tmp_path / "in"
    folder.mkdir()
    pages = FIRST_LESSON // len(PAGE) + 2
    for i in range(pages):
        (folder / f"p{i:04d}.txt").write_text(f"Page {i}.\n\n{PAGE}")
    (folder / "z-last.txt").write_text("In the end the woro all there, said the clerk.\n")
    options = IngestOptions(enrich=False, entities=False)
    assert archive.ingest([str(folder)], options, workers=1).ok
    docs = [archive.document(d.id) for d in archive.documents(limit=pages + 1)]
    last = next(d for d in docs if d is not None and "woro" in d["original_text"])
    assert "the were all there" in last["clean_text"]
    fix = next(e for e in last["edits"] if e["replacement"] == "were")
    assert fix["method"] == METHOD + ADAPTED
    first = next(d for d in docs if d is not None and d["original_text"].startswith("Page 0."))
    assert all(e["method"] != METHOD + ADAPTED for e in first["edits"])
