"""From a page or a pasted text to an article: main text, title, byline, date, sentences."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from language.deadlines import DeadlineParseError, find_deadlines
from language.text import ABBREVIATIONS

from .records import ArticleText, Sentence


def _compile(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _words_between(text: str) -> int:
    return len(re.findall(r"[\w'-]+", text))


# ---------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------

# A full stop run into the next sentence ("in Texas.The company") ends one too.
_BOUNDARY = re.compile(
    # A French closing guillemet after its space ends the quote's sentence too: "Je pense
    # que ça va se débloquer. » Le maire espère ..." (as '... débloquer." The mayor' does).
    r"[.!?\u2026]+(?P<guillemet>[ \u00a0\u202f]\u00bb)?[\"'\u00bb\u201d\u2019)\]]*\s+"
    # Sentences run together in a stored copy: "la hauteur voulue.A l'arrière", "l'été.Des".
    r"|(?<=[a-zà-ÿ]{3})\.(?=[A-ZÀ-Þ](?:[a-zà-ÿ]{2}|[a-zà-ÿ]?\s))"
    # A heading's year run into the next sentence: "Ouverture en janvier 2022Les travaux".
    r"|(?<=(?<!\d)(?:19|20)\d\d)(?=[A-ZÀ-Þ][a-zà-ÿ]{2})"
)
_YEAR_ENDS = re.compile(r"(?<![\w.,])(?:19|20)\d\d\.$")
# Capital initials run together, each with its full stop: "K.N.", "C.C.", "J.R.R.".
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]\.?$")
# An acronym is a noun after its article or elision: "across the E.U.", "par l'U.E.".
_AFTER_AN_ARTICLE = re.compile(r"(?:\b(?:the|an?|le|la|les|des|du)\s+|\b[lL]['\u2019])$")
# The words a sentence opens on that start no surname: articles, demonstratives, pronouns,
# and an elided article or pronoun ("L'usine", "C'est").
_SENTENCE_WORD = re.compile(
    r"(?:The|A|An|This|That|These|Those|It|Its|He|She|They|We|I|There|Our|Their|His|Her|"
    r"Le|La|Les|Un|Une|Des|Ce|Cet|Cette|Ces|Il|Elle|Ils|Elles|On|Nous|Son|Sa|Ses|Leur|Leurs)"
    r"\b|[LCDJS]['\u2019]|Qu['\u2019]"
)
_SENTENCE_OPENER = re.compile(r"[\"'\u00ab\u201c\u2018(\[]?\s*[A-Z\u00c0-\u00de0-9]")
_TERMINAL = re.compile(r"[.!?\u2026:;][\"'\u00bb\u201d\u2019)\]]*\s*$")
# "at 6 a.m. ET": a time zone after the time goes on with the sentence.
_TIME_ZONE_NEXT = re.compile(r"(?:[ECMP][SD]?T|GMT|BST|UTC|CES?T|HN?E)\b")


_QUOTED_LOWER = re.compile(r"\s*[\"\u00ab\u201c]\s*[a-z\u00e0-\u00ff]")
# A line that ends on a word no sentence or heading ends on: an article, a preposition, a
# conjunction, an elision or an auxiliary.
_ENDS_MID_CLAUSE = re.compile(
    r"(?:\b(?:de|du|des|la|le|les|un|une|en|au|aux|et|ou|que|qui|est|sont|sera|the|of|to|and"
    r"|or|in|on|at|by|for|with|an|is|are|was|were|that|will|from)|\b[dlj]['\u2019]"
    r"|\bqu['\u2019]\w*)\s*$"
)


def _paragraphs(text: str) -> list[tuple[str, int]]:
    """Paragraphs with their offsets: lines, with soft-wrapped lines joined back together."""
    paragraphs: list[tuple[str, int]] = []
    current_start, current_end = -1, -1
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if not line.strip():
            continue
        continues = (
            current_start >= 0
            and text[current_end : match.start()].count("\n") == 1
            and not _TERMINAL.search(text[current_start:current_end])
            and (
                line.lstrip()[:1].islower()
                # A wire's hard-wrapped lines: 'Cattenom 4 est\n"en cours"', 'qu'en\nMoselle'.
                or _QUOTED_LOWER.match(line)
                or _ENDS_MID_CLAUSE.search(text, current_start, current_end)
            )
        )
        if continues:
            current_end = match.end()
            continue
        if current_start >= 0:
            paragraphs.append((text[current_start:current_end], current_start))
        current_start, current_end = match.start(), match.end()
    if current_start >= 0:
        paragraphs.append((text[current_start:current_end], current_start))
    return paragraphs


def split_sentences(text: str) -> list[Sentence]:
    """English or French prose into sentences, each with its offset in `text`.

    A sentence ends at . ! ? or … followed by a space and a capital letter, a digit or an
    opening quote, except after an abbreviation ("M.", "Dr.", "Inc.") or initials ("J.", "K.N.").
    """
    sentences: list[Sentence] = []
    for number, (paragraph, offset) in enumerate(_paragraphs(text)):
        start = 0
        for boundary in _BOUNDARY.finditer(paragraph):
            if not _SENTENCE_OPENER.match(paragraph, boundary.end()) and not (
                # "by 2026. nexfibre said": a brand written in lower case after a year.
                _YEAR_ENDS.search(paragraph, start, boundary.start() + 1)
                and paragraph[boundary.end() : boundary.end() + 1].islower()
                and not boundary.group("guillemet")
            ):
                continue
            before = re.search(r"([\w.]+)\.*$", paragraph[start : boundary.start() + 1])
            word = before.group(1).rstrip(".").lower() if before else ""
            # "etc." closes a list, and its sentence when a capital follows: "..., répéteurs,
            # etc. D'ici 2016, les compteurs doivent être équipés."
            closes_a_list = (
                word == "etc" and paragraph[boundary.end() : boundary.end() + 1].isupper()
            )
            if (
                (word in ABBREVIATIONS and not closes_a_list)
                or (len(word) == 1 and word.isalpha())
                # A run of initials is one initial: "Minister K.N. Nehru", "CEO C.C. Wei".
                or (
                    before is not None
                    and _INITIALS.match(before.group(1))
                    and _name_goes_on(paragraph, start + before.start(1), boundary.end())
                )
            ):
                continue
            if word in ("a.m", "p.m") and _TIME_ZONE_NEXT.match(paragraph, boundary.end()):
                continue
            if (
                paragraph[boundary.start()] == "?"
                and len(paragraph[start : boundary.start()].split()) <= 2
            ):
                continue  # "L'objectif ? Parvenir à ...": a question that leads into its answer
            if _inside_brackets(paragraph, start, boundary.start()):
                continue  # "(Promoteur groupe Realités. Agence X)": a full stop in brackets
            chunk = paragraph[start : boundary.end()]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                sentences.append(Sentence(chunk.strip(), offset + start + lead, number))
            start = boundary.end()
        chunk = paragraph[start:]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            sentences.append(Sentence(chunk.strip(), offset + start + lead, number))
    return sentences


def _name_goes_on(paragraph: str, initials: int, after: int) -> bool:
    """Whether initials ending a sentence in appearance are a name's, its surname after them
    ("Minister K.N. Nehru said"), rather than an acronym ending its sentence ("across the
    E.U. The line opens", "financée par l'U.E. Les travaux", "based in D.C. The line")."""
    if _AFTER_AN_ARTICLE.search(paragraph, 0, initials):
        return False
    return re.match(r"[A-Z\u00c0-\u00de]", paragraph[after : after + 1]) is not None and not (
        _SENTENCE_WORD.match(paragraph, after)
    )


def _inside_brackets(paragraph: str, start: int, at: int) -> bool:
    """Whether `at` falls inside brackets opened since `start` and closed a little later in
    the same paragraph: what a bracket holds belongs to the sentence around it."""
    opened = paragraph.count("(", start, at) - paragraph.count(")", start, at)
    if opened <= 0:
        return False
    closing = paragraph.find(")", at, at + 200)
    return closing != -1 and "(" not in paragraph[at:closing]


# ---------------------------------------------------------------------------------------
_BYLINE = re.compile(
    r"^\s*(?:by|par|from|de notre (?:envoy[ée]e? sp[ée]ciale?|correspondante?))\s+"
    r"(?P<author>[^|,\u2014\u2013\n]+?)\s*(?:$|[|,\u2014\u2013]|\s-\s)",
    re.IGNORECASE,
)
# A weekday or a month opening what follows "From" or "De": a time, not a name.
_A_TIME = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
    r"octobre|novembre|décembre|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^\s*(?:published|updated|posted|publi[ée]e?|mis(?:e)? [àa] jour|modifi[ée]e?)\b",
    re.IGNORECASE,
)


