"""Which claim a news item is about (docs/news-watch.md): how an item that names the promiser
names the promised thing in fewer words than the ledger's keyword. Each rule is written as a
specification on invented sentences about made-up projects, none of them in the labelled sets.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from language.kinds import EvidenceKind
from language.matching import (
    ClaimProfile,
    ItemText,
    candidates_python,
    claim_profile,
    ledger_profiles,
    rank_matches,
)
from language.text import fold_words as fold
from tests.language.matching_specs import best, profile

D = dt.date


# --- A keyword that opens with the promiser's name ---------------------------------------------


BRANWELL_CAR = profile(
    promiser="Branwell",
    aliases=("Branwell Ltd",),
    subject="Branwell battery electric car",
    keywords=["Branwell electric car", "Branwell EV", "Kestrel Hall", "launch"],
    category="vehicle launch",
    statement="Branwell will launch its own battery electric car.",
    deadline_start=D(2020, 1, 1),
    deadline_end=D(2020, 12, 31),
)


def test_a_keyword_opening_with_the_promisers_name_is_written_by_the_words_after_it():
    # News that names the promiser calls the thing "its electric car", not "the Branwell
    # electric car": the words after the name stand for the keyword.
    assert ("Branwell electric car", "electric car") in BRANWELL_CAR.owned_terms
    match = best(
        "Branwell delays its first electric car to 2022",
        BRANWELL_CAR,
        on=D(2020, 5, 2),
    )
    assert match is not None and match.kind == EvidenceKind.DELAY
    # Only in news that names the promiser: another maker's electric car is not its.
    assert (
        best("Rival start-up delays its electric car to 2022", BRANWELL_CAR, on=D(2020, 5, 2))
        is None
    )


def test_one_word_after_the_name_says_too_little_alone():
    # "Cloud" of "Corvane Cloud" is any cloud: a word alone is no keyword; a digit is.
    cloud = profile(
        promiser="Corvane",
        aliases=(),
        subject="Corvane sovereign cloud region and Corvane 6G network",
        keywords=["Corvane Cloud", "Corvane 6G", "region"],
        statement="Corvane opens its sovereign cloud region.",
    )
    assert cloud.owned_terms == (("Corvane 6G", "6G"),)


# --- A promise made again as a claim of its own ---------------------------------------------


def _ledger(*claims: dict[str, Any]) -> list[ClaimProfile]:
    defaults: dict[str, Any] = {"promiser_id": 1, "category": "public programme"}
    return ledger_profiles([claim_profile(**{**defaults, **claim}) for claim in claims])


TAXLINK = {
    "promiser": "Valmorin Treasury",
    "aliases": ("Treasury",),
    "keywords": ["Taxlink", "withholding tax", "tax at source"],
}
TAXLINK_2018 = {
    **TAXLINK,
    "claim_id": 1,
    "subject": "Taxlink: tax withheld at source (first timetable)",
    "statement": "Taxlink, tax withheld at source, starts on 1 January 2018.",
    "stated_on": D(2016, 11, 2),
    "deadline_start": D(2018, 1, 1),
    "deadline_end": D(2018, 1, 1),
}
TAXLINK_2019 = {
    **TAXLINK,
    "claim_id": 2,
    "subject": "Taxlink: tax withheld at source (timetable put back)",
    "statement": "Taxlink, tax withheld at source, starts on 1 January 2019.",
    "stated_on": D(2017, 6, 5),
    "deadline_start": D(2019, 1, 1),
    "deadline_end": D(2019, 1, 1),
}


def _answers(text: str, ledger: list[ClaimProfile], on: dt.date) -> list[tuple[int, str]]:
    news = ItemText(item_id=1, text=fold(text), published_on=on, original=text)
    found = rank_matches(candidates_python([news], ledger), threshold=0.6).get(1) or []
    return [(match.claim_id, match.kind) for match in found]


def test_a_promise_made_again_as_a_claim_of_its_own_is_the_promise_in_force():
    ledger = _ledger(TAXLINK_2018, TAXLINK_2019)
    # Months after the date was put back to 2019, the 2019 date said again is that promise
    # kept to, not the 2018 promise put back once more.
    answers = _answers(
        "Taxlink will start in January 2019, the Treasury insists", ledger, D(2017, 11, 13)
    )
    assert answers[:1] == [(2, EvidenceKind.PROGRESS)]
    # The week the date is put back, the news is the 2018 promise put back.
    answers = _answers(
        "Taxlink put back: tax at source will start in January 2019, not 2018",
        ledger,
        D(2017, 6, 5),
    )
    assert answers[:1] == [(1, EvidenceKind.DELAY)]


def test_a_thing_named_alike_in_two_claims_is_no_other_claims_thing_to_either():
    # The 2019 date said next to "Taxlink" is the 2019 promise's news: "Taxlink" is its own
    # name as much as the earlier claim's, not another claim's thing standing by.
    ledger = _ledger(TAXLINK_2018, TAXLINK_2019)
    answers = _answers("Taxlink in January 2019: the minister stands firm", ledger, D(2018, 8, 30))
    assert answers[:1] == [(2, EvidenceKind.PROGRESS)]


# --- A country the item names ---------------------------------------------------------------


def test_of_a_promisers_things_in_several_countries_the_news_names_the_one_there():
    centre = {
        "promiser": "Corvane",
        "aliases": (),
        "category": "data centre",
    }
    ledger = _ledger(
        {
            **centre,
            "claim_id": 1,
            "subject": "Corvane data centre at Kilbarra, County Mayo, Ireland",
            "keywords": ["Corvane", "data centre", "centre de données", "Kilbarra"],
            "statement": "Corvane's data centre at Kilbarra begins operations.",
            "stated_on": D(2015, 3, 2),
            "deadline_start": D(2017, 1, 1),
            "deadline_end": D(2017, 12, 31),
        },
        {
            **centre,
            "claim_id": 2,
            "subject": "Corvane data centre at Holmvik, Denmark",
            "keywords": ["Corvane", "data centre", "centre de données", "Holmvik"],
            "statement": "Corvane's second data centre, at Holmvik, begins operations.",
            "stated_on": D(2017, 7, 3),
            "deadline_start": D(2019, 4, 1),
            "deadline_end": D(2019, 6, 30),
        },
    )
    # "en Irlande": the Irish centre, though the Danish claim was made last.
    answers = _answers(
        "Corvane annule la construction de son centre de données en Irlande", ledger, D(2018, 5, 9)
    )
    assert answers[:1] == [(1, EvidenceKind.DENIAL)]


def test_news_of_the_promisers_project_in_another_country_in_common_words_is_not_the_claims():
    kilbarra = profile(
        promiser="Corvane",
        aliases=(),
        subject="Corvane data centre at Kilbarra, County Mayo, Ireland",
        keywords=["Corvane", "data centre", "Kilbarra"],
        category="data centre",
        statement="Corvane's data centre at Kilbarra begins operations.",
        deadline_start=D(2021, 1, 1),
        deadline_end=D(2021, 12, 31),
    )
    assert best("Corvane cancels its data centre in Denmark", kilbarra, on=D(2020, 5, 4)) is None
    # Named, the thing is the claim's wherever else the item goes.
    match = best(
        "Corvane cancels its Kilbarra data centre and looks to Denmark", kilbarra, on=D(2020, 5, 4)
    )
    assert match is not None and match.kind == EvidenceKind.DENIAL
    # Said of the claim's own country, it is the claim's news.
    match = best("Corvane cancels its data centre in Ireland", kilbarra, on=D(2020, 5, 4))
    assert match is not None and match.kind == EvidenceKind.DENIAL


# --- A common keyword's place -------------------------------------------------------------------


def test_a_common_keyword_with_another_place_after_it_is_that_places_thing():
    fab = profile(
        promiser="Corvane",
        aliases=(),
        subject="Corvane chip factory at Kessling",
        keywords=["Kessling", "chip factory", "Fab 41"],
        category="chip factory",
        statement="Corvane's Kessling chip factory starts production.",
        deadline_start=D(2027, 1, 1),
        deadline_end=D(2027, 12, 31),
    )
    assert (
        best("Corvane's chip factories in Arbor are delayed until 2031", fab, on=D(2025, 3, 3))
        is None
    )
    # A time after "in" says when, not where.
    match = best(
        "Corvane's chip factory delayed: production in January 2029", fab, on=D(2025, 3, 3)
    )
    assert match is not None and match.kind == EvidenceKind.DELAY


# --- A keyword written with a possessive ----------------------------------------------------------


def test_a_keyword_with_a_possessive_is_also_written_without_it():
    census = profile(
        promiser="Valmorin Statistics Office",
        aliases=("VSO",),
        subject="Valmorin's Census 2031",
        keywords=["Valmorin's Census", "census day"],
        category="public programme",
        statement="Valmorin's Census is held in March 2031.",
        deadline_start=D(2031, 3, 1),
        deadline_end=D(2031, 3, 31),
    )
    assert census.plain_terms == (("Valmorin's Census", "Valmorin Census"),)
    match = best("VSO: Valmorin census postponed until 2032", census, on=D(2030, 5, 4))
    assert match is not None and match.kind == EvidenceKind.DELAY


def test_crewed_manned_and_human_say_one_thing_of_a_landing_or_a_flight():
    landing = profile(
        promiser="Valmorin Space Agency",
        aliases=("VSA",),
        subject="Selene II: first crewed Moon landing",
        keywords=["Selene II", "crewed Moon landing"],
        category="space mission",
        statement="Selene II lands the first crew on the Moon.",
        deadline_start=D(2028, 1, 1),
        deadline_end=D(2028, 12, 31),
    )
    assert ("crewed Moon landing", "human Moon landing") in landing.plain_terms
    match = best("VSA pushes back human Moon landing to 2030", landing, on=D(2026, 4, 7))
    assert match is not None and match.kind == EvidenceKind.DELAY
    # Not inside another name: a "Human Landing System" is a lander, not a crewed landing.
    system = profile(
        promiser="Valmorin Space Agency",
        aliases=("VSA",),
        subject="Selene II lander",
        keywords=["Selene II", "human landing system"],
        statement="The Selene II human landing system is delivered.",
    )
    assert system.plain_terms == ()


def test_a_model_number_is_also_written_with_the_makers_initial():
    jet = profile(
        promiser="Corvane Aero",
        aliases=("Corvane",),
        subject="Corvane 545X first delivery",
        keywords=["545X", "first delivery"],
        category="aircraft delivery",
        statement="Corvane delivers the first 545X airliner.",
        deadline_start=D(2027, 1, 1),
        deadline_end=D(2027, 12, 31),
    )
    assert ("545X", "C545X") in jet.owned_terms
    match = best(
        "Airlines adjust fleet plans as Corvane's C545X slips to 2029", jet, on=D(2026, 2, 3)
    )
    assert match is not None and match.kind == EvidenceKind.DELAY
