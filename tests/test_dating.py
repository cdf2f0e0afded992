"""Inferred dates: ranges that contain the truth, with evidence; the evaluation command."""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path

import pytest

from palimpsest.cli_show import describe_date
from palimpsest.enrich.chronology import Chronology
from palimpsest.enrich.clues import Clue, collect_clues
from palimpsest.enrich.dating import METHOD, PeriodModel, combine, default_model, infer_date
from palimpsest.eval import dating_eval
from palimpsest.sample.texts import SAMPLE_TEXTS, SampleText

SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"

UNDATED = [
    # (text, lang, true year): undated documents with period markers
    ("Comrades! Under the Thatcher government the pits close one after another. Since the "
     "strike of 1984 the Coal Board has sacked four hundred men in this valley alone, and "
     "NATO spends more on cruise missiles than the whole of our county on its schools.",
     "en", 1986),
    ("Kolleginnen und Kollegen! Bundeskanzler Adenauer verspricht Wohlstand für alle. Seit "
     "der Gründung der Bundesrepublik im Jahre 1949 warten wir auf die Mitbestimmung in den "
     "Betrieben. Der DGB ruft zur Kundgebung auf.",
     "de", 1955),
    ("Camarades, le général de Gaulle et le gouvernement Pompidou refusent d'entendre les "
     "travailleurs. Depuis les grèves de 1963, la CGT et la CFDT réclament la retraite à "
     "soixante ans et la quatrième semaine de congés payés.",
     "fr", 1966),
    ("Compañeros: el gobierno de Belaúnde ha subido otra vez el precio del pan. Desde el paro "
     "nacional de 1981 la CGTP exige el reajuste de salarios, y los comedores populares de "
     "los pueblos jóvenes ya no tienen con qué cocinar.",
     "es", 1983),
    ("To-day the railway company announced, in connexion with the new line, that the "
     "telegraph office will open at the station. Mr. Gladstone spoke at the meeting, and "
     "the Chartists of 1848 were not forgotten.",
     "en", 1870),
    ("Es ist klar, daß die Theilnahme am Verein für die Arbeiter nothwendig ist. Fürst "
     "Bismarck und das Sozialistengesetz haben die Genossen nicht gebrochen.",
     "de", 1885),
    ("El gobierno de Lucas García quiere acabar con nuestra organización. En Chajul, Cotzal "
     "y Nebaj el ejército secuestra y asesina a nuestros hermanos.",
     "es", 1980),
    ("The NCCL today calls on the Home Secretary, Mr Roy Jenkins, to publish the number of "
     "people detained under the Prevention of Terrorism (Temporary Provisions) Act since the "
     "Birmingham bombings.",
     "en", 1975),
    ("Le traître Laval livre nos ouvriers à l'Allemagne. La Milice de Darnand traque les "
     "patriotes. Les Forces Françaises de l'Intérieur vous attendent.",
     "fr", 1944),
    ("Der Vorstand des ÖGB hat unter dem Vorsitz von ÖGB-Präsident Olah die Bundesregierung "
     "aufgefordert, die Preise einzufrieren. Bundeskanzler Gorbach erklärte sich zu Gesprächen "
     "im Rahmen der Paritätischen Kommission bereit.",
     "de", 1962),
    ("Hermanos nicaragüenses: La dictadura somocista vive sus últimos días. Después del "
     "asesinato de Pedro Joaquín Chamorro, el pueblo entero se ha levantado contra Anastasio "
     "Somoza Debayle y su Guardia Nacional.",
     "es", 1978),
    ("Le gouvernement Bourassa et le gouvernement Trudeau ont choisi la répression. La loi des "
     "mesures de guerre permet à la police d'arrêter sans mandat des centaines de Québécois.",
     "fr", 1970),
    ("Die Große Koalition unter Kanzler Kiesinger will die Notstandsgesetze durch den "
     "Bundestag bringen. Nach dem Attentat auf Rudi Dutschke hetzt die Springer-Presse weiter.",
     "de", 1968),
    ("Die Reichsversammlung in der Paulskirche zu Frankfurt hat den Erzherzog Johann zum "
     "Reichsverweser gewählt. Die Grundrechte des deutschen Volkes werden beraten.",
     "de", 1848),
    ("Después de once años de dictadura, la clase obrera vuelve a ocupar la calle. El régimen "
     "de Gregorio Álvarez no ha podido destruir nuestros sindicatos. PIT - CNT",
     "es", 1984),
    ("The strike committee of the Lenin Shipyard has drawn up twenty-one demands. We demand "
     "the reinstatement of Anna Walentynowicz and Lech Walesa.",
     "en", 1980),
    ("Le ministre Michel Debré veut étendre le camp militaire. Les paysans du Larzac refusent "
     "de vendre leurs terres. Gardarem lo Larzac !",
     "fr", 1973),
    ("Twenty thousand men, women and children are locked out in Dublin. The food ships sent "
     "by the Trades Union Congress have kept our families alive. James Larkin is in prison. "
     "James Connolly carries on the fight.",
     "en", 1913),
    ("Viele Jugendliche tragen das Zeichen Schwerter zu Pflugscharen. Wir unterstützen den "
     "Berliner Appell und bitten um einen sozialen Friedensdienst statt Wehrkunde.",
     "de", 1982),
    ("An die Bauarbeiter der Stalinallee! Die Regierung Grotewohl hat die Erhöhung der "
     "Arbeitsnormen um zehn Prozent beschlossen, ohne uns zu fragen.",
     "de", 1953),
]