# A list item's marker: a dash, a bullet or an asterisk, then a space.
_BULLET = re.compile(r"\s*[-\u2022\u2013*\u25aa\u25cf]\s+\S")


# A photo's caption: an agency's "FILE - ..." opening, or its credit in brackets at the end
# ("... (AP Photo/Wilfredo Lee, File)"). It restates the story in a picture's words.
_CAPTION = re.compile(
    r"^\s*FILE(?: PHOTO)?\s*[-\u2013\u2014:]\s"
    r"|\((?:[^()]*/)?(?:AP|AFP|Reuters|Getty|Photo)\b[^()]*\)\s*$"
)


def is_caption(paragraph: str) -> bool:
    """Whether a paragraph is a photo's caption (see `_CAPTION`)."""
    return bool(_CAPTION.search(paragraph))


def _is_heading(paragraph: str) -> bool:
    """A title, a byline, a dateline or a caption: short and without a sentence's end. Not
    an item of a list ("- Expected timeline: commissioning by September 2025")."""
    if _BULLET.match(paragraph):
        return False
    words = _words_between(paragraph)
    if (
        (byline := _BYLINE.match(paragraph))
        and byline.group("author")[:1].isupper()
        # "From Monday, 3 August, 25 branches will ...", "From April 2, our prices will ...":
        # a sentence that opens on its time, not an author.
        and not _A_TIME.match(byline.group("author"))
    ):
        return words <= 20  # "By Claire Dubois | Published ...", not "By 2030, Bleu will ..."
    if _DATELINE.match(paragraph):
        return words <= 20
    return words < 20 and not _TERMINAL.search(paragraph)


