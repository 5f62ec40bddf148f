"""Deadline phrasings the thirty-sixth round taught the parser.

Written from the languages (audits of ordinary English and French phrasings, each window set
down before the parser ran), not from the labelled sets: each topic lists the phrasings that
failed before its rule and, as guards, neighbours it already read. Every phrase is stated on
STATED (Wednesday 12 March 2025) unless its row says otherwise. Rows are
`(phrase, start, end)`; dates are ISO strings and None means "no such bound".
"""

from __future__ import annotations

import datetime as dt

import pytest

from language.deadlines import DeadlineParseError, find_deadlines, parse_deadline
from tests.language.deadline_specs import day as _d

STATED = dt.date(2025, 3, 12)


def _check(phrase: str, start: str | None, end: str | None, stated_on: dt.date = STATED) -> None:
    window = parse_deadline(phrase, stated_on=stated_on)
    assert (window.start, window.end) == (_d(start), _d(end)), phrase


def _found(
    text: str, stated_on: dt.date = STATED
) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [
        (f.window.text, f.window.start, f.window.end)
        for f in find_deadlines(text, stated_on=stated_on)
    ]


# --- Negative contractions written without their apostrophe ("wont", "doesnt") -----------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("it wont open before 2027", "2027-12-31", None),
        ("the line doesnt open until 2027", "2027-12-31", None),
        ("services cant start before June", "2025-06-30", None),
        ("they wont be available till late in May", "2025-05-31", None),
        # Guards: the contraction with its apostrophe, and no negation at all.
        ("it won't open before 2027", "2027-12-31", None),
        ("it opens before 2027", None, "2026-12-31"),
    ],
)
def test_a_contraction_without_its_apostrophe_still_negates(phrase, start, end):
    _check(phrase, start, end)


def test_a_date_denied_by_a_bare_contraction_is_left_out():
    assert _found("Opening in 2027 isnt expected any more.") == []
    assert _found("The line was due in 2027. That wont happen, officials say.") == []
    # Guard: with no denial the date is found.
    assert [start for _, start, _ in _found("Opening in 2027 is expected.")] == [
        dt.date(2027, 1, 1)
    ]


# --- The dates calls, rules and deals are held to: a "by" deadline, not a bare day ---------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("Applications close at 5pm AEST on Friday 14 March 2025.", None, "2025-03-14"),
        ("Nominations close on 28 March 2025.", None, "2025-03-28"),
        ("The consultation closes at 11:59pm on 9 March 2026.", None, "2026-03-09"),
        ("Closing date: 28 February 2026", None, "2026-02-28"),
        ("Final date for receipt of tenders: 15/01/2026", None, "2026-01-15"),
        ("the compliance date is June 30, 2027", None, "2027-06-30"),
        ("the long-stop date of 31 December 2026", None, "2026-12-31"),
        ("the sunset date of 31 December 2030", None, "2030-12-31"),
        ("the target date of 31 December 2026", None, "2026-12-31"),
        ("the outside date under the merger agreement is March 31, 2027", None, "2027-03-31"),
        ("Date de clôture : 30 avril 2026", None, "2026-04-30"),
        ("La clôture des inscriptions est fixée au 30 avril 2026.", None, "2026-04-30"),
        # Guards: a day named as a date, and a closing that is an event within a period.
        ("the date of 31 December 2026", "2026-12-31", "2026-12-31"),
        ("the deal is expected to close in the fourth quarter", "2025-10-01", "2025-12-31"),
        ("the bank will close 70 branches in 2026", "2026-01-01", "2026-12-31"),
    ],
)
def test_a_closing_or_a_named_final_date_is_a_deadline(phrase, start, end):
    _check(phrase, start, end)


def test_a_closing_verb_after_a_move_is_no_closing_date():
    # "will now close on 31 August" moves a closure: the day stays a day.
    assert _found("Telstra's 3G network will now close on 31 August 2024.") == [
        ("on 31 August 2024", dt.date(2024, 8, 31), dt.date(2024, 8, 31))
    ]


# --- Dates of plans given up, left out when the caller asks (the importer does) -----------

