"""Deadline phrasings the thirty-eighth round taught the parser.

Written from the misses of batches read for the first time this round (`dev-blind60`'s and
`dev-blind65`'s phrasings, then the round's new blind batches) and generalised to their
neighbours: each topic lists phrasings that failed before its rule and, as guards,
neighbours it already read. Every phrase is stated on STATED (Tuesday 6 January 2026) unless
its row says otherwise. Rows are `(phrase, start, end)`; dates are ISO strings and None means
"no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import (
    DeadlineInPastError,
    DeadlineParseError,
    find_deadlines,
    parse_deadline,
)
from tests.language.deadline_specs import day as _d

STATED = dt.date(2026, 1, 6)


def _check(phrase: str, start: str | None, end: str | None, stated_on: dt.date = STATED) -> None:
    window = parse_deadline(phrase, stated_on=stated_on)
    assert (window.start, window.end) == (_d(start), _d(end)), phrase


# --- Feasts counted from Easter: carnival's end, Lent, Holy Week, Ascension ------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Easter 2027 falls on 28 March: Mardi Gras is 47 days before, Ash Wednesday 46.
        ("by Mardi Gras 2027", None, "2027-02-09"),
        ("d'ici Mardi gras", None, "2026-02-17"),
        ("by Shrove Tuesday", None, "2026-02-17"),
        ("avant le mercredi des Cendres 2027", None, "2027-02-09"),
        ("by Ash Wednesday 2027", None, "2027-02-10"),
        ("le jeudi de l'Ascension", "2026-05-14", "2026-05-14"),
        ("by Palm Sunday", None, "2026-03-29"),
        ("le jeudi saint", "2026-04-02", "2026-04-02"),
        ("by Whit Monday 2027", None, "2027-05-17"),
        # Guards: the feasts the rule already knew, and a plain Tuesday.
        ("by Easter 2027", None, "2027-03-28"),
        ("avant Pâques", None, "2026-04-04"),
        ("by Tuesday", None, "2026-01-06"),
        ("mardi prochain", "2026-01-13", "2026-01-13"),
    ],
)
def test_a_feast_that_moves_with_easter_is_its_day(phrase, start, end):
    _check(phrase, start, end)


def test_mardi_gras_is_not_read_as_a_plain_tuesday_in_an_article():
    found = find_deadlines("The arena will be ready for Mardi Gras 2027.", stated_on=STATED)
    assert [(f.window.start, f.window.end) for f in found] == [
        (dt.date(2027, 2, 9), dt.date(2027, 2, 9))
    ]


# --- A span counted "since" a time gone by looks back (rule 17) ------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "in the 18 months since July 2024",
        "in the two years since 2024",
        "dans les deux ans depuis 2024",
    ],
)
def test_a_span_counted_since_a_past_date_is_past(phrase):
    with pytest.raises(DeadlineInPastError):
        parse_deadline(phrase, stated_on=STATED)


def test_a_span_counted_since_an_event_is_no_deadline():
    with pytest.raises(DeadlineParseError):
        parse_deadline("in the 18 months since the launch", stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Guards: spans ahead of the day said, and one from a day named after it.
        ("within 18 months", None, "2027-07-06"),
        ("in the next two years", None, "2028-01-06"),
        ("in the 18 months from July 2026", "2026-07-01", "2028-01-01"),
    ],
)
def test_a_span_ahead_is_still_read(phrase, start, end):
    _check(phrase, start, end)


# --- From a new batch of real phrasings read this round (dev-blind74) ------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "in November that year",
        "was not delivered until March that year",
        "in the second half of that year",
        "en septembre de cette année-là",
        "fin juin de cette même année-là",
    ],
)
def test_that_year_points_to_a_year_the_phrase_does_not_give(phrase):
    # "that" points away from the time of speaking: the year is one told elsewhere.
    with pytest.raises(DeadlineParseError, match="points to a date given elsewhere"):
        parse_deadline(phrase, stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Guards: "the same year" may be the one under way; a year given keeps it.
        ("en septembre de la même année", "2026-09-01", "2026-09-30"),
        ("in November 2026, that year's last launch", "2026-11-01", "2026-11-30"),
    ],
)
def test_the_same_year_or_a_year_given_is_still_read(phrase, start, end):
    _check(phrase, start, end)


def test_that_year_in_an_article_is_the_year_named_before_it():
    # Guard: a longer text names the year "that year" points to.
    found = find_deadlines(
        "The first tests ran in March 2027. Sales start in November of that year.",
        stated_on=STATED,
    )
    assert (found[-1].window.start, found[-1].window.end) == (
        dt.date(2027, 11, 1),
        dt.date(2027, 11, 30),
    )


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("in the current calendar year", "2026-01-01", "2026-12-31"),
        ("by the end of the current calendar year", None, "2026-12-31"),
        # Guard: the fiscal one was read already.
        ("in the current fiscal year", "2026-01-01", "2026-12-31"),
    ],
)
def test_the_current_calendar_year_is_the_year_said(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize("phrase", ["at CES 2027", "au Computex 2027", "at MWC 2027"])
def test_a_year_after_at_and_a_name_is_an_events(phrase):
    with pytest.raises(DeadlineParseError, match="names an event"):
        parse_deadline(phrase, stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Guards: a feast, a part of the year and a plain year after "at" or "in".
        ("at Christmas 2027", "2027-12-25", "2027-12-25"),
        ("at the end of 2027", "2027-09-01", "2027-12-31"),
        ("in 2027", "2027-01-01", "2027-12-31"),
    ],
)
def test_a_year_after_at_and_a_period_is_still_read(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    ("phrase", "stated_on", "start", "end"),
    [
        # A stretch of "the year" already gone by is the coming year's, as a half of it is.
        ("in the first six months of the year", dt.date(2025, 7, 28), "2026-01-01", "2026-06-30"),
        ("in the first two months of the year", dt.date(2019, 4, 2), "2020-01-01", "2020-02-29"),
        ("sur les onze premiers mois de l'année", dt.date(2022, 12, 7), "2023-01-01", "2023-11-30"),
        # Guards: a stretch still to come stays in the year said; so does the first half.
        ("the last three months of the year", dt.date(2025, 7, 28), "2025-10-01", "2025-12-31"),
        ("the first half of the year", dt.date(2025, 7, 28), "2026-01-01", "2026-06-30"),
    ],
)
def test_a_stretch_of_the_year_gone_by_is_next_years(phrase, stated_on, start, end):
    _check(phrase, start, end, stated_on=stated_on)


@pytest.mark.parametrize(
    "phrase", ["in the first six months of this year", "the first three months of 2025"]
)
def test_a_stretch_of_this_year_or_a_year_named_gone_by_is_past(phrase):
    with pytest.raises(DeadlineInPastError):
        parse_deadline(phrase, stated_on=dt.date(2025, 7, 28))


# --- From a second new batch read this round (dev-blind73) -----------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # The verb "end" after a modal sets the period's last day, as "exit" does.
        ("will end this year with 450 sites", None, "2026-12-31"),
        ("would end the year with", None, "2026-12-31"),
        # Not after "to", which may be a move's: the late part of the year it moves to.
        ("moved the date from end 2026 to end 2027", "2027-09-01", "2027-12-31"),
        # Guards: the noun "end" is still the period's late part; "end in" still a "by".
        ("the end of 2027", "2027-09-01", "2027-12-31"),
        ("due to end in 2027", None, "2027-12-31"),
        ("to exit the year with", None, "2026-12-31"),
    ],
)
def test_the_verb_end_before_a_period_is_its_last_day(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("reportées à l'après 2030", "2031-01-01", None),
        ("l'après-2030", "2031-01-01", None),
        # Guard: "après" alone was read so already.
        ("après 2030", "2031-01-01", None),
    ],
)
def test_the_french_noun_l_apres_is_after_the_period(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    "phrase", ["this afternoon", "this morning", "ce matin", "cet après-midi", "tonight"]
)
def test_a_part_of_the_day_said_is_that_day(phrase):
    _check(phrase, "2026-01-06", "2026-01-06")


# --- From a third new batch read this round (dev-blind75) ------------------------------------


@pytest.mark.parametrize(
    "phrase",
    ["ne se dérouleront plus en mars", "ne s'ouvrira plus en 2027", "ne le fera plus en juin"],
)
def test_ne_plus_with_a_pronoun_before_its_verb_denies_the_date(phrase):
    with pytest.raises(DeadlineParseError, match="negated"):
        parse_deadline(phrase, stated_on=STATED)


def test_ne_plus_tard_is_still_no_denial():
    # Guard: "plus tard" is later, not "no longer".
    window = parse_deadline("ne se tiendra pas plus tard qu'en mars", stated_on=STATED)
    assert window.end == dt.date(2026, 3, 31)


@pytest.mark.parametrize(
    "phrase",
    [
        "in the 12 months before the date of application",
        "in the six months before the vote",
        "dans les trois mois avant l'élection",
    ],
)
def test_a_span_counted_back_from_an_event_is_no_deadline(phrase):
    with pytest.raises(DeadlineParseError, match="No deadline found"):
        parse_deadline(phrase, stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("4 février 2026 : date limite", None, "2026-02-04"),
        ("février 2026 : date limite", None, "2026-02-28"),
        ("June 30 - deadline for filing", None, "2026-06-30"),
        ("30 juin 2026 – dernier délai", None, "2026-06-30"),
        # Guard: a date with no such word after it keeps its reading.
        ("30 juin 2026 : réunion publique", "2026-06-30", "2026-06-30"),
    ],
)
def test_a_timetable_line_naming_its_date_the_deadline_is_by_it(phrase, start, end):
    _check(phrase, start, end)


# --- From the last two new batches read this round (dev-blind77, dev-blind78) ----------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("L'horizon 2030 est parfaitement possible", None, "2030-12-31"),
        # Guards: with "à" and without the article, as before.
        ("à l'horizon 2030", None, "2030-12-31"),
        ("horizon 2030", None, "2030-12-31"),
    ],
)
def test_l_horizon_without_a_is_a_by(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("pour les cinq ans à venir, à compter du 1er avril 2026", "2026-04-01", "2031-04-01"),
        ("six months, starting June 15, 2026", "2026-06-15", "2026-12-15"),
        # Guard: without the comma, as before.
        ("six months beginning June 15th, 2026", "2026-06-15", "2026-12-15"),
    ],
)
def test_a_span_may_name_its_first_day_after_a_comma(phrase, start, end):
    _check(phrase, start, end)


def test_a_span_counted_after_a_comma_from_an_event_is_still_refused():
    with pytest.raises(DeadlineParseError, match="counts from 'la promulgation'"):
        parse_deadline("dans les six mois, à compter de la promulgation", stated_on=STATED)


# --- An event and its year joined by a plain "in" (rule 16) ---------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "avant les Jeux Olympiques de la jeunesse en 2026",
        "before the Olympics in 2028",
        "avant le sommet en 2027",
    ],
)
def test_an_event_then_in_and_its_year_names_the_event(phrase):
    with pytest.raises(DeadlineParseError, match="names an event"):
        parse_deadline(phrase, stated_on=STATED)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Hosting it: the year is when it is hosted.
        ("accueillir la Coupe d'Afrique des Nations en 2027", "2027-01-01", "2027-12-31"),
        ("to host the Olympics in 2028", "2028-01-01", "2028-12-31"),
        ("co-organiser la Coupe du monde en 2030", "2030-01-01", "2030-12-31"),
        # Guards: a thing that is no event, and a verb between the event and its year.
        ("the stadium will open in 2027", "2027-01-01", "2027-12-31"),
        ("the summit will be held in 2027", "2027-01-01", "2027-12-31"),
    ],
)
def test_an_event_hosted_in_a_year_or_a_verb_before_the_year_keeps_it(phrase, start, end):
    _check(phrase, start, end)


# --- Apostrophes Unicode counts as letters ---------------------------------------------------


@pytest.mark.parametrize("sign", ["\u02bc", "\u02b9"])
@pytest.mark.parametrize(
    ("phrase", "stated_on"),
    [
        ("in the fourth quarter of the Company's fiscal 2025", dt.date(2024, 12, 11)),
        ("le report de l'édition 2021 début septembre", dt.date(2021, 3, 1)),
    ],
)
def test_a_letter_apostrophe_reads_as_the_typographic_one(phrase, stated_on, sign):
    # "ʼ" is a letter to Unicode, so "Companyʼs" was one capitalised word (a name before a
    # year) and "lʼédition" no edition; tidying writes it "’".
    typographic = parse_deadline(phrase.replace("'", "\u2019"), stated_on=stated_on)
    letter = parse_deadline(phrase.replace("'", sign), stated_on=stated_on)
    assert (letter.start, letter.end, letter.qualifier) == (
        typographic.start,
        typographic.end,
        typographic.qualifier,
    )
    assert len(letter.unused) == len(typographic.unused)
