"""The REST API, version 1 under /api/v1/: thin adapters over claims.selectors and services."""
