"""The dates a news item gives a claim (docs/news-watch.md): which date is the new one a delay
proposes (not the old plan's, not one told in the past, the finer of two tellings, the one in
the date's own sentence), when a date within the promised window is progress, and when a
date is the past rather than a goal ahead. Each rule is written as a specification on
invented sentences about made-up projects, none of them in the labelled sets.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from language.matching.score import _promises_a_first
from language.text import fold
from tests.language.matching_specs import (
    ALPCOM_3G,
    CAPSULE,
    CORSAIRS,
    FERRY,
    HEADSET,
    TRAMCOOP,
    VAULMONT_TRAM,
    best,
    kind_of,
    profile,
)

D = dt.date


# --- The new date a delay proposes ---------------------------------------------------------------


def test_what_was_planned_before_is_not_proposed():
    said = (
        "Le projet de tram de Vaulmont patine encore\n"
        "À l'origine, la mise en service était prévue fin 2022. L'an dernier, l'objectif était "
        "fixé à 2025. Cette fois, il est question de juin 2026."
    )
    match = best(said, VAULMONT_TRAM, on=D(2024, 11, 1), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2026, 6, 1), D(2026, 6, 30))


def test_a_date_said_as_a_possibility_gives_way_to_one_said_firmly():
    said = (
        "Vaulmont tramway delayed again\n"
        "The Vaulmont tramway will not open until December 2026 at the earliest, and its opening "
        "could easily slip to the middle of 2027, the operator said."
    )
    match = best(said, VAULMONT_TRAM, on=D(2025, 11, 8))
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2026, 12, 31), None)
    # Said alone, the possible date is still the one proposed.
    alone = "Vaulmont tramway delayed again\nIts opening could slip to the middle of 2027."
    match = best(alone, VAULMONT_TRAM, on=D(2025, 11, 8))
    assert match is not None and (match.proposed_start, match.proposed_end) == (
        D(2027, 5, 1),
        D(2027, 8, 31),
    )


def test_an_ellipsis_before_a_date_keeps_the_date_in_its_sentence():
    said = (
        "Tides of Corsairs : Brightforge a enfin tranché\n"
        "Le studio a levé le voile lors d'une soirée de gala. "
        "Tides of Corsairs sortira le... 12 septembre 2024."
    )
    match = best(said, CORSAIRS, on=D(2023, 11, 20), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2024, 9, 12), D(2024, 9, 12))
    # An ellipsis before a capital still ends its sentence: the date is another sentence's.
    apart = (
        "Tides of Corsairs : Brightforge a enfin tranché\n"
        "Tides of Corsairs sortira bientôt... Le 12 septembre 2024, le studio fêtera ses dix ans."
    )
    assert best(apart, CORSAIRS, on=D(2023, 11, 20), language="fr") is None


VARNES = profile(
    promiser="Ferrovia",
    aliases=("Ferrovia France",),
    subject="Ferrovia Varnes steelworks decarbonisation: electric furnace",
    keywords=["Varnes", "four électrique", "décarbonation", "aciérie"],
    category="green steel plant",
    statement="Ferrovia replaces the Varnes blast furnace with an electric furnace.",
    deadline_start=None,
    deadline_end=D(2028, 12, 31),
)


def test_a_month_told_in_the_past_dates_a_delay_not_a_milestone():
    said = (
        "Ferrovia : l'inquiétude grandit à Varnes\n"
        "Le projet de décarbonation de l'aciérie de Varnes, avec son four électrique, "
        "a été suspendu en novembre."
    )
    match = best(said, VARNES, on=D(2026, 5, 4), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    # Late for a milestone still to come is progress toward the promise, as before.
    milestone = (
        "Ferrovia : l'inquiétude grandit à Varnes\n"
        "Le projet de décarbonation de l'aciérie de Varnes, avec son four électrique, "
        "est en retard sur son premier jalon de novembre 2026."
    )
    match = best(milestone, VARNES, on=D(2026, 5, 4), language="fr")
    assert match is not None and match.kind == EvidenceKind.PROGRESS


def test_a_new_date_told_again_more_finely_is_the_finer_window():
    said = (
        "Orbitec's first Halcyon crewed flight bumped into next year\n"
        "Orbitec says the flight is now off until at least next March."
    )
    match = best(said, CAPSULE, on=D(2025, 8, 9))
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2026, 3, 31), None)
    french = (
        "Tramcoop repousse l'ouverture de sa ligne Vierzon-Guéret à décembre 2024\n"
        "La coopérative annonce que le tram-train n'ouvrira que le 11 décembre 2024."
    )
    match = best(french, TRAMCOOP, on=D(2024, 3, 15), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2024, 12, 11), D(2024, 12, 11))
    # A "by" date inside the month sets no finer window.
    by_date = (
        "Tramcoop repousse l'ouverture de sa ligne Vierzon-Guéret à décembre 2024\n"
        "Tramcoop s'est fixé une échéance au plus tard le 11 décembre 2024."
    )
    match = best(by_date, TRAMCOOP, on=D(2024, 3, 15), language="fr")
    assert match is not None
    assert (match.proposed_start, match.proposed_end) == (D(2024, 12, 1), D(2024, 12, 31))


PORTAL = profile(
    promiser="Caisse santé",
    aliases=("CSN",),
    subject="Mon carnet santé (portail de santé numérique)",
    keywords=["Mon carnet santé", "portail de santé", "généralisation"],
    category="public e-health service",
    statement="Mon carnet santé is opened to everyone nationally.",
    deadline_start=D(2022, 1, 1),
    deadline_end=D(2022, 6, 30),
)


def test_years_since_its_start_make_a_later_date_a_new_goal():
    said = (
        "Mon carnet santé : trois ans après son lancement, le portail cherche son public\n"
        "Mon carnet santé doit atteindre 30 millions de comptes actifs d'ici à la fin de 2027."
    )
    assert best(said, PORTAL, on=D(2025, 2, 1), language="fr") is None
    birthday = "Mon carnet santé fête ses trois ans : objectif 30 millions de comptes en 2027"
    assert best(birthday, PORTAL, on=D(2025, 2, 1), language="fr") is None
    # Without the years counted, the later date is the promise moved.
    moved = "Mon carnet santé : la généralisation attendue d'ici à la fin de 2027"
    assert kind_of(moved, PORTAL, on=D(2025, 2, 1), language="fr") == EvidenceKind.DELAY


def test_a_date_set_within_the_promised_window_or_the_window_again_is_progress():
    # The headset is promised early in 2024 (January to April).
    said = (
        "Le Lumina Halo a sa date de sortie\n"
        "Lumina annonce que son casque Lumina Halo sera lancé le 8 mars 2024."
    )
    match = best(said, HEADSET, on=D(2024, 1, 15), language="fr")
    assert match is not None and match.kind == EvidenceKind.PROGRESS
    assert "within the promised window" in match.why
    # The promised window said again is the promise reaffirmed: progress too.
    again = "Lumina says the Lumina Halo headset comes early in 2024."
    assert kind_of(again, HEADSET, on=D(2023, 11, 15)) == EvidenceKind.PROGRESS
    # The deadline said again as a deadline is the promise reaffirmed too.
    by = "Lumina says the Lumina Halo headset will be out by the end of April 2024."
    assert kind_of(by, HEADSET, on=D(2023, 11, 15)) == EvidenceKind.PROGRESS
    # A date later than the window is still a delay.
    later = "Lumina annonce que son casque Lumina Halo sera lancé le 8 juin 2024."
    match = best(later, HEADSET, on=D(2024, 1, 15), language="fr")
    assert match is not None and match.kind == EvidenceKind.DELAY
    # Said within a week of the promise, the date is the promise's own: the promise stated.
    assert kind_of(said, HEADSET, on=D(2020, 1, 3), language="fr") == EvidenceKind.PROGRESS


def test_coverage_of_the_promise_with_a_date_that_meets_its_window_is_the_promise_stated():
    plant = profile(
        promiser="Nordhaven Hydrogen",
        aliases=(),
        subject="Nordhaven liquid hydrogen plant, Camden",
        keywords=["liquid hydrogen plant", "Camden"],
        category="plant",
        statement="Nordhaven's liquid hydrogen plant in Camden begins operating.",
        stated_on=D(2021, 6, 10),
        deadline_end=D(2022, 8, 31),
    )
    # The day after the promise: hiring "as soon as summer 2022" and jobs "starting in 2022"
    # meet the window (by August 2022) without lying inside it.
    for said in (
        "Nordhaven Hydrogen will open a liquid hydrogen plant in Camden, hiring as soon as "
        "summer 2022.",
        "Nordhaven Hydrogen to build liquid hydrogen plant in Camden, with jobs starting in 2022.",
    ):
        assert kind_of(said, plant, on=D(2021, 6, 11)) == EvidenceKind.PROGRESS, said
    # A date that starts after the window is no promise told, even that week.
    said = "Nordhaven Hydrogen will open a liquid hydrogen plant in Camden in 2023."
    assert kind_of(said, plant, on=D(2021, 6, 11)) != EvidenceKind.PROGRESS


def test_a_nearer_deadline_for_a_promise_due_by_a_date_is_the_promise_said_again():
    fibre = profile(
        promiser="Région de Valmont",
        aliases=("Valmont",),
        subject="Fibre pour tous les foyers de Valmont",
        keywords=["fibre pour tous", "foyers branchés"],
        category="other",
        statement="Every household in Valmont can get a fibre connection.",
        deadline_end=D(2022, 12, 31),
    )
    said = "Valmont promet la fibre pour tous les foyers d'ici le 30 septembre 2022."
    match = best(said, fibre, on=D(2021, 11, 23), language="fr")
    assert match is not None and match.kind == EvidenceKind.PROGRESS
    # A later one is no promise kept.
    later = "Valmont promet la fibre pour tous les foyers d'ici le 30 septembre 2023."
    assert kind_of(later, fibre, on=D(2021, 11, 23), language="fr") != EvidenceKind.PROGRESS


# --- A date in the past is no goal ahead ---------------------------------------------------------


def test_a_completion_years_ago_is_the_past():
    said = (
        "The MV Loch Tarra sets out on its first sea trials\n"
        "The MV Loch Tarra, launched by the minister nearly six years ago, began its sea trials."
    )
    match = best(said, FERRY, on=D(2023, 8, 2))
    assert match is not None and match.kind == EvidenceKind.PROGRESS
    french = "Le MV Loch Tarra, lancé il y a six ans, entame ses essais en mer."
    match = best(french, FERRY, on=D(2023, 8, 2), language="fr")
    assert match is not None and match.kind == EvidenceKind.PROGRESS


def test_after_just_some_years_is_a_life_gone_by_not_a_date_ahead():
    said = "Lumina is discontinuing its Lumina Halo headset after just three years."
    match = best(said, HEADSET, on=D(2027, 3, 1))
    assert match is None or match.kind != EvidenceKind.DELAY
    # A duration ahead is still a date: "not before three years" from now.
    ahead = "Lumina says the Lumina Halo headset launch is delayed: not before three years."
    match = best(ahead, HEADSET, on=D(2024, 3, 1))
    assert match is not None and match.kind == EvidenceKind.DELAY


def test_a_first_phase_is_the_thing_promised_not_a_first_of_a_series():
    claim = profile(
        promiser="Valdor Airport Authority",
        aliases=("VAA",),
        subject="Valdor International Airport phase 1 opening",
        keywords=["Valdor International Airport", "Valdor airport", "commercial operations"],
        category="airport",
        statement="The first phase of Valdor International Airport opens to commercial flights.",
        deadline_end=D(2023, 12, 31),
    )
    said = (
        "Valdor International Airport to begin commercial operations by April 2025\n"
        "Commercial flights from Valdor International Airport are expected to begin by the "
        "end of April 2025, officials said."
    )
    match = best(said, claim, on=D(2024, 6, 24))
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert match.proposed_end == D(2025, 4, 30)
    # A first flight still needs news that speaks of a first.
    flight = profile(
        promiser="Valdor Airport Authority",
        aliases=("VAA",),
        subject="Valdor International Airport first commercial flight",
        keywords=["Valdor International Airport", "commercial flight"],
        category="airport",
        statement="The first commercial flight leaves Valdor International Airport.",
        deadline_end=D(2023, 12, 31),
    )
    said = "Valdor International Airport: a new cargo commercial flight by April 2025"
    assert kind_of(said, flight, on=D(2024, 6, 24)) != EvidenceKind.DELAY


def test_a_first_that_describes_the_thing_promises_no_first_of_a_series():
    # "its first full renovation since 1979", "the first EPR built in Norway" and "Norway's
    # first floating power plant, Corbel One" describe the thing; news of its new date need
    # not say "first".
    for statement, thing in (
        ("The Hotel Valmont, closed for its first full renovation since 1979, reopens.",
         "Hotel Valmont"),
        ("Unit 1 of the Corbel plant, the first EPR built in Norway, enters service.",
         "Corbel plant"),
        ("Norway's first floating power plant, Corbel One (two reactors), enters service.",
         "Corbel One"),
    ):  # fmt: skip
        claim = profile(
            promiser="Nordhaven Group",
            aliases=(),
            subject=thing,
            keywords=[thing],
            category="opening",
            statement=statement,
            stated_on=D(2012, 8, 1),
            deadline_end=D(2014, 8, 31),
        )
        said = f"Nordhaven Group says the {thing} will now open in March 2016, after a fire."
        assert kind_of(said, claim, on=D(2015, 1, 19)) == EvidenceKind.DELAY, statement
    # One of a series said in apposition still promises a first.
    assert _promises_a_first(
        fold("Corbel Unit 3, the first of the two new reactors, enters service."), ()
    )


def test_a_period_counted_from_another_day_is_no_new_date():
    # "the following month" counts from a day the item tells of, not from its own.
    said = (
        "Vaulmont tramway: passengers who bought a pass will be refunded the following month, "
        "Tram'Vaulmont said."
    )
    match = best(said, VAULMONT_TRAM, on=D(2023, 1, 8))
    assert match is None or match.kind != EvidenceKind.DELAY


# A dam promised for 2024, read in the news in October 2024 (invented).
KESTREL_DAM = profile(
    promiser="Kestrel Power",
    aliases=(),
    subject="Kestrel River hydroelectric dam",
    keywords=["Kestrel dam", "Kestrel River", "generating unit", "hydroelectric"],
    category="energy",
    statement="Kestrel Power's Kestrel dam is complete and in service, all four generating "
    "units producing electricity.",
    deadline_start=D(2024, 1, 1),
    deadline_end=D(2024, 12, 31),
)


def test_a_by_date_naming_a_season_after_the_deadline_is_a_new_date():
    # "by fall 2025" starts with the fall, after a deadline of 2024: the claim moved.
    said = (
        "Kestrel dam update\n"
        "Kestrel Power says the Kestrel dam's generating units will all be running by fall 2025."
    )
    match = best(said, KESTREL_DAM, on=D(2024, 6, 3))
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (None, D(2025, 11, 30))
    # So does one naming a quarter or a half; a loose part of the year does not.
    quarter = said.replace("by fall 2025", "by the third quarter of 2025")
    assert kind_of(quarter, KESTREL_DAM, on=D(2024, 6, 3)) == EvidenceKind.DELAY
    loose = said.replace("by fall 2025", "by late 2025")
    assert kind_of(loose, KESTREL_DAM, on=D(2024, 6, 3)) != EvidenceKind.DELAY


def test_a_part_done_before_the_deadline_with_the_whole_dated_after_it_is_a_delay():
    said = (
        "Kestrel dam begins generating electricity\n"
        "Kestrel Power's Kestrel dam has begun generating electricity. Only the first "
        "generating unit is running, with the other Kestrel dam units to follow by fall 2025."
    )
    match = best(said, KESTREL_DAM, on=D(2024, 10, 29))
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert match.proposed_end == D(2025, 11, 30)
    # Done with no later date: the dam is in service.
    done = "Kestrel dam begins generating electricity\nKestrel Power's Kestrel dam is running."
    assert kind_of(done, KESTREL_DAM, on=D(2024, 10, 29)) == EvidenceKind.FULFILMENT


def test_a_new_period_told_with_a_step_is_a_delay_before_the_deadline_as_after_it():
    line = profile(
        promiser="Valdor Transit",
        aliases=(),
        subject="Valdor Purple light rail line",
        keywords=["Valdor Purple Line", "light rail"],
        category="rail service",
        statement="The Valdor Purple Line light rail opens to passengers.",
        stated_on=D(2016, 3, 2),
        deadline_end=D(2022, 5, 31),
    )
    said = "Valdor Purple Line enters dynamic testing phase in Brenmoor, service set for 2027"
    match = best(said, line, on=D(2025, 4, 4))
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2027, 1, 1), D(2027, 12, 31))
    # Before the deadline too: a new date later than the promised one is a delay (the
    # issue's "first services expected in summer 2026" for a go-live promised for 2024).
    assert kind_of(said, line, on=D(2021, 4, 4)) == EvidenceKind.DELAY
    # A step with no later date is still progress.
    step = "Valdor Purple Line enters dynamic testing phase in Brenmoor"
    assert kind_of(step, line, on=D(2021, 4, 4)) == EvidenceKind.PROGRESS
    # The day a preview leads to is no new period, nor is a term kept until a month.
    preview = "Valdor Purple Line opens its doors to the press, with the public riding on Thursday"
    assert kind_of(preview, line, on=D(2025, 4, 1)) != EvidenceKind.DELAY


def test_a_month_said_in_the_past_with_an_object_before_it_is_no_new_date():
    network = profile(
        promiser="Alpcom",
        aliases=(),
        subject="Alpcom 3G network switch-off",
        keywords=["3G", "3G switch-off", "Brenmoor", "Ostvale"],
        category="network",
        statement="Alpcom switches off its 3G network across the country.",
        stated_on=D(2022, 1, 1),
        deadline_end=D(2023, 12, 31),
    )
    said = "Alpcom said it had switched off 3G in Brenmoor and Ostvale in February."
    match = best(said, network, on=D(2023, 5, 9))
    assert match is None or match.kind != EvidenceKind.DELAY
    ahead = "Alpcom said it will switch off 3G in Brenmoor and Ostvale in February 2024."
    assert kind_of(ahead, network, on=D(2023, 5, 9)) == EvidenceKind.DELAY


def test_the_deadline_said_again_beside_a_later_phase_is_kept():
    system = profile(
        promiser="Valdor Commission",
        aliases=(),
        subject="Valdor travel authorisation system",
        keywords=["VTAS", "travel authorisation"],
        category="launch",
        statement="The Valdor travel authorisation system VTAS becomes operational.",
        stated_on=D(2016, 11, 16),
        deadline_end=D(2021, 12, 31),
    )
    said = (
        "VTAS rules enter into force\n"
        "VTAS is due to become operational by the end of 2021, while the full implementation "
        "of VTAS is expected in 2022."
    )
    assert kind_of(said, system, on=D(2018, 10, 9)) == EvidenceKind.PROGRESS
    # The old date and the new one in a move are no phase beside another.
    moved = "VTAS passe d'un horizon fin 2021 à potentiellement 2022 pour la Valdor Commission."
    assert kind_of(moved, system, on=D(2018, 10, 9), language="fr") == EvidenceKind.DELAY


def test_the_day_of_a_meeting_is_no_new_date():
    rover = profile(
        promiser="Astra Agency",
        aliases=("Astra",),
        subject="Kestrel Mars rover launch",
        keywords=["Kestrel rover", "Kestrel"],
        category="launch",
        statement="Astra launches the Kestrel rover to Mars.",
        stated_on=D(2013, 1, 24),
        deadline_end=D(2018, 12, 31),
    )
    said = (
        "Heads of Astra and its partner discuss future of Kestrel\n"
        "On 12 March the Astra director and his partner's director will meet by "
        "videoconference to discuss the Kestrel rover and its progress towards launch."
    )
    assert kind_of(said, rover, on=D(2020, 3, 11)) != EvidenceKind.DELAY
    # A launch set for that day is one.
    set_for = "Astra said the Kestrel rover will launch on 12 March."
    assert kind_of(set_for, rover, on=D(2020, 3, 11)) == EvidenceKind.DELAY


def test_a_deadline_that_falls_inside_the_promised_window_is_the_promise_kept():
    # The headset is promised early in 2024 (January to April): "by 12 January" is inside.
    said = "Lumina's Halo headset must be on sale by 12 January 2024 at the latest, Lumina said."
    match = best(said, HEADSET, on=D(2023, 12, 14))
    assert match is not None and match.kind == EvidenceKind.PROGRESS
    # One before the window opens is not the promised window.
    sooner = "Lumina's Halo headset must be on sale by 20 December 2023, Lumina said."
    assert best(sooner, HEADSET, on=D(2023, 12, 14)) is None


def _headset_news(month: str) -> str:
    """News headed by the headset, its date far from the headset's name."""
    return (
        "Lumina Halo headset: what we know so far\n"
        "Reviewers at the trade fair in Berlin praised its weight, its battery and the "
        "sharpness of the two screens. The company says shoppers can expect it "
        f"in stores in {month}."
    )


