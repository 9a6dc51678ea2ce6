"""A path parameter typed twice: by its converter in the signature (``(int:user_id)``) and by its
``:param`` field (``:param string user_id:``, or ``:type user_id: string``). Types that disagree
are DOC220 at the ``:param`` line, and the spec takes the converter's; a ``:param`` type that
narrows the converter's (``(string:tag)`` with ``:param int tag:``) is no contradiction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.pipeline import BuildResult
from tests.httpdomain_style import built, resource
from tests.rst_style import line_number


def _schema(spec: dict[str, Any], path: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"][path]["get"]["parameters"][0]["schema"]
    return found


def _found(result: BuildResult) -> list[tuple[int, str]]:
    return [
        (d.location.line if d.location else 0, d.message) for d in result.diagnostics if d.code == "DOC220"
    ]


def test_a_param_type_against_the_converter_is_reported_and_the_converter_types_it(tmp_path: Path) -> None:
    text = resource(
        "get", "/users/(int:user_id)", ":param string user_id: the user's id", ":statuscode 200: ok"
    )
    spec, result = built(tmp_path, text)
    assert _schema(spec, "/users/{user_id}") == {"type": "integer"}
    [(line, message)] = _found(result)
    assert line == line_number(text, ":param string user_id:")
    assert "(int:user_id)" in message and "'string'" in message and "typed integer" in message


def test_a_type_field_against_the_converter_is_reported_at_the_param(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/teams/(uuid:team_id)",
        ":param team_id: the team",
        ":type team_id: integer",
        ":statuscode 200: ok",
    )
    spec, result = built(tmp_path, text)
    assert _schema(spec, "/teams/{team_id}") == {"type": "string", "format": "uuid"}
    [(line, message)] = _found(result)
    assert line == line_number(text, ":param team_id:")
    assert f"line {line_number(text, ':type team_id:')}" in message


def test_a_number_converter_with_a_boolean_param_keeps_the_descriptions_bounds(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/rates/(float:ratio)/(int:year)",
        ":param boolean ratio: the ratio, at most 2.5",
        ":param int year: the year",
        ":statuscode 200: ok",
    )
    spec, result = built(tmp_path, text)
    parameters = spec["paths"]["/rates/{ratio}/{year}"]["get"]["parameters"]
    assert [p["schema"] for p in parameters] == [{"type": "number", "maximum": 2.5}, {"type": "integer"}]
    assert [line for line, _ in _found(result)] == [line_number(text, ":param boolean ratio:")]


def test_a_param_type_within_the_converters_is_no_contradiction(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/tags/(string:tag)/(float:weight)/(uuid:owner)",
        ":param int tag: the tag",
        ":param integer weight: the weight",
        ":param string owner: the owner",
        ":statuscode 200: ok",
    )
    spec, result = built(tmp_path, text)
    parameters = spec["paths"]["/tags/{tag}/{weight}/{owner}"]["get"]["parameters"]
    assert [p["schema"]["type"] for p in parameters] == ["integer", "integer", "string"]
    assert _found(result) == []


def test_one_param_for_several_signatures_is_reported_once(tmp_path: Path) -> None:
    text = (
        "Things\n======\n\n"
        ".. http:get:: /users/(int:user_id)\n"
        "              /users/(int:user_id)/profile\n\n"
        "   Does a thing.\n\n"
        "   :param string user_id: the user's id\n"
        "   :statuscode 200: ok\n"
    )
    spec, result = built(tmp_path, text)
    assert _schema(spec, "/users/{user_id}/profile") == {"type": "integer"}
    assert [line for line, _ in _found(result)] == [line_number(text, ":param string user_id:")]


def test_a_string_param_keeps_the_uuid_converters_format(tmp_path: Path) -> None:
    """``(uuid:item_id)`` with ``:param string item_id:`` agree; the converter's format stays (it was
    dropped: a plain string, so the mock, client and contract tests took any text)."""
    text = resource(
        "get", "/items/(uuid:item_id)", ":param string item_id: the item's id", ":statuscode 200: ok"
    )
    spec, result = built(tmp_path, text)
    assert _schema(spec, "/items/{item_id}") == {"type": "string", "format": "uuid"}
    assert _found(result) == []
