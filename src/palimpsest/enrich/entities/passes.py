"""The rules that read a text's mentions together, once each run has its labels.

Recognition (:mod:`.recognise`) labels each capitalised run on its own; these rules
then look across the whole text, in this order: they extend mentions (particles,
articles, titles, honorifics, suffixes), make one name read alike wherever it recurs
(:func:`~.rules_text.one_sense`), join lists and coordinated names, and drop what is
no name after all (offices, common words, a masthead's capitals). Each language's
own rules run only for it. The order matters: each rule reads what the ones before
it left.
"""

from __future__ import annotations

from collections.abc import Mapping

from palimpsest.enrich.entities.headings import (
    article_acronyms,
    capital_mastheads,
    dotted_acronyms,
    field_labels,
    genre_titles,
    numbered_titles,
    post_boxes,
    run_in_heads,
    salutations,
)
from palimpsest.enrich.entities.lexicon import (
    ES_CALLING_SECONDS,
    ES_CALLINGS,
    ES_RANK_GRADES,
    ES_RANKS,
    FR_RANKS,
)
from palimpsest.enrich.entities.rules_again import capital_signatures, names_again_after_honorifics
from palimpsest.enrich.entities.rules_bodies import (
    banks_of_places,
    congregations,
    limited_companies,
    partners_and_company,
    quoted_bodies,
    railway_companies,
    romance_papers,
    saints_bodies,
    shipping_lines,
)
from palimpsest.enrich.entities.rules_edges import (
    TITLE_LANGS,
    rulers_after_articles,
    titles_joined,
    with_abbreviation_dots,
    with_articles,
    with_honorifics,
    with_hyphened_initials,
    with_particles,
    with_suffixes,
    with_titles,
    without_fellows,
    without_postnominals,
)
from palimpsest.enrich.entities.rules_english import (
    agents_no_places,
    common_word_ends,
    english_org_tails,
    english_place_tails,
    initialled_names,
    peers,
    places_of,
    police_ranks,
    rulers,
    without_dates_of,
)
from palimpsest.enrich.entities.rules_english_bodies import (
    bodies_after_of,
    bodies_of_places,
    branch_towns,
    drop_word_organisations,
    newspapers,
    societies_not_places,
    without_laws,
)
from palimpsest.enrich.entities.rules_french import (
    bodies_to_places,
    french_bodies_of_places,
    french_body_tails,
    french_houses,
    ministries,
    particle_surnames,
    styled_names,
)
from palimpsest.enrich.entities.rules_french_bodies import french_bodies
from palimpsest.enrich.entities.rules_german import (
    german_acronym_compounds,
    german_big_places,
    german_companies,
    german_papers,
    place_kinds_alone,
    town_councils,
    without_place_kinds,
)
from palimpsest.enrich.entities.rules_german_bodies import (
    german_adjective_bodies,
    german_bodies,
    german_coordinated_bodies,
    german_industrial_unions,
)
from palimpsest.enrich.entities.rules_german_people import (
    firms_of_persons,
    from_honorifics,
    honorific_persons,
    hyphened_degrees,
    imperial_marks,
    initialled_surnames,
    noble_houses,
    partner_firms,
    reverend_styles,
    titled_halves,
    without_currencies,
)
from palimpsest.enrich.entities.rules_german_places import (
    german_saints,
    german_streets,
    german_works,
    kind_lists,
    lakes_and_rivers,
    prefixed_towns,
    prefixed_villages,
    streets_with_adjectives,
    towns_by_rivers,
)
from palimpsest.enrich.entities.rules_german_seated import (
    bodies_before_seats,
    bodies_for_causes,
    german_legal_forms,
    shared_word_halves,
)
from palimpsest.enrich.entities.rules_german_seats import (
    bodies_before_zu,
    bodies_of_lands,
    bodies_of_territories,
    bodies_with_seats,
    bodies_with_surroundings,
    branches_by_towns,
    cross_societies,
    german_ministries,
    numbered_units,
    offices_not_persons,
    societies_of_towns,
    state_bodies,
)
from palimpsest.enrich.entities.rules_known_places import known_long_places, places_among_places
from palimpsest.enrich.entities.rules_lists import (
    coordinated_names,
    inverted_names,
    street_corners,
    surname_lists,
)
from palimpsest.enrich.entities.rules_offices import (
    bodies_without_offices,
    labelled_signatures,
    office_places,
    roles_over_names,
    signed_offices,
    without_offices,
    without_plural_titles,
    without_roles,
)
from palimpsest.enrich.entities.rules_place_lists import gaps_in_place_lists
from palimpsest.enrich.entities.rules_press import printed_english_papers, printed_papers
from palimpsest.enrich.entities.rules_romance_people import spanish_second_surnames, styled_persons
from palimpsest.enrich.entities.rules_spanish_firms import (
    firm_forms,
    heirs_firms,
    initial_stops,
    spanish_body_tails,
)
from palimpsest.enrich.entities.rules_text import (
    WORD_PLACE_LANGS,
    capital_streets,
    divine_names,
    drop_word_places,
    governments,
    one_sense,
    paper_mastheads,
    persons_across_lines,
    place_lists,
    repeated_surnames,
    saint_squares,
)
from palimpsest.enrich.entities.rules_words import (
    account_items,
    article_places,
    bodies_not_persons,
    body_kinds_alone,
    compass_bounds,
    demonyms,
    elided_words,
    french_organs,
    known_phrases,
    known_tails,
    long_s_words,
    opening_words,
    organ_names,
    origins,
    place_particle_tails,
    places_after_a,
    places_of_people,
    plural_bodies,
    spanish_place_ends,
)
from palimpsest.enrich.entities.tokens import Tokens
from palimpsest.model import Annotation