@pytest.fixture(scope="module")
def chron() -> Chronology:
    return Chronology.load()


@pytest.mark.parametrize(("text", "lang", "year"), UNDATED, ids=[u[1] + str(u[2]) for u in UNDATED])
def test_ranges_contain_the_truth(chron: Chronology, text: str, lang: str, year: int) -> None:
    ann = infer_date(text, lang, chron)
    v = ann.value
    assert ann.kind == "date" and ann.method == METHOD and v["printed"] is False
    assert v["value"] is None
    assert v["earliest"] <= year <= v["latest"], v
    assert v["earliest"] <= v["best"] <= v["latest"]
    assert abs(v["best"] - year) <= 20, v
    assert ann.evidence and all(e.source for e in ann.evidence)
    for clue in v["clues"]:
        assert {"text", "start", "end", "source", "implies", "weight", "learned"} <= set(clue)
        if clue["start"] is not None:
            assert text[clue["start"]:clue["end"]] == clue["text"]


def test_chronology_and_dates_are_evidence(chron: Chronology) -> None:
    text, lang, _ = UNDATED[0]
    sources = [c.source for c in collect_clues(text, lang, chron)]
    assert "date:1984" in sources
    assert any(s.startswith("chronology:gb-margaret-thatcher") for s in sources)
    assert any(s.startswith("chronology:org-north-atlantic") for s in sources)


@pytest.mark.parametrize("sample", [s for s in SAMPLE_TEXTS if s.date is None],
                         ids=lambda s: s.id)
def test_undated_samples_after_their_latest_mention(chron: Chronology, sample: SampleText) -> None:
    v = infer_date(sample.text, sample.language, chron).value
    latest = max(sample.years_mentioned)
    # texts sometimes name a coming year, so the range may open a little before
    assert v["earliest"] >= latest - 12 and v["best"] >= latest, (sample.id, v)


@pytest.mark.parametrize("sample", [s for s in SAMPLE_TEXTS if s.date], ids=lambda s: s.id)
def test_printed_date_decides(chron: Chronology, sample: SampleText) -> None:
    ann = infer_date(sample.text, sample.language, chron)
    assert sample.date is not None
    y = int(sample.date[:4])
    assert ann.value["printed"] is True and ann.value["value"] == sample.date
    assert ann.value["earliest"] == ann.value["latest"] == ann.value["best"] == y


def test_looking_ahead_is_not_a_terminus(chron: Chronology) -> None:
    text = ("In 1962 the Congress voted the plan. By 1980 every family shall have a home, "
            "and until 1990 the fund will grow.")
    v = infer_date(text, "en", chron, model=None).value
    assert v["earliest"] <= 1963 <= v["latest"] and v["best"] < 1975


def test_a_named_term_is_most_likely_the_time_of_writing(chron: Chronology) -> None:
    """``the Thatcher government`` (1979–1990): most likely written in those years, sometimes
    long after (history); the range stays wide, since one name may be a false match."""
    text = "The miners will not bow to the Thatcher government, whatever the Coal Board says."
    clues = collect_clues(text, "en", chron)
    termed = [c for c in clues if c.until is not None]
    assert termed and termed[0].after is not None and termed[0].after <= 1979 <= termed[0].until
    v = infer_date(text, "en", chron, model=None).value
    assert 1979 <= v["best"] <= 1990 and v["earliest"] < 1979 < 1990 < v["latest"]


