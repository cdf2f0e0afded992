"""Originals, kept byte for byte and addressed by their SHA-256.

Each original is copied once into ``<archive>/originals/ab/cd/<sha256>`` while
it is hashed (one read), through a temporary file and an atomic rename, and is
then made read-only. A crash leaves at worst a stray ``.tmp`` file, never a
half-written original under its final name.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20


class TooLarge(Exception):
    """The file is over the configured size limit."""


@dataclass(frozen=True, slots=True)
class StoredBlob:
    sha256: str
    size: int
    path: Path


class BlobStore:
    """Content-addressed, write-once storage of original files."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a SHA-256 digest: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put_file(self, source: Path, max_bytes: int | None = None) -> StoredBlob:
        """Copy ``source`` in, hashing as it streams; returns where it lies.

        Raises :class:`TooLarge` once more than ``max_bytes`` have been read, so
        a file that grows or lies about its size is still refused.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=self.root, suffix=".tmp")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
                while chunk := src.read(CHUNK):
                    size += len(chunk)
                    if max_bytes is not None and size > max_bytes:
                        raise TooLarge(f"file is larger than the {max_bytes >> 20} MiB limit")
                    digest.update(chunk)
                    out.write(chunk)
            sha = digest.hexdigest()
            final = self.path_for(sha)
            if final.exists() and final.stat().st_size == size:
                tmp.unlink()
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                os.chmod(tmp, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
                os.replace(tmp, final)
            return StoredBlob(sha, size, final)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def sweep(self, older_than_s: float = 3600.0) -> int:
        """Remove temporary files a killed run left behind (never an original)."""
        if not self.root.is_dir():
            return 0
        limit = time.time() - older_than_s
        removed = 0
        for tmp in self.root.glob("*.tmp"):
            with contextlib.suppress(OSError):
                if tmp.stat().st_mtime < limit:
                    tmp.unlink()
                    removed += 1
        return removed

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()
