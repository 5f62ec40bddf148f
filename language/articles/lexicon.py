"""The article reader's tables: forward-looking phrases, past-tense markers, events, vague
times, categories, names.

A table of words and patterns, not logic: it is long because the two languages are.
"""

from __future__ import annotations

import re

from language.kinds import Category

from .page import _compile

# ---------------------------------------------------------------------------------------
# The tables: forward-looking phrases, past-tense markers, events, vague times, categories
# ---------------------------------------------------------------------------------------

# Commitment phrases, on folded text. "strong" ones make a draft even without a date.
_FORWARD_EN = [
    r"\bwill\b",
    r"\bwould\b",
    r"\bshall\b",
    r"\b(?:it|we|they|he|she)'ll\b",
    r"\b(?:aims?|aiming|aimed) (?:to|for|at)\b",
    r"\b(?:plans?|planning|planned) to\b",
    r"\b(?:expects?|expecting) to\b",
    r"\b(?:intends?|intending|intended) to\b",
    r"\bhop(?:es?|ing) to\b",
    r"\b(?:is|are|was|were) (?:now |still )?set to\b",
    r"\b(?:is|are|was|were|remains?) (?:now |still )?due (?:to|in|by)\b"
    r"(?! (?:the|a|an|its|their|delays?|problems?|issues?|concerns?)\b)",
    r"\bon (?:track|course|schedule) to\b",
    r"\bgoing to\b",
    r"\b(?:scheduled|slated) (?:to|for)\b",
    r"\btarget(?:s|ing)\b",
]
_FORWARD_FR = [
    r"\bva\b",
    r"\bvont\b",
    r"\bvis(?:e|ent|ait)\b",
    r"\bprevoi(?:t|ent|yait)\b|\bprévoi(?:t|ent|yait)\b",
    r"\bdoi(?:t|vent)\b",
    r"\bcompt(?:e|ent|ait)\b(?<!\b(?:le|un|du|au|en|de) compte)",
    r"\bentend(?:ent)?\b",
    r"\bambitionn(?:e|ent)\b",
    r"\bespèr(?:e|ent)\b",
    r"\btable sur\b",
]
_STRONG = [
    r"\b(?:has |have |had )?(?:pledged?|pledges|pledging)\b",
    r"\b(?:has |have |had )?(?:promised?|promises|promising)\b",
    r"\b(?:commits?|committed|committing) (?:itself |themselves )?to\b",
    r"\bvows?\b|\bvowed\b",
    r"\bs'(?:est )?engag(?:e|ent|ée|ées|és|eait)\b",
    r"\b(?:a|ont|avait|avaient) promis\b",
    r"\bpromet(?:tent)?\b",
]
# French future tense (ouvrira, sera, lanceront...), tested in French articles only.
_FR_FUTURE = re.compile(r"\b[a-zà-ÿ]{2,}(?:ra|ront|rons|rez)\b")
_FR_NOT_FUTURE = frozenset(
    [
        "extra",
        "ultra",
        "caméra",
        "camera",
        "opéra",
        "opera",
        "sierra",
        "mantra",
        "cobra",
        "zebra",
        "algebra",
        "hydra",
        "contra",
        "para",
        "aura",
        "front",
        "affront",
        "tiara",
        "agora",
        "sahara",
        "riviera",
        "environs",
        "patrons",
        "marrons",
        "citrons",
        "chevrons",
        "larrons",
        "poltrons",
    ]
)
# A third party's expectation ("is expected in 2025") counts only when the sentence says
# who said it ("..., Bleu said", "according to Orange", "selon Bleu").
_EXPECTED = r"\b(?:is|are) (?:still |now )?expected (?:to|in|by|before)\b"

