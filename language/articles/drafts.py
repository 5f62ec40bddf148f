"""A promise found in a sentence, a timetable entry or a list item, as a draft: its
statement, promiser, window, condition; and one draft per promise (`_without_repeats`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from language.deadlines import (
    DeadlineWindow,
    FoundDeadline,
)
from language.kinds import Category
from language.text import fold_case as _fold

from .layout import Entry
from .lexicon import (
    _CATEGORIES,
    _CONDITION,
    _DEAL,
    _DEAL_TO_BE_SIGNED,
    _EXPECTS_A_RULING,
    _EXPECTS_OF,
    _OUTSIDER,
    _STUDY_SAYS,
    _THIRD_PARTY,
    _THIRD_PARTY_SPEAKER,
    _VAGUE,
)
from .organisations import (
    _Context,
    _known,
    _known_mentions,
)
from .promiser import (
    THE_ARTICLES_TOPIC,
    THE_LAST_NAMED,
    _promiser,
    _subject_start,
    _third_party_subject,
    forecaster_subject,
)
from .records import DraftCandidate
from .sentence import (
    _VERB,
    _clause_end,
    _clause_start,
    _Cue,
    _Org,
    _Reading,
)
from .stated import Stated


def _category(folded: str) -> str:
    for category, pattern in _CATEGORIES:
        if pattern.search(folded):
            return str(category)
    return str(Category.OTHER)


_END_PUNCTUATION = ".!?;:,\"'\u00bb\u201d\u2019 "


def _lower_first(text: str) -> str:
    """ "By 2030" at the end of a statement is "by 2030"; "Q3 2025" stays."""
    return text[:1].lower() + text[1:] if re.match(r"[A-ZÀ-Þ][a-zà-ÿ']", text) else text


_JOINING = re.compile(r"^[,;]?\s*(?:and|et|puis)?\s*")


def _statement(
    promiser: str, reading: _Reading, cue: _Cue, start: int, deadline: FoundDeadline | None
) -> str:
    """The promise in a line: the promiser, then the commitment up to the end of its clause,
    without a trailing attribution (", chief executive X told reporters")."""
    text, folded = reading.text, reading.folded
    limit = len(text)
    if reading.attribution is not None and reading.attribution.start > cue.start:
        limit = reading.attribution.start
    if deadline is None:
        clause = text[cue.start : limit]
    else:
        end = _clause_end(folded, max(deadline.span[1], cue.end), limit)
        clause = text[start:end]
        if start != cue.start:
            clause = f"{text[cue.start : cue.end]} … {_JOINING.sub('', clause)}"
        if deadline.span[1] <= cue.start:  # "By 2030, Bleu wants to ...": the date goes last
            clause = f"{clause.strip().rstrip(_END_PUNCTUATION)} {_lower_first(deadline.text)}"
    clause = clause.strip().rstrip(_END_PUNCTUATION)
    joined = "" if re.match(r"['’]s\b", clause) else " "
    statement = f"{promiser}{joined}{clause}".strip() if promiser else clause
    return (statement[:1].upper() + statement[1:])[:300]


def _condition(reading: _Reading) -> str:
    """What the promise depends on, as worded: "subject to regulatory approval"."""
    limit = len(reading.text)
    if reading.attribution is not None and reading.attribution.start > reading.body:
        limit = reading.attribution.start
    match = _CONDITION.search(reading.folded, reading.body, limit)
    if match is None:
        return ""
    end = _clause_end(reading.folded, match.end(), limit)
    return reading.text[match.start() : end].strip(" ,.;")[:300]


def _draft(
    reading: _Reading,
    cue: _Cue,
    window: DeadlineWindow | None,
    deadline_text: str,
    span: tuple[int, int] | None,
    stated: Stated,
    context: _Context,
) -> DraftCandidate | None:
    promiser, how = _promiser(reading, cue, context)
    if promiser is None:
        return None
    attribution = reading.attribution
    if attribution is not None and _THIRD_PARTY_SPEAKER.search(_fold(attribution.speaker)):
        return None  # "..., analysts said": their forecast, not the organisation's promise
    if _STUDY_SAYS.search(reading.folded, cue.end):
        return None  # "..., LNC's analysis indicates": a study's forecast
    if forecaster_subject(reading, cue, span):
        return None  # "le cabinet d'analyses prévoit une croissance de 20 % d'ici 2020"
    if cue.rule.strength == "expects" and _A_TREND.match(reading.folded, cue.end):
        return None  # "La production devrait baisser en 2023": a trend foreseen, no act
    if cue.rule.needs == "owned" and _third_party_subject(reading, cue, promiser, context, span):
        return None
    if _expects_of_others(reading, cue):
        return None
    if _sector_as_subject(reading, cue, span, context):
        return None  # "Telecom players are gearing up to", "les opérateurs devront": a sector
    clause = _clause_start(reading.folded, cue.start, reading.body)
    signed = _DEAL_TO_BE_SIGNED.match(reading.folded, cue.end)
    if (
        signed
        and _DEAL.search(reading.folded, clause, cue.start)
        # "Un contrat devrait être signé par Nordvik": the agent's act, its promise.
        and not re.match(r"\s+(?:par|by)\b", reading.folded[signed.end() :])
    ):
        return None  # "The contract ... is expected to be negotiated in the early 2020s"
    if _named_for_comparison(reading, cue, promiser, context):
        return None
    if _date_of_a_connection(reading, cue, promiser):
        return None
    said = reading.text[cue.start : cue.end]
    why = f"deadline {deadline_text!r}" if window else "no date given"
    if window is None and (vague := _VAGUE.search(reading.folded)):
        why = f"no date: {vague.group()!r}"
    reason = f"commitment {said!r}, {why}, promiser {promiser.name or 'to choose'} ({how})"
    if promiser.pk is None and promiser.name:
        reason += ", not in the ledger yet"
    if stated.text:
        reason += f"; stated {stated.text!r} according to the sentence"
    speaker = ""
    if attribution is not None and not attribution.refers_back:
        # Someone else than the promiser, or a person speaking for it ("Intel CEO Pat
        # Gelsinger said"); not the promiser itself ("Intel said").
        itself = attribution.org is not None and attribution.org.name == promiser.name
        named_by_itself = _known(attribution.speaker, context) is not None
        if not itself or not named_by_itself:
            speaker = attribution.speaker
    return DraftCandidate(
        quote=reading.text,
        position=reading.sentence.start,
        statement=_statement(promiser.name, reading, cue, cue.start, None),
        promiser_pk=promiser.pk,
        promiser_name=promiser.name,
        subject=promiser.name,
        category=_category(reading.folded),
        deadline_text=deadline_text if window else "",
        start=window.start if window else None,
        end=window.end if window else None,
        precision=window.precision if window else "",
        qualifier=window.qualifier if window else "",
        stated_on=stated.on,
        reason=reason[:500],
        stated_on_precision=stated.precision,
        strength=cue.rule.strength,
        condition=_condition(reading),
        speaker=speaker,
    )


# A verb of rise or fall with no object after an expectation: what a figure will do, not
# what anyone will do ("devrait baisser en 2023", "should grow rapidly", "is expected to fall
# by 5%"; not "should increase its capacity", an act).
_A_TREND = re.compile(
    r"\s+(?:to\s+)?(?:encore\s+|fortement\s+|nettement\s+|[a-z]+ly\s+)?"
    r"(?:baisser|augmenter|croître|diminuer|reculer|progresser|grimper|chuter|"
    r"grow|rise|fall|decline|increase|decrease|drop|climb)\b"
    r"(?!\s+(?:its|their|the|a|an|our|his|her|sa|son|ses|leur|leurs|le|la|les|l'|de|d'|du|des)\b)"
)


# ", the world's largest contract chip foundry, which aims to": a relative clause on the
# organisation just named.
_WHICH_BEFORE = re.compile(r",\s*(?:which|who|qui)\s+(?:also\s+|itself\s+|lui-même\s+)?$")


# A sector as the subject, no one of it named: "Telecom players are gearing up to roll out 5G
# next year", "All four major carriers have vowed to", "les banques proposeront".
_A_SECTOR_SUBJECT = re.compile(
    r"\b(?:players|operators|carriers|manufacturers|makers|banks|opérateurs|banques|"
    r"constructeurs|fabricants|acteurs)\b(?!\s+(?:of|de|d'|du|des)\b)[^,;:]{0,40}$"
)

# A market's or a country's total as the subject: "Global output is expected to reach
# 500,000 tonnes by 2025", "Argentina's lithium production will triple by 2019", "la
# production mondiale devrait doubler d'ici 2030": a forecast of everyone's output.
_AN_AGGREGATE_SUBJECT = re.compile(
    r"(?:\b(?:[Gg]lobal|[Ww]orld(?:wide|'s|’s)?|[Nn]ational|[Tt]otal|[Ii]ndustry)"
    r"|\b[A-Z][\w-]+(?:'s|’s))"
    r"\s+(?:[\w-]+\s+){0,3}?(?:output|production|demand|supply)\b[^,;:]{0,30}$"
    r"|\b(?:production|demande|offre|consommation)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:mondiale|nationale|globale)\b[^,;:]{0,30}$"
)


def _sector_as_subject(
    reading: _Reading, cue: _Cue, span: tuple[int, int] | None, context: _Context
) -> bool:
    """Whether the subject is a sector with none of it named ("All four major carriers have
    vowed to"), not a partner beside named ones ("X and Y have banded together with food
    manufacturers to pledge")."""
    subject = _subject_start(reading, cue, span)
    sector = _A_SECTOR_SUBJECT.search(reading.folded, subject, cue.start) or (
        _AN_AGGREGATE_SUBJECT.search(reading.text, subject, cue.start)
    )
    return (
        sector is not None
        and not _BESIDE.search(reading.folded, subject, sector.start())
        and not _known_mentions(reading.text[subject : cue.start], context)
    )


_BESIDE = re.compile(r"\b(?:with|avec|alongside|together|and|et)\b")


def _expects_of_others(reading: _Reading, cue: _Cue) -> bool:
    """Whether the phrase is what someone expects of a third party or another body ("expects
    regulators to make a decision as early as the end of the year", "expects FDA decision"):
    theirs to do, no promise."""
    if not re.fullmatch(r"expects?|expecting", cue.phrase.lower()):
        return False
    if _EXPECTS_A_RULING.match(reading.folded, cue.end):
        return True  # "expects FDA decision on ...": a regulator's act
    other = _EXPECTS_OF.match(reading.folded, cue.end)
    return other is not None and bool(
        _THIRD_PARTY.search(other.group(1)) or _OUTSIDER.search(other.group(1))
    )


def _named_for_comparison(reading: _Reading, cue: _Cue, promiser: _Org, context: _Context) -> bool:
    """A rival's plan told in a relative clause on its name, inside a sentence about
    something else ("The timeline would put Rapidus not far behind TSMC, ..., which aims to
    begin 2-nm production in 2025"): background for comparison, not a promise the article
    reports. The organisation the article is about keeps its own ("Intel, which will ...")."""
    topic = context.topic or context.last_named
    return bool(
        _WHICH_BEFORE.search(reading.folded, 0, cue.start)
        and topic is not None
        and promiser.name
        and promiser.name != topic.name
        and promiser.start > reading.body
        and _VERB.search(reading.folded, reading.body, promiser.start)
    )


# A relative pronoun opening the clause that holds the commitment ("dont le lancement est
# prévu", ", qui doivent", "which is due").
_RELATIVE = re.compile(r"\b(?:dont|qui|which|whose)\b(?=(?:\s+[\w'’-]+){0,5}\s*$)")
# What the subject connects to, extends or joins, named just before that relative pronoun:
# "prolongement de la ligne existante dont ...", "se connecterait aux futurs T9 et 10, qui
# ...", "will link to the airport line, which ...".
_CONNECTED_TO = re.compile(
    r"\b(?:(?:se )?connect\w*|reli\w*|raccord\w*|prolong\w*|rejoin\w*|link(?:s|ed|ing)?|"
    r"join(?:s|ed|ing)?|extend(?:s|ed|ing)?|extension)\s+"
    r"(?:to|with|of|into|à|au|aux|avec|de|du|des|d')\b(?P<object>(?:\s*[^\s,.;]+){1,6}?)\s*,?\s*$"
)
_OWN = re.compile(r"\b(?:its|their|our|son|sa|ses|leur|leurs|notre|nos)\b")


def _date_of_a_connection(reading: _Reading, cue: _Cue, promiser: _Org) -> bool:
    """A dated relative clause on a line, site or project the subject connects to, extends or
    joins ("prolongement de la ligne existante dont le lancement est prévu fin 2025", "se
    connecterait aux futurs T9 et 10, qui doivent voir le jour en 2026"): that other
    project's date, named in passing as background, not the sentence's promise. One of the
    promiser's own ("its network, which ...", or the promiser named there) stays its own."""
    relative = _RELATIVE.search(reading.folded, reading.body, cue.start)
    if relative is None:
        return False
    connected = _CONNECTED_TO.search(reading.folded, reading.body, relative.start())
    if connected is None:
        return False
    thing = connected.group("object")
    return not _OWN.search(thing) and not (promiser.name and _fold(promiser.name) in thing)


def _undated_draft(reading: _Reading, stated: Stated, context: _Context) -> list[DraftCandidate]:
    """A commitment without a date, when it is firm ("pledged") or its time is vague
    ("will ultimately join Gaia-X"); a plain "will" without a date is nothing."""
    vague = _VAGUE.search(reading.folded)
    for cue in reading.cues:
        if cue.dropped:
            continue
        if cue.rule.strong or (vague and vague.start() > cue.start):
            draft = _draft(reading, cue, None, "", None, stated, context)
            return [draft] if draft is not None else []
    return []


def _entry_draft(entry: Entry, context: _Context) -> list[DraftCandidate]:
    """A timetable entry or a list item as a draft: the organisation the article is about
    promises what the line names, by the line's date (plans, as a timetable says)."""
    window, stated = entry.deadline.window, context.article
    latest = window.end or window.start
    if latest is None or latest < stated.on or (window.start == stated.on and latest == stated.on):
        # An entry already past when the page was written, or its own day; "Juillet 2025" on a
        # page of July 2025 is still ahead.
        return []
    promiser = context.topic or context.last_named or _Org(None, "", 0, 0)
    inherited = f"commitment {entry.commitment!r}" if entry.commitment else "a timetable entry"
    line = entry.line.strip().rstrip(_END_PUNCTUATION)
    deadline = _lower_first(entry.deadline.text)
    return [
        DraftCandidate(
            quote=entry.quote,
            position=entry.position,
            statement=(f"{promiser.name}: " if promiser.name else "")
            + (line if deadline in line else f"{line}, {deadline}"),
            promiser_pk=promiser.pk,
            promiser_name=promiser.name,
            subject=promiser.name,
            category=_category(_fold(entry.quote)),
            deadline_text=entry.deadline.text,
            start=window.start,
            end=window.end,
            precision=window.precision,
            qualifier=window.qualifier,
            stated_on=stated.on,
            reason=(
                f"{inherited}, deadline {entry.deadline.text!r}, promiser "
                f"{promiser.name or 'to choose'} ({THE_ARTICLES_TOPIC})"
            )[:500],
            stated_on_precision=stated.precision,
            strength="plans",
        )
    ]


def _without_repeats(
    drafts: list[DraftCandidate], captions: Sequence[tuple[int, int]] = ()
) -> list[DraftCandidate]:
    """One draft per promise: an article that says the same promise twice (the lead, then a
    quote) gives one draft, whatever day each sentence gives for it; so does one said again
    more precisely ("in 2024", then "in the first quarter of 2024") or as a deadline ("this
    month", then "by the end of this month") about the same thing. A sentence that names
    nobody (a standfirst) and one that names the promiser, about the same thing with the same
    window, are one promise too. The one kept names its promiser, then has the most precise
    window, then the strongest statement (`_strength_of_statement`), then came first. Two
    dated objects of one sentence stay two drafts, unless the sentence gives one window twice.
    A photo's caption (`captions`, where each stands) gives way to the story's own words: it
    restates them ("FILE - ... officials projecting that ... by 2028. (AP Photo/...)")."""

    def rank(draft: DraftCandidate) -> tuple[bool, bool, bool, int, int]:
        in_caption = any(start <= draft.position < end for start, end in captions)
        return (not in_caption, *_rank(draft))

    kept: list[DraftCandidate] = []
    for draft in drafts:
        if not (draft.start or draft.end):
            kept.append(draft)
            continue
        same = next((i for i, other in enumerate(kept) if _same_promise(other, draft)), None)
        if same is None:
            kept.append(draft)
        elif _span_then_its_date(kept[same], draft):
            # "s'étalera sur 10 ans, jusqu'en 2035-2036": the calendar's date says it.
            if draft.precision != "relative":
                kept[same] = draft
        elif _said_again_from_another_day(kept[same], draft):
            # "en cinq ans" runs from the day it was said: the sentence that gives that day.
            if _strength_of_statement(draft) > _strength_of_statement(kept[same]):
                kept[same] = draft
        elif rank(draft) > rank(kept[same]) or (
            rank(draft) == rank(kept[same]) and _fuller(draft, kept[same])
        ):
            kept[same] = draft
    return kept


def _fuller(draft: DraftCandidate, other: DraftCandidate) -> bool:
    """Whether a sentence says the other's words again, in their order, with words added (a
    standfirst "The first 250 kiosks will be in place in early 2025.", then the story's "The
    first 250 kiosks, for use by its customers, will be in place in early 2025."): the
    fuller one is kept."""
    words = _EVERY_WORD.findall(_fold(draft.quote))
    shorter = _EVERY_WORD.findall(_fold(other.quote))
    if len(shorter) >= len(words):
        return False
    rest = iter(words)
    return all(word in rest for word in shorter)


_EVERY_WORD = re.compile(r"\w+")


def _same_promise(other: DraftCandidate, draft: DraftCandidate) -> bool:
    """Whether a dated draft says again the promise of one already kept."""
    same_window = (other.start, other.end) == (draft.start, draft.end)
    # Two drafts whose promiser the article never names are one promise only by their words;
    # so are two sentences that both leave it to the article's topic ("Le parc ... ouvrira en
    # 2025", then "Une nouvelle attraction la remplacera en 2025" in a round-up).
    same_promiser = bool(draft.promiser_name) and other.promiser_name == draft.promiser_name
    if (
        same_promiser
        and other.position != draft.position
        and _promiser_left_to_the_topic(other)
        and _promiser_left_to_the_topic(draft)
    ):
        same_promiser = _same_object(other, draft)
    # Two ways one sentence says one promise twice; each decides both which sentences may
    # repeat and which windows are one.
    narrowed = _narrowed_in_apposition(other, draft) or _span_then_its_date(other, draft)
    month_again = same_promiser and _its_month_again(other, draft)
    return (
        # One sentence giving one window twice ("En 2025, ... soit jusqu'à 80 sur l'année") is
        # one promise; two dated objects of one sentence have two windows, unless the second
        # narrows the first right after it ("pour l'an prochain, entre mai et septembre 2018").
        (
            other.position != draft.position
            or (same_promiser and (same_window or narrowed or month_again))
        )
        # A standfirst that names nobody, then the sentence that names the promiser.
        and (
            same_promiser
            or (not (other.promiser_name and draft.promiser_name) and _same_object(other, draft))
        )
        and (
            same_window
            or (_nested(other, draft) and _same_object(other, draft))
            or narrowed
            or month_again
            or (same_promiser and _said_again_from_another_day(other, draft))
        )
        and not _different_figures(other, draft)
        and not _also_then(draft)
        and not _first_of_many(other, draft)
        and not _first_of_many(draft, other)
    )


def _also_then(draft: DraftCandidate) -> bool:
    """Whether a later sentence says its thing happens "also" at the time of one told before
    ("… comptent amorcer le montage de la structure au début de l'automne. … le recouvrement
    de celle-ci devrait également avoir lieu à l'automne"): another step, not the same
    promise again."""
    at = draft.quote.find(draft.deadline_text)
    if at < 0:
        return False
    before = _fold(draft.quote[:at])
    return bool(
        _ALSO.search(_fold(draft.quote[max(0, at - 40) : at]))
        or _ADDITIONAL.search(before)
        # "also" on the verb, however far from the date: "A new shared building ... will also
        # be completed in the vicinity of the hospital in 2018", after another building's 2018.
        or _ALSO_ON_THE_VERB.search(before)
    )


_ALSO = re.compile(r"\b(?:également|aussi|also)\b")
_ALSO_ON_THE_VERB = re.compile(
    r"\b(?:will|would|is|are|shall|sera|seront|va|vont|doit|doivent|devrait|devraient) "
    r"(?:also|également|aussi)\b"
)
# Things said to be "additional" are more of them, not the same promise again: "An
# additional four cranes are expected to arrive in April", after the trial run in April.
_ADDITIONAL = re.compile(r"\b(?:additional|supplémentaires?)\b")


def _narrowed_in_apposition(one: DraftCandidate, other: DraftCandidate) -> bool:
    """Whether one sentence names a period, then, right after a comma, a part of it that
    narrows it: "prépare le lancement de sa banque mobile pour l'an prochain, entre mai et
    septembre 2018" is one promise, the narrower window."""
    if one.position != other.position or not _nested(one, other):
        return False
    wide, narrow = sorted((one, other), key=_span_days, reverse=True)
    at = wide.quote.find(wide.deadline_text)
    return at >= 0 and wide.quote.startswith(
        ", " + narrow.deadline_text, at + len(wide.deadline_text)
    )


def _span_then_its_date(one: DraftCandidate, other: DraftCandidate) -> bool:
    """Whether one sentence gives a span counted from now, then, right after a comma, the
    date it runs to, or the other way round: "Ce vaste chantier s'étalera sur 10 ans,
    jusqu'en 2035-2036" is one promise, the date (the span's end and the date's agree within
    a year)."""
    if one.position != other.position or one.end is None or other.end is None:
        return False
    if (one.precision == "relative") == (other.precision == "relative"):
        return False
    first, second = sorted((one, other), key=lambda d: d.quote.find(d.deadline_text))
    at = first.quote.find(first.deadline_text)
    return (
        at >= 0
        and first.quote.startswith(", " + second.deadline_text, at + len(first.deadline_text))
        and abs((one.end - other.end).days) <= 366
    )


def _its_month_again(day: DraftCandidate, month: DraftCandidate) -> bool:
    """Whether one sentence names a day, then its month again later on: "la création d'une
    société holding le 1er janvier 2025 regroupant des entités … dès janvier 2025" is one
    promise, the day."""
    if day.position != month.position or not (day.start and day.end and month.start):
        return False
    if month.end is None or day.start != day.end:
        return False
    first = month.start.replace(day=1)
    at_day = day.quote.find(day.deadline_text)
    at_month = month.quote.find(month.deadline_text, at_day + len(day.deadline_text))
    return (
        at_day >= 0
        and at_month > at_day
        and month.start == first
        and (day.start.year, day.start.month) == (month.start.year, month.start.month)
        and (month.end + dt.timedelta(days=1)).day == 1
        and month.end.month == month.start.month
    )


def _said_again_from_another_day(one: DraftCandidate, other: DraftCandidate) -> bool:
    """Whether two drafts give one span counted from the day it was said ("s'est engagé à
    installer 350.000 prises en cinq ans", then "… en cinq ans en signant une convention en
    2017") about the same thing: one promise, whose windows differ only by the day each
    sentence dates it from."""
    return (
        one.precision == other.precision == "relative"
        and _fold(one.deadline_text) == _fold(other.deadline_text)
        and one.stated_on != other.stated_on
        and _same_object(one, other, stems=True)
    )


def _promiser_left_to_the_topic(draft: DraftCandidate) -> bool:
    """Whether a draft's sentence names nobody and its promiser is the article's topic."""
    return any(f"({how})" in draft.reason for how in (THE_ARTICLES_TOPIC, THE_LAST_NAMED))


# "The first of the new centres will open in 1Q24" after "plans to open 28 new centres in
# 2024": the first of several, said as such, is a milestone of its own, not the whole
# promise again ("Le premier bâtiment ..." is not said as one of several).
_FIRST_OF = re.compile(
    r"\b(?:the first (?:of|one of)|(?:le premier|la première|les premiers|les premières)"
    r" (?:des|d'entre))\b"
)


def _first_of_many(first: DraftCandidate, whole: DraftCandidate) -> bool:
    """Whether `first` dates the first of what `whole` counts: "the first of the new centres"
    (no figure of its own) against "28 new centres" (a count)."""
    words, counted = (d.quote.replace(d.deadline_text, "") for d in (first, whole))
    return bool(
        _FIRST_OF.search(_fold(words))
        and not _FIRST_OF.search(_fold(counted))
        and not any(_NUMBER.fullmatch(f) for f in _figures(words))
        and any(_NUMBER.fullmatch(f) for f in _figures(counted))
    )


def _rank(draft: DraftCandidate) -> tuple[bool, bool, int, int]:
    # A sentence over a heading that says the same ("Branches set to close in 2024", then
    # "The bank has scheduled the closure of 26 branches in 2024.").
    return (bool(draft.promiser_name), not _heading_like(draft), *_preferred(draft))


def _heading_like(draft: DraftCandidate) -> bool:
    """Whether a draft's quote reads as a heading: short, with no sentence's end."""
    quote = draft.quote.strip()
    return len(quote.split()) < 12 and not re.search(r"[.!?…»”\"']$", quote)


def _preferred(draft: DraftCandidate) -> tuple[int, int]:
    # The more precise window first: "in the first quarter of 2024" says more than "in 2024".
    return -_span_days(draft), _strength_of_statement(draft)


def _strength_of_statement(draft: DraftCandidate) -> int:
    """How directly a sentence gives a promise: in the promiser's own words (quoted), dated
    by its own words of saying, attributed to a named source ("Bloomberg wrote", "spokesman
    John Kraft said"), or told by the writer or unnamed reports ("according to reports")."""
    if _quoted(draft):
        return 3
    if "according to the sentence" in draft.reason:
        return 2
    return 1 if _NAMED.search(draft.speaker) else 0


_NAMED = re.compile(r"\b[A-ZÀ-Þ]")


def _span_days(draft: DraftCandidate) -> int:
    """How long a window is, an open start counted from the day it was said."""
    start = draft.start or draft.stated_on
    end = draft.end or start
    return (end - start).days


def _nested(one: DraftCandidate, other: DraftCandidate) -> bool:
    """Whether one window says the other more precisely: a year, then a part of it ("in
    2024", then "in the first quarter of 2024"), or a period of half a year or less, then its
    deadline ("this month", then "by the end of this month"; "in the second half of 2026",
    then "by the second half of 2026"). Two parts of a quarter or a month ("in October", "on 8
    October") and a year and a deadline at its end ("in 2026", "by late 2026") are as often
    two promises (six reactors, then two; one region, then another)."""
    if one.end is None or other.end is None:
        return False
    if one.start is None or other.start is None:
        # "set to open this month", then "on schedule to go into service by the end of this
        # month": half a year or less, then its deadline, is one date.
        period = other if one.start is None else one
        span = one if one.start is None else other
        return (
            one.end == other.end
            and period.start is not None
            and period.end is not None
            and (period.end - period.start).days <= 184
        ) or _day_within_a_span(period, span)
    a, b = sorted((one, other), key=_span_days)  # a is the narrower
    if not (a.start and a.end and b.start and b.end):
        return False
    whole_year = (b.start.month, b.start.day, b.end.month, b.end.day) == (1, 1, 12, 31)
    return whole_year and b.start.year == b.end.year and b.start <= a.start and a.end <= b.end


def _day_within_a_span(day: DraftCandidate, span: DraftCandidate) -> bool:
    """Whether a span counted from the day it was said ("dans les douze prochains mois",
    "within the next six months") is told again as a day inside it ("le 11 avril 2023"):
    the day says it more precisely."""
    return (
        span.precision == "relative"
        and span.end is not None
        and day.start is not None
        and day.start == day.end
        and span.stated_on < day.start <= span.end
    )


_WORD = re.compile(r"[a-zà-ÿ]{4,}")
_COMMON = frozenset(
    re.findall(
        r"\S+",
        "will would should with that this from their have been into also said says year month "
        "sera seront dans pour avec cette leur sont être plus tard "
        # Words of attribution say who told it, not of what: "Supermarket News reports that
        # ... 13 new stores this year" and "... next month, according to local news reports".
        "news reports report reported according selon",
    )
)


def _same_object(one: DraftCandidate, other: DraftCandidate, *, stems: bool = False) -> bool:
    """Whether two statements speak of the same thing: at least two words of their own in
    common besides the promiser and the date ("begin mass production ... factory in Arizona");
    with `stems`, words that share their first six letters ("installer", "installé")."""
    words = [
        {
            word[:6] if stems else word
            for word in set(_WORD.findall(_fold(d.quote.replace(d.deadline_text, ""))))
            - _COMMON
            - set(_WORD.findall(_fold(d.promiser_name)))
        }
        for d in (one, other)
    ]
    return len(words[0] & words[1]) >= 2


def _different_figures(one: DraftCandidate, other: DraftCandidate) -> bool:
    """Whether two sentences with the same deadline state different figures ("a 5G network"
    and "5G in 12 US cities"): two promises. A sentence without figures, or whose amounts
    the other states too ("600,000 electric cars", after "600,000 ..., up from 190,000"),
    restates the other; years and numbers of names ("Ariane 6", "Windows 10") are no figures.
    One sentence that gives its window twice (« … le 18 novembre prochain : « Le 18 novembre
    (…) nous pourrons … » ») states its figures once: the days are no figures of either."""
    if one.position == other.position:
        return False
    # An ordinal is its number said as a rank: "the 75th anniversary" and "75 years of
    # independence" state one figure, "le 50e anniversaire" and "ses 50 ans" too. (A rank
    # is no count: `_first_of_many` reads the figures as written.)
    first, second = (
        frozenset(
            _ORDINAL_ENDING.sub("", f) for f in _figures(d.quote.replace(d.deadline_text, ""))
        )
        for d in (one, other)
    )
    if not first or not second:
        return False
    numbers = [{f for f in figures if _NUMBER.fullmatch(f)} for figures in (first, second)]
    if all(numbers) and (numbers[0] <= numbers[1] or numbers[1] <= numbers[0]):
        return False  # the same amounts again: a restatement ("5G" is a name, not an amount)
    return first != second


_NUMBER = re.compile(r"\d[\d.,]*")


_FIGURE = re.compile(r"(?:(\S+) )?\b(\w*\d[\w.,]*)")


def _figures(text: str) -> frozenset[str]:
    # A count written in words is its number: "nine of its new superstores", "six launches".
    counted = {
        str(_NUMBER_WORDS[match.group(1).lower()])
        for match in _COUNT_WORD.finditer(text)
        # Not a name ("Phase two", the operator "Three"), unless it opens the sentence
        # ("Deux établissements", "Les cinq premiers").
        if not _NAMED_BEFORE.search(text[: match.start()])
        and (match.group(1).islower() or not re.search(r"\w", text[: match.start()]))
    }
    return (
        frozenset(
            figure.rstrip(".,")
            for before, figure in _FIGURE.findall(text)
            if not before[:1].isupper() and not re.fullmatch(r"(?:19|20)\d\d", figure.rstrip(".,"))
        )
        | counted
    )


# Counts from two to twelve in words ("one" is as often no count: "one of", "l'un des").
_NUMBER_WORDS = {
    word: number
    for number, words in enumerate(
        (
            (),
            (),
            ("two", "deux"),
            ("three", "trois"),
            ("four", "quatre"),
            ("five", "cinq"),
            ("six",),
            ("seven", "sept"),
            ("eight", "huit"),
            ("nine", "neuf"),
            ("ten", "dix"),
            ("eleven", "onze"),
            ("twelve", "douze"),
        )
    )
    for word in words
}
# A capitalised word right before a number names it ("Phase two"); a determiner opening the
# sentence does not.
_NAMED_BEFORE = re.compile(
    r"(?<!^)(?<!^[\"“«'‘])\b(?!(?:The|These|Those|Its|Their|Our|All|Les|Ces|Ses|Leurs|Nos|Tous|"
    r"Toutes)\b)[A-ZÀ-Þ][\w-]*\s+$"
)
# Before a noun it counts (a word of three letters or more), not in "nine to five"; a span
# of time ("four years of works", "Seventy three years after") counts no things.
_COUNT_WORD = re.compile(
    rf"\b({'|'.join(_NUMBER_WORDS)})\b"
    r"(?= (?:[\w'-]+ )?[a-zà-ÿ]{3,})"
    r"(?! (?:[\w'-]+ )?(?:years?|months?|weeks?|days?|hours?|decades?|ans|années|mois|"
    r"semaines|jours|heures|décennies)\b)",
    re.IGNORECASE,
)


_ORDINAL_ENDING = re.compile(r"(?<=\d)(?:st|nd|rd|th|e|er|re|ère|ème|eme)$")


def _quoted(draft: DraftCandidate) -> bool:
    """Whether a draft's deadline is inside quotation marks in its sentence."""
    at = draft.quote.find(draft.deadline_text)
    if at < 0:
        return False
    before = draft.quote[:at]
    opened = sum(before.count(mark) for mark in "«“") - sum(before.count(mark) for mark in "»”")
    return opened > 0 or before.count('"') % 2 == 1
