"""httpdomain documents of a sixth round: the path values an example request sends, and what
the reader makes of the constructs sphinxcontrib-httpdomain's source supports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.pipeline import BuildResult
from tests.httpdomain_style import built, resource
from tests.rst_style import line_number


def _found(result: BuildResult, code: str) -> list[tuple[int, str]]:
    return [(d.location.line if d.location else 0, d.message) for d in result.diagnostics if d.code == code]


def _path_parameter(spec: dict[str, Any], path: str, name: str, method: str = "get") -> dict[str, Any]:
    [found] = [
        p for p in spec["paths"][path][method]["parameters"] if p["in"] == "path" and p["name"] == name
    ]
    return found


# ---------------------------------------------------------------- 1: path values of an example

REQUESTED = resource(
    "get",
    "/users/(int:user_id)/posts/(slug)",
    ":param slug: the post's slug",
    ":statuscode 200: the post",
    "",
    "**Example request**:",
    "",
    ".. sourcecode:: http",
    "",
    "   GET /api/users/42/posts/hello%20world HTTP/1.1",
    "   Host: api.example.com",
)


def test_the_path_values_an_example_request_sends_are_the_parameters_examples(tmp_path: Path) -> None:
    """``GET /users/42`` under ``/users/(int:user_id)`` gave the path parameter no example (a
    query value of the same request was one): 42, an integer, is now, as is the slug, decoded."""
    spec, result = built(tmp_path, REQUESTED)
    user = _path_parameter(spec, "/users/{user_id}/posts/{slug}", "user_id")
    assert user["example"] == 42
    assert _path_parameter(spec, "/users/{user_id}/posts/{slug}", "slug")["example"] == "hello world"
    assert _found(result, "RST160") == [] and _found(result, "DOC219") == []


def test_a_path_value_its_converter_refuses_is_rst160_and_no_example(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/items/(int(min=1, max=10):item_id)",
        ":statuscode 200: the item",
        "",
        ".. sourcecode:: http",
        "",
        "   GET /items/abc HTTP/1.1",
        "",
        ".. sourcecode:: http",
        "",
        "   GET /items/42 HTTP/1.1",
        "",
        ".. sourcecode:: bash",
        "",
        "   curl https://api.example.com/items/7",
    )
    spec, result = built(tmp_path, text)
    assert _path_parameter(spec, "/items/{item_id}", "item_id")["example"] == 7
    found = _found(result, "RST160")
    assert [line for line, _ in found] == [
        line_number(text, "GET /items/abc"),
        line_number(text, "GET /items/42"),
    ]
    assert "item_id='abc', which is not an integer value" in found[0][1]
    assert (
        "item_id='42', which the path parameter's converter or :param field does not allow (its maximum is 10)"
        in found[1][1]
    )


def test_a_path_value_its_format_refuses_is_spec401_and_left_out(tmp_path: Path) -> None:
    text = resource(
        "delete",
        "/things/(uuid:thing_id)",
        ":statuscode 204: deleted",
        "",
        ".. sourcecode:: http",
        "",
        "   DELETE /things/not-a-uuid HTTP/1.1",
    )
    spec, result = built(tmp_path, text)
    assert "example" not in _path_parameter(spec, "/things/{thing_id}", "thing_id", "delete")
    [(line, message)] = _found(result, "SPEC401")
    assert line == line_number(text, "DELETE /things/not-a-uuid")
    assert "'not-a-uuid' is not a 'uuid'" in message


def test_a_path_value_is_only_its_signatures_and_a_placeholder_is_none(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/files/(path:name)\n            /archives/(int:archive_id)",
        ":statuscode 200: the file",
        "",
        ".. sourcecode:: http",
        "",
        "   GET /files/{name} HTTP/1.1",
        "",
        ".. sourcecode:: http",
        "",
        "   GET /archives/9 HTTP/1.1",
    )
    spec, result = built(tmp_path, text)
    assert "example" not in _path_parameter(spec, "/files/{name}", "name")
    assert _path_parameter(spec, "/archives/{archive_id}", "archive_id")["example"] == 9
    assert _found(result, "RST160") == []


def test_an_example_fitting_a_parameter_inside_a_segment_is_no_doc219(tmp_path: Path) -> None:
    """``GET /reports/march.csv`` fits ``/reports/(name).csv``: it was DOC219 ("segment
    'march.csv' where the template has '{name}.csv'")."""
    text = resource(
        "get",
        "/reports/(string:name).csv",
        ":statuscode 200: the report",
        "",
        ".. sourcecode:: http",
        "",
        "   GET /reports/march.csv HTTP/1.1",
    )
    spec, result = built(tmp_path, text)
    assert _found(result, "DOC219") == []
    assert _path_parameter(spec, "/reports/{name}.csv", "name")["example"] == "march"