# Past-tense markers: a date they govern is an event, not a deadline.
_PAST_EN = re.compile(
    r"\b(?:was|were|had been|has been|have been|did|became|began|begun|came|went|took|"
    r"made|led|left|grew|won|bought|sold|spun|rose|fell|held|ago|since|last year|"
    r"previously|formerly|born)\b"
    r"|\b(?:set up|built)\b(?! (?:by|in) (?:the end|mid))"
    r"|\b[a-z]{3,}ed\b"
)
_NOT_PAST_ED = frozenset(
    [
        "need",
        "needed",
        "speed",
        "seed",
        "feed",
        "indeed",
        "hundred",
        "proceed",
        "succeed",
        "exceed",
        "based",
        "dedicated",
        "expected",
        "scheduled",
        "slated",
        "planned",
        "related",
        "limited",
        "detailed",
        "advanced",
        "qualified",
        "certified",
        "hosted",
        "managed",
        "united",
        "interested",
        "concerned",
        "committed",
        "pledged",
        "promised",
        "intended",
        "aimed",
        "red",
        "shared",
        "required",
        "combined",
        "skilled",
        "trusted",
        "automated",
        "integrated",
        "distributed",
        "named",
    ]
)
# Participles that make a past clause in French: "a obtenu", "créée en 2021", "depuis".
_PAST_FR = re.compile(
    r"\b(?:a|ont|avait|avaient|avons|ai|est|sont|était|étaient|fut|furent)\s+"
    r"(?:(?:déjà|été|pas|bien|aussi|notamment|par ailleurs|ainsi)\s+){0,2}"
    r"[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erte|int)\b"
    r"|\bdepuis\b|\bil y a\b|\bl'an dernier\b|\bl'année dernière\b"
)
# A participle right before its date: "créée en 2021", "nommé en 2023". Only when it touches
# the date: "centres de données en propre ... avant 2026" holds no past event.
_PAST_FR_ADJACENT = re.compile(r"\b([a-zà-ÿ]+(?:é|ée|és|ées))\s+(?=(?:en|au|le|début|fin|dès)\b)")
# Nouns with a participle's ending.
_NOT_PARTICIPLES = frozenset(
    [
        "données",
        "année",
        "années",
        "journée",
        "idée",
        "idées",
        "entrée",
        "entrées",
        "été",
        "clé",
        "clés",
        "durée",
        "lycée",
        "musée",
        "fusée",
        "armée",
        "vallée",
        "soirée",
        "matinée",
        "chaussée",
        "pensée",
    ]
)
# "will" after these is not the promiser's will: scheduled events and personnel moves.
_EVENTS = re.compile(
    r"\b(?:take place|be held|publish (?:its|their) (?:\w+ ){0,2}results|report (?:its|their) "
    r"(?:\w+ ){0,2}results|se tiendra|se tiendront|aura lieu|auront lieu|se déroulera|"
    r"publiera ses résultats|take up (?:his|her|the|their) (?:post|role|position)|take office|"
    r"step down|retire|prendra ses fonctions|succédera|quittera ses fonctions)\b"
)
# Vague times: the promise is real but undated ("will ultimately join Gaia-X").
_VAGUE = re.compile(
    r"\b(?:ultimately|eventually|soon|shortly|in the (?:coming|next few) (?:months|years)|"
    r"in the (?:near )?future|at some point|in due course|one day|over time|à terme|"
    r"prochainement|bientôt|dans les (?:mois|années) à venir|dans les prochains mois|"
    r"à l'avenir|un jour|d'ici peu|à moyen terme|à long terme)\b"
)
# Verbs that report speech: "In 2022 it had said it would ...", "avait promis en 2023 ...".
_SPEECH = (
    r"(?:had |has |have )?(?:said|stated|announced|promised|pledged|indicated|told|declared|"
    r"committed|explained|forecast)|(?:a|ont|avait|avaient) (?:dit|déclaré|annoncé|promis|"
    r"indiqué|affirmé|expliqué|assuré)|affirmait|promettait|annonçait"
)
_SPEECH_BEFORE_DATE = re.compile(rf"\b(?:{_SPEECH})\s+(?:(?:that|que|qu')\s+)?$")
_SPEECH_AFTER_DATE = re.compile(rf"^,?\s+(?:[\w'-]+\s+){{0,3}}?(?:{_SPEECH})\b")

_CATEGORIES: list[tuple[str, re.Pattern[str]]] = [
    (
        Category.CERTIFICATION,
        _compile(
            [
                r"\bsecnumcloud\b",
                r"\bqualifi(?:cation|ed|ée?s?)\b",
                r"\bcertifi(?:cation|ed|ée?s?)\b",
                r"\biso ?27001\b",
                r"\bhds\b",
                r"\beucs\b",
                r"\bc5\b",
                r"\bagrément\b",
                r"\bvisa de sécurité\b",
                r"\blabel\b",
                r"\baccredit",
            ]
        ),
    ),
    (
        Category.MEMBERSHIP,
        _compile(
            [
                r"\bjoin(?:s|ing)?\b",
                r"\bmember(?:ship)?\b",
                r"\bpartner(?:ship)?s?\b",
                r"\brejoindre\b",
                r"\badhér",
                r"\bmembre\b",
                r"\bpartenariat\b",
            ]
        ),
    ),
    (
        Category.AVAILABILITY,
        _compile(
            [
                r"\bavailab(?:le|ility)\b",
                r"\bdisponib(?:le|ilité)s?\b",
                r"\bgeneral availability\b",
                r"\bregions?\b",
                r"\brégions?\b",
                r"\bcommerciali[sz]",
            ]
        ),
    ),
    (
        Category.LAUNCH,
        _compile(
            [
                r"\blaunch",
                r"\bgo(?:es)? live\b",
                r"\bopen(?:s|ing)?\b",
                r"\broll(?:s|ing)? out\b",
                r"\bdebut\b",
                r"\blanc(?:er|era|eront|ement)\b",
                r"\bouvr(?:ir|ira|iront)\b",
                r"\bouverture\b",
                r"\bmise en service\b",
                r"\bdéployer\b",
                r"\bdeploy",
            ]
        ),
    ),
    (
        Category.PROGRAMME,
        _compile(
            [
                r"\bprogramme?\b",
                r"\breadiness\b",
                r"\bpilot\b",
                r"\broadmap\b",
                r"\binvest",
                r"\bhire\b|\brecruit|\brecruter\b",
                r"\bbuild\b",
                r"\bmigrat|\bmigrer\b",
                r"\bplan\b",
                r"\bpilote\b",
                r"\binvestir\b",
                r"\bconstruire\b",
                r"\bformer\b",
            ]
        ),
    ),
]