def test_the_promised_date_in_news_headed_by_the_claim_is_the_promise_said_again():
    # The headline names the headset; the date, far from its name, meets the promised window.
    said = _headset_news("February 2024")
    match = best(said, HEADSET, on=D(2023, 10, 2))
    assert match is not None and match.kind == EvidenceKind.PROGRESS
    assert "the promised date said again: 'in February 2024'" in match.why
    # Past the deadline, the promised date told again is history.
    assert best(said, HEADSET, on=D(2024, 6, 1)) is None
    # A headline about something else: the date is not the claim's.
    elsewhere = said.replace(
        "Lumina Halo headset: what we know so far", "The gadgets of the year so far"
    ).replace("Reviewers at", "Reviewers of Lumina's Halo headset at")
    assert best(elsewhere, HEADSET, on=D(2023, 10, 2)) is None


def test_a_later_date_in_news_headed_by_the_claim_is_a_new_date():
    # The same news giving a date after the promised window (January to April 2024): a delay,
    # with that date proposed, though the date stands far from the headset's name.
    said = _headset_news("September 2024")
    match = best(said, HEADSET, on=D(2023, 10, 2))
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2024, 9, 1), D(2024, 9, 30))
    # Past the deadline, such a date may be anything's: no reading.
    assert best(said, HEADSET, on=D(2024, 6, 1)) is None
    # Nor one said of the past ("was originally due in September 2024").
    before = said.replace("says shoppers can expect it", "said the headset was originally due")
    assert best(before, HEADSET, on=D(2023, 10, 2)) is None


