"""Pairwise precision and recall of "same entity" on the resolution fixture.

    python -m palimpsest.enrich.entities.resolve_eval [FIXTURE.json] [--show]

The fixture (``tests/fixtures/entities/resolution.json``) holds clusters of names that
stand for one entity each; they are resolved in a shuffled order (fixed seeds) and every
pair of mentions is scored: predicted same entity against gold same cluster.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Sequence
from pathlib import Path

from palimpsest.enrich.entities.resolve import Mention, Resolver, pairwise

DEFAULT = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "entities" / \
    "resolution.json"


def load(path: Path) -> tuple[list[Mention], list[int]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    mentions: list[Mention] = []
    gold: list[int] = []
    for i, cluster in enumerate(data["clusters"]):
        for name in cluster["names"]:
            mentions.append(Mention(name, cluster["type"]))
            gold.append(i)
    return mentions, gold


def score(path: Path, seeds: Sequence[int] = (0, 1, 2), show: bool = False) -> tuple[float, float]:
    """Mean pairwise precision and recall over shuffled orders."""
    mentions, gold = load(path)
    ps: list[float] = []
    rs: list[float] = []
    for seed in seeds:
        order = list(range(len(mentions)))
        random.Random(seed).shuffle(order)
        res = Resolver().resolve([mentions[i] for i in order])
        pred = [r.entity.key for r in res]
        p, r = pairwise([gold[i] for i in order], pred)
        ps.append(p)
        rs.append(r)
        if show and seed == seeds[0]:
            by: dict[str, list[str]] = {}
            for r_ in res:
                by.setdefault(r_.entity.canonical, []).append(r_.mention.text)
            for k, v in sorted(by.items()):
                print(f"{k}: {v}")
    return sum(ps) / len(ps), sum(rs) / len(rs)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="resolve_eval", description=__doc__.split("\n")[0])
    ap.add_argument("fixture", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--show", action="store_true", help="print the clusters found")
    args = ap.parse_args(argv)
    p, r = score(args.fixture, show=args.show)
    print(f"pairwise precision {p:.3f} recall {r:.3f} (target 0.90 each)")
    return 0 if p >= 0.9 and r >= 0.9 else 1


if __name__ == "__main__":
    raise SystemExit(main())