def test_one_misread_number_does_not_decide(chron: Chronology) -> None:
    text = ("In 1851 the Great Exhibition opened; in 1852 the harbour works began; in 1853 "
            "the council met again. The accounts show 2000 pounds spent.")
    v = infer_date(text, "en", chron, model=None).value
    assert v["earliest"] <= 1854 <= v["latest"] and v["best"] < 1870


def test_weekday_narrows(chron: Chronology) -> None:
    text = "Die Versammlung findet am Samstag, den 23. November, im Volkshaus statt. " * 3
    clues = collect_clues(text, "de", chron)
    assert any(c.source == "weekday" for c in clues)


def _learned_clues(text: str, lang: str, chron: Chronology) -> tuple[PeriodModel, list[Clue]]:
    """The shipped learned model and its clues for ``text`` (skips when none is shipped)."""
    model = default_model()
    if model is None:
        pytest.skip("no learned model shipped (data/period_model.npz)")
    return model, [c for c in collect_clues(text, lang, chron, model) if c.learned]


def test_learned_component_says_so(chron: Chronology) -> None:
    _, learned = _learned_clues(
        ("The gentlemen of the committee resolved that the subscription be raised, and "
         "the secretary was directed to write to the members of every branch. ") * 4,
        "en", chron)
    assert learned and learned[0].source.startswith("learned:")
    assert "learned" in learned[0].implies


def test_the_learned_clue_names_the_decades_it_knows(chron: Chronology) -> None:
    """A 1970s Spanish leaflet reads "most like" a decade of the model's 19th-century
    novels: the clue says which decades it had, so no reader takes that for a date."""
    model, learned = _learned_clues(
        ("Los trabajadores de la fábrica exigen el reintegro de los despedidos y "
         "convocan a todos los sindicatos a la asamblea general del jueves. ") * 4,
        "es", chron)
    assert model.decades("es") == [(1840, 1910)]
    assert learned and "(1840s–1910s; learned)" in learned[0].implies
    assert 1840 <= int(learned[0].implies.split("the ")[1][:4]) <= 1910


def test_the_likely_range_is_the_central_half_of_the_estimate(chron: Chronology) -> None:
    """One strong clue: the range stays wide (the text may look back), the likely half
    of it is the chancellor's years."""
    text = ("Die Bundesregierung unter Bundeskanzler Adenauer will die Mitbestimmung in der "
            "Montanindustrie abbauen. Wir rufen alle Kollegen auf, am Freitag zur Kundgebung "
            "zu kommen. Nur gemeinsam können wir unsere Rechte verteidigen.")
    v = infer_date(text, "de", chron).value
    lo, hi = v["likely"]
    assert 1949 <= lo <= v["best"] <= hi <= 1966
    assert v["earliest"] < lo and hi < v["latest"]
    assert describe_date(v).endswith(f"likely {lo}–{hi}, best {v['best']} (inferred)")


def test_no_evidence_is_a_wide_range() -> None:
    r = combine([])
    assert r.latest - r.earliest > 100 and r.earliest <= r.best <= r.latest and r.confidence < 0.2
    assert r.earliest <= r.likely[0] <= r.best <= r.likely[1] <= r.latest


def test_fast_enough(chron: Chronology) -> None:
    page = (UNDATED[0][0] + " ") * 8  # about 2000 characters
    infer_date(page, "en", chron)
    t = time.perf_counter()
    for _ in range(20):
        infer_date(page, "en", chron)
    assert (time.perf_counter() - t) / 20 < 0.02  # generous: measured ~1 ms on a loaded CI box