GIVEN_UP = [
    (
        "The company, which had originally promised deliveries in 2023, now says the first "
        "trucks will reach customers in the second half of 2025.",
        ["in the second half of 2025"],
    ),
    (
        "Le constructeur, qui promettait initialement des livraisons en 2023, annonce "
        "désormais les premiers camions pour le second semestre 2025.",
        ["pour le second semestre 2025"],
    ),
    (
        "Deliveries, initially planned for March, are now expected in September or October.",
        ["in September or October."],
    ),
    (
        "Les livraisons, initialement prévues en mars, sont désormais attendues en septembre.",
        ["en septembre."],
    ),
    (
        "The government extended the scheme until March 31, 2025, having originally planned "
        "to end it in December.",
        ["until March 31, 2025"],
    ),
    (
        "Le gouvernement a prolongé le dispositif jusqu'au 31 mars 2025, alors qu'il devait "
        "initialement prendre fin en décembre.",
        ["jusqu'au 31 mars 2025"],
    ),
    # Guards: an adverb of a first step, and a plan kept "as originally planned".
    (
        "The service will initially launch in Paris in 2026, then across France in 2027.",
        ["in 2026", "in 2027"],
    ),
    ("The line will open in June, as originally planned.", ["in June"]),
]


@pytest.mark.parametrize(("text", "kept"), GIVEN_UP)
def test_the_date_of_a_plan_given_up_is_left_out_on_request(text, kept):
    stated = dt.date(2024, 5, 28)
    found = find_deadlines(text, stated_on=stated, keep_given_up=False)
    assert [f.window.text for f in found] == kept


def test_the_dates_of_plans_given_up_are_kept_by_default():
    # The news watch tells a slip against the date given up.
    text = "Deliveries, initially planned for March, are now expected in September."
    found = find_deadlines(text, stated_on=dt.date(2024, 5, 28))
    assert [f.window.text for f in found] == ["for March", "in September."]


def test_the_french_dont_is_no_bare_contraction():
    # "dont" (whose) is a French word, not "don't" without its apostrophe.
    assert _found(
        "le BRT, dont la livraison est prévue d'ici la fin de l'année", dt.date(2023, 9, 5)
    ) == [("d'ici la fin de l'année", None, dt.date(2023, 12, 31))]


# --- Negations the sentence reader missed (audit 14) ---------------------------------------

DENIED = [
    # "ne ... plus de" before an infinitive is "no longer", not a quantity.
    "Le constructeur ne prévoit plus de lancer le modèle en 2026.",
    # The object denied by its determiner.
    "L'enseigne n'envisage aucune hausse de prix en 2026.",
    "The retailer plans no new openings in 2026.",
    # "plutôt qu'" elided before the date.
    "Le plan sera présenté à l'automne plutôt qu'avant l'été.",
]


@pytest.mark.parametrize("text", DENIED)
def test_a_date_denied_in_its_clause_is_left_out(text):
    assert all(start != dt.date(2026, 1, 1) for _, start, _ in _found(text))
    assert "avant l'été" not in [found for found, _, _ in _found(text)]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # A denied subject reaches over "des deux"; "nobody" and "personne ne" deny too.
        ("Aucun des deux réacteurs ne sera prêt avant 2028, prévient l'autorité.", "2028-12-31"),
        ("Nobody expects the talks to conclude before June.", "2025-06-30"),
        ("Personne ne s'attend à un accord avant juin.", "2025-06-30"),
        # "ne" with "pouvoir" reaches across four words.
        ("L'usine ne pourra être raccordée au réseau avant juin 2026.", "2026-06-30"),
    ],
)
def test_a_denied_subject_or_verb_makes_before_a_not_before(text, start):
    assert [(s, e) for _, s, e in _found(text)] == [(_d(start), None)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # Guards: a quantity after "plus de", a ban said with "plus de", "no later than".
        ("Le groupe n'aura plus de 200 salariés en 2026.", "2026-01-01", "2026-12-31"),
        ("The firm plans no later than 2026 to open.", None, "2026-12-31"),
    ],
)
def test_quantities_and_no_later_than_are_no_denial(text, start, end):
    assert [(s, e) for _, s, e in _found(text)] == [(_d(start), _d(end))]


