"""English formats beyond Django's own (FORMAT_MODULE_PATH looks here first)."""

# Ledger dates in English stay ISO (2025-12-31), as pages, feeds and exports have always shown
# them; "j F Y" would read "31 December 2025".
LEDGER_DATE_FORMAT = "Y-m-d"
