"""What ``palimpsest show`` prints about a document's date and names."""

from __future__ import annotations

from palimpsest.cli_show import date_clues, describe_date, names_by_kind


def test_an_inferred_date_with_its_clues_and_the_archive_s_prior() -> None:
    date = {"value": None, "earliest": 1967, "latest": 1997, "best": 1982, "likely": [1977, 1986],
            "printed": False, "prior": [1983.0, 8.0],
            "clues": [{"text": "Belaúnde regime", "start": 3, "end": 18,
                       "implies": "Fernando Belaúnde Terry (1963–1985): written after 1963"},
                      {"text": "86 words", "start": None, "end": None,
                       "implies": "vocabulary most like the 1990s (learned)"}]}
    assert describe_date(date) == "1967–1997, likely 1977–1986, best 1982 (inferred)"
    assert date_clues(date) == [
        "“Belaúnde regime”: Fernando Belaúnde Terry (1963–1985): written after 1963",
        "vocabulary most like the 1990s (learned)",
        "the archive's printed dates: around 1983 (± 8 years)",
    ]
    printed = {"value": "1983-08-05", "earliest": 1983, "latest": 1983, "best": 1983,
               "printed": True}
    assert describe_date(printed) == "1983-08-05 (printed)" and date_clues(printed) == []


def test_names_by_kind_in_order_once_each_rejected_left_out() -> None:
    entities = [
        {"text": "PERU", "type": "LOC", "canonical": "Peru", "status": "machine"},
        {"text": "Belaúnde", "type": "PER", "canonical": "Belaúnde", "status": "machine"},
        {"text": "Peru", "type": "LOC", "canonical": "Peru", "status": "machine"},
        {"text": "Lima", "type": "LOC", "canonical": "Lima", "status": "rejected"},
        {"text": "Ayacucho", "type": "LOC", "canonical": "Ayacucho", "status": "confirmed"},
    ]
    assert names_by_kind(entities) == [("people", "Belaúnde"), ("places", "Peru, Ayacucho")]