# --- Codes and abbreviations of business news (audit 13) -----------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # A fiscal year glued to its quarter or half, as Indian business news writes it.
        ("Revenue from the plant will begin in Q3FY26.", "2026-07-01", "2026-09-30"),
        ("in H2FY26", "2026-07-01", "2026-12-31"),
        ("in Q2FY2027", "2027-04-01", "2027-06-30"),
        # Units shortened in headlines and notes.
        ("within 6 mos.", None, "2025-09-12"),
        ("in 2 to 3 yrs", None, "2028-03-12"),
        ("within the next 48 hrs", None, "2025-03-14"),
        ("in 2 wks", None, "2025-03-26"),
        # The year-end abbreviated, with its year.
        ("by yr-end", None, "2025-12-31"),
        ("by EOY 2026", None, "2026-12-31"),
        ("by EOFY", None, "2025-12-31"),
        # Guards: the spaced code and the plain year-end.
        ("Q3 FY26", "2026-07-01", "2026-09-30"),
        ("by year-end 2027", None, "2027-12-31"),
    ],
)
def test_business_codes_and_abbreviations_are_read(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("au IIe semestre 2026", "2026-07-01", "2026-12-31"),
        ("au IVe trimestre 2026", "2026-10-01", "2026-12-31"),
        ("d'ici la fin du IIIe trimestre 2026", None, "2026-09-30"),
        ("au Ier semestre 2027", "2027-01-01", "2027-06-30"),
        ("au 2d semestre 2026", "2026-07-01", "2026-12-31"),
    ],
)
def test_roman_ordinals_name_quarters_and_halves(phrase, start, end):
    _check(phrase, start, end)


# --- Feasts and events (audit 13) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "end"),
    [
        ("by Canada Day", "2025-07-01"),
        ("by Australia Day 2027", "2027-01-26"),
        ("by Guy Fawkes Night", "2025-11-05"),
        ("d'ici la fête nationale suisse", "2025-08-01"),
        ("by St Patrick's Day", "2025-03-17"),
        ("by Remembrance Day", "2025-11-11"),
    ],
)
def test_civic_days_on_a_fixed_date_are_read(phrase, end):
    _check(phrase, None, end)


@pytest.mark.parametrize(
    "phrase",
    [
        "avant la Tabaski 2026",
        "au cours du mois de Ramadan",
        "d'ici l'AFCON 2027",
        "after Eid 2026",
    ],
)
def test_feasts_of_a_lunar_calendar_and_named_tournaments_are_events(phrase):
    with pytest.raises(DeadlineParseError, match="event"):
        parse_deadline(phrase, stated_on=STATED)


def test_can_and_aid_stay_words():
    _check("we can deliver by 2027", None, "2027-12-31")
    _check("the aid will be paid by 2027", None, "2027-12-31")


# --- Parts, legal days, school years, fiscal brackets, phases (audit 13) -------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end", "stated"),
    [
        ("mid-late 2026", "2026-05-01", "2026-12-31", STATED),
        ("mid–late 2026", "2026-05-01", "2026-12-31", STATED),
        ("early-mid 2027", "2027-01-01", "2027-08-31", STATED),
        ("not later than the 31st day of December 2026", None, "2026-12-31", STATED),
        ("on or before the 30th day of June, 2026", None, "2026-06-30", STATED),
        ("à la rentrée académique 2026", "2026-09-01", "2026-09-30", STATED),
        ("avant la fin de l'année académique 2026-2027", None, "2027-08-31", STATED),
        ("from the 2026-27 academic session", "2026-09-01", "2027-08-31", STATED),
        ("in fiscal 2026 (ending March 2027)", "2026-04-01", "2027-03-31", STATED),
        ("d'ici la fin de la phase pilote, prévue mi-2026", None, "2026-08-31", STATED),
        ("by the end of the pilot phase in 2027", None, "2027-12-31", STATED),
        # Guards.
        ("le premier jour du mois suivant", "2025-04-01", "2025-04-01", STATED),
        ("by mid-2026", None, "2026-08-31", STATED),
        ("late-2026", "2026-09-01", "2026-12-31", STATED),
    ],
)
def test_parts_legal_days_school_years_and_phases(phrase, start, end, stated):
    _check(phrase, start, end, stated)


