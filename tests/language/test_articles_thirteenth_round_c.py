"""The importer's rules from the thirteenth round's third part (docs/article-import.md,
"Thirteenth round, third part"), from the misses of the eleventh batch labelled blind to our
conventions, once it had been scored untuned. One behaviour per test; the sentences are
invented, in the shape real articles take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation
from tests.language.article_reading import Reader

PUBLISHED = dt.date(2024, 10, 1)
ORGS = [KnownOrganisation(1, "Halden Transit"), KnownOrganisation(2, "Corvane Motors")]

read = Reader(ORGS, PUBLISHED)
Y = dt.date


# --- When it was said: a page known only to its month that opens on a weekday and its day ----


def test_a_page_opening_on_a_weekday_and_its_day_is_of_that_day_in_french():
    text = (
        "Le mardi 15 octobre, Anne Morel, la directrice du réseau, a présenté son plan "
        "pour les années à venir.\n\nLes quais seront rénovés. Le réseau compte douze lignes.\n\n"
        "Halden Transit ouvrira sa nouvelle ligne de tramway d'ici 2027."
    )
    [draft] = read.dated_drafts(text, published_precision="month")
    assert (draft.end, draft.stated_on, draft.stated_on_precision) == (
        Y(2027, 12, 31),
        Y(2024, 10, 15),
        "day",
    )


def test_a_page_opening_on_a_weekday_and_its_day_is_of_that_day_in_english():
    text = (
        "On Tuesday, October 15, Jane Holt, the chief executive of the group, presented "
        "the plan for the years ahead.\n\nThe site employs 400 people. Sales rose last year.\n\n"
        "Corvane Motors will open a new plant by 2027."
    )
    [draft] = read.dated_drafts(text, published_precision="month")
    assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 10, 15), "day")


def test_a_weekday_that_does_not_fit_its_day_leaves_the_page_at_its_month():
    # 15 October 2024 was a Tuesday: a Thursday there is a slip, and no day is taken.
    text = (
        "Le jeudi 15 octobre, Anne Morel, la directrice du réseau, a présenté son plan "
        "pour les années à venir.\n\nLes quais seront rénovés. Le réseau compte douze lignes.\n\n"
        "Halden Transit ouvrira sa nouvelle ligne de tramway d'ici 2027."
    )
    [draft] = read.dated_drafts(text, published_precision="month")
    assert (draft.stated_on, draft.stated_on_precision) == (Y(2024, 10, 1), "month")


# --- Who promised: an estimate by the organisation, or about a thing it builds ---------------


def test_what_an_organisation_predicts_is_its_estimate():
    [draft] = read.dated_drafts("Corvane Motors predicts the second line to start in 2026.")
    assert (draft.strength, draft.start, draft.end) == ("expects", Y(2026, 1, 1), Y(2026, 12, 31))


def test_a_name_ending_in_what_a_resort_or_a_town_builds_is_that_thing_not_an_outsider():
    for thing in ("the Westfield Gondola", "the Eastside Pool", "the Northgate Bypass"):
        text = f"{thing[0].upper()}{thing[1:]} is expected to open in 2027."
        [draft] = read.dated_drafts(text)
        assert draft.end == Y(2027, 12, 31), text


# --- A signed promise, and a participle that qualifies a noun ---------------------------------


def test_commitments_or_agreements_signed_to_do_something_are_a_promise():
    text = "Thirty retailers have signed either commitments or supplier agreements to cut waste."
    [draft] = read.drafts(text)
    assert draft.strength == "will"


def test_a_participle_after_a_preposition_or_an_infinitive_does_not_make_the_date_past():
    for text in (
        "Corvane Motors pledged to use recycled aluminium by 2028.",
        "Corvane Motors pledged to raise its share of reclaimed steel by 2028.",
    ):
        [draft] = read.dated_drafts(text)
        assert draft.end == Y(2028, 12, 31), text


def test_a_programme_aimed_at_an_action_is_an_aim_in_french():
    text = (
        "Halden Transit a annoncé un plan de 80 millions d'euros visant à moderniser ses "
        "dépôts, en équipant toutes ses lignes de bus électriques d'ici 2027."
    )
    [draft] = read.dated_drafts(text)
    assert (draft.strength, draft.end) == ("aims", Y(2027, 12, 31))