def test_the_last_period_of_a_by_promise_said_ahead_is_the_promise_said_again():
    # Alpcom's 3G switch-off is due by the end of 2019; said in late 2018, "next year" is it.
    said = (
        "Alpcom said this week that switching off its 3G network next year and then retiring "
        "its copper lines by 2030 won't affect coverage."
    )
    assert kind_of(said, ALPCOM_3G, on=D(2018, 12, 30)) == EvidenceKind.PROGRESS


def test_a_first_after_an_opening_and_is_a_detail_of_the_opening():
    # "enters service and receives its first commercial passengers" promises the opening.
    assert not _promises_a_first(
        fold("The new Valdor airport enters service and receives its first commercial passengers."),
        (),
    )
    assert _promises_a_first(fold("The first commercial flight leaves Valdor airport."), ())


def test_an_inauguration_dated_ahead_is_the_opening_set_for_then():
    airport = profile(
        promiser="Government of Corbelia",
        aliases=(),
        subject="Valdor International Airport opening",
        keywords=["Valdor International Airport"],
        category="airport",
        statement="Valdor International Airport opens to passengers.",
        stated_on=D(2007, 1, 1),
        deadline_end=D(2012, 12, 31),
    )
    said = (
        "The president demanded that the government prepare the inauguration, on 7 "
        "December, of Valdor International Airport."
    )
    match = best(said, airport, on=D(2017, 10, 4))
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2017, 12, 7), D(2017, 12, 7))
    # The eve of the ceremony is a step still.
    said = "Valdor International Airport: the inauguration ceremony takes place on Thursday."
    assert kind_of(said, airport, on=D(2017, 12, 6)) == EvidenceKind.PROGRESS


