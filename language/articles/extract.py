"""Finding the dated promises in an article's sentences: `extract_drafts`.

Per sentence: the commitment phrases (lexicon.COMMITMENTS), the deadlines
(`language.deadlines.find_deadlines`), who said it and when (an attribution, a time of
speech), then for each deadline the phrase that governs it, the organisation that commits,
and the qualifiers (a negation, a condition, how firm the phrase is). The rules are in
docs/article-import.md.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from language.deadlines import (
    DeadlineParseError,
    DeadlineWindow,
    FoundDeadline,
    find_deadlines,
    parse_deadline,
)
from language.text import ABBREVIATIONS, YEAR_RX, Tidied, fold_words, guess_language, tidy
from language.text import fold_case as _fold

from .cues import _CONDITION_OPENS, _blockers, _cues, _events_own_dates, _judge_cues, _last
from .drafts import _draft, _entry_draft, _statement, _undated_draft, _without_repeats
from .layout import read_layout
from .lexicon import (
    _A_REMARK_ON_IT,
    _ACCORDING_TO,
    _ACTION_NOUN,
    _AFTER,
    _AFTER_EVENT,
    _ANNIVERSARY,
    _AS_PLANNED,
    _BUT_THEN,
    _CONNECTIVE,
    _CONTINUES_INTO,
    _CONTRACT_TERM,
    _DATE_WORD,
    _DATELINE_OPENING,
    _DECISION_MADE_PUBLIC,
    _DECISION_TOLD_ON,
    _DELAY,
    _DENIED_BY,
    _EVENT_SUBJECT,
    _GOES_ON_FOR,
    _IMPERSONAL_IL,
    _KEEPS_A_STATE,
    _MARGIN,
    _NAMED_PLAN_BEFORE,
    _NEGATION_EN,
    _NEGATION_FR,
    _NEW_THING_ANNOUNCED,
    _OR_LATER,
    _OUTPUT_RANGE,
    _OUTSIDER,
    _OWN_SPEECH,
    _RATHER_THAN,
    _REMARKS_MADE_ON,
    _REPORTED,
    _RUNS_FOR,
    _SAYS_IT_DID,
    _SAYS_THAT,
    _SPAN_AFTER_A_START,
    _SPEECH_NOW,
    _THIRD_PARTY_SPEAKER,
    _UNTIL,
    _WEEKDAY,
    _WHEN_ANNOUNCED_RX,
    ANY_COMMITMENT,
    ENDING_VERBS,
)
from .organisations import (
    _Context,
    _known_mentions,
    _organisation_names,
    _topic_from_title,
)
from .page import _is_heading, _paragraphs, _words_between, is_caption, split_sentences
from .promiser import NAMED_AFTER_THE_COMMITMENT, NOT_NAMED, THE_SUBJECT, _mark_topic, _promiser
from .records import MAX_SENTENCE_LENGTH, DraftCandidate, KnownOrganisation, Sentence
from .sentence import (
    _clause_end,
    _clause_start,
    _Cue,
    _Org,
    _Reading,
)
from .speech import _ACT_BEFORE_TIME, SPEAKING, _attribution, _spoken
from .stated import (
    Stated,
    _year_before,
    cited_sources,
    from_window,
    last_day,
    page_day,
    published,
    quoted_tweet_day,
    quoted_tweets,
    spoken_times,
)

# ---------------------------------------------------------------------------------------
# The scan
# ---------------------------------------------------------------------------------------


def extract_drafts(
    text: str,
    *,
    published_on: dt.date,
    organisations: Sequence[KnownOrganisation] = (),
    title: str = "",
    language: str | None = None,
    published_precision: str = "day",
) -> list[DraftCandidate]:
    """The promises in an article, in the order they appear (see the module docstring).

    `published_precision` is "month" or "year" when the page gives its date only to the
    month or year (`published_on` is then the first day of it). The article is read tidied
    (`language.text.tidy`: no-break or doubled spaces, decomposed accents and lines broken
    by a width change nothing); each draft's quote and position are given back in `text`.
    """
    tidied = tidy(text)
    drafts = _drafts(
        tidied.text,
        published_on=published_on,
        organisations=organisations,
        title=tidy(title).text,
        language=language,
        published_precision=published_precision,
    )
    if tidied.text == text:
        return drafts
    return [_as_written(draft, tidied, text) for draft in drafts]


def _standfirst_as_a_sentence(
    sentence: Sentence, paragraphs: list[tuple[str, int]], title: str
) -> bool:
    """Whether the line right under the title, short and with no full stop, is a standfirst
    written as a sentence, its verb of commitment conjugated ("Halden Transit expects to
    open the depot in the first half of next year"): read as the body is, not as a byline or
    a heading. Headline grammar ("New depot to open by 2026") and a noun with its relative
    clause ("Un dépôt qui devrait ouvrir d'ici 2026") stay headings, as does any heading
    further down (an intertitle names a part of the article)."""
    folded = _fold(sentence.text)
    if (
        sentence.paragraph == 0
        and title
        and fold_words(paragraphs[0][0]) != fold_words(title)
        and (promised := _PROMISE_MADE.search(folded)) is not None
    ):
        # The title given apart, a text that opens on a line reporting a promise made ("Prime
        # minister X has promised to spend £1bn on schools over the next decade") opens on its
        # standfirst, no heading of its own.
        return not _RELATIVE_BEFORE.search(folded, 0, promised.start())
    verb = _FINITE_COMMITMENT.search(folded)
    return (
        sentence.paragraph == 1
        and bool(title)
        and fold_words(paragraphs[0][0]) == fold_words(title)
        and verb is not None
        and not _RELATIVE_BEFORE.search(folded, 0, verb.start())
    )


_FINITE_COMMITMENT = re.compile(
    r"\b(?:will|shall|expects?|is|are|should|devrai(?:t|ent)|doi(?:t|vent)|va|vont)\b"
    r"|\b[a-zà-ÿ]{2,}(?:ra|ront)\b"
)
# A promise reported as made, in the perfect: "has promised to", "a promis de".
_PROMISE_MADE = re.compile(
    r"\b(?:has|have) (?:promised|pledged|vowed|committed)\b|\ba promis\b|\bs'est engagée? à\b"
)
# A closing note of the schedule opens on its action noun: "Début des travaux le 28 novembre".
_SCHEDULE_NOTE = re.compile(rf"(?:{_ACTION_NOUN.pattern})(?!.*:)[^.;!?]{{0,60}}$")
# Days of the week as against the weekend: "fermée en semaine", "open on weekdays".
_ON_WEEKDAYS = re.compile(r"en semaine|la semaine|during the week")
# A noun and its relative clause is headline grammar: "Un plan qui va démarrer d'ici un an".
# "that" after a verb of saying opens what was said, no relative clause: "X pledged that the
# company will expand coverage within two years" is a sentence.
_RELATIVE_BEFORE = re.compile(
    r"\b(?:qui|which)\b|\bthat\b(?<!said that)(?<!says that)(?<!pledged that)"
    r"(?<!promised that)(?<!announced that)(?<!confirmed that)(?<!stated that)(?<!vowed that)"
    r"(?<!pledges that)(?<!promises that)(?<!announces that)"
)


def _closing_line_as_a_sentence(sentence: Sentence, paragraphs: list[tuple[str, int]]) -> bool:
    """Whether the text's last line, with no full stop, is a sentence: a heading names the
    part that follows it, and nothing follows the last line. It is read as a sentence when
    its verb of commitment is conjugated and no relative pronoun comes before it ("Les
    premiers forages devraient débuter fin 2026 afin d'alimenter le réseau"); a source, a
    credit or a link ("Source : Le Parisien") stays apart. So is a verbless line that opens
    on an action noun and names a date, a note of the schedule ("Début des travaux le 28
    novembre", "Mise en service en 2026")."""
    if sentence.paragraph == 0 or sentence.paragraph != len(paragraphs) - 1:
        return False
    folded = _fold(sentence.text)
    if _SCHEDULE_NOTE.match(folded) and _DATE_WORD.search(folded):
        return True
    verb = _FINITE_COMMITMENT.search(folded)
    return (
        verb is not None
        and not _RELATIVE_BEFORE.search(folded, 0, verb.start())
        and ":" not in folded[: verb.start()]
    )


# An exclamation or a question inside a title cuts it in two sentences: "Bad News! Metro …".
_EXCLAIMED = re.compile(r"[!?]\s")


def _repeats_the_title(
    sentence: Sentence, title: str, paragraphs: list[tuple[str, int]] | None = None
) -> bool:
    """Whether a sentence is the page's title set at the top of its text, full stop and all
    ("AWS will invest … in Germany by 2025."): a headline, read as headings are. So is each
    sentence of a line near the top that is the title whole, cut in two by its exclamation
    ("Bad News! Metro Line Opening Postponed Until Year-End", under a site's "Home")."""
    if not title or sentence.paragraph > 2:
        return False
    heading = fold_words(title).rstrip(" .")
    if (
        paragraphs
        and _EXCLAIMED.search(heading)
        and fold_words(paragraphs[sentence.paragraph][0]).rstrip(" .") == heading
    ):
        return True
    if sentence.paragraph != 0:
        return False
    text = fold_words(sentence.text).rstrip(" .")
    # Also under a kicker of a word or two: "Exclusive: ...", an icon's name before it.
    return text == heading or (
        text.endswith(" " + heading) and len(text[: -len(heading)].split()) <= 2
    )


# A French paper's standfirst under its rubric, a common noun in capitals run into the
# summary: "TRAVAUX Le musée fermera fin 2023…", "TRANSPORTS Annoncé pour mi-2026, …".
_RUBRIC = re.compile(r"[A-ZÀ-Ý]{5,}[ \t]+[A-ZÀ-Ý][a-zà-ÿ'’]")


def _under_a_rubric(sentence: Sentence, paragraphs: list[tuple[str, int]], language: str) -> bool:
    """Whether a sentence is in the standfirst a French page opens with under its rubric
    ("TRAVAUX Le Centre … fermera fin 2023 pour rouvrir début 2027"): the article's summary,
    read as its headline is, the body telling the promise with its source. A capitalised word
    before a sentence in English is a dateline ("BERLIN The navy will …"), the lead itself."""
    if language != "fr" or sentence.paragraph > 1:
        return False
    return bool(_RUBRIC.match(paragraphs[sentence.paragraph][0].strip()))


def _as_written(draft: DraftCandidate, tidied: Tidied, text: str) -> DraftCandidate:
    """A draft read in the tidy text, its quote cut from the article as written."""
    at = tidied.text.find(draft.quote, draft.position)
    if at < 0:
        return draft  # a quote put together from several places stays as read
    start, end = tidied.span(at, at + len(draft.quote))
    return replace(
        draft, quote=text[start:end], position=tidied.span(draft.position, draft.position)[0]
    )


def _drafts(
    text: str,
    *,
    published_on: dt.date,
    organisations: Sequence[KnownOrganisation],
    title: str,
    language: str | None,
    published_precision: str,
) -> list[DraftCandidate]:
    language = language or guess_language(text)
    context = _Context(
        organisations,
        _organisation_names(organisations),
        language,
        published(published_on, published_precision),
        text,
    )
    tweets = quoted_tweets(text)
    # A page of March 2024 whose dateline says March 3; one of September 2021 quoting a
    # tweet of the 22nd.
    if day := page_day(text, context.article) or quoted_tweet_day(tweets, context.article):
        context.article = day
    # A quoted tweet's link and signature are no words of its sentence; the tweet's own text
    # was said on its day.
    for tweet in tweets:
        start, end = tweet.span
        text = text[:start] + " " * (end - start) + text[end:]
    paragraphs = _paragraphs(text)
    # A digest's item closed by its source and day ("(Reforma, May 19, 2022)") was said then,
    # as a quoted tweet's text was: when the day is not after the page, nor a year before it.
    page = published(published_on, published_precision)
    signed = [*tweets, *(c for c in cited_sources(text) if _year_before(page.on) <= c.day)]
    page_ends = last_day(page)
    tweet_days = {
        number: tweet.day
        for number, (paragraph, offset) in enumerate(paragraphs)
        for tweet in signed
        if offset <= tweet.span[0] <= offset + len(paragraph) and tweet.day <= page_ends
    }
    headings = {p.strip() for p, _ in paragraphs if _is_heading(p)}
    captions = [(at, at + len(p)) for p, at in paragraphs if is_caption(p)]
    given_title = title
    title = title or next(iter(p for p, _ in paragraphs[:1] if p.strip() in headings), "")
    if title:
        context.topic = _topic_from_title(title, context)
        if context.topic is not None and context.topic.pk is None:
            context.names_seen.append(context.topic.name)
    drafts: list[DraftCandidate] = []
    # Each read sentence's number and drafts, for the speaker who closes a quotation.
    quoted: list[tuple[int, list[DraftCandidate]]] = []
    speakers: dict[tuple[int, str], _Org] = {}
    layout = read_layout(text, paragraphs, context.article, ANY_COMMITMENT)
    # Where each sentence that leans on the one before it starts, and where that one starts.
    leans_on: dict[int, int] = {}
    previous: Sentence | None = None
    for sentence in split_sentences(text):
        if (dated := layout.dates.pop(sentence.paragraph, None)) is not None:
            context.article = dated  # "Sept. 6" over a round-up's next items
        if sentence.paragraph in layout.consumed:
            for entry in layout.entries.pop(sentence.paragraph, []):
                drafts.extend(_entry_draft(entry, context))
            previous = None  # a sentence refers back only to the one read right before it
            continue
        if (
            (
                sentence.text in headings
                and not _standfirst_as_a_sentence(sentence, paragraphs, title)
                and not _closing_line_as_a_sentence(sentence, paragraphs)
            )
            or _repeats_the_title(sentence, title, paragraphs if given_title else None)
            or _under_a_rubric(sentence, paragraphs, language)
        ):
            # A heading inside the article (a round-up's next item) names its organisation.
            if sentence.text != title and (
                topic := _topic_from_title(sentence.text, context, known_only=True)
            ):
                context.topic = topic
            previous = None
            continue
        if len(sentence.text) > MAX_SENTENCE_LENGTH:
            previous = None
            continue
        if context.lead is None:
            context.lead = sentence.paragraph
        reading = _read(sentence, context)
        context.number += 1
        _follow_quotation(sentence, context)
        article_day = context.article
        if (tweet_day := tweet_days.get(sentence.paragraph)) is not None:
            context.article = Stated(tweet_day, "day", "a quoted tweet")
        drafts.extend(made := _sentence_drafts(reading, context))
        if _only_remarks(reading, made, context):
            context.remarks.add(context.number)
        if (
            made
            and previous is not None
            and previous.paragraph == sentence.paragraph
            and _refers_back(reading)
        ):
            leans_on[sentence.start] = previous.start
        previous = sentence
        quoted.append((context.number, made))
        _speaks_for_the_quotation(reading, quoted, speakers, context)
        context.article = article_day
        _mark_topic(reading, context)
        if named := _known_mentions(sentence.text, context):
            context.last_named = named[-1]  # even as an object: "acquired by X"
        context.previous = sentence.text
    drafts = [_spoken_for(d, speakers) for d in _dated_afterwards(drafts, context)]
    drafts = _without_earlier_moves(drafts)
    return [
        _with_its_list(_with_the_sentence_before(draft, leans_on, text), text)
        for draft in _without_repeats(drafts, captions)
    ]


# A sentence that opens on a word referring back ("Il sera renouvelé en 2021", "Ce processus
# se poursuivra …", "They will open in 2026") or that is a verbless item ("Livraison avant la
# fin de l'année.") names what it promises only through the sentence before it.
_BACK_PRONOUN = re.compile(
    # Not an impersonal subject (`_IMPERSONAL_IL`, "It is expected that …"), nor a time named
    # by a demonstrative ("This year, …", "ce 15 juin").
    rf"\W*(?:(?!{_IMPERSONAL_IL.pattern})(?:il|elle|ils|elles)\s+"
    r"|(?:it|they)\s+(?!(?:is|was)\b)"
    # "It is due for completion in 2019", "It is set to open in May": a time-table predicate
    # takes no clause as its subject ("It is expected that …" does), so "it" is the thing
    # the sentence before named.
    r"|it(?:\s+(?:is|was)|'s)\s+(?:now\s+|still\s+|also\s+)?(?:due|set|scheduled|slated|"
    r"expected)\s+(?:to|for|in|by)\b"
    r"|(?:ce|cet|cette|ces|this|these|those|celui-ci|celle-ci|ceux-ci|celles-ci)\s+"
    r"(?!\d|(?:year|month|week|weekend|spring|summer|autumn|fall|winter|quarter|morning|evening|"
    r"année|an|mois|semaine|week-end|printemps|été|automne|hiver|trimestre|semestre|matin|soir)\b"
    rf"|{_WEEKDAY.pattern}))"
)


_DEFINITE_ACTION = re.compile(rf"\W*(?:the |l'|la |le |les )(?:{_ACTION_NOUN.pattern})")
_NAMES_ITS_THING = re.compile(r"\s+(?:of|de|du|des|d')\b")


def _refers_back(reading: _Reading) -> bool:
    """Whether a sentence's promise leans on the sentence before it for what it is about."""
    live = [cue for cue in reading.cues if not cue.dropped]
    if live and all(cue.rule.kind == "verbless" for cue in live):
        return True
    if _BACK_PRONOUN.match(reading.folded, reading.body):
        return True
    # A definite action noun with no complement naming its thing ("L'ouverture est attendue
    # pour la mi-2018", "The opening is set for May") is the opening of what came before.
    opening = _DEFINITE_ACTION.match(reading.folded, reading.body)
    return opening is not None and not _NAMES_ITS_THING.match(reading.folded, opening.end())


def _with_the_sentence_before(
    draft: DraftCandidate, leans_on: dict[int, int], text: str
) -> DraftCandidate:
    """A draft whose sentence refers back quotes the sentence it refers to as well: "La
    restructuration des ateliers est en cours au lycée Kastler. Livraison avant la fin de
    l'année." is one promise, told over two sentences."""
    before = leans_on.get(draft.position)
    if before is None or not text.startswith(draft.quote, draft.position):
        return draft
    end = draft.position + len(draft.quote)
    return replace(draft, quote=text[before:end], position=before)


# The items of a list set out under a line: "- the Midland hospital;", "• la mise en service".
_LIST_ITEMS = re.compile(r"(?:\n[ \t]*[-\u2013\u2022][ \t]+[^\n]+)+")


def _with_its_list(draft: DraftCandidate, text: str) -> DraftCandidate:
    """A draft whose sentence ends on a colon quotes the list the colon announces: "Two more
    hospitals are due to open this financial year, listed as follows:" goes on with the
    hospitals it lists, "D'ici la fin de l'année, on poursuivra :" with the works."""
    end = draft.position + len(draft.quote)
    if not draft.quote.endswith(":") or not text.startswith(draft.quote, draft.position):
        return draft
    items = _LIST_ITEMS.match(text, end)
    return draft if items is None else replace(draft, quote=text[draft.position : items.end()])


# How a promiser was guessed when the sentence names none of its own.
_GUESSED = (NAMED_AFTER_THE_COMMITMENT, NOT_NAMED)


def _speaks_for_the_quotation(
    reading: _Reading,
    quoted: list[tuple[int, list[DraftCandidate]]],
    speakers: dict[tuple[int, str], _Org],
    context: _Context,
) -> None:
    """A sentence that closes a quotation opened sentences before it, with its speaker's
    organisation (« … on June 1, 2026. It's going to be an amazing place," said project
    director Jane Roe of Halden Builders): the promises of the quotation's earlier sentences
    that name no promiser of their own are that organisation's (`speakers`, by each draft's
    place and deadline)."""
    attribution = reading.attribution
    first = context.closes_quotation_from
    if first is None or attribution is None or attribution.org is None or attribution.refers_back:
        return
    for number, made in quoted:
        if first <= number < context.number:
            for draft in made:
                if any(f"({how})" in draft.reason for how in _GUESSED):
                    speakers[(draft.position, draft.deadline_text)] = attribution.org


def _spoken_for(draft: DraftCandidate, speakers: dict[tuple[int, str], _Org]) -> DraftCandidate:
    """A draft given to the organisation that closes its quotation, if one does."""
    org = speakers.get((draft.position, draft.deadline_text))
    if org is None or org.name == draft.promiser_name:
        return draft
    old, statement = draft.promiser_name, draft.statement
    if old and statement.startswith(old):
        statement = org.name + statement[len(old) :]
    return replace(
        draft,
        promiser_pk=org.pk,
        promiser_name=org.name,
        subject=org.name,
        statement=statement,
        reason=f"{draft.reason}; promiser {org.name}, the speaker who closes the quotation"[:500],
    )


def _read(sentence: Sentence, context: _Context) -> _Reading:
    text = sentence.text
    folded = _fold(text)
    opening = _DATELINE_OPENING.match(text)
    body = opening.end() if opening else 0
    reported = bool(_REPORTED.search(folded))
    cues = _cues(folded, context.language, body)
    attribution = _attribution(text, folded, body, context)
    # Reported speech goes on past its sentence: "Its executives told investors on Jan. 23
    # that the loan was near. Construction would start in the second half of 2024." Not what
    # analysts, a union or a ministry said, whose conditional is theirs.
    continued = context.reporting_in == sentence.paragraph
    outsider = attribution is not None and bool(
        _THIRD_PARTY_SPEAKER.search(_fold(attribution.speaker))
        or _OUTSIDER.search(_fold(attribution.speaker))
    )
    context.reporting_in = sentence.paragraph if reported and not outsider else None
    reported = reported or continued
    _judge_cues(cues, text, folded, reported, context)
    return _Reading(sentence, text, folded, body, cues, [], attribution, reported)


def _follow_quotation(sentence: Sentence, context: _Context) -> None:
    """Which sentences a quotation runs over: one opened in an earlier sentence of the
    paragraph and closed in this one makes this one `closes_quotation_from` that sentence."""
    if context.quotation_paragraph != sentence.paragraph:
        context.quotation_from = None
    context.closes_quotation_from = None
    opened = context.quotation_from is not None
    for char in sentence.text:
        if char in _OPENING_QUOTES or (char == '"' and not opened):
            if not opened:
                context.quotation_from = context.number
                context.quotation_paragraph = sentence.paragraph
            opened = True
        elif char in _CLOSING_QUOTES or char == '"':
            first = context.quotation_from
            if opened and first is not None and first < context.number:
                context.closes_quotation_from = first
            opened = False
            context.quotation_from = None


_OPENING_QUOTES = frozenset("«“")
_CLOSING_QUOTES = frozenset("»”")


def _dates_the_quotation(reading: _Reading, context: _Context) -> None:
    """A sentence that closes a quotation opened sentences before it, with its attribution
    and the time it was said ("… Ça n'est pas admissible », a déclaré le Premier ministre le
    22 février"): every sentence of the quotation was said then."""
    first = context.closes_quotation_from
    if first is None or (said := _time_of_speech(reading, context, in_attribution=True)) is None:
        return
    for number in range(first, context.number):
        context.told_after.setdefault(number, said)


def _sentence_drafts(reading: _Reading, context: _Context) -> list[DraftCandidate]:
    sentence = reading.sentence
    _dates_the_decision_before(reading, context)
    _dates_the_quotation(reading, context)
    if not reading.cues and _tells_when(reading, context):
        return []
    if not reading.cues and (
        _SAYS_THAT.search(reading.folded, reading.body)
        or _ACCORDING_TO.search(reading.folded, reading.body)
        or _PRESENTS_A_PLAN.search(reading.folded, reading.body)
        or (
            # "Speaking in Parliament on 23 May, the minister reiterated the plan.", not "…,
            # the mayor thanked the workers.": an occasion of speech that says something.
            _OPENS_ON_SPEAKING.match(reading.folded, reading.body)
            and _OWN_SPEECH.search(reading.folded, reading.body)
        )
    ):
        # "according to a December 11 report by ...", "EDF a indiqué jeudi 25 août qu'il
        # comptait prolonger l'arrêt de quatre réacteurs": no promise, but a dated statement.
        _remember_statement(reading, context)
    elif not reading.cues and _ends_on_a_known_speaker(reading):
        # "…, Antam said in a statement on Tuesday", by the time its attribution gives: in
        # "The first plant opened in 2019, Halden said", 2019 is the plant's, not the saying's.
        _remember_statement(reading, context, in_attribution=True)
    if not reading.cues and _opens_on_a_known_speaker(reading):
        # "Ce mercredi, Ostvale Water Board a confirmé le contrat.": a dated statement of a
        # ledger organisation, which its next words in the present may go on with.
        _remember_opening(reading, context)
    if not reading.cues or _EVENT_SUBJECT.match(reading.folded, reading.body):
        return []
    if _QUESTION.search(reading.text):
        return []  # "Alors cette arrivée du tram en 2025, on y croit vraiment ?": a question
    try:
        found = find_deadlines(reading.text, stated_on=context.article.on)
    except DeadlineParseError:
        return []
    spoken = _spoken(reading, found, context)
    stated = spoken[0] if spoken else context.article
    drafts = _dated_drafts(reading, stated, spoken[1] if spoken else None, context)
    if spoken is not None:
        for draft in drafts:
            context.said[draft.promiser_name] = (stated, sentence.paragraph)
            context.statements.append((context.number, draft.promiser_name, stated))
    elif (
        drafts
        and _SPEECH_NOW.search(reading.folded)
        and (opening := _opening_before(reading, context, drafts)) is not None
    ):
        name, said = opening
        again = _dated_drafts(reading, said, None, context)
        drafts = [d for d in drafts if d.promiser_name != name] + [
            d for d in again if d.promiser_name == name
        ]
        drafts.sort(key=lambda d: d.position)
    elif drafts and (
        not _SPEECH_NOW.search(reading.folded)
        or _cites_a_document(reading)
        or _goes_on_with_the_statement_before(reading, context)
    ):
        for name in {d.promiser_name for d in drafts}:
            carried = _carried(name, reading, context)
            if carried is None:
                context.undated.setdefault(context.number, (sentence.paragraph, []))[1].extend(
                    d for d in drafts if d.promiser_name == name
                )
                continue
            if _is_news(carried, context):
                # A promise carried to the day of the article's news tells that occasion on:
                # a next sentence in the present of speech ("…, précise X") goes on with it.
                context.said_here[name] = (carried, sentence.paragraph)
                context.statements.append((context.number, name, carried))
            again = _dated_drafts(reading, carried, None, context)
            drafts = [d for d in drafts if d.promiser_name != name] + [
                d for d in again if d.promiser_name == name
            ]
        drafts.sort(key=lambda d: d.position)
    elif drafts and _in_lead(reading, context):
        # A wire story's lead says "X says …" in the present, its body "X said Wednesday":
        # a later statement of the article's news may date it, no earlier one.
        context.undated.setdefault(context.number, (sentence.paragraph, []))[1].extend(drafts)
    if drafts:
        return drafts
    undated = _undated_draft(reading, stated, context)
    if spoken is not None:
        # It promised nothing dated (at most something undated: "sera bientôt mise en
        # service, a annoncé le 31 janvier EDF"): its day dates the speaker's next promises in
        # its paragraph only ("Le 4 octobre, l'entreprise a annoncé que les travaux étaient
        # achevés" does not date the next paragraph's plans).
        _said_by(reading, spoken[0], context, paragraph_only=not _in_lead(reading, context))
    return undated


# A plan presented, with no promise in its sentence: when it was presented dates the promises
# that detail it ("X a présenté mardi son plan. La ligne ouvrira d'ici 2027."). A plan whose
# content follows ("announced plans for a mission this month") may be dated by that content.
_PRESENTS_A_PLAN = re.compile(
    r"\b(?:announced|unveiled|presented|outlined|(?:a|ont) (?:annoncé|dévoilé|présenté))\b"
    r"[^.;:]{0,40}?\b(?:plans?|strategy|programme|program|roadmap|timetable|schedule|network|"
    r"projet|stratégie|feuille de route|calendrier|réseau)\b(?!\s+(?:for|to|pour|de|d')\b)"
    # A delay announced, whose new dates follow: "la RATP a annoncé le report de quelques
    # mois de la mise en service des prolongements".
    r"|\b(?:announced|(?:a|ont) annoncé)\b[^.;:]{0,20}?\b(?:postponement|delay|report|retard|"
    r"décalage)\b"
)
# "Speaking in Parliament on 23 May, the minister restated the plan.": a dated statement.
# So is a statement named as the occasion: "In a statement to parliament on Thursday, the
# minister told MPs …", "Dans un communiqué publié mardi, X a confirmé …".
_OPENS_ON_SPEAKING = re.compile(
    rf"{SPEAKING}|in (?:a|an|its|his|her|their) (?:[\w-]+ )?(?:statement|speech|address)\b"
    r"|dans (?:un|une|son|sa|leur) (?:communiqué|déclaration|discours)\b"
)
# A sentence that asks: no promise, whatever it names.
_QUESTION = re.compile(r"\?\s*[\"”»’']?\s*$")


def _ends_on_a_known_speaker(reading: _Reading) -> bool:
    """Whether a sentence ends by saying which ledger organisation told it: "…, and the first
    phase was completed in December, Halden said in a statement on Tuesday" is a statement of
    Halden's on Tuesday, whose day may date its promises told before or after it. Not one that
    opens on its speaker ("Halden announced plans for a new service this month": the plan's
    content, not the statement, may be what is dated)."""
    attribution = reading.attribution
    return (
        attribution is not None
        and attribution.org is not None
        and reading.folded.startswith(",", attribution.start)
    )


def _remember_opening(reading: _Reading, context: _Context) -> None:
    """Keep the time of a ledger organisation's statement that opens its sentence and promises
    nothing, for its words in the present that follow (`_goes_on_with_the_statement_before`);
    it dates nothing else."""
    attribution = reading.attribution
    said = _time_of_speech(reading, context)
    if said is not None and attribution is not None and attribution.org is not None:
        context.openings.append(
            (context.number, attribution.org.name, said, reading.sentence.paragraph)
        )


def _opens_on_a_known_speaker(reading: _Reading) -> bool:
    """Whether a sentence opens on a ledger organisation telling something in the past of
    speech: "Ce mercredi, Ostvale Water Board a confirmé le contrat", "On Tuesday Halden
    announced the order"."""
    attribution = reading.attribution
    return (
        attribution is not None
        and attribution.org is not None
        # Nothing before it but a short time ("Ce mercredi,", "On Tuesday").
        and bool(_SHORT_OPENING.fullmatch(reading.folded, reading.body, attribution.start))
        and bool(_OWN_SPEECH.search(reading.folded, attribution.start, attribution.end))
    )


_SHORT_OPENING = re.compile(r"(?:[\w'-]+ ?){0,3}")


def _goes_on_with_the_statement_before(reading: _Reading, context: _Context) -> bool:
    """Whether a sentence in the present of speech follows, in its paragraph, a sentence that
    dated a statement which is the article's news, right before it or with one sentence of
    background between: "En visite à Nantes le 17 janvier, la ministre a annoncé ... La
    ministre assure que le gouvernement mettra fin ... en 2022" tells the same occasion in the
    present, as does "Ce mercredi, le ministère a confirmé le contrat. Deux barrages ont été
    commandés. « Le premier sera livré d'ici à 2027 », indique le ministère". Not after an
    old statement ("In 2019 X said ... X says ..."), nor with "now", "désormais": the
    article's day, unless the statement before is of the last few days ("On Wednesday X
    confirmed the delay. X now expects to finish in 2023." in a page of Thursday: the news
    day)."""
    now = bool(_NOW.search(reading.folded))
    for at, name, stated in context.statements:
        said = context.said_here.get(name) or context.said.get(name)
        if (
            context.number - 2 <= at < context.number
            and said is not None
            and said[1] == reading.sentence.paragraph
            and _is_news(stated, context)
            and (not now or _days_before_the_article(stated, context) <= _NOW_REACH_DAYS)
        ):
            return True
    return False


def _opening_before(
    reading: _Reading, context: _Context, drafts: list[DraftCandidate]
) -> tuple[str, Stated] | None:
    """The dated statement opening a sentence just before, in the paragraph, that a sentence
    in the present of speech goes on with: "Ce mercredi, Ostvale Water Board a confirmé le
    contrat. « Le premier barrage sera livré d'ici à 2027 », indique Ostvale Water Board."
    (the organisation that spoke, and when), on the same terms as a dated statement."""
    now = bool(_NOW.search(reading.folded))
    for at, name, stated, paragraph in reversed(context.openings):
        if (
            context.number - 2 <= at < context.number
            and paragraph == reading.sentence.paragraph
            and _is_news(stated, context)
            and (not now or _days_before_the_article(stated, context) <= _NOW_REACH_DAYS)
            and any(d.promiser_name == name for d in drafts)
        ):
            return name, stated
    return None


# How recent a statement a sentence saying "now" may still go on with: "On Wednesday X
# confirmed the delay. X now expects to finish in 2023." in a page of Thursday.
_NOW_REACH_DAYS = 6


def _days_before_the_article(stated: Stated, context: _Context) -> int:
    if stated.precision != "day" or context.article.precision != "day":
        return _NOW_REACH_DAYS + 1
    return (context.article.on - stated.on).days


_NOW = re.compile(r"\b(?:now|today|currently|désormais|maintenant|aujourd'hui|actuellement)\b")


def _in_lead(reading: _Reading, context: _Context) -> bool:
    """Whether a sentence is in the article's lead, whose statement is the article's news."""
    return reading.sentence.paragraph == context.lead


def _said_by(
    reading: _Reading, stated: Stated, context: _Context, *, paragraph_only: bool = False
) -> None:
    """ "Il a annoncé mardi 27 avril sa décision d'investir ...": nothing promised, but the
    speaker's next promises in the paragraph were made that day."""
    if _DELAYED_SINCE.search(reading.folded, reading.body):
        # "X annonçait cet été une nouvelle ligne ; un lancement qui a dû être reporté": the
        # writer tells the plan was moved since, so what follows is told now, not then ("EDF
        # a annoncé le retard …" is the statement of the new plan itself).
        return
    attribution = reading.attribution
    who = attribution.org if attribution is not None and attribution.org else None
    named = _known_mentions(reading.text, context)
    who = who or context.topic or (named[-1] if named else None) or context.last_named
    if who is not None:
        if _tells_a_deed_done(reading):
            # "X said Wednesday that production has begun": news of that deed, which dates
            # its own paragraph only and none of the promises told before it.
            context.deeds.add(context.number)
            paragraph_only = True
        said = context.said_here if paragraph_only else context.said
        said[who.name] = (stated, reading.sentence.paragraph)
        context.statements.append((context.number, who.name, stated))
        if _closes_on_its_attribution(reading):
            context.closed_on_a_statement[context.number] = (who.name, stated)


def _closes_on_its_attribution(reading: _Reading) -> bool:
    """Whether a sentence ends on who said it, after what was said: "…, Antam said in a
    statement on Tuesday.", "“…,” a statement released Thursday said."; not "X announced on
    Monday that it has set aside €1.45 billion", whose words after the verb are the news."""
    attribution = reading.attribution
    if attribution is None or reading.folded[attribution.end :].strip(" .»”\"'’"):
        return False
    return not _SAYS_THAT.search(reading.folded, attribution.start, attribution.end)


# A move told after a break in the sentence, by the writer: "; un lancement qui a dû être
# reporté", "— a launch that has since been pushed back" (not after a colon, which may open
# the statement's own words: "a annoncé : le lancement est reporté").
_DELAYED_SINCE = re.compile(rf"[;\u2013\u2014][^;:]*?{_DELAY.pattern}")


def _remember_statement(
    reading: _Reading, context: _Context, *, in_attribution: bool = False
) -> None:
    """A sentence without a commitment whose source is dated ("…, according to a December
    11 report by X"): the next promises of its paragraph were made then. A past event told
    by someone ("the minister last week confirmed £40 billion") dates nothing else. With
    `in_attribution`, only a time inside the attribution counts."""
    if (said := _time_of_speech(reading, context, in_attribution=in_attribution)) is not None:
        _said_by(reading, said, context, paragraph_only=not _in_lead(reading, context))


def _tells_a_deed_done(reading: _Reading) -> bool:
    """Whether what a statement says is a deed already done ("Tesla said Wednesday that mass
    production has begun", "BAE Systems announced on 21 December that it recently obtained a
    contract", "mercredi, l'ASN a annoncé que le chargement venait de s'achever"): news of that
    deed, not of a plan. Its day dates its own paragraph only, even in the lead, and no
    promise told before it: the writer's plans around it are told on the article's day."""
    says = _SAYS_THAT.search(reading.folded, reading.body)
    return says is not None and bool(_A_DEED_DONE.match(reading.folded, says.end()))


# What was said opens on a deed done: its subject, then a perfect of a step done ("has
# begun", "had completed", "a signé"), "recently" and such a step, or "venait de". Only the
# verbs of a step done: a decision or a plan made ("has decided to", "has approved a plan",
# "has made a commitment", "a fixé un objectif") looks ahead, and the English article is no
# French "a" ("will apply for a permit"). The subject is a pronoun or a few words that open no
# clause of their own: in "the buses it has ordered will be housed …" the perfect is not what
# was said.
_DEED_STEP_EN = (
    r"(?:beg[au]n|started|commenced|completed|finished|obtained|won|received|acquired|"
    r"secured|awarded|hired|delivered|opened|signed(?!\s+off\b))"
)
_DEED_STEP_FR = (
    r"(?:commencé|débuté|démarré|achevé|terminé|obtenu|remporté|reçu|acquis|attribué|"
    r"recruté|livré|ouvert|signé)"
)
_A_DEED_DONE = re.compile(
    r"\s*(?:(?:it|they|he|she|we|il|elle|ils|elles|on)\s+"
    r"|(?:(?!(?:it|they|he|she|we|il|elle|ils|elles|that|which|who|whom|whose|where|qui|que|"
    r"dont|où)\b|qu')[\w'’.,-]+\s+){0,12}?)"
    rf"(?:(?:has|have|had)\s+(?:already\s+|now\s+|just\s+)?{_DEED_STEP_EN}\b"
    rf"|recently\s+{_DEED_STEP_EN}\b"
    r"|(?:vient|venait|viennent|venaient)\s+(?:\w+ment\s+)?d[e']"
    rf"|(?:a|ont)\s+(?:déjà\s+|bien\s+)?{_DEED_STEP_FR}\b)"
)


def _time_of_speech(
    reading: _Reading, context: _Context, *, in_attribution: bool = False
) -> Stated | None:
    """When a sentence says its statement was made (`_spoken`); with `in_attribution`, only a
    time inside its attribution ("…, a déclaré le ministre le 22 février")."""
    try:
        found = find_deadlines(reading.text, stated_on=context.article.on)
    except DeadlineParseError:
        return None
    spoken = _spoken(reading, found, context)
    attribution = reading.attribution
    if spoken is None or (
        in_attribution
        and (attribution is None or not attribution.start <= spoken[1][0] < attribution.end)
    ):
        return None
    return spoken[0]


def _tells_when(reading: _Reading, context: _Context) -> bool:
    """A sentence that promises nothing and only says who said the one before it, and when
    ("C'est d'ailleurs ce qu'annonçait Willy Demeyer, le 29 août dernier, sur Bel RTL"):
    the promises of the sentence before, in its paragraph, were made then. A sentence that
    tells something of its own ("…, the company said that the plant was complete", "CMA CGM
    a déclaré début août avoir franchi le seuil") does not date what came before it."""
    before = context.undated.get(context.number - 1)
    if (
        before is None
        or before[0] != reading.sentence.paragraph
        or not _REPORTED.search(reading.folded)
        or _SAYS_THAT.search(reading.folded, reading.body)
        or _SAYS_IT_DID.search(reading.folded, reading.body)
        or _NEW_THING_ANNOUNCED.match(reading.folded, reading.body)
        # "Mortgage rates may fall later this year, economists said": a forecast of the
        # economists' own, who relay nothing the sentence before said.
        or (
            reading.attribution is not None
            and _THIRD_PARTY_SPEAKER.search(_fold(reading.attribution.speaker)) is not None
        )
    ):
        return False
    if (said := _time_of_speech(reading, context)) is None:
        return False
    context.told_after[context.number - 1] = said
    return True


def _dates_the_decision_before(reading: _Reading, context: _Context) -> None:
    """A sentence that opens on the decision told just before it and the day it was made
    public ("Skydance has announced a delay, pushing the release to early 2026. This
    decision, made public on May 13, 2025, aims to ..."): the promises of the sentence before,
    in its paragraph, were made that day, whatever this sentence goes on to say. A sentence of
    its own that only says when the announcement was made ("The announcement was made
    Tuesday") dates the last promise of its paragraph across remarks on it (`_only_remarks`).
    A year is no such day: after "The decision was taken last year", "will reopen on July 1"
    would be read as last year's July, in the article's past."""
    paragraph = reading.sentence.paragraph
    target = context.number - 1
    before = context.undated.get(target)
    opening = _DECISION_MADE_PUBLIC.match(reading.folded, reading.body)
    if opening is None and (
        told := _DECISION_TOLD_ON.match(reading.folded, reading.body)
        or _the_speakers_remarks(_REMARKS_MADE_ON.match(reading.folded, reading.body), context)
    ):
        # "This decision was voiced on Monday ...": a sentence of its own that only says when.
        if before is not None and before[0] == paragraph - 1:
            before = (paragraph, before[1])
        elif (
            before is None
            and told.group("what") in ("announcement", "annonce")
            and (earlier := [n for n, (p, _) in context.undated.items() if p == paragraph])
            and all(n in context.remarks for n in range(max(earlier) + 1, context.number))
        ):
            # "The launch will be on March 29. That is earlier than planned. The announcement
            # was made Tuesday …": the announcement is the last promise its paragraph told.
            target = max(earlier)
            before = context.undated[target]
        opening = told
    if opening is None or before is None or before[0] != paragraph:
        return
    start, end = opening.span("when")
    if len(spoken := spoken_times(reading.folded[start:end], context.article)) == 1:
        # "on Monday": the last Monday on or before the article's day.
        stated: Stated | None = spoken[0].stated
    else:
        try:
            found = find_deadlines(reading.text[start:end], stated_on=context.article.on)
        except DeadlineParseError:
            return
        stated = from_window(found[0].window, context.article) if len(found) == 1 else None
    if stated is not None and stated.precision != "year":
        context.told_after[target] = stated


# Who may have made the remarks just told: a pronoun for their speaker.
_SPEAKER_PRONOUN = frozenset(("he", "she", "they", "it", "we", "il", "elle", "ils", "elles", "on"))


def _the_speakers_remarks(made: re.Match[str] | None, context: _Context) -> re.Match[str] | None:
    """The remarks made on a day only when they are the speaker's just told: the subject is a
    pronoun, or its last word names someone of the sentence before ("Quist made the remarks",
    "The minister gave these comments"). "Several residents made their comments at a
    meeting on Tuesday" tells of someone else's remarks, which do not date the promise."""
    if made is None:
        return None
    who = made.group("who").split()
    if len(who) == 1 and who[0] in _SPEAKER_PRONOUN:
        return made
    head = who[-1].removesuffix("'s")
    if re.search(rf"(?<!\w){re.escape(head)}(?!\w)", _fold(context.previous)):
        return made
    return None


def _only_remarks(reading: _Reading, made: list[DraftCandidate], context: _Context) -> bool:
    """Whether a sentence only remarks on what was told before it ("That is earlier than the
    city had expected."): it drafts nothing, tells no dated statement and opens on a word
    pointing back. "The south depot reopened last week" tells news of its own."""
    return (
        not made
        and not any(at == context.number for at, _, _ in context.statements)
        and _A_REMARK_ON_IT.match(reading.folded, reading.body) is not None
    )


def _dated_afterwards(drafts: list[DraftCandidate], context: _Context) -> list[DraftCandidate]:
    """Promises dated only by the article's day, when a later sentence says when they were
    made: the sentence right after them that says who said them and when, or their
    organisation's statement that is the article's news ("In a statement Thursday RWE said
    …" two paragraphs below the lead that reports RWE's plan)."""
    redone: dict[int, DraftCandidate] = {}
    for number, (_, undated) in context.undated.items():
        for draft in undated:
            stated = context.told_after.get(number) or next(
                (
                    said
                    for at, name, said in context.statements
                    if at > number
                    and at not in context.deeds
                    and name == draft.promiser_name
                    and _is_news(said, context)
                ),
                None,
            )
            if stated is not None and (again := _restated(draft, stated)) is not None:
                redone[id(draft)] = again
    return [redone.get(id(draft), draft) for draft in drafts]


def _restated(draft: DraftCandidate, stated: Stated) -> DraftCandidate | None:
    """A draft as made on another day: its deadline read again from that day."""
    try:
        window = parse_deadline(
            draft.deadline_text, stated_on=stated.on, stated_precision=stated.precision
        )
    except DeadlineParseError:
        return None
    return replace(
        draft,
        start=window.start,
        end=window.end,
        stated_on=stated.on,
        stated_on_precision=stated.precision,
        reason=f"{draft.reason}; stated {stated.text!r} according to a later sentence",
    )


def _carried(name: str, reading: _Reading, context: _Context) -> Stated | None:
    """When an organisation's promise without a time of its own was made, if the article said.

    The time of its last dated statement, unless this sentence names another organisation as
    its source (a pronoun, a person, a document or a news agency relaying it continue the
    statement): in the same paragraph when that statement promised nothing (it introduces
    what follows) or this sentence quotes or cites a source (« Entre 2025 et 2030, Orange
    arrêtera ... » after "Orange avait ouvert le bal début 2022 en annonçant ..."); anywhere
    when its day is the article's news (a day within a month of the article: "the company
    announced Jan. 21"). "In 2022 it had said ..." followed by the writer's "Its first
    services will not go live before ..." is today's news, not 2022's; so is the writer's
    sentence after an old statement that promised nothing ("NBN Co announced last year that
    it would spend $3.5 billion to upgrade … The upgrade is planned to be completed by 2023"),
    unless it quotes, cites a source or refers back to that time ("At the time …").
    """
    attribution = reading.attribution
    if attribution is not None and attribution.org is not None and attribution.org.name != name:
        return None
    paragraph = reading.sentence.paragraph
    here = context.said_here.get(name)
    if here is not None and (
        (here[1] == paragraph and (_sourced(reading) or _is_news(here[0], context)))
        or _opens_the_paragraph_after(here, name, reading, context)
    ):
        return here[0]
    if name not in context.said:
        return None
    stated, said_in = context.said[name]
    if _is_news(stated, context):
        return stated
    if attribution is not None and _OWN_SPEECH.search(
        reading.folded, attribution.start, attribution.end
    ):
        # "…, a déclaré ACC" after "ACC a annoncé l'an dernier que …": a statement of its
        # own, made now, not the older one continued.
        return None
    if said_in == paragraph and _sourced(reading):
        return stated
    return None


def _sourced(reading: _Reading) -> bool:
    """Whether a sentence continues a statement made before it: it cites a source or
    quotes, or it refers back to the time of the statement ("At the time the company didn't
    reveal … that it plans to …")."""
    return (
        reading.attribution is not None
        or bool(re.search(r"[«“\"]", reading.text))
        or bool(_AT_THAT_TIME.search(reading.folded))
    )


_AT_THAT_TIME = re.compile(r"\b(?:at the time|at that time|à l'époque|à ce moment-là)\b")


def _opens_the_paragraph_after(
    here: tuple[Stated, int], name: str, reading: _Reading, context: _Context
) -> bool:
    """Whether a sentence opens the paragraph right after a statement of the article's news
    that promised nothing and ended its paragraph: "…, Antam said in a statement on Tuesday.
    ¶ The second phase of the power plant is expected to be completed in the first quarter
    of this year." goes on with Tuesday's statement, as wire stories set each sentence apart
    (the same reach as a sentence that says when the decision before it was made known)."""
    stated, said_in = here
    return (
        said_in == reading.sentence.paragraph - 1
        and stated.precision == "day"
        and _is_news(stated, context)
        and context.closed_on_a_statement.get(context.number - 1) == (name, stated)
    )


_AN_EARLIER_STATEMENT = re.compile(
    r"\b(?:last week|the week before|last month|la semaine (?:derni[eè]re|pass[ée]e)"
    r"|le mois dernier|the previous week|la semaine pr[ée]c[ée]dente)\b"
)


def _is_news(stated: Stated, context: _Context) -> bool:
    """Whether a statement's time is the article's news: a day within a month before it, or
    the article's own month when the words give no day ("earlier this week")."""
    article = context.article
    if _AN_EARLIER_STATEMENT.search(_fold(stated.text)):
        return False  # "Last week the operator announced ...": background to today's news
    if stated.precision == "month" and article.precision == "day":
        return (stated.on.year, stated.on.month) == (article.on.year, article.on.month)
    return stated.precision == "day" and (context.article.on - stated.on).days <= 31


# What an organisation publishes: "selon le nouveau calendrier du groupe", "the filing said".
_DOCUMENT = re.compile(
    r"\b(?:calendrier|communiqué|document|plan|feuille de route|rapport|dossier|lettre|"
    r"schedule|timetable|statement|release|filing|plan|roadmap|report|letter)\b"
)


def _cites_a_document(reading: _Reading) -> bool:
    """ "..., précise le communiqué": a document speaks in the present of its own day."""
    attribution = reading.attribution
    return (
        attribution is not None
        and attribution.org is None
        and bool(_DOCUMENT.search(_fold(reading.text[attribution.start : attribution.end])))
    )


def _dated_drafts(
    reading: _Reading,
    stated: Stated,
    spoken_span: tuple[int, int] | None,
    context: _Context,
) -> list[DraftCandidate]:
    text, folded, cues = reading.text, reading.folded, reading.cues
    try:
        named_text = _with_years_named(text, context.previous)
        found = find_deadlines(
            named_text,
            stated_on=stated.on,
            stated_precision=stated.precision,
            # "initialement prévue en 2024": a plan given up is no promise to draft.
            keep_given_up=False,
        )
    except DeadlineParseError:
        return []
    if spoken_span is not None:
        found = [f for f in found if f.span[1] <= spoken_span[0] or f.span[0] >= spoken_span[1]]
    found = [f for f in found if f.span[0] >= reading.body]
    # The day a commitment phrase holds ("a annoncé jeudi 20 novembre la fermeture de",
    # "unveiled plans Tuesday to open") is when it was said.
    found = [
        f
        for f in found
        if not (
            _WHEN_ANNOUNCED_RX.fullmatch(_fold(f.text) + " ")
            and any(c.start <= f.span[0] and f.span[1] < c.end for c in cues)
        )
    ]
    if _RESPECTIVELY.search(folded):
        found = [part for deadline in found for part in _each_period(deadline, stated)]
    found = [
        part
        for deadline in found
        for part in (
            _each_period(deadline, stated)
            if _opens_a_clause_of_its_own(named_text, deadline)
            else [deadline]
        )
    ]
    found, moved_from = _moved_to(reading, found, stated)
    found = _not_superseded(folded, found)
    found = _started_then_done_by(text, folded, found, stated)
    found = _late_then_early(text, folded, found)
    earlier_moves = {f.span for f in found if _an_earlier_move(folded, f)}
    past_steps = {f.span for f in found if _a_step_of_past_moves(folded, f, found)}
    reading.blockers = [
        (b_start, b_end)
        for b_start, b_end in _blockers(
            folded, cues, found, french=context.language == "fr", text=text
        )
        if not any(start <= b_start < end for start, end in moved_from)  # "from May to"
        # "promised last year to open the line by 2027": when it was said blocks nothing.
        and not (spoken_span is not None and spoken_span[0] <= b_start < spoken_span[1])
    ]
    drafts: list[DraftCandidate] = []
    previous_end: dict[int, int] = {}
    # "the contract signed in 2015 provided for delivery in 2018, before it was moved to
    # 2019": the act set the plan told in the past, not the moves the writer tells after it.
    set_by_an_act = (
        spoken_span is not None
        and bool(_ACT_BEFORE_TIME.search(folded[: spoken_span[0]]))
        and any(cue.rule.kind == "past" and not cue.dropped for cue in cues)
    )
    # "with work set to begin in 2017 and be completed by 2021", said in 2020: a plan whose
    # first step had passed when it was told is the plan as it stood then, its later steps
    # too (`_past_first_step`).
    gone_by = _past_first_step(found, reading, stated)
    # "when colder weather hits later this year", "the holiday season, which gets underway on
    # Black Friday, Nov. 29", "before Brexit happens on 31st October": the date of something
    # that happens by itself, told in its clause, is that event's time.
    events_dates = _events_own_dates(folded, found)
    for deadline in found:
        if deadline.span in events_dates:
            continue
        if not _is_a_deadline(deadline, reading, stated, context):
            continue
        index = _governing_cue(deadline, reading)
        if index is None or cues[index].dropped:
            continue
        if gone_by.get(index, len(folded)) < deadline.span[0]:
            continue
        if set_by_an_act and cues[index].rule.kind != "past":
            continue
        cue = cues[index]
        if _plan_told_as_done(cue, deadline, folded):
            continue
        window, deadline_text = _qualified(deadline, cue, reading, stated, context)
        if window is None:
            continue
        draft = _draft(reading, cue, window, deadline_text, deadline.span, stated, context)
        if draft is None:
            continue
        start = previous_end.get(index, cue.start)
        previous_end[index] = deadline.span[1]
        if start != cue.start and (
            named := _known_mentions(text[start : deadline.span[0]], context)
        ):
            # "S3NS will open in 2025 and Bleu in 2026": the second date is Bleu's.
            draft = replace(draft, promiser_pk=named[0].pk, promiser_name=named[0].name)
            draft = replace(draft, subject=named[0].name, speaker="")
        statement = _statement(draft.promiser_name, reading, cue, start, deadline)
        if deadline.span in earlier_moves:
            draft = replace(draft, reason=f"{draft.reason}; {_AN_EARLIER_MOVE}"[:500])
        elif deadline.span in past_steps:
            draft = replace(draft, reason=f"{draft.reason}; {_A_STEP_OF_PAST_MOVES}"[:500])
        drafts.append(replace(draft, statement=statement))
        for partner in _joined_subject(reading, cue, draft, context):
            # "Walgreens and CVS Pharmacy announced ... would be cage-free by ...": one each.
            statement = _statement(partner, reading, cue, start, deadline)
            drafts.append(
                replace(
                    draft,
                    promiser_pk=next(
                        (o.pk for o in _known_mentions(partner, context) if o.pk is not None),
                        None,
                    ),
                    promiser_name=partner,
                    subject=partner,
                    statement=statement,
                    speaker="",
                    reason=f"{draft.reason}; {partner} joined in the subject"[:500],
                )
            )
    return _without_paces(drafts, folded)


def _plan_told_as_done(cue: _Cue, deadline: FoundDeadline, folded: str) -> bool:
    """Whether a thing planned for a date is told as done: "the 433-qubit chip planned for
    2022 has been completed", "la piscine prévue pour 2024 a été inaugurée". The plan was
    kept; nothing is promised ("The chip is planned for 2026" still is)."""
    return (
        _PLANNED_PARTICIPLE.fullmatch(_fold(cue.phrase).strip()) is not None
        and _BE_BEFORE.search(folded, 0, cue.start) is None
        and deadline.span[0] >= cue.start
        and _DONE.match(folded, deadline.span[1]) is not None
    )


_PLANNED_PARTICIPLE = re.compile(
    r"(?:planned|scheduled|slated|due|prévue?s?|programmée?s?)(?: (?:for|pour|en))?"
)
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|est|sont|était|étaient|été)\s+$")
_DONE = re.compile(
    r"[^,;:.]{0,20}?\b(?:(?:has|have) been|was|were|(?:is|are) now|a été|ont été|"
    r"est désormais|sont désormais) (?:(?:successfully|finally|officially|bien|finalement|"
    r"officiellement) )?(?:completed|finished|delivered|opened|launched|built|inaugurated|"
    r"commissioned|achieved|achevée?s?|terminée?s?|livrée?s?|inaugurée?s?|ouverte?s?|"
    r"lancée?s?|réalisée?s?|construite?s?|mise?s? en service)\b"
    r"|[^,;:.]{0,20}?\b(?:(?:has|have) (?:opened|launched|started|begun|arrived)|"
    r"(?:is|are) (?:now )?(?:complete|finished|done|open)|a ouvert|ont ouvert)\b"
)


def _past_first_step(
    found: list[FoundDeadline], reading: _Reading, stated: Stated
) -> dict[int, int]:
    """The commitment phrases that govern a year wholly past when the promise was told, with
    where that year ends in the sentence: "Plans ... were approved in 2014, with work set to
    begin in 2017 and be completed by 2021" (said in 2020) tells the 2014 plan, whose later
    step is no promise of 2020 either."""
    past: dict[int, int] = {}
    for deadline in found:
        window = deadline.window
        latest = window.end or window.start
        if (
            latest is None
            or latest.year >= stated.on.year
            or window.precision != "year"
            # "set to begin in 2017", not a year that names a thing ("the 2019 study").
            or not re.match(r"(?:in|en)\s", _fold(deadline.text))
        ):
            continue
        index = _governing_cue(deadline, reading)
        if index is not None and not reading.cues[index].dropped:
            past.setdefault(index, deadline.span[1])
    return past


# A year named by the one told before it in the sentence: "pre-orders in the first half of
# 2025, and sales before the end of that year", "in the spring of 2026, with deliveries in
# Japan in the latter half of the same year", "la production en 2025 et les livraisons
# l'année suivante".
_THAT_YEAR = re.compile(
    # Not a compound adjective of length or age: "that year-long process of testing" names no
    # year; "that year-end review" still names the year of its end.
    r"\b(?:(?:that|the same|that same)\s+year(?!-(?:long|old|round|over))"
    r"|(?:la même|cette même) année|cette année-là)\b"
    # "completed in 2030 and begin operations between then and 2031": the year just named.
    r"|(?<=\bbetween )then(?= and\b)"
    # Not "the next year", as often the twelve months ahead ("over the next year").
    r"|\b(?P<next>the following year|l'année suivante)\b",
    re.IGNORECASE,
)


def _with_years_named(text: str, before: str = "") -> str:
    """The text with each year it names by the one before ("that year") written as that year,
    padded to the same length, so that spans still point into the text as written. With no
    year before it in its sentence, "that year" is the last one the sentence before named
    ("... by 2030. The factory may open either that year or in 2031")."""
    if not _THAT_YEAR.search(text):
        return text

    def named(m: re.Match[str]) -> str:
        years = YEAR_RX.findall(text, 0, m.start()) or YEAR_RX.findall(before)
        if not years:
            return m.group()
        year = str(int(years[-1]) + (1 if m.group("next") else 0))
        return year.ljust(len(m.group()))

    return _THAT_YEAR.sub(named, text)


# A rate: "quatre F-35 par an", "ten trains a year", "20,000 lines per quarter".
_RATE = re.compile(
    r"\b(?:a|per|each|every|par|chaque) (?:year|quarter|month|an|année|trimestre|mois)\b"
    r"|\bannually\b"
)


def _without_paces(drafts: list[DraftCandidate], folded: str) -> list[DraftCandidate]:
    """ "Quatre à cinq F-35 par an seront livrés entre 2024 et 2030, de sorte que les 34
    avions devraient être livrés en 2030": a rate over a span of years is the pace of the
    promise the sentence dates by its end, not a promise of its own."""
    rate = _RATE.search(folded)
    if rate is None:
        return drafts
    return [
        draft
        for draft in drafts
        if not (
            draft.start is not None
            and draft.end is not None
            and draft.end.year > draft.start.year
            and rate.end() <= folded.find(_fold(draft.deadline_text))
            and any(
                other.end == draft.end and other.start is not None and other.start > draft.start
                for other in drafts
            )
        )
    ]


def _joined_subject(
    reading: _Reading, cue: _Cue, draft: DraftCandidate, context: _Context
) -> list[str]:
    """The other organisation of a subject that joins two of the ledger's ("Walgreens and
    CVS Pharmacy announced ..."): each promised for itself."""
    if f"({THE_SUBJECT})" not in draft.reason or draft.promiser_pk is None:
        return []
    promiser, _ = _promiser(reading, cue, context)
    if promiser is None or promiser.name != draft.promiser_name:
        return []
    before = _known_mentions(reading.text[: promiser.start], context)
    if not before or before[-1].name == promiser.name:
        return []
    if not _JOINED_NAMES.fullmatch(reading.text[before[-1].end : promiser.start]):
        return []
    return [before[-1].name]


_JOINED_NAMES = re.compile(r"\s*(?:and|et|&)\s*")


_FROM_TO = re.compile(
    r"\b(?:from|de|du)\s+(?P<old>[^.;]{1,40}?)\s+(?:to|à|au)\s+(?P<new>[^.;,\"”»]+)"
)


def _moved_to(
    reading: _Reading, found: list[FoundDeadline], stated: Stated
) -> tuple[list[FoundDeadline], list[tuple[int, int]]]:
    """ "delayed the release from March to April this year": the promise is the new date.

    After a phrase that moves a date, "from X to Y" promises Y (read with what follows it,
    "April this year"), not the range from X to Y; the old date is no blocker ("from May").
    """
    moved_from: list[tuple[int, int]] = []
    for cue in (c for c in reading.cues if c.rule.kind == "change" and not c.dropped):
        moved = _FROM_TO.search(reading.folded, cue.end)
        if moved is None:
            continue
        start = moved.start("new")
        try:
            new = find_deadlines(
                reading.text[start : moved.end()],
                stated_on=stated.on,
                stated_precision=stated.precision,
            )
        except DeadlineParseError:
            continue
        if not new:
            continue
        first = new[0]
        # Whatever overlaps "from X to Y" is replaced by Y (the parser may read the move too).
        found = [f for f in found if f.span[1] <= moved.start() or f.span[0] >= moved.end()]
        span = (start + first.span[0], start + first.span[1])
        found.append(FoundDeadline(first.text, first.window, span))
        moved_from.append((moved.start(), start))
    return sorted(found, key=lambda f: f.span), moved_from


# "Works would commence in January 2026 and be finished by January 2027", "is expected to
# start in fall 2026, and be complete by the end of 2027": one piece of work, its start and the
# day it is done by, said with one subject and one auxiliary, is one promise from the first
# period's start to the second's end. The verb of starting may have its object before the first
# period ("will begin construction of the new depot in January 2025", at most eight words, no
# comma). The verb of ending is the second verb itself, right after "and", with at most an
# auxiliary and an adverb ("be finished", "be fully completed", "finish", "lasting through",
# "last until": the verbs of ending the deadline parser joins); with a verb of its own before it
# ("and aim to complete the plant by 2027") or its end told as a period ("and be completed in
# 2027") the two dates stay two drafts.
_STARTED_BEFORE = re.compile(
    r"\b(?:start|begin|commence|starting|beginning|commencing|break ground|breaking ground)"
    r"(?:\s+[\w'-]+){0,8}\s+$"
)
_THEN_DONE = re.compile(
    r"\s*,?\s*and\s+(?:(?:will|would|should|could|to)\s+)?(?:\w+ly\s+)?"
    r"(?:be\s+(?:\w+ly\s+)?(?:complete|completed|finished)|complete|finish|end|lasting|last)\s*"
)
_DONE_BY = re.compile(r"(?:by|through|thru|until|till)\b")


def _started_then_done_by(
    text: str, folded: str, found: list[FoundDeadline], stated: Stated
) -> list[FoundDeadline]:
    """The start and the end of one piece of work joined into one deadline (`_THEN_DONE`)."""
    joined: list[FoundDeadline] = []
    index = 0
    while index < len(found):
        first = found[index]
        second = found[index + 1] if index + 1 < len(found) else None
        if (
            second is not None
            and first.window.start is not None
            # "with work set to begin in 2017 and be completed by 2021", said in 2020: a plan
            # whose first step had passed is left to `_past_first_step`.
            and (first.window.end is None or first.window.end >= stated.on)
            and first.window.qualifier == "in"
            and second.window.start is None
            and second.window.end is not None
            and _THEN_DONE.fullmatch(folded, first.span[1], second.span[0])
            and _DONE_BY.match(folded, second.span[0])
            and _STARTED_BEFORE.search(folded, 0, first.span[0])
        ):
            words = text[first.span[0] : second.span[1]]
            try:
                window = parse_deadline(
                    words, stated_on=stated.on, stated_precision=stated.precision
                )
            except DeadlineParseError:
                window = None
            if (
                window is not None
                and window.start == first.window.start
                and window.end == second.window.end
            ):
                joined.append(FoundDeadline(words, window, (first.span[0], second.span[1])))
                index += 2
                continue
        joined.append(first)
        index += 1
    return joined


# "ouvrira au public « fin septembre, début octobre »", "before the end of July, beginning of
# August": the late part of one period and the early part of the next, side by side with only
# a comma between them, are one window, as when "ou" or "or" joins them (rule 9 of the
# deadline rules): from the first one's start (or none, for a "by") to the second one's end.
_LATE_PART = re.compile(r"(?:\b(?:fin|late|end of|the end of)\b)[^,]*$")
# The early part ends its phrase (a stop, a comma, "at the latest", the end of the text): not
# "around the end of 2025, first week of 2026 the new line starts", a second step's own date.
_WINDOW_ENDS = re.compile(r"\s*[»”\"]?\s*(?:[.;,!?)]|at the latest|au plus tard|$)")
_COMMA_BETWEEN = re.compile(r"\s*[»”\"]?\s*,\s*[«“\"]?\s*")
_EARLY_PART = re.compile(
    r"(?:le |au |the |in |at the |at )?(?:début|early|beginning of|start of)\b"
    # "around the end of 2014, first week of 2015": the next period's first days.
    r"|(?:the )?first (?:days?|weeks?|fortnight|months?) of\b"
    r"|(?:dans )?(?:la |les )?premi(?:ère|ers|ères) (?:semaines?|jours|quinzaine|mois) "
    r"d(?:e|u|es|')"
)


def _late_then_early(text: str, folded: str, found: list[FoundDeadline]) -> list[FoundDeadline]:
    """A period's late part and the next one's early part joined only by a comma, as one
    deadline (`_LATE_PART`, `_EARLY_PART`)."""
    joined: list[FoundDeadline] = []
    index = 0
    while index < len(found):
        first = found[index]
        second = found[index + 1] if index + 1 < len(found) else None
        if (
            second is not None
            and first.window.end is not None
            and second.window.start is not None
            and second.window.end is not None
            and first.window.end + dt.timedelta(days=1) == second.window.start
            and _LATE_PART.search(folded, first.span[0], first.span[1])
            and _COMMA_BETWEEN.fullmatch(folded, first.span[1], second.span[0])
            and _EARLY_PART.match(folded, second.span[0])
            and _WINDOW_ENDS.match(folded, second.span[1])
        ):
            span = (first.span[0], second.span[1])
            window = replace(first.window, end=second.window.end)
            joined.append(FoundDeadline(first.text + text[first.span[1] : span[1]], window, span))
            index += 2
            continue
        joined.append(first)
        index += 1
    return joined


# "Le retour à la normale avait d'abord été annoncé pour le 27 mai, puis reporté au 3 juin",
# "had initially been scheduled for January, before being pushed back to mid-April": a plan
# told in the pluperfect as the first of its steps, and the move that follows it on the same
# auxiliary, are a story of earlier plans; the date moved to is the plan as it then stood, not
# the promise the article gives now, when the article gives one (a date as late or later,
# `_without_earlier_moves`). A move with a verb of its own ("mais Febelfin parle désormais d'un
# lancement début 2019", "and has now been moved to June") is still read. The move is a delay
# (`_DELAY`: "postponed", "slipped", "reportée") or a move ("moved", "rescheduled", "pushed"),
# with at most three words after it ("delayed again to", "reportée une nouvelle fois au").
_FIRST_OF_STEPS = re.compile(
    r"\b(?:avai(?:t|ent)|had)\s+(?:d'abord|initialement|first|initially|originally)\s+"
    r"(?:été|been)\s"
)
_THEN_MOVED_AFTER_IT = re.compile(
    r"(?:,\s*|\s)(?:puis|then|avant d'être|before being)\s+"
    rf"(?:{_DELAY.pattern}|\b(?:moved|rescheduled|pushed|déplacée?s?)\b)"
    r"(?:\s+[\w'-]+){0,3}?\s*$"
)
# What a clause ends at before the date: a semicolon, a colon, or a full stop that is no
# abbreviation's ("Jan. 20" ends nothing; `ABBREVIATIONS`, an initial).
_STOP_BEFORE = re.compile(r"[;:]|(?P<word>[\w.]*)\.(?=\s|$)")
# Said of a draft whose date is such an earlier move (its `reason`).
_AN_EARLIER_MOVE = "the last step of earlier plans told in the pluperfect"


def _an_earlier_move(folded: str, deadline: FoundDeadline) -> bool:
    """Whether a date is the last step of earlier plans told in the pluperfect
    (`_FIRST_OF_STEPS`, then `_THEN_MOVED_AFTER_IT` right before the date)."""
    first = _FIRST_OF_STEPS.search(folded, 0, deadline.span[0])
    if first is None:
        return False
    before = folded[first.end() : deadline.span[0]]
    return not _a_stop_in(before) and bool(_THEN_MOVED_AFTER_IT.search(before))


def _a_stop_in(text: str) -> bool:
    return any(_ends_a_clause(stop) for stop in _STOP_BEFORE.finditer(text))


def _ends_a_clause(stop: re.Match[str]) -> bool:
    """Whether a match of `_STOP_BEFORE` ends a clause: not an abbreviation's full stop."""
    word = (stop.group("word") or "").strip(".")
    return stop.group("word") is None or not (
        word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())
    )


# "la piscine devait rouvrir en 2021, avant d'être repoussée à l'hiver, puis à la rentrée
# 2022", "was originally scheduled for 2018, but this was delayed until 2019, and then again
# to 2020", "initially hoped to go live this month, but then pushed the date back to November,
# before deciding on April": each date a story of moves told in the past reached is a plan as
# it then stood, not the promise the article gives now, when the article gives one as late or
# later (`_without_earlier_moves`). The story is told in the past, with an auxiliary in the
# simple past or pluperfect ("was delayed", "avant d'être repoussée"), a participle that
# shares an earlier one ("était prévue …, puis repoussée à"), or an active verb with its
# object ("pushed the opening back to"); the present perfect ("has been delayed to 2027", "a
# été repoussée à") tells where the plan stands now and is left to the other rules.
_MOVE_PARTICIPLE = (
    r"(?:pushed back|put back|postponed|delayed|moved|rescheduled|"
    r"reportée?s?|décalée?s?|repoussée?s?|retardée?s?)"
)
_TOLD_MOVE = re.compile(
    r"\b(?:(?P<auxiliary>was|were|had been|avait été|avaient été|avant d'être|before being)\s+"
    r"(?:(?:[a-z]+ly|then|later|first|ensuite|puis|encore|again)\s+){0,2}"
    rf"{_MOVE_PARTICIPLE}"
    rf"|(?:puis|then)\s+{_MOVE_PARTICIPLE}"
    r"|(?:pushed|moved)\s+(?:the|its|their|this|that)\s+(?:[\w'-]+\s+){0,3}back)\b"
)
# A move with no auxiliary of its own after a future or an infinitive in its clause is no move
# told in the past: "will be tested in Nordby and then moved to the coastal line in September",
# "sera testé puis déplacé". ("put … back" is left out of the active moves: "will put its
# buses back on the route" is a return, and "put" is the same in the past and the present.)
_A_FUTURE = r"will|shall|\w+(?:ra|ront)"  # "sera", "ouvrira", "seront" as well
_NOT_IN_THE_PAST = re.compile(rf"\b(?:{_A_FUTURE})\b|\w'll\b")
# A further step joined to a date: "…, and then again to", ", puis à", ", before deciding".
_STEP_BEFORE = re.compile(
    r"(?:,\s*|\s)(?:and then|then|puis)\s+(?:(?:again|encore|à nouveau)\s+)?"
    r"(?:to|until|into|à|au|en|jusqu'à|jusqu'en)?\s*$"
)
_STEP_AFTER = re.compile(r"\s*(?:,\s*|\s)(?:and then|then|puis|before|avant d)\b")
# At most so many words between a move and the date it names ("delayed first to a backup
# launch window in").
_WORDS_TO_ITS_DATE = 8
# A verb of the date's own between the move and the date: the move was told in a clause of its
# own ("whose opening had been delayed, will open on 3 July", "dont la mise en service avait
# été reportée, ouvrira le 3 juillet", "were delayed, but … will reopen the line on").
_A_VERB_OF_ITS_OWN = re.compile(rf"\b(?:{_A_FUTURE}|would|won't|but|mais)\b|\w'll\b")
# Said of a draft whose date is such a step (its `reason`).
_A_STEP_OF_PAST_MOVES = "a step of earlier moves told in the past"


def _a_step_of_past_moves(
    folded: str, deadline: FoundDeadline, found: Sequence[FoundDeadline]
) -> bool:
    """Whether a date is one a story of moves told in the past reached (`_TOLD_MOVE`): the
    first date after the move, or one joined to an earlier step by "then" or "puis"; in a
    story of more than one move, or with another step after the date. A single move from a
    first plan ("was originally planned for December, but was postponed to March") names the
    plan as it stands now, whatever else the article promises later."""
    stops = _STOP_BEFORE.finditer(folded, 0, deadline.span[0])
    clause_start = max((stop.end() for stop in stops if _ends_a_clause(stop)), default=0)
    clause = folded[clause_start : deadline.span[0]]
    moves = [
        move
        for move in _TOLD_MOVE.finditer(clause)
        if move.group("auxiliary") or not _NOT_IN_THE_PAST.search(clause, 0, move.start())
    ]
    if not moves:
        return False
    a_step_before = bool(_STEP_BEFORE.search(clause, moves[-1].end()))
    moved_at = clause_start + moves[-1].end()
    to_the_date = clause[moves[-1].end() :]
    its_date = (
        not any(moved_at <= f.span[0] < deadline.span[0] for f in found)
        and len(to_the_date.split()) <= _WORDS_TO_ITS_DATE
        and not _A_VERB_OF_ITS_OWN.search(to_the_date)
    )
    if not (a_step_before or its_date):
        return False
    return a_step_before or len(moves) > 1 or bool(_STEP_AFTER.match(folded, deadline.span[1]))


def _without_earlier_moves(drafts: list[DraftCandidate]) -> list[DraftCandidate]:
    """The drafts less those whose date is an earlier move (`_an_earlier_move`,
    `_a_step_of_past_moves`) when the article gives another promise as late or later ("ne
    reprendra que le 16 juin", after "puis reporté au 3 juin"): that one is the promise now.
    With none, the move is the only plan the article tells, and it stays ("then delayed to
    2027; … the depot remains on track")."""

    def latest(draft: DraftCandidate) -> dt.date:
        return draft.end or draft.start or dt.date.min

    def earliest(draft: DraftCandidate) -> dt.date:
        return draft.start or draft.end or dt.date.max

    def a_move(draft: DraftCandidate) -> bool:
        return _AN_EARLIER_MOVE in draft.reason or _A_STEP_OF_PAST_MOVES in draft.reason

    moves = [d for d in drafts if a_move(d)]
    if not moves:
        return drafts
    others = [d for d in drafts if not a_move(d)]
    return [d for d in drafts if not (d in moves and any(latest(o) >= earliest(d) for o in others))]


def _not_superseded(folded: str, found: list[FoundDeadline]) -> list[FoundDeadline]:
    """ "Son ouverture prévue à l'automne 2025, est reportée au printemps 2026", "planned for
    May, has been postponed to June": a date right before a move to a later date in the
    same sentence is the plan it replaces, not a promise of its own. A date said to replace
    it may come past another told between ("Prévus pour 2020 après plusieurs reports depuis
    2015, les travaux doivent finalement débuter au printemps 2021")."""
    return [
        deadline
        for index, (deadline, following) in enumerate(zip(found, [*found[1:], None], strict=False))
        if (
            not _MOVED_AFTER.match(folded, deadline.span[1])
            if following is None
            else not (
                _MOVED_ON.match(folded, deadline.span[1], following.span[0])
                or _moved_once_then_again(folded, deadline, following)
                or any(_then_replaced(folded, deadline, later) for later in found[index + 1 :])
            )
        )
    ]


def _then_replaced(folded: str, deadline: FoundDeadline, following: FoundDeadline) -> bool:
    """Whether a later date in the sentence is said to replace this one: "les redémarrages
    prévus d'ici à la fin de l'année ne seront finalement effectifs qu'en janvier", "expecting
    an opening in the spring of 2017, but now it looks like it will open in April of 2016"."""
    return (
        (deadline.window.start, deadline.window.end)
        != (following.window.start, following.window.end)
        and bool(
            _PLANNED_BEFORE.search(folded, 0, deadline.span[0])
            # the participle read with its date: "Prévus pour 2020"
            or _PLANNED_BEFORE.search(folded[deadline.span[0] :].split(" ", 1)[0] + " ")
        )
        and bool(_REPLACING.search(folded, deadline.span[1], following.span[0]))
    )


# The first date is a plan's: "les redémarrages prévus d'ici ...", "expecting an opening in".
_PLANNED_BEFORE = re.compile(
    r"\b(?:prévue?s?|programmée?s?|attendue?s?|expected|expecting|scheduled|planned|slated)"
    r"(?:\s+[\w'-]+){0,3}\s*$"
)
_REPLACING = re.compile(
    r"\b(?:finalement|désormais|finally|but now|mais (?:maintenant|aujourd'hui))\b"
)


def _moved_once_then_again(folded: str, deadline: FoundDeadline, following: FoundDeadline) -> bool:
    """Whether a date a past move named is followed in its sentence by a later one: "elle a été
    décalée en 2022 et elle n'arrivera pas avant 2024", "was pushed back to 2022, and now will
    not open until 2024": the first move's date is an earlier plan, not a promise."""
    first = deadline.window.end or deadline.window.start
    later = following.window.start or following.window.end
    return (
        first is not None
        and later is not None
        and later > first
        and bool(_PAST_MOVE_BEFORE.search(folded[: deadline.span[0]]))
        and not _each_for_its_own(folded, deadline, following)
    )


def _each_for_its_own(folded: str, deadline: FoundDeadline, following: FoundDeadline) -> bool:
    """Whether each of two dates of one move is followed by the thing it is for: "reportés à
    décembre pour les routes vers la Guadeloupe, et à l'année prochaine pour celle vers
    Maurice", "moved to May for the north line and to 2026 for the south one": two things
    moved, each to its date, not one thing moved twice."""
    ends = (deadline.span[1], following.span[1])
    return (
        all(_FOR_A_THING.match(folded, end) for end in ends)
        and not any(_FOR_A_TIME.match(folded, end) for end in ends)
        and not any(_FOR_A_CAUSE.match(folded, end) for end in ends)
    )


# The thing a date of a move is for, right after it: "pour les routes vers", "for the south".
_FOR_A_THING = re.compile(r"\s*,?\s*(?:pour|for)\s+(?:la|le|les|l'|celle|celui|ceux|celles|the)\b")
# Not a thing: a time counted ("for the second time", "pour la troisième fois") or a cause
# ("for the works", "pour les essais de sécurité", "for the same reasons"). One thing moved
# again, the second "for the third" standing for "the third time".
_FOR_A_TIME = re.compile(r"\s*,?\s*(?:pour|for)\s+(?:la|le|the)\s+(?:[\w-]+\s+)?(?:time|fois)\b")
_FOR_A_CAUSE = re.compile(
    r"\s*,?\s*(?:pour|for)\s+(?:la|le|les|l'|the)\s*(?:(?:same|même|mêmes)\s+)?"
    r"(?:works?|travaux|checks?|tests?|trials?|essais?|reasons?|raisons?|weather|météo|"
    r"strikes?|grèves?|safety|sécurité)\b"
)


# What may stand between a date and the move that replaces it: a comma, the verb's auxiliary,
# an adverb ("est finalement reportée", "has now been pushed back").
_MOVED_ON = re.compile(
    r"\s*,?\s*(?:(?:est|sont|a|ont|été|has|have|had|been|was|were|is|are|but|mais|now|"
    r"désormais|finalement|finally|then|puis|since|depuis|already|déjà|also|again|aussi|"
    r"également|encore)\s+){0,3}"
    rf"(?:{_DELAY.pattern})"
)


# With no date after it, a date its sentence then says was moved: "Initial plans for the full
# opening in March have also been delayed some five months" (a participle, not "a delay").
_MOVED_AFTER = re.compile(
    r"\s*,?\s*(?:(?:est|sont|a|ont|été|has|have|had|been|was|were|is|are|now|désormais|"
    r"finalement|finally|then|puis|already|déjà|also|again|aussi|également|encore)\s+){0,3}"
    r"(?:pushed back|delayed|postponed|slipped|retardée?s?|repoussée?s?|décalée?s?|"
    r"reportée?s?)\b"
)
_DAY_ALONE = re.compile(r"(?:(?:les?|the|on)\s+)?\d{1,2}(?:er|st|nd|rd|th)?", re.IGNORECASE)
_DAY_FIRST = re.compile(r"\d{1,2}(?:er|st|nd|rd|th)?\s+(?P<rest>\D.*)$", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\b(?:respectively|respectivement)\b")
_JOINED = re.compile(r"\s*(?:,|\band\b|\bet\b|\bthen\b|\bpuis\b)\s*")
_RANGE_OPENS = re.compile(r"(?:from|du|de|d'|between|entre)\b", re.IGNORECASE)


def _each_period(deadline: FoundDeadline, stated: Stated) -> list[FoundDeadline]:
    """ "Ils s'éteindront respectivement fin 2026 et fin 2028": two deadlines, not a range.
    A range the words open as one ("from October 7, 2019 to December 8, 2019", "du 7 octobre
    au 8 décembre", "between 2026 and 2028") stays one window, whatever "respectively" says
    elsewhere in the sentence ("the capitals of Ivory Coast and Mali respectively")."""
    if _RANGE_OPENS.match(deadline.text):
        return [deadline]
    start = deadline.span[0]
    parts = []
    pieces = _JOINED.split(deadline.text)
    # "les 1er et 14 novembre": a day alone takes the month of the last piece.
    month = _DAY_FIRST.match(pieces[-1].strip())
    for piece in pieces:
        offset = deadline.text.find(piece)
        read = piece
        if month and _DAY_ALONE.fullmatch(piece.strip()):
            read = f"{piece.strip()} {month.group('rest')}"
        try:
            found = (
                find_deadlines(read, stated_on=stated.on, stated_precision=stated.precision)
                if piece.strip()
                else []
            )
        except DeadlineParseError:
            found = []
        found = [
            f if read == piece else FoundDeadline(piece, f.window, (0, len(piece))) for f in found
        ]
        parts += [
            FoundDeadline(
                f.text, f.window, (start + offset + f.span[0], start + offset + f.span[1])
            )
            for f in found
        ]
    return parts if len(parts) > 1 else [deadline]


def _opens_a_clause_of_its_own(text: str, deadline: FoundDeadline) -> bool:
    """Whether the second of two periods joined by "and" opens a clause of its own, with its
    own subject and verb: "will start in 2026, and in 2033 the first block will be
    commissioned", "sera achevée durant l'été 2014 et, à l'automne, la totalité du projet
    devrait être terminée". Each period is then its clause's date, not one span from the
    first to the second."""
    return bool(_AND_AFTER_A_COMMA.search(_fold(deadline.text))) and bool(
        _A_CLAUSE_OPENS.match(_fold(text), deadline.span[1])
        or _A_NAMED_CLAUSE_OPENS.match(text, deadline.span[1])
    )


# "in 2026, and in 2033", "durant l'été 2014 et, à l'automne de 2014": two periods joined by
# "and" with a comma before or after it, the mark of a clause break, not of a range.
_AND_AFTER_A_COMMA = re.compile(r",\s*(?:and|et)\s|\s(?:and|et)\s*,")
# A subject and a verb right after the second period: "the first block … will be", ", la
# totalité du projet devrait être".
_A_CLAUSE_VERB = (
    r"(?:will|would|shall|should|is|are|sera|seront|serait|devrait|devraient|doit|doivent"
    r"|va|vont)\b"
)
_A_CLAUSE_OPENS = re.compile(
    r"\s*,?\s*(?:"
    # a noun phrase, definite or not: "the first block … will be", "a second depot will"
    r"(?:the|its|their|our|a|an|all|la|le|les|l'|son|sa|ses|leur|leurs|un|une|des|tous|toutes)"
    rf"\s[^,;.:]{{0,80}}?\b{_A_CLAUSE_VERB}"
    # a pronoun and its verb right after it, a French future too: "it will open", "elle
    # mettra en service"
    r"|(?:it|they|we|he|she|il|elle|ils|elles|on|nous)\s+(?:ne\s+|n')?"
    rf"(?:{_A_CLAUSE_VERB}|[a-zéè]+(?:ra|ront)\b)"
    r")"
)
# A name as the subject, on the text as written: "and in 2030 Halden Transit will open".
_A_NAMED_CLAUSE_OPENS = re.compile(
    rf"\s*,?\s*[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){{0,3}}\s+(?i:{_A_CLAUSE_VERB})"
)


# A year read as the calendar's when its next word makes it a school year.
_ACADEMIC_YEAR = re.compile(r"\s*(?:universitaire|scolaire|académique)s?\b")


# A date glossed by a court's ruling is the court's calendar, as a case set to be heard is:
# "Matters will be clarified on 10 July, when the Bankruptcy Court rules on the sale".
_WHEN_A_COURT_RULES = re.compile(
    r"\s*,?\s*(?:when|once|lorsque|lorsqu'|quand)\s+[^,;.]{0,80}?\b(?:court|tribunal|cour|"
    r"judge|juge)s?\b[^;.]{0,80}?\b(?:rules?|decides?|hears?|statuera|tranchera|"
    r"se prononcera|rendra)\b"
)
# "avant les fêtes ou après (les fêtes)", "before or after the summer": either side of a
# time, which promises neither.
_OR_AFTER_IT = re.compile(r"\s*,?\s*(?:ou|or)\s+(?:juste\s+|just\s+|right\s+)?(?:après|after)\b")


def _finer_than_its_day(text: str, precision: str) -> bool:
    """Whether a time counted from the day it was said is finer than what is known of that
    day: a month or a week told from a day known only to its year, a week or a day told from
    one known only to its month. A month or year named in it ("fin du mois de mars") dates it."""
    folded = _fold(text)
    if precision == "day" or _NAMED_MONTH_OR_YEAR.search(folded):
        return False
    if _WEEK_OR_DAY_FROM_NOW.search(folded):
        return True
    return precision == "year" and bool(_MONTH_FROM_NOW.search(folded))


_MONTH_FROM_NOW = re.compile(
    r"\b(?:this month|next month|the month|of the month|ce mois|du mois|le mois prochain|"
    r"mois prochain|mois-ci|le mois)\b"
)
_WEEK_OR_DAY_FROM_NOW = re.compile(
    r"\b(?:this week|next week|the week|cette semaine|la semaine prochaine|semaine prochaine|"
    r"tomorrow|today|tonight|demain|aujourd'hui|ce soir|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
)
_NAMED_MONTH_OR_YEAR = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b"
)


def _is_a_deadline(
    deadline: FoundDeadline, reading: _Reading, stated: Stated, context: _Context
) -> bool:
    """Whether a date found in a sentence can be a deadline at all."""
    window, (start, _) = deadline.window, deadline.span
    folded = reading.folded
    if (
        window.precision == "day"
        and window.start == context.article.on
        and not _begins_at_a_time_that_day(deadline, reading)
    ):
        return False  # the dateline, or "today": not a deadline
    latest = window.end or window.start
    if latest is None or latest < stated.on:
        return False  # before the promise was made: a past event
    if _ON_WEEKDAYS.fullmatch(_fold(deadline.text)):
        # "la piste sera barrée entre 23 et 6 heures en semaine": on weekdays, every week,
        # not the week it was said in
        return False
    if _finer_than_its_day(deadline.text, stated.precision):
        # "à la fin du mois" on a page known only to its year, "next week" on one known
        # only to its month: which month or week is not known
        return False
    if (
        window.precision == "day"
        and window.start is not None
        and not re.search(r"\d{4}", deadline.text)
        and 0 <= (stated.on - _year_before(window.start)).days <= 31
        and not _after_a_day_to_come(deadline, reading, stated)
    ):
        return False  # "Starting June 5" written on June 7: it passed, not next year's June 5
    if re.fullmatch(r"\d{4}|To(?:day|morrow|night)", deadline.text) and re.search(
        r"\w[\w,;]* [A-Z]\w*\s$", reading.text[:start]
    ):
        # "le plan France 2030", "the outlet Hunan Today": a year, or a capitalised "Today",
        # right after a capitalised word is part of a name
        return False
    if re.search(
        r"\b(?:the|a|an|its|their|la|le|l'|les) (?:19|20)\d\d$", _fold(deadline.text)
    ) and re.match(r" [A-Z]\w", reading.text[deadline.span[1] :]):
        return False  # "the 2023 Liverpool Biennale": a year in an event's name
    if re.fullmatch(r"\d{4}", deadline.text) and re.search(r"[A-Za-z]-$", reading.text[:start]):
        return False  # "the ELM-2052 radar": a model's number, not a year
    if re.search(r"\bTo(?:day|morrow|night)$", deadline.text) and re.match(
        r" [A-Z]", reading.text[deadline.span[1] :]
    ):
        return False  # "the film The Tomorrow War": a capitalised "Tomorrow" in a name
    if (
        window.precision == "day"
        and _AFTER_A_DETERMINER.search(folded[:start])
        and _A_NOUN_IT_DATES.match(folded, deadline.span[1])
    ):
        # "the FDA's Jan. 22 approvable letter", "our Sept. 1 anomaly", "its initial Sept.
        # 23 service launch date": a day set before its noun names a thing (a letter, a
        # mishap, a date already fixed), not a time promised
        return False
    if re.fullmatch(r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d", deadline.text.strip()) and (
        _NAMED_PLAN_BEFORE.search(folded[:start])
    ):
        return False  # "le plan sida 2010-2014": the plan's name, not a deadline
    if _ACADEMIC_YEAR.match(folded, deadline.span[1]):
        # "à la fin de cette année universitaire": a school year, not the calendar's
        return False
    if _MODEL_YEAR.match(folded, deadline.span[1]) and re.search(r"\d{4}$", deadline.text):
        return False  # "will arrive in 2017 as a 2018 model": a model year, a product's name
    if _MARGIN.fullmatch(_fold(deadline.text)):
        return False  # "on course to miss their targets by a decade": a margin, not a date
    if (
        _WEEKDAY.search(_fold(deadline.text))
        and not re.search(r"\d", deadline.text)  # "dès ce dimanche 17 novembre" is a date
        # "ne reprendront pas avant dimanche": not before a day is when a thing is done at
        # the soonest, no meeting.
        and window.qualifier not in ("by", "before", "not_before")
        and not _LAUNCHES.search(folded[:start])
        # "will start construction of a plant ... on Thursday", "will come into effect on
        # Sunday": a start told in the clause, its weekday the promise.
        and not _STARTS_IN_CLAUSE.search(folded, _clause_start(folded, start, reading.body), start)
        and not _FROM_THEN_ON.match(_fold(deadline.text))
    ):
        return False  # "doit détailler mercredi sa stratégie": a meeting, not a deadline
    works_end = _WORKS_LAST_UNTIL.search(folded, _clause_start(folded, start, reading.body), start)
    if not works_end and _CONTINUES_INTO.search(
        folded[:start] + _fold(deadline.text).split(" ")[0] + " "
    ):
        return False  # "growth is expected to continue into the end of the decade": a trend
    if window.precision == "relative" and _GOES_ON_FOR.search(
        folded, _clause_start(folded, start, reading.body), start
    ):
        return False  # "will continue to provide updates for the next five years": a term
    if _ANNIVERSARY.search(
        folded,
        _clause_start(folded, start, reading.body),
        _own_clause_end(folded, deadline.span[1]),
    ):
        return False  # "will celebrate its 50th anniversary in June 2021": the calendar's
    if _SEASON_OR_MONTH_NAME.search(reading.text[: deadline.span[1]]) and re.match(
        r" [A-Z]", reading.text[deadline.span[1] :]
    ):
        return False  # "the reactor in Spring City, Tenn.": a season in a place's name
    if (
        window.qualifier == "in"
        and window.precision in ("year", "relative")
        and _OUTPUT_RANGE.search(folded[_clause_start(folded, start, reading.body) : start])
    ):
        return False  # "to produce 5,000 to 7,000 tonnes in 2013": guidance, not a promise
    if _RATHER_THAN.search(folded[:start]):
        return False  # "plutôt en 2026 qu'en 2024": the date set aside
    if (
        _AFTER.search(folded[:start]) or _AFTER.search(_fold(deadline.text).split(" ")[0] + " ")
    ) and not _after_a_season(deadline, folded):
        return False  # "after July": the guide has no such window
    if _AFTER_EVENT.search(folded[:start]):
        return False  # "after completion of the demonstration phase at the end of March"
    if _consultation_runs(deadline, reading):
        # "the public comment period is set to close later in February": the procedure's
        # calendar, not a promise of the project
        return False
    if _BOOKED_FOR.search(folded[:start]):
        # "will include its share of the contract in the order bookings for the first quarter":
        # the quarter its accounts book it in, not a date anything is done by
        return False
    runs = _RUNS_FOR.search(folded[:start])
    if runs and (runs.group(1) or re.match(r"\d", deadline.text)):
        return False  # "would run for 15 months starting in April": a contract's term
    if window.precision == "relative" and _SPAN_AFTER_A_START.search(folded[:start]):
        # "doit débuter en avril et s'étendre sur deux ans": counted from the start told
        return False
    if window.precision == "relative" and _AT_LEAST_FOR.search(_fold(deadline.text)):
        return False  # "devra déménager ... pour au moins deux ans": how long, not by when
    if _FISCAL_GLOSS.search(folded[:start]) and re.match(
        r"(?:fiscal|fy|exercice)", _fold(deadline.text)
    ):
        return False  # "narrowed to the fall of 2025, putting it in its fiscal 2026": a gloss
    if _WHEN_A_COURT_RULES.match(folded, deadline.span[1]):
        return False  # "on 10 July, when the Bankruptcy Court rules on the sale": its calendar
    if _OR_LATER.search(_fold(deadline.text)) or _OR_AFTER_IT.match(folded, deadline.span[1]):
        # "from mid-2018 or later", "soit juste avant les fêtes ou après les fêtes":
        # open-ended, no date is promised
        return False
    if _moved_within_a_past_story(deadline, reading, context):
        return False  # "... in October last year. That date was then pushed back to December."
    clause = _clause_start(folded, start, reading.body)
    # Two commitments joined in one clause ("la moitié des contrats seront résiliés d'ici
    # août et les postes seront supprimés jusqu'en 2026"): the second's term words come
    # after the first commitment, not before it.
    before = sorted(cue.end for cue in reading.cues if clause <= cue.start and cue.end <= start)
    term_from = before[-2] if len(before) > 1 else clause
    if (
        _UNTIL.match(_fold(deadline.text))
        and not works_end
        and (
            _CONTRACT_TERM.search(folded, term_from, start)
            or (
                _KEEPS_A_STATE.search(folded, term_from, start)
                # "will remain closed until May": a closure's end, when the place reopens.
                and not _STAYS_CLOSED.search(folded, term_from, start)
            )
            # "will be delivered twice a week every week until February": a round repeated
            or _RECURRING.search(folded, term_from, start)
        )
    ):
        return False  # "will supply batteries until 2030", "leave it open till": a term
    if window.precision == "relative" and _OF_AN_EVENT.match(folded, deadline.span[1]):
        return False  # "within nine months of that launch": from an event, not from today
    # "push back construction by two years": a delay, not a date
    return not (
        window.precision == "relative"
        and _DELAY.search(folded, _clause_start(folded, start, reading.body), start)
    )


# An order booked in a period's accounts: "in the order bookings for the first quarter of
# 2017", "dans son carnet de commandes du premier trimestre".
_BOOKED_FOR = re.compile(
    r"\b(?:order bookings?|order intake|order backlog|carnet de commandes|prises? de commandes)"
    r"\s+(?:(?:for|in|of|du|de|au|pour)\s+)?$"
)


# A consultation of the public (a public comment period, an "enquête publique", a "débat
# public", the public consulted, responses accepted): the time it runs or closes is the
# procedure's calendar, not a promise of the project it is about. Its launch still
# is a step promised ("Une concertation publique sera lancée cet été").
_CONSULTATION = re.compile(
    r"\b(?:(?:public )?comment period|public consultation|public inquiry|consultation (?:publique|"
    r"du public|de la population)|concertation (?:publique|préalable)|enquête publique|"
    r"débat public|responses? (?:are |is |being |will be )?accepted)\b"
)
# The consultation launched: "lancera une concertation publique dans les six mois", "will
# launch a public inquiry within the next six months". The date is when it starts, a step
# promised, unless the date is said to be its close.
_LAUNCHED = re.compile(
    r"\b(?:lan[cç]\w*|ouvr\w*|organis\w*|launch\w*|open\w*|hold\w*|start\w*)\s+"
    r"(?:[\w'-]+\s+){0,2}$"
)
_CONSULTING_AFTER = re.compile(
    r"\s*(?:consulting|consultant) (?:the public|le public|la population)"
)
# The date is the consultation's span or its close: "until 5 May", "entre le 10 octobre et le
# 7 février", "the next eight weeks", "s'achèvera le 15 novembre", "set to close later in".
_SPAN_OR_CLOSE = re.compile(
    r"(?:until|till|through|jusqu'|entre|between|(?:over |within |in |during )?the next|"
    r"dans les)\b"
)
_CLOSES = re.compile(rf"\b(?:close[sd]?|closing|clôtur\w*|{ENDING_VERBS})\b")


def _consultation_runs(deadline: FoundDeadline, reading: _Reading) -> bool:
    """Whether a date is when a consultation of the public runs or closes (`_CONSULTATION`)."""
    folded, (start, end) = reading.folded, deadline.span
    text = _fold(deadline.text)
    closes = bool(
        _CLOSES.search(text) or _CLOSES.search(folded, max(reading.body, start - 25), start)
    )
    if not (closes or _SPAN_OR_CLOSE.match(text)):
        return False
    consultation = _CONSULTATION.search(folded, reading.body, start)
    if consultation and (
        closes or not _LAUNCHED.search(folded, reading.body, consultation.start())
    ):
        return True
    return bool(_CONSULTING_AFTER.match(folded, end))


def _begins_at_a_time_that_day(deadline: FoundDeadline, reading: _Reading) -> bool:
    """Whether a day named in full on the page's own day, after the commitment phrase, is when
    something begins or the hour it happens ("will be operational again from October 20",
    "will begin loading ships Oct. 4 at 7 p.m."): a time promised within the day, not the
    dateline nor a meeting of the day ("vont signer ce lundi 20 janvier")."""
    folded = _fold(deadline.text)
    return (
        bool(re.search(r"\d", folded))
        and any(cue.end <= deadline.span[0] for cue in reading.cues)
        and bool(_FROM_THEN_ON.match(folded) or _HOUR.search(folded))
    )


# An hour of the day: "at 7 p.m.", "17:38 GMT", "à 19 heures", "à 10h".
_HOUR = re.compile(r"\b\d{1,2}(?::\d\d| ?[ap]\.?m\b| ?h\b| heures\b)")


def _after_a_day_to_come(deadline: FoundDeadline, reading: _Reading, stated: Stated) -> bool:
    """Whether a day without its year follows, in its sentence, a day still to come before
    it in the calendar: "est prévu le 31 août pour le premier réacteur et le 31 décembre pour
    le second", written on 14 January, names next December, the days told in their order."""
    try:
        before = find_deadlines(reading.text[: deadline.span[0]], stated_on=stated.on)
    except DeadlineParseError:
        return False
    return any(
        f.window.precision == "day"
        and f.window.start is not None
        and stated.on < f.window.start < (deadline.window.start or f.window.start)
        for f in before
    )


def _after_a_season(deadline: FoundDeadline, folded: str) -> bool:
    """Whether a date is "after" a season or a holiday ("lancera après l'été", "une livraison
    prévue après les vacances de la Toussaint"): the day after it ends opens a not-before
    window; "after July" stays no window."""
    after = _AFTER.search(folded[: deadline.span[0]]) or _AFTER_OPENING.match(_fold(deadline.text))
    return bool(after) and bool(_SEASON_OR_HOLIDAY.search(_fold(deadline.text)))


_AFTER_OPENING = re.compile(r"(?:après|after)\b")
_SEASON_OR_HOLIDAY = re.compile(
    r"\b(?:été|hiver|printemps|automne|summer|winter|spring|autumn|fall|vacances|holidays?|"
    r"toussaint|noël|christmas|pâques|easter)\b"
)


def _own_clause_end(folded: str, end: int) -> int:
    """Where the clause of a time that ends at `end` ends; a time set before its clause by a
    comma ("En 2013, nous fêterons ...") belongs to the clause after the comma."""
    clause_end = _clause_end(folded, end, len(folded))
    if folded[end:clause_end].strip() == "":
        clause_end = _clause_end(folded, clause_end + 1, len(folded))
    return clause_end


# Works that last until a date are done by then: "le chantier devrait durer jusqu'à la fin
# novembre", "les travaux vont durer jusqu'à la fin juin", "le déploiement s'étendra jusqu'au
# premier trimestre", "construction will run until 2027". The works' end is promised, not a
# term kept (a contract's or a state's: `_CONTRACT_TERM`, `_KEEPS_A_STATE`). Only their first
# end: "jusqu'à la fin juin avant une pause qui durera jusqu'au 7 septembre" dates no pause.
_WORKS_LAST_UNTIL = re.compile(
    r"\b(?:chantiers?|travaux|works|construction|déploiement|rollout|roll-out|rénovation|"
    r"renovation|réfection)\b(?:(?!jusqu|until|dur|last)[^.;:]){0,80}?"
    r"\b(?:dur(?:e|ent|er|era|eront)|last(?:s|ing)?|run(?:s|ning)?|s'étend(?:ra|ront|re)|"
    r"continu(?:e|ent|er|era|eront))\b[^.;:]{0,40}$"
)
# A closure kept until a date ends then, as "is closed until" does (`lexicon`): "the pier will
# remain closed until May", "le musée restera fermé jusqu'en juin".
_STAYS_CLOSED = re.compile(
    r"\b(?:remain|stay|rest(?:er|era|eront|e|ent)|demeur\w*)\w*\s+(?:\w+\s+)?"
    r"(?:closed|shut|fermée?s?)\b"
)
# A round that recurs: "every week", "twice a week", "chaque semaine", "tous les jours".
_RECURRING = re.compile(
    r"\b(?:every|each|chaque|tous les|toutes les) (?:day|week|weekend|night|jour|semaine|"
    r"week-end|nuit)s?\b|\b(?:a|per|par) (?:day|week|night|jour|semaine|nuit)\b"
    r"|\b(?:daily|weekly|nightly)\b"
)


# A date restated in the organisation's books: "narrowed to the fall of 2025, putting it in
# the publisher's fiscal 2026" is one promise, said in two calendars.
_FISCAL_GLOSS = re.compile(
    r"\b(?:putting|placing|landing|puts|places|which falls|that falls) (?:it |them )?"
    r"(?:in|into|within) (?:the |its |their )?(?:[\w'’-]+ )?$"
)
_SEASON_OR_MONTH_NAME = re.compile(r"(?<!^)(?<![.!?] )\b(?:Spring|Summer|Autumn|Fall|Winter)$")


# The words a date's phrase opens with when the finder leaves them out: "dès ce dimanche 17
# novembre, la ligne 1 va passer ...".
_TIME_PREPOSITION = re.compile(
    r"^\s*(?:dès|à partir d[eu']|à compter d[eu']|starting|from|as of|on|this|ce|cette|cet)"
    r"(?:\s+(?:ce|cette|cet|le|la|this|the))?\s*$"
)


# A least duration ("pour au moins deux ans", "for at least two years") says how long a
# state lasts; the parser reads it as "not before" its end, which is no date promised.
_AT_LEAST_FOR = re.compile(r"\b(?:pour|pendant|for|during)\s+(?:au moins|at least)\b")


# A weekday after "from" says when something begins, not a meeting: "A partir de lundi, ce
# chantier va fermer la station", "Starting Monday, the line will run every ten minutes".
_FROM_THEN_ON = re.compile(
    r"(?:dès|[aà] partir d[eu']|[aà] compter d[eu']|starting|beginning|from|as of)\b"
)


# A year before "model" names a product's model year, not a time: "as a 2018 model",
# "its 2026 model-year lineup".
_MODEL_YEAR = re.compile(r"[-\s]+model\b")
# A day set between a determiner and its noun, as an adjective: "the FDA's Jan. 22 approvable
# letter", "its planned Dec. 16 launch date" (not "the June 30 deadline", a time to meet).
_AFTER_A_DETERMINER = re.compile(
    r"(?:'s|’s|\bits|\bour|\btheir|\bthe|\ba|\ban|\bhis|\bher)\s+"
    r"(?:(?:initial|planned|original|scheduled|earlier|previous|previously announced)\s+)?$"
)
_A_NOUN_IT_DATES = re.compile(r"\s+(?!(?:target|goal|deadline|objective|timeline)\b)[a-z]{3,}")


# A start or an entry into force in the future, anywhere in the clause before a weekday;
# not a person starting a post ("is due to start his job as Prime Minister on Wednesday",
# an office taken, as "take office" is).
_STARTS_IN_CLAUSE = re.compile(
    r"\b(?:will|to|va|vont|doit|doivent)\s+(?:[\w'-]+\s+){0,2}?(?:start|begin|launch|open|"
    r"come into effect|take effect|go live|lancer|ouvrir|démarrer|débuter|commencer|"
    r"entrer en vigueur)\b"
    r"(?!\s+(?:his|her|their|son|sa|ses|leur)\s+(?:new\s+|nouvelle?s?\s+)?(?:job|role|term|"
    r"post|duties|mandate|tenure|poste|fonctions|mandat)\b)"
)


# A launch or an opening told in the future right before a bare weekday ("BPCE lancera
# mardi la première offre", "will launch on Tuesday"): that day is the promise, not a meeting.
_LAUNCHES = re.compile(
    r"\b(?:(?:lancer|ouvrir|inaugurer|démarrer|débuter)(?:a|ont)|(?:va|vont) (?:lancer|ouvrir|"
    r"inaugurer|démarrer)|will (?:launch|open|go live|start|begin)|(?:launches|opens|goes live))"
    r"\s+(?:(?:on|ce|dès)\s+)?$"
)


# A word with a participle's ending: "opened", "built", "créée".
_PARTICIPLE_WORD = re.compile(r"\b(?:\w+(?:ed|é|ée|és|ées)|built|made|set|done|held|bought|sold)\b")


# A place or a stage set before the sentence's time, up to its comma ("En France, à partir de
# fin septembre 2026, Orange va ...", "In a second phase, by 2027, X will ..."): the time
# after it still opens the clause. Not a word that sums up what went before ("En clair,
# d'ici quatre ans, ..."): what follows is its gloss.
_FRONTED_SETTING = re.compile(
    r"^\s*(?!(?:en|in)\s+(?:clair|bref|somme|résumé|fait|effet|short|fact|other words|sum)\b)"
    r"(?:in|at|across|outside|within|dans|en|au|aux|hors|sur)\s+"
    r"(?:[\w'’-]+\s+){0,4}[\w'’-]+,\s+"
)
# A count of what is left to do ("Il reste plus de 100 appareils à livrer dans le mois"): a
# tally of the year so far, not a thing planned.
# A participle that opens the sentence describes its subject up to the first comma
# ("Articulée autour d'objectifs et d'actions à mettre en œuvre sur trois à cinq ans, cette
# initiative ..."): what it names to be done is part of the description, not a plan dated.
_DESCRIBED_FIRST = re.compile(r"\s*[a-zà-ÿ]+(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies)\s[^,]*$")
_LEFT_TO_DO = re.compile(r"\b(?:il reste|il restait|il restera|restent|restaient|il y a encore)\b")
# "C'est le 17 décembre qu'Arianespace prévoit ...": a cleft puts the date first too.
# After a connective and with "même" between commas too: "Et, c'est même, ce vendredi 5
# octobre qu'Air Sénégal reliera Abidjan et Cotonou".
_CLEFT = re.compile(
    r"^\s*c'est,?\s+(?:(?:seulement|uniquement|bien|justement|précisément|donc|aussi|surtout|"
    r"même),?\s+)?"
)


# What a relative span counts from when it is not the day of the statement.
_OF_AN_EVENT = re.compile(
    r"\s*(?:of|after|following|from|suivant|après|à compter de|à partir de)\s+(?:the|its|their|"
    r"that|this|le|la|les|l'|sa|son|ses|leur|cette|ce|cet)\b"
)


# An open relative clause up to a date: "qui parient plutôt sur", "competitors planning
# their networks in". Its date is its own unless it holds a commitment of its own. A word
# in -ous, -ss, -us or -is is no plural subject of a participle: "improvements in
# autonomous driving for a new line ... to be launched from 2026" holds no relative.
_RELATIVE = re.compile(
    # "which is the Xbox Series X": a clause that only names its noun has no date of its own.
    # "en ce qui concerne" is a preposition ("regarding"), no relative clause: "prévue pour
    # fin 2021 en ce qui concerne la ligne 3 et fin 2022 pour la ligne 4".
    r"(?:(?<!\ben ce )\b(?:which|who|whose|qui|dont)\b"
    r"(?!\s+(?:is|est)\s+(?:the|a|an|le|la|l'|un|une)\s)"
    r"|\b[a-z]{2,}[a-hj-rtv-z]s\s+(?!being\b)[a-z]{3,}ing\b)"
    r"[^,;(–—]*$"
)


# "expects to have five turbines operating early in 2024": what the promiser will have
# doing, its own promise, not a clause on the noun.
_HAVE_IT_DOING = re.compile(r"\b(?:have|has|having|see|get)\s+(?:[\w'-]+\s+){0,3}$")


# A move told in the past, right before the date moved to: "was subsequently pushed back to",
# "avait ensuite été reportée à".
_PAST_MOVED = (
    r"\b(?:was|were|had been|a été|avait été|ont été|avaient été)\s+(?:[a-z]+ly\s+|then\s+|"
    r"later\s+|ensuite\s+|puis\s+)?(?:pushed back|postponed|delayed|moved|put back|"
    r"reportée?s?|décalée?s?|repoussée?s?)\s+(?:again\s+|encore\s+)?"
)
_PAST_MOVE_JOINER = r"(?:to|until|into|à|au|jusqu'à|jusqu'en|en)"
_PAST_MOVE = re.compile(rf"{_PAST_MOVED}{_PAST_MOVE_JOINER}\s+$")
# The same, its joiner in the date's phrase or not: "elle a été décalée en 2022".
_PAST_MOVE_BEFORE = re.compile(rf"{_PAST_MOVED}{_PAST_MOVE_JOINER}?\s*$")


def _moved_within_a_past_story(
    deadline: FoundDeadline, reading: _Reading, context: _Context
) -> bool:
    """Whether a month or day without its year, that a date was moved to in a story told in
    the past, follows the past date of the sentence before: "The line was supposed to open
    in October last year. That date was subsequently pushed back to December." is last
    December, gone by, not the next one."""
    window = deadline.window
    if (
        window.start is None
        or window.precision not in ("month", "day")
        or re.search(r"\d{4}", deadline.text)
        or not _PAST_MOVE.search(reading.folded[: deadline.span[0]])
    ):
        return False
    try:
        before = find_deadlines(context.previous, stated_on=context.article.on)
    except DeadlineParseError:
        return False
    past = [
        day
        for f in before
        if (day := f.window.end or f.window.start) is not None and day < context.article.on
    ]
    return bool(past) and max(past) < _year_before(window.start)


def _in_an_earlier_item(folded: str, cue_end: int, b_start: int, b_end: int, start: int) -> bool:
    """Whether a blocker stands in an earlier item of a list that follows a colon: "va se
    découper en séquences : une étape qui pourrait commencer en 2023, un début de
    construction pour 2025": the hedge of one item does not reach the next."""
    return ":" in folded[cue_end:b_start] and bool(_ITEM_SEPARATOR.search(folded, b_end, start))


_ITEM_SEPARATOR = re.compile(r",\s|\set\s")


# A year written alone, with no word of time before it: the subject of the verb after it.
_BARE_YEAR = re.compile(r"(?:(?:the year|l'année|l’année)\s+)?\d{4}")


# An aside set between dashes or in brackets: "to hand the building over to ArenaCo — the
# nonprofit corporation formed to own the arena — at the end of August".
_CLOSED_ASIDE = re.compile(r"\s[—–]\s[^—–]{1,200}?\s[—–]\s|\([^()]{1,200}\)")


def _in_a_closed_aside(folded: str, cue_end: int, b_start: int, start: int) -> bool:
    """Whether a blocker stands inside an aside closed between the phrase and its date: the
    aside's past verb ("formed") tells of the noun it glosses, not of the date after it."""
    return any(
        m.start() <= b_start < m.end() <= start for m in _CLOSED_ASIDE.finditer(folded, cue_end)
    )


# A condition set off by commas ("will, if the board agrees, open the line in October 2025",
# "en octobre, et si la demande suit, une deuxième ligne en 2026"): its clause ends at the
# closing comma, and a date after it is the promise's again.
_CLOSED_CONDITION = re.compile(
    r",\s(?:(?:and|or|but|et|ou|mais)\s)?(?:" + _CONDITION_OPENS.pattern + r")[^,;]{1,150},"
)


def _in_a_closed_condition(folded: str, b_start: int, after: int, before: int) -> bool:
    """Whether a blocker stands inside a condition closed between `after` and `before`: the
    condition ("if the board agrees") and its verbs govern no date past its closing comma."""
    return any(
        m.start() < b_start < m.end() <= before
        for m in _CLOSED_CONDITION.finditer(folded, after, before)
    )


def _governing_cue(deadline: FoundDeadline, reading: _Reading) -> int | None:
    """The commitment phrase a date belongs to, or None when a blocker governs it.

    The nearest phrase before the date governs it unless a blocker (a past verb, a
    superseded plan, a hedge, an event) stands between them. A date that opens its clause
    ("By 2026, X will ...", "D'ici 2026, X va ...") belongs to the first phrase after it,
    unless a blocker comes first ("In October 2023 it appointed ...").
    """
    cues, folded, blockers = reading.cues, reading.folded, reading.blockers
    start, end = deadline.span
    before = [i for i, cue in enumerate(cues) if cue.start <= start]
    if before:
        index = before[-1]
        if _BARE_YEAR.fullmatch(folded[reading.body : cues[index].start].strip()):
            return None  # "2026 formera une charnière avec 2027": the year is the subject
        # "ne sera pas redémarré ..., comme prévu initialement, mais le 26 novembre": the
        # correction after "mais" is the date; what it corrects blocks nothing.
        corrected = _BUT_THEN.search(folded, cues[index].end, start)
        from_here = corrected.start() if corrected else cues[index].end
        if any(
            from_here <= b_start < start
            and not _in_an_earlier_item(folded, from_here, b_start, b_end, start)
            and not _in_a_closed_aside(folded, from_here, b_start, start)
            and not _in_a_closed_condition(folded, b_start, from_here, start)
            for b_start, b_end in blockers
        ):
            return None
        if cues[index].rule.kind == "to be done" and (
            re.search(r"[;:]", folded[cues[index].end : start])
            or _LEFT_TO_DO.search(
                folded, _clause_start(folded, cues[index].start, reading.body), cues[index].start
            )
            or _DESCRIBED_FIRST.match(folded[reading.body : cues[index].start])
        ):
            return None  # "les actions à mener ... ; les actions envisageables en 2025"
        relative = _RELATIVE.search(folded, cues[index].end, start)
        if relative and not _HAVE_IT_DOING.search(folded, cues[index].end, relative.start()):
            return None  # "des voix qui parient plutôt sur avril 2026": the relative's date
        return index
    inside = [i for i, cue in enumerate(cues) if start < cue.start and cue.end <= end]
    if inside:
        return inside[0]  # the date's words hold the phrase: "completion date is scheduled for"
    named_after = [
        i
        for i, cue in enumerate(cues)
        if cue.rule.kind == "after" and folded[end : cue.start].strip() == ","
    ]
    if named_after:
        return named_after[0]  # "done by Dec. 15, which is the plan": the plan named after it
    clause = _clause_start(folded, start, reading.body)
    opening = _TIME_PREPOSITION.sub(
        "",
        _CLEFT.sub(
            "", _CONNECTIVE.sub("", _FRONTED_SETTING.sub("", _CLEFT.sub("", folded[clause:start])))
        ),
    )
    after = [i for i, cue in enumerate(cues) if cue.start >= end]
    if (
        after
        and _PURPOSE_FIRST.match(folded, clause)
        and (comma := folded.find(",", end, cues[after[0]].start)) >= 0
        and _words_between(folded[comma : cues[after[0]].start]) <= 4
        and not any(end <= b_start < cues[after[0]].start for b_start, _ in reading.blockers)
    ):
        # "Pour produire 30 % de ses besoins en électricité en 2025, Stellantis investira
        # dans un parc photovoltaïque": the goal the promise serves, told first.
        return after[0]
    if re.search(r"\w", opening):
        # "KU next year will renegotiate": a time between a short subject and its
        # commitment, touching it, is the commitment's ("The plant opened in 2025 will
        # close" is not: a participle is no subject's word).
        # So is a time set off by commas there ("Phase 2, in 2022, will introduce").
        touching = after and (
            not folded[end : cues[after[0]].start].strip()
            or (
                folded[end : cues[after[0]].start].strip() == ","
                and folded[clause:start].rstrip().endswith(",")
            )
        )
        if touching and _words_between(opening) <= 4 and not _PARTICIPLE_WORD.search(opening):
            return after[0]
        return None  # inside a clause: ", censé équiper le parc à l'horizon 2030, ..."
    if not after:
        return None
    index = after[0]
    gap = folded[end : cues[index].start]
    if not gap.strip() and _BARE_YEAR.fullmatch(deadline.text.strip()):
        return None  # "2026 will be a pivotal year", "2026 formera une charnière": a subject
    # A fronted deadline ("D'ici 2027, un centre de formation réunissant ... devrait") can
    # only be a deadline: it reaches past a long subject; a fronted period only a few words.
    # So does a date a cleft puts first ("C'est fin juillet que le projet de construction de
    # l'usine du groupe va démarrer"): its verb comes after "que", past the whole subject.
    cleft = bool(_CLEFT.match(folded[clause:start]))
    reach = 24 if deadline.window.qualifier == "by" or cleft else 8
    # A relative clause on the subject's noun is no part of the reach: "Dès l'année
    # prochaine, la marque de luxe Yangwang qui appartient au groupe BYD fera son entrée".
    subject = _SUBJECT_RELATIVE.split(gap, maxsplit=1)[0]
    if _words_between(subject) > reach or any(
        end <= b_start < cues[index].start
        and not _in_a_closed_condition(folded, b_start, end, cues[index].start)
        for b_start, _ in blockers
    ):
        return None
    return index


# A clause that opens on "but" after a comma: what was denied before it is not its own.
_A_BUT_CLAUSE = re.compile(r",\s*(?:mais|but)\b")
# A purpose told first: "Pour produire …", "Afin de couvrir …", "To meet …".
_PURPOSE_FIRST = re.compile(
    r"\W*(?:pour|afin d'|afin de) (?:[a-zà-ÿ]+(?:er|ir|re)|atteindre)\b"
    r"|\W*(?:in order )?to (?!(?:date|the|a|an|this|that|its|their|our|his|her)\b)[a-z]+\b"
)
_SUBJECT_RELATIVE = re.compile(r"\s(?:qui|which|who)\s")


def _qualified(
    deadline: FoundDeadline, cue: _Cue, reading: _Reading, stated: Stated, context: _Context
) -> tuple[DeadlineWindow | None, str]:
    """The deadline's window, read with a negation far from it ("will not go live ... until").

    A negated commitment is passed to the parser with its date ("not until ...", "pas avant
    ..."): a not-before window, or no deadline at all ("not in 2025").
    """
    window, (start, _) = deadline.window, deadline.span
    if window.end is not None and _after_a_season(deadline, reading.folded):
        # "après l'été": from the day after the season ends, open-ended.
        after = replace(
            window, start=window.end + dt.timedelta(days=1), end=None, qualifier="not_before"
        )
        return after, deadline.text
    negation = _NEGATION_FR if context.language == "fr" else _NEGATION_EN
    scope = reading.folded[max(reading.body, min(cue.start, start) - 12) : start]
    # A colon or a semicolon closes the clause before: "le groupe ne s'arrêtera pas là :
    # début 2021, un autre magasin ouvrira" denies nothing of 2021.
    scope = re.split(r"[:;]", scope)[-1]
    # So does a "but" after a comma: "ne nécessitera pas de financement public, mais plutôt
    # des partenaires capables d'achever le déploiement au cours des trois prochaines années"
    # denies the funding, not the three years.
    scope = _A_BUT_CLAUSE.split(scope)[-1]
    if deadline.span[1] <= cue.start:
        # A date told first, the negation around the verb after it: "En juillet et en
        # août, la piscine ne pourra pas rouvrir", "In 2026, the plant will not reopen".
        scope += " " + reading.folded[max(deadline.span[1], cue.start - 12) : cue.end + 6]
    negated = bool(negation.search(scope)) and not _BUT_THEN.search(scope)
    if (negated or window.qualifier == "not_before") and _AS_PLANNED.match(
        reading.folded, deadline.span[1]
    ):
        return None, ""  # "ne redémarreront pas avant la fin de l'hiver comme c'était prévu"
    if not negated and window.qualifier == "by" and _UNTIL.match(_fold(deadline.text)):
        delay = _last(
            _DELAY, reading.folded[_clause_start(reading.folded, start, reading.body) : start]
        )
        if delay is not None:
            # "would delay plans to begin operations at its plant ... until 2025": a move far
            # from its date is still a move, to the whole new period (the parser's rule 10).
            moved = f"{delay.group()} {deadline.text}"
            try:
                return parse_deadline(moved, stated_on=stated.on), moved
            except DeadlineParseError:
                return window, deadline.text
    if window.qualifier == "not_before" and _DENIED_BY.match(_fold(deadline.text)):
        return None, ""  # "would not be ready by next summer": a target missed, no promise
    if window.qualifier == "not_before" or not negated:
        return window, deadline.text
    phrase = ("pas " if context.language == "fr" else "not ") + deadline.text
    try:
        not_before = parse_deadline(phrase, stated_on=stated.on)
    except DeadlineParseError:
        return None, ""
    if _DENIED_BY.match(_fold(phrase)):
        return None, ""  # "l'objectif ne sera pas atteint d'ici 2022": a target missed
    return (not_before, phrase) if not_before.qualifier == "not_before" else (None, "")
