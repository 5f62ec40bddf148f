"""The forty-third round, a pass over the labels no draft found (docs/article-import.md, "Round
43"): rules written from misses of at least three batches. One behaviour per test; the
sentences are invented, in the shape real articles take, and each test fails without its rule.
"""

from __future__ import annotations

import datetime as dt

from tests.language.article_ledgers import read

Y = dt.date


# --- What a draft quotes ---------------------------------------------------------------------


def test_a_sentence_that_refers_back_quotes_the_sentence_it_refers_to():
    # A pronoun or a demonstrative opening the sentence: what it promises is named before it.
    text = (
        "Halden Transit rebuilds its north depot for sixty buses. "
        "Il ouvrira au printemps 2025 avec un atelier neuf."
    )
    (draft,) = read.dated_drafts(text, language="fr")
    assert draft.quote == text
    text = (
        "Halden Transit is rebuilding its north depot for sixty buses. "
        "This work will be finished by March 2025."
    )
    (draft,) = read.dated_drafts(text)
    assert draft.quote == text
    # A verbless item of the schedule, its subject the sentence before.
    text = (
        "La rénovation du dépôt nord de Halden Transit est en cours, pour 9 millions d'euros. "
        "Livraison avant la fin de l'année."
    )
    (draft,) = read.dated_drafts(text, language="fr")
    assert draft.quote == text
    # A definite action noun with no complement is the action of what came before.
    text = (
        "Halden Transit a annoncé la création d'un dépôt à Montval. "
        "L'ouverture est attendue pour la mi-2025."
    )
    (draft,) = read.dated_drafts(text, language="fr")
    assert draft.quote == text
    text = (
        "Halden Transit a annoncé la création d'un dépôt à Montval. "
        "L'ouverture du dépôt est attendue pour la mi-2025."
    )
    (draft,) = read.dated_drafts(text, language="fr")
    assert draft.quote == "L'ouverture du dépôt est attendue pour la mi-2025."
    # A sentence that names its own subject quotes itself alone, and so does a time opening
    # on a demonstrative ("This year, …"), which refers to no sentence.
    text = "Halden Transit is rebuilding its north depot. The depot will reopen in March 2025."
    (draft,) = read.dated_drafts(text)
    assert draft.quote == "The depot will reopen in March 2025."
    text = "Halden Transit is rebuilding its north depot. This year, the depot will reopen."
    (draft,) = read.dated_drafts(text)
    assert draft.quote == "This year, the depot will reopen."
    # Nor does it reach into the paragraph before.
    text = "Halden Transit is rebuilding its north depot.\n\nIt will reopen in March 2025."
    (draft,) = read.dated_drafts(text)
    assert draft.quote == "It will reopen in March 2025."
    # An impersonal "il" refers to nothing before it (`_IMPERSONAL_IL`), and a demonstrative
    # before a day's number is a date ("Ce 15 juin, …").
    for opening in (
        "Il faudrait que Halden Transit l'ouvre au printemps 2025.",
        "Il s'agira pour Halden Transit d'ouvrir le dépôt nord au printemps 2025.",
        "Il est prévu que Halden Transit ouvre le dépôt nord au printemps 2025.",
        "Ce 15 juin, Halden Transit a promis d'ouvrir le dépôt nord en mars 2025.",
    ):
        text = "Halden Transit a présenté son plan de bus. " + opening
        (draft,) = read.dated_drafts(text, language="fr")
        assert draft.quote == opening
