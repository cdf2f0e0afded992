"""Three words or more that the OCR ran together: ``thattheyhad``, ``wasalsogiven``.

The corrector weighs two words run together (``tothe``) as one of its hypotheses. A
longer run is read here: the likeliest way to cut an unknown word into common words end
to end (dynamic programming over their unigram probabilities, a cost per word), kept only
when every pair of neighbours is one the corpora hold (``that they``, ``they had``).
The corrector then weighs that reading against the word and its other candidates, so
``inorease`` stays a misread *increase*, not *in or ease*.

Pieces are words of three letters or more among the commonest, or a few short function
words; never a lone ``i``, which the OCR reads from specks (``storyiwas``). In BLN600
train's OCR, 57 of the 65 unknown words of seven letters or more read this way are the
truth's words; the rest are misread words that only look cut (``returnedathe``).
"""

from __future__ import annotations

from itertools import pairwise

from palimpsest.text.correct.lm import LanguageModel

__all__ = ["RunTogether"]

MIN_LETTERS = 7  # shorter unknown words are misreadings far more often than runs
MIN_PIECES = 3  # two pieces: the corrector's own split hypothesis
MAX_PIECE = 18  # letters of the longest piece looked for
VOCABULARY = 30_000  # pieces come from the commonest words
WORD_COST = -4.0  # log-cost of each piece: fewer, longer words first
MIN_PAIR_LOGP = -10.0  # each piece after the previous one at least this likely
SPACE_LOGP = -1.0  # each lost space after the first: the spaces of a stretch go together
SHORT_WORDS = frozenset({
    "a", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my",
    "no", "of", "on", "or", "so", "to", "up", "us", "we",
})


class RunTogether:
    """Cuts an unknown word into common words whose spaces the OCR lost."""

    def __init__(self, lm: LanguageModel, vocabulary: int = VOCABULARY) -> None:
        self.lm = lm
        self.pieces = {
            w: float(lm.logp[i]) for i, w in enumerate(lm.words[:vocabulary])
            if w.isalpha() and (len(w) >= 3 or w in SHORT_WORDS)
        }
        self._cache: dict[str, tuple[str, ...] | None] = {}

    def __call__(self, word: str) -> tuple[str, ...] | None:
        """The pieces of ``word`` (lowercase), or ``None`` when it reads as no such run."""
        if word in self._cache:
            return self._cache[word]
        found = self._cut(word) if len(word) >= MIN_LETTERS and word.isalpha() else None
        if found is not None and (len(found) < MIN_PIECES or not self._attested(found)):
            found = None
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[word] = found
        return found

    @staticmethod
    def spaces_logp(pieces: tuple[str, ...], split_logp: float) -> float:
        """log P(the OCR lost the spaces between ``pieces``): the channel's ``split_logp``
        for the first, :data:`SPACE_LOGP` for each further one (they go together)."""
        return split_logp + SPACE_LOGP * (len(pieces) - 2)

    def _cut(self, word: str) -> tuple[str, ...] | None:
        n, pieces = len(word), self.pieces
        best: list[float | None] = [0.0] + [None] * n
        back = [0] * (n + 1)
        for end in range(1, n + 1):
            for start in range(max(0, end - MAX_PIECE), end):
                before = best[start]
                logp = pieces.get(word[start:end])
                if before is None or logp is None:
                    continue
                score = before + logp + WORD_COST
                if best[end] is None or score > best[end]:  # type: ignore[operator]
                    best[end], back[end] = score, start
        if best[n] is None:
            return None
        out: list[str] = []
        end = n
        while end > 0:
            out.append(word[back[end]:end])
            end = back[end]
        return tuple(reversed(out))

    def _attested(self, pieces: tuple[str, ...]) -> bool:
        lm = self.lm
        return all(lm.has_bigram(a, b) and lm.bigram(a, b) >= MIN_PAIR_LOGP
                   for a, b in pairwise(pieces))
