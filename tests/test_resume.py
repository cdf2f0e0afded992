"""A run killed mid-batch loses nothing: the rerun finishes without duplicates."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from palimpsest.archive import Archive

from .conftest import render_text

N_FILES = 24


def make_batch(d: Path) -> None:
    d.mkdir()
    for i in range(N_FILES):
        lines = [f"Bulletin number {i}"] + [f"line {k} of the regional committee" for k in range(8)]
        render_text("\n".join(lines)).save(d / f"p{i:02}.png")


def count_docs(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def ingest_command(src: Path, archive: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "palimpsest",
        "ingest",
        str(src),
        "--archive",
        str(archive),
        "--workers",
        "2",
    ]


def _default_sigint() -> None:
    # A shell's background job ignores SIGINT, and the child would inherit that; the
    # test is about what palimpsest does with a Ctrl-C, so give it the usual one.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_ingest(src: Path, archive: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        ingest_command(src, archive),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=_default_sigint,
    )


def wait_for_docs(db: Path, n: int, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while count_docs(db) < n:
        assert proc.poll() is None, "ingest ended before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.05)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_killed_run_then_rerun_finishes_without_duplicates(tmp_path: Path, sig: int) -> None:
    src, archive = tmp_path / "in", tmp_path / "archive"
    make_batch(src)
    proc = start_ingest(src, archive)
    wait_for_docs(archive / "palimpsest.sqlite", 2, proc)
    os.killpg(proc.pid, sig)
    code = proc.wait(timeout=60)
    if sig == signal.SIGINT:
        assert code == 130, proc.stderr.read() if proc.stderr else ""
    done_before = count_docs(archive / "palimpsest.sqlite")
    assert 2 <= done_before < N_FILES

    rerun = subprocess.run(
        [*ingest_command(src, archive), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert rerun.returncode == 0, rerun.stderr
    with Archive.open(archive, readonly=True) as arc:
        docs = arc.documents()
        assert len(docs) == N_FILES
        assert len({d.sha256 for d in docs}) == N_FILES
        assert arc.errors() == []
        for i in range(N_FILES):
            assert arc.search(f'"number {i}"'), i


def test_an_archive_deleted_and_created_again_in_one_process_starts_empty(tmp_path: Path) -> None:
    """Workers reuse a read-only connection per archive; a new file at the same path is
    a new archive, not the old one's duplicates."""
    src = tmp_path / "src"
    src.mkdir()
    for i in range(3):
        (src / f"t{i}.txt").write_text(f"Circular number {i} to the branches.\n")
    root = tmp_path / "archive"
    for _ in range(2):
        with Archive.open(root) as archive:
            report = archive.ingest([str(src)], workers=1)
            assert (report.added, report.duplicates) == (3, 0)
            assert count_docs(archive.db_path) == 3
        shutil.rmtree(root)