def _dated_folder(root: Path) -> Path:
    folder = root / "dating" / "sotu"
    folder.mkdir(parents=True)
    rows = [("a.txt", 1962, "In 1961 President Kennedy asked the Congress for the Peace Corps."),
            ("b.txt", 1986, "Since 1984 the Thatcher government has closed the pits."),
            ("c.txt", 1950, "In 1949 NATO was founded; the United Nations met in 1948.")]
    with open(folder / "metadata.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "year"])
        for name, year, text in rows:
            (folder / name).write_text(text, encoding="utf-8")
            w.writerow([name, year])
    return root


def test_eval_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _dated_folder(tmp_path)
    assert dating_eval.main([str(root), "--split", "all", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    r = out["sotu"]
    assert r["n"] == 3 and r["coverage"] == 1.0 and r["mae"] <= 3
    assert r["baseline_mae"] > r["mae"]
    assert dating_eval.main([str(root), "--split", "all"]) == 0
    assert "sotu" in capsys.readouterr().out
    assert dating_eval.main([str(tmp_path / "nowhere")]) == 1


@pytest.mark.skipif(not SHARED_EVAL.exists(), reason="../shared/eval is not here")
def test_shared_readers_find_dated_documents() -> None:
    sets = dating_eval.dated_sets(SHARED_EVAL)
    assert {"sotu", "ungd_dev"} <= set(sets)
    _, docs = sets["sotu"]
    first = next(docs)
    assert 1900 <= first.year <= 2000 and len(first.text) > 1000


def test_collection_prior_pulls_weak_evidence(chron: Chronology) -> None:
    from palimpsest.enrich.dating import collection_prior

    assert collection_prior([1950, 1951]) is None
    prior = collection_prior([1948, 1950, 1951, 1953, 1955, 1957, 1960])
    assert prior is not None and 1951 <= prior[0] <= 1955 and prior[1] >= 8
    text = "Die Versammlung der Kollegen findet im Gewerkschaftshaus statt."
    free = infer_date(text, "de", chron, model=None).value
    held = infer_date(text, "de", chron, model=None, prior=prior).value
    assert held["latest"] - held["earliest"] < free["latest"] - free["earliest"]
    assert abs(held["best"] - 1953) < abs(free["best"] - 1953)


def test_a_document_from_outside_the_collection_s_period_keeps_its_own(
    chron: Chronology,
) -> None:
    """A Chartist handbill in an archive of 1950s documents: its clues (the People's
    Charter, the long s, ``connexion``) outweigh the collection's years."""
    text = ("TO THE WORKING MEN OF BIRMINGHAM.\n\nFELLOW COUNTRYMEN,\n\nThe hour is come "
            "when you muſt declare whether you will be free men or ſlaves. The People's "
            "Charter demands Universal Suffrage.\n\nMeet in the Bull Ring on Monday next, "
            "in connexion with the National Petition.\n")
    alone = infer_date(text, "en", chron, model=None).value
    held = infer_date(text, "en", chron, model=None, prior=(1956.0, 8.0)).value
    assert alone["best"] < 1860 and held["best"] < 1860
    assert held["earliest"] <= 1839


def test_a_head_of_state_with_two_terms_points_to_either_not_between(
    chron: Chronology,
) -> None:
    """Belaúnde was president 1963–1968 and 1980–1985; under the military government
    between, a text naming his government is unlikely."""
    import numpy as np

    from palimpsest.enrich.clues import GRID
    from palimpsest.enrich.dating import posterior

    clues = collect_clues("El gobierno de Belaúnde ha desatado una ofensiva.", "es", chron)
    (clue,) = [c for c in clues if "belaunde" in c.source]
    assert clue.periods == ((1963, 1968), (1980, 1985))
    p = posterior(clues)
    years = GRID
    per_year = {(a, b): float(p[(years >= a) & (years <= b)].mean())
                for a, b in ((1963, 1968), (1971, 1977), (1980, 1985))}
    assert per_year[(1971, 1977)] < 0.6 * min(per_year[(1963, 1968)], per_year[(1980, 1985)])
    assert np.isclose(p.sum(), 1.0)


def test_a_bare_surname_after_a_government_word_is_a_role(chron: Chronology) -> None:
    """``el gobierno del general Odría`` dates like ``gobierno de Odría``: his years, not
    a name that may be history."""
    text = "Las familias no pueden pagar el arroz, mientras el gobierno del general Odría calla."
    clue = next(c for c in collect_clues(text, "es", chron) if "Odría" in c.text)
    alone = next(c for c in collect_clues("Odría calla.", "es", chron) if "Odría" in c.text)
    assert clue.after == 1948 and clue.weight > alone.weight and alone.after == 1938