_ES_TITLES = ES_RANKS | ES_CALLINGS  # a Spanish name's ranks and callings before it


def whole_text_rules(
    text: str, tk: Tokens, out: list[Annotation], *, lang: str | None, method: str,
    curated_method: str, gazetteer: Mapping[str, str], given: frozenset[str],
    common: Mapping[str, int], capitals: bool,
) -> None:
    """Apply the rules over all of ``text``'s mentions ``out`` (changed in place).

    ``method``: the recogniser's, for the mentions the rules add; ``curated_method``:
    that of the archive's curated names, which no rule drops; ``capitals``: whether the
    text has lines set in capitals (:func:`~.headings.has_capital_lines`)."""
    german, english = lang == "de", lang == "en"
    french_or_spanish = lang in ("fr", "es")
    if out and not german:  # German nouns are capitalised: Kaiser is a name there
        without_offices(text, tk, out)
        without_roles(text, tk, out, method, curated_method, gazetteer, given)
    if not out:  # (a pope the model found no name in: Pope Leo XIII)
        rulers_after_articles(text, tk, out, lang, method)
    if out:
        numbered_titles(text, out)
        field_labels(text, out)
        run_in_heads(text, out, common, gazetteer, curated_method)
        genre_titles(out, curated_method)
        bodies_without_offices(text, out, curated_method)
        dotted_acronyms(out)
        salutations(text, out, common, given)
        with_particles(text, tk, out)
        if french_or_spanish:
            with_articles(text, tk, out)
        with_hyphened_initials(text, out)
        with_honorifics(text, tk, out)
        titles_joined(text, tk, out)
        if lang in TITLE_LANGS:
            with_titles(text, tk, out, german=lang == "de")
            if german:
                without_fellows(text, tk, out)
        elif lang == "fr":
            with_titles(text, tk, out, only=FR_RANKS)
        elif lang == "es":
            with_titles(text, tk, out, only=_ES_TITLES, grades=ES_RANK_GRADES,
                        seconds=ES_CALLING_SECONDS)
            spanish_second_surnames(text, tk, out, given, gazetteer)
        with_suffixes(text, tk, out)
        rulers_after_articles(text, tk, out, lang, method)
        if english:
            without_postnominals(text, out, curated_method)
            without_plural_titles(text, out)
            printed_english_papers(text, out, curated_method, method)
            societies_not_places(text, out, curated_method)
        if not german:
            office_places(text, tk, out, curated_method, given)
        else:
            town_councils(tk, out, gazetteer, given)
        with_abbreviation_dots(text, tk, out, german)
        repeated_surnames(tk, out, method, common)
        one_sense(text, tk, out, method, curated_method, genitive=german)
        names_again_after_honorifics(text, out, method)
        capital_signatures(text, out, curated_method, method)
        persons_across_lines(text, tk, out)
        roles_over_names(text, tk, out)
        if french_or_spanish:  # titles joined across a line: Señor / Presidente
            without_roles(text, tk, out, method, curated_method, gazetteer, given)
        place_lists(text, tk, out)
        coordinated_names(text, tk, out, method, gazetteer, given, common)
        gaps_in_place_lists(text, tk, out, method, given, common)
        if english:
            english_place_tails(text, tk, out)
    street_corners(text, tk, out, method)
    article_acronyms(text, out, method)
    if english:
        bodies_after_of(text, out, common, given)
        bodies_of_places(text, out, method)
        newspapers(text, out, curated_method)
        english_org_tails(text, tk, out, method, gazetteer)
        initialled_names(text, tk, out, method)
        rulers(text, tk, out, method)
        peers(text, tk, out, method)
        police_ranks(text, out, method)
        places_of(text, tk, out)
        common_word_ends(text, tk, out, common)
        without_dates_of(text, tk, out)
        drop_word_organisations(out, method, common)
        without_laws(out, curated_method)
        agents_no_places(out, method, gazetteer)
        branch_towns(text, out, method, common)
    if german:
        german_big_places(text, tk, out, method, gazetteer)
        initialled_surnames(text, tk, out, method, gazetteer)
        prefixed_towns(out, curated_method)
        german_adjective_bodies(text, tk, out, method, gazetteer)
        german_bodies(text, tk, out, method, gazetteer)
        german_coordinated_bodies(text, out, method)
        german_industrial_unions(text, out, method)
        german_companies(text, out, method)
        german_papers(text, out, method)
        imperial_marks(text, out)
        hyphened_degrees(text, out)
        reverend_styles(text, out)
        german_acronym_compounds(text, out, method, gazetteer)
        german_streets(text, tk, out, method, common, given)
        german_works(text, tk, out, method, common, given)
        kind_lists(text, out, method)
        german_saints(text, out, method)
        prefixed_villages(text, tk, out, method, common)
        honorific_persons(text, out)
        from_honorifics(text, out)
        titled_halves(text, out)
        firms_of_persons(text, out)
        partner_firms(text, out, gazetteer, common, given, method)
        noble_houses(text, out, given, gazetteer)
        without_currencies(text, out)
        streets_with_adjectives(text, out)
        surname_lists(text, tk, out, method, gazetteer, common)
        place_kinds_alone(out, curated_method)
        without_place_kinds(text, out, curated_method)
        offices_not_persons(out, curated_method)
        bodies_with_seats(text, out, gazetteer)
        bodies_before_zu(text, out, gazetteer, method)
        numbered_units(text, out, method)
        societies_of_towns(text, out, gazetteer, curated_method, method)
        state_bodies(text, out, method)
        german_ministries(text, out, method)
        bodies_of_lands(text, out, gazetteer, method)
        bodies_of_territories(text, out, method)
        bodies_before_seats(text, out, method)
        bodies_for_causes(text, out, gazetteer, method)
        shared_word_halves(text, out, method)
        german_legal_forms(text, out)
        towns_by_rivers(text, out, gazetteer)
        lakes_and_rivers(text, out, method)
        branches_by_towns(text, out, curated_method)
        cross_societies(text, out, method)
        bodies_with_surroundings(text, out, method)
    if not german:  # German nouns: Bund, Rat and Verein are surnames too
        bodies_not_persons(out, given, curated_method)
        if lang != "es":  # AnCora counts la Comisión, la Unión alone (-0.003 F1)
            body_kinds_alone(out, curated_method)
        plural_bodies(out, curated_method)
        if lang == "es":  # (French: the Swiss Conseil fédéral is a name)
            organ_names(out, curated_method)
            compass_bounds(text, out, curated_method)
        if french_or_spanish:
            saints_bodies(text, out, method)
            capital_streets(text, out, method)  # (Le Temps gives a rue's name alone: -0.0004)
            if lang == "es":
                saint_squares(text, out, method)
                spanish_place_ends(out, method, given)
            elided_words(out, curated_method)
        if french_or_spanish:
            styled_persons(text, out, curated_method)
        if lang == "fr":
            styled_names(text, out, curated_method, method)
        if french_or_spanish:
            ministries(text, out, curated_method, method)
        if french_or_spanish:
            known_long_places(text, tk, out, curated_method, gazetteer, method)
            places_among_places(text, out, given)
        if lang == "fr":
            places_after_a(tk, out, method, given)
            french_organs(out, curated_method)
            french_houses(text, out, method)
            french_bodies_of_places(text, out, method)
            bodies_to_places(text, out, curated_method, method)
            french_body_tails(text, out)
            french_bodies(text, out, method)
        if lang != "es":  # Spanish names common words (AnCora, CoNLL: -0.002, -0.003)
            opening_words(text, tk, out, method, common, given, gazetteer)
        long_s_words(out, method, common, given, gazetteer)
        demonyms(out, method, common)
    partners_and_company(text, out, method)
    limited_companies(text, out)
    if lang in ("de", "en"):
        shipping_lines(text, out, method)
    account_items(text, out, method, common, german)
    if french_or_spanish:
        railway_companies(text, out, method)
    labelled_signatures(text, out, method)
    banks_of_places(text, out, method)
    if lang == "fr":  # after the firms (Casimir | Jaquet & fils)
        particle_surnames(text, out, given, gazetteer)
    if french_or_spanish:  # after the firms: Weissgerber frères, de Thann
        origins(text, out, curated_method)
        romance_papers(text, out, method)
        printed_papers(text, out, curated_method, method)
        congregations(text, out, method)
    inverted_names(text, out, method, gazetteer, given, common)
    capital_mastheads(text, out, method, curated_method, capitals)
    paper_mastheads(text, out, method)
    quoted_bodies(text, out, method, lang)
    if out and lang != "de":  # German nouns are capitalised: no lower-case tail
        known_tails(text, tk, out, gazetteer)
    if lang != "de":
        known_phrases(text, tk, out, method, gazetteer)
    if out:
        place_particle_tails(text, tk, out, gazetteer)
    article_places(text, tk, out, method, gazetteer, smaller=french_or_spanish)
    divine_names(text, tk, out, method)
    governments(text, tk, out, method, gazetteer)
    if lang in WORD_PLACE_LANGS:
        drop_word_places(text, out, method, gazetteer, common)
    if out:
        post_boxes(text, out)
    signed_offices(text, out, method)
    if lang == "es":
        places_of_people(text, out, method, gazetteer)
        initial_stops(text, out)
        firm_forms(text, out, method)
        heirs_firms(text, out, method)
        spanish_body_tails(text, out, method, common)
