"""Two paths that differ only in their parameters' names are one template to OpenAPI: the later
one's operations are read under the earlier path, renamed (SPEC407), or left out when the earlier
path has the same method (SPEC408); either way the spec has one of them."""

from __future__ import annotations

from pathlib import Path

from rstapi.config import Config
from rstapi.pipeline import build
from tests.rst_helpers import document, endpoint
from tests.rst_style import line_number

HTTPDOMAIN = """\
Users
=====

.. http:get:: /users/(int:user_id)
              /users/(string:username)

   Fetch a user.

   :status 200: the user
"""


def test_a_later_spelling_of_the_same_template_is_read_under_the_first(tmp_path: Path) -> None:
    text = document(
        endpoint("get", path="/api/v1/things/{thing_id}/", curls=[]),
        endpoint("delete", method="DELETE", path="/api/v1/things/{id}/", curls=[]),
    )
    (tmp_path / "ref.rst").write_text(text, encoding="utf-8")
    result = build(Config(sources=(tmp_path / "ref.rst",), root=tmp_path))
    assert result.spec is not None
    item = result.spec["paths"]["/api/v1/things/{thing_id}/"]
    assert list(result.spec["paths"]) == ["/api/v1/things/{thing_id}/"] and set(item) >= {"get", "delete"}
    assert [p["name"] for p in item["delete"]["parameters"] if p["in"] == "path"] == ["thing_id"]
    (found,) = [d for d in result.diagnostics if d.code == "SPEC407"]
    assert "id -> thing_id" in found.message and "DELETE" in found.message
    assert found.location is not None and found.location.line > line_number(text, "delete Endpoint")


def test_the_same_method_twice_keeps_the_first_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "api.rst").write_text(HTTPDOMAIN, encoding="utf-8")
    result = build(Config(sources=(tmp_path / "api.rst",), root=tmp_path))
    assert result.spec is not None
    assert list(result.spec["paths"]) == ["/users/{user_id}"]
    (found,) = [d for d in result.diagnostics if d.code == "SPEC408"]
    assert "'/users/{username}'" in found.message and found.location is not None
    assert found.location.line == line_number(HTTPDOMAIN, ".. http:get::")
    assert not [d for d in result.diagnostics if d.code in {"SPEC400", "SPEC406"}]
