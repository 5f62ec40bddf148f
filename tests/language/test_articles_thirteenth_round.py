"""The importer's rules from the thirteenth round (docs/article-import.md, "Thirteenth
round"), from the misses of the eighth batch labelled blind to our conventions, once it had
been scored untuned. One behaviour per test; the sentences are invented, in the shape real
articles take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation
from tests.language.article_reading import Reader

PUBLISHED = dt.date(2024, 6, 14)
ORGS = [KnownOrganisation(1, "Halden Transit"), KnownOrganisation(2, "Corvane Motors")]

read = Reader(ORGS, PUBLISHED)
Y = dt.date


# --- What an expectation's subject is not -----------------------------------------------------


def test_a_figure_after_the_is_no_outsiders_name():
    text = (
        "Halden Transit is building a new depot. "
        "The 2.4 million-square-foot depot, which is expected to open in late 2026, will "
        "house 90 trams."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.start, draft.end) == (
        "Halden Transit",
        Y(2026, 9, 1),
        Y(2026, 12, 31),
    )


def test_a_name_in_brackets_is_an_aside_not_the_subject():
    text = (
        "Halden Transit is building a new depot. "
        "The depot near the old shipyard (Meridian Docks) is expected to open in 2027."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2027, 12, 31))


def test_an_outsider_named_outside_the_brackets_is_still_an_outsider():
    text = (
        "Halden Transit is building a new depot. "
        "The Meridian Council (the city's planning body) is expected to rule on it in 2025."
    )
    assert read.dated_drafts(text) == []


def test_a_name_ending_in_center_names_a_building_not_who_acts():
    text = (
        "Halden Transit is rebuilding its network. "
        "The Northgate Maintenance Center is expected to open in 2027."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2027, 12, 31))


def test_a_name_joined_to_owned_qualifies_the_noun_after_it():
    text = (
        "Halden Transit is building a new depot. "
        "The new Halden Transit-owned yard is expected to be completed in 2028."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2028, 12, 31))


def test_an_organisation_introduced_by_its_base_is_the_one_that_expects():
    text = (
        "Halden Transit is building a new depot. "
        "Separately, Leeds-based Arlow Rail anticipates deliveries to begin in 2026."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_pk, draft.promiser_name, draft.end) == (
        None,
        "Arlow Rail",
        Y(2026, 12, 31),
    )


def test_an_organisation_named_without_its_base_is_still_an_outsider():
    text = (
        "Halden Transit is building a new depot. "
        "Separately, Arlow Rail anticipates deliveries to begin in 2026."
    )
    assert read.dated_drafts(text) == []


# --- An aim still held -----------------------------------------------------------------------


def test_an_aim_that_remains_is_an_aim_in_french():
    text = (
        "Halden Transit a pris du retard sur le chantier du dépôt. "
        "Mais l'objectif reste toujours d'ouvrir la ligne en 2027."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.promiser_name, draft.strength, draft.start, draft.end) == (
        "Halden Transit",
        "aims",
        Y(2027, 1, 1),
        Y(2027, 12, 31),
    )


def test_an_aim_that_remains_is_an_aim_in_english():
    text = "Halden Transit's goal remains to open the line in 2027."
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.strength, draft.end) == (
        "Halden Transit",
        "aims",
        Y(2027, 12, 31),
    )


# --- Two sentences that leave their promiser to the article's topic ---------------------------


def test_two_things_due_the_same_year_in_a_round_up_stay_two_drafts():
    text = (
        "Halden Transit a présenté ses projets au salon de Lyon. "
        "Le dépôt de Vénissieux s'agrandira en 2026.\n\n"
        "Une nouvelle navette électrique remplacera le vieux funiculaire en 2026."
    )
    drafts = read.dated_drafts(text, language="fr")
    assert [(d.promiser_name, d.end) for d in drafts] == [
        ("Halden Transit", Y(2026, 12, 31)),
        ("Halden Transit", Y(2026, 12, 31)),
    ]


def test_one_thing_said_twice_with_the_topic_as_promiser_is_one_draft():
    text = (
        "Halden Transit a présenté ses projets au salon de Lyon. "
        "Le dépôt de Vénissieux s'agrandira en 2026.\n\n"
        "L'agrandissement du dépôt de Vénissieux sera achevé en 2026, avec 40 voies."
    )
    assert len(read.dated_drafts(text, language="fr")) == 1


# --- A weekday after "from" is when something begins -----------------------------------------


def test_a_weekday_after_from_opening_the_sentence_is_when_it_begins():
    # Published on Friday 14 June 2024: "lundi" is Monday the 17th.
    text = "À partir de lundi, Halden Transit va fermer la station Gare Sud pendant deux mois."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.promiser_name, draft.start, draft.end) == (
        "Halden Transit",
        Y(2024, 6, 17),
        Y(2024, 6, 17),
    )


def test_a_bare_weekday_before_a_presentation_is_still_a_meeting():
    text = "Lundi, Halden Transit va présenter son plan pour la station Gare Sud."
    assert read.dated_drafts(text, language="fr") == []


# --- A plan told as the first one ------------------------------------------------------------


def test_a_plan_as_first_announced_is_an_earlier_plan():
    text = (
        "Halden Transit has pushed back its new depot to 2029. "
        "When the depot was first announced in 2019, its opening was expected in 2026."
    )
    assert [d.end for d in read.dated_drafts(text)] == [Y(2029, 12, 31)]


def test_a_plan_reported_in_the_past_tense_is_still_a_plan():
    text = "Halden Transit announced on Monday that the depot was expected to open in 2026."
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2026, 12, 31))


# --- When a rule applies ---------------------------------------------------------------------


def test_the_date_of_a_rule_in_a_relative_clause_on_it_is_no_promise():
    text = (
        "Halden Transit doit adapter ses dépôts aux nouvelles normes environnementales qui "
        "vont s'appliquer d'ici 2027."
    )
    assert read.dated_drafts(text, language="fr") == []


def test_the_date_of_a_rule_in_english_is_no_promise_either():
    text = "Halden Transit must meet the noise rules that will apply from 2027 at every depot."
    assert read.dated_drafts(text) == []


def test_a_promise_to_meet_a_rule_by_a_date_is_still_a_promise():
    text = "Halden Transit will meet the new noise rules at every depot by 2027."
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2027, 12, 31))


# --- How long, not by when -------------------------------------------------------------------


def test_a_least_duration_is_how_long_not_a_date_promised():
    text = "Le guichet de Halden Transit déménagera sous une tente pour au moins deux ans."
    assert read.dated_drafts(text, language="fr") == []


def test_a_least_duration_in_english_is_no_date_either():
    text = "Halden Transit will run buses instead of trams for at least six months."
    assert read.dated_drafts(text) == []


def test_a_span_to_get_something_done_is_still_a_deadline():
    text = "Halden Transit will rebuild the depot within two years."
    [draft] = read.dated_drafts(text)
    assert draft.end == Y(2026, 6, 14)


# --- The next step -------------------------------------------------------------------------


def test_the_next_step_named_with_its_date_is_a_plan():
    text = (
        "Halden Transit a mis en service 40 rames cette année. "
        "Prochaine étape : 60 rames en circulation d'ici la fin 2025."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.promiser_name, draft.strength, draft.end) == (
        "Halden Transit",
        "plans",
        Y(2025, 12, 31),
    )


def test_the_next_step_in_english_is_a_plan_too():
    text = "Halden Transit opened its first depot this spring. Next step: a second depot in 2026."
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2026, 12, 31))
