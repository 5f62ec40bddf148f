"""English and French: the language comes from the switcher's cookie or Accept-Language, public
pages say which one they speak, API errors follow it, and the French catalogue is complete."""

import gettext as gettext_module
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from claims.l10n import ledger_date, window_display

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)
PO = ROOT / "locale" / "fr" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
# The dashboard script's words (served by /jsi18n/), a catalogue of their own.
JS_PO = PO.with_name("djangojs.po")
CATALOGUES = {"django": PO, "djangojs": JS_PO}


def test_the_dashboard_speaks_english_by_default(client):
    html = client.get("/").content.decode()
    assert '<html lang="en">' in html
    assert "Timeline of promises" in html
    assert 'action="/i18n/setlang/"' in html  # the switcher


def test_the_dashboard_speaks_french_to_a_french_browser(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9,en;q=0.5")
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "Chronologie des promesses" in html and "Timeline of promises" not in html
    assert response["Content-Language"] == "fr"
    assert "Accept-Language" in response["Vary"]


def test_the_dashboard_script_gets_its_words_in_the_pages_language(client):
    # The catalogue loads before the script, from this site (the policy allows 'self' only).
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert html.index('src="/jsi18n/"') < html.index("claims/dashboard.js")
    french = client.get("/jsi18n/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert '"Kept on time": "Tenues \\u00e0 temps"' in french
    english = client.get("/jsi18n/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Tenues" not in english and "gettext" in english


def test_the_switcher_sets_the_language_whatever_the_browser_asks(client):
    response = client.post("/i18n/setlang/", {"language": "fr", "next": "/"})
    assert response.status_code == 302 and response["Location"] == "/"
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="fr">' in html and "Bilans" in html
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert '<html lang="en">' in client.get("/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()


def test_a_language_we_do_not_have_falls_back_to_english(client):
    client.post("/i18n/setlang/", {"language": "de", "next": "/"})
    assert '<html lang="en">' in client.get("/", HTTP_ACCEPT_LANGUAGE="de").content.decode()


def test_an_api_error_of_our_own_comes_in_french(client):
    response = client.get("/api/v1/claims/", {"organisation": "nobody"}, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 400
    body = response.json()
    assert body["errors"]["organisation"] == ["Aucune organisation n'a l'identifiant 'nobody'."]
    assert body["detail"].startswith("Données non valides")


def test_the_same_error_stays_english_for_an_english_client(client):
    response = client.get("/api/v1/claims/", {"organisation": "nobody"})
    assert response.json()["errors"]["organisation"] == ["No organisation has the slug 'nobody'."]


def test_numbers_in_an_error_are_grouped_as_french_groups_them(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    body = json.dumps({"text": "x" * 20_000})
    response = client.post(
        "/api/v1/deadlines/parse/", body, content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="fr",
    )  # fmt: skip
    assert response.status_code == 413
    assert "dépasse les 10\u00a0000 octets autorisés" in response.json()["detail"]


def test_dates_and_windows_read_as_each_language_writes_them():
    import datetime as dt

    assert ledger_date(dt.date(2025, 12, 31)) == "2025-12-31"
    assert window_display(dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == "2025-01-01 to 2025-12-31"
    with translation.override("fr"):
        assert ledger_date(dt.date(2025, 12, 31)) == "31 décembre 2025"
        assert ledger_date(dt.date(2026, 1, 1)) == "1er janvier 2026"
        assert window_display(None, dt.date(2025, 12, 31)) == "au plus tard le 31 décembre 2025"
        assert window_display(None, None) == "sans échéance"


def test_admin_labels_come_in_french(admin_client):
    html = admin_client.get("/admin/claims/claim/add/", HTTP_ACCEPT_LANGUAGE="fr").content
    text = html.decode()
    assert "Ajout de promesse" in text or "Ajouter promesse" in text
    assert "Ce sur quoi porte la promesse" in text  # a help text


# The catalogue ------------------------------------------------------------------------------


def _entries(po_text: str) -> list[dict[str, str]]:
    """The po file's entries: flags, msgid (singular) and every msgstr, as written."""
    entries, current, field = [], {"flags": "", "msgid": "", "msgstr": ""}, ""
    for line in po_text.splitlines() + [""]:
        if not line.strip():
            if current["msgid"]:
                entries.append(current)
            current, field = {"flags": "", "msgid": "", "msgstr": ""}, ""
        elif line.startswith("#,"):
            current["flags"] += line[2:]
        elif line.startswith("#"):
            continue
        elif line.startswith(("msgid ", "msgid_plural ", "msgstr")):
            keyword, _, rest = line.partition(" ")
            field = (
                "msgid"
                if keyword == "msgid"
                else "plural"
                if keyword == "msgid_plural"
                else "msgstr"
            )
            if field == "msgstr":
                current["msgstr"] += "\x00"  # one per form
            current[field] = current.get(field, "") + _unquote(rest)
        elif line.startswith('"'):
            current[field] = current.get(field, "") + _unquote(line)
    return entries


def _unquote(text: str) -> str:
    return text.strip()[1:-1].encode("raw_unicode_escape").decode("unicode_escape")


def _problems(po_text: str) -> list[str]:
    problems = []
    for entry in _entries(po_text):
        if "fuzzy" in entry["flags"]:
            problems.append(f"fuzzy: {entry['msgid']!r}")
        elif any(not form for form in entry["msgstr"].split("\x00")[1:]):
            problems.append(f"untranslated: {entry['msgid']!r}")
    return problems


def test_the_catalogue_reader_catches_a_missing_or_fuzzy_translation():
    po = (
        'msgid "kept"\nmsgstr "tenue"\n\n'
        '#, fuzzy\nmsgid "missed"\nmsgstr "manquée"\n\n'
        'msgid "open"\nmsgstr ""\n\n'
        'msgid "%(n)s day"\nmsgid_plural "%(n)s days"\nmsgstr[0] "%(n)s jour"\nmsgstr[1] ""\n'
    )
    assert _problems(po) == [
        "fuzzy: 'missed'",
        "untranslated: 'open'",
        "untranslated: '%(n)s day'",
    ]


@pytest.mark.skipif(
    shutil.which("xgettext") is None or shutil.which("msgmerge") is None,
    reason="GNU gettext is not installed (apt-get install gettext)",
)
@pytest.mark.parametrize("domain", CATALOGUES)
def test_every_string_the_code_marks_has_a_french_translation(tmp_path, domain):
    """Extract the messages from a copy of the tree as `make messages` does: every one must be
    in locale/fr, translated and not fuzzy (msgmerge marks a new string that resembles an old
    one as fuzzy, with the old translation: a guess, not a translation)."""
    tree = tmp_path / "tree"
    ignore = shutil.ignore_patterns(".venv", "var", ".git", "tests", "bench", "build", "*.mo",
                                    "__pycache__", "node_modules", "*.egg-info")  # fmt: skip
    shutil.copytree(ROOT, tree, ignore=ignore)
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--domain", domain, "--locale", "fr",
         "--no-obsolete", "--add-location", "file", "--ignore", "*.min.js"],
        cwd=tree, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    fresh = (tree / "locale" / "fr" / "LC_MESSAGES" / f"{domain}.po").read_text()
    committed = {entry["msgid"] for entry in _entries(CATALOGUES[domain].read_text())}
    new = sorted(entry["msgid"] for entry in _entries(fresh) if entry["msgid"] not in committed)
    assert new == [], "strings not in locale/fr yet: run `make messages` and translate them"
    assert _problems(fresh) == [], f"translate these in locale/fr/LC_MESSAGES/{domain}.po"


@pytest.mark.parametrize("po", CATALOGUES.values(), ids=CATALOGUES)
def test_the_compiled_catalogue_matches_the_po_file(po: Path):
    """The committed .mo is what Django reads: it must hold every translation of the .po (run
    `make messages`, or compilemessages, after editing the .po)."""
    with po.with_suffix(".mo").open("rb") as handle:
        compiled = gettext_module.GNUTranslations(handle)
    for entry in _entries(po.read_text()):
        forms = entry["msgstr"].split("\x00")[1:]
        if "plural" in entry:
            assert compiled.ngettext(entry["msgid"], entry["plural"], 1) == forms[0]
            assert compiled.ngettext(entry["msgid"], entry["plural"], 2) == forms[1]
        else:
            assert compiled.gettext(entry["msgid"]) == forms[0], entry["msgid"]