# Subjects that refer back to the organisation the article is about.
_BACK_REFERENCE = re.compile(
    r"\b(?:it|they|we|the (?:company|firm|group|provider|vendor|operator|business|"
    r"joint venture|start-up|startup|venture|subsidiary|management)|il|elle|ils|elles|nous|"
    r"la (?:société|coentreprise|filiale|direction|start-up|jeune pousse)|l'(?:entreprise|"
    r"hébergeur|éditeur|opérateur)|le (?:groupe|fournisseur|prestataire|spécialiste))\b"
)
# "Its first services ...", "Ses offres ...": the article's organisation again.
_POSSESSIVE_OPENING = re.compile(r"^\W*(?:its|their|son|sa|ses|leurs?)\b")
# Nouns that show a name is an organisation (in an apposition) or a person.
_ORG_NOUN = re.compile(
    r"\b(?:provider|company|vendor|firm|group|joint venture|start-?up|operator|maker|arm|"
    r"subsidiary|hébergeur|éditeur|fournisseur|société|entreprise|groupe|coentreprise|"
    r"filiale|opérateur|spécialiste|prestataire)\b"
)
_PERSON_NOUN = re.compile(
    r"\b(?:chief|ceo|cto|cfo|president|founder|director|head|chair(?:man|woman)?|minister|"
    r"directeur|directrice|président|présidente|fondateur|fondatrice|ministre|dirigeant)\b"
)
# Capitalised words that start sentences without naming anyone.
_NOT_NAMES = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "on",
        "by",
        "at",
        "for",
        "from",
        "of",
        "to",
        "as",
        "its",
        "his",
        "her",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "it",
        "we",
        "they",
        "he",
        "she",
        "but",
        "and",
        "or",
        "also",
        "after",
        "before",
        "since",
        "while",
        "when",
        "under",
        "with",
        "analysts",
        "chief",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d",
        "en",
        "au",
        "aux",
        "par",
        "pour",
        "selon",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "ce",
        "cette",
        "il",
        "elle",
        "ils",
        "elles",
        "nous",
        "dans",
        "sur",
        "avec",
        "après",
        "avant",
        "depuis",
        "chez",
        "lors",
        "et",
        "ou",
        "mais",
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "q1",
        "q2",
        "q3",
        "q4",
        "h1",
        "h2",
        "t1",
        "t2",
        "t3",
        "t4",
        "s1",
        "s2",
        "general",
        "regulators",
        "customers",
    ]
)
_CONNECTIVE = re.compile(
    r"(?:meanwhile|however|separately|elsewhere|moreover|in addition|for its part|"
    r"cependant|par ailleurs|de son côté|de leur côté|enfin|ainsi|en outre)\b,?\s+",
    re.IGNORECASE,
)
_NAME = re.compile(
    r"[A-Z\u00c0-\u00de][\w&.-]*[\w&](?:[ -](?:[A-Z\u00c0-\u00de0-9][\w&.-]*[\w&]|[A-Z0-9]))*"
)
_ATTRIBUTION = re.compile(
    r"(?:according to|selon|d'après)\s+(?P<after>[^,.;]+)"
    r"|,\s*(?P<before>[^,.;\"\u00bb\u201d]+?)\s+(?:said|says|told|added|a (?:indiqué|précisé|"
    r"déclaré|annoncé|assuré)|indique|précise|affirme)\b"
    r"|^(?P<lead>[^,.;]+?)\s+(?:now |also )?(?:says|said|announced|affirme|indique|assure)\b"
)
