"""The words around the periods found: ranges, anchors, negations, moves, events.

`parser._scan` first reads every period on its own; the functions here then read the words
between and before them, in the folded text:

- two periods joined by "or", "and", "to", "-", "/", "ou", "et", "a" (and framed by
  "between/entre", "from/de") are one range, from the start of the first to the end of the
  last; a period without a year takes its neighbour's ("June or July 2025");
- "from A to B" after a verb of a move ("postponed from 2029 to 2030") is B; without one,
  two whole periods are refused as ambiguous (a move, or a range?);
- a span anchored on a day ("six months beginning June 15th") counts from that day; one
  anchored on an event ("a compter de la promulgation", "two days later") is refused;
- a negation before a period denies it ("not in 2025", "au lieu de debut 2026"), except
  before "by", "before" and "after", whose reading it turns round;
- "delayed until 2027" is a move to 2027 (in), not "by 2027"; a period named as "the
  deadline" is a "by"; a year that names an event ("les jeux Olympiques de 2024") is refused;
- a period in brackets after another says it more precisely ("d'ici cet ete (juin)");
- a plan given up ("initialement prevu pour le 18 mars") with no year is the occurrence
  nearest the stated date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from language.text import APOSTROPHE_SIGNS

from .lexicon import (
    _DEADLINE_NOUN,
    _EVENT_NOUNS,
    _EXPECTED_TO_CLOSE,
    _JOINERS,
    _JOINERS_MOVE,
    _JOINERS_TO,
    _KEEPS_TO,
    _MONTH,
    _MOVE,
    _NEGATION,
    _NEGATION_STOP,
    _NUMBER,
    _RANGE_OPENERS,
    _SPAN_ANCHORS_EVENT,
    _SPAN_ANCHORS_START,
    _WEEKDAY,
    _alternation,
    _rx,
)
from .periods import _add, _Groups, _month_end, _Period, _Reject, _said_ahead, _Span
from .reading import _Candidate, _read, _Reading, _with_part
from .window import Precision, Qualifier

Spans = list[tuple[int, int]]


@dataclass
class _Item:
    """A match in the text: read, declined (a period that needs a qualifier), or refused."""

    candidate: _Candidate
    reading: _Reading | None
    error: str | None = None


@dataclass
class _Outcome:
    """One deadline expression: a reading, a range of two, an anchored span, or an error."""

    start: int
    end: int
    first: _Reading | None = None
    last: _Reading | None = None
    qualifier: str | None = None
    anchored_on: tuple[dt.date, bool] | None = None  # (day, whether the span starts on it)
    error: str | None = None
    used: Spans = field(default_factory=list)  # words read outside [start, end)


# A time of day may follow the first day: "du 12 avril 2017 a 17:00 au 31 mai 2017", "de
# vendredi soir, samedi et dimanche".
_TIME = (
    r"(?:\s*,?\s*(?:a|at)?\s*\d{1,2}(?::\d\d|\s*h\s*\d{0,2})(?:\s*[ap]\.?m\.?)?"
    # ("du samedi 8 avril midi au lundi 10 avril": noon and midnight are times of day too.)
    r"|\s+(?:soir|matin|apres[~-]midi|midi|minuit|morning|afternoon|evening|night|noon"
    r"|midnight))?"
)
_TIME_ONLY = re.compile(rf"{_TIME}\s*", re.ASCII)
_JOINER = re.compile(rf"{_TIME}\s*,?\s*(?P<j>{_alternation(_JOINERS)})\s*,?\s*", re.ASCII)
_TO_WORDS = frozenset(_JOINERS_TO)
_AND_ONLY = re.compile(r"\s*,?\s*(?:and|et)\s*", re.ASCII)
# "au mieux en mai 2021, au pire en 2023", "at best in 2027, at worst in 2029".
_AT_WORST = re.compile(
    r"\s*[,;]?\s*(?:(?:and|or|et|ou)\s+)?(?:au pire|at worst|dans le pire des cas"
    r"|in the worst case)\s*,?\s*",
    re.ASCII,
)
# "dès ce mardi, et ce jusqu'au 3 avril": French "et ce" stresses the end that follows a start.
_AND_CE = re.compile(r"\s*,?\s*et ce\s*", re.ASCII)
_BRACKETED = re.compile(r"\s*\([^()]{1,60}\)\s*", re.ASCII)
# Hours in brackets after a day: "du mardi 27 (de 9h à 17h) au vendredi 30", "December 27
# (9 a.m. to 5 p.m.)". The last hour says it is one (h, a colon, am or pm).
_HOUR = r"\d{1,2}(?::\d\d|\s*h\s*\d{0,2}|\s*[ap]\.?m\.?)"
_HOURS_BRACKET = re.compile(
    rf"\s*\(\s*(?:(?:de|from|des|entre|between)\s+)?(?:\d{{1,2}}(?::\d\d|\s*h\s*\d{{0,2}})?"
    rf"(?:\s*[ap]\.?m\.?)?\s*(?:a|-|to|until|et|and|jusqu'a)\s*)?{_HOUR}\s*\)",
    re.ASCII,
)
# "depuis 2003 et jusqu'en 2010", "since March and until June": a start, then the end.
_SINCE_BEFORE = re.compile(r"(?<![\w'])(?:since|depuis)\s+(?:le\s+|the\s+)?$", re.ASCII)
_FROM_BEFORE = re.compile(r"(?<![\w'])(?:from|de|du|d')\s*(?:ce\s+|cette\s+|the\s+)?$", re.ASCII)
_OPENER = re.compile(
    rf"(?<![\w'])(?P<w>{_RANGE_OPENERS})\s*(?:(?:the|le|la|les)\s+|l'\s*)?"
    # "from the previously communicated end of August to the end of November": the date
    # left, said to be the one given before.
    r"(?:(?:previously|originally|initially|earlier|formerly)\s+(?:communicated|announced"
    r"|planned|scheduled|set|expected|targeted|stated)\s+(?:the\s+)?"
    # "from the scheduled kickoff in November", "from a planned in-service date of Dec. 13":
    # the date left, told as the plan it was, with its noun.
    r"|(?:a\s+|an\s+|its\s+|their\s+)?(?:original|initial|planned|scheduled|expected"
    r"|targeted|previous)\s+(?:[a-z-]+\s+){0,2}(?:(?:in|of|on|for)\s+)?)?$",
    re.ASCII,
)
# An aside after a range's first period: in brackets, between dashes or between commas.
_ASIDE_RX = re.compile(r"\s*(?:\([^()]{1,60}\)|-{1,2}\s[^-]{1,60}\s-{1,2}|,[^,]{1,60},)", re.ASCII)
_BETWEEN = ("between", "entre")
# Joiners that offer the second period as an alternative to the first, not a range's end.
_ALTERNATIVE_RX = re.compile(
    r"\b(?:or|ou|voire|possibly|perhaps|maybe|probably|probablement|if not|sinon|peut|soit)\b"
)
# Joiners that name a later alternative as the worse case: "voire", "or even".
_ESCALATIONS = frozenset({"or even", "voire", "ou meme", "if not", "sinon"})
_FROM_WORDS = frozenset({"from", "as from", "starting", "starting in", "starting from",
                         "beginning in", "des", "a partir de", "a partir du", "a partir d'",
                         "a compter de", "a compter du", "a compter d'"})  # fmt: skip
# ("delayed up to the end of the third quarter": "up to" after a move is its "until".)
_UNTIL = re.compile(r"(?:until|till|'?til|up until|up to(?! and)|jusqu)", re.ASCII)
# A range's first day read with its "du" or "from" and its weekday: "du vendredi 2 au lundi 26".
_FROM_WEEKDAY = re.compile(rf"(?:du|from)\s+{_WEEKDAY}\b", re.ASCII)
_STARTS_FROM = _FROM_WORDS | {"starting on", "beginning on", "effective"}
_EXTENDED = re.compile(r"(?:extend|extension|prolong|prorog)", re.ASCII)
_MOVE_RX = re.compile(_MOVE, re.ASCII)
# "from" opening a period: after a move, the date left behind.
_LEFT_FROM = re.compile(r"(?:from|de|du|d'(?!ici\b))\s*\b", re.ASCII)  # "d'ici" is "by"
# A "to" inside that period's words: the new date is named ("from 2025 to 2027").
# (reading._MOVED_TO is another thing: a move verb before a "to".)
_TO_INSIDE = re.compile(r"\s(?:to|into|until|till|a|au|aux|jusqu)\b", re.ASCII)
# Words that say "from A to B" is a stretch of time, not a move: "covering", "allant de".
_EXTENT_RX = re.compile(
    r"\b(?:(?:period|periode)\s+)?(?:cover(?:s|ing)?|span(?:s|ning)?|rang(?:es|ing)"
    r"|run(?:s|ning)?|allant|couvr(?:e|ent|ant|ir)|s'etend(?:ant)?"
    r"|s'etal(?:e|ant|ent|er|era|eront))\b"
    r"|\b(?:period|periode)\b"
    # "realises en 4 phases successives de 2022 a 2035", "built in stages from 2026 to 2029":
    # work spread over stages runs the whole range.
    # So does a thing phased in: "Phasing from 2030 to 2035", "phased in from 2026 to 2028".
    r"|\b(?:phases?|phas(?:ing|ed)|stages?|etapes?|tranches?|successive?s?)\b"
    # Works that take place over a stretch: "les travaux se dérouleront de mai 2022 à août 2025".
    r"|\bse deroul(?:e|ent|era|eront|ant)\b"
    # ...or are spread or last over it: "s'échelonneront de 2026 à 2028", "durera de mai à août".
    r"|\bs'echelonn(?:e|ent|era|eront|ant)\b|\bdur(?:e|ent|era|eront|ant)\b"
    r"|\b(?:will )?(?:run|last|span)s?\b",
    re.ASCII,
)
# "over seven years, from 2024 to 2030": a count of years just before a from-to names its length.
_COUNTED_YEARS_RX = re.compile(r"\b(?:years|ans|annees)\s*[,:(]\s*$", re.ASCII)
# "de 2026 a 2028 inclus", "from 2026 to 2028 inclusive": the last one counted in, a range.
_INCLUSIVE_RX = re.compile(r"\s*,?\s*\(?(?:inclus(?:e|es)?|inclusive(?:ly)?|compris)\b", re.ASCII)
_NEGATION_RX = re.compile(_NEGATION + r"\b", re.ASCII)
_DETERMINER_AT = re.compile(r"(?:the|its|their|our)\s+(?=\d)", re.ASCII)
_DEADLINE_RX = re.compile(_rx(_DEADLINE_NOUN), re.ASCII)
# A second date whose verb and noun are left out: "... is December 2026 and for the south
# depot early 2026", "... et pour le dépôt sud début 2026".
_ELLIPSIS_FOR = re.compile(
    r"\d{4},? (?P<left>(?:and|et) (?:for|pour) (?:the |its |le |la |l'|les |son |sa )?"
    r"(?:[\w'-]+ ){1,3})$"
)
_SENTENCE_STOP = re.compile(r"[.;:!?]\s|\bbut\b|\bmais\b")
_DATE_WORD = re.compile(r"date\b", re.ASCII)
# The nouns that name a deadline itself rather than the day a thing is done by.
_A_DEADLINE_ITSELF = re.compile(
    r"deadlines?|due date|cut~off(?: date)?|date limite|date butoir|echeance|delai|last date",
    re.ASCII,
)
_HEADED_BY_DEADLINE = re.compile(
    rf"(?:{_rx(_DEADLINE_NOUN)}|\b(?:target|goal|objectif|due)"
    # "target completion is May 2027": the thing aimed at named after it, as "the completion
    # target is" names it before.
    # "Objectif livraison : mai 2027": the French noun after it too.
    r"(?:\s+(?:completion|opening|delivery|handover|finish|livraison|ouverture|achevement"
    r"|mise en service))?)"
    # "Date limite de dépôt des offres : 17/04/2026": a few words may say whose deadline.
    r"(?:\s+(?:[a-z'-]+\s+){0,3}?(?:de|des|du|d'|for|of)\s*[a-z'-]+"
    # "The original target to re-open the arena was June 2021": what is aimed at, a verb
    # after "to" and its object.
    r"|\s+to\s+[a-z'-]+(?:\s+[a-z'-]+){0,3}?)?"
    # "Our target is 2030", "L'objectif, c'est 2028": the target named by "is", or by "was"
    # when it is given up, as "2027 was the original deadline" is; "by the established
    # deadlines - April 15": a dash as the colon.
    r"(?:\s*:\s*|\s+[-\u2013\u2014]\s+|\s*,?\s+(?:is|was|remains|c'est|est|reste)\s+)"
    r"(?:(?:le|la|the)\s+)?$",
    re.ASCII,
)
# "une date butoir avait été fixée, le 30 juin", "a deadline was set: June 30": the noun, a
# verb of setting it, then its date after a comma.
# Or the noun, a comma, then the verb: "la date limite, fixée au 29 août", "the deadline,
# set for March 3".
_SETTING = r"(?:fixee?s?|set|fixed|arretee?s?|retenue?s?)"
_DEADLINE_SET_COMMA = re.compile(
    rf"{_rx(_DEADLINE_NOUN)}(?:[^,.;:!?]{{0,50}}?\b{_SETTING}\s*[,:]|\s*,\s*{_SETTING})"
    r"\s*(?:(?:le|la|the)\s+)?$",
    re.ASCII,
)
_KEEPS_TO_RX = re.compile(_rx(_KEEPS_TO), re.ASCII)
# A deadline said to be missed, its date before its noun: "would miss the June 2019 deadline".
_MISSES_BEFORE = re.compile(
    r"\bmiss(?:es|ed|ing)?\s+(?:(?:the|its|their|this|that)\s+)?$",
    re.ASCII,
)
# What a negation says will be missed, between it and the period: "will not be delivered in
# time for the 2019 summer season".
_IN_TIME_FOR = re.compile(r"\b(?:in time for|a temps pour|a temps avant)\b")
_EXPECTED_TO_CLOSE_RX = re.compile(_rx(_EXPECTED_TO_CLOSE), re.ASCII)
# "le festival de 2024", "the 2024 summit"; not "le festival se deroulera du 13 au 18 aout",
# "le salon aura lieu du ...": a verb between the event and the date gives the event's date.
_EVENT_BEFORE = re.compile(
    rf"\b(?:{_rx(_EVENT_NOUNS)})(?:\s+(?!(?:se|s'|aura|auront|will|is|are|was|be|lieu)\b)"
    rf"[a-z'-]+){{0,3}}?\s+(?:(?:de|of|du)\s+|d')?$",
    re.ASCII,
)
# "at" a name written with a capital right before a year: "at CES 2013", "au Computex 2025".
# Its name may run to a few capitalised words, joined by a particle and set in quotes: "at
# Subsea Connect 2024", "aux « Pierres d'Or » 2021" (written with any sign for its apostrophe).
_AT_A_NAMED_EVENT = re.compile(
    r"\b(?:[Aa]t|[Aa]ux?)\s+(?:[«\"\u201c]\s*)?[A-Z][\w&/-]*"
    r"(?:\s+(?:(?:de|du|des|of)\s+"
    rf"(?:la\s+|l{APOSTROPHE_SIGNS})?|d{APOSTROPHE_SIGNS})?[A-Z][\w&/-]*){{0,3}}"
    r"(?:\s*[»\"\u201d])?\s+$"
)
# An event's edition named by its year, right before or after it: "l'édition 2024", "the 2025
# edition" (not "its 80th edition in 2027", whose "in" dates the edition).
_EDITION_BEFORE = re.compile(r"\bedition\s+$", re.ASCII)
_EDITION_AFTER = re.compile(r"\s+edition\b", re.ASCII)
# Hosting an event, whose year is then when it is hosted.
_HOSTS = re.compile(
    r"\b(?:host|hosts|hosting|to stage|staging|accueillir|accueillera|accueilleront|organiser"
    r"|organisera|organiseront|co-?organiser)\b(?:\s+[a-z']+){0,4}\s*$",
    re.ASCII,
)
# ("the 2023 Women's World Cup": a possessive among the words of the name.)
_EVENT_AFTER = re.compile(rf"\s+(?:[a-z]+(?:'s?)?\s+){{0,2}}(?:{_rx(_EVENT_NOUNS)})\b", re.ASCII)
_SEASON_OF_A_YEAR = re.compile(r"\s+(?:[a-z]+\s+)?season\b", re.ASCII)
_FOUR_DIGITS_AT_END = re.compile(r"(?<![\d/-])(?:19|20|21)\d\d$", re.ASCII)
# A span "of" or "de" a period: the genitive, read as a stretch of a period longer than a
# month ("three months of 2022"), as a count from a day ("within 90 days of 1 July 2025").
_SPAN_ANCHORS_OF = frozenset({"of", "de", "d'"})
_LONGEST_MONTH = 30
# A number after "de"/"from" that no rule reads as a date: a quantity ("de 20 a 30 millions").
_QUANTITY = re.compile(r"\s*\d", re.ASCII)
_ARTICLES = re.compile(r"(?:\s|the\b|le\b|la\b|les\b|l')*", re.ASCII)
_WORD = re.compile(r"[\w'-]+")
# What may stand between a date and the words that deny it in its own sentence: a few words,
# and an aside between dashes.
_BEFORE_ITS_DENIAL = r"[^.;!?]{0,60}?(?:\s-\s[^-.;!?]{1,60}?\s-\s*\"?)?"
# A date denied after it is named: "commercial operation in 2022 is no longer expected",
# "<< debut 2026 >>, mais la encore, ce ne sera pas le cas", in the same sentence or at the
# start of the next one ("annoncee pour 2019. Il n'en sera rien"), past an aside between
# dashes ("September 2020 for the two new reactors - already three years behind schedule - do
# not appear to be achievable").
_DENIED_AFTER = re.compile(
    rf"(?:{_BEFORE_ITS_DENIAL}|"
    r"[^.;!?]{0,20}?[.;!?]\s*(?:(?:mais|but|however)\s*,?\s*)?(?:[a-z']+\s+){0,2}?)"
    r"(?:(?:\b(?:is|are|was|were|will|would)\s+(?:no longer|not|never)\s+(?:(?:now|yet)\s+)?"
    r"(?:be\s+)?"
    r"|\b(?:isn't|aren't|won't|wasn't|isnt|arent|wont|wasnt)\s+(?:be\s+)?|\bn(?:e\s+|'\s*)(?:est|sera|seront|sont|serait)\s+"
    r"(?:plus|pas)\s+)"
    r"(?:expected|planned|possible|feasible|likely|realistic|achievable|the case|le cas"
    r"|prevue?s?|envisageable|realiste|tenable"
    # "the targets for Q2 will not be met", "les objectifs ... ne seront pas atteints".
    r"|met|achieved|reached|atteinte?s?|tenue?s?|respectee?s?)\b(?!\s+(?:to|de|d'|que|qu')\b)"
    # "the April 2026 delivery date ... is unachievable", "l'objectif ... est intenable".
    # So said by a verb of seeming or judging: "now looks unrealistic", "semble aujourd'hui
    # intenable", "is now seen as unachievable", "est jugé irréaliste".
    r"|\b(?:is|are|was|were|est|sont|etait|looks?|seems?|appears?|semblen?t?|paraissen?t?"
    r"|parait|apparaissen?t?|apparait|(?:is|are|was|were)\s+(?:now\s+)?(?:seen|viewed|regarded"
    r"|considered|deemed|judged)(?:\s+as)?|(?:(?:est|sont)\s+(?:desormais\s+)?)?(?:jugee?s?"
    r"|consideree?s?))"
    r"\s+(?:(?:now|desormais|aujourd'hui|deja|increasingly|de plus en plus)\s+)?(?:unachievable"
    r"|unattainable|unrealistic|out of reach|intenable|irrealiste|inatteignable|hors d'atteinte"
    r"|hors de portee|unlikely(?!\s+to\b)|improbable|peu probable(?!\s+que\b))\b"
    # The thing said again by a pronoun and denied: "les livrables d'ici fin juin 2020 ne le
    # seront sans doute pas" (will not be so).
    r"|\bn(?:e\s+|')\s*(?:le|la|les|l')\s*(?:sera|seront|est|sont|serait|seraient)\s+"
    r"(?:(?:sans doute|probablement|certainement|donc|toujours|finalement)\s+)?"
    r"(?:pas|plus|jamais)\b"
    # "il n'en sera rien" (nothing will come of it), "that won't happen".
    r"|\bn'\s*en\s+(?:sera|serait|fut|est)\s+rien\b|\bn'\s*en\s+a\s+rien\s+ete\b"
    r"|\b(?:will not|won't|wont|did not|didn't|didnt|never)\s+happen\b"
    r"(?!\s+(?:without|unless|if)\b))",
    re.ASCII,
)
# In a deadline phrase, a modal denies the date as "will not" does ("the target window of
# 2029 to 2033 could not be achieved"), and so does a verb of seeming denied ("do not appear
# to be achievable"). Not in running text: an article tells the promise ("the promise to
# build 40 new hospitals by 2030 can no longer be met", its critics say).
_MODAL_DENIAL_AFTER = re.compile(
    _BEFORE_ITS_DENIAL + r"(?:\b(?:could|can|may|might)\s+(?:no longer|not|never)\s+(?:be\s+)?"
    r"|\b(?:cannot|can't|couldn't|cant|couldnt)\s+(?:be\s+)?"
    r"|\b(?:do|does|did)\s+not\s+(?:appear|seem|look)\s+(?:to\s+be\s+)?)"
    r"(?:possible|feasible|realistic|achievable|met|achieved|reached|kept)\b"
    # (Not a condition: "cannot be met without new funds".)
    r"(?!\s+(?:to|by|de|d'|que|qu'|without|unless|if|sans|sauf)\b)",
    re.ASCII,
)
# A cheap cue before it: each of its denials has one of these.
_MODAL_DENIAL_CUE = re.compile(
    r"not\b|n't|\bnever\b|\bcan(?:not|t)\b|\bcouldnt\b|\bno longer\b", re.ASCII
)
# A date in a clause that a doubt or a denied belief governs: "je ne suis pas sûr que
# celle-ci sera prête en 2024", "did not believe the present delivery date, of winter
# 2018/2019, could be met". The doubt reaches over commas to the end of its sentence, but not
# past "but" or "mais", which open a clause of their own ("not sure it matters, but the plant
# opens in 2027").
_TO_THE_CLAUSE_END = r"(?:(?!\b(?:but|mais)\b)[^.;!?])*$"
_DOUBT_BEFORE = re.compile(
    r"(?:(?:\bnot|n't|\bnever)\s+(?:sure|certain|convinced)\s+(?:that|whether|if)"
    r"|\bpas\s+(?:sure?|certaine?|convaincue?)s?\s+(?:que|qu')"
    r"|\b(?P<doubt>doubts?|doubtful|dout(?:e|es|ent|ons|ez))\s+(?:that|whether|if|que|qu'))"
    + _TO_THE_CLAUSE_END,
    re.ASCII,
)
# A doubt denied affirms the date: "there is no doubt that", "I do not doubt that", "nul
# doute que", "sans doute que", "il ne fait aucun doute que", "il n'y a pas de doute que".
_DOUBT_DENIED = re.compile(
    r"(?:\b(?:no|not|never|little|without|beyond|nul|aucun|sans|(?:pas|plus|guere)\s+de)|n't)"
    r"\s+(?:(?:a|any|the|un|le)\s+)?$",
    re.ASCII,
)
# A belief denied before the date, and what it denies after it: "did not believe the
# delivery date ... could be met".
_BELIEF_DENIED = re.compile(
    r"(?:(?:\bnot|n't|\bnever)\s+(?:believe|think|expect)s?|\bne\s+(?:crois|croit|croient|pense"
    r"|pensent)\s+pas)\b" + _TO_THE_CLAUSE_END,
    re.ASCII,
)
_COULD_BE_MET = re.compile(
    r"[^.;!?]{0,30}?\b(?:(?:could|can|would|will|might)\s+be\s+(?:met|achieved|kept|reached"
    r"|respected)|(?:sera|seront|serait|seraient|pourra|pourront)\s+(?:etre\s+)?(?:tenue?s?"
    r"|respectee?s?|atteinte?s?))\b",
    re.ASCII,
)
# A cheap cue before either: a doubt or a denied belief has one of these words (whole, so that
# "past", "note" and "nothing" do not wake it).
_DOUBT_CUE = re.compile(r"\b(?:not|never|pas)\b|\bdoub?t|n't", re.ASCII)
# A plan since given up: "initialement programme pour le 18 mars", "originally set for June".
_SUPERSEDED_RX = re.compile(
    r"\b(?:initial(?:ement|ly)|original(?:ement|ly)|a l'origine|au depart|at first)\b", re.ASCII
)
_PREVIOUSLY_AFTER = re.compile(
    r"\s*,?\s*(?:previously|earlier|originally|initially|at first|auparavant"
    r"|precedemment|initialement|jusqu'ici|jusque~la)\b",
    re.ASCII,
)
# "no longer ... after": a whole clause may stand between them.
_NO_LONGER_EN = re.compile(r"\bno longer\b", re.ASCII)
_NO_LONGER_REACH = 16
# Its clause ends at punctuation or a word that opens another ("or" may join two verbs:
# "possess or use").
_NO_LONGER_STOP = re.compile(
    r"[,;:.!?()]|\b(?:and|but|which|that|who|where|when|while|if|unless|because|then|until)\b",
    re.ASCII,
)
_REVERSED = {
    Qualifier.BY.value: Qualifier.NOT_BEFORE.value,  # "not ready by 2026"
    Qualifier.BEFORE.value: Qualifier.NOT_BEFORE.value,
    Qualifier.WITHIN.value: Qualifier.NOT_BEFORE.value,
    "after": Qualifier.BY.value,  # "will not slip beyond 2026"
}  # "never", "jamais" and "aurait du" are not turned round: they deny the date outright


# What follows "n'aurait" in a French counterfactual: "pas pu", "pas dû", "jamais été".
_COULD_NOT_HAVE = re.compile(r"(?:pas|jamais)\s+(?:pu|du|ete)\b", re.ASCII)
# A hindrance denied lets the date stand: "nothing should prevent the opening in June", "won't
# stop us opening in June", "rien ne devrait empêcher l'ouverture le 20 mars", "ne devrait pas
# empêcher". The negation and the verb of hindering each deny the other.
_HINDER = (
    r"(?:prevent|hinder|block|preclude|impede)(?:s|ed|ing)?\b"
    # "stop" with its object ("won't stop us opening"; "won't stop in June" goes on past it).
    r"|stop(?:s|ped|ping)?\s+(?:us|it|them|him|her|the|a|an|this|that|its|their|our)\b"
    r"|(?:empech|entrav|bloqu)(?:e|er|era|ent|erait|eraient)\b|s'oppose(?:r|ra|nt)?\b"
)
_HINDRANCE_DENIED = re.compile(
    rf"(?:\b(?:nothing|not|never|no longer)|(?<=\w)n't)\s+(?:[a-z]+\s+){{0,2}}(?:{_HINDER})"
    rf"|\brien\s+(?:ne\s+|n')(?:[a-z]+\s+)?(?:{_HINDER})"
    rf"|\bn'(?:{_HINDER})\s*(?:pas|plus|jamais)?"
    rf"|\bne\s+(?:[a-z]+\s+)?(?:pas|plus|jamais)\s+(?:[a-z]+\s+)?(?:{_HINDER})",
    re.ASCII,
)


# A superlative, or "the first time": "the worst storm in a decade", "the first time in years".
_SUPERLATIVE = re.compile(
    r"\bthe (?:[a-z]+ )?(?:[a-z]{2,}est|most|least|best|worst)\b|\bfirst time\b"
    # "le plus grand chantier en 50 ans", "la première fois en dix ans".
    r"|\b(?:le|la|les) (?:[a-z]+ )?(?:plus|moins) [a-z]+|\bpremiere fois\b"
    # "sa première hausse de taux en sept ans": the first one in that long (French "en",
    # not "dans", counts the span: it looks back).
    r"|\b(?:sa|son|leur|la|le) premiere?\b"
    # And the English one: "its first new ship in 14 years" (the first since that long).
    r"|\b(?:its|their|his|her|our) first\b",
    re.ASCII,
)
# "Its first" promised, not counted back: a verb or passive between it and the span ("its
# first deliveries are expected in two years", "its first store opens in two years"), or a
# verb of expecting before it ("expects its first revenue in two years"); not "its first new
# plant in 20 years".
_POSSESSIVE_FIRST = re.compile(r"(?:its|their|his|her|our) first\b", re.ASCII)
_FIRST_VERB_BETWEEN = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|expected|due|scheduled|slated|planned"
    r"|opens|begins|arrives|launches)\b",
    re.ASCII,
)
_FIRST_EXPECTED_BEFORE = re.compile(
    r"\b(?:expect|plan|aim|hope|target|forecast|predict|project)(?:s|ed|ing)?"
    r"(?: to [a-z]+)? $",
    re.ASCII,
)
# "Year-to-date 2017", "YTD 2024": up to the day said, looking back.
_TO_DATE_BEFORE = re.compile(r"\b(?:year\s*-?\s*to\s*-?\s*date|ytd)\s*[:,]?\s*$", re.ASCII)
# A verb to come between them makes the span one ahead: "the largest plant will open in two
# years", "la plus grande usine ouvrira en 2027". ("and" may join the nouns it qualifies: "the
# biggest housebuilding and infrastructure push in 50 years".)
_SUPERLATIVE_STOP = re.compile(
    r"[,;:.!?]|\b(?:but|or|which|that|who|mais|ou|puis|qui|que|only|just|then)\b"
    r"|\b(?:will|would|shall|should|could|may|might|must|can|to|be|'ll)\b"
    r"|\b(?:va|vont|doit|doivent|devra|devront|sera|seront|[a-z]{2,}(?:era|ira|ra|ront))\b",
    re.ASCII,
)
# The words of a floor before a named time ("as soon as the council meeting on July 5"),
# one of the alternatives of the pattern below.
_FLOOR_WORDS = ("as soon as", "as early as", "no earlier than", "not earlier than")
_FLOOR_BEFORE_A_TIME = frozenset(_FLOOR_WORDS)
# "before/avant/d'ici" and a noun phrase of a time ending on "of", "de", "in"... right before a
# period: "ahead of the new parliamentary year in", "d'ici la fin de la session". Not "by",
# which also names an agent ("built by the consortium in 2027").
_AHEAD_OF_A_NAMED_TIME = re.compile(
    # Not "before" a body ("will come before parliament in 2027"): a place, not a time.
    r"(?<!come )(?<!comes )(?<!came )(?<!go )(?<!goes )(?<!appear )(?<!brought )(?<!put )"
    r"(?<!laid )(?<!presented )(?<!stand )"
    r"\b(?P<q>before|ahead of|no later than|not later than|avant|d'ici|au plus tard (?:a|pour)"
    # "as soon as the next council meeting on July 5": a floor on the time's day (rule 5).
    rf"|{'|'.join(_FLOOR_WORDS)})"
    # Its words name no period themselves ("d'ici la fin de cette année 2025" is one period).
    # ("before polling day on 14 September", "ahead of Election Day on 5 November": a day's
    # name goes without its article.)
    r" (?:(?:[a-z'-]+ ){1,2}day (?:on )?$|(?:the|la|le|l'|les|its|their|sa|son|ses|leur|leurs) ?"
    r"(?:(?!(?:year|annee|an|month|mois|quarter|trimestre|semestre|half"
    r"|week|semaine|decade|decennie)\b)[a-z'-]+ ){1,4}(?:(?:of|in|for|de|du|des|d'|en|pour) ?"
    r"(?:the |la |le |l')?)?$)",
    re.ASCII,
)
_ON_OR_LE = re.compile(r"\b(?:on|le)\s", re.ASCII)
_WHICHEVER_LATER = re.compile(
    r"[^.;]{0,100}?\b(?:whichever (?:is|comes|occurs|falls|happens) (?:later|last)"
    r"|(?:la date )?la plus tardive|le plus tardif)\b",
    re.ASCII,
)
_THE_LATER_OF = re.compile(
    r"\b(?:the later of|la plus tardive (?:de|entre))\s+(?:the\s+)?$", re.ASCII
)
# A unit named as a noun ("the year", "l'année", "le mois") followed by an event it follows.
_UNIT_AS_A_NOUN = re.compile(
    r"(?:\bthe|l'|\ble) ?(?:year|annee|month|mois|week|semaine)$", re.ASCII
)
# What an event's noun opens with (not a year: "the year following 2025" is a date).
_EVENT_OPENS = r"(?:the |la |le |l'|les |its |son |sa |ses |leur |their )"
_AN_EVENT_NOUN = r"(?!(?:19|20|21)\d\d)[a-z]"
_FOLLOWING_AN_EVENT = re.compile(
    rf"\s+(?:following|after|suivant|apres|qui suit|qui suivra)\s+{_EVENT_OPENS}?{_AN_EVENT_NOUN}",
    re.ASCII,
)
# "le premier jour du mois suivant sa publication": the period read ends on "suivant", and
# what it follows is an event, named with its determiner or as "celui de".
_ENDS_FOLLOWING = re.compile(r"\b(?:suivante?|following|qui suit)\s*$", re.ASCII)
_AN_EVENT_NAMED = re.compile(
    rf"\s+(?:(?:celui|celle) (?:de |d')|{_EVENT_OPENS}){_AN_EVENT_NOUN}", re.ASCII
)
_CLOCK_TEXT = re.compile(
    # "5 p.m.", "(CET)", and an hour with its minutes ("at 11:59pm on 9 March", "a 12h00").
    r"\b[ap]\.m\.|\([a-z]{2,4}\)|\b\d{1,2}[:h.]\d{2}(?:\s*[ap]\.?m\b\.?)?",
    re.ASCII,
)
# Initials written with points end no sentence when a word in lower case follows them, as
# written ("U.S. reactors", "the E.U. plan"); before a capital a new sentence may start ("not
# allowed to the U.S. Exports to Canada will resume"), so only the text as written can tell.
_INITIALS = re.compile(r"\b(?:[a-z]\.){2,}(?=\s+[a-z])", re.ASCII)


def _initials_blanked(text: str, folded: str, low: int, high: int) -> str:
    """`folded[low:high]` with the initials that end no sentence made spaces (same length)."""
    window = folded[low:high]
    if "." not in window or len(text) != len(folded):
        return window

    def blank(m: re.Match[str]) -> str:
        after = low + m.end()
        after += len(text[after:]) - len(text[after:].lstrip())
        return " " * len(m.group()) if text[after : after + 1].islower() else m.group()

    return _INITIALS.sub(blank, window)


_BETWEEN_TWO = re.compile(r"\b(?:between|entre) (?:[a-z'-]+ ){1,2}(?:and|et) [a-z'-]+\b", re.ASCII)


def _clause_before(
    text: str,
    folded: str,
    start: int,
    pattern: re.Pattern[str],
    limit: int = 8,
    *,
    stops: re.Pattern[str] = _NEGATION_STOP,
    reach: int = 120,
) -> tuple[int, int] | None:
    """Where `pattern` last matches in the `reach` characters before `start`, if it is at most
    `limit` words away in the same clause (nothing `stops` matches in between: by default a
    comma, "and", "but", "only"...)."""
    low = max(0, start - reach)
    window = folded[low:start]
    last = None
    for m in pattern.finditer(window):
        last = m
    if last is None:
        return None
    # "between Paris and Lille": the "and" joins two places, it opens no clause; nor do the
    # points of "5 p.m." and a zone in brackets end one.
    between = _initials_blanked(text, folded, low + last.end(), start)
    between = _CLOCK_TEXT.sub(" ", _BETWEEN_TWO.sub(" ", between))
    if stops.search(between) or len(_WORD.findall(between)) > limit:
        return None
    return low + last.start(), low + last.end()


# In a deadline phrase, a negation governs its whole clause up to "before" or "until": the
# verb, its object and their complements may stand between ("would not be offered services
# linked to the National Payments Platform before 2020", "is not likely to be implemented
# across every NHS health trust in England and Wales until 2014 or 2015"), up to twelve
# words, two joined by "and" or "or" counting as one; punctuation, a clause of contrast, of
# cause or a relative one ends it. Not in running text (`find_deadlines`), where a negation
# that far back more often belongs to a sentence's other clause.
_NEGATED_CLAUSE_GAP = re.compile(
    r"(?:\s+(?!(?:puisque|parce|because|since|car|mais|but|which|that|who|qui|que|only"
    r"|seulement)\b)[a-z'/-]+(?:\s+(?:and|or|et|ou)\s+[a-z'/-]+)?){0,12}\s*",
    re.ASCII,
)
_BEFORE_OR_BY = frozenset({Qualifier.BEFORE.value, Qualifier.BY.value})


def _negation_of_the_clause(folded: str, start: int) -> tuple[int, int] | None:
    """Where a negation stands up to twelve words before the "before" at `start`, in its
    clause (see `_NEGATED_CLAUSE_GAP`)."""
    if not folded.startswith(_CLAUSE_NEGATED_BEFORE, start):
        return None
    low = max(0, start - 160)
    last = None
    for m in _CLAUSE_NEGATION_RX.finditer(folded, low, start):
        last = m
    if last is None or not _NEGATED_CLAUSE_GAP.fullmatch(folded, last.end(), start):
        return None
    return last.span()


_CLAUSE_NEGATED_BEFORE = ("before ", "until ", "till ", "prior to ", "avant ")
# The negations of the clause, and a headline's denied noun, "no" opening it ("No trains
# before 2030"; not "no later than").
_CLAUSE_NEGATION_RX = re.compile(
    _NEGATION + r"\b|(?:^|(?<=[.;:!?(]\s))no\b(?!\s+(?:later|earlier|sooner|more|less"
    r"|longer|doubt)\b)",
    re.ASCII,
)


# A count of units a date moved by, in words: "by two months", "by a couple of weeks" (the
# margins of a move, `_MARGIN_ALONE` and `_MARGIN_BEFORE_UNTIL`).
_MARGIN_COUNT = r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of"
# A move reaches its "until" across a comma right before it, when the verb is a postponement
# (a participle or finite form, not the noun: "passengers face delays, until March" is how
# long they last) and at most an adverb of repetition stands between it and the comma: "has
# been delayed once again, until the third quarter of 2024" is that quarter, as without the
# comma. Not "moved" (relocated), "shifts", "décalés" (staggered) or "patienter" (waiting
# lasts until then), nor a delay only foreseen: "flights could be delayed, until March 2027,
# as the runway is resurfaced" is the disruption's end.
_COMMA_BEFORE = re.compile(r",\s*$", re.ASCII)
_POSTPONED_BEFORE_COMMA = re.compile(
    r"\b(?:delayed|postponed|deferred|rescheduled|slipped|put off"
    r"|(?:pushed|put|moved)(?: [a-z'-]+)? back|pushed out"
    r"|repouss(?:e|ee|es|ees)|report(?:e|ee|es|ees)|retard(?:e|ee|es|ees)|differ(?:e|ee|es|ees)"
    # "décalé" only after "être": "la mise en service est décalée" (not "horaires décalés").
    r"|ajourn(?:e|ee|es|ees)|(?:est|sont|a ete|ont ete|etre) decal(?:e|ee|es|ees))"
    r"(?:\s+(?:again|once again|yet again|once more|further|twice|a nouveau|de nouveau"
    r"|encore une fois|une nouvelle fois|encore))?\s*$",
    re.ASCII,
)
_FORESEEN_BEFORE = re.compile(
    r"\b(?:could|may|might|will|would|can|to|pourrai(?:t|ent)|risquen?t d')\s+"
    r"(?:(?:still|also|likely|further)\s+)?(?:be|etre)\s+$",
    re.ASCII,
)
# A move's size right before its "until" says the date moved, even when the verb stands
# further back than a move reaches (rule 10: "by" and a bare count of units is how far a date
# moved): "has delayed the launch of its new settlement system by four months until next
# March" is that March.
# The size needs its verb of a move, as far back as a move's object reaches (names set off by
# commas among it), and the verb is the one the caller checks for an extension: "extended the
# scheme for low-income families by two years until 2028" still ends then, and "lengthened",
# "renewed by one year until 2028" or "emissions must fall by a quarter until 2030" (a
# fraction, not three months) move nothing.
_MARGIN_BEFORE_UNTIL = re.compile(
    r"\bby\s+(?:(?:about|around|some|nearly|almost|roughly|another|a further|at least)\s+)?"
    r"(?!an?\s+quarter\b)"
    rf"(?:{_MARGIN_COUNT}|a few|several|\d{{1,3}})\s+(?:more\s+)?"
    r"(?:days?|weeks?|months?|years?|quarters?)\s*,?\s*$",
    re.ASCII,
)
# The words between the verb and its size: a clause's end other than a comma stops them.
_SIZE_STOP = re.compile(r"[;:.!?]|\b(?:and|but|which|who|et|mais|qui|only)\b", re.ASCII)


def _move_before_its_size(text: str, folded: str, start: int) -> tuple[int, int] | None:
    """The verb of a move whose object runs up to its size at `start` ("by four months"), at
    most `_OBJECT_REACH` words away, commas allowed (a name set off by them)."""
    low = max(0, start - 160)
    last = None
    for m in _MOVE_RX.finditer(folded, low, start):
        last = m
    if last is None:
        return None
    between = _initials_blanked(text, folded, last.end(), start)
    between = _OBJECT_PAIR.sub("x", _ASIDE_IN_BRACKETS.sub(" ", between))
    if _SIZE_STOP.search(between) or len(_WORD.findall(between)) > _OBJECT_REACH:
        return None
    return last.span()


def _move_before_until(text: str, folded: str, start: int) -> tuple[int, int] | None:
    """The verb of a move whose new date the "until" at `start` names (reaching further back
    across the move's size right before it), if there is one."""
    move = _clause_before(text, folded, start, _MOVE_RX)
    if move is None and (comma := _COMMA_BEFORE.search(folded, max(0, start - 4), start)):
        postponed = _POSTPONED_BEFORE_COMMA.search(
            folded, max(0, comma.start() - 60), comma.start()
        )
        if postponed and not _FORESEEN_BEFORE.search(
            folded, max(0, postponed.start() - 40), postponed.start()
        ):
            move = postponed.span()
    if move is None and (margin := _MARGIN_BEFORE_UNTIL.search(folded, max(0, start - 60), start)):
        move = _move_before_its_size(text, folded, margin.start())
    return move


# A name or a short aside set off by two commas right before a move's "from": "postponed the
# start of its pension scheme, My Future Fund, from 2025 to 2026" (not a clause of its own).
_APPOSITION = re.compile(r",\s*(?:(?!and\b|but\b|et\b|mais\b)[\w'-]+\s+){0,3}[\w'-]+\s*$", re.ASCII)


# A move names what it moves before its "from ... to ...": its object, up to twelve words (as
# far as a negation reaches in its clause), with two words joined by "and" counting as one
# ("shifting the date for both presidential and parliamentary elections from ... to ...") and
# an aside in brackets not counted ("du règlement sur les dispositifs médicaux (le MDR) de
# 2024 à 2028"). An "and" that opens a clause of its own still ends the reach: one before a
# subject, a pronoun or one opened by its determiner ("delayed the works and the trains will
# run from May to June" is a span), an auxiliary or "then", or one with a verb of its own
# after it before the dates, an auxiliary or a verb of extent ("delayed the tender and
# replacement buses run from May 4 to June 8").
_OBJECT_REACH = 12
_OBJECT_PAIR = re.compile(
    r"[\w'-]+ (?:and|et) (?!(?:will|would|shall|should|can|could|must|is|are|was|were|has"
    r"|have|had|be|been|to|then|now|it|they|we|he|she|il|elle|ils|elles|on|nous|a|ont|est"
    r"|sont|sera|seront|va|vont|doit|doivent|puis"
    r"|the|an|its|their|this|these|those|his|her|our|le|la|les|l'|des|un|une|son|sa|ses"
    r"|leurs?|ce|cet|cette|ces)\b)"
    r"(?!.*\b(?:will|would|shall|should|can|could|must|is|are|was|were|run|runs|operate"
    r"|operates|sera|seront|va|vont|est|sont|doit|doivent)\b)[\w'-]+",
    re.ASCII,
)
_ASIDE_IN_BRACKETS = re.compile(r"\s*\([^()]{1,60}\)", re.ASCII)
# In a deadline phrase, "push" before its object and a "from ... to ..." is a move as the
# others are ("will push the expected conversion of accounts and systems from February 2023 to
# May"): the verb, its object opened by a determiner; not the noun ("a push for", "the push",
# "push notifications"). Not in running text, where it gave one article a draft dated
# otherwise than its label.
_PUSH_BEFORE_OBJECT = re.compile(
    r"(?<!\ba\x20)(?<!\bthe\x20)\bpush(?:es|ed|ing)?"
    r"(?=\s+(?:the|a|an|its|their|this|that|these|those|his|her|our|all|both)\b)",
    re.ASCII,
)


def _move_before_its_object(
    text: str, folded: str, start: int, *, push: bool
) -> tuple[int, int] | None:
    """Where the verb of a move stands whose object runs up to `start` (see `_OBJECT_PAIR`);
    with `push`, a bare "push" counts (`_PUSH_BEFORE_OBJECT`)."""
    low = max(0, start - 160)
    window = folded[low:start]
    last = None
    for m in _MOVE_RX.finditer(window):
        last = m
    for m in _PUSH_BEFORE_OBJECT.finditer(window) if push else ():
        if last is None or m.start() > last.start():
            last = m
    if last is None:
        return None
    between = _initials_blanked(text, folded, low + last.end(), start)
    between = _OBJECT_PAIR.sub("x", _ASIDE_IN_BRACKETS.sub(" ", between))
    between = _CLOCK_TEXT.sub(" ", _BETWEEN_TWO.sub(" ", between))
    if _NEGATION_STOP.search(between) or len(_WORD.findall(between)) > _OBJECT_REACH:
        return None
    if _VERB_OF_ITS_OWN.search(between):
        return None
    return low + last.start(), low + last.end()


# A verb between the move and its "from" takes the dates itself: "the delayed works will run
# from the planned start in May to September 2027", "the delay means the line will operate
# from May to August" are the stretch the works run or the line operates (the move word is
# an adjective or a noun there, not the verb whose object runs up to the dates).
_VERB_OF_ITS_OWN = re.compile(
    r"\b(?:will|would|shall|can|could|must|might|means?|meant|operates?|runs)\b",
    re.ASCII,
)


def _before_a_comma(folded: str, start: int) -> int:
    """Where the text before `start` ends once a comma and spaces right before it are left,
    and a name set off by commas before that."""
    head = folded[:start].rstrip()
    if not head.endswith(","):
        return start
    head = head[:-1]
    aside = _APPOSITION.search(head, max(0, len(head) - 60))
    return aside.start() if aside else len(head)


def _said(text: str, start: int, end: int) -> str:
    return " ".join(text[start:end].split())


def _reread(
    item: _Item,
    text: str,
    stated_on: dt.date,
    scanning: bool,
    year: int | None,
    alternative: bool = False,
) -> _Reading | None:
    """The item read again as part of a range, with its neighbour's year when it has none."""
    if item.reading is not None and (
        (year is None and not alternative)
        or (item.reading.year_given and not item.reading.year_as_a_noun)
    ):
        return item.reading
    try:
        reading = _read(
            item.candidate,
            stated_on,
            text=text,
            scanning=scanning,
            year=year,
            joined=True,
            alternative=alternative,
        )
    except _Reject:
        return None
    return reading if reading is not None and reading.period is not None else None


def _in_year(
    reading: _Reading, year: int, text: str, stated_on: dt.date, scanning: bool
) -> _Reading | None:
    """The reading's words read again in `year`, its qualifier kept: the occurrence gone by
    or to come of a period whose year was not written."""
    again = _reread(_Item(reading.candidate, None), text, stated_on, scanning, year)
    if again is None:
        return None
    return replace(again, qualifier=reading.qualifier, qualifier_words=reading.qualifier_words)


def _start(reading: _Reading) -> dt.date:
    """Where a period of a range starts, its part applied ("the end of the year": September)."""
    return _with_part(reading, None)[0].start


def _opened_by_between(folded: str, start: int) -> bool:
    """Whether the period at `start` opens a range with "between" or "entre", written before
    it or held in its match."""
    before = _OPENER.search(folded, max(0, start - 40), start)
    return (before is not None and before.group("w") in _BETWEEN) or folded.startswith(
        tuple(f"{word} " for word in _BETWEEN), start
    )


def _points_ahead(reading: _Reading) -> bool:
    """Whether a read period's own words point forward (see periods._said_ahead)."""
    return _said_ahead(reading.qualifier, _Groups(reading.candidate.match))


def _a_year_on(period: _Period) -> _Period:
    """The same period a year later; a month's last day stays its last (28 or 29 February)."""
    end = period.end
    last = _month_end(end.year, end.month) == end
    later = _month_end(end.year + 1, end.month) if last else _add(end, 12, 0)
    return replace(period, start=_add(period.start, 12, 0), end=later)


def _a_week_on(period: _Period) -> _Period:
    """The same period a week later."""
    week = dt.timedelta(days=7)
    return replace(period, start=period.start + week, end=period.end + week)


def _plain_weekday(reading: _Reading | None) -> bool:
    """Whether a period is a weekday named alone, with no date of its own ("Monday", "lundi";
    not "Monday 9 March")."""
    if reading is None or reading.period is None:
        return False
    groups = reading.candidate.match.groupdict()
    wd, body = groups.get("wd"), groups.get("body")
    if not isinstance(wd, str) or not wd or not isinstance(body, str):
        return False
    return " ".join(body.split()) == " ".join(wd.split())


def _says_this(reading: _Reading) -> bool:
    """Whether a period is named with "this", "ce", "cet", "cette" ("cet automne"), or with
    "next", "prochain" ("next spring"): words that fix which occurrence it is."""
    groups = reading.candidate.match.groupdict()
    return bool(
        groups.get("this") or groups.get("wthis") or groups.get("next") or groups.get("next2")
    )


def _pair(
    a: _Item, b: _Item, text: str, stated_on: dt.date, scanning: bool, alternative: bool
) -> tuple[_Reading, _Reading] | None:
    """Both ends of a range, a period without a year taking its neighbour's.

    A first period without a year takes the year of the last one, or the year before
    ("December or January 2026"); a last period without a year takes the first one's,
    or the year after ("Q3 2024 or early Q4"). Two without a year: the last one is its
    next occurrence, and the first one comes before it ("between June and August"); offered
    as `alternative`s, never the ones just past ("late summer or early fall" said in January
    is this year's: the past is known, not guessed at).
    """
    ra, rb = a.reading, b.reading
    if ra is not None and rb is not None and _plain_weekday(ra) and _plain_weekday(rb):
        # "from Monday to Friday" said on a Wednesday: the Friday after that Monday, not the
        # one before it; each weekday is the next one, the last moved a week on if need be.
        if rb.period is not None and _start(ra) > _start(rb):
            rb = replace(rb, resolved=_a_week_on(rb.period))
        return ra, rb
    if (
        ra is not None
        and ra.period is not None
        and rb is not None
        and rb.period is not None
        and _day_number_alone(b)
    ):
        # "le 3 mars 2027, voire le 10", "March 3, 2027, or even the 10th", "le 3 mars, au
        # pire le 10": a day's number alone after a day takes its month and year (the next
        # month's when it is smaller), not the next such day after the day said.
        day = _number_after(ra.period, rb.period.start.day)
        return (ra, replace(rb, resolved=_Period(day, day, Precision.DAY))) if day else None
    if not (ra is not None and ra.year_given):
        # The last one looks ahead when the first does: "by late summer and early fall".
        ahead = alternative or (ra is not None and _points_ahead(ra))
        rb = _reread(b, text, stated_on, scanning, None, ahead)
        if rb is None or rb.period is None:
            return None
        year = rb.period.start.year
        if ra is not None and ra.period is not None and _says_this(ra):
            # "entre cet automne et le printemps prochain": "this" fixes the first; the last
            # is the first occurrence after it. So does "next": "by next spring or possibly
            # summer" said in May is the summer after that spring, not the one before it.
            while rb is not None and rb.period is not None and _start(rb) < _start(ra):
                rb = replace(rb, resolved=_a_year_on(rb.period))
            return (ra, rb) if rb is not None else None
        ra = _reread(a, text, stated_on, scanning, year)
        # Compared with its part applied: "from September to the end of the year" keeps the
        # year, "December or January 2026" takes the one before.
        if ra is not None and ra.period is not None and _start(ra) > _start(rb):
            ra = _reread(a, text, stated_on, scanning, year - 1)
        return (ra, rb) if ra is not None else None
    if ra.period is None:
        return None
    b_year = rb is not None and rb.year_given and not rb.year_as_a_noun
    rb = _reread(b, text, stated_on, scanning, None if b_year else ra.period.start.year)
    late = rb is not None and rb.period is not None and rb.period.end < ra.period.end
    if late and not b_year and rb is not None and rb.period is not None:
        rb = _reread(b, text, stated_on, scanning, rb.period.start.year + 1)
    return (ra, rb) if rb is not None else None


def _day_number_alone(item: _Item) -> bool:
    """Whether an item is a day's number with no month ("le 10", "the 10th")."""
    groups = item.candidate.match.groupdict()
    return item.candidate.rule.name == "day_of_month" and not groups.get("dom_rel")


def _number_after(period: _Period, number: int) -> dt.date | None:
    """The day of that number on or after a day's `period` (its month, or the next one)."""
    if period.precision != Precision.DAY:
        return None
    year, month = period.start.year, period.start.month
    if number < period.start.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return dt.date(year, month, number) if number <= _month_end(year, month).day else None


def _listed(
    items: list[_Item], i: int, text: str, folded: str, stated_on: dt.date, scanning: bool
) -> tuple[_Outcome, int] | None:
    """Three periods or more listed with commas, the last after "or" or "and" ("by July,
    August or September", "en 2025, 2026 ou 2027"): the range from the first to the last, as
    two would be, and how many items it took."""
    last = i + 1
    while last < len(items) and _LIST_COMMA.fullmatch(
        folded, items[last - 1].candidate.end, items[last].candidate.start
    ):
        last += 1
    if last - i < 2 or last >= len(items):
        return None
    tail = folded[items[last - 1].candidate.end : items[last].candidate.start]
    if not _LIST_END.fullmatch(tail) or any(item.error for item in items[i : last + 1]):
        return None
    joined = _join(items[i], items[last], text, folded, stated_on, scanning, gap=tail)
    return (joined, last - i + 1) if joined is not None and not joined.error else None


_LIST_END = re.compile(rf"{_TIME}\s*,?\s*(?:or|and|ou|et)\s+", re.ASCII)
_LIST_COMMA = re.compile(rf"{_TIME}\s*,\s*", re.ASCII)
# Up to four words of an aside, then an alternative: "with iOS 26.5 or even", "avec la
# version 2 voire". No clause break, and no word that opens another clause or date.
_ASIDE_JOINER = re.compile(
    r"(?:\s+(?!(?:or|and|but|not|ou|et|mais|pas|which|that|qui|que|if|si|then|puis|from|de"
    r"|des|du|to|a|au|until|jusqu'a|by|before|avant|after|apres)\b)[a-z0-9.'-]+){1,4}"
    r"\s*,?\s+(?P<j>or even|or possibly|or perhaps|or maybe|voire|ou meme|ou peut-etre)\s+",
    re.ASCII,
)

# "or, later than anticipated,": an aside between commas right after "or" (no date, no
# negation, no qualifier of its own in it).
_OR_ASIDE = re.compile(
    r"\s*,?\s*(?P<j>or|ou)\s*,(?:\s*(?!(?:not|no|pas|never|jamais|at|au|by|d'ici|before|avant"
    r"|until|jusqu'a|after|apres)\b)[a-z'-]+){1,5}\s*,\s*",
    re.ASCII,
)


def _year_then_its_time(a: _Reading | None, b: _Reading | None) -> bool:
    """Whether `a` is a whole year named plainly and `b` a time with no year of its own."""
    if a is None or b is None or a.candidate.rule.name != "year" or b.year_given:
        return False
    return a.part is None and a.qualifier_words in ("", "in", "en", "during", "pendant")


_LATE_PARTS = frozenset({"p_late", "p_end"})


# A subject right after a period, opening a clause of its own ("early October the second
# begins", "début octobre les bacs seront changés"); a preposition continues the clause
# ("late 2026, early 2027 after the works").
_SUBJECT_AFTER = re.compile(
    r"\s+(?:the|a|an|its|their|his|her|our|this|these|we|they|it|he|she|le|la|les|un|une"
    r"|des|ces|ce|il|elle|ils|elles|on|nous)(?![\w-])",
    re.ASCII,
)


def _across_a_turn(a: _Item, b: _Item) -> bool:
    """Whether `a` is the late part of a period and `b` the early part of the one right after
    it, of the same kind ("fin septembre" and "début octobre", "late 2025" and "early 2026")."""
    ra, rb = a.reading, b.reading
    if ra is None or rb is None or ra.period is None or rb.period is None:
        return False
    if ra.part not in _LATE_PARTS or rb.part != "p_early":
        return False
    if ra.period.precision != rb.period.precision:
        return False
    return rb.period.start == ra.period.end + dt.timedelta(days=1)


def _join(
    a: _Item,
    b: _Item,
    text: str,
    folded: str,
    stated_on: dt.date,
    scanning: bool,
    gap: str | None = None,
) -> _Outcome | None:
    """Two periods joined by "or", "to", "-", "ou", "et"...: one range, a move, or a refusal.
    `gap` stands for the words between them when a list has more between (`_listed`)."""
    if a.error or b.error:
        return None
    if any(r is not None and isinstance(r.resolved, _Span) for r in (a.reading, b.reading)):
        return None
    gap = folded[a.candidate.end : b.candidate.start] if gap is None else gap
    if _year_then_its_time(a.reading, b.reading) and gap.strip() in ("", ","):
        return None  # "in 2016, from May 2 to 13": a time of that year (parser's join)
    if (
        "(" in gap
        and a.reading is not None
        and a.reading.period is not None
        and a.reading.period.precision == Precision.DAY
        and (hours := _HOURS_BRACKET.match(gap))
    ):
        gap = " " + gap[hours.end() :]  # the hours of the first day: the range goes on
    b_words = b.reading.qualifier_words if b.reading else ""
    b_qualifier = b.reading.qualifier if b.reading else None
    worst = False  # the second named as the worst case ("au pire")
    if (
        b_words in _FROM_WORDS
        and gap.strip() in ("", ",")
        and a.reading is not None
        and (move := _clause_before(text, folded, a.candidate.start, _MOVE_RX))
    ):
        # "delayed to Nov. 19, 2026, from May 2026": the new date, then the one it replaces.
        return _Outcome(
            a.candidate.start,
            b.candidate.end,
            a.reading,
            a.reading,
            Qualifier.IN.value,
            used=[move, (a.candidate.end, b.candidate.start)],
        )
    starts_from = a.reading is not None and a.reading.qualifier_words in _FROM_WORDS
    # "was extended in March until 2035": a date the first one is, not where a range starts.
    placed_in = a.reading is not None and a.reading.qualifier_words in ("in", "en")
    since = _SINCE_BEFORE.search(folded, max(0, a.candidate.start - 12), a.candidate.start)
    if (
        b_words in _TO_WORDS
        and not placed_in
        and (
            _TIME_ONLY.fullmatch(gap)
            or (starts_from and (_AND_ONLY.fullmatch(gap) or _AND_CE.fullmatch(gap)))
            or (_AND_ONLY.fullmatch(gap) and since is not None)
            # "de ce mardi 27 décembre (de 9 à 17h) jusqu'à ce samedi": an aside in brackets.
            or (
                _BRACKETED.fullmatch(gap)
                and (
                    starts_from
                    or _FROM_BEFORE.search(
                        folded, max(0, a.candidate.start - 12), a.candidate.start
                    )
                )
            )
        )
    ):
        # "from 2025 until 2027", "à partir du 16 juillet et jusqu'à décembre": the "until"
        # joins them.
        joiner, b_qualifier = b_words, None
        if b.reading is not None and b.reading.candidate.match.groupdict().get("s_by"):
            # "du 20 février au 26 mai 2023 au plus tard": the "au" joins them and the trailing
            # "at the latest" still makes the range a deadline, as "from 20 February to 26 May
            # 2023 at the latest" is.
            b_qualifier = Qualifier.BY.value
    elif m := _JOINER.fullmatch(gap):
        joiner = m.group("j")
    elif _AT_WORST.fullmatch(gap):
        # "au mieux en mai 2021, au pire en 2023": the worse case after the first, as "voire"
        # names it, one range (rule 9).
        joiner, worst = "voire", True
    elif (
        (aside := _ASIDE_RX.match(gap))
        and (m := _JOINER.fullmatch(gap, aside.end()))
        and _opened_by_between(folded, a.candidate.start)
    ):
        # "entre le 15 juin (la fin des cours) et le 31 juillet", "between June 15 - the end
        # of classes - and July 31": an aside in a range opened by "between" leaves it whole.
        joiner = m.group("j")
    elif (
        gap.strip() == ","
        and not scanning
        # "prevues initialement pour 2024, au 1er juillet 2026": the plan given up, then the
        # new date; no alternative.
        and not _SUPERSEDED_RX.search(folded, max(0, a.candidate.start - 30), a.candidate.start)
        # "now expected in Q2 2027, from Q4 2026 previously": the date left behind.
        and not _PREVIOUSLY_AFTER.match(folded, b.candidate.end)
    ):
        joiner = ","  # a deadline phrase "fin 2025, debut 2026": one or the other
    elif (
        gap.strip() == ","
        and scanning
        and _across_a_turn(a, b)
        # Not when the second period opens a clause of its own, its subject right after it:
        # in "late September, early October the second begins" the comma closes a clause.
        and not _SUBJECT_AFTER.match(folded, b.candidate.end)
    ):
        # In running text too, the late part of one period, a comma and the early part of the
        # next hesitate across their turn: "d'ici « fin septembre, début octobre »".
        joiner = ","
    elif not scanning and (m := _OR_ASIDE.fullmatch(gap)):
        # "in 2023 or, later than anticipated, in 2024": an aside between commas after the
        # "or" says how the second compares; the alternative is still one window.
        joiner = m.group("j")
    elif not scanning and (m := _ASIDE_JOINER.fullmatch(gap)):
        # "in May with the first update or even September with the second": an aside says
        # what comes with the first period; the alternative is still one window.
        joiner = m.group("j")
    else:
        return None
    if (
        b_words in _FROM_WORDS
        and _AND_ONLY.fullmatch(gap)
        and (a.reading is None or a.reading.qualifier_words not in _FROM_WORDS)
    ):
        # "la production débutera en 2025 et à partir de 2027, 1 700 employés seront
        # recrutés": what goes on from the second is a statement of its own, not the end of
        # a range begun at the first ("from 2025 and from 2027" are still two of a kind).
        return None
    a_qualifier = a.reading.qualifier if a.reading else None
    plain = (None, Qualifier.IN.value, Qualifier.ON.value)
    if (
        a.reading is not None
        and a.reading.qualifier_words.startswith(("au mieux", "at best"))
        and joiner in _ESCALATIONS
        and b_qualifier in plain
    ):
        # "au mieux à l'automne, voire en 2021": at best the first, perhaps as late as the
        # second, one range (as "au mieux en 2029, voire 2031" is).
        a_qualifier = None
    if (
        a_qualifier is not None
        and b_qualifier not in (None, a_qualifier)
        and not (a_qualifier in plain and b_qualifier in plain)
        # "d'ici la fin de l'année ou au début de l'année prochaine": by the first, or in the
        # second, later: by the second's end, one window.
        and not (
            a_qualifier == Qualifier.BY.value
            and b_qualifier in plain
            and bool(_ALTERNATIVE_RX.search(joiner))
        )
    ):
        return None  # "in Q1 or by the end of 2025": two deadlines, not one range
    opener = _OPENER.search(folded, max(0, a.candidate.start - 70), a.candidate.start)
    word = opener.group("w") if opener else ""
    if a.reading is None and b.reading is None and (scanning and not opener):
        return None  # "May or June" in an article needs "between"/"from" to be a range
    pair = _pair(a, b, text, stated_on, scanning, bool(_ALTERNATIVE_RX.search(joiner)))
    if pair is None:
        return None
    if worst and _with_part(pair[1], None)[0].end < _with_part(pair[0], None)[0].end:
        # "in 2028, at worst in 2027": a worst case ending before the first is no range.
        return None
    ra, rb = sorted(pair, key=lambda r: _start(r) if r.period else dt.date.min)
    # "late 2024 or early 2025" and "early 2025 or late 2024" cover the same words.
    start = opener.start() if opener else a.candidate.start
    if since is not None and joiner in _TO_WORDS and _AND_ONLY.fullmatch(gap):
        start = min(start, since.start())  # "depuis 2003 et jusqu'en 2010" as a whole
    end, used = b.candidate.end, [(a.candidate.end, b.candidate.start)]
    from_frame = (
        (a.reading is not None and a.reading.qualifier_words in _FROM_WORDS)
        or word in ("from", "de", "du", "d'", "des")
        # "du dimanche 28 février au dimanche 6 mars": the first day took its "du" with its
        # weekday, and still opens the range. In a deadline phrase only: in running text a
        # year named before it ("l'élection de 2016 du dimanche ...") is found on its own, and
        # the expression found would leave the move out.
        or (not scanning and bool(_FROM_WEEKDAY.match(folded, a.candidate.start)))
    )
    complete = a.reading is not None and a.reading.year_given
    day = ra.period is not None and ra.period.precision == Precision.DAY
    if (
        from_frame
        and joiner in _TO_WORDS
        # "moved up the delivery for the second 100 million doses from ... to ...": a move
        # names what it moves first (`_move_before_its_object`).
        # (a comma may set the dates off: "le report de la date d'examen, de fin août à
        # fin novembre").
        and (
            move := _move_before_its_object(
                text, folded, _before_a_comma(folded, start), push=not scanning
            )
        )
    ):
        # "delaying ... from December until late 2019", "pushed from May to June": the new date
        # (the one named second: a date brought forward is earlier).
        return _Outcome(start, end, pair[1], pair[1], Qualifier.IN.value, used=[move, *used])
    if from_frame and joiner in _JOINERS_MOVE and complete and not day:
        said = _said(text, start, end)
        if move := _clause_before(text, folded, start, _MOVE_RX, limit=4):
            # "reporte de 2025 a 2027", "postponed from 2029 to 2030", "avancee de 2030 a 2028":
            # the new date, named second.
            return _Outcome(start, end, pair[1], pair[1], Qualifier.IN.value, used=[move, *used])
        if extent := _clause_before(text, folded, start, _EXTENT_RX, limit=6):
            # "covering the years from 2027 to 2029", "une periode allant de 2025 a 2030".
            return _Outcome(start, end, ra, rb, Qualifier.IN.value, used=[extent, *used])
        if counted := _COUNTED_YEARS_RX.search(folded, max(0, start - 24), start):
            # "sur sept ans, de 2024 a 2030": a stretch told by its length, then by its years.
            return _Outcome(start, end, ra, rb, Qualifier.IN.value, used=[counted.span(), *used])
        if inclusive := _INCLUSIVE_RX.match(folded, end):
            return _Outcome(start, end, ra, rb, Qualifier.IN.value, used=[inclusive.span(), *used])
        return _Outcome(
            start,
            end,
            error=f"'{said}' names two dates: if the date moved, give the new one alone; "
            "if it is a range, say 'between ... and ...'.",
        )
    if (
        joiner in _TO_WORDS
        and a.reading is not None
        and a.reading.year_given
        and _start(pair[0]) > _with_part(pair[1], None)[0].end
    ):
        # "delayed Cyberpunk 2077 to September 17th, 2020": a "to" with no move between a
        # year written out and a date before it is no range running backwards; the first is
        # a name's number, or a date left behind, and each is read alone.
        if from_frame:
            # "La date a été modifiée du 30 juin 2028 au 31 décembre 2027", "advanced the
            # date from 31 December 2028 to 30 June 2027": opened by "from", the first is the
            # date left behind, and the second alone is the new one (as after a move).
            return _Outcome(start, end, pair[1], pair[1], Qualifier.IN.value, used=used)
        if a_qualifier == Qualifier.BY.value and a.reading.qualifier_words.endswith(
            (" de", " du", " d'", " of", " from")
        ):
            # "a ramené l'objectif de 2035 à 2030": a target's own "de" opens the date left.
            return _Outcome(start, end, pair[1], pair[1], a_qualifier, used=used)
        return None
    qualifier = a_qualifier or b_qualifier
    if qualifier is None and word in ("between", "entre") and opener is not None:
        framed = _BEFORE_BETWEEN.search(folded, max(0, start - 20), start)
        if framed and not _clause_before(text, folded, framed.start(), _MOVE_RX):
            # "until between July and September", "won't open until between 2027 and 2029":
            # the qualifier holds for the whole range (after a move it is the new date).
            start = framed.start()
            qualifier = Qualifier.BY.value
    if qualifier is None and (word in ("between", "entre") or from_frame):
        qualifier = Qualifier.IN.value
    return _Outcome(start, end, ra, rb, qualifier, used=used)


# A "by" word before "between ... and ...": "until between", "d'ici entre".
_BEFORE_BETWEEN = re.compile(r"(?<![\w'])(?:until|till|by|d'ici)(?:\s+sometime)?\s*$", re.ASCII)


def _anchored(
    span: _Reading, following: _Item | None, text: str, folded: str, stated_on: dt.date,
    scanning: bool,
) -> tuple[_Outcome, bool]:  # fmt: skip
    """A span counted from what follows it: a day ("beginning June 15th") or an event."""
    assert isinstance(span.resolved, _Span) and span.resolved.anchor is not None
    anchor = span.resolved.anchor
    if anchor in _SPAN_ANCHORS_EVENT:
        said = _said(text, span.start, span.end)
        return _Outcome(
            span.start,
            span.end,
            error=f"'{said}' counts from an event, not from the day it was said: "
            "no date can be held against it.",
        ), False
    # The anchor word follows the span after a space, or a comma and a space ("pour les cinq
    # ans à venir, à compter du 1er avril 2021").
    comma = folded.startswith(",", span.end)
    anchor_end = span.end + 1 + comma + len(anchor)
    if (
        following is not None
        and following.error is None
        and span.end < following.candidate.start <= anchor_end + 1
        or following is not None
        and following.error is None
        and _ARTICLES.fullmatch(folded, anchor_end, following.candidate.start)
    ):
        assert following is not None
        day = _reread(following, text, stated_on, scanning, None)
        if (
            day is not None
            and day.period is not None
            and anchor in _SPAN_ANCHORS_OF
            and day.part is None
            and (day.period.end - day.period.start).days > _LONGEST_MONTH
        ):
            # "three months of 2022": a stretch of the year, not a count from its end (the
            # year said is never moved); "within 90 days of the end of 2025" still counts.
            return _single(day), True
        if day is not None and day.period is not None:
            starts = anchor in _SPAN_ANCHORS_START
            base = day.period.start if starts else day.period.end
            outcome = _Outcome(span.start, day.end, span, span, span.qualifier, (base, starts))
            outcome.used.append((span.end, anchor_end))
            return outcome, True
    if _QUANTITY.match(folded, anchor_end):
        # "passer en un an de 20 a 30 millions", "grow within a year from 20 to 30 million":
        # the words after "de"/"from" are a quantity, not what the span counts from.
        return _Outcome(span.start, span.end, span, span, span.qualifier), False
    said = _said(text, span.start, anchor_end)
    what = " ".join(text[anchor_end:].split()[:6])
    return _Outcome(
        span.start,
        anchor_end,
        error=f"'{said}' counts from '{what}', whose date the phrase does not give.",
    ), False


# A plan told in the pluperfect was made before a time gone by, as one said to be the initial
# one: "had been due to be finished in May" said in June is the May just past, "had been
# scheduled to launch in early August" said in July the coming one (the nearest of the two).
_PLAN_IN_PLUPERFECT = re.compile(
    r"\bhad (?:(?:already|originally|initially|long|once) )?(?:been (?:[a-z]+ly )?"
    r"(?:due|scheduled|slated|set|expected|planned|meant|supposed|penciled|pencilled|billed)"
    # A bare verb plans only with its "to": not "had expected a loss", "had promised buses".
    r"|(?:planned|hoped|intended|expected|aimed|promised)(?= to\b)"
    # A move in the pluperfect is a plan made before a time gone by as well: "had been
    # extended into November", "avait été reporté à novembre" (said in December: the
    # November just gone, the nearer one).
    r"|(?:been )?(?:postponed|delayed|pushed|extended|moved|deferred|rescheduled|put back))\b"
    r"|\bavai(?:en)?t (?:deja )?ete (?:reporte|repousse|decale|prolonge|differe)e?s?\b",
    re.ASCII,
)


def _superseded(
    outcome: _Outcome, text: str, folded: str, stated_on: dt.date, scanning: bool
) -> None:
    """A plan given up whose period has no year is the occurrence nearest the stated date,
    past or coming: "initialement programme pour le 18 mars" said in June is the March just
    past (the next one is nine months away), not a promise for next year."""
    first = outcome.first
    if first is None or first is not outcome.last or first.year_given or first.period is None:
        return
    marker = _clause_before(text, folded, outcome.start, _SUPERSEDED_RX) or _clause_before(
        text, folded, outcome.start, _PLAN_IN_PLUPERFECT
    )
    if marker is None:
        return
    coming = first.period
    before = _in_year(first, coming.start.year - 1, text, stated_on, scanning)
    if before is None or before.period is None or before.period.end >= stated_on:
        return
    if stated_on - before.period.end < coming.start - stated_on:
        outcome.used.append(marker)
        outcome.first = outcome.last = before


# In an article, a weekday ("on Thursday") or "this week" is when something happened, unless
# the verb that governs it looks ahead: "it will start construction ... on Thursday", "is set
# to open Friday", "ouvrira ses portes jeudi". The nearest verb before it in the sentence
# decides: "said Tuesday it will start ... on Thursday" reads Thursday, not Tuesday.
_FUTURE = (
    r"\b(?:will|shall|would|(?:(?:scheduled|set|due|slated|expected|poised|planned|going"
    r"|plans?|planning|aims?|intends?|hopes?|expects?|is|are) to)"
    r"|va|vont|doit|doivent|devra|devront|sera|seront|fera|feront|aura|auront|ira|iront"
    r"|[a-z]{3,}(?:e|i|d|t|rr|u)(?:ra|ront)"
    # An event's present is its schedule: "le vote a lieu dimanche", "takes place on Sunday"
    # (what took place says so: "a eu lieu", "took place").
    r"|a lieu|ont lieu|se tient|se tiennent|se deroulen?t?|takes place|take place"
    # A plan said in the present: "a final decision is due on Dec. 18", "la décision est
    # prévue le 18 décembre" (what was due or planned tells of the past).
    r"|(?:is|are) (?:now |still )?(?:due|expected|scheduled|slated|planned|set for)"
    r"|(?:est|sont) (?:desormais |maintenant |toujours )?(?:prevu|attendu|programme|fixe)"
    r"(?:e|s|es)?)\b"
    r"|(?<=\w)'ll\b"
)
_PAST = (
    r"\b(?:said|told|was|were|had|did|began|came|went|took|made|met|held|ont|avait|avaient"
    r"|etait|etaient|fut|furent|[a-z]{3,}ed(?!\s+to\b)|[a-z]{2,}(?:ait|aient)"
    # A verb of saying in the passé composé: "est prévu en juillet, a annoncé mardi l'ESA".
    r"|a (?:annonce|indique|precise|declare|explique|affirme|ajoute|confirme|souligne|assure"
    r"|dit))\b"
)
_TENSE = re.compile(rf"(?P<future>{_FUTURE})|(?P<past>{_PAST})", re.ASCII)
_SENTENCE_START = re.compile(r"[.;!?:]\s|\n", re.ASCII)
# Words in -ed that tell no past, given by their stem before "ed": participles that set a date
# ahead or move it ("expected", "scheduled", "delayed"), and words in -ed that are no verb at
# all, a number, a name or an adjective ("two hundred on Monday", "Mohammed on Friday", "a
# sacred site"). Shared by every reading of an English "-ed" as a past below.
_NO_TOLD_PAST_ED = (
    r"expect|schedul|plann|slat|target|aim|hop|intend|design|suppos|mean|tipp|delay|postpon"
    r"|push|mov|reschedul|slipp|defer|extend|shift"
    r"|hundr|ahm|moham|mohamm|muhamm|sacr|nak|wick|hatr|kindr"
)
# A word of the subject before a past after a comma: not one that opens a side clause, whose
# verb tells of something else ("starts in April, after the former dean resigned").
_SUBJECT_WORD = (
    r"(?!(?:after|before|when|while|since|because|until|till|once|if|though|although|where"
    r"|which|who|whose|that|following|apres|avant|quand|lorsque|lorsqu|depuis|puisque|parce"
    r"|qui|que|qu|dont|ou|si"
    # Nor an auxiliary of the future or a passive: "On Monday, the board will be asked".
    r"|will|would|shall|should|must|can|could|may|might|be|is|are|to)\b)"
)
# Verbs that can only tell of the past: "In April, the first turbines began", "les travaux ont
# debute en mars". Participles that also serve the future ("expected", "scheduled", "planned")
# are not in it.
_TOLD_PAST_RX = re.compile(
    r"\b(?:began|begun|started|opened|launched|broke ground|took place|was held|were held"
    # Begun again, as the French "a repris", "a rouvert" are: "resumed on May 25".
    r"|resumed|reopened|restarted"
    r"|came|went|arrived|entered service|ended|finished|completed|closed|delivered|shipped"
    r"|debuted|unveiled|signed|announced|said|told|reported|confirmed|reached|received"
    # Shown or made known: "the plans were revealed in May" (said in August).
    r"|revealed|disclosed|presented|introduced|showcased"
    # Put into use: "rolled out a handful of trains in August" (said in December).
    r"|rolled out|deployed|inaugurated|commissioned|switched on"
    r"|approved|adopted|awarded|broken ground|ground broken"
    # Called off: "cancelled in July" (said in December), "the plan, scrapped in 2019".
    r"|cancell?ed|scrapped|abandoned|shelved|withdrawn"
    # A verb with no passive, whose form in -ed is never a participle cut from a future
    # auxiliary ("to be released in May" may lose its "to be"; "collapsed in March" has none):
    # "the builder collapsed in March" (said in July). Only when it governs the period
    # (`_NO_PASSIVE_PAST`).
    r"|collapsed|occurred|happened|emerged|died|resigned|erupted"
    # A move with no new date: "postponed the launch indefinitely in June" (said in October)
    # tells when it was put off, not a date it was put off to.
    r"|(?:postponed|delayed|suspended|paused|halted|put off)(?: [a-z'-]+){0,3}"
    r" (?:indefinitely|sine die|until further notice)"
    r"|(?:reporte|suspendu|ajourne)e?s?(?: [a-z'-]+){0,3} (?:sine die|indefiniment)"
    # "C'était début juillet": the imperfect of "it was", right before the time it names,
    # points at a time gone by ("c'était prévu pour juin" names a target).
    r"|c'etai(?:en)?t(?=\s+(?:(?:en|le|au|a|vers|courant|dans)\s+)?$)"
    # The pluperfect is past, whatever the verb: "had ground broken in October".
    r"|had (?:been |already |just )?(?!planned|expected|scheduled|hoped|intended|aimed|targeted)"
    r"[a-z]+(?:ed|en|wn)"
    # So is the French one: "avait deja revu les dates", "avaient ensuite fixe", and with a
    # quantifier between the auxiliary and its participle, "avait tout gele".
    r"|avai(?:en)?t (?:(?:deja|alors|ensuite|bien|aussi|encore|tout|tous|toutes) )?"
    r"(?!prevu|envisage|projete|programme|planifie|espere|voulu)[a-z]+(?:e|i|u|is|it|ert)(?:e|s|es)?"
    # And the passé composé after a subject pronoun: "En mars, elle a acheté".
    r"|(?:il|elle|on|ils|elles|nous) (?:a|ont|avons) (?:(?:deja|alors|ensuite|bien|aussi) )?"
    # (not a present idiom: "elle a lieu dimanche", "il a envie de").
    r"(?!prevu|envisage|projete|programme|planifie|espere|voulu|lieu\b|envie\b|hate\b)"
    r"[a-z]{3,}(?:e|i|u|is|it|ert)(?:e|s|es)?"
    # And a reflexive one: "elle s'est rendue lundi", "ils se sont reunis mardi" (not a
    # commitment told with it: "s'est engagee a", "s'est fixe pour objectif").
    r"|(?:s'|se )(?:est|sont) (?:(?:deja|alors|ensuite|bien|aussi) )?"
    r"(?!engage|fixe|donne|dit|declare|montre|prepare|promis|vu)"
    # ("se sont clos vendredi": a participle in -os too.)
    r"(?:[a-z]{3,}(?:e|i|u|is|it|ert)(?:e|s|es)?|clos(?:e|es)?)"
    r"|(?:(?:a|ont|avait|avaient|etait|etaient)(?: ete)? |(?<=, ))"
    r"(?:ete|eu|commence|debute|demarre|ouvert|lance|annonce|signe|inaugure|organise|adopte"
    r"|approuve|livre|termine|acheve|ferme|recu|atteint|franchi|conclu|decide|investi|choisi"
    # Told, shown or halted: "a suspendu début juillet", "ont dévoilé mardi".
    r"|suspendu|interrompu|devoile|presente|publie|revele|indique|precise|affirme|declare"
    r"|explique|ajoute|entame"
    # Irregular participles: "a rouvert lundi", "a pris fin le 11 avril", "a mis fin".
    r"|rouvert|reouvert|pris fin|pris effet|mis fin|fini|repris"
    # Carried out: "ces diagnostics, menés entre mai et septembre".
    r"|mene|realise|effectue"
    r")(?:e|s|es)?"
    # A past participle after a noun, feminine or plural, whose ending tells it from the
    # present ("la campagne lancée en octobre", not "Orange lance en octobre"; not one whose
    # plural is also a noun's, "des fermes", "les livres", "des signes", "les annonces").
    r"|(?<=[a-z] )(?:(?:commence|debute|demarre|lance|inaugure|organise|adopte|approuve"
    r"|termine|acheve|decide|choisi|suspendu|interrompu|devoile|publie|revele|entame"
    r"|mene|realise|effectue)"
    r"(?:e|es|s)|annoncees?|votees?)"
    # A participle of motion after a noun, in a form no present or noun shares: "le convoi
    # parti lundi" (not "la sortie lundi", a release to come, nor "la venue lundi").
    r"|(?<=[a-z] )(?:parti|venu|sorti|survenu|intervenu)s?"
    # The passé composé of a verb of motion: "les barrières sont tombées mercredi".
    r"|(?:est|sont) (?:(?:deja|alors|ensuite|bien|aussi) )?(?:tombe|arrive|parti|entre|venu"
    r"|passe|sorti|revenu|rentre|intervenu|survenu)(?:e|s|es)?"
    # An English passive past: "a steel beam was ceremoniously erected Wednesday".
    r"|(?:was|were) (?:[a-z]+ly )?(?!(?:" + _NO_TOLD_PAST_ED + r")ed\b)"
    r"[a-z]{3,}ed"
    # A name's English past after the period and a comma: "In February, Toyota invested".
    # ("On Monday, the Moscow school board voted": a subject of up to four words.)
    r"|(?<=, )(?:" + _SUBJECT_WORD + r"[a-z][\w&.'-]*\s+){1,4}?"
    r"(?!(?:" + _NO_TOLD_PAST_ED + r")ed\b)[a-z]{3,}ed"
    # And its French imperfect: "En février, la Commission européenne (CE) annonçait" (not a
    # conditional in "-rait", "la piscine pourrait ouvrir", nor a noun: "le retrait"; nor a
    # present in "-aît" or "-fait": "le festival renaît", "la SNCF refait", "le forfait"). Of
    # the "-rait" forms, those no conditional has are imperfects: "déclarait", "ignorait",
    # "assurait" (not "aurait", "serait", "devrait", "finirait").
    r"|(?<=, )(?:" + _SUBJECT_WORD + r"[a-z(][\w&.'()-]*\s+){1,4}?"
    r"(?:s'|se\s+)?(?!(?:retr|portr|attr|souh|extr|tr|l|f|abstr|distr|n|conn|reconn|ren|pl"
    r"|depl|par|appar|dispar|repar|ref|def|contref|mef|parf|forf|bienf|satisf|surf)ait\b)"
    r"[a-z]{3,}(?:(?<!r)|(?<=[ao]r)|(?<=[^a]ur))(?:ait|aient))\b",
    re.ASCII,
)
# Before a weekday named plainly, an English verb in -ed of any kind tells of the past ("the
# minister updated Cabinet on Tuesday", "a crane slammed into the bridge early Friday"), and
# so do the strong pasts news write most ("a meeting held on Wednesday"): a weekday to come
# is said with a verb that looks ahead ("will update Cabinet on Tuesday"), and a participle
# whose auxiliary looks ahead is left out (`_undone`: "to be held on Wednesday"). Not before a
# month or a day, where a participle cut from its future auxiliary is common ("auctioned in
# January", "released in September"). Not a participle used as an adjective after a
# determiner ("the revised schedule on Monday"), nor one that sets a date ahead or moves it
# ("expected", "delayed", "promised").
_SIMPLE_PAST_RX = re.compile(
    r"(?<!\bthe\x20)(?<!\ba\x20)(?<!\ban\x20)(?<!\bits\x20)(?<!\btheir\x20)(?<!\bhis\x20)"
    r"(?<!\bher\x20)(?<!\bour\x20)(?<!\bthis\x20)(?<!\bthese\x20)(?<!\bthose\x20)"
    r"\b(?:(?!(?:" + _NO_TOLD_PAST_ED + r"|promis|pledg|commit|propos|requir"
    r"|anticipat|project|predict|estimat|envisag|forecast|earmark|pencil|pencill|book|fix|tim"
    r"|need|want|wish|order|ask|ti|bas|limit|unit|advanc|relat|concern|interest|detail|call"
    r"|nam|dedicat|reserv)ed\b)"
    r"[a-z]{3,}(?<!e)ed|held|sent|sold|bought|built|paid|won|lost|gave|spent|brought|wrote"
    r"|spoke|became|fell|rose|struck|made|took|met)\b",
    re.ASCII,
)
# "made", "took" and "met" often open a clause of their own ("the council made it clear: the
# road reopens on Monday", "it took note that the vote is on Friday"): they tell of the weekday
# only with no clause boundary between (a colon or semicolon, a verb of saying, a relative).
_STRONG_ACROSS = frozenset({"made", "took", "met"})
_CLAUSE_TURN = re.compile(
    r"[:;]|\b(?:say|says|said|tell|tells|told|announc\w*|that|which|who|whose|where|when)\b",
    re.ASCII,
)
_A_PERIOD_BETWEEN = re.compile(
    rf"\b(?:{_MONTH}|{_WEEKDAY}|(?:19|20|21)\d\d|q[1-4])(?![\w'])|[;]", re.ASCII
)
# Between such a verb and the period, nothing that looks ahead ("agreed to deliver in June",
# "said it will open in April"), no clause of its own whose verb then decides ("announced that
# the vote is on Friday"), no purpose that is still to come ("approved for launch in May"),
# and few words.
_AHEAD_RX = re.compile(
    rf"\bto\s+[a-z]|{_FUTURE}|[,;:.!?]\s*(?:but|mais)\b|\b(?:that|que)\b|\bqu'"
    # A French infinitive after "de" looks ahead as "to" does: "a décidé de lancer en juillet"
    # (not a noun of the same ending: "chemin de fer", "fin de janvier", "de premier plan").
    r"|\b(?:de|d')\s*(?![a-z]*ier\b|fer\b|mer\b|hiver\b)[a-z]+(?:er|ir)\b"
    r"|\b(?:for|pour)\s+(?:(?:its|their|the|a|an|un|une|la|le|l'|sa|son|leur)\s*)?"
    r"(?:launch|release|delivery|deliveries|opening|sale|sales|use|service|construction"
    r"|lancement|livraison|ouverture|mise en service|commercialisation|vente|sortie)\b",
    re.ASCII,
)
# A period that says itself it is to come or a target: "next June", "septembre prochain", "for
# August", "pour juin", "prévu pour juin".
_AHEAD_IN_ITSELF = re.compile(
    r"(?:(?:prevue?s?|programmee?s?|fixee?s?)\s+)?(?:for|pour)\s"
    r"|.*?\b(?:next|coming|prochain|prochaine|prochains|prochaines)\b",
    re.ASCII,
)
# A verb of a move just before the period, with "to"/"à" or not: the new date, ahead.
_MOVED_JUST_BEFORE = re.compile(
    rf"(?:{_MOVE})(?:\s+(?:to|until|till|into|a|au|aux|en|jusqu'(?:a|au|en)))?\s+$", re.ASCII
)
# "announced the initial delay in June": after an article or a possessive, "delay" is the
# noun, and the period after it tells when the delay came, not a date moved to.
_DELAY_NOUN = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this|that|another)\s+(?:[a-z'-]+\s+){0,2}delays?\s+$",
    re.ASCII,
)
_WHEN_NOT_WHERE_TO = re.compile(r"(?:in|on|during)\s", re.ASCII)
# "postponed the vote on Monday", "moved its first cargo on 7 January": after a verb of a move
# and its object (a determiner and up to three words, none the "to" of a new date), "on" a
# day tells when the move was made; a new date takes "to", "until", "for", "à".
_MOVED_SOMETHING = re.compile(
    rf"(?P<verb>{_MOVE})\s+(?:the|its|their|his|her|our|this|that|these|those|a|an)\s+"
    r"(?:(?!(?:to|until|till|into|for|from|a|au|aux|en|jusqu)\b)[a-z'-]+\s+){0,3}"
    # "postponed the vote a second time on Monday" (that "a" is no French "à").
    r"(?:a\s+(?:second|third|fourth|fifth|further)\s+time\s+)?$",
    re.ASCII,
)


def _delay_told_when(folded: str, start: int) -> bool:
    """Whether the period at `start` tells when a delay came ("the delay in June") or a move
    was made ("postponed the vote on Monday"), not the date a move went to ("a delay to
    June")."""
    if not _WHEN_NOT_WHERE_TO.match(folded, start):
        return False
    low = max(0, start - 60)
    # Only a move in the past tense was made on the day: "moves its headquarters on 3 March"
    # and "agreed to move its staff on 3 March" name the day it is to be made.
    return bool(
        _DELAY_NOUN.search(folded, low, start)
        or (
            folded.startswith("on ", start)
            and (moved := _MOVED_SOMETHING.search(folded, low, start)) is not None
            and moved["verb"].endswith("ed")
        )
    )


# The verbs with no passive above tell of a period only when they govern it, right before it
# with at most an adverb or a preposition between ("collapsed in March", "resigned suddenly
# on 3 March"), never from a side clause after it or before its own clause ("reopens in
# March, two years after the tunnel collapsed", "named after a nurse who died").
_NO_PASSIVE_PAST = re.compile(
    r"collapsed|occurred|happened|emerged|died|resigned|erupted", re.ASCII
)
_GOVERNED_GAP = re.compile(
    r"\s*(?:(?:[a-z]+ly|in|on|during|at|around|back|early|late|earlier|later)\s+){0,3}",
    re.ASCII,
)


# A side clause after a comma: its verb tells of something else than the period before.
_SIDE_CLAUSE_AFTER = re.compile(
    r",\s*(?:once|if|after|when|while|since|because|until|till|though|although|unless"
    r"|as soon as|before)\b",
    re.ASCII,
)
# Words of a main clause before the period, in its sentence.
_CLAUSE_BEFORE_PERIOD = re.compile(r"[a-z][^.;:!?]*$", re.ASCII)


def _side_clause_past(folded: str, verb: re.Match[str], start: int) -> bool:
    """Whether `verb` is a verb with no passive that does not govern the period at `start`
    (it stands after the period, or before it with more than an adverb between); or any
    past verb in a side clause after the period that ends a main clause ("the new dean starts
    in April, once the board approved": not "In April, once the board approved, ...")."""
    if (
        verb.start() > start
        and _SIDE_CLAUSE_AFTER.search(folded, start, verb.start())
        and _CLAUSE_BEFORE_PERIOD.search(folded, max(0, start - 80), start)
    ):
        return True
    if not _NO_PASSIVE_PAST.fullmatch(verb.group()):
        return False
    return verb.end() > start or not _GOVERNED_GAP.fullmatch(folded, verb.end(), start)


# A participle after "be", "will", "is", "to" speaks of what is to come ("will be completed").
_UNDONE_RX = re.compile(
    r"\b(?:be|being|is|are|am|will|would|shall|should|must|can|could|may|might|to)"
    r"(?:\s+[a-z]+ly)?\s+$|'ll\s+$"
    # So does one after the future perfect's "will have": "will have opened by March", "we'll
    # have fully completed", "will have been opened by March"; and after "to have": "is
    # expected to have moved the staff on Monday".
    r"|(?:\b(?:will|shall)|'ll)\s+have(?:\s+been)?(?:\s+[a-z]+ly)?\s+$"
    # (Not "is said to have moved the staff on Monday", a past reported.)
    r"|\b(?:expected|due|set|scheduled|slated|likely|hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?"
    r"|plan(?:s|ned|ning)?)\s+to\s+have(?:\s+been)?(?:\s+[a-z]+ly)?\s+$"
    # And one after "have" and its object, the thing to be done: "with the goal of having the
    # work finished by Aug. 22", "to have it completed in May".
    r"|\bhav(?:e|ing)\s+(?:it|them|(?:the|its|their|this|that|these|all)(?:\s+[a-z'-]+){1,3})\s+$"
    # And in French: "sera lancée en octobre", "doit être inauguré lundi".
    r"|\b(?:etre|sera|seront|serait|seraient|va|vont|doit|doivent|devra|devront|pourra"
    r"|pourront)(?:\s+[a-z]+ment)?\s+$",
    re.ASCII,
)
# "Depuis le 14 fevrier, la piscine n'accueille plus", "since March": what has held since a
# day began on a day gone by, as a past verb tells.
# So does "since" an event of its own, then its time: "depuis son démarrage en septembre",
# "since its launch in May" (a noun of one to three words after its article or possessive).
_SINCE_RX = re.compile(
    r"\b(since|depuis)\s+(?:(?:le|the)\s+"
    r"|(?:son|sa|ses|leur|leurs|its|their|his|her|the|le|la|les|l')\s*"
    r"(?:[a-z][a-z~-]*\s+){1,3}(?:(?:en|in|on|le|au)\s+)?)?$",
    re.ASCII,
)
_SINCE_REACH = 50  # characters before a period where its "since" may stand
# "It was announced back in March", "back in May, the council said": "back in" looks back at a
# time gone by. Not after a verb it completes ("will be back in March", "come back in May"):
# only at the start, after a comma or "way", or after a verb in the past ("announced back in").
_BACK_IN_RX = re.compile(rf"(?:^|[,;(]|\bway|(?P<verb>{_PAST}))\s*\b(?P<back>back)\s+$", re.ASCII)
_PAST_REACH = 8  # words between the verb and the period
_PAST_REACH_DAYS = 366  # how far back a period told in the past may lie


def _undone(folded: str, verb: re.Match[str]) -> bool:
    """Whether a past verb is a participle that speaks of what is to come."""
    return bool(_UNDONE_RX.search(folded, max(0, verb.start() - 30), verb.start()))


def _told_in_past(
    folded: str, start: int, end: int, *, weekday: bool = False
) -> tuple[int, int] | None:
    """Where the verb stands that tells of a period as past: the nearest strictly past verb
    just before it, or just after it in the same sentence, with nothing looking ahead between.
    Before a weekday, any English simple past counts (`_SIMPLE_PAST_RX`).

    A period said to come ("septembre prochain", "next June"), set as a target ("scheduled
    for August", "confirmé pour juin") or as the new date of a move ("a été reporté au 4
    mars") is never told as past."""
    if _AHEAD_IN_ITSELF.match(folded, start, end) or (
        _MOVED_JUST_BEFORE.search(folded, max(0, start - 60), start)
        and not _delay_told_when(folded, start)
    ):
        return None
    # "the council postponed the vote on Monday": the day the move was made, in the past tense
    # of its verb ("will postpone the vote on Monday" is still to come).
    if (
        folded.startswith("on ", start)
        and (moved := _MOVED_SOMETHING.search(folded, max(0, start - 60), start))
        and moved["verb"].endswith("ed")
        and not _undone(folded, moved)
    ):
        return moved.span("verb")
    before = None
    for m in _TOLD_PAST_RX.finditer(folded, max(0, start - 80), start):
        if not _side_clause_past(folded, m, start):
            before = m  # the nearest one
    if weekday:
        low = before.end() if before else max(0, start - 80)
        for m in _SIMPLE_PAST_RX.finditer(folded, low, start):
            if m[0] in _STRONG_ACROSS and _CLAUSE_TURN.search(folded, m.end(), start):
                continue  # "made it clear: the road reopens on Monday"
            before = m  # nearer still
    if before is not None and not _undone(folded, before):
        between = folded[before.end() : start]
        if (
            not _AHEAD_RX.search(between)
            and len(_WORD.findall(between)) <= _PAST_REACH
            # "The tender, launched on 15 January, closes on 31 March": the verb tells of
            # the period right after it, not of one beyond it.
            and not _A_PERIOD_BETWEEN.search(between)
        ):
            return before.span()
    if _looks_ahead(folded, start) is not None:
        # A verb before the period already looks ahead: a past verb after it is the
        # attribution of what was said ("will open on March 3, the company said").
        return None
    after = next(
        (
            m
            for m in _TOLD_PAST_RX.finditer(folded, end, min(len(folded), end + 80))
            if not _side_clause_past(folded, m, start)
        ),
        None,
    )
    if after is not None and not _undone(folded, after):
        between = folded[end : after.start()]
        if (
            not _AHEAD_RX.search(between)
            and not _SENTENCE_START.search(between)
            and len(_WORD.findall(between)) <= _PAST_REACH
        ):
            return after.span()
    return None


# A French past participle that opens the phrase, its noun left out: "dévoilé vendredi",
# "lancée en octobre", "promulguée en novembre", "parti lundi". Only of a verb of something
# done, named in the list below: many nouns share the ending and open a phrase as well
# ("Soirée le 15 avril", "Marché de Noël en décembre", "Société en bourse en avril", "Fusée en
# avril"), and only a verb's meaning tells them apart. A verb that plans, sets or moves a date
# looks ahead ("programmée en novembre", "reporté") and is not in it. A participle of "-er"
# counts only written with its accent ("dévoilé", not the present "dévoile"); one in "-i" or
# "-u" only in the form no noun shares ("sorti", not "la sortie"). Only a singular one: a
# plural is often the second of two participles sharing a future auxiliary the phrase leaves
# out ("seront mis à la concertation en septembre et publiés en décembre").
_OPENING_PARTICIPLE = re.compile(
    r"(?P<stem>commenc|debut|demarr|lanc|inaugur|organis|adopt|approuv|termin|achev|decid"
    r"|devoil|publi|revel|entam|men|realis|effectu|annonc|vot|present|sign|livr|ferm|arriv"
    r"|entr|pass|rentr|tomb|reprim|install|promulgu|ratifi|valid|accord|attribu|remport"
    r"|clotur|arret|donn|demenag)(?P<e>e)e?\b"
    r"|(?:parti|sorti|venu|revenu|survenu|intervenu|suspendu|interrompu|choisi|conclu"
    r"|ouvert|recu|atteint|franchi)(?=\s)",
    re.ASCII,
)
_ACCENTED_E = frozenset("éÉ")


def _opening_participle(text: str, folded: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a past participle stands that opens the phrase and tells of the period after it
    as past, with few words and nothing looking ahead between (nor in the period itself:
    "lancée pour octobre", "en octobre prochain")."""
    verb = _OPENING_PARTICIPLE.match(folded)
    if verb is None or verb.end() > start or _AHEAD_IN_ITSELF.match(folded, start, end):
        return None
    if folded.startswith(("d'ici", "jusqu"), start):
        return None  # "d'ici octobre", "jusqu'en octobre" look ahead whatever the verb
    if verb["e"] and text[verb.start("e")] not in _ACCENTED_E:
        return None
    between = folded[verb.end() : start]
    if (
        _AHEAD_RX.search(between)
        or _A_PERIOD_BETWEEN.search(between)
        or len(_WORD.findall(between)) > _PAST_REACH
    ):
        return None
    return verb.span()


# The French passé composé of any verb in "-er", its participle written with its accent: "a
# voté le 25 janvier", "Orange ayant pendant un temps évoqué le 9 mars"; and of "paraître",
# said of what is published: "est paru en août". The auxiliary "a" is told from the
# preposition "à" by its missing accent; a participle that sets or moves a date ("a fixé au",
# "a reporté à", "a programmé pour") or names a plan is left out. Only adverbs and the "été"
# of a passive stand between the auxiliary and its participle: after "a" ("has") a noun in
# "-é" is its object ("le conseil a un comité le 18 mars"). The participle's "é" is the first
# "e" of its ending ("votée", "votées"), which must bear the accent.
_BETWEEN_AUX_AND_PARTICIPLE = (
    r"(?:[a-z]+ment|deja|bien|aussi|enfin|encore|ensuite|alors|ainsi|ete|un temps"
    r"|pendant un temps)"
)
_COMPOUND_PAST = re.compile(
    rf"\b(?P<aux>a|ont|ayant)\s+(?:{_BETWEEN_AUX_AND_PARTICIPLE}\s+){{0,2}}"
    r"(?!(?:fix|report|repouss|decal|avanc|prolong|programm?|planifi|envisag|esper|annonc|cibl"
    r"|vis|retard|differ|et)e)"
    r"(?P<verb>[a-z]{2,}?(?P<e>e)(?:e|s|es)?)\s+(?:(?:le|en|vers|courant)\s+)?$"
    r"|\b(?:est|sont)\s+(?:(?:deja|bien|aussi)\s+)?parue?s?\s+$",
    re.ASCII,
)

_COMPOUND_PAST_CUE = re.compile(r"\b(?:a|ont|ayant)\s|paru", re.ASCII)


def _compound_past(text: str, folded: str, start: int) -> tuple[int, int] | None:
    """Where a French compound past stands right before the period (`_COMPOUND_PAST`)."""
    low = max(0, start - 60)
    if not _COMPOUND_PAST_CUE.search(folded, low, start):
        return None
    past = _COMPOUND_PAST.search(folded, low, start)
    if past is None:
        return None
    if past["aux"] == "a" and text[past.start("aux")] not in "aA":
        return None  # "à": a preposition
    if past["e"] and text[past.start("e")] not in _ACCENTED_E:
        return None
    return past.span()


# The French imperfect of a verb in "-érer" after the period and a comma, its subject between:
# "Fin avril, il espérait" (said in October) is the April gone by. Its accented "é" tells it
# from a conditional, always "-erait" ("il opérerait", "on espérerait"): folded, the two are
# one, so `_TOLD_PAST_RX` leaves both unread and this reads the accent in the text.
_ACCENTED_IMPERFECT = re.compile(
    r",\s+(?:" + _SUBJECT_WORD + r"[a-z(][\w&.'()-]*\s+){1,4}?(?:s'|se\s+)?"
    r"(?P<verb>[a-z]{2,}(?P<e>e)r(?:ait|aient))\b",
    re.ASCII,
)


# Nothing but the start of the text or of a sentence (and an opening mark) before a period.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s)[\s\"'(\u00ab\u201c-]*$")


def _accented_imperfect(text: str, folded: str, start: int, end: int) -> tuple[int, int] | None:
    """Where an imperfect in "-érait" stands after the period, in its sentence, with few words
    and nothing looking ahead between (`_ACCENTED_IMPERFECT`)."""
    if _looks_ahead(folded, start) is not None:
        return None
    # Only a period opening its sentence ("Fin avril, il espérait"): after a noun it is a
    # headline's date, and the comma opens a comment on it ("Livraison fin avril, le maire
    # espérait mieux" still promises the April to come).
    if not _OPENS_SENTENCE.search(folded, max(0, start - 200), start):
        return None
    verb = _ACCENTED_IMPERFECT.search(folded, end, min(len(folded), end + 80))
    if verb is None or text[verb.start("e")] not in _ACCENTED_E:
        return None
    between = folded[end : verb.start()]
    if (
        _AHEAD_RX.search(between)
        or _SENTENCE_START.search(between)
        or len(_WORD.findall(between)) > _PAST_REACH
    ):
        return None
    return verb.span("verb")


_NO_LONGER_FR = re.compile(r"n(?:e\s|')", re.ASCII)
_ONLY_OR_FROM = re.compile(r"\bqu(?:e\b|')|\b(?:des|a partir d|a compter d)", re.ASCII)


def _looked_back_at(folded: str, start: int) -> tuple[int, int] | None:
    """Where "back" stands when a period is said to lie "back in" the past."""
    back = _BACK_IN_RX.search(folded, max(0, start - 40), start)
    if back is None or (back["verb"] and _undone(folded, back)):
        return None
    if folded.startswith(("from ", "to ", "until "), start) or (
        back["verb"]
        and back["verb"].startswith(("push", "put"))
        and not folded.startswith("in ", start)
    ):
        # "pushed back from Q3 to Q4", "pushed back three months to September": the back of
        # a move, not "back in" a time gone by.
        return None
    return back.span("back")


def _yesterdays_weekday(
    first: _Reading, folded: str, outcome: _Outcome, stated_on: dt.date
) -> bool:
    """Whether a weekday named plainly is the one of the day before: "on Wednesday" said on a
    Thursday reports the day just gone; a promise six days on would say "next Wednesday". A
    forward word ("next", "coming", "this", "prochain") or a verb that looks ahead ("will
    open on Wednesday") keeps the coming one."""
    assert first.period is not None
    if (first.period.start - stated_on).days != 6:
        return False
    weekday = first.candidate.match
    if weekday["wnext"] or weekday["wnext2"] or weekday["wthis"] not in (None, "ce"):
        return False
    if first.qualifier_words in _STARTS_FROM and weekday["wthis"] is None:
        # "fares rise from Monday" said on a Tuesday: a start, the coming one; unless the
        # verb after it, opening its sentence, is past ("From Monday, fares rose").
        told = _TENSE.search(folded, outcome.end, min(len(folded), outcome.end + 80))
        return told is not None and told.group("past") is not None
    ahead = _looks_ahead(folded, outcome.start) or _opens_ahead(folded, outcome.start, outcome.end)
    return ahead is None


# The groups that tie a month, a day or a season to the stated year: "this June", "ce mois
# de mai", "this November 30", "this summer", "cet été".
_THIS_OF_THE_YEAR = ("this", "this_m", "this_m2", "this_d")


# An auxiliary of the past and its participle right before a period: "was inaugurated",
# "has been operating", "ont été achevés", "sont arrivés" (not a participle that sets a date
# ahead: "was scheduled", "a été prévu").
_PAST_AUXILIARY_BEFORE = re.compile(
    r"\b(?:(?:was|were|(?:has|(?<!will )(?<!shall )(?<!'ll )have|had) been)\s+(?:[a-z]+ly\s+)?"
    r"(?!(?:" + _NO_TOLD_PAST_ED + r"|promis|pledg|commit|propos|requir|anticipat|forecast)ed\b)"
    r"[a-z]{3,}(?:ed|en|wn|ing)"
    r"|(?:ont|a|avait|avaient)\s+ete\s+(?:[a-z]+ment\s+)?"
    r"(?!(?:prevu|programme|planifie|envisage|projete|attendu|fixe|repousse|reporte|decale)"
    r"(?:e|s|es)?\b)[a-z]{3,}(?:e|i|u|is|it|ert)(?:e|s|es)?"
    r"|(?:est|sont|etait|etaient)\s+(?:tombe|arrive|parti|entre|venu|passe|sorti|revenu|rentre"
    r"|intervenu|survenu|ne|mort|decede)(?:e|s|es)?)\s+$",
    re.ASCII,
)


def _past_told(
    outcome: _Outcome, text: str, folded: str, stated_on: dt.date, scanning: bool
) -> None:
    """A period with no year that a past verb tells of is the occurrence just past, up to a
    year back: "In April, the first turbines began" said in November is the April gone by,
    not next April (the two-month rule for a bare "in April" does not reach that far)."""
    first = outcome.first
    if scanning or first is None:
        return  # an article keeps its own reading of such periods (when things were said)
    if first is not outcome.last:
        _range_told_past(outcome, text, folded, stated_on)
        return
    weekday = first.candidate.rule.name == "weekday"  # always dated, never with a year
    if first.period is None or (first.year_given and not weekday):
        return
    # "were completed by December" (said in March): a month "by" a past verb is gone by too
    # ("by Wednesday" said on a Thursday stays the coming one).
    plain: tuple[str | None, ...] = (None, Qualifier.IN.value, Qualifier.ON.value)
    plain += () if weekday else (Qualifier.BY.value,)
    since = _SINCE_RX.search(folded, max(0, outcome.start - _SINCE_REACH), outcome.start)
    if since is not None and first.period.end == stated_on and not weekday:
        # "Depuis le 1er septembre" said that day: since today tells when a state began,
        # not a date to come, as a day gone by after "since" does.
        said = _said(text, since.start(), outcome.end)
        outcome.error = f"'{said}' tells since when something holds: it holds no deadline."
        return
    if first.qualifier not in plain or first.period.start <= stated_on:
        return
    groups = first.candidate.match.groupdict()
    if (
        not weekday
        and any(groups.get(name) for name in _THIS_OF_THE_YEAR)
        and since is None
        and not _PAST_AUXILIARY_BEFORE.search(folded, max(0, outcome.start - 60), outcome.start)
    ):
        # "completed this summer" said in January: "this" names the stated year's summer,
        # still to come, a future auxiliary may have been cut (rule 2). Not after an
        # auxiliary of the past ("were completed this summer", "ont été achevés cet été") nor
        # "since" ("since this March"): the one gone by.
        return
    verb = since.span(1) if since else _looked_back_at(folded, outcome.start)
    verb = verb or _told_in_past(folded, outcome.start, outcome.end, weekday=weekday)
    verb = verb or _opening_participle(text, folded, outcome.start, outcome.end)
    verb = verb or _compound_past(text, folded, outcome.start)
    verb = verb or _accented_imperfect(text, folded, outcome.start, outcome.end)
    yesterday = weekday and _yesterdays_weekday(first, folded, outcome, stated_on)
    if verb is None and not yesterday:
        return
    coming = first.period
    if weekday and first.candidate.match.group("wnw"):
        return  # "on Friday next week": the one in the week named
    if weekday:
        # "une reunion etait organisee mercredi" said on a Saturday: the Wednesday gone by.
        week = dt.timedelta(days=7)
        gone = replace(coming, start=coming.start - week, end=coming.end - week)
        if verb is not None:
            outcome.used.append(verb)
        outcome.first = outcome.last = replace(first, resolved=gone)
        return
    if verb is None:
        return  # only a weekday is read back without a verb
    before = _in_year(first, coming.start.year - 1, text, stated_on, scanning)
    if before is None or before.period is None or before.period.end >= stated_on:
        return
    if (stated_on - before.period.end).days <= _PAST_REACH_DAYS:
        outcome.used.append(verb)
        outcome.first = outcome.last = before


# A date "set for", "scheduled for" a month or a day with no year, in the present:
# the plan looks ahead ("Opening is set for October" said in November is next October).
_SET_FOR = re.compile(
    r"(?<!\bwas\x20)(?<!\bwere\x20)(?<!\bbeen\x20)(?<!\bhad\x20)"
    # (Not French "prévu pour le 18 novembre" said on the 19th: the labels read the day gone by.)
    r"\b(?:set|scheduled|slated|planned|pencill?ed in|earmarked|penciled)(?: for)?\s+$",
    re.ASCII,
)


# "was scheduled for", "était prévue": a plan told in the past (given up: _SUPERSEDED_RX).
_WAS_BEFORE = re.compile(r"\b(?:etait|etaient|avait ete|was|were|had been)\b", re.ASCII)


def _set_ahead(
    outcome: _Outcome, text: str, folded: str, stated_on: dt.date, scanning: bool
) -> None:
    """A yearless period read as the one just gone by (rule 6's two months) but "set for" in
    the present is the coming one."""
    first = outcome.first
    if first is None or first is not outcome.last or first.period is None or first.year_given:
        return
    if first.period.end >= stated_on or first.candidate.rule.name == "weekday":
        return
    low = max(0, outcome.start - 40)
    if not _SET_FOR.search(folded, low, outcome.start) or any(
        rx.search(folded, low, outcome.start) for rx in (_SUPERSEDED_RX, _WAS_BEFORE)
    ):
        return  # "originally set for May", "was scheduled for October": a plan gone by
    coming = _in_year(first, first.period.start.year + 1, text, stated_on, scanning)
    if coming is not None and coming.period is not None and coming.period.end >= stated_on:
        outcome.first = outcome.last = coming


def _this_season_ahead(
    outcome: _Outcome, text: str, folded: str, stated_on: dt.date, scanning: bool
) -> None:
    """ "this summer" is the year said's (rule 2), gone by when said in November; but under a
    verb that looks ahead ("is expected to be completed sometime this summer") it is the
    coming one."""
    first = outcome.first
    if first is None or first is not outcome.last or first.period is None:
        return
    if first.candidate.rule.name != "season" or not first.candidate.match.group("this"):
        return
    if first.period.end >= stated_on or _looks_ahead(folded, outcome.start) is None:
        return
    coming = _in_year(first, first.period.start.year + 1, text, stated_on, scanning)
    if coming is not None:
        outcome.first = outcome.last = coming


_A_YEAR = re.compile(r"\d{4}|'\d\d\b", re.ASCII)


def _range_told_past(outcome: _Outcome, text: str, folded: str, stated_on: dt.date) -> None:
    """A range with no year that a past verb tells of is the one just past, as a single
    period is: "des diagnostics, menés entre mai et septembre" said in December, "began
    between May and September" are the May to September gone by."""
    first, last = outcome.first, outcome.last
    if first is None or last is None or first.period is None or last.period is None:
        return
    if _A_YEAR.search(folded, outcome.start, outcome.end) or first.candidate.rule.name == "weekday":
        return  # a year written, or a weekday: not this rule's (a reading given its
        # neighbour's year counts that year as given, so the words themselves are looked at)
    if first.period.start <= stated_on:
        return
    verb = (
        _looked_back_at(folded, outcome.start)
        or _told_in_past(folded, outcome.start, outcome.end)
        or _opening_participle(text, folded, outcome.start, outcome.end)
    )
    if verb is None:
        return
    year = first.period.start.year - 1
    before, after = (_in_year(r, year, text, stated_on, False) for r in (first, last))
    if before is None or after is None or after.period is None or before.period is None:
        return
    if before.period.start > after.period.start or after.period.end >= stated_on:
        return
    if (stated_on - after.period.end).days <= _PAST_REACH_DAYS:
        outcome.used.append(verb)
        outcome.first, outcome.last = before, after


# The last day of a part of a month, read generously: early is its first half, mid its middle
# half (the 8th to the 23rd). Late and end run to the month's last day.
_MONTH_PART_LAST_DAY = {"p_early": 15, "p_mid": 23}


def _part_gone_by(outcome: _Outcome, stated_on: dt.date, scanning: bool) -> None:
    """A part of the month under way that is over when said is past: "mi-avril" said on 26
    April, "early this month" said on the 25th. Otherwise a part adds nothing to a month
    (rule 2), which keeps its last day as the deadline."""
    first = outcome.first
    if scanning or first is None or first is not outcome.last or first.part2 is not None:
        return
    last_day = _MONTH_PART_LAST_DAY.get(first.part or "")
    period = first.period
    if last_day is None or period is None or period.precision != Precision.MONTH:
        return
    plain_or_by = (None, Qualifier.IN.value, Qualifier.ON.value, Qualifier.BY.value)
    if first.qualifier not in plain_or_by or not period.start <= stated_on <= period.end:
        return
    if stated_on.day > last_day:
        gone = replace(period, end=period.start.replace(day=last_day))
        outcome.first = outcome.last = replace(first, resolved=gone, part=None)


def _doubt_before(folded: str, low: int, start: int) -> int | None:
    """Where a doubt that governs what stands at `start` opens, passing over doubts denied
    ("there is no doubt that", "nul doute que")."""
    pos = low
    while doubt := _DOUBT_BEFORE.search(folded, pos, start):
        if not doubt["doubt"] or not _DOUBT_DENIED.search(folded, low, doubt.start("doubt")):
            return doubt.start()
        pos = doubt.end("doubt")
    return None


def _doubted(folded: str, outcome: _Outcome) -> tuple[int, int] | None:
    """Where a doubt or a denied belief that governs the date stands, and where what it says
    of the date ends: "je ne suis pas sûr que celle-ci sera prête en 2024"."""
    low = max(0, outcome.start - 80)
    if not _DOUBT_CUE.search(folded, low, outcome.start):
        return None
    if (doubt := _doubt_before(folded, low, outcome.start)) is not None:
        return doubt, outcome.end
    belief = _BELIEF_DENIED.search(folded, low, outcome.start)
    if belief and (met := _COULD_BE_MET.match(folded, outcome.end)):
        return belief.start(), met.end()
    return None


def _around(
    outcome: _Outcome, text: str, folded: str, stated_on: dt.date, scanning: bool
) -> _Outcome:
    """What the words before and after an expression change: negation, move, event, deadline,
    a plan given up."""
    first = outcome.first
    if outcome.error or first is None:
        return outcome
    _superseded(outcome, text, folded, stated_on, scanning)
    _past_told(outcome, text, folded, stated_on, scanning)
    _this_season_ahead(outcome, text, folded, stated_on, scanning)
    _set_ahead(outcome, text, folded, stated_on, scanning)
    _part_gone_by(outcome, stated_on, scanning)
    first = outcome.first
    assert first is not None
    after = _EVENT_AFTER.match(folded, outcome.end)
    if (
        after is None
        and not scanning
        and first.candidate.rule.name == "year"
        and outcome.first is outcome.last
        and _FOUR_DIGITS_AT_END.search(folded, outcome.start, outcome.end)
    ):
        # "for the 2026 NFL season", "in time for the 2027 season": a single year naming a
        # league's or a venue's season, whose months the phrase does not give ("the 2025
        # summer season", "fall 2018", "the 2024-25 season" are read by their own rules). In
        # a deadline phrase only: a news item's "pushed back to the 2020 season" is labelled
        # the year, the best it tells of a new date.
        after = _SEASON_OF_A_YEAR.match(folded, outcome.end)
    before = None
    # "avant les Jeux Olympiques de la jeunesse en 2022": a plain "in" between the event and
    # its year names the event's year too.
    in_year = first.qualifier_words in ("in", "en") and first.candidate.rule.name == "year"
    # "le salon du 3 au 7 mars": an event's day is its date, no name (not a year's).
    named_by_day = first.period is not None and first.period.precision == Precision.DAY
    if (first.qualifier is None or in_year) and not named_by_day:
        before = _EVENT_BEFORE.search(folded, max(0, outcome.start - 60), outcome.start)
        if (
            before
            and first.candidate.rule.name == "year"
            and _HOSTS.search(folded, max(0, before.start() - 40), before.start())
        ):
            # "pour accueillir la Coupe d'Afrique des Nations en 2025", "accueillir la finale
            # de la Coupe du monde 2030": the year it is hosted, with its "in" or without.
            before = None
        if before and _MOVE_RX.search(folded, before.start(), outcome.start):
            # "Conference pushed to 2021", "trade fair moved to 2021": the event moved to the
            # year, not named by it.
            before = None
    if (
        after
        and not scanning
        and first.qualifier is None
        and first.candidate.rule.name == "year"
        and _HOSTS.search(folded, max(0, outcome.start - 40), outcome.start)
    ):
        after = None  # "to host the 2030 World Cup": hosted that year too
    if (
        before is None
        and first.qualifier is None
        and first.candidate.rule.name == "year"
        and (named := _AT_A_NAMED_EVENT.search(text, max(0, outcome.start - 40), outcome.start))
    ):
        # "at CES 2013", "au VivaTech 2024": one is "at" a show or a meeting, named by its year.
        before = named
    if not (after or before) and first.candidate.rule.name == "year" and first is outcome.last:
        # As an event's noun after its year names it whatever the qualifier ("by the 2025
        # edition", as "before the 2026 Olympics"), and one before it only a year alone.
        after = _EDITION_AFTER.match(folded, outcome.end)
        if first.qualifier is None and after is None:
            before = _EDITION_BEFORE.search(folded, max(0, outcome.start - 12), outcome.start)
    if after or before:
        start = before.start() if before else outcome.start
        end = after.end() if after else outcome.end
        return _Outcome(
            start,
            end,
            error=f"'{_said(text, start, end)}' names an event, not a date: give the event's date.",
        )
    if (later := _WHICHEVER_LATER.match(folded, outcome.end)) or _THE_LATER_OF.search(
        folded, max(0, outcome.start - 20), outcome.start
    ):
        # "by 2027 or within two years of the permit, whichever is later": the date hangs on
        # an event the phrase does not date.
        end = later.end() if later else outcome.end
        said = _said(text, outcome.start, end)
        return _Outcome(
            outcome.start,
            end,
            error=f"'{said}' is the later of a date and an event not dated: give the event's date.",
        )
    if (
        # "dans l'année suivant la décision", "in the year following approval": counted from
        # an event, as "within a year of approval" is (rule 14).
        (
            _FOLLOWING_AN_EVENT.match(folded, outcome.end)
            and _UNIT_AS_A_NOUN.search(folded, outcome.start, outcome.end)
        )
        # "le premier jour du mois suivant sa publication", the standard wording of a law's
        # entry into force, whose "suivant" the period read ends on.
        or (
            _ENDS_FOLLOWING.search(folded, outcome.start, outcome.end)
            and _AN_EVENT_NAMED.match(folded, outcome.end)
        )
    ):
        said = _said(text, outcome.start, outcome.end)
        return _Outcome(
            outcome.start,
            outcome.end,
            error=f"'{said}' is counted from an event the phrase does not date.",
        )
    if outcome.qualifier != Qualifier.NOT_BEFORE and (
        (denied_after := _DENIED_AFTER.match(folded, outcome.end))
        or (
            not scanning
            and _MODAL_DENIAL_CUE.search(folded, outcome.end, outcome.end + 140)
            and (denied_after := _MODAL_DENIAL_AFTER.match(folded, outcome.end))
        )
    ):
        said = _said(text, outcome.start, denied_after.end())
        return _Outcome(
            outcome.start,
            denied_after.end(),
            error=f"'{said}' rules the date out: a negated date is no deadline.",
            used=outcome.used,
        )
    if not scanning and (doubted := _doubted(folded, outcome)) is not None:
        said = _said(text, doubted[0], doubted[1])
        return _Outcome(
            doubted[0],
            doubted[1],
            error=f"'{said}' doubts the date: a date said not to be kept is no deadline.",
            used=outcome.used,
        )
    if not scanning and (
        off := _A_FEW_UNITS_OFF.search(folded, max(0, outcome.start - 40), outcome.start)
    ):
        # "à quelques jours de la rentrée": a few days away from it, a count with no number.
        said = _said(text, off.start(), outcome.end)
        return _Outcome(
            off.start(),
            outcome.end,
            error=f"'{said}' is too vague to be a deadline: no date can be held against it.",
            used=outcome.used,
        )
    if (
        _LEFT_FROM.match(folded, outcome.start)
        and not _TO_INSIDE.search(folded, outcome.start, outcome.end)
        and (move := _clause_before(text, folded, outcome.start, _MOVE_RX, limit=4))
    ):
        # "has slipped from 2017 to 2108": after a move, "from" names the date left behind;
        # when no readable new date follows, nothing is promised.
        said = _said(text, move[0], outcome.end)
        return _Outcome(
            outcome.start,
            outcome.end,
            error=f"'{said}' names the date moved away from, not the new one.",
            used=[*outcome.used, move],
        )
    if (
        isinstance(first.resolved, _Span)
        # "delayed by two years", and "by over a year" whose span reads "over" as its own
        and (
            _MARGIN_BY.match(folded, outcome.start)
            or _BY_BEFORE.search(folded, max(0, outcome.start - 16), outcome.start)
            or _FOR_AT_LEAST.match(folded, outcome.start)
        )
        # A verb of a move up to ten words before, with no punctuation between ("will delay
        # our projects in Poland and Germany by"): what it moved is the words between.
        and (
            move := _clause_before(
                text, folded, outcome.start, _MOVE_RX, limit=10, stops=_PUNCTUATION, reach=100
            )
        )
        and not (_FOR_AT_LEAST.match(folded, outcome.start) and _WAITING.match(folded, move[0]))
        # "For at least" gives a move's size only right after its verb ("delayed for at least a
        # year"); a participle before a noun ("a postponed trial should not start for at least
        # six months") or a move in another clause leaves it a floor.
        and not (
            _FOR_AT_LEAST.match(folded, outcome.start)
            and not _MOVED_RIGHT_BEFORE.search(folded, max(0, outcome.start - 60), outcome.start)
        )
    ):
        # "will delay our projects ... by about two years": how far the date moved, not when.
        said = _said(text, move[0], outcome.end)
        return _Outcome(
            outcome.start,
            outcome.end,
            error=f"'{said}' says how far the date moved, not when: give the new date.",
            used=[*outcome.used, move],
        )
    if isinstance(first.resolved, _Span) and _MARGIN_ALONE.match(folded, outcome.start):
        # "postponed the vote by one week": "by" before a bare count of units says how far,
        # even with the verb outside the phrase; a time within it is "within two weeks",
        # "by next week" or "by two weeks from now".
        said = _said(text, outcome.start, outcome.end)
        return _Outcome(
            outcome.start,
            outcome.end,
            error=f"'{said}' says how far a date moved, not when: give the new date.",
            used=outcome.used,
        )
    if isinstance(first.resolved, _Span) and (slip := _SLIP_AFTER.match(folded, outcome.end)):
        # "over half a year off its initial completion projection", "over two years behind
        # schedule": how far the date slipped from a plan, whatever word opened the span.
        said = _said(text, outcome.start, slip.end())
        return _Outcome(
            outcome.start,
            slip.end(),
            error=f"'{said}' says how far a date slipped, not when: give the new date.",
            used=outcome.used,
        )
    if (
        isinstance(first.resolved, _Span)
        and folded.startswith(("in ", "en "), outcome.start)
        and (
            superlative := _clause_before(
                text, folded, outcome.start, _SUPERLATIVE, limit=6, stops=_SUPERLATIVE_STOP
            )
        )
        # A verb to come before it makes the span one ahead as well: "will deliver its first
        # unit in two years".
        and _looks_ahead(folded, superlative[0]) is None
        and not _first_promised(folded, superlative, outcome.start)
    ):
        # "the coldest winter in a decade": how far back it is unmatched, not a span ahead.
        said = _said(text, superlative[0], outcome.end)
        return _Outcome(
            outcome.start,
            outcome.end,
            error=f"'{said}' measures back from a superlative, not a span ahead.",
            used=[*outcome.used, superlative],
        )
    if to_date := _TO_DATE_BEFORE.search(folded, max(0, outcome.start - 16), outcome.start):
        # "Year-to-date 2017", "YTD 2024": the stretch up to the day said, looked back on.
        said = _said(text, to_date.start(), outcome.end)
        return _Outcome(
            outcome.start,
            outcome.end,
            error=f"'{said}' looks back over the year up to the day it was said: no deadline.",
            used=[*outcome.used, to_date.span()],
        )
    # A determiner the period's words begin with ("dropped | the 2035 target") is read with
    # what comes before it.
    determiner = _DETERMINER_AT.match(folded, outcome.start, outcome.end)
    negation = _clause_before(
        text, folded, determiner.end() if determiner else outcome.start, _NEGATION_RX
    )
    if negation is None and not scanning and outcome.qualifier in _BEFORE_OR_BY:
        negation = _negation_of_the_clause(folded, outcome.start)
    if (
        negation
        and _NO_LONGER_FR.match(folded, negation[0])
        and _ONLY_OR_FROM.search(folded, negation[1], min(len(folded), outcome.start + 16))
    ):
        # "n'est plus attendue qu'en 2020": now only then; "ne fonctionnera plus dès fin
        # mars": from then on, a date that holds.
        negation = None
    if (
        negation is None
        and outcome.qualifier == "after"
        and (
            far := _clause_before(
                text,
                folded,
                outcome.start,
                _NO_LONGER_EN,
                limit=_NO_LONGER_REACH,
                stops=_NO_LONGER_STOP,
                reach=160,
            )
        )
    ):
        # "will no longer be allowed to sell or use the product in California after December
        # 31": whatever the verb, it stops then, a "by" (rule 15), however far the "after".
        negation = far
    if (
        negation
        and folded.startswith("without", negation[0])
        and outcome.qualifier not in (None, Qualifier.IN.value, Qualifier.ON.value)
    ):
        negation = None  # "without waiting until June": sooner, not denied
    if negation and _HINDRANCE_DENIED.search(folded, max(0, negation[0] - 30), outcome.start):
        negation = None  # "nothing should prevent the opening in June": June stands
    if negation and folded.startswith("n'aurai", negation[0]):
        # "n'aurait | pas pu être achevé avant 2030" denies; "n'aurait | pas lieu avant" is
        # reported speech ("would not take place before"), left to the phrase.
        negation = negation if _COULD_NOT_HAVE.match(folded, outcome.start) else None
    # A deadline said to be missed promises no later date: "would miss the June 2019
    # deadline", "not going to meet its May deadline", "will not be delivered in time for
    # the 2019 summer season".
    missed: tuple[int, int] | None = None
    if (miss := _MISSES_BEFORE.search(folded, max(0, outcome.start - 40), outcome.start)) and (
        _DEADLINE_RX.search(folded, outcome.start, min(len(folded), outcome.end + 12))
    ):
        missed = miss.span()
    elif negation and (
        (
            _KEEPS_TO_RX.search(folded, negation[1], outcome.start)
            and _DEADLINE_RX.search(folded, negation[1], outcome.end + 20)
        )
        or _IN_TIME_FOR.search(folded, negation[1], outcome.end)
    ):
        missed = negation
    if missed is not None:
        said = _said(text, missed[0], outcome.end)
        return _Outcome(
            outcome.start,
            outcome.end,
            error=f"'{said}' says a deadline will be missed: no date is promised.",
            used=[*outcome.used, missed],
        )
    if (
        first.qualifier is None
        and outcome.qualifier is None
        and (
            ahead := _AHEAD_OF_A_NAMED_TIME.search(
                folded, max(0, outcome.start - 80), outcome.start
            )
        )
    ):
        # "avant la rentrée parlementaire d'octobre 2026", "no later than the opening of the
        # 2026-27 season": before a time the words name inside the period, so by its end at
        # the latest (not "in" the period, the silent mistake of reading the period alone).
        outcome.used.append(ahead.span("q"))  # the time's own words stay unused, reported
        outcome.qualifier = Qualifier.BY.value
        if ahead["q"] in _FLOOR_BEFORE_A_TIME:
            # "as soon as the council meeting on July 5": not before the time's day.
            outcome.qualifier = Qualifier.NOT_BEFORE.value
        elif (
            outcome.last is first
            and first.period is not None
            and first.period.precision == Precision.DAY
            and ahead["q"] in ("before", "ahead of", "avant")
            and _ON_OR_LE.search(folded, max(0, outcome.start - 4), outcome.start + 3)
        ):
            # "avant le coup d'envoi prévu le 21 décembre": a time said to fall on that day,
            # so the day before it at the latest, as "before the vote on Friday" (below); a
            # time "of" or "du" a day is named by it, and stays a "by" ("avant sa rencontre
            # du 25 octobre").
            outcome.qualifier = Qualifier.BEFORE.value
    elif (
        first.qualifier == Qualifier.ON.value
        and first.qualifier_words == "on"
        and outcome.qualifier in (None, Qualifier.ON.value)
        and outcome.last is first
        and (
            ahead := _AHEAD_OF_A_NAMED_TIME.search(
                folded, max(0, outcome.start - 80), outcome.start
            )
        )
    ):
        # "ahead of the opening ceremony on August 5", "before the vote on Friday": a time
        # said to fall on that day, so the day before it at the latest, not the day itself.
        outcome.used.append(ahead.span("q"))
        outcome.qualifier = (
            Qualifier.NOT_BEFORE.value
            if ahead["q"] in _FLOOR_BEFORE_A_TIME
            else Qualifier.BEFORE.value
        )
    # (Read before a negation, which then reverses it: "ne bougera pas avant sa rencontre du
    # 25 octobre" is not before that day.)
    if negation:
        outcome.used.append(negation)
        # "never", a counterfactual, or an alternative set aside ("instead of getting the
        # service by the end of 2021", "plutôt que d'ici 2025") rules out any reading of it.
        never = folded.startswith(
            (
                "never", "jamais", "aurait", "auraient", "n'aurai", "would", "could", "might",
                "instead of", "rather than", "au lieu d", "plutot qu",
                # A target given up: "a renoncé à son objectif de 2030".
                "dropped", "abandon", "scrapped", "ditched", "shelved", "given up", "gave up",
                "renonce",
            ),
            negation[0],
        )  # fmt: skip
        if outcome.qualifier in _REVERSED and not never:
            outcome.qualifier = _REVERSED[outcome.qualifier]
        elif outcome.qualifier != Qualifier.NOT_BEFORE or never:
            denied = _said(text, negation[0], outcome.end)
            return _Outcome(
                outcome.start,
                outcome.end,
                error=f"'{denied}' rules the date out: a negated date is no deadline.",
                used=outcome.used,
            )
    until = outcome.qualifier == Qualifier.BY and _UNTIL.match(first.qualifier_words)
    move = _move_before_until(text, folded, outcome.start) if until else None
    # "extended their contract until Jan. 15", "prolonger ses avions jusqu'en 2030": what
    # is extended until a date runs until then, a term's end ("by"), not a new period.
    if move and not _EXTENDED.match(folded, move[0]):
        outcome.used.append(move)  # "delayed until 2027": moved to 2027
        outcome.qualifier = Qualifier.IN.value
    plain = outcome.qualifier in (None, Qualifier.IN.value, Qualifier.ON.value)
    # "the long-stop date of 31 December": the day's rule reads "date of" as its own, so the
    # noun before it ends with that "date".
    head = _DATE_WORD.match(folded, outcome.start)
    noun = (
        _clause_before(text, folded, head.end() if head else outcome.start, _DEADLINE_RX)
        if plain
        else None
    )
    if (
        noun
        and _BARE_CLOSE.fullmatch(folded, *noun)
        and noun[0]
        and folded[noun[0] - 2 : noun[0]] != "s "
    ):
        # `_clause_before` searches a slice, whose own start `^` matches: a bare "close"
        # opens the words given only at their first character.
        noun = None
    if plain and noun is None:
        # "deadline: 30 June 2026", "échéance : fin 2026", "target: 2030": a heading's noun,
        # its colon right before the period, names the period as the deadline.
        headed = _HEADED_BY_DEADLINE.search(
            folded, max(0, outcome.start - 40), outcome.start
        ) or _DEADLINE_SET_COMMA.search(folded, max(0, outcome.start - 90), outcome.start)
        noun = headed.span() if headed else None
    ellipsis = (
        _ELLIPSIS_FOR.search(folded, max(0, outcome.start - 60), outcome.start)
        if plain and noun is None
        else None
    )
    if ellipsis and _clause_before(
        text, folded, ellipsis.start(), _DEADLINE_RX, limit=12, stops=_SENTENCE_STOP
    ):
        # "the deadline for the north depot is December 2026 and for the south one early
        # 2026": the second date, its verb and noun left out, is a deadline too.
        noun = ellipsis.span("left")
    if (
        noun
        and (pushed := _clause_before(text, folded, outcome.start, _MOVE_RX))
        and pushed[0] <= noun[0]
        and (
            not _EXTENDED.match(folded, pushed[0])
            # ... as does an extension from one date to another, the move of rule 10.
            or (
                _LEFT_FROM.match(folded, outcome.start) is not None
                and _TO_INSIDE.search(folded, outcome.start, outcome.end) is not None
                # A deadline moved is still a deadline: "extended the deadline from May 2025
                # to May 2026" ends then, where a completion date moved names the new period.
                and not _A_DEADLINE_ITSELF.fullmatch(folded, *noun)
            )
        )
    ):
        # "pushing the completion date of the first fab to 2030": the date pushed to, new
        # ("extend the completion date to 31 August" still sets a deadline; "extend the
        # completion date from August 2019 to January 2020" names the new date, as "extended
        # from October 2022 to March 2023" does).
        outcome.used.append(pushed)
        noun = None
    plain_period = outcome.qualifier in (None, Qualifier.ON.value, Qualifier.IN.value)
    if plain_period and (latest := _set_before_the_verb(text, folded, outcome.start, _LATEST)):
        # "devraient, au plus tard, être mis en service au 1er janvier 2023": "at the latest"
        # set before its verb still makes the date a deadline (rule 3).
        outcome.used.append(latest)
        outcome.qualifier = Qualifier.BY.value
    # A range keeps its own reading ("au mieux en 2029, voire 2031", rule 9).
    single = outcome.first is outcome.last
    if (
        plain_period
        and single
        and (
            earliest := _set_before_the_verb(text, folded, outcome.start, _EARLIEST)
            or (
                None
                if scanning
                else _set_before_the_verb(text, folded, outcome.start, _EARLIEST_IS)
                or _set_before_the_verb(
                    text, folded, outcome.start, _EARLIEST_DATE_OF_IS, limit=_EARLIEST_DATE_OF_LIMIT
                )
            )
        )
    ):
        # "Approval is expected, at the earliest, in the second quarter of 2026", "annoncée
        # « au plus tôt » pour 2028": set before the verb, it still gives a start (rule 5).
        outcome.used.append(earliest)
        outcome.qualifier = Qualifier.NOT_BEFORE.value
    if (
        noun
        and not _EXPECTED_TO_CLOSE_RX.search(folded, 0, noun[1])
        # "will close in the fourth quarter" (a deal), "will close 70 branches next year"
        # (something closed): closing is an event in the period; "the offer will close on 15
        # March" still ends then, and so does "applications close 24 February", whose number
        # is the period's own day.
        and not (_CLOSE_RX.match(folded, noun[0]) and _IN_RX.match(folded, noun[1]))
        and not _ends_something(folded, noun, outcome.start)
        and not (_on_one_day(outcome) and _closes_a_place(folded, noun, outcome.end))
    ):
        outcome.used.append(noun)  # "the deadline for this commitment is 2035"
        outcome.qualifier = Qualifier.BY.value
    return outcome


_FISCAL = re.compile(r"\b(?:fiscal|financial|fy|exercice)", re.ASCII)
# "à quelques jours de la rentrée", "à plusieurs semaines de Noël": a time some units away,
# their number not said, tells no date (rule 7), as "quelques jours" alone would not.
_A_FEW_UNITS_OFF = re.compile(
    r"(?<![\w'])a (?:quelques|plusieurs) (?:heures|jours|semaines|mois|annees|ans)\s+"
    r"(?:de|du|des|d')\s*(?:(?:la|le|les)\s+|l')?$",
    re.ASCII,
)
# "by" before a span after a move: a margin ("delayed by two years").
_MARGIN_BY = re.compile(r"by\s", re.ASCII)
# "by one week", "by about two years": "by" and a bare count of units, nothing after that
# counts it from a time ("by two weeks from now", "by 30 days after the award"). The count
# may be a range, as any count may (rule 8): "by about four to five weeks", "by 3-4 months".
_MARGIN_ONE_COUNT = rf"(?:{_MARGIN_COUNT}|\d{{1,3}})"
_MARGIN_ALONE = re.compile(
    r"by\s+(?:(?:up to|about|around|some|nearly|almost|roughly|over|more than|at least)\s+)?"
    rf"{_MARGIN_ONE_COUNT}(?:\s*(?:to|or|-)\s*{_MARGIN_ONE_COUNT})?"
    r"\s+(?:days?|weeks?|months?|years?|quarters?)\b"
    r"(?!'|\s+(?:from|after|of|following|hence|time|later|before|prior|since|out)\b)",
    re.ASCII,
)
# A span's slip from a plan right after it: "two years behind schedule", "six months late",
# "half a year off its initial completion projection", "six weeks ahead of schedule" (not
# "still two years off", which says how far ahead a time lies, nor "late 2023", a part).
# "Behind" alone only ends its clause ("two years behind."; not "in two years behind the town
# hall", a place), and "ahead of" only a schedule or timetable ("over the next six months
# ahead of the national target" is a span before a target, not a slip).
_SLIP_AFTER = re.compile(
    r"\s+(?:late(?=\s*(?:$|[,.;:!?)]))"
    r"|(?:behind|off)\s+(?:(?:the|its|their|our|his|her|a|an)\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:schedule|projection|timeline|target|plan|estimate|forecast"
    r"|timetable)s?\b"
    r"|ahead of\s+(?:(?:the|its|their|our|his|her|a|an)\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:schedule|timetable)s?\b"
    r"|behind(?=\s*(?:$|[,.;:!?)])))",
    re.ASCII,
)
# "pushed back by up to 18 months", "for up to 18 months": a margin too.
_BY_BEFORE = re.compile(
    r"\b(?:by|for|of)\s+(?:(?:up to|up|about|around|some|nearly|almost|roughly)\s+)?$", re.ASCII
)
# "delayed for at least two years": "for at least" opens the span's own floor, and after a
# move says how far the date moved as "for up to" does. Not after waiting ("will have to wait
# for at least two years" is not before then).
_FOR_AT_LEAST = re.compile(r"for\s+at\s+least\s", re.ASCII)
_MOVED_RIGHT_BEFORE = re.compile(rf"(?:{_MOVE})(?:\s+(?:back|out))?(?:\s+[a-z]+ly)?\s+$", re.ASCII)
# (English only, as "for at least" is: the French "patienter", "attendre" never meet it.)
_WAITING = re.compile(r"wait", re.ASCII)
_BARE_CLOSE = re.compile(r"close", re.ASCII)
_CLOSE_RX = re.compile(r"(?:will close|to close|closes|close)\b", re.ASCII)
# An object after "close" (a count, an article, a possessive, a quantifier: "will close more
# branches in 2014"): something closed.
_CLOSES_SOMETHING_RX = re.compile(
    rf"\s+(?:\d|(?:the|its|their|a|an|all|some|more|several|many|most|another|other|dozens"
    rf"|hundreds|thousands|about|around|nearly|almost|up to|{_NUMBER})\b)",
    re.ASCII,
)
# "to end 3G services on 28 October", "hope to end the session tonight": "end" with its
# object (a count, an article, a possessive) is an act done on the day, as closing something
# is; "will end on 13 January" and "to end the year with 30 stores" keep the "by".
_END_RX = re.compile(r"(?:will end|would end|to end|ends)\b", re.ASCII)
_A_WORD = re.compile(r"\w", re.ASCII)


# A place or a way that is closed, the subject of "close": "the road will close 14 March",
# "Roads close 14 March", "the bridge closes on 3 May".
_PLACE_CLOSED_BEFORE = re.compile(
    r"\b(?:foot|rail|motor|sub|fly|cycle|under|over)?(?:road|street|lane|bridge|tunnel|station"
    r"|line|route|way|highway|freeway|track|crossing|ramp|pass|path|trail|park|car park|pool"
    r"|museum|library|school|airport|terminal|border|port|shop|store|branch|plant|factory|mine"
    r"|office|venue|site|stadium|hall|centre|center|clinic|hospital|ward|gallery|theatre"
    r"|theater|market|beach)(?:e?s)?\s+"
    r"(?:(?:will|would|shall|is to|are to|to|is set to|are set to|is due to|are due to)\s+)?"
    r"(?:(?:temporarily|fully|partially|partly|also|again|then|completely)\s+)?$",
    re.ASCII,
)
# A closure for a while or for a reason after its day: "close on 24 February for two weeks",
# "will close 24 February for repairs", "close 14 March for the marathon".
_CLOSED_FOR_AFTER = re.compile(
    r"\s*,?\s*(?:for|pour)\s+(?:(?:a|an|one|two|three|four|five|six|several|a few|about|around"
    r"|up to|at least|\d+)\s+)?(?:[a-z-]+\s+)?(?:days?|nights?|weeks?|weekends?|months?|years?"
    r"|hours?|repairs?|maintenance|works?|renovations?|refurbishment|upgrades?|improvements?"
    r"|construction|cleaning|inspections?|resurfacing|marathon|race|parade|good)\b",
    re.ASCII,
)


def _on_one_day(outcome: _Outcome) -> bool:
    """Whether the outcome's period is a single day ("14 March", not "next year": "the site
    will close next year" is closed by its end)."""
    period = outcome.first.period if outcome.first is outcome.last and outcome.first else None
    return period is not None and period.start == period.end


def _closes_a_place(folded: str, noun: tuple[int, int], end: int) -> bool:
    """Whether "close" at `noun` tells of a place or a way closed from a day, an event on it,
    not a closing date: a road, a bridge, a station its subject, or a while or a reason
    after the period that ends at `end` ("for two weeks", "for repairs")."""
    if not _CLOSE_RX.match(folded, noun[0]):
        return False
    return bool(
        _PLACE_CLOSED_BEFORE.search(folded, max(0, noun[0] - 60), noun[0])
        or _CLOSED_FOR_AFTER.match(folded, end)
    )


def _ends_something(folded: str, noun: tuple[int, int], start: int) -> bool:
    """Whether the verb of ending or closing at `noun` takes an object before the period at
    `start` (not the period's own first word: "close 24 February" closes on that day)."""
    if not (_END_RX.match(folded, noun[0]) or _CLOSE_RX.match(folded, noun[0])):
        return False
    thing = _CLOSES_SOMETHING_RX.match(folded, noun[1])
    return bool(thing and thing.end() < start and _A_WORD.search(folded, thing.end(), start))


_AT_THE_LATEST_BEFORE = re.compile(r"\b(?:au plus tard|at the latest)\b", re.ASCII)
_AT_THE_EARLIEST_BEFORE = re.compile(
    # ("at the earliest opportunity in 2021" is as soon as it can, within 2021).
    r"\b(?:au plus tot|au mieux|at the (?:very )?earliest|at earliest"
    # "au minimum, à la mi-avril": a floor set first, as it is after ("à la mi-avril au
    # minimum"); not a quantity ("au minimum 50 % des sites en 2025").
    r"|au minimum(?=\s*,|\s+(?:a|au|en|le|pour|vers|dans|d'ici)\b))\b"
    r"(?!\s+(?:opportunity|possible|convenience|stage|moment|date))",
    re.ASCII,
)
# "the earliest a vote could occur is November 29", "the earliest possible date for it would
# be 2027": the earliest, subject of a "be" whose complement is the period. In a deadline
# phrase only: in an article the clause often hedges a date promised beside it ("expected to
# launch this year, with staff saying the earliest it could happen is mid-August").
_EARLIEST_OF_REACH = 8  # words of the complement of "the earliest date for/of"
_THE_EARLIEST = r"(?<=\bthe )earliest"
_IS_OR_WILL_BE = r"\s+(?:is|will be|would be|could be)\s"
_THE_EARLIEST_IS = re.compile(
    _THE_EARLIEST + r"\b(?!\s+(?:opportunity|convenience|stage|moment)\b)"
    # Not the adjective of the subject's own noun ("the earliest units would be delivered in
    # 2027", "the earliest phase is due"), a plain date: only a time noun ("the earliest
    # possible date would be") or a clause ("the earliest a vote could occur is") may stand
    # between.
    r"(?!(?:\s+(?!(?:a|an|the|it|they|we|he|she|you|this|that|possible|date|dates|time|point|"
    r"day|start|one)\b)[a-z]+){1,2}" + _IS_OR_WILL_BE + ")"
    r"(?=(?:\s+[a-z']+){0,5}?" + _IS_OR_WILL_BE + ")",
    re.ASCII,
)
# "the earliest possible date for the rescheduled launch of the probe is March 14", "the
# earliest opening date for the new terminal is": a time noun, after at most two words of its
# own ("possible", "opening", "possible completion"), with its own complement, which names
# what the date is of, may run longer.
_EARLIEST_DATE_WORDS = 2
_THE_EARLIEST_DATE_OF_IS = re.compile(
    _THE_EARLIEST
    + rf"(?=(?:\s+(?!(?:date|time|is|will|would|could)\b)[a-z-]+){{0,{_EARLIEST_DATE_WORDS}}}"
    r"\s+(?:date|time)\s+(?:for|of)"
    rf"(?:\s+[a-z'-]+){{1,{_EARLIEST_OF_REACH}}}?" + _IS_OR_WILL_BE + ")",
    re.ASCII,
)
# Each with the words that must be near for its expression to be tried at all (the common
# case, with no regular expression run).
_LATEST = (_AT_THE_LATEST_BEFORE, ("plus tard", "latest"))
_EARLIEST = (_AT_THE_EARLIEST_BEFORE, ("plus tot", "earliest", "au mieux", "au minimum"))
_EARLIEST_IS = (_THE_EARLIEST_IS, ("earliest",))
_EARLIEST_DATE_OF_IS = (_THE_EARLIEST_DATE_OF_IS, ("earliest",))
# How far "the earliest" of a date with its complement may stand before the period: the
# date's own words, "date for", the complement and the two words of the verb.
_EARLIEST_DATE_OF_LIMIT = _EARLIEST_DATE_WORDS + 2 + _EARLIEST_OF_REACH + 2
# What ends the clause an "au plus tard" set before its verb reaches through (its own commas
# do not: "devraient, au plus tard, être mis en service au").
_CLAUSE_END = re.compile(r"[;:.!?]|\b(?:and|but|et|mais|puis|qui|que|which|that)\b", re.ASCII)


def _set_before_the_verb(
    text: str,
    folded: str,
    start: int,
    kind: tuple[re.Pattern[str], tuple[str, ...]],
    *,
    limit: int = 6,
) -> tuple[int, int] | None:
    """Where the expression of `kind` ("at the latest", "at the earliest", "the earliest
    date for ... is") stands, set before the verb of the clause whose period starts at
    `start` (its own commas do not end that clause), at most `limit` words before it."""
    pattern, words = kind
    if not any(folded.find(w, max(0, start - 120), start) != -1 for w in words):
        return None
    return _clause_before(text, folded, start, pattern, limit=limit, stops=_CLAUSE_END)


_IN_RX = re.compile(r"\s+(?:in|during)\s", re.ASCII)
_PUNCTUATION = re.compile(r"[,;:.!?]", re.ASCII)


_BRACKET_OPEN = re.compile(r"\s*\(\s*", re.ASCII)
# A bracket that says it restates the period before it: "by the end of 2025 (i.e. 31st March
# 2026)", "(soit le 31 mars)", "(that is, June)".
_BRACKET_GLOSS = re.compile(
    # (An editor's "read:" glosses it too: "slipped to late summer (read: September)".)
    r"\s*\(\s*(?:i\.?\s?e\.?|that is|namely|soit|c'est-a-dire|c\.-a-d\.?|read\s*:)\s*,?\s*",
    re.ASCII,
)
# A word of assurance may close the bracket: "le 19 décembre (2024 bien sûr)", "(2024, of
# course)" give the year no less.
_BRACKET_CLOSE = re.compile(
    r"\s*(?:,?\s*(?:bien sur|of course|naturellement|evidemment|obviously|naturally)\s*)?\)",
    re.ASCII,
)


def _bracketed(
    item: _Item, following: _Item, text: str, folded: str, stated_on: dt.date, scanning: bool
) -> _Outcome | None:
    """A period followed by another in brackets that says it more precisely: "d'ici cet ete
    (juin)" is by June, "in Q3 (July)" is July; "in June (2025)": the bracket gives the year."""
    outer = item.reading
    if item.error or following.error or outer is None or outer.period is None:
        return None
    opening = _BRACKET_OPEN.fullmatch(folded, item.candidate.end, following.candidate.start)
    gloss = _BRACKET_GLOSS.fullmatch(folded, item.candidate.end, following.candidate.start)
    closing = _BRACKET_CLOSE.match(folded, following.candidate.end)
    if (opening is None and gloss is None) or closing is None:
        return _end_named(item, following, text, folded, stated_on, scanning)
    used = [(item.candidate.end, following.candidate.start), (following.candidate.end,
            closing.end())]  # fmt: skip
    inner = _reread(following, text, stated_on, scanning, outer.period.start.year)
    if inner is None or inner.period is None:
        return None
    if gloss is not None:
        # Said to be the same date: the bracket's, under the first one's qualifier.
        reading = replace(inner, part=None, part2=None)
        return _Outcome(item.candidate.start, closing.end(), reading, reading, outer.qualifier,
                        used=used)  # fmt: skip
    fiscal = _FISCAL.search(folded, item.candidate.start, item.candidate.end)
    if fiscal or outer.period.start <= inner.period.start and inner.period.end <= outer.period.end:
        # Inside the first period, or naming a fiscal one, whose calendar only the bracket
        # gives ("by the end of the fiscal year (March 2025)").
        reading = replace(inner, part=None, part2=None)
        return _Outcome(item.candidate.start, closing.end(), reading, reading, outer.qualifier,
                        used=used)  # fmt: skip
    if inner.period.start <= outer.period.start and outer.period.end <= inner.period.end:
        # The bracket holds the first period and says no more: "à partir de mars de l'année
        # prochaine (2023)" is March 2023.
        return _Outcome(item.candidate.start, closing.end(), outer, outer, outer.qualifier,
                        used=used)  # fmt: skip
    given = following.reading
    if not outer.year_given and given is not None and given.period is not None:
        dated = _reread(item, text, stated_on, scanning, given.period.start.year)
        if (
            dated is not None
            and dated.period is not None
            and (given.period.start <= dated.period.start and dated.period.end <= given.period.end)
        ):
            return _Outcome(item.candidate.start, closing.end(), dated, dated, outer.qualifier,
                            used=used)  # fmt: skip
    return None


# "by the end of its fiscal year on January 28, 2023", "d'ici la fin de l'exercice, le 31
# mars": the end of a period named as a day is that day (rule 21, without the brackets), and
# so is "by the end of the fiscal year ending June 30, 2025".
_END_NAMED_AS = re.compile(
    r"\s*,?\s*(?:soit\s+|(?:ending|ended|(?:that|which) ends|qui se termine)\s+)?", re.ASCII
)
_ON_A_DAY = frozenset({"", "on", "le"})


def _end_named(
    item: _Item, following: _Item, text: str, folded: str, stated_on: dt.date, scanning: bool
) -> _Outcome | None:
    """The end of a period followed by the day it ends on: that day, with the period's
    qualifier. The day must fall in the period, or the period be a fiscal one."""
    outer = item.reading
    assert outer is not None and outer.period is not None
    if outer.part != "p_end" or outer.part2 is not None:
        return None
    if not _END_NAMED_AS.fullmatch(folded, item.candidate.end, following.candidate.start):
        return None
    inner = _reread(following, text, stated_on, scanning, outer.period.start.year)
    if inner is None or inner.period is None or inner.period.start != inner.period.end:
        return None
    if inner.qualifier_words not in _ON_A_DAY:
        return None
    fiscal = _FISCAL.search(folded, item.candidate.start, item.candidate.end)
    if not (fiscal or outer.period.start <= inner.period.start <= outer.period.end):
        return None
    reading = replace(inner, part=None, part2=None)
    used = [(item.candidate.end, following.candidate.start)]
    return _Outcome(
        item.candidate.start, following.candidate.end, reading, reading, outer.qualifier, used=used
    )


_WEEK_RULES = frozenset({"weekday", "relative_period"})


# A bare participle of expecting or planning right before the period looks ahead, as "is
# expected" does, its auxiliary left out: "une réduction attendue à l'automne", "the opening,
# expected in March". Not after a past auxiliary ("was expected in March", "était prévue en
# mars": a plan told of, rule 6), nor "as expected in March".
_EXPECTED_BARE = re.compile(
    r"(?<!\bwas\x20)(?<!\bwere\x20)(?<!\bbeen\x20)(?<!\bete\x20)(?<!\betait\x20)"
    r"(?<!\betaient\x20)(?<!\bas\x20)(?<!\bhad\x20)"
    r"\b(?:expected|scheduled|slated|planned|prevue?s?|attendue?s?|programmee?s?)"
    # Only a preposition, an article or a part between: an adverb may say the plan was
    # upset ("prévue normalement le 1er juillet", said on 30 July, is the one gone by).
    r"(?:\s*(?:in|on|for|the|en|le|la|les|l'|au|aux|a|pour|vers|dans|early|late|mid|fin|debut"
    r"|mi)(?![a-z]))*\s*$",
    re.ASCII,
)


def _looks_ahead(folded: str, start: int) -> tuple[int, int] | None:
    """Where the verb that puts a weekday in the future stands, when the nearest verb before
    it in the same sentence (at most fifteen words back) does."""
    low = max(0, start - 160)
    for boundary in _SENTENCE_START.finditer(folded, low, start):
        low = boundary.end()
    last = None
    for m in _TENSE.finditer(folded, low, start):
        if m.group("past") is None or not _undone(folded, m):
            last = m  # "is expected to be completed": the participle is still to come
    if last is None or last.group("future") is None:
        return None
    if len(_WORD.findall(folded, last.end(), start)) > 15:
        return None
    if _SAID_JUST_BEFORE.search(folded, max(0, start - 60), start):
        return None  # "ouvrira en 2027, indique mardi le ministère": the day it was said
    return last.span()


# A verb of saying, or a statement's source, at most two words before a weekday: the weekday
# dates the saying ("a-t-on appris mercredi", "précise mardi un communiqué", "according to a
# filing Tuesday"), whatever the tense of the verb before it.
_SAID_JUST_BEFORE = re.compile(
    r"(?:\b(?:said|says|told|announced|announces|confirmed|according to (?:a|an|the) [a-z]+"
    r"|indiquent|indique|precisent|precise|annoncent|annonce|affirment|affirme|expliquent"
    r"|explique|confirment|confirme|declarent|declare|soulignent|souligne|assure|assurent"
    r"|fait savoir|appris|rapporte|rapportent|diffuse|diffusee|publie|publiee)"
    r"|-t-(?:il|elle|on|ils|elles) [a-z]+)(?:\s+(?:ce|this|le|on|last))?\s+$",
    re.ASCII,
)


def _opens_ahead(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the verb stands that puts a weekday opening its sentence in the future: a time
    at most four words in and ended by a comma ("A partir de lundi, ce chantier va ...",
    "Starting Monday, the site will close") has no verb before it, so the first verb after
    it decides, at most fifteen words on and in the same clause ("Lundi, le ministre a dit
    que la gare va fermer" is the Monday gone by)."""
    low = max(0, start - 160)
    for boundary in _SENTENCE_START.finditer(folded, low, start):
        low = boundary.end()
    if len(_WORD.findall(folded, low, start)) > _OPENING_WORDS or not _FRONTED_END.match(
        folded, end
    ):
        return None  # not a time that opens its sentence
    after = _TENSE.search(folded, end, min(len(folded), end + 160))
    if after is None or after.group("future") is None:
        return None
    between = folded[end : after.start()]
    if _SENTENCE_START.search(between) or _THAT_RX.search(between):
        return None
    if len(_WORD.findall(between)) > 15:
        return None
    return after.span()


_OPENING_WORDS = 4  # "à compter de ce lundi,": the words before a weekday opening a sentence
_THAT_RX = re.compile(r"\b(?:that|que)\b|\bqu'", re.ASCII)
# The comma that ends a time opening its sentence: "A partir de lundi, ...".
_FRONTED_END = re.compile(r"\s*,")


_BACK_IN = re.compile(r"\bback in\b", re.ASCII)


def _ahead(
    items: list[_Item], text: str, folded: str, stated_on: dt.date, scanning: bool
) -> list[_Item]:
    """Weekdays and weeks an article names under a verb that looks ahead, read as dates; and
    a month, day or season without a year read as the one just past (rule 6) when a verb
    that looks ahead or moves a date governs it: "will open in December" or "pushed the
    first flight to the first half of December", said in January, is the coming December.
    A deadline phrase reads the month so too ("is expected to start production ... in
    November" said in January); its weekdays are read by the phrase's own rules."""
    read = []
    for item in items:
        c = item.candidate
        declined = item.reading is None and item.error is None
        if (
            scanning
            and declined
            and c.rule.name in _WEEK_RULES
            and (_looks_ahead(folded, c.start) or _opens_ahead(folded, c.start, c.end))
        ):
            try:
                reading = _read(c, stated_on, text=text, scanning=False)
            except _Reject:
                reading = None
            if reading is not None:
                item = _Item(c, reading)
        elif (
            item.reading is not None
            and (period := item.reading.period) is not None
            and not item.reading.year_given
            and period.end < stated_on
            and not _told_as_gone_by(c)
            and (
                _looks_ahead(folded, c.start)
                # (In a deadline phrase only: the expression found in running text would
                # leave the participle out, and not read back alone.)
                or (not scanning and _EXPECTED_BARE.search(folded, max(0, c.start - 40), c.start))
                or (
                    _clause_before(text, folded, c.start, _MOVE_RX)
                    and not _delay_told_when(folded, c.start)
                )
            )
            # Not a plan given up, nor one said to look back: "originally hoped to do this
            # mission back in April".
            and (
                scanning
                or not (
                    _SUPERSEDED_RX.search(folded, 0, c.end)
                    # In the period's own clause: "had expected a loss, but the store
                    # will open in May" is the coming May.
                    or _clause_before(text, folded, c.start, _PLAN_IN_PLUPERFECT)
                    or _BACK_IN.search(folded, 0, c.end)
                )
            )
            and (coming := _reread(item, text, stated_on, scanning, period.start.year + 1))
        ):
            item = _Item(c, coming)
        read.append(item)
    return read


def _first_promised(folded: str, superlative: tuple[int, int], start: int) -> bool:
    """Whether "its first" is a thing promised for the span, not the first in that long."""
    if not _POSSESSIVE_FIRST.match(folded, superlative[0]):
        return False
    return bool(
        _FIRST_VERB_BETWEEN.search(folded, superlative[1], start)
        or _FIRST_EXPECTED_BEFORE.search(folded, max(0, superlative[0] - 30), superlative[0])
    )


def _told_as_gone_by(candidate: _Candidate) -> bool:
    """A period the phrase itself calls the one just past ("en mars dernier", "last March",
    "l'été passé"): no verb that looks ahead makes it the coming one ("la centrale sera
    raccordée, comme annoncé en mars dernier" speaks of March gone by)."""
    groups = candidate.match.groupdict()
    return bool(groups.get("last") or groups.get("last2"))


def _single(reading: _Reading) -> _Outcome:
    return _Outcome(reading.start, reading.end, reading, reading, reading.qualifier)


def _outcomes(
    items: list[_Item], text: str, folded: str, stated_on: dt.date, scanning: bool
) -> list[_Outcome]:
    """The expressions of a text, from its matches in order."""
    items = _ahead(items, text, folded, stated_on, scanning)
    found: list[_Outcome] = []
    i = 0
    while i < len(items):
        item = items[i]
        following = items[i + 1] if i + 1 < len(items) else None
        reading = item.reading
        i += 1
        if item.error:
            found.append(_Outcome(item.candidate.start, item.candidate.end, error=item.error))
        elif reading is not None and isinstance(reading.resolved, _Span):
            if reading.resolved.anchor is None:
                found.append(_single(reading))
                continue
            outcome, took_next = _anchored(reading, following, text, folded, stated_on, scanning)
            found.append(outcome)
            i += took_next
        elif following is not None and (
            narrowed := _bracketed(item, following, text, folded, stated_on, scanning)
        ):
            found.append(narrowed)
            i += 1
        elif listed := _listed(items, i - 1, text, folded, stated_on, scanning):
            found.append(listed[0])
            i += listed[1] - 1
        elif following is not None and (
            joined := _join(item, following, text, folded, stated_on, scanning)
        ):
            found.append(joined)
            i += 1
        elif reading is not None:
            found.append(_single(reading))
    return [_around(o, text, folded, stated_on, scanning) for o in found]
