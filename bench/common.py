"""What every benchmark shares: run settings, temp folders, medians and tables."""

from __future__ import annotations

import math
import os
import resource
import shutil
import statistics
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SHM = Path("/dev/shm")


@dataclass
class Config:
    """The command line, plus what one benchmark leaves for the next."""

    quick: bool = False
    max_pages: int = 100_000
    keep: bool = False
    shared: dict[str, Any] = field(default_factory=dict)  # e.g. the biggest text archive
    cleanups: list[Path] = field(default_factory=list)


def make_tmp(prefix: str, cfg: Config, *, fast: bool = False) -> Path:
    """A fresh temp folder, removed at the end of the run.

    ``fast`` puts it in RAM (/dev/shm) when there is one: for generated *input*
    only, where creating 100k small files on a slow disk would just cost time.
    Archives always go to the ordinary temp folder (a disk), as a user's would.
    """
    base = str(SHM) if fast and SHM.is_dir() and os.access(SHM, os.W_OK) else None
    path = Path(tempfile.mkdtemp(prefix=f"palimpsest-bench-{prefix}-", dir=base))
    cfg.cleanups.append(path)
    return path


def cleanup(cfg: Config) -> None:
    """Remove every temp folder made so far (unless ``--keep``)."""
    if cfg.keep:
        for p in cfg.cleanups:
            print(f"  kept {p}")
        cfg.cleanups.clear()
        return
    for p in cfg.cleanups:
        shutil.rmtree(p, ignore_errors=True)
    cfg.cleanups.clear()


def cleanup_in_background(cfg: Config) -> threading.Thread | None:
    """Start removing the temp folders made so far; 100k small files take minutes on a
    slow disk, so this overlaps with a benchmark that times nothing (``cer``)."""
    if cfg.keep or not cfg.cleanups:
        return None
    paths = list(cfg.cleanups)
    cfg.cleanups.clear()

    def remove() -> None:
        for p in paths:
            shutil.rmtree(p, ignore_errors=True)

    thread = threading.Thread(target=remove, name="bench-cleanup")
    thread.start()
    return thread


@contextmanager
def env(**values: str) -> Iterator[None]:
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def cpu_seconds() -> float:
    """User + system CPU time of this process and of its waited-for children.

    Unlike wall time it barely moves when other work shares the machine. Worker
    processes started by a forkserver are not our children and are not counted.
    """
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def median(xs: Sequence[float]) -> float:
    return float(statistics.median(xs)) if xs else math.nan


def percentile(xs: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0..100) by linear interpolation between order statistics."""
    if not xs:
        return math.nan
    s = sorted(xs)
    k = (len(s) - 1) * q / 100
    lo, hi = math.floor(k), math.ceil(k)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def dir_size(path: Path) -> int:
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            with suppress(OSError):
                total += os.path.getsize(os.path.join(root, f))
    return total


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("ok" if ok else "MISS")


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], indent: str = "  ") -> str:
    """A plain-text table; numbers right-aligned, everything else left-aligned."""
    cells = [[str(h) for h in headers], *[[_cell(v) for v in r] for r in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    numeric = [all(_is_num(r[i]) for r in rows) if rows else False for i in range(len(headers))]
    out = []
    for n, r in enumerate(cells):
        parts = [c.rjust(w) if numeric[i] else c.ljust(w)
                 for i, (c, w) in enumerate(zip(r, widths, strict=True))]
        out.append(indent + "  ".join(parts).rstrip())
        if n == 0:
            out.append(indent + "  ".join("-" * w for w in widths))
    return "\n".join(out)


def _is_num(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _cell(v: Any) -> str:
    if isinstance(v, float):
        if math.isnan(v):
            return "-"
        return f"{v:.3f}" if abs(v) < 10 else f"{v:.1f}"
    return str(v)


def section(title: str) -> None:
    print(f"\n=== {title} ===", flush=True)
