"""Walk the paths given to ingest, turning every oddity into a recorded failure.

Nothing is skipped silently: special files, broken links and link loops come out
as :class:`IngestFailure` items beside the files to read.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from palimpsest.model import IngestFailure


def display_path(path: str | bytes | Path) -> str:
    """A path as text that SQLite and terminals accept, odd bytes escaped."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A regular file to ingest, as found (``path`` may hold undecodable bytes)."""

    path: str
    display: str
    size: int
    mtime_ns: int

    @property
    def path_bytes(self) -> bytes:
        return os.fsencode(self.path)


def _failure(path: str, reason: str) -> IngestFailure:
    return IngestFailure(display_path(path), "discover", reason)


def _stat_reason(e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return "symbolic link loop"
    if e.errno == errno.ENOENT:
        return "no such file (or a broken symbolic link)"
    if e.errno == errno.EACCES:
        return "permission denied"
    return e.strerror or str(e)


def discover(
    paths: list[str], exclude: list[Path] | None = None
) -> Iterator[Candidate | IngestFailure]:
    """Yield the files under ``paths`` (sorted, links followed once) and failures.

    ``exclude`` names folders never to enter, such as the archive itself.
    """
    excluded = set()
    for p in exclude or []:
        try:
            st = os.stat(p)
            excluded.add((st.st_dev, st.st_ino))
        except OSError:
            pass
    seen_dirs: set[tuple[int, int]] = set()
    for path in paths:
        yield from _visit(str(path), excluded, seen_dirs)


def _visit(
    path: str, excluded: set[tuple[int, int]], seen_dirs: set[tuple[int, int]]
) -> Iterator[Candidate | IngestFailure]:
    try:
        st = os.stat(path)  # follows links: ELOOP and ENOENT tell loops and broken links
    except OSError as e:
        yield _failure(path, _stat_reason(e))
        return
    if stat.S_ISDIR(st.st_mode):
        key = (st.st_dev, st.st_ino)
        if key in excluded:
            return
        if key in seen_dirs:
            if os.path.islink(path):
                yield _failure(path, "symbolic link to a folder already visited (loop)")
            return
        seen_dirs.add(key)
        try:
            names = sorted(os.listdir(os.fsencode(path)))
        except OSError as e:
            yield _failure(path, f"cannot list folder: {_stat_reason(e)}")
            return
        for name in names:
            yield from _visit(
                os.fsdecode(os.path.join(os.fsencode(path), name)), excluded, seen_dirs
            )
    elif stat.S_ISREG(st.st_mode):
        yield Candidate(path, display_path(path), st.st_size, st.st_mtime_ns)
    else:
        yield _failure(path, "not a regular file (device, pipe or socket)")
