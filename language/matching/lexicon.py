"""The matcher's weights and words: category words, what-happened cues, negators.

A table of words, not logic; docs/news-watch.md documents the weights and lists.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from language.kinds import EvidenceKind
from language.text import fold_words as fold

# Weights of the parts of a score (the total is capped at 1.0).
W_NAME = 0.25  # the promiser's name or an alias is in the item
W_NAME_VIA_FEED = 0.15  # the feed is about the promiser, the item does not name it
W_FIRST_TERM = 0.25  # one of the claim's keywords (or the feed's)
W_MORE_TERMS = 0.10  # each further keyword, up to two
W_SUBJECT = 0.15  # the claim's subject, when it is not just the promiser's name
W_CATEGORY = 0.15  # words of the claim's category, in English or French
W_OUTCOME = 0.10  # words saying it happened, was delayed or was denied
W_DEADLINE = 0.10  # a deadline expression dated after the item
# A claim is kept for an item only if it scores within this of the item's best claim of the
# same promiser: an item about the SecNumCloud qualification that mentions Azure in passing
# should not also become evidence for the Azure launch.
MARGIN = 0.15

_APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bc\u0060\u00b4"})


@functools.lru_cache(maxsize=8192)
def term_regex(term: str) -> re.Pattern[str]:
    """A folded term as a whole-word pattern: spaces or dashes between words, plural allowed."""
    words = [re.escape(word) for word in re.split(r"[\s-]+", fold(term)) if word]
    return re.compile(r"(?<![\w])" + r"[\s-]*".join(words) + r"(?:s|es|x)?(?![\w])")


def _words_regex(words: Iterable[str]) -> re.Pattern[str]:
    alternatives = sorted({fold(w) for w in words}, key=len, reverse=True)
    body = "|".join(r"[\s-]*".join(map(re.escape, w.split())) for w in alternatives)
    return re.compile(rf"(?<![\w])(?:{body})(?:s|es)?(?![\w])")


def _wordset(text: str) -> frozenset[str]:
    """A word list written as one string, easier to read and extend than a list literal."""
    return frozenset(text.split())


def _phrases(text: str) -> tuple[str, ...]:
    """Phrases written as one comma-separated string (folded: no accents, lower case)."""
    return tuple(phrase.strip() for phrase in text.split(",") if phrase.strip())


# Words of each category, English and French, folded. "availability" shares launch's.
_LAUNCH = _phrases(
    "launch, launched, go-live, go live, goes live, went live, live, general availability, "
    "generally available, available, availability, opening, opens, opened, rollout, roll out, "
    "rolls out, lancement, lance, lancee, disponible, disponibilite, mise en service, "
    "ouverture, ouvre, commercialisation, mise en production, deploiement"
)
CATEGORY_WORDS: dict[str, tuple[str, ...]] = {
    "certification": _phrases(
        "qualification, qualified, qualify, certification, certified, certificate, "
        "accreditation, accredited, secnumcloud, label, labelled, audit, auditor, qualifie, "
        "qualifiee, certifie, certifiee, homologation, homologue, visa"
    ),
    "launch": _LAUNCH,
    "availability": _LAUNCH,
    "membership": _phrases(
        "member, membership, join, joins, joined, adhesion, adhere, membre, rejoint, rejoindre, "
        "partner, partenaire"
    ),
    "programme": _phrases(
        "programme, program, pilot, early access, first customers, readiness, pilote, "
        "premiers clients, accompagnement"
    ),
    "other": (),
}

# Words saying what the item reports, by the evidence kind they suggest. Folded, whole words.
# "report" means a postponement only in French.
KIND_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    EvidenceKind.DENIAL: {
        "en": _phrases(
            "denies, denied, deny, no plans to, no longer plans, abandons, abandoned, drops plans, "
            "scraps, scrapped, cancels, cancelled, canceled, will not seek, gives up, gave up, "
            "shelves, shelved"
        ),
        "fr": _phrases(
            "dement, dementi, renonce, abandonne, abandon, n'a pas l'intention, annule, "
            "annulation, pas de projet"
        ),
    },
    EvidenceKind.FULFILMENT: {
        "en": _phrases(
            "obtained, obtains, has obtained, secured, secures, achieved, achieves, awarded, "
            "granted, receives, received, now qualified, is qualified, has been qualified, "
            "been certified, went live, goes live, is live, now live, now available, "
            "generally available, launched, launches, opened, opens, became a member, "
            "becomes a member, has joined, joins, joined, completed, completes, delivered, "
            "delivers"
        ),
        "fr": _phrases(
            "obtient, a obtenu, obtenu, decroche, a decroche, est qualifie, desormais qualifie, "
            "a ete qualifie, lance, a lance, est disponible, sont disponibles, "
            "desormais disponible, desormais disponibles, ouvre, a ouvert, rejoint, adhere, "
            "devient membre, est devenu membre, accorde, delivre"
        ),
    },
    EvidenceKind.DELAY: {
        "en": _phrases(
            "delay, delays, delayed, postpone, postponed, postpones, pushed back, pushes back, "
            "push back, slip, slips, slipped, later than planned, behind schedule, rescheduled, "
            "now expects, now expected, now targets, deferred, defers, setback"
        ),
        "fr": _phrases(
            "retard, retarde, retardee, reporte, reportee, report, repousse, repoussee, decale, "
            "decalee, glisse, desormais attendu, desormais attendue, desormais prevu, "
            "desormais prevue, plus tard que prevu"
        ),
    },
}
# A cue right after one of these words says it has not happened (yet), or only will.
_NEGATORS = _wordset(
    "not no never yet will would to could may might should pas plus jamais va vont devrait "
    "devraient pourrait compte vise espere prevoit doit doivent encore"
)
_NEGATOR_PHRASES = ("still awaits", "still waiting", "en attente")
_KIND_ORDER = (EvidenceKind.DENIAL, EvidenceKind.FULFILMENT, EvidenceKind.DELAY)

_CATEGORY_RX = {
    category: _words_regex(words) for category, words in CATEGORY_WORDS.items() if words
}
_CUE_RX = {
    kind: {lang: _words_regex(words) for lang, words in by_language.items()}
    for kind, by_language in KIND_CUES.items()
}
# In English text "report" is a news report: French delay words without it.
_FR_DELAY_OUTSIDE_FRENCH = _words_regex(
    w for w in KIND_CUES[EvidenceKind.DELAY]["fr"] if w != "report"
)

_FR_MARKERS = _wordset("le la les des du une est pour dans sur avec qui que d'ici sera au aux")
_EN_MARKERS = _wordset("the and is are of for with that this will has have by its from")
_STOP = (
    _EN_MARKERS
    | _FR_MARKERS
    | _wordset("first services service obtain start get make new go a an in on to de et en")
)
