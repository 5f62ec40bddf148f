"""The article reader's tables: commitment phrases and how firm each is, the words that make a
date something other than a promise (past events, superseded plans, hedges, estimates,
scheduled events), who said it, conditions, vague times, categories, names.

A table of words and patterns, not logic: it is long because the two languages are. Every
pattern is matched on `language.text.fold_case` text (lower case, accents kept).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from language.kinds import Category
from language.text import MONTH_ABBREVIATIONS

from .page import _compile

# ---------------------------------------------------------------------------------------
# Commitment phrases
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CueRule:
    """A commitment phrase, how firm it is (records.STRENGTHS) and when it counts.

    `strong`: a draft even without a date ("pledged", "s'engage à"). `needs`: "reported"
    when it counts only in reported speech ("would", the French conditional: "Bleu said it
    would ...", not "that would enable ..."); "owned" when it does not count if its subject
    is a third party ("regulators are expected to ..."); "a time first" when it counts only
    in a clause set after a time ("D'ici 2040, ... est prévu"). `kind`: "announce" for an announced
    action ("en annonçant la fin de la 2G pour 2025"), whose agent may follow it ("la création
    par Envision d'une usine"); "past" for a past form ("was due to", "devait") that is an
    earlier, superseded plan unless it is reported ("said it was due to ..."); "owned" for a
    promise named as a noun with its owner inside ("la promesse d'Emmanuel Macron de").
    """

    pattern: str
    strength: str
    strong: bool = False
    needs: str = ""
    kind: str = ""
    language: str = ""  # "fr" for a word English spells the same ("envisage")


# Not right after a meeting's name: "le prochain point d'étape est prévu le 3 juillet".
_NOT_A_MEETING = "(?<!étape )(?<!réunion )(?<!rencontre )(?<!séance )(?<!audience )(?<!conférence )"
# Nouns of an action an organisation announces: "announced the closure of ... in 2025".
_ACTIONS = (
    r"(?:launch|opening|closure|shutdown|switch-?off|start|end|construction|creation|"
    r"deployment|roll-?out|completion|delivery|arrival|introduction|phase-?out|retirement|"
    r"fin|fermeture|arrêt|extinction|lancement|ouverture|déploiement|mise en (?:service|"
    r"production|route)|création|construction|arrivée|sortie|début|démarrage|livraison|"
    r"généralisation|abandon|suppression|production|commercialisation|investment|investissement|"
    # A sale, a setting up, a siting: "a annoncé la cession « avant la fin de l'année » de".
    r"cession|mise en place|implantation|"
    # A start, an opening to use, a handing over: "ont annoncé un commencement des travaux
    # « courant 2026 »", "la mise en exploitation d'ici 2027 d'un gisement".
    r"commencement|mise en exploitation|"
    # A start again, as a start: "a annoncé la reprise des travaux à partir du 28 juillet",
    # "announced the reopening of the line in May". (Not yet "redémarrage": a reactor's
    # restart announced "alors que" a clause of its own names the winter would take that
    # clause's date.)
    r"reprise|réouverture|reopening|resumption)"
)
# A date something is set from: "à partir du 1er avril", "à compter de 2027", "dès le 2 mai".
_FROM_A_DATE = (
    r"(?:à partir d|à compter d|dès (?:le |la |l')?(?:\d|janvier|février|mars|avril|mai|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre))"
)
# Not a noun after its determiner, "en" or a word of degree: "une baisse", "en baisse", "une
# forte baisse".
_NOT_AFTER_A_DETERMINER = "".join(
    rf"(?<!\b{word} )"
    for word in (
        *("le", "la", "les", "une", "des", "sa", "son", "ses", "leur", "leurs", "cette", "en"),
        *("forte", "nette", "légère", "nouvelle"),
    )
)
# Verbs of a timetable, without their ending: "starts", "launching", "operates".
_TIMETABLE = (
    r"(?:start|begin|beginn|open|launch|operat|run|runn|follow|resum|return|depart|"
    r"commenc|arriv|introduc)"
)
# A date right after a timetable verb: "starts in May", "starting Nov. 17", "from June 12".
_DATE_NEXT = (
    r"(?=\s+(?:(?:on|in|from|by|at|during|before|as of|until)\s+)?(?:the\s+)?(?:\d|q[1-4]\b|"
    r"h[12]\b|jan|feb|mar|apr|may\b|jun|jul|aug|sep|oct|nov|dec|early\b|late\b|mid|end\b|"
    r"this\b|next\b|spring|summer|autumn|fall\b|winter|first|second|third|fourth))"
)
_DETERMINER = r"(?:the|its|their|a|an|la|le|les|l'|son|sa|ses|leur|leurs|une|un)"
# Words that open or qualify a noun phrase: a plural after one of them is a noun ("the other
# scheduled launches", "competitive launches", "two starts"), not a verb of a timetable; but
# a number word after a name's noun is the name's, the verb the timetable's ("Phase two
# starts in January", "Terminal Two opens in 2026").
_NAMED_BY_NUMBER = ("phase", "stage", "line", "terminal", "platform", "route", "section", "unit")
_NOT_A_PLURAL_NOUN = "".join(
    rf"(?<!\b{word} )"
    for word in (
        *("the", "its", "their", "our", "these", "those", "other", "more", "several", "many"),
        *("some", "all", "both", "remaining", "scheduled"),
        *("planned", "upcoming", "future", "further", "competitive", "commercial", "successful"),
    )
) + "".join(
    "(?:"
    + "|".join([rf"(?<!\b{number} )", *(rf"(?<=\b{noun} {number} )" for noun in _NAMED_BY_NUMBER)])
    + ")"
    for number in ("two", "three", "four", "five")
)
# When it was announced, between the verb and what: "ont annoncé hier la création d'un
# terminal", "announced on Tuesday the closure of", "a annoncé jeudi 25 août la fermeture".
_WHEN_ANNOUNCED = (
    r"(?:(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)"
    # "announced plans earlier this week to require ...".
    r"|(?:earlier )?(?:this|last) (?:week|month)|cette semaine|la semaine dernière"
    r"|hier|aujourd'hui|ce (?:matin|soir)"
    # A weekday with its article: "a annoncé le mercredi 26 mars le lancement de".
    r"|(?:ce |le )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"(?: \d{1,2}(?:er)?(?: [a-zéû]+)?)?"
    # Or a word that sets it beside another's: "Rain annonçait pour sa part le lancement de son
    # réseau", "announced for its part the opening of".
    r"|pour sa part|pour leur part|de son côté|de leur côté|quant à (?:lui|elle|eux)"
    r"|for (?:its|their) part) "
)
_WHEN_ANNOUNCED_RX = re.compile(_WHEN_ANNOUNCED)

# What others send by a deadline: "the deadline for industry feedback is October 6" is the
# public's turn, not a promise of the body that set it.
# So is the deadline of others named as its subject ("the deadline for companies to submit
# their bids", "a deadline for operators such as X to replace their buses") or of their act
# ("the deadline for responding to").
_OTHERS_TURN = (
    r" (?:[\w-]+ ){0,3}?(?:feedback|comments?|submissions?|applications?|bids?|tenders?|offers?|"
    r"proposals?|registrations?|responses?|objections?|entries|nominations?|consultations?|"
    r"candidacies|filings?|claims?|appeals?|applicants|bidders|companies|firms|businesses|"
    r"operators|suppliers|residents|members|customers|users|owners|households|employers|"
    r"member states|responding|applying|commenting|submitting|registering|objecting)\b"
)
_NOT_OTHERS_TURN = rf"(?!{_OTHERS_TURN})"
# The date a deadline is moved from, not a length ("from 30 to 60 days").
_A_DATE_FROM = (
    r"(?:(?:\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"(?: \d{1,2}(?:st|nd|rd|th)?,?)?(?: (?:19|20)\d\d)?|(?:19|20)\d\d)"
)

COMMITMENTS: tuple[CueRule, ...] = (
    # English; not the idiom of doubt "(only) time will tell", which promises nothing.
    CueRule(
        r"\bwill\b(?!(?<=\btime will) tell\b)|\bshall\b|\b(?:it|we|they|he|she)'ll\b|\bwon't\b",
        "will",
    ),
    # Not in a free relative of need or comparison: "fewer engines than what we would need
    # for 2026" says what is lacking, not what will be done.
    CueRule(r"(?<!\bwhat we )(?<!\bwhat they )(?<!\bwhat it )\bwould\b", "will", needs="reported"),
    # The timetable of a plan the article describes: "would cost $1 billion and be completed
    # in 2030", "would subsequently complete by late 2026". Not after a pronoun ("had
    # predicted it would complete"), which reported speech reads.
    CueRule(
        r"(?<!\bit )(?<!\bthey )(?<!\bwe )(?<!\bhe )(?<!\bshe )(?<!\bwhether )"
        r"\bwould (?:(?:also|then|subsequently|likely|eventually) )?(?:[\w$€£.,]+ ){0,6}?"
        r"(?:be )?(?:completed?|finished|opened|operational|in service)\b",
        "will",
    ),
    # "Peter Kyle said that by the end of 2027 the Government hoped to have …": a hope told
    # in reported speech.
    CueRule(r"\bhoped to\b", "hopes", needs="reported"),
    # An adverb may stand after the verb: "is now set to", "is also set to restart".
    CueRule(r"\b(?:is|are) (?:now |still |currently |also |already )?set to\b", "will"),
    CueRule(r"\b(?:was|were) (?:now |still |also |already )?set to\b", "will", kind="past"),
    CueRule(r"\bset to (?:be|begin|start|open|launch|enter|come)\b", "will"),
    # "Due to" with the infinitive of a thing's coming, without its verb, as "set to" above:
    # "with the other gates due to open next year". Not "due to" before a noun, the cause
    # ("due to the weather", "due to close contacts").
    # Not after a verb of its own or its negation, which the rules below read ("was not due to
    # be returned until October" is an earlier plan, not a new one).
    CueRule(
        r"(?<!\bwas )(?<!\bwere )(?<!\bnot )(?<!n't )(?<!n’t )"
        # Not a compound noun after "due to", a cause: "due to start-up problems".
        r"\bdue to (?:be|begin|start|open|reopen|launch|enter|come|arrive)(?![\w-])",
        "plans",
    ),
    # A date set for a thing: "the completion date is set for December 2029".
    CueRule(r"\b(?:is|are) (?:now |still |currently |tentatively )?set for\b", "plans"),
    # So is a date confirmed for a thing: "L'ouverture du tunnel est confirmée pour fin 2016",
    # "with six launches now confirmed for January" (not "confirmed for the first time").
    CueRule(
        r"\b(?:is|are|est|sont|now|désormais) (?:now |still |désormais |toujours |bien )?"
        r"confirm(?:ed|ée?s?) (?:for|pour)\b(?! (?:the|la) (?:first|première)\b)",
        "plans",
    ),
    # A reduced relative on the thing announced: "a new region, to be opened in 2022".
    CueRule(r",\s*to be (?:[a-z]+ly )?(?:[a-z]+(?:ed|en)|built|held|made|run|set|shut)\b", "plans"),
    CueRule(r"\bgoing to\b", "will"),
    # What must be done by a date is an obligation on its subject: "must finish testing by
    # March 23" (not "must not", a ban).
    CueRule(r"\bmust (?!not\b|n't\b)(?:(?:now|still|also|first) )?(?:be )?", "will", needs="owned"),
    # "has to" in the present is "must": "Lloyds has to close 136 other branches by March";
    # not "has to date" ("so far": a tally of the past) nor "has to do with".
    CueRule(
        r"\b(?:has|have) (?:now |still |also )?to\b(?! date\b| do with\b)", "will", needs="owned"
    ),
    # A date a project is planned for: "has a projected commercial operation date in June".
    CueRule(
        r"\b(?:projected|scheduled|planned|targeted|expected) (?:[\w-]+ ){0,3}?date"
        # Its date right after it, not one moved: "its planned delivery date pushed back".
        r"(?= (?:in|of|for|on)\b)",
        "plans",
    ),
    # An event still to come: "shipped the satellites ... ahead of liftoff in June".
    CueRule(
        r"\bahead of (?:its |their |the |a |an )?(?:[\w-]+ )?(?:launch|liftoff|lift-off|"
        r"opening|debut|release|roll-?out|deliver(?:y|ies)|inauguration|first flight|"
        r"maiden flight|start-up|commissioning)\b",
        "plans",
    ),
    CueRule(
        # "en vue d'une livraison en mai 2022": the article may be indefinite; "en vue d'être
        # remise ... en 2023/24", its verb passive.
        r"\ben vue d'être (?:livrée?s?|remise?s?|mise?s? en service|ouverte?s?|inaugurée?s?)\b|"
        r"\b(?:à quelques (?:jours|semaines|mois) d[eu']|en vue d[eu'])\s*(?:l'|la |le |son |sa |"
        r"leur |une |un )?(?:ouverture|lancement|mise en service|inauguration|livraison|décollage|"
        r"démarrage)\b",
        "plans",
        language="fr",
    ),
    # A dated step a plan is made for: "pour une mise en exploitation en 2020", "se
    # poursuivent pour une livraison en 2017", "avec une mise en service fin 2026".
    CueRule(
        r"\b(?:pour|avec) (?:une?|sa|son|leur) (?:(?:première|prochaine|future) )?"
        r"(?:mise en (?:service|exploitation|place|route|production|circulation)|exploitation|"
        r"livraison|ouverture|inauguration|réouverture|entrée en (?:service|production|vigueur)|"
        r"achèvement|arrivée|commercialisation)\b"
        # The step's own date, right after it.
        r"(?=\s+(?:en \d|d'ici|dès|fin |début |mi-|courant|à partir))",
        "plans",
        language="fr",
    ),
    # "remains on track and targeted for the first quarter of 2020": on track, and when.
    CueRule(
        # A quotation mark may close the words quoted: 'is "on track" to begin'.
        r"\bon (?:track|course|schedule|target)[\"”’']?(?: and (?:targeted|scheduled|slated|set|"
        r"planned|expected|due))? (?:to|for)\b"
        # The same in French: "en bonne voie pour atteindre".
        r"|\ben bonne voie (?:pour|de|d')",
        "will",
    ),
    CueRule(r"\b(?:has |have |had )?(?:decided|agreed) to\b", "will", strong=True),
    CueRule(r"\b(?:deal|agreement|contract)(?: with [^,.;]{1,40}?)? to\b", "will"),
    # The same in French: "a passé un accord avec Airbus pour repousser à 2027 la livraison".
    CueRule(
        r"\b(?:un|l') (?:accord|contrat)(?: avec [^,.;]{1,60}?)? pour (?=[a-zà-ÿ]+(?:er|ir|re)\b)",
        "will",
        language="fr",
    ),
    CueRule(r"\b(?:has |have |had )?(?:pledged?|pledges|pledging)\b", "will", strong=True),
    # "have signed either commitments or supporter agreements to increase": a signed promise.
    CueRule(
        r"\bsign(?:ed|s)? (?:[\w-]+ ){0,4}?(?:commitments?|agreements?) to\b", "will", strong=True
    ),
    CueRule(r"\b(?:has |have |had )?(?:promised?|promises|promising)\b", "will", strong=True),
    CueRule(r"\b(?:commits?|committed|committing) (?:itself |themselves )?to\b", "will", True),
    CueRule(r"\bvows?\b|\bvowed\b", "will", strong=True),
    CueRule(
        rf"\b(?:announc\w*|confirm\w*|unveil\w*|(?:has|have) (?:already )?scheduled) "
        rf"(?:that\b|:|(?:{_WHEN_ANNOUNCED})?{_DETERMINER} "
        r"(?:[\w-]+ ){0,2}?"
        rf"{_ACTIONS}\b)",
        "will",
        kind="announce",
    ),
    # A thing announced with the infinitive of its coming, "that it will" left out: "announced
    # a new cruise terminal to be operational by summer 2026", "announced the Paris region to
    # open in 2017". The infinitive is a verb of coming or going: after "to", a noun is whom
    # it was announced to or sold to ("announced its results to investors in May", "the sale
    # of its depot to Kestrel Rail in 2026").
    CueRule(
        rf"\b(?:announc(?:ed|es|ing)|unveil(?:ed|s|ing)) (?:{_WHEN_ANNOUNCED})?{_DETERMINER} "
        r"(?:[\w'-]+ ){1,5}?to"
        r"(?= (?:be|become|open|reopen|start|begin|launch|enter|operate|serve|run|go|come|"
        r"arrive|close|shut|end|finish)\b)",
        "will",
    ),
    CueRule(r"\b(?:aims?|aiming|aimed) (?:to|for|at)\b", "aims"),
    # "We look forward to bringing our first plant online in 2026": the hope of a plan.
    CueRule(r"\blook(?:s|ing)? forward to\b", "hopes"),
    CueRule(r"\btarget(?:s|ing)\b", "aims"),
    CueRule(
        # "an internal goal to electrify": "an" as "a".
        # A plural owner's too: "Ashgrove Homes' target of".
        r"(?:\b(?:its|their|our|his|her|an?|the|with an?)|'s|(?<=\ws)') (?:[\w-]+ ){0,2}"
        r"(?:target|goal|aim|objective|ambition) (?:for (?:[\w-]+ ){1,3})?"
        r"(?:of|to|is|remains)\b",
        "aims",
    ),
    # A year named as the goal: "began work in June 2023 with a 2026 completion goal", "its
    # 2030 target".
    CueRule(
        r"\b(?:its|their|our|an?|the|with an?) "
        r"(?=(?:19|20)\d\d (?:[\w-]+ )?(?:target|goal|objective)s?\b(?! date))"
        # A year given with its completion date: "set to go up in Burnham Yard with a 2031
        # completion date", as "with a 2026 completion goal" (not "the April 2026 delivery
        # date, set in the contract", a date named, the deadline-noun rules' to read).
        r"|\bwith (?:an? )?(?:(?:targeted|planned|scheduled|expected|projected) )?"
        r"(?=(?:19|20)\d\d (?:completion|opening|delivery|in-service) dates?\b)",
        "aims",
    ),
    # A date named as the one expected: "an anticipated completion date of December 2025".
    CueRule(
        r"\b(?:anticipated|expected|estimated|projected|planned|scheduled|targeted|target) "
        r"(?:completion|opening|delivery|launch|start|in-service|go-live|finish) date\b",
        "plans",
    ),
    # A deadline named by its noun and set now: "the final completion date for all the
    # projects is August 2026", "setting the new deadline for 10 March 2026", "has extended
    # the completion deadline of the line for the fifth time to January 2018". Its date
    # comes after it, through "is" or a verb of setting or moving; a deadline told in the past
    # ("the deadline was June") is an earlier one, and one named after its date ("ahead of
    # its 2022 deadline") is read by the rules of moves and misses.
    CueRule(
        # Its owner may come first: "Halden Transit's final completion date".
        r"\b(?:the|its|their|a|[\w-]+(?:['’]s|s['’])) (?:(?:new|final|revised|current|latest|"
        r"official|extended|target|completion|delivery|opening) )*"
        r"(?:deadline|completion date|target date)"
        # Whose deadline it is, after the phrase, where the promiser may be named: "for all
        # the projects", "for delivery of the first unit". Then the date itself, right after
        # the verb: "is now out of reach, with 2026 ..." sets none.
        rf"(?=(?: (?:for|of){_NOT_OTHERS_TURN}(?: [\w'’-]+){{1,8}}?)?"
        r" (?:(?:is|remains)(?: (?:now|still|currently))?(?: (?:set|scheduled) for)?"
        rf"|has been set for){_DATE_NEXT})"
        r"|\b(?:setting|sets?|fix(?:ed|es|ing)?) (?:the|a|its|their) (?:(?:new|final|"
        r"revised|extended|target|completion) )*(?:deadline|completion date|target date) "
        rf"for\b{_NOT_OTHERS_TURN}"
        r"|\bextend(?:ed|s|ing)? (?:the|its|their) (?:(?:final|completion|delivery|project) )?"
        # Not others' turn, moved ("extended the deadline for applications until").
        rf"(?:deadline|completion date|target date)(?! for{_OTHERS_TURN})"
        # Moved "from March 2025 to March 2026": the date it is moved to.
        rf" (?:from {_A_DATE_FROM} |(?!from )[\w'’-]+ ){{0,10}}?"
        r"(?:to|until)\b",
        "plans",
    ),
    # Not a plan's noun before a date ("extended the deadline for comments on its plan to
    # October 6"): "to" there is no infinitive's.
    CueRule(
        rf"\b(?:plans?|planning) (?:{_WHEN_ANNOUNCED})?to\b"
        r"(?! (?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d))",
        "plans",
    ),
    # A milestone named as the next one: "Next step: 10,500 sites by the end of 2025",
    # "Prochaine étape : l'ouverture du second tronçon en 2027".
    CueRule(r"\b(?:(?:the )?next (?:step|milestone|stage)|(?:la )?prochaine étape) ?:", "plans"),
    # The plan named after its date: "done by Dec. 15, which is the plan", "d'ici 2026,
    # c'est l'objectif".
    CueRule(
        r"(?<=, )(?:which is the (?:plan|goal|target|aim)|c'est (?:le plan|l'objectif))\b",
        "plans",
        kind="after",
    ),
    # A plan for a thing: "plans for its internet service to be operational by next year".
    CueRule(r"\bplans? for (?:[\w'-]+ ){1,6}?to (?:be|begin|start|open|enter)\b", "plans"),
    CueRule(r"\b(?:is|are|'re|'s) moving (?:quickly |fast |rapidly |ahead )?to\b", "plans"),
    CueRule(r"\bplanned to\b", "plans", kind="past"),
    # The present perfect is the plan now held, as "a prévu de" is ("The bank has so far
    # planned to shut 73 branches this year"); "had planned to" stays an earlier plan.
    CueRule(r"\b(?:has|have) (?:already |so far |now |also )?planned to\b", "plans"),
    # The passive present is the plan now held: "The upgrade is planned to be completed by
    # 2023".
    CueRule(r"\b(?:is|are|remains?) (?:now |still |currently |also )?planned to\b", "plans"),
    CueRule(r"\b(?:intends?|intending) to\b", "plans"),
    # "said it was also looking to open a new centre in 2026": a plan it was working towards
    # when it spoke (the present, "is looking", is a progressive already).
    CueRule(r"\b(?:was|were) (?:also |now |still )?looking to\b", "plans", needs="reported"),
    CueRule(
        r"\b(?:was|were|had been) (?:originally |initially )?(?:scheduled|slated) (?:to|for)\b",
        "plans",
        kind="past",
    ),
    # Moved to a new date is the plan now held: "the event has been rescheduled for March".
    CueRule(r"\b(?:re)?(?:scheduled|slated) (?:to|for)\b", "plans"),
    # The passive present with "in", as "is planned in": "mass production is scheduled in 2028".
    CueRule(
        r"\b(?:is|are|remains?) (?:now |still |currently |also )?(?:scheduled|slated) in\b", "plans"
    ),
    CueRule(
        r"\b(?:(?:is|are|remains?) (?:now |still |currently |also )?)?planned (?:for|in|by)\b",
        "plans",
    ),
    # The pluperfect too, as "had planned to" is: "had planned for a spring 2023 launch" is
    # the plan overtaken by what the sentence goes on to say.
    CueRule(
        r"\b(?:was|were|had(?: been)?) (?:originally |initially |previously )?planned "
        r"(?:for|in|by)\b",
        "plans",
        kind="past",
    ),
    CueRule(
        r"\b(?:is|are|remains?) (?:now |still |also )?due (?:to|in|by|for)\b"
        r"(?! (?:the|a|an|its|their|delays?|problems?|issues?|concerns?)\b)",
        "plans",
    ),
    # The same denied, before "until" too: "isn't due to start retiring it until 2025", "is
    # not due until 2027": a not-before time (the negation goes to the parser with the date).
    CueRule(
        r"\b(?:is|are)(?: not|n't|n’t) (?:now |yet )?due (?:to|in|by|for|until|before)\b"
        r"(?! (?:the|a|an|its|their|delays?|problems?|issues?|concerns?)\b)",
        "plans",
    ),
    CueRule(r"\b(?:was|were) (?:now |still |then |also )?due (?:to|in|by)\b", "plans", kind="past"),
    # Without its verb: "with 11 more gates due by early 2028", "the report, due in March"
    # (the longer phrases above win where they match: "were due by" stays an earlier plan).
    CueRule(r"\bdue (?:in|by|for)\b", "plans"),
    # The object may run to eight words, as the parser's own reach for a move ("had delayed
    # the launch of its first four satellites to ..."); a "from" inside it belongs to the
    # move from one date to another, read apart ("push back the opening date from June to").
    CueRule(
        r"\b(?:pushed|push(?:es)?|delay(?:ed|s)?|postpon(?:ed|es?)|moved|deferred|slipped) "
        r"(?:back |out )?(?:(?!from )[\w'-]+ ){0,8}?(?:to|until|into)\b"
        # A longer object, then the margin and the new date: "delayed the Boeing Delta II
        # launch of the GeoLITE spacecraft by 24 hours to no earlier than Friday, May 18".
        r"|\b(?:pushed|delayed|postponed|moved|deferred) (?:back )?(?:[\w'-]+ ){0,10}?"
        r"by (?:[\w-]+ ){1,2}(?:hours?|days?|weeks?|months?|years?) (?:to|until)\b"
        # A date set anew names the new date after "to" or "for": "has rescheduled the launch
        # of its phones to mid-2017", "to reschedule the release for June or July".
        r"|\breschedul(?:e|es|ed|ing) (?:(?!from )[\w'-]+ ){0,8}?(?:to|for|until)\b",
        "plans",
    ),
    # "The resort predicts phase three to begin in 2025": an estimate, as "expects".
    CueRule(
        r"\b(?:expects?|expecting|anticipates?|anticipating|predicts?|predicting)\b",
        "expects",
        needs="owned",
    ),
    CueRule(
        r"\b(?:(?:is|are|be|been|being) )?(?:now |still |currently )?(?:expected|anticipated) "
        r"(?:to|in|by|before|for|around|within|at)\b",
        "expects",
        needs="owned",
    ),
    # Denied until a time: "a final decision is not expected until 2026", "isn't expected
    # before spring": not before that time. Not "expected until" unnegated ("delays are
    # expected until March" tells how long a nuisance lasts).
    CueRule(
        # Not told in the past, as the "due" rules: "which was not expected until 2026" is a
        # plan already overtaken.
        r"(?:(?<!\bwas )(?<!\bwere )(?<!\bbeen )\bnot|(?<!\bwas)(?<!\bwere)n['’]t) "
        r"(?:now |yet |currently )?(?:expected|anticipated) (?:until|before)\b",
        "expects",
        needs="owned",
    ),
    # Expected to return: "is now expected back online on Sept. 21".
    CueRule(r"\b(?:is|are) (?:now |still |also )?expected back\b", "expects", needs="owned"),
    # "The reactor had been expected to enter service this month": a plan already overtaken.
    CueRule(
        r"\b(?:was|were|had been) (?:now |still |also |originally |initially )?"
        r"(?:expected|anticipated) (?:to|in|by)\b"
        # "The factory ... was projected to start producing chips next year", before the delay.
        r"|\b(?:was|were|had been) (?:originally |initially )?(?:projected|forecast) to\b",
        "expects",
        kind="past",
    ),
    # The present passive with its time: "Additional gate hours are expected next week".
    CueRule(
        r"\b(?:is|are) (?:now |still |also )?expected (?=(?:in|by|next|this|later|early|late|"
        r"mid|during|before|around|sometime|within|on)\b)",
        "expects",
        needs="owned",
    ),
    CueRule(r"\bexpected\b", "expects", needs="owned", kind="past"),
    # A time estimated for a thing's end: "is estimated to be completed in summer 2021" (not
    # an amount: "is estimated to cost"). So is one predicted for it, "which is predicted to
    # be accomplished in early 2023" (with its auxiliary and the thing's own step only:
    # "Ridership is predicted to double", "snow is predicted to arrive" are no one's plan).
    CueRule(
        r"\b(?:is|are) (?:now |currently )?(?:estimated|predicted) to (?:be )?(?:complete|"
        r"completed|finished|accomplished|open|opened|operational|ready|begin|start|launch)\b",
        "expects",
        needs="owned",
    ),
    CueRule(
        r"\b(?:(?:is|are) )?(?:now |still |currently )?(?:projected|forecast) to\b",
        "expects",
        needs="owned",
    ),
    # A plan's later stages after its first: "..., with further stages to complete by the end
    # of June 2026".
    CueRule(
        r"\bwith (?:the )?(?:further|remaining|other|later|subsequent|additional|next|final) "
        r"(?:[\w-]+ )?(?:stages?|phases?|steps?|sections?|units?|parts?) (?:due )?to\b",
        "plans",
    ),
    CueRule(r"\bwants? to\b|\bwanting to\b", "aims"),
    # "wants 300,000 public charge points to be installed by 2030".
    CueRule(r"\bwants? (?:[\w,'-]+ ){1,6}?to be\b", "aims"),
    CueRule(r"\b(?:is|are) to be\b", "plans"),
    # "Chinese telecoms are to begin offering 5G on Friday next week": what is arranged, as
    # "will" (not "is to blame").
    CueRule(r"\b(?:is|are) (?:now |also )?to (?!be\b|blame\b)(?=[a-z]{3,}\b)", "will"),
    CueRule(r"\bshould\b", "expects", needs="owned"),
    # The present only: "was supposed to" is a plan the article tells as superseded.
    CueRule(r"\b(?:is|are) supposed to\b", "expects", needs="owned"),
    # "hopes that its service would be operational by next year": what it hopes for.
    CueRule(
        r"\bhop(?:es?|ing) (?:to|that)\b|\bhopeful (?:of|that)\b|\bhoped (?:by|for|in)\b", "hopes"
    ),
    # The same with "that" left out: "hopes the smelter can run normally within six months".
    CueRule(
        r"\bhop(?:es|ing) (?=(?:the|its|their|our|this) [^,.;:]{1,60}?\b(?:can|will|would)\b)",
        "hopes",
    ),
    # "The plan is for it to be finished by September": what is planned, as "is to".
    CueRule(r"\bthe (?:plan|goal|aim|intention) is for (?=[^,.;:]{1,40}? to\b)", "plans"),
    CueRule(r"\bseek(?:s|ing)? to\b", "aims"),
    # "is poised to open", "pencilled in a 2027 opening", "has set a 2027 target for".
    CueRule(r"\b(?:is|are) (?:now )?poised to\b", "expects", needs="owned"),
    # "Bharti Airtel is likely to shut down 3G in the next 3-4 years": its subject's own
    # likely course, as "is expected to" (not "it is likely that", a writer's guess).
    CueRule(r"\b(?:is|are) (?:now |still |most |more than )?likely to\b", "expects", needs="owned"),
    CueRule(r"\bpencil(?:l)?ed in\b", "plans"),
    CueRule(r"\b(?:set|sets|has set|have set) (?:a|an|itself a|the) (?:\d{4} )?target\b", "aims"),
    CueRule(
        r"\b(?:was|were) (?:originally |initially )?targeted (?:to|for|at)\b", "aims", kind="past"
    ),
    # "The full-scale capturing of the plant's CO2 emissions is targeted by 2030".
    CueRule(r"\b(?:is|are|has been|have been) (?:now )?targeted (?:to|for|at|by|in)\b", "aims"),
    # Without its verb, the aim a plan holds: "with production targeted to begin in 2024", "a
    # second fab, targeted for production in 2028" (the longer "was targeted to" stays past).
    CueRule(r"\btargeted (?:to|for)\b", "aims"),
    # The date put before the action announced: "a annoncé pour la fin de l'an prochain,
    # l'entrée en production de sa première usine", "annonce pour 2027 l'ouverture de".
    CueRule(
        rf"\b(?:annonce|annoncent|(?:a|ont) annoncé) pour (?=[^.;:]{{1,50}}?,? "
        rf"(?:l'|la |le |les ){_ACTIONS}|[^.;:]{{1,50}}?,? l'entrée en (?:production|service))",
        "plans",
        language="fr",
    ),
    # A date given out as the plan: "the maiden flight ... is now announced for the first
    # quarter of 1999", "l'ouverture est annoncée pour 2026", also past an adverb that
    # stresses it ("est même annoncée pour", "is already officially announced for").
    CueRule(
        r"\b(?:is|are|est|sont) (?:(?:now|already|officially|désormais|maintenant|même|déjà|"
        r"aussi|également|officiellement) )*(?:announced for|annoncée?s? pour)\b",
        "plans",
    ),
    # A promise as a noun with its owner: "its pledge to", "their commitment to", "its
    # expectation to", also in the plural ("the Government's ambitions to deliver"), and a
    # programme it runs to do a thing ("the Government's wider programme to procure six
    # ferries by 2026").
    CueRule(
        r"(?:\b(?:its|their|our|his|her)|'s) (?:[\w-]+ )?"
        r"(?:pledge|promise|commitment|vow|intention|expectation|ambition|programme|program)s?"
        r" to\b",
        "will",
    ),
    # The strategy an organisation holds to do a thing: "part of the company's wider strategy
    # to sell 1.5mn EVs by 2026", "its strategy to reach net zero by 2040".
    CueRule(r"(?:\b(?:its|their|our)|'s) (?:[\w-]+ )?strateg(?:y|ies) to\b", "aims"),
    # A timetable laid out, with its dates: "has laid out its latest schedule for the service,
    # starting with the launch of a prototype by the end of this year".
    CueRule(
        r"\b(?:laid|lays|lay|set|sets) out (?:its|their|a|the) (?:[\w-]+ ){0,2}"
        r"(?:schedule|timetable|roadmap)\b",
        "plans",
    ),
    # What a plan lays down: "The ambitious plan foresees beginning the launch ... in 2019",
    # "the roadmap calls for a first unit by 2028".
    CueRule(
        r"\b(?:plan|programme|program|roadmap|schedule|timetable|strategy|blueprint)s? "
        r"(?:also |now |still )?(?:foresees?|envisages?|envisions?|calls? for|provides? for)\b",
        "plans",
    ),
    # A timetable in the present: "Test running starts in May", "The route operates from
    # June 12", "routes launching in Q2 2025", "starting Nov. 17"; and a progressive for an
    # arrangement: "Delta is returning to the market this month".
    # A plural after a determiner, a number or an adjective is the noun, not the verb: "the
    # other scheduled launches in 2002", "competition for commercial launches this year".
    CueRule(
        rf"\b(?:{_NOT_A_PLURAL_NOUN}{_TIMETABLE}(?:s|es)|goes live|takes effect){_DATE_NEXT}",
        "plans",
        kind="timetable",
    ),
    CueRule(rf"\b{_TIMETABLE}ing{_DATE_NEXT}", "plans", kind="timetable"),
    # The same in French: "Les travaux démarrent en ce mois de mars", "la ligne ouvre le 12
    # juin"; not a season told of ("Ça démarre en décembre, mais ça finit au mois de mars").
    CueRule(
        # "rouvre ses portes le 17 décembre": the doors opened are the place's opening.
        r"(?<!\bça )(?<!\bcela )\b(?:démarr|redémarr|commenc|début|ouvr|rouvr)(?:e|ent)\b"
        r"(?:\s+(?:ses|leurs) portes)?"
        r"(?=\s+(?:(?:en|le|dès|au|à partir du?|à partir de|d'ici|courant|dans le courant de)\s+)?"
        # A weekday with its day: "rouvre vendredi 10 septembre".
        r"(?:ce |cet |cette |début |fin |mi-|\d|janvier|février|mars|avril|mai|juin|juillet|"
        r"août|septembre|octobre|novembre|décembre|printemps|été|automne|hiver|"
        r"l'an prochain|l'année prochaine|"
        r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d))",
        "plans",
        kind="timetable",
    ),
    # A change in the French present, set from a date in its clause: "La taxe augmente de
    # 9,25 % à 9,6 % à partir du 1er avril 2026", "Flybe propose à compter du 1er mai cinq
    # rotations", "la compagnie passe à 6 vols par semaine à partir du 2 mai".
    CueRule(
        r"(?<!\bse )(?<!\bs')\b(?:"
        # A service offered from a date set right after the verb: "propose à compter du 1er
        # mai cinq rotations". With a date later in the clause "propose" is as often a
        # proposal ("le syndicat propose une grève dès le 3 septembre", "propose de fermer la
        # ligne à partir de 2027"), which is no timetable.
        rf"propos(?:e|ent)(?=\s+{_FROM_A_DATE})"
        # "baisse" and "bascule" are nouns too ("une baisse des tarifs à partir du 1er
        # septembre serait possible"): a verb follows no determiner.
        rf"|(?:pass(?:e|ent) à|augment(?:e|ent)|{_NOT_AFTER_A_DETERMINER}(?:baiss|bascul)(?:e|ent))"
        rf"\b(?=[^.;:]{{0,60}}?\b{_FROM_A_DATE}))",
        "plans",
        kind="timetable",
        language="fr",
    ),
    CueRule(r"\b(?:followed|succeeded) by\b", "plans", kind="timetable"),
    # A window narrowed to a part of it: "the 2025 window has been narrowed to the fall of
    # 2025", "la fenêtre de sortie a été resserrée au printemps".
    CueRule(
        r"\b(?:narrowed|narrowing|narrows|resserrée?s?|affinée?s?) (?:down )?(?=to\b|à\s|au\s)",
        "plans",
    ),
    # A date moved: "delayed the release from March to April", "has shifted from ... to ...",
    # "announced a delay, pushing its release from 2025 to early 2026".
    CueRule(
        r"\b(?:delayed|shifted|moved|pushed back|postponed|slipped|delaying|shifting|moving|"
        r"pushing|postponing|repoussée?s?|décalée?s?|"
        # A month's abbreviation before its day ends nothing: "delayed from Nov. 9 to Jan. 18".
        r"reportée?s?)\b(?=(?:[^.;]|\.\d){0,80}?\b(?:from|de|du)\b"
        r"(?:[^.;]|\.(?= ?\d)){1,40}?"
        r"\b(?:to|à|au)\b)",
        "plans",
        kind="change",
    ),
    CueRule(
        # Not a state it is in: "is currently facing a situation ... for 2026".
        r"\b(?:is|are) (?:now |currently |also )?(?!being\b|facing\b|having\b|experiencing\b"
        r"|suffering\b|struggling\b|lacking\b|seeing\b)[a-z]{3,}ing\b",
        "plans",
        kind="timetable",
    ),
    # A closure until a date is the date it ends: "the museum is currently closed for
    # renovation until 2026", "le musée est fermé pour travaux jusqu'en 2026".
    CueRule(
        r"\b(?:is|are|est|sont) (?:currently |temporarily |now |actuellement |temporairement )?"
        r"(?:closed|fermée?s?)\b(?=[^.;]{0,60}?(?:\buntil\b|\bjusqu'))",
        "plans",
    ),
    # A list of what opens in a coming time: "Additional openings later in the year include
    # the Riverside and Old Town hotels", "Les ouvertures de 2026 comprennent ...".
    CueRule(
        r"\b(?:openings|launches|releases|deliveries|ouvertures|lancements|sorties|livraisons)"
        r"\b(?=[^.;,]{3,40}?\b(?:include|includes|will include|comprennent|incluent)\b)",
        "plans",
    ),
    # French
    # Not "à tout va" (without restraint): no future ("tout va être fait pour" still is).
    # Not an idiom of "aller" without its infinitive: "les rumeurs vont bon train", "cela va
    # de soi", "vont de pair".
    CueRule(
        r"(?<!à tout )\b(?:va|vont)\b(?!\s+(?:bon train|de soi|de pair|sans dire)\b)"
        r"|\bdevr(?:a|ont)\b",
        "will",
    ),
    # The near future in every person: "nous allons lancer", "vous allez recevoir".
    CueRule(r"\b(?:allons|allez)\b(?=\s+(?:[\w'-]+\s+){0,2}[a-zéè]+(?:er|ir|re)\b)", "will"),
    CueRule(r"\bdécid(?:é|e|ent|ons)\b(?=\s*(?:de\b|d'|,))", "will", strong=True),
    # The pluperfect too: "s'était engagé en 2020 à ouvrir la ligne", a promise told as made.
    CueRule(
        r"\bs'(?:est |sont |était |étaient )?engag(?:e|ent|é|ée|ées|és|eait)\b", "will", strong=True
    ),
    CueRule(
        # An adverb may stand inside: "Stellantis a ainsi promis le lancement".
        r"\b(?:a|ont|avait|avaient) (?:(?:ainsi|aussi|également|déjà|même|donc|notamment|"
        r"encore|bien) )?promis\b|\bpromet(?:tent)?\b|\bpromettant\b"
        # The imperfect: "En 2021, X promettait une ouverture en 2025", what it promised then.
        r"|\bpromettai(?:t|ent)\b",
        "will",
        strong=True,
    ),
    CueRule(
        # "a acté la création d'une zone au 1er janvier 2027": a decision recorded.
        rf"\b(?:annon[cç]\w*|confirm\w*|dévoil\w*|acté) (?:que\b|qu'|:|(?:{_WHEN_ANNOUNCED})?"
        rf"{_DETERMINER} ?(?:[\w-]+ ){{0,2}}?{_ACTIONS}\b"
        # Not an action told as done by the schedule: "a annoncé vendredi la reprise, selon
        # le calendrier établi, de trois réacteurs" reports it, plans nothing.
        r"(?!,\s*(?:selon le calendrier|comme prévu)))",
        "will",
        kind="announce",
    ),
    CueRule(
        # Not "se veut": "un concept-car qui se veut une étude de style" is what it claims to be.
        r"\bvis(?:e|ent)\b|\bambitionn(?:e|ent)\b|\bentend(?:ent)?\b|(?<!\bse )\bveu(?:t|lent)\b"
        # "« Nous voulons lui faire intégrer le Top 5 d'ici deux ans »".
        r"|\bnous voulons\b",
        "aims",
    ),
    # The aim told by the infinitive after the speech verb: "STMicroelectronics dit viser en
    # interne une capacité de 40 % de ses besoins d'ici 2024", "affirme vouloir ouvrir".
    CueRule(
        r"\b(?:dit|disent|affirme|affirment|annonce|annoncent|déclare|déclarent|indique|"
        r"indiquent|assure|assurent) (?:viser|vouloir|ambitionner)\b",
        "aims",
        language="fr",
    ),
    CueRule(r"\b(?:a|ont) l'intention (?:de|d')", "plans"),
    # A goal or a horizon an organisation sets itself: "qui se fixe une capacité de 100 000
    # réservoirs par an d'ici 2030", "en se donnant un horizon de 5 à 10 ans pour développer".
    CueRule(
        # The past ("s'était fixé l'objectif") is the act that set it, told with its time.
        r"\bse (?:fixe|fixent|fixant|donne|donnent|donnant) "
        r"(?=(?:un|une|l'|le|la|les|pour|jusqu'|jusqu|à)\b)",
        "aims",
        language="fr",
    ),
    # What an organisation says it is now able to do by a date: "Le Crous de Lyon est quant
    # à lui en mesure de construire 1 100 logements d'ici 2022", an expectation of its own
    # (not "n'est pas en mesure de": a negation is no adverb here).
    CueRule(
        r"\b(?:est|sont) (?:(?:quant à (?:lui|elle|eux|elles)|désormais|aujourd'hui|déjà|"
        r"donc|ainsi|maintenant|enfin) )?en mesure (?:de |d')(?=[a-zà-ÿ]+(?:er|ir|re)\b)",
        "expects",
        language="fr",
    ),
    # An action being prepared, as "is preparing to": "La Banque Postale prépare le lancement
    # de sa banque mobile pour l'an prochain".
    CueRule(
        # A named action of its own ("le lancement", "son ouverture"), not any ("une
        # livraison de bus et, en 2026, une usine").
        rf"\bprépar(?:e|ent) (?:le|la|l'|son|sa|leur) ?(?:[\w-]+ ){{0,2}}?{_ACTIONS}\b",
        "plans",
        language="fr",
    ),
    # "d'ici la fin de l'année, deux ouvertures sont également au programme".
    CueRule(r"\b(?:est|sont) (?:également |aussi |encore )?au programme\b", "plans"),
    # An announced action told by its infinitive: "annonce arrêter de financer le charbon
    # d'ici 2024", "a annoncé fermer l'usine en 2026", also past an adverb ("annonce même être
    # en mesure d'ouvrir son réseau le 18 novembre").
    CueRule(
        r"\b(?:annonce|annoncent|(?:a|ont) annoncé) (?:(?:même|aussi|également|ainsi|donc) )?"
        r"(?=(?!(?:notre|votre|autre|entre|contre|hier|dernier|premier)\b)[a-zà-ÿ]+(?:er|ir|re)\b)",
        "will",
        language="fr",
    ),
    # A plan announced with the years it runs over: "annonce aujourd'hui un nouveau plan
    # d'investissement sur cinq ans", "unveiled a new investment plan over four years".
    CueRule(
        r"\b(?:annonce|annoncent|(?:a|ont) annoncé|dévoile|dévoilent|(?:a|ont) dévoilé|"
        r"announce[sd]?|unveil(?:s|ed)?)\s+(?:[\w']+\s+){0,2}?(?:un|une|a|an|son|sa|its|their)\s+"
        r"(?:nouveau\s+|nouvelle\s+|new\s+)?(?:[\w-]+\s+)?(?:plan|programme|program)\b"
        r"(?=[^.;]{0,50}?\b(?:sur|over)\s+(?:[\w-]+\s+)?(?:ans|années|years)\b)",
        "plans",
    ),
    # A policy set to reach a goal: "qui a défini une politique climatique pour atteindre des
    # émissions nettes nulles d'ici 2050", "a adopté une stratégie pour sortir du charbon".
    CueRule(
        r"\b(?:a|ont|avait|avaient) (?:défini|adopté|fixé|établi|arrêté|lancé|mis en place) "
        r"(?:une?|sa|son|leur|ses|leurs) (?:politique|stratégie|plan|feuille de route|"
        r"trajectoire)s? (?:[\w-]+ ){0,2}?pour (?=[a-zà-ÿ]+(?:er|ir|re)\b)",
        "aims",
        language="fr",
    ),
    # Getting ready to act is a plan, as "is preparing to" already is: "s'apprête à lancer
    # ... dès fin 2025".
    CueRule(r"\bs'apprêt(?:e|ent) à\b", "plans"),
    # A participle of planning before an infinitive: "Prévue de commencer le 15 février, la
    # mission durera huit mois", "la ligne, prévue d'ouvrir en 2027"; not "était prévue de",
    # an earlier plan.
    CueRule(
        r"(?<!était )(?<!étaient )(?<!été )\bprévue?s? (?:de |d')(?=[a-zéè]+(?:er|ir|re)\b)",
        "plans",
        language="fr",
    ),
    CueRule(
        # "est attendue dans le courant de l'année 2026".
        r"\battendue?s? (?=pour|en|à|au|d'ici|fin|début|dès|avant|courant|mi-|vers|"
        r"dans le courant)",
        "expects",
        needs="owned",
    ),
    # "un démarrage de la production espéré au deuxième semestre 2027": the time hoped for an
    # action (not "le premier [réacteur] espéré dès 2035", a thing someone hopes for).
    CueRule(
        r"\b(?:démarrage|mise en service|ouverture|livraison|lancement|achèvement|début|fin)"
        r"\b[^,;:]{0,40}?\bespérée?s? (?=pour|en|à|au|d'ici|fin|début|dès|avant|courant|mi-|vers)",
        "hopes",
        needs="owned",
    ),
    CueRule(
        # "Veolia indique qu'il aura un objectif de rendement de 88,6 % en 2038": an aim held.
        r"\b(?:l'|pour |avec pour |son |leur |avec un |(?:aura|auront|a|ont|avons) un )"
        r"(?:objectif|ambition) "
        # A participle that says it is told may stand before it: "avec un objectif affiché de
        # créer 500 000 emplois d'ici 2026".
        r"(?:(?:affiché|annoncé|déclaré|officiel|avoué)e? )?"
        r"(?:de|d'|est|étant|:|que|qu'|\?)"
        # An adjective before the colon: "un projet ... à l'objectif ambitieux : plus d'un
        # million de clients d'ici à 2025".
        r"|\b(?:l'|son |leur )(?:objectif|ambition) (?!de\b|d')[a-zéèêàç]+ :",
        "aims",
    ),
    # A novelty offered from a date, without its verb: "Nouveauté : à découvrir dès cet été,
    # la tyrolienne ...", "à tester à partir du 1er juin" (the park's or the venue's own
    # opening).
    CueRule(
        r"\bà (?:découvrir|voir|tester|essayer|visiter) (?=(?:dès|à partir d|à compter d))",
        "will",
        language="fr",
    ),
    # An aim whose words of saying cut it in two: "L'objectif", explique son président, est
    # "d'atteindre 10% en 2024"; "The goal," said its chairman, "is to ...".
    CueRule(
        r"\b(?:l'objectif|the (?:goal|aim|target))[\"”»]?,?[\"”»]? (?:[^,.;:]{1,60}, ){1,3}"
        r"[\"«“]?(?:est|is) [\"«“]?\s*(?:de |d'|to )",
        "aims",
    ),
    # An aim whose owner is told after the noun, then the aim: "l'objectif des autorités
    # congolaises qui est d'atteindre 90 % d'ici 2025", "l'objectif du groupe est de".
    CueRule(
        r"\bl'(?:objectif|ambition) (?:du|de la|des|de l'|d')"
        # Through the relative that states it, which would otherwise close the phrase's reach;
        # without one, the owner after the phrase is the promiser named after it.
        r"(?:\s*[^,.;:]{1,60}? qui (?:est|reste|demeure) (?:de|d')(?!\s*(?:ores|passage|retour)\b)"
        r"|(?=\s*[^,.;:]{1,60}? (?:est|reste|demeure) (?:de|d')(?!\s*(?:ores|passage|retour)\b)))",
        "aims",
        language="fr",
    ),
    # An aim whose owner is told by an adjective after the noun: "l'objectif gouvernemental
    # du million de pompes produites d'ici à 2027", "l'ambition européenne de".
    CueRule(
        r"\bl'(?:objectif|ambition) [a-zé]+(?:al|el|ique|aire|éen|éenne)s? (?:de|du|d')",
        "aims",
        language="fr",
    ),
    # What a project's schedule sets, told in the present: "Selon l'échéancier du projet, le
    # port entre dans la phase des autorisations cette année", "According to the timetable";
    # opening the sentence (not "a annoncé le redémarrage, selon le calendrier établi, de").
    CueRule(
        r"^\W*(?:selon|d'après|according to) (?:l'échéancier|le calendrier|le planning|"
        r"the (?:project's )?(?:schedule|timetable))\b",
        "plans",
    ),
    # "Le but est de passer à 50 % d'ici 2030", "le but, c'est d'ouvrir en 2027": an aim, as
    # "l'objectif est de" and "the goal is to".
    CueRule(r"\ble but,? (?:est|c'est) (?:de|d')", "aims", language="fr"),
    # The aim an act is done with, and its verb: "s'est allié avec ses fournisseurs dans le
    # but de commercialiser une bouteille d'ici à 2021", "with the aim of opening in 2026".
    CueRule(
        r"\bdans le (?:but|objectif) (?:de|d')(?=\s*[a-zà-ÿ]+(?:er|ir|re)\b)"
        r"|\bwith the (?:aim|goal|objective) of (?=[a-z]+ing\b)",
        "aims",
    ),
    # An aim still held: "l'objectif reste toujours de livrer en 2027", "the goal remains to".
    CueRule(
        r"\b(?:l'|son |sa |leur |notre )(?:objectif|ambition|but) (?:reste|demeure)"
        r"(?: toujours| bien| donc| néanmoins| cependant)? (?:de|d')",
        "aims",
    ),
    CueRule(
        r"\bprévoi(?:t|ent)\b|\bprévoyons\b(?!\s+qu)"
        r"|\bcompt(?:e|ent|ons)\b(?<!\b(?:le|un|du|au|en|de) compte)"
        # Its infinitive may come after an aside between commas: "On compte, en 2024,
        # construire un nouveau bâtiment".
        r"(?=(?:\s*,[^,.;]{1,30},)?\s+(?:[\w'-]+\s+){0,2}[a-zéè]+(?:er|ir|re)\b)",
        "plans",
    ),
    CueRule(r"\bdoi(?:t|vent)\b", "plans"),
    # "Marseille et Limoges sont dans les tuyaux pour 2014", "in the pipeline for 2026".
    CueRule(r"\b(?:dans les tuyaux|in the pipeline) (?=pour|for|d'ici|by)\b", "plans"),
    # An obligation taken on: "chaque opérateur a l'obligation de déployer ... d'ici 2026",
    # "sont tenus de", "are obliged to" (not "are required to", a rule's on things).
    CueRule(
        r"\b(?:a|ont) l'obligation (?:de|d')|\b(?:est|sont) (?:tenue?s?|obligée?s?) (?:de|d')"
        r"|\b(?:is|are) (?:obliged|obligated) to\b",
        "will",
    ),
    # A cleft puts the date first: "C'est seulement en 2030 que l'aménagement est prévu".
    CueRule(
        r"(?<=\bque )(?:[\w'-]+ ){0,4}?(?:est|sont) (?:prévue?s?|programmée?s?|attendue?s?)\b"
        r"(?=\s*(?:[,.;]|$))",
        "plans",
        language="fr",
    ),
    # Or a time set before the clause that ends on the plan: "D'ici 2040, un total de 96
    # milliards d'euros d'investissements est prévu" (an event "est programmé" is no plan).
    CueRule(
        r"\b(?:est|sont) prévue?s?\b(?=\s*(?:[,.;]|$))",
        "plans",
        needs="a time first",
        language="fr",
    ),
    # "des enchères devant se dérouler en septembre": the participle of "devoir".
    CueRule(
        r"\bdevant (?:être|se [a-zé]+er|s'[a-zé]+er"
        r"|(?!(?:notre|votre|autre|entre|contre|leur)\b)[a-zé]+(?:er|ir|re))\b",
        "plans",
    ),
    # The first person plural too: "« Nous ciblons 15 millions de personnes d'ici l'été »".
    CueRule(r"\bcibl(?:e|ent|ons)\b", "aims", language="fr"),
    # "un programme visant à accélérer ..., en doublant ... d'ici 2025": what it is for.
    CueRule(r"\b(?:vis(?:e|ent|ant)) (?:à|a) (?=[a-zé]+(?:er|ir|re)\b)", "aims", language="fr"),
    # "la version GTS disponible courant 2026": available then.
    CueRule(
        # Only verbless: after "sera", "est" the verb is the commitment.
        r"(?<!sera )(?<!seront )(?<!est )(?<!sont )(?<!être )(?<!serait )"
        r"\bdisponibles? (?=courant|en|dès|à partir|d'ici|fin|début|au |à la fin|avant)"
        # "Opérationnel en 2011, le premier bâtiment": in service then (not "au monde").
        r"|\bopérationnel(?:le)?s? (?=courant|en|dès|à partir|d'ici|fin|début|à la fin|avant)"
        # "15 Airbus A350-900 livrables à partir de 2029": to be delivered then.
        r"|\blivrables? (?=courant|en|dès|à partir|d'ici|fin|début|à la fin|avant)",
        "plans",
        language="fr",
    ),
    # The perfect of a planning verb is the plan now held ("Orange a prévu d'éteindre la 2G
    # en 2025"); its pluperfect an earlier one ("avait prévu de").
    CueRule(r"\b(?:a|ont) (?:déjà |bien |donc )?(?:prévu|planifié|programmé) (?:de|d')", "plans"),
    # "La clinique projette l'agrandissement de sa maternité pour 2027": a plan held.
    CueRule(r"\bprojett(?:e|ent)\b", "plans", language="fr"),
    # The impersonal plan: "Il est prévu que le bassin soit accessible dès l'été 2026".
    CueRule(r"\bil est (?:également |aussi |donc |désormais )?prévu (?:que\b|qu')", "plans"),
    CueRule(r"\b(?:avait|avaient) (?:déjà )?(?:prévu|planifié) (?:de|d')", "plans", kind="past"),
    # What a document provided for: "le calendrier du contrat prévoyait la livraison en 2018",
    # "the contract provided for the first trains by 2021".
    CueRule(r"\bprévoyai(?:t|ent)\b|\b(?:provided for|envisaged|foresaw)\b", "plans", kind="past"),
    # "la ligne devait ouvrir en 2025": what was to be, an earlier plan unless an act dates it.
    CueRule(r"\bdevai(?:t|ent) (?=[a-zé]+(?:er|ir|re)\b)", "plans", kind="past"),
    # "Le tir était prévu pour le 20 septembre, il a été reporté au 20 novembre": what was
    # planned, as "was scheduled for" is.
    CueRule(
        r"\b(?:était|étaient|avait été|avaient été) (?:initialement |d'abord |au départ )?"
        r"(?:prévue?s?|programmée?s?|planifiée?s?) (?=pour|en|à|au|le|fin|début|dès|avant|mi-)",
        "plans",
        kind="past",
    ),
    CueRule(
        r"\b(?:(?:est|sont) (?:désormais |maintenant |toujours |officiellement |aujourd'hui )?)?"
        r"(?:prévue?s?|programmée?s?|planifiée?s?|projetée?s?) "
        r"(?=pour|en|à|au|d'ici|fin|début|dès|avant|courant|mi-|vers|dans le courant|cette |cet |"
        r"l'an prochain|l'année prochaine|le mois prochain|la semaine prochaine)",
        "plans",
    ),
    # Considered for a time, as the plan in hand: "l'embauche est envisagée pour l'été", "sa
    # mise en service n'est cependant pas envisagée avant 2038" (not "était envisagée").
    CueRule(
        r"\b(?:est|sont) (?:(?:cependant|toutefois|pourtant|désormais|actuellement|pas|donc) )"
        r"{0,3}envisagée?s? (?=pour|en|avant|d'ici|dès|à partir|au|fin|début|courant|mi-)",
        "plans",
        language="fr",
    ),
    # Planned for a day: "le redémarrage est prévu le 31 août", "l'inauguration est prévue le
    # jeudi 7 décembre"; not a meeting's day ("le prochain point d'étape est prévu le 3
    # juillet": an event, no promise).
    CueRule(
        rf"(?:{_NOT_A_MEETING}\b(?:est|sont|étant) (?:désormais |maintenant |toujours )?"
        rf"|{_NOT_A_MEETING}(?<!est )(?<!sont )(?<!étant )(?<!désormais )(?<!maintenant )"
        r"(?<!toujours )\b)"
        r"(?:prévue?s?|programmée?s?|planifiée?s?) "
        r"(?=le (?:\d|1er|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))",
        "plans",
    ),
    # A date set for a thing: "la mise en service est fixée à l'été 2016", "le vol est fixé
    # au 4 mai", "la prochaine étape est fixée dans un an" (as "is set for").
    CueRule(
        r"\b(?:est|sont|a été|ont été) (?:désormais |maintenant |toujours |officiellement )?"
        r"fixée?s? (?=(?:à|au|pour|en|le|dans|d'ici|fin|début|mi-)\s?)",
        "plans",
        language="fr",
    ),
    CueRule(
        r"\b(?:repouss|report|décal|retard)(?:é|ée|és|ées|e|ent)\s+(?:[\w'-]+\s+){0,6}?"
        r"(?=à\s|au\s|en\s|jusqu')",
        "plans",
    ),
    CueRule(r"\bdevr(?:ait|aient)\b|\btable(?:nt)? sur\b", "expects", needs="owned"),
    # "table désormais sur", "mise sur une ouverture en 2027", "s'attend à", "anticipe": as
    # "expects" (an adverb may come between the verb and "sur"); not the noun of "la mise
    # sur le marché".
    CueRule(
        r"\b(?:table(?:nt)?|mise(?:nt)?) (?:(?:désormais|maintenant|toujours|aujourd'hui|donc|"
        r"plutôt|encore) )?sur\b(?! le marché)|\bs'attend(?:ent)? à\b|\banticip(?:e|ent)\b",
        "expects",
        needs="owned",
    ),
    CueRule(r"\b(?:est|sont) censée?s?\b", "expects", needs="owned"),
    # Said to expect, in the infinitive: "le ministre a dit s'attendre à ce que 1,4 million de
    # personnes soient vaccinées fin janvier".
    CueRule(
        r"\b(?:dit|déclaré|indiqué|affirmé|expliqué|précisé) (?:[\w-]+ )?s'attendre à\b",
        "expects",
    ),
    # A time an organisation speaks of for its plan: "Febelfin parle désormais d'un lancement
    # début 2019", "Free parlait de décembre, sans donner de jour".
    CueRule(
        r"\bparl(?:e|ent|ait|aient) (?:désormais |maintenant |aujourd'hui |plutôt |encore )?"
        r"(?:de|d'|du)\b",
        "expects",
        needs="owned",
    ),
    CueRule(r"\bespèr(?:e|ent)\b", "hopes"),
    CueRule(r"\bsouhait(?:e|ent|ons)\b", "aims"),
    # "Prologium aspire à atteindre les 42 GWh en 2032", "aspires to".
    CueRule(r"\baspir(?:e|ent|ons) (?:à|a) (?=[a-zà-ÿ]+(?:er|ir|re)\b)|\baspires? to\b", "aims"),
    # The future perfect: "aura doublé ce nombre d'ici 2024", "aura atteint la hauteur voulue",
    # "sera construit". Not "il aura fallu": the future perfect of looking back ("Il aura
    # fallu la fin avril pour que le chantier reprenne", it took until then).
    CueRule(
        r"\b(?:aura|auront|sera|seront)\s+(?!fallu\b)"
        r"(?:(?:[\w-]+ment|quant à (?:lui|elle|eux|elles)|"
        r"ensuite|donc|aussi|enfin|alors|bien|déjà|toutefois|pour sa part)\s+){0,2}"
        r"(?:[a-zà-ÿ]+(?:é|ée|és|ées|i|is|u|us)|[a-zà-ÿ]{2,}(?:ein|ui|er|ai)te?s?)\b",
        "will",
    ),
    CueRule(r"\banticip(?:e|ent)\s+(?:que|qu')", "expects", needs="owned"),
    # A plan set again: "a été replanifiée fin 2021", "reprogrammé à l'automne".
    CueRule(r"\b(?:re(?:planifi|programm|cal)|reprogramm)(?:é|ée|és|ées)\b", "plans"),
    CueRule(r"\benvisag(?:e|ent|eons)\b", "plans", language="fr"),
    # A thing to be done, as a reduced relative on its noun: "les mesures urgentes à mettre en
    # œuvre avant la fin de l'année", "77 rames à livrer sur six ans", "les actions à mener
    # au plus tard le 30 juin". Not after a verb or an adjective that governs "à" ("a
    # commencé à livrer", "prêt à livrer", "invite à mener"): those are other constructions;
    # nor a count of what is left ("il reste 100 avions à livrer", extract.py); its date is
    # in its own list item, not past a semicolon.
    CueRule(
        r"(?<=[a-zà-ÿ)] )(?<!\bà )(?<!\bau )(?<!\baux )"
        r"(?<!\bcommencé )(?<!\bcommence )(?<!\bcommencent )(?<!\bcommencer )(?<!\bcontinue )"
        r"(?<!\bcontinuent )(?<!\bcontinuer )(?<!\baide )(?<!\baider )(?<!\bsert )"
        r"(?<!\bservent )(?<!\bprêt )(?<!\bprête )(?<!\bprêts )(?<!\bprêtes )(?<!\binvite )"
        r"(?<!\bappelle )(?<!\bautorise )(?<!\boblige )(?<!\bpousse )(?<!\bprépare )"
        r"(?<!\bconsiste )(?<!\btend )(?<!\barrive )(?<!\breste )(?<!\brestent )(?<!\best )"
        r"(?<!\bsont )(?<!\ba )(?<!\bont )(?<!\bavoir )(?<!\bêtre )(?<!\bvise )(?<!\bvisent )"
        r"(?<!\bvisant )(?<!\bengage )(?<!\bengagé )(?<!\bengagée )(?<!\bcontribue )"
        r"(?<!\bparticipe )(?<!\bparvenu )(?<!\bparvient )(?<!\bréussi )(?<!\bcherche )"
        r"(?<!\bdestiné )(?<!\bdestinée )(?<!\bdestinés )(?<!\bdestinées )(?<!\bapte )"
        r"(?<!\bchargé )(?<!\bchargée )(?<!\bhabilité )(?<!\bhésite )(?<!\bsonge )"
        r"(?<!\brenonce )(?<!\bapprête )(?<!\bemploie )"
        r"à (?:mettre en (?:œuvre|oeuvre|place|service)|mener|livrer|réaliser|construire|"
        r"achever|déployer|installer|engager|créer|ouvrir)\b",
        "plans",
        kind="to be done",
        language="fr",
    ),
    CueRule(r"\b(?:nous )?devons\b", "plans"),
    # Partners joined to act: "have teamed up to build a plant by 2026", "partnered with Y
    # to", "se sont associés pour construire", "se sont groupées pour faire sortir de terre".
    CueRule(
        r"\b(?:(?:teamed up|team up|teams up|joined forces|join forces|joins forces|joined hands|"
        r"banded together)(?: (?:with|alongside) [^,;.]{1,60}?)?"
        # "partners" only as a verb, with its partner: "its partners to build" is a noun.
        r"|(?:partnered|partners) (?:with|alongside) [^,;.]{1,60}?) to (?=[a-z])",
        "plans",
    ),
    CueRule(
        r"\b(?:se sont|s'est|s'étaient|s'était|se sont tous) (?:associée?s?|alliée?s?|"
        r"(?:re)?groupée?s?|unie?s?|rapprochée?s?)(?: (?:à|avec|aux) [^,;.]{1,60}?)? pour "
        r"(?=[a-zà-ÿ])",
        "plans",
    ),
    # "la promesse de", "son envie de", "notre volonté c'est de": a promise with its owner.
    CueRule(
        r"\b(?:son|sa|ses|leur|leurs|notre|nos|la|cet|cette) (?:promesse|engagement|envie|"
        r"volonté|souhait|espoir|objectif|ambition|intention)(?: c'est| est)? (?:de|d')"
        # "Nous avons l'espoir de conclure durant l'été": a hope held, as "espérons".
        r"|\b(?:a|avons|ont) (?:bon )?(?:l'espoir|espoir) (?:de|d')",
        "aims",
    ),
    # "a confirmé son projet de lancer", "notre engagement pour atteindre": the plan or the
    # pledge its owner holds, with the verb it promises (not "son projet de centre").
    CueRule(
        r"\b(?:son|ses|leur|leurs|notre|nos) (?:projets? (?:de |d')|engagements? (?:pour|à) )"
        r"(?=[a-zà-ÿ]+(?:er|ir)\b|(?:re)?constru|produi|mettre|atteindre|étendre)",
        "plans",
    ),
    # Reported speech in the past: "il a été annoncé vendredi que la ligne allait rouvrir en
    # 2027" (the future as seen then).
    CueRule(
        r"(?<=\bque )(?:[\w'-]+ ){0,5}?allai(?:t|ent) (?=[a-zà-ÿ]+(?:er|ir|re)\b)",
        "will",
        language="fr",
    ),
    # The owner named inside: "la promesse d'Emmanuel Macron de proposer la fibre", "the
    # promise by the operator to"; the owner is the promiser (`kind="owned"`).
    CueRule(
        r"\b(?:la|les|cette|l') ?(?:promesse|engagement)s? (?:d'|de |du |des )(?:[\w'.-]+ ){1,3}?"
        r"(?:de|d')(?= ?[a-zà-ÿ])",
        "will",
        kind="owned",
    ),
)
COMMITMENT_PATTERNS = [(rule, re.compile(rule.pattern)) for rule in COMMITMENTS]
# Any commitment phrase at all: "who said" is no attribution when it promises something.
ANY_COMMITMENT = re.compile("|".join(f"(?:{rule.pattern})" for rule in COMMITMENTS))

# The French future (ouvrira, sera, lanceront...) is "will" in French articles; the
# conditional (disparaîtrait) too, but only in reported speech ("SFR a indiqué que ...").
_FR_FUTURE = re.compile(r"\b[a-zà-ÿ]{2,}(?:ra|ront|rons|rez)\b")
_FR_CONDITIONAL = re.compile(r"\b[a-zà-ÿ]{2,}r(?:ait|aient)\b")
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
        # Hedges and past conditionals are no commitment: "pourrait", "aurait dû".
        "pourrait",
        "pourraient",
        "aurait",
        "auraient",
        "voudrait",
        "faudrait",
        "devrait",
        "devraient",
    ]
)

# ---------------------------------------------------------------------------------------
# What makes a date something else than a promise
# ---------------------------------------------------------------------------------------

# A verb of ending, in both languages: a consultation's close, a service's return ("prendra
# fin le 3 juillet", "s'achèvera le 15 novembre", "the closure ends in May"); the noun "end"
# is left out ("until the end of August" is the month's end).
ENDING_VERBS = r"prendr\w* fin|s'ach[eè]v\w*|se termin\w*|ends|ended|(?:to|will|would) end"

# Past-tense markers: a date they govern is an event, not a deadline.
_PAST_EN = re.compile(
    r"\b(?:was|were|had been|has been|have been|did|became|began|begun|came|went|took|"
    r"made|led|left|grew|won|bought|sold|spun|rose|fell|held|ago|since|last year|"
    r"previously|formerly|born|broke|set up|built|saw|spent|paid|got)\b"
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
        "headquartered",
        "owned",
        "listed",
        "powered",
        "renewed",
        "sized",
        "based",
    ]
)
# Words that make the past marker after them a passive future ("to be built by 2026", "to
# be fully commissioned later this month"), or a goal's perfect ("aims to have installed
# 15GW by 2025"; not "will have invested ... from 2010 to 2040", a total told of a span
# that began long ago, which editors leave out).
_PASSIVE_BEFORE = re.compile(
    r"\b(?:be|been|being|to|get|gets|to have)\s+$|\b(?:be|to have)\s+[a-z]+ly\s+$"
)
# Participles that make a past clause in French: "a obtenu", "créée en 2021", "depuis".
_PAST_FR = re.compile(
    r"\b(?:a|ont|avait|avaient|avons|ai|est|sont|était|étaient|fut|furent)\s+"
    r"(?:(?:déjà|été|pas|bien|aussi|notamment|par ailleurs|ainsi)\s+){0,2}"
    r"[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erte|int)\b"
    r"|\bdepuis\b|\bil y a\b|\bl'an dernier\b|\bl'année dernière\b"
    r"|\b[a-zà-ÿ]{3,}(?:ait|aient)\b"
)
# A participle right before its date: "créée en 2021", "nommé en 2023". Only when it touches
# the date: "centres de données en propre ... avant 2026" holds no past event.
_PAST_FR_ADJACENT = re.compile(r"\b([a-zà-ÿ]+(?:é|ée|és|ées))\s+(?=(?:en|au|le|début|fin|dès)\b)")
# Nouns with a participle's ending, and imperfects that are not past ("fait" is no -ait).
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
        "fait",
        "lait",
        "trait",
        "souhait",
        "portrait",
        "retrait",
        "extrait",
        "attrait",
        "parfait",
        "forfait",
        "bienfait",
        "méfait",
        "jamais",
        "désormais",
        "mais",
        "frais",
        "anglais",
        "français",
        "japonais",
        "taïwanais",
        "néerlandais",
        "irlandais",
        "écossais",
        "portugais",
        "marais",
        "palais",
        "relais",
        "délais",
        "essais",
        "rabais",
    ]
)
# The dated act that set a plan the sentence goes on to tell in the past: "the contract
# signed in December 2015 provided for delivery in 2018", "an application was lodged in
# December, and the school was then due to open in 2023". The plan was promised then.
DATED_ACT = (
    r"\b(?:contract|agreement|deal|application|schedule|timetable|business plan|roadmap|contrat|"
    r"accord|convention|calendrier|protocole|demande|feuille de route)\b(?:,\s*)?[^,;.]{0,40}?"
    r"\b(?:signed|lodged|filed|submitted|agreed|published|presented|unveiled|signée?|conclue?|"
    r"déposée?|publiée?|présentée?|dévoilée?)(?:\s+(?:by|par)\s+[^,;.]{1,40}?)?"
    r"\s+(?:(?:in|on|en|le)\s+)?"
)
_SET_BY_A_DATED_ACT = re.compile(
    DATED_ACT + r"(?:the |its |last |this |[a-z]+ )?(?:\d|(?:january|february|march|april|may|"
    r"june|july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre)\b)"
)
# An earlier, superseded plan: "originally slated for 2025", "qui était envisagé pour 2023",
# "était au départ prévue pour 2017" (not "au départ de Paris", a place of departure); an
# accent left off is the same word ("prévue pour 2012 (précedemment 2010)").
_SUPERSEDED = re.compile(
    r"\b(?:originally|initially|previously|formerly|at first|first (?:planned|scheduled|"
    r"announced|promised)|initialement|à l'origine|au départ(?!\s+(?:de|d'|du|des)\b)|"
    r"auparavant|pr[ée]c[ée]demment|dans un premier temps|"
    r"devai(?:t|ent)|censée?s?|supposed to|meant to|"
    # "the new facility, most recently slated to open on May 15, won't be ready until autumn".
    r"most recently(?=\s*$|\s+(?:slated|scheduled|planned|set|expected|due|targeted)\b))\b"
)
# A plan the article tells as replaced: an earlier adjective on the goal itself ("its previous
# goal of making 190,000 EVs in 2024", "son ancien objectif de") or an earlier adverb on the
# verb that reported it ("Samsung previously said the factory would start production in ...").
_SUPERSEDED_GOAL = re.compile(
    # Not "earlier this week", when the plan was announced.
    r"\b(?:previous|earlier(?! this\b)|original|former|old|prior|ancien|ancienne|précédent|"
    r"précédente)\b"
)
_SUPERSEDED_SPEECH = re.compile(
    r"(?:\b(?:originally|initially|previously|formerly|earlier|at first|initialement|"
    r"auparavant|précédemment)"
    # Or the sentence opens on the adverb, its subject after it: "Previously the company said
    # it would start in June" ("Earlier this week the company said" is when it was said).
    r"|^\W*(?:originally|initially|previously|formerly|at first|initialement|auparavant|"
    r"précédemment|à l'origine)\s*,?(?:\s+[\w'’.-]+){1,4}?)"
    r"\s+(?:(?:had|has|have|a|avait|avaient)\s+)?(?:said|stated|announced|"
    r"indicated|told|promised|pledged|planned|targeted|expected|anticipated|hoped|dit|annoncé|"
    r"indiqué|promis|prévu|espéré)"
    r"\b(?:(?!\bbut\b|\bmais\b|\bnow\b|\bdésormais\b)[^.;])*$"
)
# A sentence that opens on an earlier time's adverb, then its subject and a verb of aiming in
# the past: "Initially, the government aimed to hold the auction by December", "Originally,
# the board intended to open it in 2018, which was then scheduled for May". Not a present
# passive after the subject ("Initially, the line is planned to run hourly"), nor a
# participle on it ("Initially, trams aimed at commuters will run"); and a later decision
# after it is the plan held ("and it has since moved", "et il a depuis repoussé").
_EARLIER_AIM_OPENING = re.compile(
    r"^\W*(?:originally|initially|previously|formerly|at first|initialement|à l'origine)\s*,?"
    r"(?:\s+(?!(?:is|are|will|be|been|being|est|sont)\b)[\w'’.-]+){1,4}?"
    r"\s+(?:had\s+)?(?:aimed(?! at\b(?!\s+\w+ing\b|\s*$))|intended(?! for\b)|wanted|sought|planned|"
    r"targeted(?! at\b(?! least\b))|hoped|avait prévu|voulait)"
    r"\b(?:(?!\b(?:but|mais|now|désormais|since|depuis|later|decided|décidé)\b)[^.;])*$"
)
# An earlier plan as the subject of what it said: "A previous fleet plan had stated that the
# airline will accept 15 aircraft in 2020" (an updated plan that shows it is the plan held).
_SUPERSEDED_PLAN_SAYS = re.compile(
    r"\b(?:previous|earlier|original|old|former|prior|ancien|ancienne|précédent|précédente)"
    r"\s+(?:[\w-]+\s+)?(?:plan|schedule|timetable|roadmap|forecast|calendrier|planning|"
    r"programme)\s+(?:had\s+|has\s+|avait\s+)?(?:stated|said|called for|showed|shown|"
    r"envisaged|foresaw|indiquait|prévoyait)\b(?:(?!\bbut\b|\bmais\b|\bnow\b|\bdésormais\b)[^.;])*$"
)
# After a negated date, the plan it cancels: "ne redémarreront pas avant la fin de l'hiver
# comme c'était prévu", "will not open in 2025 as planned".
_AS_PLANNED = re.compile(
    r"\s*,?\s*(?:comme (?:c'était |il était |initialement |cela était )?(?:prévu|annoncé)|"
    r"as (?:originally |initially |first )?(?:planned|scheduled|announced|promised))\b"
)
# A person's own plan, in a relative clause about them: "CEO C.C. Wei, who is slated to
# succeed Liu as chair later in the year".
_PERSON_RELATIVE = re.compile(r"\bwho\s+(?:[\w'-]+\s+){0,2}$")
# Hedges govern their dates too: "could", "pourrait" are no commitment.
_HEDGES = re.compile(
    r"\b(?:could|might|may|possibly|perhaps|pourr(?:ait|aient|a|ont)|peut-être|éventuellement)\b"
)
# An amount, perhaps rounded: "about $16 million", "A$989/oz", "Eur10 billion", "130 billion".
_AN_AMOUNT = (
    r"(?:about |around |roughly |some |nearly |almost |over |more than |up to )?"
    r"(?:[a-z]{0,3}[$€£¥]|(?:eur|usd|gbp|rs\.?) ?\d|\d)"
)
# Someone's estimate: the commitments after it are theirs, not the organisation's. A passive
# ("is forecast for June 2025", "is estimated at") names nobody who estimates, nor does an
# adjective after an article ("will cost an estimated $12 million").
_OPINIONS = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bwas )(?<!\ban )(?<!\ba )(?<!\bthe )"
    # An amount estimated is no opinion of a date: "the project, estimated to cost €10bn, is
    # on track to start by 2028", "estimated at €90 million" (but "estimated at the briefing
    # that" is someone's estimate).
    rf"\b(?:estimates?|estimated(?! (?:to cost\b|at {_AN_AMOUNT}))|predicts?|predicted|"
    r"forecasts?|believes?|"
    r"thinks?|reckons?|"
    r"suspects?|doubts?|estime(?:nt)?|prédi(?:t|sent)|pense(?:nt)?|croi(?:t|ent)|"
    r"doute(?:nt)?)\b"
)
# A word naming who an occasion is for is no subject: "at an investor day", "on an analyst
# call", "its capital markets day", "la journée investisseurs" is the promiser's own occasion.
_OCCASION_AFTER = (
    r"(?!\s+(?:day|days|relations|conference|presentation|meeting|call|briefing|event|update"
    r"|summit|webcast|letter)\b)"
)
# Subjects that are third parties: their expectations are no promise of the organisation's.
# A word inside a compound is no subject ("the high-demand regions", "market-leading").
_THIRD_PARTY = re.compile(
    r"(?<!-)(?<!journée )(?<!journee )\b(?:analysts?|regulators?|observers?|experts?|investors?|"
    r"economists?|commentators?|brokers?|consultants?|authorities|market|markets|prices|demand|"
    r"analystes?|régulateurs?|observateurs?|investisseurs?|économistes?|marchés?|autorités|prix)"
    rf"\b(?!-){_OCCASION_AFTER}"
)
# Whose trade is forecasting: what they "prévoient" is a forecast ("le cabinet d'analyses
# prévoit une croissance de 20 % d'ici 2020"), with the verb a forecast takes.
_FORECASTER = re.compile(
    r"(?<!-)\b(?:analysts?|analystes?|economists?|économistes?|cabinets? d'(?:analyses?|études)"
    r"|research firms?|consultancy firms?|consultancies|consultants?)\b(?!-)"
)
_FORECASTS = re.compile(r"prévoi|predict|forecast|project|estim|anticip")
# Subjects that are other bodies: what they will do is not the organisation's promise
# ("The European Union aims to ...", "Rivals such as OVHcloud plan to ...").
_OUTSIDER = re.compile(
    r"(?<!-)\b(?:commission|government|gouvernement|ministry|ministère|parliament|parlement|council|"
    r"conseil|union|regulators?|régulateurs?|authorit(?:y|ies)|autorités?|rivals?|competitors?|"
    r"concurrents?|customers?|clients?|market|marché|spending|dépenses|sector|secteur|industry|"
    r"industrie|demand|prices|prix|economy|économie|"
    # A request the subject files is its own step, not the market's demand: "La demande de
    # permis devrait être introduite d'ici la fin de cette année" (a permit's only: "la
    # demande de financement des PME" is still the market's).
    r"demande(?!\s+d(?:e|')\s*(?:permis|autorisation|agrément|licence)\b))\b(?!-)"
)
# Speakers whose forecast is theirs: "Bleu will open in 2025, analysts said" is no promise.
_THIRD_PARTY_SPEAKER = re.compile(
    r"(?<!journée )(?<!journee )\b(?:analysts?|experts?|observers?|economists?|consultants?|"
    r"brokers?|commentators?|investors?|analystes?|observateurs?|économistes?|investisseurs?)"
    rf"\b{_OCCASION_AFTER}"
)
# A study's finding told after the promise: "These 50 deliveries will put Airbus ahead this
# year, LNC's analysis indicates" is the analyst's forecast.
_STUDY_SAYS = re.compile(
    r",\s*[^,;]{0,40}\b(?:analysis|analyses|forecasts?|estimates?|projections?|research|"
    r"intelligence|study|survey|analyse|étude|prévisions?)\s+(?:indicates?|shows?|suggests?|"
    r"says|finds|predicts?|estimates?|indique|montre|suggère|prévoit|estime)\b[^,;]*$"
)
# Scheduled events and personnel moves: their dates are not the promiser's deadlines. A case
# a court hears is the court's calendar: "the Supreme Court case, set to be heard on October
# 11", "l'affaire doit être jugée le 3 mars".
_EVENTS = re.compile(
    r"\b(?:take place|be held|be (?:heard|argued|tried)|être (?:jugée?s?|plaidée?s?)|"
    r"publish (?:its|their) (?:\w+ ){0,2}results|report (?:its|their) "
    r"(?:\w+ ){0,2}results|se tiendra|se tiendront|aura lieu|auront lieu|se déroulera|"
    r"publiera ses résultats|take up (?:his|her|the|their) (?:post|role|position)|take office|"
    # A person retires; a company retires its network or its fleet (an object follows).
    r"step down|retire(?!\s+(?:its|their|the|a|an|all|some|older|legacy)\b)|"
    r"prendra ses fonctions|succédera|quittera ses fonctions|"
    # A term that runs out: "the naming rights are set to expire in 2031".
    r"expire|expirer|arriver à (?:son )?échéance|"
    r"hold (?:\w+ ){0,3}?(?:meeting|conference|event|summit|ceremony|call|vote|agm)|"
    # A meeting with others on a day: "is meeting with the city's leaders tomorrow to
    # discuss grants", "rencontrera le ministre lundi" ("will meet the new rules" is no
    # meeting).
    r"meet(?:s|ing)? with|rencontrer|rencontrera|rencontreront|se réunira|se réuniront|"
    # A match against a named side on a day: "will play South Dakota State on Sept. 5", "are
    # scheduled to host Miami (Ohio) on Aug. 31".
    r"(?:play|host|face|take on)\s+(?:[\w().'&-]+\s+){1,4}?on\s+(?:[a-z]{3,9}\.?\s+\d+|\d+)|"
    r"(?:tenir|tiendra|organiser|organisera) (?:\w+ ){0,3}?(?:assemblée|conférence|réunion|salon)|"
    r"(?:détailler|présenter|dévoiler|publier|detail|present|unveil|publish) (?:\w+ ){0,2}?"
    r"(?:sa|ses|son|leur|leurs|its|their|his|her) (?:\w+ ){0,2}?(?:stratégie|résultats|"
    r"plan|feuille de route|strategy|results|plans|roadmap))\b"
)
# Event nouns as a subject: "L'annonce officielle ... interviendra ce lundi", "the summit will".
# Not "annonce" as the subject's verb: "L'opérateur annonce même être en mesure d'ouvrir",
# "la société annonce la fermeture".
_EVENT_SUBJECT = re.compile(
    r"\W*(?:the|this|that|its|their|l'|le|la|ce|cet|cette|son|sa|leur|"
    r"(?:next|this|last) (?:week|month|year)'s|(?:mon|tues|wednes|thurs|fri|satur|sun)day's)"
    r"\s*(?:[\w-]+ ){0,2}?"
    r"(?:announcement|summit|meeting|conference|visit|ceremony|event|vote|election|hearing|"
    # The verb, not the noun: "la compagnie annonce (aujourd'hui, mardi 2 mars,) que ...".
    r"annonce(?!,?\s+(?:(?:aujourd'hui|hier|ce matin|ce soir|(?:ce )?(?:lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche)(?: \d{1,2}(?:er)?(?: [a-zéû]+)?)?),?\s+)?"
    r"(?:(?:même|aussi|également|ainsi) )?(?:que\b|qu'|l'|la\b|le\b|les\b|"
    r"une?\b|des\b|son\b|sa\b|ses\b|leurs?\b|être\b|avoir\b|[a-zà-ÿ]+(?:er|ir)\b))|"
    r"sommet|réunion|conférence|visite|cérémonie|salon|vote|élection|audience)\b"
)
# A delay verb before a span: "push back construction by two years" is a delay, not a date.
_DELAY = re.compile(
    r"\b(?:push(?:es|ed)? back|delay(?:s|ed)?|postpon(?:e|es|ed)|slip(?:s|ped)?|"
    r"retard(?:e|é|ée|és|ées|er)?|repouss(?:e|é|ée|és|ées|er)|décal(?:e|é|ée|és|ées|er)|"
    r"report(?:e|é|ée|és|ées|er))\b"
)
# The term of a contract: "will supply batteries until 2030", "un contrat ... jusqu'en 2028".
_UNTIL = re.compile(r"(?:until|till|through|thru|jusqu'|up to)\b")
# The impersonal "il", no one and nothing named before: "il faut", "il s'agit de", "il y aura",
# "il est prévu que", "il reste à". What follows it is the subject, so it neither names a
# promiser nor refers back to the sentence before.
_IMPERSONAL_IL = re.compile(
    r"\bil\s+(?:faut|fallait|faudra|faudrait|s'agit|s'agissait|s'agira|y|est prévu|"
    r"était prévu|est question|reste)\b"
)
# A "by" / "d'ici" deadline denied (a verb and its complement may stand between, "not be ready
# by next summer"): it says a target will be missed and names no time the thing will be done,
# so it is no promise, where "not until" / "pas avant" promises the soonest time. The negations
# are the parser's (`_NEGATION`): "cannot be built by 2026", "ne sera jamais prêt d'ici 2030".
# Callers fold the text first, so an apostrophe is always the straight one.
_DENIED_BY = re.compile(r"(?:not|cannot|never|pas|jamais|n't)\s+(?:[\w'-]+\s+){0,3}?(?:by|d'ici)\b")
_CONTRACT_TERM = re.compile(
    r"\b(?:contracts?|agreements?|deal|lease|licen[cs]e|concession|contrats?|accords?|bail|"
    r"suppl(?:y|ies|ying)|provid(?:e|es|ing)|pay(?:s|ing)?|leas(?:e|es|ing)|rent(?:s|ing)?|"
    r"runs?|lasts?|fourni[rt]|approvisionner|payer|louer|dur(?:e|er)|court|"
    r"continu(?:e|es|ed|ing|er|era|eront))\b"
)
# A state kept until a date is a term as well: "has decided to leave its 3G network fully
# operational till the end of the year", "restera ouvert jusqu'en 2030".
_KEEPS_A_STATE = re.compile(
    r"\b(?:leav(?:e|es|ing)|keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|remain(?:s|ed|ing)?|"
    r"stay(?:s|ed|ing)?|maint(?:enir|iendra|iendront|ient|iennent)|rest(?:er|era|eront|e|ent)|"
    r"conserv(?:er|era|eront|e|ent)|gard(?:er|era|eront))\b"
    # A show or a service run as it is: "will be on view until October 15", "which it will
    # operate at until at least October".
    r"|\bon (?:view|display|show)\b|\boperat(?:e|es|ed|ing)\b"
    # And its French: "une ligne exploitée de manière saisonnière (jusqu'au 16 septembre)".
    r"|\bexploit(?:é|ée|és|ées|er|era|eront)\b"
)
# "after July" is not a window the guide has: no deadline.
_AFTER = re.compile(r"\b(?:after|après|following|au-delà de|beyond)\s*$")
# A date inside an event named after "after" is the event's: "will sign a contract after
# completion of the demonstration phase at the end of March 2016" dates the phase.
_AFTER_EVENT = re.compile(
    r"\b(?:after|following|après)\s+(?:the\s+|its\s+|la\s+|le\s+|l')?(?:completion|end|close|"
    r"conclusion|launch|approval|signing|achèvement|fin|clôture|lancement|approbation|signature)"
    r"\b[^,;:.]{0,80}$"
)
# An open end ("from mid-2018 or later", "en 2026 ou plus tard") names no date to keep.
# Open-ended as well: "prévus pour 2017 et au-delà", "for 2026 and beyond".
_OR_LATER = re.compile(
    r"\b(?:or later|or after|ou plus tard|ou après|(?:and|or) beyond|(?:et|ou) au-delà)$"
)
# The span a contract or a phase runs for is its term: "would run for 15 months starting in
# April", "durera 18 mois à partir de janvier".
# Only a span: "les travaux dureront jusqu'en 2026" is when they end.
_RUNS_FOR = re.compile(
    r"\b(?:runs?|running|ran|lasts?|lasting|dure(?:ra|ront)?|courra|courront)\s+"
    r"(for\s+|pendant\s+|sur\s+)?$"
)
# A span told after a start, joined by "and": "le chantier doit débuter en avril et s'étendre
# sur deux ans", "work will start in May and take 18 months" counts from that start, not from
# the day it was said ("la construction, qui vient de démarrer, s'étalera sur dix-huit mois"
# is a deadline).
_SPAN_AFTER_A_START = re.compile(
    r"\b(?:débute\w*|démarre\w*|start\w*|begin\w*|commenc\w*)\s+[^;:.]{1,60}?\s+"
    r"(?:et|and)\s+(?:(?:doit|doivent|devrait|devraient|va|vont|will|should|is to|are to)\s+)?"
    r"(?:s'étend\w*|s'étal\w*|s'échelonn\w*|dur(?:er|era|eront)|prendr\w*|last\w*|run\w*|"
    r"take\w*|span\w*)\s+(?:(?:sur|pendant|for|over|about|around|environ)\s+)?$"
)
# What someone expects of others is no promise of theirs: "expects regulators to make a
# decision by the end of the year", "expects demand to rise in 2026", "expects FDA decision".
_EXPECTS_OF = re.compile(r"\s+([^,;.]{1,40}?)\s+to\b")
# A contract to be negotiated or signed is the parties' event, not a deliverable: "The
# contract for the second batch is expected to be negotiated in the early 2020s".
_DEAL_TO_BE_SIGNED = re.compile(
    r"\s+(?:be|être)\s+(?:negotiated|signed|awarded|concluded|finali[sz]ed|négociée?s?|"
    r"signée?s?|conclue?s?|attribuée?s?)\b"
)
_DEAL = re.compile(r"\b(?:contracts?|deals?|agreements?|accords?|contrats?)\b")
# Not an approval the subject itself seeks: "expects to file for approval of its drug in
# 2026", "expects to apply for clearance" is its own act.
_EXPECTS_A_RULING = re.compile(
    r"(?!\s+to\s+(?:file|apply|seek|submit|request|ask)\b)"
    r"\s+(?:[^,;.]{0,30}?\s)?(?:decision|approval|ruling|verdict|go-ahead|clearance|"
    r"green light)s?\b"
)
# A negation on the commitment: passed to the deadline parser with the date ("not until").
_NEGATION_EN = re.compile(r"\b(?:not|never|won't|n't)\b(?! only\b| just\b| least\b)|n't\b")
_NEGATION_FR = re.compile(r"\b(?:pas|jamais)\b(?! seulement\b| que\b)")
# Weekdays: "mercredi", "on Monday" alone are events (a meeting, a visit), not deadlines.
# A temporal clause: "when it takes effect on May 25", "once it opens in 2026".
_WHEN_CLAUSE = re.compile(
    r"\b(?:when|once|whenever|as soon as|lorsqu'|lorsque|quand|dès qu'|dès que)\s+"
    r"(?:[\w'-]+\s+){0,4}$"
)
# A correction after a negation: "ne sera pas redémarré ..., mais le 26 novembre".
_BUT_THEN = re.compile(
    r"\b(?:mais|but)\s+(?:plutôt\s+|rather\s+|instead\s+)?"
    r"(?:(?:on|in|by|from|le|en|à|au|dès|d'ici)\s+)?$"
)
_WEEKDAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche)\b"
)
# Vague times: the promise is real but undated ("will ultimately join Gaia-X").
_VAGUE = re.compile(
    r"\b(?:ultimately|eventually|soon|shortly|in the (?:coming|next few) (?:months|years)|"
    r"in the (?:near )?future|at some point|in due course|one day|over time|à terme|"
    r"prochainement|bientôt|dans les (?:mois|années) à venir|dans les prochains mois|"
    r"à l'avenir|un jour|d'ici peu|à moyen terme|à long terme)\b"
)
# What a promise depends on: recorded on the draft as its condition.
_CONDITION = re.compile(
    r"\b(?:subject to|provided(?: that)?|pending|conditional (?:on|upon)|contingent (?:on|upon)|"
    r"depending on|as long as|once (?:it |they )?(?:receives?|obtains?|gets?|secures?)|"
    r"after (?:receiving|obtaining|securing)|if (?:it |they )?(?:receives?|obtains?|gets?|"
    r"secures?|wins?)|sous réserve (?:de|d'|que|qu')|à (?:la )?condition (?:de|d'|que|qu')|"
    r"sous condition (?:de|d')|après avoir (?:reçu|obtenu)|une fois (?:reçue?s?|obtenue?s?)|"
    r"si (?:elle|il|elles|ils) (?:obtien\w*|reçoi\w*))"
)

# ---------------------------------------------------------------------------------------
# Who said it
# ---------------------------------------------------------------------------------------

# Verbs that report speech. Past forms give the day a promise was made ("said in 2022 that",
# "tweeted on March 3 that").
_SPEECH = (
    r"(?:had |has |have )?(?:said|stated|announced|promised|pledged|indicated|told|declared|"
    r"committed|explained|forecast|confirmed|noted|reported|unveiled|revealed|wrote|"
    # "X added" says; "being added on December 9" (a route joined to a network) does not.
    r"(?<!being )(?<!been )(?<!be )(?<!is )(?<!are )(?<!was )(?<!were )added|"
    r"presented|disclosed|tweeted|reiterated|reaffirmed|stressed|insisted|signall?ed|"
    # As the French "a assuré", "a affirmé": "He assured that the project would be ready".
    r"emphasi[sz]ed|assured|affirmed)"
    # "a-t-il précisé", "avait-il rappelé", and the impersonal passive "il a été annoncé".
    # An adverb may stand between them: "avait d'ailleurs annoncé", "a déjà indiqué".
    r"|(?:a|ont|avait|avaient)(?:(?:-t)?-(?:il|elle|ils|elles|on))?(?: été)?"
    r"(?: (?:d'ailleurs|déjà|aussi|également|pourtant|notamment|encore|alors|ainsi))? "
    r"(?:dit|déclaré|annoncé|promis|"
    r"indiqué|affirmé|expliqué|assuré|précisé|confirmé|ajouté|noté|souligné|confié|dévoilé|"
    r"présenté|fait savoir|réaffirmé|rappelé|réitéré|martelé)"
    # The pronominal "s'est engagé", French for "committed" ("En 2023, X s'était engagé à").
    r"|s'(?:est|était) engagée?|se sont engagée?s|s'étaient engagée?s"
    # "Comme annoncé en mars, X ouvrira ...", as "As announced in March" (English "announced").
    r"|comme annoncée?s?"
    r"|affirmait|promettait|annonçait|indiquait|déclarait|assurait|expliquait|précisait"
    r"|en annonçant|promettant|announcing|d'indiquer|d'annoncer"
)
_SPEECH_BEFORE_DATE = re.compile(
    # "avait annoncé, en juin 2019 :": the time may stand between commas after the verb.
    rf"\b(?:{_SPEECH})\s*,?\s+(?:(?:on|last|this|ce|le)\s+)?$"
    # A digest's date in brackets after the verb: "DHMI reported (14-Jan-2019) that ...".
    rf"|\b(?:{_SPEECH})\s+\($"
    r"|\baccording to (?:a|an|the|its|their)\s+$|\bselon (?:un|une|le|la)\s+$"
)
_SPEECH_AFTER_DATE = re.compile(
    rf"^,?\s+(?:(?!and\b|et\b)[\w'-]+\s+){{0,3}}?(?:{_SPEECH})\b"
    # "le 9 mars, son président, Olivier Gantois, a confirmé": a date alone between commas,
    # then appositions, then the verb of saying.
    rf"|^\s*,(?:[^,;.]{{1,40}},){{1,3}}\s*(?:[\w'-]+\s+){{0,1}}?(?:{_SPEECH})\b"
    # A clause telling what was said then: "since 2024, when the Water Board said ...".
    rf"|^,\s+(?:when|lorsque|lorsqu'|quand)\s*(?:[\w'-]+\s+){{0,5}}?(?:{_SPEECH})\b"
)
# A verb of saying of the sentence's own ("said", "a déclaré"), not a source ("selon").
_OWN_SPEECH = re.compile(rf"\b(?:{_SPEECH})\b")
# What "assure" takes when it means to carry out, not to say: "le E-8C assure des missions".
# After "assure" as a leading verb, "le", "la", "les" too ("assure la maintenance"); a
# trailing attribution keeps them (", assure le PDG").
_CARRIED_OUT = r"des|du|une?|sa|son|ses|leurs?"
# Any sign of reported speech in a sentence.
_REPORTED = re.compile(
    # A participle of saying reports too: "a letter ... stating the SUV would arrive".
    rf"\b(?:{_SPEECH}|says|say|tells|saying|stating|according to|selon|d'après|reports|reportedly|"
    r"explique|précise|ajoute|indique|affirme|souligne|assure|déclare|annonce|confirme|"
    rf"estime|dit)\b(?<!assure(?= (?:{_CARRIED_OUT}) ))|-t-(?:il|elle|ils|elles)\b"
)
# Reported content after a verb of saying: "a indiqué jeudi 25 août qu'il comptait ...",
# "said on Tuesday that". Without it the verb tells an event ("confirmed £40 billion").
_SAYS_THAT = re.compile(
    rf"\b(?:{_SPEECH}|says|explique|précise|indique|affirme|annonce|confirme)\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:that\b|que\b|qu'|:)"
)
# Speech that tells a deed or an aim of its own by an infinitive: "CMA CGM a déclaré début
# août avoir franchi le seuil de 5 %", "said it had", "il avait annoncé tabler sur des
# ventes record".
_SAYS_IT_DID = re.compile(
    rf"\b(?:{_SPEECH}|explique|précise|indique|affirme|annonce|confirme)\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:avoir|être|it had|they had|tabler|vouloir|prévoir|viser|compter"
    r"|miser|souhaiter|envisager|espérer|pouvoir|devoir|s'attendre)\b"
)
# A new thing announced in the passive, its subject brought in by "a", "another", "un", "une"
# ("A third fab was announced in April", "Un second site a été annoncé en mars"): news of
# its own, not who said the sentence before and when.
_NEW_THING_ANNOUNCED = re.compile(
    r"(?:a|an|another|one|two|three|un|une|deux|trois|d'autres|other)\s+[^,;:]{0,60}?\b"
    r"(?:was|were|has been|have been|had been|a été|ont été|avait été|avaient été)\s+"
    r"(?:announced|unveiled|revealed|disclosed|annoncée?s?|dévoilée?s?|présentée?s?)\b"
)
# Present-tense speech: the article's own day ("Bleu says ..."), not an earlier statement.
_SPEECH_NOW = re.compile(
    r"\b(?:says|say|tells|explique|précise|ajoute|indique|affirme|souligne|assure|déclare|"
    r"confirme|now|désormais|maintenant|currently|aujourd'hui)\b"
)
# A trailing attribution: ", Bleu said in a statement.", ", a précisé Thales.",
# ", a-t-il noté", ", explique X, directeur ...", ", reports Semimedia".
_TRAILING_SPEECH = re.compile(
    r",\s*[\"”»’']?\s*(?:(?P<who>[^,;«»\"“”]{1,120}?)\s+)?(?P<verb>said|says|told|added|announced|"
    r"reported|reports|noted|stated|explained|wrote|confirmed|(?:a|ont|avait|avaient)"
    r"(?:(?:-t)?-(?:il|elle|ils|elles))? (?:précisé|indiqué|déclaré|annoncé|ajouté|expliqué|"
    r"affirmé|assuré|souligné|noté|confié|dit|confirmé|rappelé|réaffirmé|réitéré|martelé)"
    r"|explique|précise|ajoute|indique|affirme|souligne|assure|"
    r"déclare|dit-il|dit-elle|selon|according to|d'après)\b(?P<after>[^«»\"“”]*)$"
)
# A leading one: "Orange said ...", "Selon Bleu, ...", "An MoD spokeswoman said: ...".
_LEADING_SPEECH = re.compile(
    r"(?P<who>[^;:«»\"“”]{2,250}?)\s+(?:now |also |has |have |had )?(?P<verb>says|say|said|"
    r"announced|told|confirmed|noted|stated|explained|indicated|wrote|reported|"
    r"(?:l'|l’)?a (?:annoncé|"
    r"indiqué|déclaré|confirmé|précisé|affirmé|assuré|expliqué)|affirme|indique|annonce|"
    r"explique|précise|assure|déclare)\b"
    # "le E-8C ... assure des missions": to carry out, not to say.
    rf"(?<!assure(?= (?:l[ae]s?|l'|{_CARRIED_OUT}) ))"
)
_ACCORDING_TO = re.compile(
    r"(?:according to|selon|d'après|(?:an|the) announcement by|announced by|as reported by|"
    r"comme l'(?:a|ont) (?:annoncé|indiqué|précisé|expliqué|confirmé))"
    r"\s+(?P<who>[^,.;]+)"
)
# Words of an attribution that are not the speaker: "in a statement", "on its website".
_ATTRIBUTION_NOISE = re.compile(
    # Its words after "in a statement" are lower case: "In a statement Thursday RWE said"
    # keeps its speaker.
    r"\b(?:in a (?:statement|message|post|interview|press release|note)"
    r"(?: (?-i:[a-z0-9][\w'-]*)){0,6}|"
    r"on (?:its|his|her|their) (?:website|blog)|on (?:twitter|x)|sur (?:twitter|x|le réseau "
    r"social \w+)|dans un (?:communiqué|entretien|message)|to reporters|aux journalistes)\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------------------
# Categories and names
# ---------------------------------------------------------------------------------------

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

# Subjects that refer back to the organisation the article is about (or the speaker's).
_BACK_REFERENCE = re.compile(
    r"\b(?:it|they|we|our|the (?:[\w-]+ ){0,3}?(?:company|firm|group|provider|vendor|operator|"
    r"business|joint venture|start-up|startup|venture|subsidiary|management|chipmaker|"
    r"carmaker|automaker|maker|manufacturer|carrier|airline|developer|builder|utility|"
    r"ministry|department|government|agency)|il|elle|ils|elles|nous|notre|nos|la (?:[\w-]+ )?"
    r"(?:société|coentreprise|filiale|direction|start-up|jeune pousse|firme|compagnie)|"
    r"l'(?:entreprise|hébergeur|éditeur|opérateur|industriel|énergéticien|constructeur|"
    r"équipementier|agence)|le (?:[\w-]+ )?(?:groupe|fournisseur|prestataire|spécialiste|"
    r"constructeur|fabricant|motoriste|gouvernement|ministère))\b"
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
    r"secretary|spokes(?:man|woman|person)|executive|manager|vp|directeur|directrice|président|"
    r"présidente|fondateur|fondatrice|ministre|dirigeant|pdg|porte-parole|responsable)\b"
)
# A joint venture named by its parents: "the Orange-Capgemini venture", "leur coentreprise".
_VENTURE = re.compile(
    r"\b(?:joint[- ]venture|venture|coentreprise|co-entreprise|joint-venture|"
    r"(?:filiale|société|entreprise) commune)\b"
)
# Words that head the name of a thing someone runs, not of who runs it: "Project T3 will begin
# production" is Ford's promise, "Programme Artemis" NASA's.
_THING_HEADS = frozenset(
    ["project", "projet", "program", "programme", "operation", "mission", "initiative"]
)
# A part of a thing opening a headline is no one's name: "Portion of Green Line extension on
# track to open in March", "Phase two of the bypass to open in 2026".
_PART_HEADS = frozenset(
    ["portion", "part", "section", "segment", "stretch", "phase", "stage", "leg", "partie"]
    + ["tronçon", "tranche", "étape"]
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
        # Their abbreviations: "released on Nov. 12" names no organisation called Nov.
        *MONTH_ABBREVIATIONS,
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
        "à",
        "si",
        "alors",
        "here",
        "there",
        "what",
        "why",
        "how",
        "where",
        "who",
        "which",
        "each",
        "every",
        "some",
        "all",
        "no",
        "not",
        "one",
        "two",
        "three",
        "more",
        "most",
        # Generations of mobile networks: "La 5G devrait être lancée" names no one.
        "2g",
        "3g",
        "4g",
        "5g",
        "6g",
    ]
)
_CONNECTIVE = re.compile(
    r"(?:meanwhile|however|separately|elsewhere|moreover|in addition|for its part|in parallel|"
    r"then|finally|also|and|but|cependant|par ailleurs|de son côté|de leur côté|enfin|ainsi|"
    r"en outre|en parallèle|puis|ensuite|de plus|aussi|et|mais)\b,?\s+",
    re.IGNORECASE,
)
_NAME = re.compile(
    r"[A-Z\u00c0-\u00de][\w&.-]*[\w&](?:[ -](?:[A-Z\u00c0-\u00de0-9][\w&.-]*[\w&]|[A-Z0-9]))*"
)
# What opens a news item before its first sentence: "PARIS (Reuters) -", "Sept. 11 (UPI) --",
# "(CTN NEWS) – TOKYO –", "PARIS:", "NEW YORK", and a lead-in label ("Zoom out:", "- ").
# A place may come before the day, and a doubled dash may touch the first word ("Nagoya,
# Feb. 5 (Jiji Press)--Toyota ...").
_DATELINE_OPENING = re.compile(
    r"^\s*(?:[-•*]\s+)?(?:\([^()]{1,30}\)\s*[-–—]+\s*)?"
    r"(?:(?:[A-Z][A-Z .'-]{1,30}?|(?:[A-Z][\w .'-]{1,30}?,\s+)?[A-Z][a-z]{2,4}\.? \d{1,2})\s*"
    r"(?:\([^()]{1,30}\))?\s*(?:[-–—]{1,2}|:)(?:\s+|(?<=--|.—)(?=[A-Z])))?"
    r"(?:[A-Z][\w'’ ]{1,24}:\s+(?=[A-Z]))?"
)


# Dates that are no one's promise (see extract._judge_cues): a plan someone criticises or
# opposes ("criticized AENA's plans to hike charges"), what earlier reports or rumours said,
# a share expected of a whole ("expects 5G to account for 35% of data"), a share as the
# subject ("40% des voitures seront électriques").
_OPPOSED = re.compile(
    r"\b(?:critici[sz]\w*|oppos\w*|contest\w*|condemn\w*|protest\w*|object\w* to|"
    r"reject\w*|denounc\w*|dénon[cç]\w*|critiqu\w*|s'oppos\w*|conteste?\w*)\s+"
    r"(?:[\w'’-]+\s+){0,3}$"
)
# A promise its own sentence says is given up or overdue: "has backed down from its election
# promise to deliver ... by 2021", "reneged on its pledge to", "the plan to build 40 new
# hospitals by 2030 was behind schedule", "promised 40 new hospitals by 2030; it now transpires
# that half of them will not even have started by then". The plan is told to be broken, not
# made. Not when it is refused ("would not back down from its pledge", "refused to back down
# on", "had no intention of going back on its promise": the promise is kept); and going back
# on something is giving up only a promise ("go back on the tracks" is a return).
_NOT_GIVING_UP = "".join(
    rf"(?<!\b{words} )"
    for words in (
        *("not", "never", "won't", "don't", "doesn't", "didn't", "not to", "never to"),
        *("refused to", "refuses to", "refuse to", "refusing to", "intention of"),
    )
)
_GIVEN_UP_BEFORE = re.compile(
    rf"{_NOT_GIVING_UP}\b(?:back(?:ed|s|ing)? down (?:from|on)|reneg(?:ed|es|ing|e) on|"
    # The promise right after, in these words or as the phrase itself ("its pledge to").
    r"(?:went|goes|go|going|gone) back on(?=\s+(?:[\w'’-]+\s+){0,2}?(?:promises?|pledges?|"
    r"commitments?|word|vows?|undertakings?)\b"
    # Or the phrase itself after its determiner: "went back on a 2021 promise to".
    r"|(?:\s+(?:a|an|the|its|their|his|her|\d{4}|earlier|previous|election))*\s+$))"
    r"\s+(?:[\w'’-]+\s+){0,4}$"
)
# Only the promise's own clause: not something else late after a subordinator ("even though
# the tram order is behind schedule"), and "by then" said of the promised things by a pronoun
# ("half of them will not"), not of another ("the old one will not close by then").
_OVERDUE_AFTER = re.compile(
    r"(?:(?!\b(?:though|although|after|while|whose|because|as(?!\s+part\b)|since|when|whereas|"
    r"but)\b)"
    r"[^.;,]){0,100}?\b(?:was|is|were|are|remains?|remained)\s+(?:(?:already|now|well|far|"
    r"still|badly|seriously)\s+)?behind schedule\b"
    r"|[^.;]{0,100};[^.;]{0,100}?\b(?:it|they|them|these|those)\s+(?:(?:still|even|also)\s+)?"
    r"(?:will not|won't|would not|wouldn't)\b[^.;]{0,60}?\bby then\b"
)
_EARLIER_REPORTS = re.compile(
    # Not rumours "of" something else: "Amid recent rumors of the Chiefs leaving, the team
    # revealed plans ... set to be ready for 2026".
    # Reports the organisation confirms are its own word: "Boeing has confirmed earlier
    # reports that its 777X will be delayed until 2027".
    r"(?<!confirmed )(?<!confirms )(?<!confirming )(?<!confirmed the )(?<!confirms the )"
    r"(?<!confirming the )"
    r"\b(?:previous|earlier|past|prior|some|recent|media) (?:reports?|rumou?rs?)\b(?! of\b)|"
    r"\brumou?rs? (?:had |have )?(?:said|suggested|claimed)\b|\baccording to (?:earlier |"
    r"previous )?(?:reports|rumou?rs)\b|\bselon (?:des|les|certaines) (?:rumeurs|informations)\b"
    # What a report claims or suggests, or what "was reported": the press's word, not the
    # organisation's ("A new report from The Wall Street Journal claims that Apple will ...",
    # "Reports circulating online suggest that ...", "it was reported that the link will").
    r"|\breports?\b[^.;:]{0,60}?\b(?:claims?|claimed|suggests?|suggested)\b"
    r"|\bit (?:was|has been|had been|is) (?:widely )?reported\b"
    r"|\bil (?:a|avait) été rapporté\b"
    # Unnamed sources and what a report is taken to show: "Sources in Taiwan say Apple plans
    # to", "Based on a new report, X is planning".
    r"|\bsources?\s+(?:in|close to|familiar with|inside|within|say|said|says|tell|told)\b"
    r"|\bbased on (?:a|an|the) (?:new |recent |latest )?reports?\b"
)
# Hearsay about an organisation's plans: "A goal of about 50 deliveries for 2019 is believed
# to be the target"; and what a statement was read to mean, the readers' inference, not the
# organisation's word: "this was widely taken to mean the plant would open in 2026"; and what
# the press reports of its plans.
_HEARSAY = re.compile(
    r"\b(?:is|are|was|were) (?:widely |generally )?(?:believed|rumou?red|understood|thought) "
    r"to\b|\b(?:serait|seraient) (?:selon (?:des|certaines) rumeurs)"
    r"|\b(?:is|are|was|were|been) (?:widely |largely |generally |often )?(?:taken|read|"
    r"interpreted|understood) (?:to mean|as meaning)\b"
    # What the press reports of it, not the organisation's word: "..., according to
    # TechCrunch reporting", "according to press reports".
    r"|\baccording to (?:[\w'’.-]+ ){1,3}reporting\b|\baccording to (?:press|media|news) reports\b"
    # Or what analysts make of them: "Tesla is poised to start deliveries in the first
    # quarter, according to research out Tuesday from Deutsche Bank".
    r"|\baccording to (?:(?:new|fresh|a|an|the) )?(?:research|research notes?|analyst notes?|"
    r"analysts?|analysts' estimates|estimates by analysts)\b"
    r"|\bselon (?:les |des |certains |une note d'|la note d')?analystes?\b"
    # Or what a study forecasts: "Mid-sized miners will invest US$2bn through 2031, according
    # to a study by the copper commission" (a sum over many, no one's commitment).
    r"|\baccording to (?:a|an|the) (?:new |recent |latest )?(?:study|survey|forecast|"
    r"projection|estimate)s?\b|\bselon une (?:nouvelle |récente )?(?:étude|enquête|projection)\b"
    # Or what onlookers make of them: "..., according to market watchers".
    r"|\baccording to (?:market|industry) (?:watchers|observers|insiders)\b"
    # Or what a news site or the sources of a report say, or reports taken as true:
    # "..., selon le site Gizmochina", "according to the sources cited in the report", "if
    # reports are true, X will ..." (not the organisation's own site: "selon le site de").
    r"|\bselon le site (?!(?:web |internet )?(?:de|du|des|d'|officiel)\b)"
    r"|\baccording to the sources\b"
    r"|\bif (?:the )?(?:reports|rumou?rs) (?:are|prove) (?:true|accurate|correct)\b"
    # Or unnamed sources given after the plan, and what "the report" says: "..., industry
    # sources said on Jan. 9", "As per the report, X is expected to", "..., a déclaré une
    # source à Bloomberg", "..., rapporte une source" (a spokesman is the organisation's).
    r"|\b(?:industry |unnamed |anonymous |defen[cs]e |military )?sources (?:said|say|told)\b"
    r"|\bas per (?:a|an|the) (?:new |recent |latest )?reports?\b"
    r"|\b(?:a déclaré|a indiqué|indique|rapporte|avance|a précisé)(?: \w+)? une source\b"
    # Or a date set before its clause, whose main verb is a conditional of hearsay: "Attendue
    # pour 2020, la voiture reposerait sur la plateforme du groupe" tells what is said of it
    # ("devrait", an expectation, and "pourrait", a hedge, are read as such).
    r"|^\W*(?:attendue?s?|prévue?s?|annoncée?s?|programmée?s?) [^,;.]{1,40}, "
    r"(?:[^,;.]{0,60}? )?(?!devr|pourr)[a-zà-ÿ]{2,}r(?:ait|aient)\b"
)
# A doubt that something will happen is no promise of it: "it seems unlikely that the target
# will be reached by 2025", "il paraît peu probable que la ligne ouvre en 2026".
_DOUBT = re.compile(
    r"\b(?:it|this|that|il|cela|ça) (?:(?:now |still )?(?:seems|looks|appears|is|remains)|"
    r"(?:semble|paraît|est|reste)) (?:(?:very|highly|increasingly|très|fort|bien) )?"
    r"(?:unlikely|doubtful|improbable|peu probable|douteux) (?:that|que|qu')"
    # Or that nobody knows: "It is not immediately clear how many jets X will take in 2020",
    # "il n'est pas encore certain que", "on ignore encore si".
    r"|\b(?:it|il) (?:is|was|remains|n'est|n'était)(?: still| yet| pas| encore)*"
    r"(?: (?:not|n't))?(?: (?:yet|immediately|entirely|encore))? "
    r"(?:clear|unclear|known|certain|sure|clair|certain|sûr) (?:how|whether|when|if|what|"
    r"que|qu'|si)\b"
    r"|\bon (?:ignore|ne sait pas)(?: encore)? (?:si|quand|combien|comment)\b"
    # Or that the organisation would not say: "declined to comment on whether the rollout
    # would be completed", "a refusé de préciser si".
    r"|\b(?:declined|refused|would not|wouldn't|did not|didn't|could not|couldn't) (?:to )?"
    r"(?:comment|say|confirm|disclose|specify|indicate)(?: on)? (?:whether|when|if|how)\b"
    r"|\b(?:a |ont )?(?:refusé|refuse|refusent) de (?:dire|confirmer|préciser|indiquer|"
    r"commenter) (?:si|quand|combien)\b"
)
# A sentence that opens on the decision just told and the day it was made public: "This
# decision, made public on May 13, 2025, aims to ...", "Cette décision, annoncée le 3 mars,
# ...". The promises of the sentence before it were made that day.
_DECISION_MADE_PUBLIC = re.compile(
    r"\W*(?:this|that|the|cette|la) (?:decision|announcement|delay|postponement|décision|"
    r"annonce|report)\s*,\s*(?:(?:first |officially )?(?:made public|announced|revealed|"
    r"confirmed|unveiled)|rendue? publique|annoncée?|dévoilée?|officialisée?)\s+"
    r"(?P<when>[^,;.]{3,40}?)\s*,"
)
# A sentence that only says when the decision just told was made known: "This decision was
# voiced on Monday during the national conference", "Cette décision a été annoncée lundi lors
# du conseil". The promises of the sentence before it were made that day, even across a
# paragraph's end (a wire story sets each sentence apart).
_DECISION_TOLD_ON = re.compile(
    r"\W*(?:this|that|the|cette|la) (?P<what>decision|announcement|plan|décision|annonce)\s+"
    r"(?:was|had been|a été|avait été)\s+(?:first |officially )?(?:made public|announced|"
    r"voiced|revealed|unveiled|made|taken|confirmed|rendue? publique|annoncée?|prise|"
    r"dévoilée?|officialisée?)\s+(?P<when>[^,;.]{3,40}?)"
    r"(?=\s+(?:during|at|in|by|lors|au cours|devant|par)\b|\s*[,;.]|\s*$)"
)
# A sentence that only says when and where the speaker made the remarks just told: "Rosenthal
# made the remarks during a public conversation in Dubai on Tuesday evening", "Le ministre a
# tenu ces propos mardi lors d'une visite". The promises of the sentence before it were said
# then, as after "This decision was voiced on Monday".
_REMARKS_MADE_ON = re.compile(
    r"\W*(?P<who>(?:[\w'.-]+\s+){1,4}?)"
    r"(?:made|gave|delivered|(?:a|ont|avait|avaient) (?:tenu|fait))\s+"
    r"(?:the|these|those|his|her|their|ces|ses|leurs)\s+(?P<what>remarks|comments|propos|"
    r"déclarations|remarques)\b(?P<when>[^;.]{3,160})"
)
# A remark of the writer's on what was just told, opening on a word pointing back to it:
# "That is earlier than Disney had previously indicated", "C'est plus tôt que prévu".
_A_REMARK_ON_IT = re.compile(
    r"\W*(?:(?:that|this|it)\s+(?:is|was|would be|will be|means|meant|marks|comes|came)"
    r"|c'est|c'était|ce serait|cela|ça)\b"
)
# What continues into a period: "That growth is expected to continue into the end of the
# decade" is a trend, not a deadline.
# A trend or a span that goes on to a date ("continue into 2030", "un plan qui s'étendra
# jusqu'à la fin de l'année", "un processus qui devrait perdurer jusqu'en 2042") says how long
# it lasts, not what is done by then.
_CONTINUES_INTO = re.compile(
    r"\b(?:continu\w*|s'étend\w*|perdur\w*) (?:into|until|through|jusqu'(?:en|à|au))\s+$"
)
# An output forecast: an amount of a commodity given as a range, in a year ("expected to
# produce between 5,000 and 7,000 tonnes of nickel in 2013", "375,000 to 435,000 tonnes of
# copper this year", "une production de 100 000 à 110 000 onces pour 2017"). A producer's
# guidance for the year, revised as it goes, not a promise of something done by a date; what
# the range is for and its year stand in one clause. The units in French too.
_AMOUNT_WORD = r"\d[\d.,\u00a0\u202f ]*(?:\s*(?:million|billion|millions?|milliards?)\b)?"
_OUTPUT_RANGE = re.compile(
    rf"\b(?:between |entre )?{_AMOUNT_WORD}\s*(?:to|and|-|–|à|et)\s+{_AMOUNT_WORD}\s*"
    r"(?:de |d')?(?:metric |wet |dry )?(?:tonnes|tons|ounces|onces|oz|barrels|barils|pounds|"
    r"lbs|carats|gigalit(?:re|er)s|megalit(?:re|er)s|t)\b[^.;:!?\d]{0,60}$"
)
# How long a state or a pace goes on: "will continue to provide updates for the next five
# years", "will produce 45 gigalitres annually for the next 25 years". A term, not a date by
# which something is done.
_GOES_ON_FOR = re.compile(
    r"\b(?:continu\w*|annually|a year|per year|each year|every year|par an|chaque année)\b"
    r"[^.;:]{0,80}?\b(?:for|pendant|durant) (?:the )?$"
)
# An anniversary marked: "will celebrate its 50th anniversary in June 2021", "En 2013, nous
# fêterons les 50 ans de l'usine". The calendar brings the day; no one promises it.
_ANNIVERSARY = re.compile(
    r"\b(?:celebrat\w*|mark(?:s|ed|ing)?|fêt\w*|célébr\w*)\s+(?:its|their|our|the|his|her|son|"
    r"sa|ses|leurs?|nos|notre|les|le)\s+(?:\d+\w*|[a-z]+(?:th|st|nd|rd|ième|e))?\s*"
    r"(?:anniversary|anniversaire|ans|years|birthday)\b"
)
# A span of years right after a plan's or a law's noun names it: "le plan sida 2010-2014",
# "la Loi de programmation militaire [LPM] 2019-25": when it runs by its title, not a
# deadline the sentence sets ("sur la période 2014-2017" is one).
_NAMED_PLAN_BEFORE = re.compile(
    r"\b(?:plan|loi|law|act|programme|program|contrat|contract|stratégie|strategy|pacte|pact|"
    r"schéma|budget)\b(?:\s+(?!(?:pour|sur|en|d'ici|from|for|by|in|over|until|entre|"
    r"between|de la période|du|during|pendant)\b)[\w'\[\]()-]+){0,4}\s+$"
)
_SHARE_EXPECTED = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,4}?to (?:account for|make up|represent|reach|be) "
    r"(?:about |around |roughly |over |more than |nearly )?\d[\d.,]*\s?(?:%|per ?cent)"
)
_SHARE_SUBJECT = re.compile(r"\d[\d.,]*\s?(?:%|per ?cent|pour ?cent)\s+(?:of|des|de|du|d')\b")
# "by" and a bare amount of time measures a gap ("late by two years", "miss by a decade"); a
# deadline counts from a day ("within two years", "by the end of the decade").
_MARGIN = re.compile(
    r"by (?:(?:approximately|about|around|roughly|some|nearly|almost|at least|more than|over|"
    r"up to) )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+) "
    r"(?:days?|weeks?|months?|quarters?|years?|decades?)"
)
# "plutôt en 2026 qu'en 2024", "in 2026 rather than 2024": the date after "que"/"than" is set
# aside.
_RATHER_THAN = re.compile(
    r"\bplutôt\b[^.;]{0,60}\bqu(?:e|')\s*(?:en\s+|à\s+|au\s+)?$|\brather than\s+(?:in\s+|by\s+)?$"
    # "will debut on July 31, instead of Memorial Day weekend, May 22", "au lieu du 3 mars":
    # the date replaced, maybe after the occasion it fell on.
    r"|\b(?:instead of|au lieu d(?:e|u|es|')|à la place d(?:e|u|es|'))\s*"
    r"(?:(?:in|on|by|the|en|le|la)\s+)?(?:[^,.;]{1,40},\s+)?$"
)
# An action a plan names without a verb ("first delivery Q4 2026", "clôture à la mi-juin").
_ACTION_NOUN = re.compile(
    r"\b(?:launch|opening|closure|deliver(?:y|ies)|deployment|roll-?out|completion|"
    r"commissioning|introduction|lancement|ouverture|fermeture|clôture|livraisons?|"
    r"déploiement|mise en (?:service|production|route)|intégration|généralisation|démarrage|"
    r"extinction|arrivée|"
    # Works: "la construction d'une nouvelle aérogare de fret pour 2018", "the expansion of
    # the terminal by 2027", "l'agrandissement des salles … pour août 2018".
    r"construction|agrandissement|réaménagement|rénovation|réhabilitation|extension|"
    r"mise aux normes|achèvement|modernisation|inauguration|expansion|"
    r"renovation|refurbishment|upgrade|"
    # The start of works, as their launch: "Début des travaux le 28 novembre", "start of
    # construction in 2026" (not "début" alone, a time: "début 2026", "au début de l'année").
    r"début (?:des travaux|du chantier|de la construction)|"
    r"start of (?:the )?(?:works|construction))\b"
)
# A word that is part of a date, to find a verbless item's date cheaply.
_DATE_WORD = re.compile(
    r"\b(?:19|20)\d\d\b|\b[qhts][1-4]\b|\bmi-\w+|\b(?:janvier|février|mars|avril|mai|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|june|"
    r"july|august|september|october|november|december)\b"
    # A time named by the year it falls in or its season, with no figure: "Livraison avant la
    # fin de l'année", "ouverture au printemps prochain", "launch later this year".
    r"|\b(?:l'année|l'an prochain|this year|next year|the year|printemps|automne|hiver|"
    r"trimestre|semestre|spring|summer|autumn|winter|quarter)\b"
)
# Expected results are no promise: "des revenus substantiels attendus au second semestre",
# "promet un chiffre d'affaires de l'ordre du milliard dans les trois à cinq ans".
_RESULTS = re.compile(
    r"\b(?:revenues?|earnings|profits?|ebitda|turnover|margins?|returns|chiffre d'affaires|"
    r"revenus|bénéfices?|recettes|résultats|rentabilité|"
    # A study's findings: "Ses conclusions sont attendues pour la fin de cette année".
    r"conclusions|findings)\b"
)
