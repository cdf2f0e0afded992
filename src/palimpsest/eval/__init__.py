"""Evaluation: measures of text quality (edit distances, CER, WER)."""

from palimpsest.eval.metrics import cer, corpus_cer, fold_whitespace, levenshtein, wer

__all__ = ["cer", "corpus_cer", "fold_whitespace", "levenshtein", "wer"]