@pytest.mark.parametrize(
    "phrase",
    [
        "entrera en vigueur le premier jour du mois suivant sa publication",
        "le premier jour du mois suivant celui de sa publication",
        "on the first day of the month following its publication",
    ],
)
def test_a_day_of_the_month_after_an_event_is_counted_from_it(phrase):
    with pytest.raises(DeadlineParseError, match="event"):
        parse_deadline(phrase, stated_on=STATED)


# --- Numbers that are no time in running text (audit 14) ----------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The company employs 2,030 people at its headquarters at 2030 Main Street.", []),
        ("Son siège est situé au 2030, boulevard de la Croisette.", []),
        (
            "Regulation (EU) 2023/1115 on deforestation-free products will apply from 30 "
            "December 2025.",
            ["from 30 December 2025"],
        ),
        ("The EU wants to cut emissions by 55% by 2030, compared with 1990 levels.", ["by 2030"]),
        ("Réduire les émissions de 55 % d'ici 2030 par rapport à 1990.", ["d'ici 2030"]),
        ("The NHS pledged to cut waiting times to 18 weeks.", []),
        # Guards: a span to come, and a season's years.
        ("The NHS pledged to open the unit in 18 weeks.", ["in 18 weeks"]),
        ("The plant will open in 2030 on Main Street.", ["in 2030"]),
    ],
)
def test_numbers_that_are_no_time_are_left_out(text, kept):
    assert [found for found, _, _ in _found(text)] == kept


# --- Alternatives whose second period has its own words (audit 13) ------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("in Q4 2026 or, failing that, Q1 2027", "2026-10-01", "2027-03-31"),
        ("fin 2026 ou, à défaut, début 2027", "2026-09-01", "2027-04-30"),
        ("d'ici la fin de l'année ou au début de l'année prochaine", None, "2026-04-30"),
        ("by the end of 2025 or in early 2026", None, "2026-04-30"),
        # Guard: a period, then a "by" deadline, stays two deadlines (the later binds).
        ("in Q1 or by the end of 2025", None, "2025-12-31"),
    ],
)
def test_an_alternative_with_its_own_words_is_one_window(phrase, start, end):
    _check(phrase, start, end)


# --- Headlines of slips (audit 15) ---------------------------------------------------------

SAID_2017 = dt.date(2017, 9, 5)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A bare "push" or "bump" is a move, its date the new one.
        ("Conference pushed to 2021", [("2021", "2021-01-01", "2021-12-31")]),
        ("Opening pushed to February", [("February", "2018-02-01", "2018-02-28")]),
        (
            "NASA pushed the launch from 2024 to 2025",
            [("pushed the launch from 2024 to 2025", "2025-01-01", "2025-12-31")],
        ),
        (
            "Opening bumped from 2025 to 2027",
            [("bumped from 2025 to 2027", "2027-01-01", "2027-12-31")],
        ),
        # After a move's "to", "fall" before a year is the autumn.
        ("Metro opening pushed to fall 2018", [("fall 2018", "2018-09-01", "2018-11-30")]),
        # A headline's denied noun: no trains before then, no deadline.
        ("No trains before 2030", [("No trains before 2030", "2030-12-31", None)]),
        ("Aucune ouverture avant 2027", [("Aucune ouverture avant 2027", "2027-12-31", None)]),
        # Guards: "fall" as a verb, "no later than", a push for something.
        ("Prices are expected to fall in 2027", [("in 2027", "2027-01-01", "2027-12-31")]),
        ("Opening no later than 2027", [("no later than 2027", None, "2027-12-31")]),
        ("The company will push to open the line by 2025", [("by 2025", None, "2025-12-31")]),
    ],
)
def test_headlines_of_slips_give_the_new_date(text, found):
    assert _found(text, SAID_2017) == [(t, _d(s), _d(e)) for t, s, e in found]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Airbus now targets 2026, a year later than its previous 2025 target.", ["2026"]),
        ("The line will open in 2027 (was 2025).", ["in 2027"]),
        ("Le groupe vise 2027, contre un objectif initial de 2025.", ["2027"]),
        ("The original deadline of 2025 was missed; the new one is 2027.", ["2027"]),
        # Guard: "earlier than" compares, it names no earlier target.
        ("It will open in 2027, earlier than expected.", ["in 2027"]),
    ],
)
def test_a_target_named_as_the_earlier_one_is_left_out_on_request(text, kept):
    found = find_deadlines(text, stated_on=dt.date(2024, 1, 1), keep_given_up=False)
    assert [f.window.text for f in found] == kept


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Les travaux s'échelonneront de mai 2026 à août 2028.", "2026-05-01", "2028-08-31"),
        ("Le chantier durera de mai 2026 à août 2028.", "2026-05-01", "2028-08-31"),
        ("Les travaux se dérouleront de mai 2026 à août 2028.", "2026-05-01", "2028-08-31"),
    ],
)
def test_works_spread_or_lasting_over_a_stretch_run_the_range(text, start, end):
    assert [(s, e) for _, s, e in _found(text)] == [(_d(start), _d(end))]


