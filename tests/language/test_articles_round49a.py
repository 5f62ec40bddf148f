"""The forty-ninth round, first helper (docs/article-import.md, "Round 49"): the misses of the
two batches read for the first time this round, then the same kind of miss across every
readable batch. One behaviour per test; the sentences are invented, in the shape real articles
take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- When it was said ----------------------------------------------------------------------


def test_a_time_after_promised_for_is_the_deadline_not_when_it_was_promised():
    # Written on Friday 14 June 2024. ", promise pour septembre" is the month the thing was
    # promised for, not the month the promise was made: the sentence is said on the page's
    # day, and its other date ("fin juillet") is read from that day.
    text = (
        "Halden Transit doit présenter son calendrier fin juillet, un plan de réalisation "
        "devant être inscrit dans une nouvelle convention, promise pour septembre."
    )
    assert read.dated(text, language="fr") == [
        (Y(2024, 7, 1), Y(2024, 7, 31), Y(2024, 6, 14)),
        (Y(2024, 9, 1), Y(2024, 9, 30), Y(2024, 6, 14)),
    ]
    # A time right after the participle is still when it was made.
    text = "Halden Transit ouvrira le dépôt de Nordby fin 2026, une promesse faite en mars 2023."
    assert read.dated(text, language="fr") == [
        (Y(2026, 9, 1), Y(2026, 12, 31), Y(2023, 3, 1)),
    ]


def test_a_plan_told_now_after_since_then_is_said_now():
    # Written on Friday 14 June 2024. "was first announced in 2021 and since then ... now
    # expected to begin in 2025" gives the plan as it stands now, as "but now" does: said on
    # the page's day, not in 2021.
    text = (
        "Halden Transit's Nordby depot was first announced in 2021 and since then its opening "
        "has been pushed back twice, with works now expected to begin in 2025."
    )
    assert read.dated(text) == [(Y(2025, 1, 1), Y(2025, 12, 31), Y(2024, 6, 14))]


def test_a_source_cited_by_an_agency_is_still_the_one_speaking():
    # Written on Friday 14 June 2024. "according to market analysts cited by the Nordic News
    # Agency" is the analysts' forecast, relayed by the agency: no promise of Halden Transit.
    text = (
        "The delayed opening is expected to weigh on Halden Transit's results in the second "
        "half of 2024, according to market analysts cited by the Nordic News Agency."
    )
    assert read.windows(text) == []
    # A company's own words cited by an agency stay its promise.
    text = (
        "Halden Transit will open its new depot in the second half of 2025, according to a "
        "company statement cited by the Nordic News Agency."
    )
    assert read.windows(text) == [(Y(2025, 7, 1), Y(2025, 12, 31))]


# --- Finding a commitment ------------------------------------------------------------------


def test_a_launch_rescheduled_to_a_date_is_moved_there():
    # Written on Friday 14 June 2024. "has rescheduled the launch of its buses to mid-2025"
    # moves the date, as "postponed the launch ... to" does; so does "reschedule ... for".
    text = (
        "Corvane Motors has rescheduled the launch of its new electric buses to mid-2025 "
        "because of a shortage of batteries."
    )
    assert read.windows(text) == [(Y(2025, 5, 1), Y(2025, 8, 31))]
    text = (
        "Corvane Motors said shortages of chips prompted it to reschedule the release of the "
        "van for October or November."
    )
    assert read.windows(text) == [(Y(2024, 10, 1), Y(2024, 11, 30))]


def test_a_date_a_cleft_puts_first_reaches_past_a_long_subject():
    # Written on Friday 14 June 2024. "C'est fin septembre que ... va démarrer": the cleft's
    # date belongs to the verb after "que", however long its subject, as a fronted "by" does.
    text = (
        "C'est fin septembre que le projet de construction du nouveau dépôt de bus de la "
        "société Halden Transit va démarrer."
    )
    assert read.windows(text, language="fr") == [(Y(2024, 9, 1), Y(2024, 9, 30))]


def test_a_weekday_with_its_article_may_stand_between_announced_and_its_object():
    # Written on Friday 14 June 2024. "a annoncé le mercredi 12 juin le lancement des
    # travaux ... à partir de septembre" is the announcement of a launch, as "a annoncé
    # mercredi le lancement" is.
    text = (
        "Halden Transit a annoncé le mercredi 12 juin le lancement des travaux de son "
        "nouveau dépôt à partir du mois de septembre 2024."
    )
    assert read.windows(text, language="fr") == [(Y(2024, 9, 1), Y(2024, 9, 30))]


def test_compter_takes_its_infinitive_after_an_aside():
    # Written on Friday 14 June 2024. « On compte, en 2025, construire un nouveau dépôt »:
    # the time set off by commas stands between the verb of intent and its infinitive.
    text = "« On compte, en 2025, construire un nouveau dépôt », explique Halden Transit."
    assert read.windows(text, language="fr") == [(Y(2025, 1, 1), Y(2025, 12, 31))]


def test_an_aim_told_as_displayed_is_an_aim():
    # Written on Friday 14 June 2024. "Avec un objectif affiché de ... d'ici 2027" is the aim,
    # as "avec un objectif de" is: a participle of telling stands before its "de".
    text = (
        "Avec un objectif affiché de créer 500 emplois d'ici 2027, le nouveau dépôt de "
        "Halden Transit sera un chantier clé pour la région."
    )
    assert read.windows(text, language="fr") == [(None, Y(2027, 12, 31))]


def test_a_date_confirmed_for_a_thing_is_set_for_it():
    # Written on Friday 14 June 2024. "L'ouverture ... est confirmée pour fin 2025" sets the
    # date, as "is set for" does; "now confirmed for January" too.
    text = "L'ouverture du dépôt de Halden Transit est confirmée pour fin 2025."
    assert read.windows(text, language="fr") == [(Y(2025, 9, 1), Y(2025, 12, 31))]
    text = "Halden Transit has six depot openings now confirmed for January 2025."
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 1, 31))]
    # Confirmed for the first time is no date set.
    text = "Halden Transit confirmed for the first time that the depot will open in 2026."
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]


def test_a_closure_kept_until_a_date_ends_then():
    # Written on Friday 14 June 2024. "will remain closed until March" is the closure's end,
    # when the depot reopens, as "is closed until March" is; not a state kept.
    text = "Halden Transit's Nordby depot will remain closed until March to allow repairs."
    assert read.windows(text) == [(None, Y(2025, 3, 31))]
    # A state kept until a date is still a term, not a promise.
    text = "Halden Transit will remain the operator of the line until 2030."
    assert read.windows(text) == []


# --- One draft per promise -----------------------------------------------------------------


def test_counts_written_in_words_tell_two_promises_apart():
    # Written on Friday 14 June 2024. "nine of its new depots this month" and "six openings
    # confirmed for June" state different counts: two promises, as "9" and "6" would be.
    text = (
        "Halden Transit is set to open nine of its new depots this month. Its chief "
        "executive said: “We have six openings now confirmed for June already.”"
    )
    assert read.windows(text) == [
        (Y(2024, 6, 1), Y(2024, 6, 30)),
        (Y(2024, 6, 1), Y(2024, 6, 30)),
    ]
    # A span of time is no count, and a number in a name ("Phase two") is no figure.
    text = (
        "Halden Transit will open its Phase two depot in 2026. The depot, after three years "
        "of works, will open in 2026."
    )
    assert read.windows(text) == [(Y(2026, 1, 1), Y(2026, 12, 31))]


def test_a_span_then_the_date_it_runs_to_is_one_promise_the_date():
    # Written on Friday 14 June 2024. "s'étaleront sur cinq ans, jusqu'en 2029" gives the
    # works' length, then the date they run to, set off by a comma: one promise, the date.
    text = "Les travaux du dépôt s'étaleront sur cinq ans, jusqu'en 2029, précise Halden Transit."
    assert read.windows(text, language="fr") == [(None, Y(2029, 12, 31))]


def test_a_participle_of_saying_reports_what_would_be_done():
    # Written on Friday 14 June 2024. "a letter ... stating the van would arrive in early
    # 2025" reports the company's word, as "said the van would arrive" does.
    text = (
        "Corvane Motors has sent a letter to the buyers of its new model, stating the van "
        "would arrive in early 2025."
    )
    assert read.windows(text) == [(Y(2025, 1, 1), Y(2025, 4, 30))]
