"""Load the language-independent knowledge once, before worker processes fork.

Imported by the ingest pool's fork server: the chronology, the entity model and
gazetteer, and the dating model are built there once, and every worker forked
from it shares them (copy-on-write) instead of spending a second or two building
its own. Language models of the corrector load on first use, per language.

Then everything loaded is frozen out of the cycle collector (:func:`gc.freeze`): a full
collection in a worker would otherwise walk the tables' objects, writing to each, and so
copy some 28 MB of pages the workers share (measured: one collection in a forked child,
28 MB private after it, none when frozen), and spend some 0.08 s each time on objects that
live as long as the process.
"""

from __future__ import annotations

import gc

from palimpsest.enrich.chronology import Chronology
from palimpsest.enrich.dating import default_model as period_model
from palimpsest.enrich.entities.gazetteers import default_model as ner_model
from palimpsest.enrich.entities.gazetteers import gazetteer, phrase_heads


def warm_up() -> None:
    Chronology.load()
    gazetteer()
    phrase_heads()  # derived from it: the words that start a name of several
    ner_model()
    period_model()


warm_up()
gc.freeze()
