"""The tools a blind labeller of a new batch uses (docs/labelling.md says how a batch is made).

    python -m tests.language.labelling claim NAME URL [URL ...]   # may this page be used?
    python -m tests.language.labelling check phrases|articles|news FILE
    python -m tests.language.labelling example phrases|articles|news

`claim` says of each address whether it is free and, if it is, records it for NAME in
`var/labelling-claims.tsv` (or `--claims FILE`), so that two labellers of one round never take
the same page. An address is refused when the split rule sends it to the test half (a batch
only ever adds development pages), when a labelled file already holds it (in any spelling:
see `address_key`), or when another labeller claimed it. A page of the test half respelled
so that its address hashes to the development half is still refused: the test file holds it.
`check` finds the faults of shape a batch file can have before it is scored: a quote that is
not in its excerpt, a window whose start and end do not fit its qualifier, a date that is not
a date, a promiser missing from the ledger. `example` prints a few records of a batch that
has been read, as the format example a labeller is given.
"""

from __future__ import annotations

import argparse
import datetime as dt
import fcntl
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.language.real_sets import REAL, split_of

CLAIMS = Path("var/labelling-claims.tsv")
# The batch whose records serve as the format example: read in the forty-fourth round, so
# showing them to a labeller gives away nothing held out.
EXAMPLE_BATCH = "dev-blind85"
FILES = {"phrases": "deadlines", "articles": "articles", "news": "news"}
QUALIFIERS = {"in", "by", "on", "within", "not_before", "before"}
STRENGTHS = {"will", "plans", "expects", "aims", "hopes"}
KINDS = {"fulfilment", "progress", "delay", "denial", None}


def address_key(url: str) -> str:
    """One page however its address is spelled: the key for "already used". The scheme, a
    `www.`, `m.` or `amp.` host, the query and fragment, a trailing slash, an `/amp` page and
    an `index.html` all name the same text; a site that tells pages apart by the query alone
    has them all refused after the first, which costs a labeller a search, not a held-out page."""
    url = re.sub(r"^https?://", "", url.strip().lower())
    url = re.sub(r"^(www\d?|m|amp)\.", "", url)
    url = re.split(r"[?#]", url, maxsplit=1)[0].rstrip("/")
    return re.sub(r"/(amp|index\.html?)$", "", url).rstrip("/")


def _addresses(data: Any) -> Iterator[str]:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("url", "source_url") and isinstance(value, str):
                yield value
            else:
                yield from _addresses(value)
    elif isinstance(data, list):
        for value in data:
            yield from _addresses(value)


def used_addresses(real: Path = REAL) -> dict[str, str]:
    """Every page a labelled file holds (second labels included), keyed by `address_key`."""
    used: dict[str, str] = {}
    for path in sorted(real.glob("**/*.json")):
        for url in _addresses(json.loads(path.read_text(encoding="utf-8"))):
            used.setdefault(address_key(url), path.name)
    return used


def claim(who: str, urls: list[str], claims: Path, used: dict[str, str]) -> list[str]:
    """One verdict per address, recording the free ones for `who` under a file lock."""
    verdicts = []
    claims.parent.mkdir(parents=True, exist_ok=True)
    with claims.open("a+", encoding="utf-8") as book:
        fcntl.flock(book, fcntl.LOCK_EX)
        book.seek(0)
        taken = dict(line.rstrip("\n").split("\t", 1) for line in book if "\t" in line)
        for url in urls:
            key = address_key(url)
            if not url.startswith(("http://", "https://")):
                verdicts.append(f"BAD   {url}: not an http(s) address")
            elif split_of(url) != "dev":
                # The split is by the exact address; a variant of it would be another page to
                # the rule but the same text, so the labeller must not respell it.
                verdicts.append(
                    f"TEST  {url}: the split rule sends this exact address to the test half; "
                    "pick another page, never another spelling of this one"
                )
            elif key in used:
                verdicts.append(f"USED  {url}: {used[key]} holds it; pick another page")
            elif taken.get(key, who) != who:
                verdicts.append(f"TAKEN {url}: claimed by {taken[key]}; pick another page")
            else:
                if key not in taken:
                    book.write(f"{key}\t{who}\n")
                    taken[key] = who
                verdicts.append(f"OK    {url}: yours")
        fcntl.flock(book, fcntl.LOCK_UN)
    return verdicts


