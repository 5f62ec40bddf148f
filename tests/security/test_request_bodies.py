"""Request bodies the API refuses, in its one JSON error shape.

Regression tests for two findings: a JSON body nested 1,100 deep got a 500 (RecursionError in
the parser), and a body over the size limit got Django's HTML 400 page.
"""

from __future__ import annotations

import json

import pytest

from claims.api.parsers import nesting_depth

pytestmark = pytest.mark.django_db

PARSE = "/api/v1/deadlines/parse/"  # open to anonymous readers: a question, not a write


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def assert_error_shape(response, status: int) -> dict:
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert set(body) == {"detail", "errors"}
    return body


@pytest.mark.parametrize("depth", [100, 1_100, 3_000, 100_000])
def test_a_deeply_nested_json_body_is_a_400_naming_the_limit(anonymous, depth, settings):
    response = anonymous.post(PARSE, nested(depth), content_type="application/json")

    body = assert_error_shape(response, 400)
    assert f"more than {settings.API_JSON_MAX_DEPTH} levels deep" in body["detail"]


def test_a_deeply_nested_body_to_a_write_endpoint_is_a_400(editor_api):
    body = '{"statement": ' + nested(3_000) + "}"

    response = editor_api.post("/api/v1/claims/", body, content_type="application/json")

    assert_error_shape(response, 400)


def test_ordinary_nesting_is_read_as_before(anonymous, now):
    response = anonymous.post(
        PARSE, json.dumps({"text": "by the end of 2027"}), content_type="application/json"
    )

    assert response.status_code == 200
    assert response.json()["end"] == "2027-12-31"


def test_brackets_inside_strings_do_not_count_as_nesting():
    text = json.dumps({"text": "[" * 500 + '\\"{' * 500, "list": [[1]]})

    assert nesting_depth(text.encode(), stop_after=32) == 3


def test_malformed_json_is_still_a_400_with_the_parsers_reason(anonymous):
    response = anonymous.post(PARSE, '{"text": ', content_type="application/json")

    body = assert_error_shape(response, 400)
    assert body["detail"].startswith("JSON parse error")


def test_a_json_body_over_the_size_limit_is_a_413_in_the_api_shape(anonymous, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    body = json.dumps({"text": "x" * 20_000})

    response = anonymous.post(PARSE, body, content_type="application/json")

    error = assert_error_shape(response, 413)
    assert "larger than the 10,000 bytes allowed" in error["detail"]


def test_a_form_body_over_the_size_limit_is_a_413_in_the_api_shape(anonymous, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000

    response = anonymous.post(PARSE, {"text": "x" * 20_000})

    error = assert_error_shape(response, 413)
    assert "10,000 bytes" in error["detail"]


def test_a_form_with_too_many_fields_is_a_413_in_the_api_shape(anonymous, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10

    response = anonymous.post(PARSE, {f"f{n}": "x" for n in range(20)})

    assert_error_shape(response, 413)
