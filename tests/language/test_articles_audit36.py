"""Rules from the round's audit of the importer on invented articles (docs/article-import.md):
another kind of body named by its common noun, an approval the organisation itself seeks,
a forecast that relays nothing, and commitment phrases the audit's articles used (a plural
owner's target, "was looking to", "a acté", "projette", "il est prévu que"). One behaviour per
test; the sentences are invented, in the shape real articles take.
"""

from __future__ import annotations

import datetime as dt

from language.articles import KnownOrganisation
from tests.language.article_ledgers import PUBLISHED, read
from tests.language.article_reading import Reader

# --- Another kind of body named by its common noun -------------------------------------


def test_the_government_in_a_companys_article_is_another_body():
    text = (
        "Halden Transit will open its new depot in March 2025. The government is expected "
        "to decide on the tram extension by the end of the year."
    )
    assert read.windows(text) == [(dt.date(2025, 3, 1), dt.date(2025, 3, 31))]


def test_a_french_agency_in_a_companys_article_is_another_body():
    text = (
        "Corvane Motors ouvrira un atelier à Lyon le 1er octobre. L'agence régionale de "
        "l'environnement doit rendre son avis en juillet."
    )
    assert read.windows(text) == [(dt.date(2024, 10, 1), dt.date(2024, 10, 1))]


def test_the_government_is_the_ledgers_one_government():
    reader = Reader(
        [KnownOrganisation(1, "Halden Transit"), KnownOrganisation(2, "Ostvale Government")],
        PUBLISHED,
    )
    text = (
        "Halden Transit will open its new depot in March 2025. The government is expected "
        "to fund the tram extension by the end of the year."
    )
    assert [promiser for _, _, promiser in reader.found(text)] == [
        "Halden Transit",
        "Ostvale Government",
    ]


def test_the_agency_may_be_an_agency_known_by_its_acronym():
    reader = Reader([KnownOrganisation(1, "OSRA")], PUBLISHED)
    text = "OSRA will launch its lunar probe in 2026. The agency expects to land it by 2028."
    assert [promiser for _, _, promiser in reader.found(text)] == ["OSRA", "OSRA"]


# --- An approval the organisation itself seeks -----------------------------------------


def test_filing_for_approval_is_the_organisations_own_act():
    text = (
        "Corvane Motors expects to file for approval of its hydrogen van in Europe in the "
        "first half of 2025."
    )
    assert read.windows(text) == [(dt.date(2025, 1, 1), dt.date(2025, 6, 30))]


def test_an_approval_expected_is_still_the_regulators_act():
    text = "Corvane Motors expects regulatory approval of its hydrogen van in early 2025."
    assert read.windows(text) == []


# --- A forecast that relays nothing ----------------------------------------------------


def test_a_forecast_economists_give_does_not_date_the_promise_before_it():
    text = (
        "Halden Transit will open its Brook Street depot by early 2026. Bus fares may rise "
        "later this year, economists said."
    )
    assert read.dated(text) == [(None, dt.date(2026, 4, 30), PUBLISHED)]


# --- Commitment phrases ----------------------------------------------------------------


def test_a_plural_owners_target():
    text = "Corvane Motors' target of selling 50,000 electric vans a year by 2027 was confirmed."
    assert read.windows(text) == [(None, dt.date(2027, 12, 31))]


def test_was_looking_to_is_a_plan_when_reported():
    text = "The chair said Halden Transit was also looking to open a second depot in 2026."
    assert read.windows(text) == [(dt.date(2026, 1, 1), dt.date(2026, 12, 31))]


def test_a_decision_recorded_with_acte():
    text = "Halden Transit a acté la création d'une ligne express au 1er septembre 2025."
    assert read.windows(text) == [(dt.date(2025, 9, 1), dt.date(2025, 9, 1))]


def test_projette_is_a_plan():
    text = "Halden Transit projette l'agrandissement de son dépôt de Lenz pour 2026."
    assert read.windows(text) == [(dt.date(2026, 1, 1), dt.date(2026, 12, 31))]


def test_il_est_prevu_que_is_a_plan():
    text = (
        "Halden Transit rénove sa gare routière. Il est prévu que le nouveau hall soit "
        "ouvert dès l'été 2025."
    )
    assert read.found(text) == [(dt.date(2025, 6, 1), dt.date(2025, 8, 31), "Halden Transit")]