class Faults(list[str]):
    def add(self, where: str, what: str) -> None:
        self.append(f"{where}: {what}")

    def day(self, where: str, value: Any, *, null: bool = False) -> dt.date | None:
        if value is None and null:
            return None
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            self.add(where, f"{value!r} is not a YYYY-MM-DD date")
            return None

    def precision(self, where: str, when: dt.date | None, precision: Any) -> None:
        if precision in (None, "day") or when is None:
            return
        if precision not in ("month", "year"):
            self.add(where, f"precision {precision!r} is not day, month or year")
        elif precision == "month" and when.day != 1:
            self.add(where, "a date known to the month is written as the month's first day")
        elif precision == "year" and (when.month, when.day) != (1, 1):
            self.add(where, "a date known to the year is written as 1 January")

    def window(self, where: str, start: Any, end: Any, qualifier: Any) -> None:
        if qualifier not in QUALIFIERS:
            self.add(where, f"qualifier {qualifier!r} is not one of {sorted(QUALIFIERS)}")
        first = self.day(f"{where} start", start, null=True)
        last = self.day(f"{where} end", end, null=True)
        if qualifier in ("by", "within", "before") and start is not None:
            self.add(where, f"a {qualifier!r} window has no start (null)")
        if qualifier == "not_before" and (end is not None or start is None):
            self.add(where, "a not_before window has a start and no end (null)")
        if qualifier in ("in", "on") and (first is None or last is None):
            self.add(where, f"an {qualifier!r} window has a start and an end")
        if first and last and first > last:
            self.add(where, "the window starts after it ends")

    def keys(self, where: str, record: dict[str, Any], keys: tuple[str, ...]) -> None:
        for key in keys:
            if key not in record:
                self.add(where, f"missing {key!r}")

    def dev_page(self, where: str, record: dict[str, Any], ids: set[Any]) -> None:
        if record.get("id") in ids:
            self.add(where, "id used twice")
        ids.add(record.get("id"))
        if record.get("split") != "dev":
            self.add(where, "split is not 'dev'")
        if split_of(str(record.get("url", ""))) != "dev":
            self.add(where, "the split rule sends this address to the test half")


def check_phrases(data: dict[str, Any], faults: Faults) -> str:
    rows = data.get("phrases") or []
    ids: set[Any] = set()
    for n, row in enumerate(rows):
        where = f"phrase {row.get('id', n)}"
        faults.keys(where, row, ("id", "split", "url", "lang", "stated_on", "sentence"))
        faults.keys(where, row, ("phrase", "expected", "note"))
        faults.dev_page(where, row, ids)
        if row.get("lang") not in ("en", "fr"):
            faults.add(where, "lang is not en or fr")
        said = faults.day(f"{where} stated_on", row.get("stated_on"))
        faults.precision(where, said, row.get("stated_precision"))
        if str(row.get("phrase", "\0")) not in str(row.get("sentence", "")):
            faults.add(where, "the phrase is not a verbatim part of the sentence")
        expected = row.get("expected") or {}
        if "refused" in expected:
            if set(expected) != {"refused"} or not str(expected["refused"]).strip():
                faults.add(where, "a refusal is {'refused': 'why'} alone")
        elif set(expected) != {"start", "end", "qualifier"}:
            faults.add(where, "expected is {start, end, qualifier} or {refused}")
        else:
            faults.window(where, expected["start"], expected["end"], expected["qualifier"])
    refused = sum("refused" in (row.get("expected") or {}) for row in rows)
    pages = len({row.get("url") for row in rows})
    return f"{len(rows)} phrases from {pages} pages, {refused} refusals"


def check_articles(data: dict[str, Any], faults: Faults) -> str:
    ledger = {organisation.get("name") for organisation in data.get("ledger") or []}
    rows = data.get("articles") or []
    ids: set[Any] = set()
    drafts = 0
    for article in rows:
        where = f"article {article.get('id')}"
        faults.keys(where, article, ("id", "split", "url", "published", "published_precision"))
        faults.keys(where, article, ("language", "sector", "title", "excerpt", "notes", "drafts"))
        faults.dev_page(where, article, ids)
        published = faults.day(f"{where} published", article.get("published"))
        faults.precision(where, published, article.get("published_precision"))
        for n, draft in enumerate(article.get("drafts") or []):
            drafts += 1
            at = f"{where} draft {n}"
            faults.keys(at, draft, ("quote", "promiser", "speaker", "statement", "deadline_text"))
            faults.keys(at, draft, ("start", "end", "qualifier", "stated_on", "stated_precision"))
            faults.keys(at, draft, ("strength", "condition", "note"))
            if str(draft.get("quote", "\0")) not in str(article.get("excerpt", "")):
                faults.add(at, "the quote is not a verbatim part of the excerpt")
            if str(draft.get("deadline_text", "\0")) not in str(draft.get("quote", "")):
                faults.add(at, "deadline_text is not a verbatim part of the quote")
            if draft.get("promiser") and draft["promiser"] not in ledger:
                faults.add(at, f"promiser {draft['promiser']!r} is not a name in the ledger")
            if draft.get("strength") not in STRENGTHS:
                faults.add(at, f"strength {draft.get('strength')!r} is not one of {STRENGTHS}")
            faults.window(at, draft.get("start"), draft.get("end"), draft.get("qualifier"))
            said = faults.day(f"{at} stated_on", draft.get("stated_on"))
            faults.precision(at, said, draft.get("stated_precision"))
    empty = sum(not article.get("drafts") for article in rows)
    return f"{len(rows)} articles, {drafts} drafts, {empty} with none"


