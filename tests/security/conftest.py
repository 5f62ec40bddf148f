# The API clients of the claims tests: anonymous, a viewer and an editor, by token.
from tests.claims.conftest import (  # noqa: F401
    anonymous,
    editor_api,
    fresh_cache,
    viewer_api,
)