def article_header(text: str, *, today: dt.date) -> ArticleText:
    """Title, author and publication date read from a plain-text article's first lines.

    The title is the first line when it reads like a heading; the author comes from a
    "By ..." / "Par ..." line; the date is the first full date (a day) on a heading line
    among the first four, e.g. "Published 16 January 2024" or "Par X | 8 octobre 2024".
    """
    paragraphs = [p for p, _ in _paragraphs(text)][:4]
    title = paragraphs[0].strip() if paragraphs and _is_heading(paragraphs[0]) else ""
    author, published_on = "", None
    for paragraph in paragraphs[1 if title else 0 :]:
        if not _is_heading(paragraph):
            break
        if not author and (byline := _BYLINE.match(paragraph)):
            author = byline.group("author").strip()
        if published_on is None:
            try:
                found = find_deadlines(paragraph, stated_on=today)
            except DeadlineParseError:
                found = []
            days = [f.window for f in found if f.window.precision == "day"]
            if days:
                published_on = days[0].start
    return ArticleText(text=text, title=title, author=author, published_on=published_on)


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or bool(
        re.search(r"<(?:html|head|body|article|p|div)[\s>]", head)
    )


# Page furniture, by the class or id of its block: cookie and consent banners, sponsored and
# advertising blocks, newsletter and subscription boxes, "read next" lists. Removed before
# trafilatura reads the page, so that neither its text nor its title, author and date
# heuristics see them (a cookie policy's date is not the article's, "Sponsored By Acme" is
# no author).
_FURNITURE_NAMES = (
    "cookie",
    "consent",
    "gdpr",
    "rgpd",
    "sponsor",
    "partenaire",
    "partner-content",
    "advert",
    "publicite",
    "promo",
    "newsletter",
    "subscribe",
    "abonnement",
    "paywall",
    "related",
    "read-next",
    "outbrain",
    "taboola",
)
_CLASS_AND_ID = (
    "translate(concat(' ', @class, ' ', @id, ' '), "
    "'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
)
_FURNITURE = (
    "//*[not(self::html or self::body or self::main or self::article)]["
    + " or ".join(f"contains({_CLASS_AND_ID}, '{name}')" for name in _FURNITURE_NAMES)
    + "]"
)
# A block labelled as paid for: "Sponsored by", "Contenu sponsorisé", "Publicité".
_PAID_LABEL = re.compile(
    r"^\s*(?:sponsored(?: by| content)?|paid (?:content|post)|partner content|advertisement|"
    r"advertorial|contenu sponsorisé|contenu partenaire|publicité|publi-rédactionnel)\b",
    re.IGNORECASE,
)
_BLOCKS = {"div", "aside", "section", "figure", "li", "ul", "p", "span", "a", "header"}


def _without_furniture(tree: Any) -> Any:
    """The page without its furniture (`_FURNITURE`, blocks labelled as paid for)."""
    for element in tree.xpath(_FURNITURE):
        if element.getparent() is not None:
            element.drop_tree()
    for element in list(tree.iter()):
        text = element.text or ""
        if not isinstance(element.tag, str) or not _PAID_LABEL.match(text):
            continue
        parent = element.getparent()
        block = parent if parent is not None and parent.tag in _BLOCKS else element
        if block.getparent() is not None:
            block.drop_tree()
    return tree


def html_to_article(html: str) -> ArticleText:
    """An HTML page's main text, title, author, date and site name, via trafilatura.

    The metadata comes from what trafilatura reads in the page (Open Graph, JSON-LD,
    <meta>, then the page itself), after the page furniture is removed (`_FURNITURE`).
    trafilatura works on the string given: it fetches nothing. An empty text means the
    page has no article text that it could find.
    """
    import trafilatura  # imported here: it is slow to import and only URL imports need it

    tree = trafilatura.load_html(html)
    if tree is None:
        return ArticleText(text="")
    document = trafilatura.bare_extraction(
        _without_furniture(tree),
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_recall=True,
    )
    if document is None:
        return ArticleText(text="")
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    published_on = None
    if data.get("date"):
        try:
            published_on = dt.date.fromisoformat(str(data["date"])[:10])
        except ValueError:
            published_on = None
    return ArticleText(
        text=(data.get("text") or "").strip(),
        title=(data.get("title") or "").strip(),
        author=(data.get("author") or "").strip(),
        published_on=published_on,
        publisher=(data.get("sitename") or "").strip(),
    )