# --- Typed and spoken phrasings (audit 16) -------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # Hesitations and sayings between a qualifier and its period.
        ("by, uh, 2030", None, "2030-12-31"),
        ("pas avant, je dirais, 2028", "2028-12-31", None),
        ("within, say, 18 months", None, "2026-09-12"),
        ("sous, euh, deux ans", None, "2027-03-12"),
        ("d'ici, on va dire, fin 2026", None, "2026-12-31"),
        # Two digits after a quarter's or a half's code, a slash or a space between.
        ("Q3 26", "2026-07-01", "2026-09-30"),
        ("Q4/26", "2026-10-01", "2026-12-31"),
        ("3Q 26", "2026-07-01", "2026-09-30"),
        ("T1 27", "2027-01-01", "2027-03-31"),
        ("S2 26", "2026-07-01", "2026-12-31"),
        ("Q1 27 / tbc", "2027-01-01", "2027-03-31"),
        ("30-Jun-26", "2026-06-30", "2026-06-30"),
        # Guards: digits that count something stay out of the year.
        ("Q3 26 units", "2025-07-01", "2025-09-30"),
        ("by, 2030", None, "2030-12-31"),
    ],
)
def test_typed_codes_and_spoken_asides_are_read(phrase, start, end):
    _check(phrase, start, end)


@pytest.mark.parametrize(
    "phrase",
    [
        "has dropped the 2035 target",
        "we have dropped our 2030 target",
        "has abandoned the 2030 goal",
    ],
)
def test_a_target_dropped_whatever_its_determiner_is_no_deadline(phrase):
    with pytest.raises(DeadlineParseError, match="negated"):
        parse_deadline(phrase, stated_on=STATED)


def test_a_drop_needs_its_target_and_a_clause_opening_no():
    # Guards of the rules above: a future drop is a date, and "no" inside a clause is left to
    # the sentence's reading.
    _check("the tariff will be dropped in 2027", "2027-01-01", "2027-12-31")
    _check("there is no chance of it finishing by 2025", None, "2025-12-31")


@pytest.mark.parametrize(
    ("phrase", "end"),
    [
        # Alternatives of spans: the longer one (rule 8).
        ("over the next quarter or two", "2025-09-12"),
        ("within two, maybe three years", "2028-03-12"),
        ("dans deux, voire trois ans", "2028-03-12"),
        # Guard.
        ("within two or three years", "2028-03-12"),
    ],
)
def test_alternatives_of_spans_take_the_longer(phrase, end):
    _check(phrase, None, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end", "stated"),
    [
        # A year said in words, in a deadline phrase (was read as the stated year, or refused).
        ("by the year two thousand and thirty", None, "2030-12-31", dt.date(2019, 5, 5)),
        ("en l'an deux mille trente", "2030-01-01", "2030-12-31", STATED),
        ("au premier trimestre deux mille vingt-sept", "2027-01-01", "2027-03-31", STATED),
        ("d'ici fin deux mille vingt-sept", None, "2027-12-31", STATED),
        # Guard: a count said in words is no year.
        ("two thousand jobs by 2027", None, "2027-12-31", STATED),
    ],
)
def test_a_year_said_in_words_is_read(phrase, start, end, stated):
    _check(phrase, start, end, stated)
