"""The labelled sets of real text are well formed and were split by the rule, once."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from tests.language.real_sets import (
    BLIND7,
    BLIND9,
    BLIND10,
    BLIND11,
    BLIND12,
    BLIND13,
    BLIND15,
    BLIND16,
    BLIND17,
    BLIND18,
    BLIND19,
    BLIND20,
    BLIND21,
    BLIND22,
    BLIND23,
    BLIND24,
    BLIND25,
    BLIND26,
    BLIND27,
    BLIND28,
    BLIND29,
    BLIND30,
    BLIND31,
    BLIND32,
    BLIND33,
    BLIND34,
    BLIND35,
    BLIND36,
    BLIND37,
    BLIND38,
    BLIND39,
    BLIND40,
    BLIND41,
    BLIND42,
    BLIND43,
    BLIND44,
    BLIND45,
    BLIND46,
    BLIND47,
    BLIND48,
    BLIND49,
    BLIND50,
    BLIND51,
    BLIND52,
    BLIND53,
    BLIND54,
    BLIND55,
    BLIND56,
    BLIND57,
    BLIND58,
    BLIND61,
    BLIND62,
    BLIND63,
    BLIND64,
    BLIND67,
    BLIND68,
    BLIND79,
    BLIND80,
    BLIND81,
    BLIND82,
    BLIND83,
    BLIND84,
    BLIND85,
    BLIND86,
    BLIND87,
    BLIND88,
    BLIND89,
    BLIND90,
    BLIND91,
    BLIND92,
    BLIND93,
    BLIND94,
    BLIND95,
    BLIND96,
    BLIND97,
    EXTRA,
    EXTRAS,
    FRESH,
    REAL,
    has_extra,
    load,
    miss_line,
    report,
    scored_articles,
    scored_deadlines,
    scored_news,
    split_of,
    stated_as_the_page_dates_it,
    stated_precision,
)

SETS = {"deadlines": "phrases", "articles": "articles", "news": "items"}


def _items(name: str) -> list[dict]:
    return load(name)[SETS[name]]


@pytest.mark.parametrize("name", [n for n in SETS if (REAL / f"{n}.json").exists()])
def test_every_item_is_in_the_half_its_page_url_decides(name: str) -> None:
    wrong = [item["id"] for item in _items(name) if item["split"] != split_of(item["url"])]
    assert wrong == []


@pytest.mark.parametrize("name", [n for n in SETS if (REAL / f"{n}.json").exists()])
def test_both_halves_are_substantial(name: str) -> None:
    halves = [item["split"] for item in _items(name)]
    minimum = {"deadlines": 150, "articles": 20, "news": 75}[name]
    assert halves.count("dev") >= minimum and halves.count("test") >= minimum


def _files(name: str) -> list[str]:
    """The set's own file and every later round's file for it."""
    return ["all", *(extra for extra in EXTRAS if has_extra(name, extra))]


@pytest.mark.parametrize("split", _files("deadlines"))
def test_deadline_phrases_are_quoted_from_their_sentences(split: str) -> None:
    for phrase in load("deadlines", split)["phrases"]:
        # A phrase cut where its sentence was cut ("a hearing ... is scheduled for Sept. 11")
        # is quoted piece by piece, in order.
        rest = phrase["sentence"]
        for piece in phrase["phrase"].split(" ... "):
            assert piece in rest, phrase["id"]
            rest = rest[rest.index(piece) + len(piece) :]
        dt.date.fromisoformat(phrase["stated_on"])


@pytest.mark.parametrize("split", _files("articles"))
def test_article_labels_are_quoted_from_their_excerpts(split: str) -> None:
    for article in load("articles", split)["articles"]:
        for draft in article["drafts"]:
            assert draft["quote"] in article["excerpt"], article["id"]
            if split != FRESH:  # the third round wrote a few normalised ("not until 2030")
                assert draft["deadline_text"] in article["excerpt"], article["id"]
            assert draft["start"] or draft["end"], article["id"]
            dt.date.fromisoformat(draft["stated_on"])


def test_at_least_forty_articles_and_three_hundred_phrases_were_labelled() -> None:
    assert len(_items("articles")) >= 40
    assert len(_items("deadlines")) >= 300


# --- Deadline phrases on real text (figures in docs/deadlines.md) ----------------------

TARGET = 0.97  # issue 15: share of real deadline phrasings read right


def test_deadline_phrases_meet_the_target_on_the_development_half() -> None:
    score = scored_deadlines("dev")
    assert score.rate >= TARGET, (f"{score.rate:.3f}", score.misses)


@pytest.mark.parametrize(("extra_set", "floor"), [(EXTRA, 0.95), (FRESH, 0.98)])
def test_deadline_phrases_keep_their_figures_on_later_rounds_development_data(
    extra_set: str, floor: float
) -> None:
    # Tuned on these too (dev-extra 0.946, 472/499; dev-fresh 0.979, 565/577, after the seventh
    # round; 0.952, 475/499, and 0.983, 567/577, after the fifteenth round's second pass; each
    # fresh batch's first, untuned score was lower: 0.928, 0.939, 0.899, 0.920, 0.859): guards a
    # little below.
    score = scored_deadlines(extra_set)
    assert score.rate >= floor, (f"{score.rate:.3f}", score.misses)


# Blind batches whose misses were read, each scored untuned first (the estimate on unseen
# text): a guard a little below the figure after.
@pytest.mark.parametrize(
    ("blind_set", "floor"),
    [
        # Twelfth round: 0.936 (73/78) untuned, 0.987 (77/78) after.
        ("dev-blind6", 0.98),
        # Thirteenth round: 0.978 (45/46) untuned and after (its one miss, "until the second
        # quarter of 2026", is labelled from the move verb of its sentence).
        ("dev-blind8", 0.97),
        # Thirteenth round, second part: 0.985 (64/65) untuned and after (its one miss, a bare
        # "in April" labelled past from its sentence's "was unsuccessful").
        ("dev-blind9", 0.98),
        # Thirteenth round, third part: 0.900 (54/60) untuned, 0.967 (58/60) after; 0.983
        # (59/60) after the fifteenth round's second pass read "won't happen for the next three
        # years" (its one miss, a bare "mi juillet" labelled past from its sentence).
        ("dev-blind11", 0.98),
        # Fourteenth round: 1.000 (53/53) untuned and after.
        ("dev-blind12", 0.98),
        # Fourteenth round, second pass: 1.000 (47/47) untuned and after.
        ("dev-blind15", 0.98),
        # Fifteenth round: 0.842 (80/95) untuned, 0.926 (88/95) after (its seven misses are
        # labelled from their sentence or page: past verbs, a negation, a move, a page dated
        # to its year, a bare "the summer").
        ("dev-blind16", 0.92),
        # Seventeenth round: 0.983 (59/60) untuned, 1.000 (60/60) after ("ce vendredi, 9
        # décembre" read as one day).
        ("dev-blind19", 0.98),
        # Eighteenth round: 0.946 (87/92) untuned, 0.978 (90/92) after ("cannot", past verbs
        # further away, the French pluperfect).
        ("dev-blind20", 0.97),
        # End of the eighteenth round: 0.967 (87/90) untuned with its final rules, 0.978
        # (88/90) after (a bracket that only holds the period again).
        ("dev-blind21", 0.97),
        # Nineteenth round: 0.953 (82/86) untuned and after the round's first rules; read
        # after serving as its held-out batch, 0.988 (85/86) ("l'horizon", "l'objectif de").
        ("dev-blind22", 0.98),
        # Nineteenth round: 0.932 (96/103) untuned, 0.971 (100/103) after (a date said to be
        # out of reach, plural months, days listed with "or").
        ("dev-blind23", 0.96),
        # Nineteenth round: 0.953 (143/150) untuned; 0.960 (144/150) with that round's last
        # rules; read in the twentieth, 0.987 (148/150) (a move's margin and a comma, "later
        # in June", "from ... and until", a range's parts, a target date).
        ("dev-blind24", 0.98),
        # Twentieth round: 0.971 (168/173) untuned with the round's start code, 0.977 with its
        # first rules, 0.988 (171/173) after (a name's past after the comma, "a décidé").
        ("dev-blind26", 0.98),
        # Twentieth round: 0.938 (135/144) untuned and after; read in the twenty-first, 0.944
        # (136/144) (the fiscal year under way with its end in brackets); 0.958 (138/144)
        # once the scorer passed a month page's precision (twenty-second round).
        ("dev-blind25", 0.95),
        # End of the twentieth round: 0.929 (131/141) untuned; read in the twenty-first,
        # 0.950 (134/141) (a date brought forward, a plan given up before a comma, "ago");
        # 0.972 (137/141) once the scorer passed a page's precision (twenty-second round).
        ("dev-blind27", 0.97),
        # Labelled at the end of the sixteenth round and kept unread through the twenty-first:
        # 0.915 (75/82); read in the twenty-second, 0.939 (77/82) (a month before a production
        # target, a year alone before its season).
        ("dev-blind18", 0.93),
        # Start of the twenty-first round: 0.972 (137/141) untuned and after; read in the
        # twenty-second, 0.979 (138/141) (the end of a named term, then its date).
        ("dev-blind28", 0.97),
        # Labelled in the fourteenth round and kept unread through the twenty-first: 0.877
        # (50/57); 0.895 (51/57) once the scorer passed a month page's precision.
        ("dev-blind13", 0.89),
        # Start of the twenty-second round, kept unread through it: 0.957 (135/141); read in
        # the twenty-third, 0.965 (136/141) (a date pushed with its noun, "mid2021").
        ("dev-blind29", 0.96),
        # End of the twenty-second round, kept unread through it: 0.904 (104/115); read in the
        # twenty-third, 0.948 (109/115) (a year known only, "reprogrammée", "seconde moitié",
        # "the end of the year" after a period with its year).
        ("dev-blind30", 0.94),
        # Start of the twenty-third round: 0.917 (110/120) untuned and with its first rules;
        # read later in it, 0.950 (114/120) ("d'octobre", "on Friday next week", "neither",
        # "not in time for").
        ("dev-blind31", 0.95),
        # Twenty-third round, kept unread through it: 0.975 (117/120); read in the
        # twenty-fourth, 0.983 (118/120) ("au mieux à l'automne, voire en 2021", "sept en").
        ("dev-blind32", 0.98),
        # Start of the twenty-fourth round: 0.962 (125/130) untuned and with its first rules;
        # read later in it, 0.977 (127/130) ("instead of ... by", "a suspendu début juillet").
        ("dev-blind34", 0.97),
        # Late in the twenty-fourth round: 0.942 (114/121) untuned and with its rules up to
        # then; read, 0.983 (119/121) ("se dérouleront de ... à", "by up to 18 months", "our
        # fiscal 2025", "au plus tard" before its verb).
        ("dev-blind35", 0.98),
        # Twenty-fourth round, kept unread through it: 0.977 (127/130), 0.985 with its final
        # rules; read in the twenty-fifth, 0.992 (129/130) ("no later than in").
        ("dev-blind33", 0.99),
        # Twenty-fifth round: 0.944 (119/126) untuned and with its first rules; read, 0.968
        # (122/126) ("were revealed in May", "No new projects ... until 2025", "1\ner").
        ("dev-blind36", 0.96),
        # Twenty-fifth round: 0.951 (116/122) untuned and with its rules up to then; read,
        # 0.992 (121/122) (a month under a verb that looks ahead, "later in 1Q23", "ce mois de
        # mai", "et non le", "ne le seront sans doute pas").
        ("dev-blind38", 0.99),
        # Twenty-fifth round, kept unread through it: 0.967 (118/122) with its start code and
        # its final rules; read in the twenty-sixth, 0.975 (119/122) ("la prochaine rentrée").
        ("dev-blind37", 0.97),
        # Late in the twenty-fifth round, kept unread through it: 0.937 (119/127); read in the
        # twenty-sixth, 0.976 (124/127) ("a lieu dimanche", "the back end of the decade",
        # "moved up ... from ... to", "Phasing from 2030 to 2035").
        ("dev-blind39", 0.97),
        # Twenty-sixth round, each scored unread, then read: 0.968 (121/125) to 0.992
        # (124/125) ("a March reopening", "break ground ... and complete", "elle a acheté");
        # 0.975 (119/122) to 0.984 (120/122) ("end date"); 0.961 (123/128) and 0.968 (121/125)
        # unchanged.
        ("dev-blind42", 0.99),
        ("dev-blind43", 0.98),
        ("dev-blind44", 0.96),
        ("dev-blind45", 0.96),
        # Twenty-sixth round, kept unread through it: 0.963 (131/136) and 0.921 (128/139)
        # with its start code and its final rules; read in the twenty-seventh, 0.978
        # (133/136) and 0.950 (132/139) ("the first week in July", "through to", "Il faudra
        # attendre juin", "s'est rendue lundi", "review goal date").
        ("dev-blind40", 0.97),
        ("dev-blind41", 0.94),
        # Twenty-seventh round, each scored unread (the same with its start code and its
        # rules up to then), then read: 0.962 (128/133) to 0.977 (130/133) ("was erected
        # Wednesday", "jusque"); 0.965 (139/144) to 0.993 (143/144) ("sont tombées
        # mercredi", "is due on Dec. 18", "the 52 weeks ending", "goal date").
        ("dev-blind46", 0.97),
        ("dev-blind47", 0.99),
        # Twenty-seventh round, kept unread until late in it (the same with its start code
        # and with its rules up to then), then read: 0.948 (145/153) to 0.961 (147/153)
        # ("next fiscal"); 0.930 (132/142) to 0.937 (133/142) ("the 2022 holiday season").
        ("dev-blind48", 0.96),
        ("dev-blind49", 0.93),
        # Twenty-seventh round, kept unread through it: 0.970 (131/135) and 0.980 (146/149)
        # with its start code and its final rules; read in the twenty-eighth, 0.993
        # (134/135) and 0.987 (147/149) ("at earliest, the first half of 2015", "later this
        # summer", "c'était début juillet", "votée cet été", "vendredi soir, samedi et
        # dimanche").
        ("dev-blind50", 0.99),
        ("dev-blind51", 0.98),
        # Twenty-eighth round, scored unread (the same with its start code and its rules up
        # to then), then read: 0.944 (136/144) to 0.972 (140/144) ("pas plus tard qu'en",
        # "rendent impossible", "à jour", "pour les cinq années à venir", "pushing back ...
        # to late summer or early fall"); 0.958 (138/144) to 0.965 (139/144).
        ("dev-blind52", 0.97),
        ("dev-blind53", 0.96),
        # Twenty-eighth round, kept unread through the twenty-ninth, read in the thirtieth:
        # 0.944 (136/144) to 0.958 (138/144) (closing something is an event in the period;
        # "or more likely"); 0.970 (131/135) to 0.985 (133/135) (an alternative of quarters
        # repeating "du"; a move "au moins à" a date).
        ("dev-blind54", 0.95),
        ("dev-blind55", 0.98),
        # Twenty-ninth round, kept unread through the thirty-sixth, read in the
        # thirty-seventh: 0.942 (113/120) to 0.992 (119/120) (a cup or a fair named by its
        # year, "as early as in", a start joined to a conclusion, "un horizon de" alone,
        # things rolled out in a month gone by).
        ("dev-blind59", 0.99),
        # Thirty-seventh round, labelled blind from the rules alone and read in it: 0.918
        # (247/269), 0.944 (255/270), 0.928 (206/222) and 0.910 (191/210) before its rules;
        # 0.959, 0.970, 0.937 and 0.914 after.
        ("dev-blind69", 0.95),
        ("dev-blind70", 0.96),
        ("dev-blind71", 0.93),
        ("dev-blind72", 0.91),
        # Thirty-second and thirty-fifth rounds, kept unread through the thirty-seventh, read
        # in the thirty-eighth: 0.975 (118/121) unchanged (its three misses are labels from
        # outside the phrase or against the rules); 0.743 (107/144) to 0.757 (109/144)
        # (Mardi Gras, a span counted "since" a date gone by; most of its misses are
        # days labelled as events by what the sentence tells, or against the rules).
        ("dev-blind60", 0.97),
        ("dev-blind65", 0.75),
        # Thirty-eighth round, labelled blind from the rules alone and read in it: 0.949
        # (188/198) before its rules, 0.970 (192/198) after them ("that year", "at CES
        # 2013", "the current calendar year", a stretch of "the year" gone by).
        ("dev-blind74", 0.96),
        # Labelled beside it and read after its rules: 0.947 (198/209) before and with them,
        # 0.957 (200/209) after its own ("l'après 2030", "this afternoon"; "to end this year
        # with" was read for a while, then given up to a move's "to end 2020").
        ("dev-blind73", 0.95),
        # Labelled beside them and read after their rules: 0.968 (242/250) before and with
        # them, 0.984 (246/250) after its own ("ne se dérouleront plus", a span "before" an
        # event, "4 février 2026 : date limite").
        ("dev-blind75", 0.98),
        # Labelled later in the round and read after its rules: 0.949 (206/217) with the code
        # from before the round, 0.954 (207/217) with its rules, 0.959 (208/217) after its
        # own ("L'horizon 2020"); 0.953 (203/213) before and with them, 0.958 (204/213)
        # after its own (a span's first day after a comma).
        ("dev-blind77", 0.95),
        ("dev-blind78", 0.95),
        # Thirty-sixth and thirty-seventh rounds, kept unread through the thirty-eighth, read
        # in the thirty-ninth: 0.947 (143/151) to 0.960 (145/151) and 0.917 (132/144) to
        # 0.951 (137/144) ("the following year", spaced French hours, "ne peut" without "pas",
        # a term's years in brackets, a year's season).
        ("dev-blind66", 0.95),
        ("dev-blind68", 0.95),
        # Thirty-seventh and thirty-eighth rounds, kept unread through the thirty-eighth,
        # read later in the thirty-ninth: 0.958 (136/142) to 0.972 (138/142) and 0.911
        # (225/247) to 0.955 (236/247) (fiscal periods by their closing day, the festive
        # season, the last months counted back, a move with no new date, "au bout de").
        ("dev-blind67", 0.97),
        ("dev-blind76", 0.95),
        # Thirty-ninth round, kept unread through it, read in the fortieth: 0.880 (205/233)
        # to 0.927 (216/233) (a time of day inside a floor, before a named time on its day,
        # hosting an event, "since A and until B", "without" and a gerund).
        ("dev-blind79", 0.92),
        # Thirty-ninth and fortieth rounds, kept unread through the fortieth, read in the
        # forty-first: 0.938 (226/241) to 0.967 (233/241) ("this" before a month and its day,
        # a later date hedged after "and", a span before "period", "au minimum" before its
        # period, a season's hemisphere, "delay" as a noun, a name between commas in a move)
        # and 0.923 (203/220) unchanged (its misses are labels the rules do not give).
        ("dev-blind80", 0.96),
        ("dev-blind82", 0.92),
        # Fortieth round, kept unread through the forty-first, read in the forty-second:
        # 0.960 (217/226) to 0.982 (222/226) and 0.923 (203/220) to 0.964 (212/220) (the
        # round's rules include "by" and a bare count as a move's size, a deadline noun then
        # its setting verb, a year then a yearless time of it, "open ... close", "et ce"
        # inside a range, a weekday that moves a yearless day a year on).
        ("dev-blind81", 0.98),
        ("dev-blind83", 0.96),
        # Forty-first round, kept unread through the forty-third, read in the forty-fourth:
        # 0.977 (214/219) and 0.913 (210/230), the same after the round (none of its parser
        # rules came from them).
        ("dev-blind84", 0.97),
        ("dev-blind85", 0.91),
        # Forty-second round, kept unread through the forty-fourth, read in the forty-fifth:
        # 0.982 (222/226) unchanged and 0.968 (212/219) to 0.982 (215/219) (the round's rules
        # include a cup named by its year, a quarter's number after its noun, the start and end
        # of one piece of work as one range).
        ("dev-blind86", 0.98),
        ("dev-blind87", 0.98),
        # Forty-third round, kept unread through the forty-fifth, read in the forty-sixth:
        # 0.956 (241/252) to 0.972 (245/252) and 0.955 (210/220) to 0.982 (216/220) (the
        # round's rules include a long object before a move's "from ... to", a plan in three
        # parts as one range, French participles of something done opening the phrase).
        ("dev-blind88", 0.97),
        ("dev-blind89", 0.98),
        # Forty-fifth round, kept unread through the forty-sixth, read in the forty-seventh:
        # 0.955 (213/223) to 0.982 (219/223) and 0.975 (234/240) to 0.988 (237/240) (the
        # round's rules include plural seasons over several years, a quantifier inside a
        # pluperfect, named events with their year, a gloss after "read:").
        ("dev-blind90", 0.98),
        ("dev-blind91", 0.98),
        # Forty-sixth round, kept unread through the forty-seventh, read in the forty-eighth:
        # 0.983 (234/238) to 0.996 (237/238) and 0.960 (216/225) to 0.987 (222/225) (the
        # round's rules include a week named by a day in figures, "this" season as the stated
        # year's, the earliest date for a long event, verbs with no passive).
        ("dev-blind92", 0.99),
        ("dev-blind93", 0.98),
        # Forty-seventh round, kept unread through the forty-eighth, read in the forty-ninth:
        # 0.969 (218/225) to 0.991 (223/225) and 0.952 (217/228) to 0.982 (224/228) (the
        # round's rules include a plan in the pluperfect, irregular French participles, a move
        # made "on" a day, "for at least" after a move, a hedge before "at the earliest").
        ("dev-blind94", 0.99),
        ("dev-blind95", 0.98),
        # Forty-eighth round, kept unread through the forty-ninth, read in the fiftieth: 0.965
        # (218/226) to 0.996 (225/226) and 0.973 (217/223) to 0.996 (222/223) (the round's rules
        # include past verbs before a weekday, a target completion as a deadline, "couple"
        # without "of", "until well after", a span followed by how far it slipped).
        ("dev-blind96", 0.99),
        ("dev-blind97", 0.99),
    ],
)
def test_deadline_phrases_keep_their_figures_on_the_blind_batches_read(
    blind_set: str, floor: float
) -> None:
    score = scored_deadlines(blind_set)
    assert score.rate >= floor, (f"{score.rate:.3f}", score.misses)


@pytest.mark.xfail(
    strict=True,
    reason="issue 15's target is not met on the test half: 0.951 (174/183) after the "
    "forty-fourth to fiftieth rounds, 0.956 (175/183) after the fifteenth to "
    "forty-third, 0.951 (174/183) after the second to fourteenth (0.923 after the first), "
    "where two labellers agree on 0.940; strict, so the mark must go when it is",
)
def test_deadline_phrases_meet_the_target_on_the_test_half() -> None:
    # The rules were tuned on the development half only: this is the held-out figure.
    score = scored_deadlines("test")
    assert score.rate >= TARGET, (f"{score.rate:.3f}", score.misses)


# --- Article import on real text (figures in docs/article-import.md) --------------------


def test_article_import_keeps_its_figures_on_the_half_it_was_tuned_on() -> None:
    score = scored_articles("dev")
    assert score.precision >= 0.85, score.extras
    assert score.recall >= 0.85, score.misses


# Blind batches whose misses were read (precision / recall untuned, then after): a guard a
# little below the figures after.
@pytest.mark.parametrize(
    ("blind_set", "least_precision", "least_recall"),
    [
        # Twelfth round: 0.848 / 0.636 untuned, 0.953 / 0.932 after.
        ("dev-blind6", 0.94, 0.92),
        # Thirteenth round: 0.667 / 0.600 untuned, 0.818 / 0.900 after.
        ("dev-blind8", 0.80, 0.88),
        # Thirteenth round, second part: 0.486 / 0.529 untuned (8 of its drafts right by
        # quote said on another day), 0.861 / 0.912 after; 0.838 in the twentieth round, whose
        # "au cours de la même année" drafts a 2026 promise its labeller did not list; 0.816
        # in the thirty-third, whose school years date "à la fin de cette année
        # universitaire" (a reform's date, which the importer left out while the parser read
        # it as the calendar year) and which the labeller did not list either.
        ("dev-blind9", 0.81, 0.90),
        # Thirteenth round, third part: 0.706 / 0.480 untuned, 0.818 / 0.720 after.
        ("dev-blind11", 0.80, 0.70),
        # Fourteenth round: 0.760 / 0.633 untuned (0.720 / 0.600 before one quote was cut to
        # its excerpt), 0.871 / 0.900 after.
        ("dev-blind12", 0.85, 0.88),
        # Fourteenth round, second pass: 0.933 / 0.560 untuned, 0.960 / 0.960 after.
        ("dev-blind15", 0.94, 0.94),
        # Fifteenth round (reported promises): 0.607 / 0.500 untuned, 0.862 / 0.735 after,
        # 0.833 / 0.735 with the parser pass merged (one extra draft stated a day off).
        ("dev-blind16", 0.82, 0.72),
        # Sixteenth round (tech and infrastructure trade press): 0.581 / 0.514 untuned,
        # 0.875 / 0.800 after.
        ("dev-blind17", 0.86, 0.78),
        # Seventeenth round: 0.607 / 0.515 untuned; read in the eighteenth, 0.824 / 0.848.
        ("dev-blind19", 0.80, 0.82),
        # Eighteenth round: 0.667 / 0.833 untuned, 0.750 / 0.875 after.
        ("dev-blind20", 0.73, 0.85),
        # End of the eighteenth round: 0.548 / 0.531 untuned with its final rules, 0.647 /
        # 0.688 after; 0.629 / 0.688 after the thirty-second, whose trailing "at earliest"
        # drafts a headline's "until 2022 at earliest" that the labels leave out.
        ("dev-blind21", 0.62, 0.66),
        # Nineteenth round: 0.867 / 0.788 untuned and after its first rules; read after
        # serving as its held-out batch, 0.903 / 0.848.
        ("dev-blind22", 0.89, 0.84),
        # Nineteenth round: 0.774 / 0.706 untuned, 0.933 / 0.824 after.
        ("dev-blind23", 0.92, 0.81),
        # Nineteenth round: 0.756 / 0.608 untuned and with its last rules; read in the
        # twentieth, 0.766 / 0.706 (two drafts right but stated in the page's month, where
        # the labeller resolved "Tuesday").
        ("dev-blind24", 0.75, 0.70),
        # Twentieth round: 0.707 / 0.674 untuned with the round's start code, 0.766 / 0.837
        # after.
        ("dev-blind26", 0.75, 0.83),
        # Twentieth round: 0.694 / 0.791 untuned and after; read in the twenty-first, 0.745 /
        # 0.814 (a fronted setting, overtaken plans, spans that only last).
        ("dev-blind25", 0.74, 0.81),
        # End of the twentieth round: 0.865 / 0.696 with its final rules; read in the
        # twenty-first, 0.902 / 0.804 (a milestone that takes place, "since 2024, when it
        # said", production announced, "earlier this week").
        ("dev-blind27", 0.90, 0.80),
        # Sixteenth round's end, kept unread through the twenty-first: 0.600 / 0.500; read in
        # the twenty-second, 0.750 / 0.700 (a goal's year, "aspire à", a lower-case brand
        # after a year, last week's statement, a term set to expire, rumours of another thing,
        # an investment announced).
        ("dev-blind18", 0.74, 0.69),
        # Start of the twenty-first round: 0.595 / 0.537 untuned and after; read in the
        # twenty-second, 0.725 / 0.707 (a plan or pledge its owner holds, reported futures,
        # passive and inverted speech, obligations, forecasters, what it expects to have).
        ("dev-blind28", 0.72, 0.70),
        # Fourteenth round, kept unread through the twenty-first: 0.889 / 0.774; read in the
        # twenty-second, 0.929 / 0.839 (a heading's year run into the next sentence, "dans
        # les tuyaux pour").
        ("dev-blind13", 0.92, 0.83),
        # Start of the twenty-second round, kept unread through it: 0.500 / 0.415; read in the
        # twenty-third, 0.594 / 0.463 (an adverb or commas around the time of speech, a year as
        # a subject, lower-case "may", "is to").
        ("dev-blind29", 0.59, 0.46),
        # End of the twenty-second round, kept unread through it: 0.733 / 0.623; read in the
        # twenty-third, 0.816 / 0.755 (a postponement announced in the lead, list items, "is
        # likely to").
        ("dev-blind30", 0.81, 0.75),
        # Start of the twenty-third round: 0.744 / 0.690 untuned and with its first rules;
        # read later in it, 0.769 / 0.714 (a dated statement with an undated promise).
        ("dev-blind31", 0.76, 0.71),
        # Twenty-third round, kept unread through it: 0.727 / 0.627; read in the twenty-fourth,
        # 0.844 / 0.745 (a plan given up, an analyst's estimate, time given to others, a call
        # named by its month, words of attribution).
        ("dev-blind32", 0.84, 0.74),
        # Twenty-fourth round: 0.565 / 0.553 untuned and with its first rules; read later in
        # it, 0.583 / 0.596 ("aurait ses", a launch delayed by a margin to a date).
        ("dev-blind34", 0.58, 0.59),
        # Late in the twenty-fourth round: 0.568 / 0.595 untuned and with its rules up to then;
        # read, 0.614 / 0.643 ("au plus tard" before its verb, "was projected to").
        ("dev-blind35", 0.61, 0.64),
        # Twenty-fourth round, kept unread through it: 0.591 / 0.500; read in the
        # twenty-fifth, 0.644 / 0.558 ("is now announced for", "has been targeted for").
        ("dev-blind33", 0.64, 0.55),
        # Twenty-fifth round: 0.657 / 0.639 untuned and with its first rules; read, 0.649 /
        # 0.667 ("is planned to", a share set off before the subject).
        ("dev-blind36", 0.64, 0.66),
        # Twenty-fifth round: 0.667 / 0.667 untuned and with its rules up to then; read, 0.720
        # / 0.750 ("elle devrait", "the Blue Oval City plant", "est prévu le 31 août").
        ("dev-blind38", 0.72, 0.75),
        # Twenty-fifth round, kept unread through it: 0.676 / 0.455 with its start code, 0.684
        # / 0.473 with its final rules; read in the twenty-sixth, 0.776 / 0.691 (list items
        # ending with a full stop, "Winston-Salem, N.C.-based", a photo caption).
        ("dev-blind37", 0.77, 0.69),
        # Twenty-sixth round, each scored unread (the same with its start code and its rules
        # up to then), then read: 0.895 / 0.708 to 0.900 / 0.750 ("an estimated $12 million");
        # 0.732 / 0.750 to 0.762 / 0.800 (a day opening a reported sentence with a future
        # verb); 0.583 / 0.568 to 0.605 / 0.622 (the ends of a stretch); 0.556 / 0.588 to
        # 0.568 / 0.618 ("is targeted by").
        ("dev-blind42", 0.9, 0.75),
        ("dev-blind43", 0.76, 0.8),
        ("dev-blind44", 0.6, 0.62),
        ("dev-blind45", 0.56, 0.61),
        # Twenty-sixth round, kept unread through it: 0.545 / 0.682 and 0.568 / 0.658 with
        # its start code and its final rules; read in the twenty-seventh, 0.545 / 0.682 and
        # 0.578 / 0.684 ("être poussé jusqu'en 2022").
        ("dev-blind40", 0.54, 0.68),
        ("dev-blind41", 0.57, 0.68),
        # Twenty-seventh round, each scored unread, then read: 0.489 / 0.512 to 0.523 /
        # 0.535 ("début avril jusque fin septembre"); 0.783 / 0.562 to 0.800 / 0.625 ("to be
        # fully commissioned", "aims to have installed").
        ("dev-blind46", 0.52, 0.53),
        ("dev-blind47", 0.8, 0.62),
        # Twenty-seventh round, kept unread until late in it, then read: 0.511 / 0.489 to
        # 0.533 / 0.511 ("the first half of next fiscal"); 0.417 / 0.441 unchanged.
        ("dev-blind48", 0.53, 0.51),
        ("dev-blind49", 0.41, 0.44),
        # Twenty-seventh round, kept unread through it: 0.618 / 0.525 and 0.745 / 0.745;
        # read in the twenty-eighth, 0.676 / 0.575 ("at earliest", "£1,254 a year from
        # April 1") and unchanged.
        ("dev-blind50", 0.67, 0.57),
        ("dev-blind51", 0.74, 0.74),
        # Twenty-eighth round, scored unread, then read: 0.544 / 0.569 to 0.559 / 0.585;
        # 0.667 / 0.764 to 0.656 / 0.764 (a draft of "pas plus tard qu'en mars 2025" that
        # its labeller did not draft).
        ("dev-blind52", 0.55, 0.58),
        ("dev-blind53", 0.65, 0.76),
        # Twenty-eighth round, kept unread through the thirty-sixth, read in the
        # thirty-seventh: 0.722 / 0.609 to 0.806 / 0.781 (statements dated by their occasion,
        # plans whose first step was past, earlier reports confirmed, asides).
        ("dev-blind54", 0.8, 0.78),
        # Twenty-eighth and twenty-ninth rounds, kept unread through the thirty-seventh, read
        # in the thirty-eighth: 0.778 / 0.689 to 0.806 / 0.820, and 0.694 / 0.658 to 0.711 /
        # 0.711 (a passive future perfect, a ceremony the subject acts in, a project sheet's
        # field in a sentence, "also" at a time already named, a goal set oneself, a purpose
        # told first).
        ("dev-blind55", 0.8, 0.81),
        ("dev-blind59", 0.71, 0.71),
        # Twenty-ninth and thirty-fifth rounds, kept unread through the thirty-seventh, read
        # later in the thirty-eighth: 0.667 / 0.649 to 0.816 / 0.838 (a plan rescheduled for
        # a date, an earlier plan "anticipated" or "most recently slated", a dateline of a
        # day and a dash, an aim after a speech verb, a statement's day after its speaker);
        # 0.556 / 0.472 unchanged (no rule written from it: its misses are labels against
        # others' or the rules).
        ("dev-blind60", 0.81, 0.83),
        ("dev-blind65", 0.55, 0.47),
        # Thirty-sixth round, kept unread through the thirty-eighth, read in the thirty-ninth:
        # 0.710 / 0.611 to 0.838 / 0.792 (the day a plan was presented or a speech given on a
        # page of a month, a dateline's place, a strategy to, what a plan foresees).
        ("dev-blind66", 0.83, 0.79),
        # Thirty-seventh round, kept unread through the thirty-eighth, read later in the
        # thirty-ninth: 0.708 / 0.642 to 0.788 / 0.774 (closures that take place, a projected
        # date, "has planned to", a statement named as the occasion, a closure scheduled).
        ("dev-blind67", 0.78, 0.77),
        # Thirty-seventh and thirty-ninth rounds, kept unread through the thirty-ninth, read
        # in the fortieth: 0.667 / 0.667 to 0.745 / 0.745 (the start of works as a schedule
        # note, "additional" things as another promise, a plan replaced by a later date said
        # "finalement") and 0.743 / 0.565 to 0.838 / 0.674 (the text's last line, a date
        # "announced for" past an adverb, a thing planned then done, works that take place).
        ("dev-blind68", 0.74, 0.74),
        ("dev-blind79", 0.83, 0.67),
        # Thirty-ninth and fortieth rounds, kept unread through the fortieth, read in the
        # forty-first: 0.531 / 0.491 to 0.725 / 0.698 (a digest item's source and day, "le but
        # est de", a hope without "that", "the plan is for", a schedule's present, a study's
        # forecast) and 0.600 / 0.628 to 0.690 / 0.674 (a market's total as the subject, "time
        # will tell", the subject of a relative clause, a second date with its noun left out).
        ("dev-blind80", 0.72, 0.69),
        ("dev-blind82", 0.68, 0.67),
        # Fortieth round, kept unread through the forty-first, read in the forty-second:
        # 0.822 / 0.787 to 0.889 / 0.851 and 0.823 / 0.708 to 0.905 / 0.792 (the round's rules
        # include a span counted from a start just told, an order booked in a quarter's
        # accounts, "dans le but de", "also" on the verb, "se veut", a fronted date under
        # hearsay, an announcement "pour sa part", a cleft after a connective).
        ("dev-blind81", 0.88, 0.84),
        ("dev-blind83", 0.90, 0.78),
        # Forty-first round, kept unread through the forty-third, read in the forty-fourth:
        # 0.800 / 0.706 to 0.847 / 0.735 and 0.622 / 0.609 to 0.644 / 0.630 (the round's rules
        # include a statement closing its paragraph dating the next, an old statement no
        # longer dating the writer's sentence, an ordinal as its number, "mars dernier").
        ("dev-blind84", 0.84, 0.73),
        ("dev-blind85", 0.64, 0.63),
        # Forty-second round, kept unread through the forty-fourth, read in the forty-fifth:
        # 0.691 / 0.644 to 0.745 / 0.695 and 0.692 / 0.551 to 0.700 / 0.571 (the round's rules
        # include "en ce qui concerne" and "that" after a verb of saying as no relative, "Hon."
        # as a title, a share of the promiser's own activity as its target, forecasts as the
        # subject as no promise).
        ("dev-blind86", 0.74, 0.69),
        ("dev-blind87", 0.69, 0.57),
        # Forty-third round, kept unread through the forty-fifth, read in the forty-sixth:
        # 0.653 / 0.711 to 0.725 / 0.822 and 0.763 / 0.674 to 0.780 / 0.744 (the round's rules
        # include a run of initials in a name, a participle after "when" or "once" as a passive
        # to come, a thing announced with an infinitive, "assured" as a verb of saying).
        ("dev-blind88", 0.72, 0.82),
        ("dev-blind89", 0.78, 0.74),
        # Forty-fifth round, kept unread through the forty-sixth, read in the forty-seventh:
        # 0.750 / 0.667 to 0.812 / 0.722 and 0.769 / 0.652 to 0.846 / 0.717 (the round's rules
        # include a start and its end as one promise, a denied expectation as a floor, a period
        # of accounts as no time of speech).
        ("dev-blind90", 0.81, 0.72),
        ("dev-blind91", 0.84, 0.71),
        # Forty-sixth round, kept unread through the forty-seventh, read in the forty-eighth:
        # 0.732 / 0.750 to 0.750 / 0.825 and 0.674 / 0.646 to 0.745 / 0.729 (the round's rules
        # include a deadline set by its noun, works that take place, an earlier plan opening on
        # "initially", a cancelled plan).
        ("dev-blind92", 0.74, 0.82),
        ("dev-blind93", 0.74, 0.72),
        # Forty-seventh round, kept unread through the forty-eighth, read in the forty-ninth:
        # 0.658 / 0.625 to 0.775 / 0.775 and 0.789 / 0.526 to 0.930 / 0.702 (the round's rules
        # include the deadline a promise is set for, a promise first announced and now
        # expected, analysts cited by an agency, rescheduling verbs, "confirmed for").
        ("dev-blind94", 0.77, 0.77),
        ("dev-blind95", 0.92, 0.70),
        # Forty-eighth round, kept unread through the forty-ninth, read in the fiftieth: 0.720 /
        # 0.706 to 0.750 / 0.765 and 0.744 / 0.604 to 0.829 / 0.708 (the round's rules include
        # adjacent periods as one window, a timetable's step above its date, a completion
        # date's year, a permit application, an own occasion that takes place).
        ("dev-blind96", 0.74, 0.76),
        ("dev-blind97", 0.82, 0.70),
    ],
)
def test_article_import_keeps_its_figures_on_the_blind_batches_read(
    blind_set: str, least_precision: float, least_recall: float
) -> None:
    score = scored_articles(blind_set)
    assert score.precision >= least_precision, score.extras
    assert score.recall >= least_recall, score.misses


@pytest.mark.parametrize(
    ("precision", "stated_on", "compared_as"),
    [
        ("month", "2023-06-15", "2023-06-01"),  # said on the page's date: that month
        ("year", "2016-07-01", "2016-01-01"),  # ... or that year
        ("month", "2023-05-02", "2023-05-02"),  # said on a day of its own: kept
        ("day", "2023-06-15", "2023-06-15"),  # a page dated to the day: kept
    ],
)
def test_a_promise_said_on_the_pages_date_is_compared_at_the_pages_precision(
    precision: str, stated_on: str, compared_as: str
) -> None:
    article = {"published": "2023-06-15", "published_precision": precision}
    if precision == "year":
        article["published"] = "2016-07-01"
    label = stated_as_the_page_dates_it({"stated_on": stated_on}, article)
    assert label["stated_on"] == compared_as


@pytest.mark.xfail(
    strict=True,
    reason="Issue 15's target is not met: the test half scores precision 0.627 and recall "
    "0.673 after the forty-first to fiftieth rounds (0.644 and 0.691 after the "
    "fortieth; 0.638 and 0.673 "
    "after the thirty-fourth to thirty-ninth, "
    "0.603 and 0.636 after the "
    "thirty-second and thirty-third, 0.593 and 0.636 after the "
    "twenty-third to "
    "thirty-first, 0.576 and 0.618 after the "
    "eighteenth to twenty-second, "
    "0.467 and 0.509 after the fourteenth "
    "to seventeenth, 0.458 and 0.491 after the eighth to thirteenth, 0.36 and 0.31 after the "
    "first); a "
    "second editor reaches 0.702 and 0.727 against the first; docs/article-import.md",
)
def test_article_import_meets_its_targets_on_the_held_out_half() -> None:
    score = scored_articles("test")
    assert score.precision >= 0.9, score.extras
    assert score.recall >= 0.8, score.misses


# --- News matching on real news (figures in docs/news-watch.md) -------------------------


@pytest.mark.skipif(not (REAL / "news.json").exists(), reason="no labelled news set")
def test_the_news_matcher_keeps_nine_in_ten_items_of_the_development_half_right():
    # The half the rules were tuned on: a guard against a rule that breaks what worked.
    news = scored_news("dev")
    assert news.rate >= 0.9, "\n".join(map(miss_line, news.misses))


@pytest.mark.skipif(not has_extra("news"), reason="no second-round news data")
def test_the_news_matcher_keeps_its_figure_on_the_second_rounds_development_data():
    # Tuned on this data too (0.839, 115/137, after the second round; 0.854, 117/137, after
    # the third; 0.839 again after the thirty-first, whose reading of a promise's coverage as
    # progress two labels here call no event): a guard below that figure, against a rule that
    # breaks what the real news taught.
    news = scored_news(EXTRA)
    assert news.rate >= 0.82, "\n".join(map(miss_line, news.misses))


@pytest.mark.skipif(not has_extra("news", FRESH), reason="no third-round news data")
def test_the_news_matcher_keeps_its_figure_on_the_third_rounds_development_data():
    # Scored once before any rule was tuned on it (0.523, 45/86: the estimate on unseen
    # text), then tuned on (0.698, 60/86). A fourth batch (ids "n", 59 items) was added to
    # the file, scored once untuned (0.627, 37/59), then tuned on: the whole file gets
    # 0.772 (112/145) after the fourth round. A fifth batch (ids "r", 51 items), scored once
    # untuned (0.686, 35/51), then tuned on: 0.776 (152/196) after the fifth round. A sixth
    # batch (ids "u", 47 items), scored once untuned (0.660, 31/47), brings the file to
    # 0.757 (184/243) after the sixth round. A guard a little below the tuned figure. From
    # the twenty-fifth round, coverage of a promise as it is made is progress, as every
    # blind batch labels it; this file's labels call six such items no event (0.745). From the
    # twenty-sixth, a timetable held to for a date later than the deadline in force is a
    # delay, as the guide and nine blind items have it; one label here calls it progress
    # (0.749 after the thirtieth). From the thirty-first, such coverage is progress whatever
    # words of an outcome its body holds, as the blind batches label it (dev-blind50, 52 and
    # others gain eleven items); two labels here call it no event (0.741).
    news = scored_news(FRESH)
    assert news.rate >= 0.74, "\n".join(map(miss_line, news.misses))


def _blind_news(blind_set: str, floor: float, ordinal: str) -> Any:
    return pytest.param(
        blind_set,
        floor,
        marks=pytest.mark.skipif(
            not has_extra("news", blind_set), reason=f"no {ordinal} blind batch"
        ),
    )


# Blind news batches labelled on ledgers of their own, scored untuned first (the estimate on
# unseen text), then tuned on: a guard just under the tuned figure.
@pytest.mark.parametrize(
    ("blind_set", "floor"),
    [
        # Twelfth round: 0.682 (30/44) untuned, 0.841 (37/44) after.
        _blind_news(BLIND7, 0.83, "seventh"),
        # Thirteenth round: 0.442 (19/43) untuned, 0.674 (29/43) after; 0.698 (30/43) after
        # the twentieth (a company alias named after its thing); 0.674 again after the
        # twenty-eighth, whose claims found by two of their phrases match an item about none.
        _blind_news(BLIND9, 0.67, "ninth"),
        # Thirteenth round, second part: 0.533 (24/45) untuned (0.511, 23/45, with the first
        # part's rules), 0.733 (33/45) after.
        _blind_news(BLIND10, 0.72, "tenth"),
        # Thirteenth round, third part: 0.386 (17/44) untuned with the round's final rules,
        # 0.568 (25/44) after.
        _blind_news(BLIND11, 0.56, "eleventh"),
        # Fourteenth round: 0.646 (31/48) untuned, 0.750 (36/48) after (0.771, 37/48, after
        # the round's second pass).
        _blind_news(BLIND12, 0.74, "twelfth"),
        # Fourteenth round, second pass: 0.467 (21/45) untuned, 0.756 (34/45) after.
        _blind_news(BLIND15, 0.74, "fifteenth"),
        # Fifteenth round: 0.592 (29/49) untuned, 0.796 (39/49) after; 0.776 (38/49) after
        # the twenty-ninth made a step told anywhere in news headed by the claim the claim's
        # (its labels call a lawsuit over the stadium's contract news of no claim); 0.755
        # (37/49) after the thirtieth made a later date told anywhere beat a step next to the
        # claim's words before the deadline (its labels call a works start told with a later
        # phase's date progress).
        _blind_news(BLIND16, 0.75, "sixteenth"),
        # Its own pass (news17): 0.375 (18/48) untuned, and still after the vocabulary
        # audit; 0.562 (27/48) after; 0.542 (26/48) after the twenty-fifth round made a new
        # date beat a step before the deadline too (its labels call "trial production
        # reaches yield parity", with a later production date, progress).
        _blind_news(BLIND17, 0.54, "seventeenth"),
        # Seventeenth round: 0.519 (28/54) untuned, 0.537 (29/54) after ("on opening day");
        # 0.593 (32/54) after the eighteenth (a promise said again is progress); 0.630
        # (34/54) after the nineteenth ("end-to-end", "a six-month delay of the start").
        _blind_news(BLIND19, 0.62, "nineteenth"),
        # Eighteenth round: 0.390 (23/59) untuned, 0.441 (26/59) after.
        _blind_news(BLIND20, 0.43, "twentieth"),
        # End of the eighteenth round: 0.627 (37/59) untuned with its final rules, 0.661
        # (39/59) after; 0.695 (41/59) after the nineteenth ("MRJ", "REM").
        _blind_news(BLIND21, 0.68, "twenty-first"),
        # Nineteenth round: 0.596 (34/57) untuned and after its first rules; read after
        # serving as its held-out batch, 0.684 (39/57).
        _blind_news(BLIND22, 0.66, "twenty-second"),
        # Nineteenth round: 0.562 (41/73) untuned, 0.630 (46/73) after.
        _blind_news(BLIND23, 0.61, "twenty-third"),
        # Nineteenth round: 0.616 (45/73) untuned and with its last rules; read in the
        # twentieth, 0.753 (55/73).
        _blind_news(BLIND24, 0.74, "twenty-fourth"),
        # Twentieth round: 0.485 (33/68) untuned, the same with the round's start code; 0.588
        # (40/68) after.
        _blind_news(BLIND26, 0.57, "twenty-sixth"),
        # Twentieth round: 0.537 (36/67) untuned, 0.567 (38/67) with its final rules; read in
        # the twenty-first, 0.642 (43/67).
        _blind_news(BLIND25, 0.63, "twenty-fifth"),
        # End of the twentieth round: 0.538 (42/78) with its final rules; read in the
        # twenty-first, 0.628 (49/78).
        _blind_news(BLIND27, 0.62, "twenty-seventh"),
        # Sixteenth round's end, kept unread through the twenty-first: 0.569 (29/51); read in
        # the twenty-second, 0.667 (34/51).
        _blind_news(BLIND18, 0.66, "eighteenth"),
        # Start of the twenty-first round: 0.614 (43/70) untuned and after; read in the
        # twenty-second, 0.757 (53/70).
        _blind_news(BLIND28, 0.75, "twenty-eighth"),
        # Fourteenth round, kept unread through the twenty-first: 0.605 (26/43); read in the
        # twenty-second, 0.628 (27/43) (doors opened to the press first).
        _blind_news(BLIND13, 0.62, "thirteenth"),
        # Start of the twenty-second round, kept unread through it: 0.397 (25/63); read in the
        # twenty-third, 0.540 (34/63).
        _blind_news(BLIND29, 0.53, "twenty-ninth"),
        # End of the twenty-second round, kept unread through it: 0.567 (38/67); read in the
        # twenty-third, 0.672 (45/67).
        _blind_news(BLIND30, 0.66, "thirtieth"),
        # Start of the twenty-third round: 0.641 (41/64) untuned, 0.656 (42/64) with its first
        # rules; read later in it, 0.734 (47/64).
        _blind_news(BLIND31, 0.73, "thirty-first"),
        # Twenty-third round, kept unread through it: 0.609 (39/64) untuned, 0.641 (41/64) with
        # its final rules; read in the twenty-fourth, 0.734 (47/64).
        _blind_news(BLIND32, 0.73, "thirty-second"),
        # Twenty-fourth round: 0.578 (37/64) untuned and with its first rules; read later in
        # it, 0.625 (40/64).
        _blind_news(BLIND34, 0.62, "thirty-fourth"),
        # Late in the twenty-fourth round: 0.477 (31/65) untuned and with its rules up to then;
        # read, 0.600 (39/65) (keywords typed in lower case, a share of the work done).
        _blind_news(BLIND35, 0.59, "thirty-fifth"),
        # Twenty-fourth round, kept unread through it: 0.619 (39/63); read in the
        # twenty-fifth, 0.778 (49/63) ("finally released", "following delays", "timeline
        # extended", a request denied, a new date beating a step).
        _blind_news(BLIND33, 0.77, "thirty-third"),
        # Twenty-fifth round: 0.371 (23/62) untuned, 0.403 (25/62) with its first rules; read,
        # 0.532 (33/62) (a government named by its country, an alias naming the thing).
        _blind_news(BLIND36, 0.53, "thirty-sixth"),
        # Twenty-fifth round: 0.639 (39/61) untuned and with its rules up to then; read, 0.738
        # (45/61) (a delivery taken, "on shelves", "be handed over").
        _blind_news(BLIND38, 0.73, "thirty-eighth"),
        # Twenty-fifth round, kept unread through it: 0.719 (46/64) with its start code,
        # 0.766 (49/64) with its final rules; read in the twenty-sixth, 0.828 (53/64).
        _blind_news(BLIND37, 0.82, "thirty-seventh"),
        # Late in the twenty-fifth round, kept unread through it: 0.475 (29/61) with its start
        # code, 0.541 (33/61) with its final rules; read in the twenty-sixth, 0.590 (36/61).
        _blind_news(BLIND39, 0.58, "thirty-ninth"),
        # Twenty-sixth round, each scored unread (the same with its start code and its rules
        # up to then), then read: 0.467 (35/75) to 0.520 (39/75); 0.628 (49/78) to 0.667
        # (52/78); 0.629 (56/89) to 0.697 (62/89); 0.674 (58/86) to 0.686 (59/86). The
        # forty-fifth fell back to 0.674 (58/86) in the thirtieth round, when a later date
        # told anywhere came to beat a step next to the claim's words before the deadline (its
        # labels call a launch day set past the promised window, and a first stone laid with
        # a later part's date, progress).
        _blind_news(BLIND42, 0.51, "forty-second"),
        _blind_news(BLIND43, 0.66, "forty-third"),
        _blind_news(BLIND44, 0.69, "forty-fourth"),
        _blind_news(BLIND45, 0.67, "forty-fifth"),
        # Twenty-sixth round, kept unread through it: 0.526 (40/76) and 0.604 (55/91) with
        # its start code, 0.526 and 0.615 (56/91) with its final rules; read in the
        # twenty-seventh, 0.526 and 0.659 (60/91) (an approval given, for a claim that
        # promises it).
        _blind_news(BLIND40, 0.52, "fortieth"),
        _blind_news(BLIND41, 0.65, "forty-first"),
        # Twenty-seventh round, each scored unread, then read: 0.543 (44/81) to 0.568
        # (46/81) ("may overshoot December 2019 deadline", an inauguration of a network);
        # 0.612 (41/67) to 0.642 (43/67) ("ne pourra pas décoller en mars").
        _blind_news(BLIND46, 0.56, "forty-sixth"),
        _blind_news(BLIND47, 0.64, "forty-seventh"),
        # Twenty-seventh round, kept unread until late in it: 0.571 (48/84) with its start
        # code, 0.583 (49/84) with its rules up to then; read, 0.631 (53/84) (sales counted,
        # works suspended); 0.662 (45/68) unchanged.
        _blind_news(BLIND48, 0.62, "forty-eighth"),
        _blind_news(BLIND49, 0.66, "forty-ninth"),
        # Twenty-seventh round, kept unread through it: 0.613 (38/62) and 0.667 (42/63) with
        # its start code and its final rules; read in the twenty-eighth, 0.645 (40/62) and
        # 0.698 (44/63) (a drop the headline tells, "goes on sale from February 25", "Joins
        # List of Delayed Games", claims found by two of their phrases).
        _blind_news(BLIND50, 0.64, "fiftieth"),
        _blind_news(BLIND51, 0.69, "fifty-first"),
        # Twenty-eighth round, scored unread: 0.532 (42/79) and 0.636 (49/77) with its start
        # code, 0.519 and 0.649 with its rules up to then; read, 0.570 (45/79) (a complete
        # response letter, "whether ... had been approved") and 0.675 (52/77) (a goal
        # reached, "abandonneraient").
        _blind_news(BLIND52, 0.56, "fifty-second"),
        _blind_news(BLIND53, 0.67, "fifty-third"),
        # Twenty-eighth round, kept unread through it: 0.371 (26/70) and 0.697 (46/66) with
        # its start code and its final rules; 0.386 (27/70) and 0.712 (47/66) with the
        # twenty-ninth's rules (a promised date said again, in news headed by the claim),
        # scored unread, then read.
        _blind_news(BLIND54, 0.38, "fifty-fourth"),
        _blind_news(BLIND55, 0.70, "fifty-fifth"),
        # Twenty-ninth round, kept unread through the thirty-first: 0.613 (38/62) and 0.493
        # (34/69) with its start code, 0.629 (39/62) and 0.522 (36/69) after the thirty-first;
        # read in the thirty-second, 0.742 (46/62) (a deadline missed and named by what it
        # was for, a headline's lateness after a bracketed note, a plant promised in
        # operation inaugurated, more time granted, a project refused, a contract awarded)
        # and 0.522 (36/69) still (its misses are kinds told by context); 0.758 (47/62) and
        # 0.580 (40/69) after the thirty-third (steps on the way, first flights toward a
        # delivery, another variant or a later unit of a thing).
        _blind_news(BLIND56, 0.75, "fifty-sixth"),
        _blind_news(BLIND57, 0.57, "fifty-seventh"),
        # Twenty-ninth round, kept unread through the thirty-sixth, read in the
        # thirty-seventh: 0.725 (50/69) to 0.812 (56/69) (ends promised and done, works told
        # as lasting, works completed for a thing promised in operation, open to the public).
        _blind_news(BLIND58, 0.81, "fifty-eighth"),
        # End of the twenty-ninth round, kept unread through the thirty-seventh, read in the
        # thirty-eighth: 0.565 (39/69) to 0.696 (48/69) (launches said done in the feminine
        # and plural, inaugurations not held, a step closer, a launch that failed).
        _blind_news(BLIND61, 0.69, "sixty-first"),
        # Twenty-ninth round, kept unread through the thirty-seventh, read later in the
        # thirty-eighth: 0.742 (46/62) to 0.823 (51/62) (a platform's stage, a development
        # finished, a drop that happened before, a target still not reached, a threshold
        # crossed) and 0.706 (48/68) to 0.750 (51/68) (a date of what the thing is for, an
        # inauguration still to come).
        _blind_news(BLIND62, 0.82, "sixty-second"),
        _blind_news(BLIND63, 0.75, "sixty-third"),
        # Thirtieth round, kept unread through the thirty-eighth, read in the thirty-ninth:
        # 0.676 (46/68) to 0.779 (53/68) (time counted since the works began, assurances
        # received, "ne ... que" of a verb ahead, "as planned" of a later date, an end given up).
        _blind_news(BLIND64, 0.77, "sixty-fourth"),
        # Thirty-seventh round, kept unread through the thirty-eighth, read later in the
        # thirty-ninth: 0.682 (45/66) to 0.818 (54/66) (an end told as retired or gone, "est
        # sorti", "n'est pas près de", pushed out of its window, a programme well advanced).
        _blind_news(BLIND67, 0.81, "sixty-seventh"),
        # Thirty-seventh and thirty-ninth rounds, kept unread through the thirty-ninth, read
        # in the fortieth: 0.696 (48/69) to 0.812 (56/69) (a first of the people served or
        # in a place, "sur Mars", "c'est chose faite", a commitment said to remain) and 0.486
        # (35/72) to 0.583 (42/72) (still to come "within months", a promise rescinded, a
        # closure still not made, a commitment said to hold).
        _blind_news(BLIND68, 0.81, "sixty-eighth"),
        _blind_news(BLIND79, 0.58, "seventy-ninth"),
        # Thirty-ninth and fortieth rounds, kept unread through the fortieth, read in the
        # forty-first: 0.529 (37/70) to 0.629 (44/70) ("peine à sortir de terre", a count to
        # reach by a later date, a headline dating the thing ahead past the deadline, the aim
        # now in force) and 0.663 (57/86) to 0.767 (66/86) (a date set for the event, "a
        # procédé au lancement", "placé en orbite", a span of service, another plant's size).
        _blind_news(BLIND80, 0.62, "eightieth"),
        _blind_news(BLIND82, 0.76, "eighty-second"),
        # Fortieth round, kept unread through the forty-first, read in the forty-second:
        # 0.608 (48/79) to 0.696 (55/79) and 0.651 (54/83) to 0.723 (60/83) (the round's rules
        # include "commissioned" said as done, "touched down", hours in the air no date,
        # pre-orders and finalized specs as steps, years later than planned, the next later
        # date past an aim).
        _blind_news(BLIND81, 0.69, "eighty-first"),
        _blind_news(BLIND83, 0.72, "eighty-third"),
        # Forty-first round, kept unread through the forty-third, read in the forty-fourth:
        # 0.671 (47/70) to 0.686 (48/70) and 0.506 (43/85) to 0.553 (47/85) (the round's rules
        # include an approval received, a completion said near, ready for operation, a
        # completion set for next Monday).
        _blind_news(BLIND84, 0.68, "eighty-fourth"),
        _blind_news(BLIND85, 0.55, "eighty-fifth"),
        # Forty-second round, kept unread through the forty-fourth, read in the forty-fifth:
        # 0.630 (46/73) to 0.644 (47/73) and 0.742 (46/62) to 0.758 (47/62) (the round's rules
        # include a go-ahead won as a step and a yearless date beside a step as its own).
        _blind_news(BLIND86, 0.64, "eighty-sixth"),
        _blind_news(BLIND87, 0.75, "eighty-seventh"),
        # Forty-third round, kept unread through the forty-fifth, read in the forty-sixth:
        # 0.706 (48/68) to 0.721 (49/68) and 0.735 (50/68) to 0.779 (53/68) (the round's rules
        # include the thing named again by its kind, a possessive between a keyword's words,
        # an airport terminal as a numbered part).
        _blind_news(BLIND88, 0.72, "eighty-eighth"),
        _blind_news(BLIND89, 0.77, "eighty-ninth"),
        # Forty-fifth round, kept unread through the forty-sixth, read in the forty-seventh:
        # 0.662 (45/68) to 0.676 (46/68) and 0.603 (44/73) to 0.616 (45/73) (the round's rules
        # include the cancellation of plans as a denial, the thing back in service after a stop
        # as no news of its first start).
        _blind_news(BLIND90, 0.67, "ninetieth"),
        _blind_news(BLIND91, 0.61, "ninety-first"),
        # Forty-sixth round, kept unread through the forty-seventh, read in the forty-eighth:
        # 0.632 (43/68) to 0.721 (49/68) and 0.760 (57/75) to 0.773 (58/75) (the round's rules
        # include a court's annulment as a hold-up, services in the plural as the thing's
        # outcome, "won't open this week").
        _blind_news(BLIND92, 0.72, "ninety-second"),
        _blind_news(BLIND93, 0.77, "ninety-third"),
        # Forty-seventh round, kept unread through the forty-eighth, read in the forty-ninth:
        # 0.716 (53/74) to 0.743 (55/74) and 0.812 (52/64) to 0.828 (53/64) (the round's rules
        # include "commenced production" as the thing done, a hedged denial "until" a date as a
        # delay, a headline's drop over a pause told in the past).
        _blind_news(BLIND94, 0.74, "ninety-fourth"),
        _blind_news(BLIND95, 0.82, "ninety-fifth"),
        # Forty-eighth round, kept unread through the forty-ninth, read in the fiftieth: 0.726
        # (53/73) unchanged and 0.588 (40/68) to 0.706 (48/68) (the round's rules include a
        # name two claims of one promiser share after their subject's colon, a journey's later
        # stage after a launch, "s'est élancée" as a take-off).
        _blind_news(BLIND96, 0.72, "ninety-sixth"),
        _blind_news(BLIND97, 0.70, "ninety-seventh"),
    ],
)
def test_the_news_matcher_keeps_its_figures_on_the_blind_batches_read(
    blind_set: str, floor: float
) -> None:
    news = scored_news(blind_set)
    assert news.rate >= floor, "\n".join(map(miss_line, news.misses))


@pytest.mark.skipif(not (REAL / "news.json").exists(), reason="no labelled news set")
@pytest.mark.xfail(
    strict=True,
    reason="issue 15's target is not met: the test half, scored at the end of each round of "
    "tuning on development data only (twice in the twenty-seventh, the thirtieth and the "
    "forty-ninth, three times in the twenty-ninth, once in each of the thirty-first to "
    "forty-eighth and in the fiftieth, figures only), gets 0.695 (57/82) after the forty-first "
    "to fiftieth, "
    "0.671 (55/82) after the thirty-fifth "
    "to fortieth, 0.683 (56/82) after "
    "the thirtieth to "
    "the thirty-fourth, 0.671 "
    "(55/82) after the twenty-ninth (its promised date said again, in news headed by the "
    "claim, cost one item net, kept for its development and unseen batches), 0.683 "
    "(56/82) after the twenty-fifth to "
    "twenty-eighth rounds (the twenty-fifth's reading of a promise's own coverage as progress, "
    "the blind batches' convention, cost one item), 0.695 (57/82) after the twenty-third "
    "and twenty-fourth, 0.671 (55/82) after the nineteenth to twenty-second "
    "(0.659 before the nineteenth round's last rule, kept after that figure was seen), "
    "0.659 after the eighteenth, 0.634 "
    "(52/82) after the fourteenth to seventeenth, 0.622 (51/82) after the sixth to "
    "thirteenth, 0.634 after the second and third, "
    "0.683 (56/82) after the first; see docs/news-watch.md",
)
def test_the_news_matcher_gets_nine_in_ten_real_items_of_the_test_half_right():
    # Right claim and kind, or nothing for an item about none (issue 15's target). Strict:
    # when it passes, the marker must go.
    news = scored_news("test")
    assert news.rate >= 0.9, "\n".join(map(miss_line, news.misses))


@pytest.mark.parametrize("extra_set", EXTRAS)
@pytest.mark.parametrize("name", ["deadlines", "articles", "news"])
def test_later_rounds_development_data_is_all_development_and_new(
    name: str, extra_set: str
) -> None:
    # Added after the split to tune on broader text: every page is one the rule sends to the
    # development half, and none is already in the set or an earlier round's file (the test
    # half stays as it was).
    if not has_extra(name, extra_set):
        pytest.skip(f"no {extra_set} development data for {name}")
    key = SETS[name]
    known = {item["url"] for item in _items(name)}
    for earlier in EXTRAS[: EXTRAS.index(extra_set)]:
        if has_extra(name, earlier):
            known |= {item["url"] for item in load(name, earlier)[key]}
    extra = load(name, extra_set)[key]
    assert all(item["split"] == "dev" == split_of(item["url"]) for item in extra)
    assert not known & {item["url"] for item in extra}


def test_a_phrasing_said_on_a_month_pages_date_is_read_at_the_pages_precision() -> None:
    pages = {"https://example.org/a": ("2024-07-01", "month")}
    said_on_the_page = {"url": "https://example.org/a", "stated_on": "2024-07-01"}
    assert stated_precision(said_on_the_page, pages) == "month"
    # Said on another day than the page's, or on a page of no labelled article: the day.
    assert stated_precision({**said_on_the_page, "stated_on": "2024-07-12"}, pages) == "day"
    assert (
        stated_precision({"url": "https://example.org/b", "stated_on": "2024-07-01"}, pages)
        == "day"
    )
    # A phrasing's own precision wins.
    assert stated_precision({**said_on_the_page, "stated_precision": "year"}, pages) == "year"


def test_the_json_report_lists_each_miss_once_with_its_id_and_half() -> None:
    # A batch whose figures are fixed above, so that its misses are known to be a few.
    lines = [
        json.loads(line)
        for line in report(EXTRA, misses=True, sets=("deadlines",), as_json=True).splitlines()
    ]
    figure, *misses = lines
    right, total = (int(n) for n in figure["figure"].split("(")[1].rstrip(")").split("/"))
    assert figure["half"] == EXTRA
    assert len(misses) == total - right > 0
    ids = {phrase["id"] for phrase in load("deadlines", EXTRA)["phrases"]}
    for miss in misses:
        assert (miss["half"], miss["list"]) == (EXTRA, "deadline misses")
        assert miss["id"] in ids
        assert {"phrase", "stated_on", "got", "expected"} <= miss.keys()
    assert len({miss["id"] for miss in misses}) == len(misses)
