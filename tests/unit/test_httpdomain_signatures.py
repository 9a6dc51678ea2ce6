"""One httpdomain directive with several signatures (Sphinx's ObjectDescription takes one per
line): an operation per signature, each with the path parameters of its own path described by the
one field list, and RST161 only for a ``:param`` no signature has."""

from __future__ import annotations

from pathlib import Path

from rstapi.config import Config
from rstapi.pipeline import build
from tests.rst_style import line_number

PAGE = """\
Users
=====

.. http:get:: /users/(int:user_id)
              /users/by-name/(name)

   One user, by id or by name.

   :param user_id: the user's number
   :param name: the login name
   :param nmae: a typo
   :resjson string login: the login
   :statuscode 200: the user
"""


def test_each_signature_takes_its_own_parameters(tmp_path: Path) -> None:
    source = tmp_path / "api.rst"
    source.write_text(PAGE, encoding="utf-8")
    result = build(Config(sources=(source,), root=tmp_path))
    assert result.spec is not None
    paths = result.spec["paths"]
    assert set(paths) == {"/users/{user_id}", "/users/by-name/{name}"}
    by_id = paths["/users/{user_id}"]["get"]["parameters"]
    by_name = paths["/users/by-name/{name}"]["get"]["parameters"]
    assert [(p["name"], p["description"]) for p in by_id] == [("user_id", "the user's number")]
    assert [(p["name"], p["description"]) for p in by_name] == [("name", "the login name")]
    stray = [d for d in result.diagnostics if d.code == "RST161"]
    assert [(d.location.line if d.location else 0) for d in stray] == [line_number(PAGE, ":param nmae:")]
    assert "/users/(int:user_id) or /users/by-name/(name) (its parameters: user_id, name)" in stray[0].message
    [unshown] = [d.message for d in result.diagnostics if d.code == "DOC211"]  # one field list, one finding
    assert unshown.startswith("GET /users/(int:user_id) or /users/by-name/(name) documents the body")
