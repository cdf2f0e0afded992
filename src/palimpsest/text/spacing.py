"""Words set letter-spaced (German *Sperrsatz*, a heading's spaced capitals): ``N i e d e r
s c h r i f t`` is one word to a reader, but to the index and to every rule that reads
words it is twelve letters. The cleaner joins them (:func:`letter_gaps`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

# four letters or more, each alone between single spaces, the run between spaces or line
# edges: "N i e d e r s c h r i f t", "G R E V E"; not "J. F. K." (dots), not "a y o" (3)
_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")


def letter_gaps(text: str, lo: int, hi: int) -> Iterator[int]:
    """The offsets of the spaces inside each letter-spaced word in ``text[lo:hi]``."""
    for m in _SPACED.finditer(text, lo, hi):
        yield from range(m.start() + 1, m.end(), 2)
