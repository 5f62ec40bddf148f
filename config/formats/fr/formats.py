"""French formats beyond Django's own (FORMAT_MODULE_PATH looks here first)."""

# Ledger dates in French read in full: "31 décembre 2025" (claims.l10n writes "1er janvier").
LEDGER_DATE_FORMAT = "j F Y"