def _headset_contract_news(then: str) -> str:
    """A step next to the headset's name, and a date for it told two sentences on."""
    return (
        "Lumina signs a supply contract for its Halo headset\n"
        "The contract with a display maker in Porto covers two million screens. "
        f"The company now says shoppers will find it in stores {then}."
    )


def test_a_step_next_to_the_claims_words_gives_way_to_a_later_date_told_anywhere():
    # Early 2024 promised: a date after it, before the deadline, is the news, a delay.
    said = _headset_contract_news("in September 2024")
    match = best(said, HEADSET, on=D(2023, 10, 2))
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2024, 9, 1), D(2024, 9, 30))
    # With a date that meets the window, the step stays progress.
    kept = _headset_contract_news("in February 2024")
    assert kind_of(kept, HEADSET, on=D(2023, 10, 2)) == EvidenceKind.PROGRESS
    # Past the deadline, a later date away from the claim's words may be anything's: the
    # step stays the reading.
    assert kind_of(said, HEADSET, on=D(2024, 6, 1)) == EvidenceKind.PROGRESS
    # A date only aimed at, beside the step, is no new date.
    aimed = said.replace("says shoppers will find it", "aims to have it")
    assert kind_of(aimed, HEADSET, on=D(2023, 10, 2)) == EvidenceKind.PROGRESS


def test_a_later_date_in_news_headed_by_the_claim_beats_one_that_meets_the_window():
    # The headset news tells a step's date (field tests until February 2024, inside early
    # 2024) and the headset's own (September 2024): the later one is the news, a delay.
    said = _headset_news("September 2024, after field tests that run until February 2024")
    match = best(said, HEADSET, on=D(2023, 10, 2))
    assert match is not None and match.kind == EvidenceKind.DELAY
    assert (match.proposed_start, match.proposed_end) == (D(2024, 9, 1), D(2024, 9, 30))