def check_news(data: dict[str, Any], faults: Faults) -> str:
    organisations = {organisation.get("key") for organisation in data.get("organisations") or []}
    claims = set()
    for claim_ in data.get("claims") or []:
        where = f"claim {claim_.get('key')}"
        faults.keys(where, claim_, ("key", "promiser", "subject", "category", "statement"))
        faults.keys(where, claim_, ("keywords", "stated_on", "deadline", "source_url", "note"))
        if claim_.get("promiser") not in organisations:
            faults.add(where, "its promiser is not an organisation's key")
        said = faults.day(f"{where} stated_on", claim_.get("stated_on"))
        faults.precision(where, said, claim_.get("stated_precision"))
        claims.add(claim_.get("key"))
    rows = data.get("items") or []
    ids: set[Any] = set()
    for item in rows:
        where = f"item {item.get('id')}"
        faults.keys(where, item, ("id", "split", "url", "published", "lang", "title", "summary"))
        faults.keys(where, item, ("claims", "kind", "new_deadline", "new_start", "new_end"))
        faults.keys(where, item, ("note",))
        faults.dev_page(where, item, ids)
        published = faults.day(f"{where} published", item.get("published"))
        faults.precision(where, published, item.get("published_precision"))
        for key in item.get("claims") or []:
            if key not in claims:
                faults.add(where, f"claim {key!r} is not in the claims")
        if item.get("kind") not in KINDS:
            faults.add(where, f"kind {item.get('kind')!r} is not a kind or null")
        if bool(item.get("claims")) != (item.get("kind") is not None):
            faults.add(where, "an item about a claim has a kind, one about none has kind null")
        new_date = [item.get(key) for key in ("new_deadline", "new_start", "new_end")]
        if item.get("kind") != "delay" and any(new_date):
            faults.add(where, "only a delay has a new date")
        if item.get("new_deadline"):
            text = f"{item.get('title', '')}\n{item.get('summary', '')}"
            if item["new_deadline"] not in text:
                faults.add(where, "new_deadline is not a verbatim part of the title or summary")
            faults.day(f"{where} new_start", item.get("new_start"), null=True)
            faults.day(f"{where} new_end", item.get("new_end"), null=True)
    kinds = Counter(str(item.get("kind")) for item in rows)
    return f"{len(rows)} items on {len(claims)} claims, kinds {dict(sorted(kinds.items()))}"


def check(kind: str, data: dict[str, Any]) -> tuple[Faults, str]:
    """The faults of a batch file of `kind`, and a one-line count of what it holds."""
    faults = Faults()
    if not str(data.get("about", "")).strip():
        faults.add("file", "no 'about': who labelled it, how, and what it holds")
    checker = {"phrases": check_phrases, "articles": check_articles, "news": check_news}[kind]
    return faults, checker(data, faults)


def example(kind: str, size: int = 4) -> dict[str, Any]:
    """A few records of a batch already read, in the shape a labeller must write."""
    data = json.loads((REAL / f"{FILES[kind]}.{EXAMPLE_BATCH}.json").read_text("utf-8"))
    if kind == "phrases":
        return {"about": "(see the guide)", "phrases": data["phrases"][:size]}
    if kind == "articles":
        articles = data["articles"][:size]
        named = {draft["promiser"] for article in articles for draft in article["drafts"]}
        ledger = [entry for entry in data["ledger"] if entry["name"] in named]
        return {"about": "(see the guide)", "ledger": ledger, "articles": articles}
    claim_ = data["claims"][0]
    items = [item for item in data["items"] if item["claims"] in ([claim_["key"]], [])]
    promiser = [entry for entry in data["organisations"] if entry["key"] == claim_["promiser"]]
    return {
        "about": "(see the guide)",
        "organisations": promiser,
        "claims": [claim_],
        "items": items[:size],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    claiming = commands.add_parser("claim", help="claim pages for a labeller")
    claiming.add_argument("name")
    claiming.add_argument("urls", nargs="+")
    claiming.add_argument("--claims", type=Path, default=CLAIMS)
    checking = commands.add_parser("check", help="find a batch file's faults of shape")
    checking.add_argument("kind", choices=sorted(FILES))
    checking.add_argument("file", type=Path)
    showing = commands.add_parser("example", help="print the format example")
    showing.add_argument("kind", choices=sorted(FILES))
    options = parser.parse_args(argv)
    if options.command == "claim":
        verdicts = claim(options.name, options.urls, options.claims, used_addresses())
        print("\n".join(verdicts))
        return 0 if all(verdict.startswith("OK") for verdict in verdicts) else 1
    if options.command == "example":
        print(json.dumps(example(options.kind), ensure_ascii=False, indent=1))
        return 0
    try:
        data = json.loads(options.file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"{options.file}: cannot be read as JSON ({error})")
        return 1
    faults, summary = check(options.kind, data)
    print("\n".join([*faults, f"{len(faults)} faults" if faults else f"OK: {summary}"]))
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
