"""The importer's rules from the twelfth round (docs/article-import.md, "Twelfth round"),
from the misses of the sixth batch labelled blind to our conventions, once it had been
scored untuned. One behaviour per test; the sentences are invented, in the shape real
articles take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation, split_sentences
from tests.language.article_reading import Reader

PUBLISHED = dt.date(2024, 6, 14)
ORGS = [KnownOrganisation(1, "Halden Transit"), KnownOrganisation(2, "Corvane Motors")]

read = Reader(ORGS, PUBLISHED)
Y = dt.date


# --- A full stop inside brackets ends no sentence --------------------------------------------


def test_a_full_stop_inside_brackets_does_not_split_the_sentence():
    text = (
        "À Lyon, le projet (maître d'ouvrage Halden Transit. Architecte Studio Mar) "
        "d'un dépôt de 40 rames devrait ouvrir d'ici 2027."
    )
    assert [s.text for s in split_sentences(text)] == [text]
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2027, 12, 31))


def test_a_bracket_closed_before_the_full_stop_still_lets_the_sentence_end():
    text = "Halden Transit (Lyon) opened a depot. Corvane Motors will follow in 2026."
    assert [s.text for s in split_sentences(text)] == [
        "Halden Transit (Lyon) opened a depot.",
        "Corvane Motors will follow in 2026.",
    ]


# --- A fronted deadline is no part of the subject --------------------------------------------


def test_the_company_after_a_fronted_deadline_is_the_organisation_again():
    text = (
        "Halden Transit opened its tenth depot this week. "
        "By the end of 2025, the Company expects to run more than 40 depots."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2025, 12, 31))


def test_an_outsider_after_a_fronted_deadline_is_still_an_outsider():
    text = (
        "Halden Transit opened its tenth depot this week. "
        "By the end of 2025, the European Commission is expected to rule on the subsidy."
    )
    assert read.dated_drafts(text) == []


# --- A name that ends with a thing's noun names that thing -----------------------------------


def test_a_line_named_as_the_subject_is_the_operators_promise():
    text = (
        "Halden Transit is rebuilding its network. "
        "The cross-town Northgate Line is expected to open sometime next year."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.start, draft.end) == (
        "Halden Transit",
        Y(2025, 1, 1),
        Y(2025, 12, 31),
    )


def test_an_unknown_body_named_as_the_subject_is_still_an_outsider():
    text = (
        "Halden Transit is rebuilding its network. "
        "The Northgate Consortium is expected to open its own depot next year."
    )
    assert read.dated_drafts(text) == []


# --- A maker's model is its maker's promise ------------------------------------------------


def test_a_model_named_after_a_known_maker_is_that_makers_promise():
    maker = Reader([*ORGS, KnownOrganisation(3, "Veltra")], PUBLISHED)
    text = (
        "Veltra a présenté sa gamme à Genève. "
        "La Veltra 7 devrait être vendue en France à partir de 2025."
    )
    [draft] = maker.dated_drafts(text, language="fr")
    assert (draft.promiser_name, draft.start, draft.end) == (
        "Veltra",
        Y(2025, 1, 1),
        Y(2025, 12, 31),
    )


# --- French words with a participle's ending that are no past verb ---------------------------


def test_a_noun_after_its_determiner_is_no_past_participle():
    text = "Halden Transit mettra son tram à hydrogène sur le marché en 2026."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2026, 1, 1), Y(2026, 12, 31))


def test_an_adjective_in_tane_is_no_past_participle():
    text = "Halden Transit proposera les virements instantanés en novembre 2025."
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2025, 11, 1), Y(2025, 11, 30))


# --- A time between the subject and its commitment -------------------------------------------


def test_a_time_between_the_subject_and_its_commitment_is_the_commitments():
    text = "Halden Transit next year will renegotiate its contract with the region."
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.start, draft.end) == (
        "Halden Transit",
        Y(2025, 1, 1),
        Y(2025, 12, 31),
    )


def test_a_time_after_a_participle_in_the_subject_is_not_the_commitments():
    text = "Halden Transit is rebuilding its network. The depot built in 2025 will close."
    assert read.dated_drafts(text) == []


# --- A launch on a weekday ------------------------------------------------------------------


def test_a_launch_on_a_bare_weekday_is_that_day():
    # Published on Friday 14 June 2024: "mardi" is Tuesday the 18th.
    [draft] = read.dated_drafts(
        "Halden Transit lancera mardi son abonnement mensuel.", language="fr"
    )
    assert (draft.start, draft.end) == (Y(2024, 6, 18), Y(2024, 6, 18))


def test_an_english_launch_on_a_weekday_is_that_day():
    [draft] = read.dated_drafts("Halden Transit will launch on Tuesday its monthly pass.")
    assert (draft.start, draft.end) == (Y(2024, 6, 18), Y(2024, 6, 18))


def test_a_presentation_on_a_bare_weekday_is_still_a_meeting():
    assert (
        read.dated_drafts("Halden Transit doit présenter mardi sa stratégie.", language="fr") == []
    )


# --- Targets with a longer name ------------------------------------------------------------


def test_a_target_named_with_two_words_is_an_aim():
    text = "Halden Transit has a fleet electrification target of 400 buses by 2028."
    [draft] = read.dated_drafts(text)
    assert (draft.strength, draft.start, draft.end) == ("aims", None, Y(2028, 12, 31))


# --- What someone believes ends at a reason or a contrast ----------------------------------


def test_a_plan_given_as_the_reason_for_an_opinion_is_still_a_plan():
    text = (
        "The mayor thinks the new depot will help the city because Halden Transit plans to "
        "open it by 2027."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.end) == ("Halden Transit", Y(2027, 12, 31))


def test_what_someone_thinks_an_organisation_will_do_is_no_promise():
    text = "The mayor thinks Halden Transit will open the depot by 2027."
    assert read.dated_drafts(text) == []


# --- A meeting's date is no promise --------------------------------------------------------


def test_the_date_of_a_meeting_in_a_relative_clause_is_no_promise():
    text = (
        "Halden Transit said more details would follow at the next board meeting, which is "
        "scheduled for Sept. 12."
    )
    assert read.dated_drafts(text) == []


def test_a_line_in_a_relative_clause_keeps_its_date():
    text = "Halden Transit said the Northgate line, which is scheduled for Sept. 12, will be free."
    assert read.windows(text) == [(Y(2024, 9, 12), Y(2024, 9, 12))]


# --- A model year is a name ------------------------------------------------------------------


def test_a_model_year_is_no_second_deadline():
    text = "Corvane Motors is scheduled to deliver the coupé in 2026 as a 2027 model."
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]


# --- The first of several is a milestone of its own ----------------------------------------


def test_the_first_of_several_is_a_promise_of_its_own():
    text = (
        "Halden Transit plans to open 12 new depots in 2025. "
        "The first of the new depots will open in the first quarter of 2025."
    )
    assert read.windows(text) == [
        (Y(2025, 1, 1), Y(2025, 12, 31)),
        (Y(2025, 1, 1), Y(2025, 3, 31)),
    ]


def test_the_same_things_said_again_more_precisely_stay_one_promise():
    text = (
        "Halden Transit plans to open 12 new depots in 2025. "
        "The new depots will open in the first quarter of 2025."
    )
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 3, 31))]


# --- A participle before "dès" and a time still to come ------------------------------------


def test_a_participle_before_a_coming_time_is_no_past_event():
    text = (
        "Le nouveau titre devrait être disponible grâce à une application dédiée dès le début "
        "de l'année prochaine, selon Halden Transit."
    )
    [draft] = read.dated_drafts(text, language="fr")
    assert (draft.start, draft.end) == (Y(2025, 1, 1), Y(2025, 4, 30))


# --- "when it opens": the opening of the thing the sentence is about -------------------------


def test_when_it_opens_dates_the_opening_of_what_the_sentence_is_about():
    text = (
        "Halden Transit is building a depot in Lyon, which will hold 40 trams when it opens "
        "in late 2025."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.start, draft.end) == (
        "Halden Transit",
        Y(2025, 9, 1),
        Y(2025, 12, 31),
    )


def test_when_a_rule_takes_effect_is_still_another_event():
    text = "Halden Transit will apply the new fare rule when it takes effect on Sept. 1, 2025."
    assert read.dated_drafts(text) == []


# --- A plan named after its date ----------------------------------------------------------


def test_a_date_followed_by_which_is_the_plan_is_a_plan():
    text = (
        "Halden Transit rebuilds its depot. "
        "Getting the depot finished by Dec. 15, which is the plan, would free six tracks."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.promiser_name, draft.strength, draft.end) == (
        "Halden Transit",
        "plans",
        Y(2024, 12, 15),
    )


def test_a_french_date_followed_by_cest_lobjectif_is_a_plan():
    text = "Halden Transit rénove son dépôt. Le finir d'ici 2026, c'est l'objectif."
    assert read.windows(text, language="fr") == [(None, Y(2026, 12, 31))]
