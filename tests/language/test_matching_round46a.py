"""Rules from round 46's reading of the news misses on new dates (docs/news-watch.md,
"Delay, new dates and new windows"). Each is written as a specification on invented
sentences about made-up projects, none of them in the labelled sets, and fails without its
rule.
"""

from __future__ import annotations

import datetime as dt

from language.kinds import EvidenceKind
from tests.language.matching_specs import best, profile

D = dt.date

# A port authority promised its new cruise terminal ready for passengers by the end of 2023.
CRUISE_TERMINAL = profile(
    promiser="Port Authority of Velmora",
    aliases=("PAV",),
    subject="Velmora cruise terminal (Quay 9): opening to passengers",
    keywords=["Velmora cruise terminal", "new cruise terminal", "Quay 9", "opening"],
    category="port terminal",
    statement="The new Velmora cruise terminal opens to passengers.",
    stated_on=D(2021, 4, 12),
    deadline_start=D(2023, 1, 1),
    deadline_end=D(2023, 12, 31),
)

# A water utility promised its Ostrane desalination plant in service early in 2022.
DESALINATION = profile(
    promiser="Régie des eaux d'Ostrane",
    aliases=("REO",),
    subject="Usine de dessalement d'Ostrane : mise en service",
    keywords=["usine de dessalement d'Ostrane", "Ostrane desalination plant", "dessalement"],
    category="desalination plant",
    statement="L'usine de dessalement d'Ostrane est mise en service.",
    stated_on=D(2019, 9, 3),
    deadline_start=D(2022, 1, 1),
    deadline_end=D(2022, 4, 30),
)


def test_a_date_beside_the_thing_named_again_by_its_kind_is_a_new_date():
    # The second sentence names the terminal only as "the new terminal": its date is the
    # terminal's, later than the end of 2023.
    found = best(
        "PAV shows the works on the Velmora cruise terminal\n"
        "The port authority released pictures of the site on Quay 9. The new terminal is "
        "expected to welcome its first passengers in the spring of 2025.",
        CRUISE_TERMINAL,
        on=D(2024, 2, 20),
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY
    assert (found.proposed_start, found.proposed_end) == (D(2025, 3, 1), D(2025, 5, 31))


def test_the_french_thing_named_again_by_its_kind_takes_the_date_too():
    found = best(
        "Ostrane : la REO présente le chantier de l'usine de dessalement d'Ostrane\n"
        "Les membranes ont été livrées la semaine dernière. L'usine devrait entrer en service "
        "au second semestre 2023.",
        DESALINATION,
        on=D(2022, 11, 8),
        language="fr",
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY
    assert (found.proposed_start, found.proposed_end) == (D(2023, 7, 1), D(2023, 12, 31))


# A drug maker promised its malaria vaccine approved and on the market by mid-2024.
VACCINE = profile(
    promiser="Veltra Bio",
    aliases=("Veltra",),
    subject="Veltra Bio VB-12 malaria vaccine: approval and launch",
    keywords=["VB-12", "malaria vaccine", "marketing authorisation"],
    category="vaccine",
    statement="Veltra Bio's VB-12 malaria vaccine is approved and on the market.",
    stated_on=D(2022, 6, 1),
    deadline_start=D(2024, 5, 1),
    deadline_end=D(2024, 8, 31),
)


def test_an_amount_of_the_thing_dates_its_scale_not_the_thing():
    # The approval is still expected on time; a count of doses of the vaccine, then a year,
    # dates the output, no new date for the vaccine.
    found = best(
        "Veltra expects approval of its malaria vaccine in June\n"
        "Veltra Bio said it hopes for approval of VB-12 in June. The firm aims to make 50 "
        "million doses of the vaccine in 2024 and 200 million doses of the vaccine in 2026.",
        VACCINE,
        on=D(2024, 3, 14),
    )
    assert found is not None
    assert found.kind != EvidenceKind.DELAY


# A finance ministry promised its e-invoicing mandate in force for every business by July 2025.
E_INVOICING = profile(
    promiser="Ministry of Finance of Norland",
    aliases=("Norland Tax Office", "NTO"),
    subject="Norland e-invoicing mandate (TaxLink): entry into force",
    keywords=["TaxLink", "e-invoicing mandate", "invoicing software"],
    category="tax rule",
    statement="Every business in Norland must issue its invoices through TaxLink.",
    stated_on=D(2023, 10, 2),
    deadline_start=D(2025, 7, 1),
    deadline_end=D(2025, 7, 31),
)


def test_a_year_inside_an_acts_number_is_no_date():
    # "Decree 318/2025" names the act; the new date is the one the sentences after give.
    found = best(
        "Norland postpones TaxLink\n"
        "The Norland Tax Office published Decree 318/2025 on 3 March 2025. The TaxLink "
        "mandate is postponed to give businesses more time. Businesses must comply by 1 "
        "February 2026.",
        E_INVOICING,
        on=D(2025, 3, 20),
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY
    assert (found.proposed_start, found.proposed_end) == (None, D(2026, 2, 1))


def test_dates_listed_one_a_sentence_after_a_delay_propose_the_last():
    # One date for each group of businesses, each in its own sentence, said alike: the
    # mandate is in force for all only by the last.
    found = best(
        "Norland postpones TaxLink\n"
        "The Norland Tax Office said the TaxLink mandate is postponed to give businesses more "
        "time. Large companies must comply by 1 February 2026. All other businesses must "
        "comply by 1 September 2026.",
        E_INVOICING,
        on=D(2025, 3, 20),
    )
    assert found is not None
    assert found.kind == EvidenceKind.DELAY
    assert (found.proposed_start, found.proposed_end) == (None, D(2026, 9, 1))
