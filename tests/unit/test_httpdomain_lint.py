"""The lint on httpdomain references: each finding with the line a user opens."""

from __future__ import annotations

from pathlib import Path

from rstapi.config import Config
from rstapi.pipeline import build
from tests.conftest import build_rst
from tests.rst_style import document, endpoint

HEAD = "Things\n======\n\n"


def _findings(tmp_path: Path, text: str, *codes: str) -> list[tuple[str, int, str]]:
    result = build_rst(tmp_path, HEAD + text)
    return [
        (d.code, d.location.line if d.location else 0, d.message)
        for d in result.diagnostics
        if d.code in codes
    ]


_EXAMPLE_VS_FIELDS = """\
.. http:get:: /things/(int:thing_id)

   One thing.

   .. sourcecode:: http

      HTTP/1.1 200 OK
      Content-Type: application/json

      {
        "id": "seven",
        "colour": "red"
      }

   :>json int id: the id
   :>json string name: the name
   :statuscode 200: the thing
"""


def test_example_json_against_the_response_fields(tmp_path: Path) -> None:
    found = _findings(tmp_path, _EXAMPLE_VS_FIELDS, "DOC201", "DOC202", "DOC203")
    assert [(code, line) for code, line, _ in found] == [("DOC201", 15), ("DOC203", 18), ("DOC202", 19)]
    assert "'colour'" in found[0][2] and "'id' is documented as 'int'" in found[1][2]


def test_path_parameter_without_converter_or_param(tmp_path: Path) -> None:
    text = ".. http:get:: /things/(thing_id)/parts/(int:part)\n\n   A part.\n\n   :statuscode 200: it\n"
    found = _findings(tmp_path, text, "RST163")
    assert [(code, line) for code, line, _ in found] == [("RST163", 4)]
    assert "'thing_id'" in found[0][2]
    described = text.replace(":statuscode 200: it", ":param thing_id: the thing\n   :statuscode 200: it")
    assert _findings(tmp_path, described, "RST163") == []


def test_documented_body_without_example(tmp_path: Path) -> None:
    text = ".. http:get:: /things/\n\n   All.\n\n   :>json int count: how many\n   :statuscode 200: them\n"
    found = _findings(tmp_path, text, "DOC211")
    assert [(code, line) for code, line, _ in found] == [("DOC211", 9)]


def test_example_status_not_documented(tmp_path: Path) -> None:
    text = """\
.. http:post:: /things/

   Makes one.

   .. sourcecode:: http

      HTTP/1.1 201 Created
      Content-Type: application/json

      {"id": 1}

   :>json int id: the id
   :statuscode 200: made
"""
    found = _findings(tmp_path, text, "DOC213")
    assert [(code, line) for code, line, _ in found] == [("DOC213", 13)]
    assert "201 Created" in found[0][2] and "document 200" in found[0][2]


def test_query_int_with_a_non_integer_example(tmp_path: Path) -> None:
    text = """\
.. http:get:: /things/

   All.

   .. sourcecode:: http

      GET /things/?limit=ten HTTP/1.1

   :query int limit: at most this many
   :statuscode 200: them
"""
    found = _findings(tmp_path, text, "RST160")
    assert [(code, line) for code, line, _ in found] == [("RST160", 10)]
    assert "limit='ten'" in found[0][2]


def test_duplicate_directives(tmp_path: Path) -> None:
    one = ".. http:get:: /things/\n\n   All.\n\n   :statuscode 200: them\n\n"
    found = _findings(tmp_path, one + one, "RST116")
    assert [(code, line) for code, line, _ in found] == [("RST116", 10)]
    assert "already documented at ref.rst:4" in found[0][2]


def test_reference_to_an_undocumented_operation(tmp_path: Path) -> None:
    text = (
        ".. http:get:: /things/\n\n   All; see :http:delete:`/things/(int:id)`.\n\n   :statuscode 200: them\n"
    )
    found = _findings(tmp_path, text, "DOC216")
    assert [(code, line) for code, line, _ in found] == [("DOC216", 6)]
    assert "DELETE /things/{id}" in found[0][2]


def test_what_the_reader_does_not_read_is_said(tmp_path: Path) -> None:
    text = """\
.. http:any:: /anything

   Any method.

.. http:get:: /things/(integer32:key)

   One.

   .. sourcecode:: http

      200 fine
      {"a": 1}

   :querry int limit: a typo
   :statuscode ok: fine
"""
    found = _findings(tmp_path, text, "RST164", "RST152")
    assert [(code, line) for code, line, _ in found] == [
        ("RST164", 4),  # http:any
        ("RST164", 8),  # the converter
        ("RST164", 14),  # neither a request nor a status line
        ("RST164", 17),  # :querry
        ("RST164", 18),  # not a status
    ]


def test_a_json_block_whose_side_is_not_said_is_reported(tmp_path: Path) -> None:
    text = '.. http:post:: /things/\n\n   Makes one.\n\n   .. code-block:: json\n\n      {"id": 1}\n\n   :statuscode 201: made\n'
    found = _findings(tmp_path, text, "RST152")
    assert [(code, line) for code, line, _ in found] == [("RST152", 10)]
    assert "Example Request" in found[0][2]


def test_a_field_naming_nothing_is_said(tmp_path: Path) -> None:
    text = ".. http:get:: /things/\n\n   All.\n\n   :query:\n   :statuscode 200: them\n"
    found = _findings(tmp_path, text, "RST164", "RST151")
    assert [(code, line) for code, line, _ in found] == [("RST164", 8)]


def test_a_project_may_mix_dialects(tmp_path: Path) -> None:
    (tmp_path / "house.rst").write_text(document(endpoint()), encoding="utf-8")
    (tmp_path / "things.rst").write_text(
        HEAD + ".. http:get:: /things/\n\n   All.\n\n   :statuscode 200: them\n"
    )
    result = build(Config(sources=(tmp_path / "house.rst", tmp_path / "things.rst"), root=tmp_path))
    assert result.spec is not None
    assert set(result.spec["paths"]) == {"/gizmo/v1/gadgets", "/things/"}


def test_example_request_line_against_the_directive(tmp_path: Path) -> None:
    text = """\
.. http:get:: /books/(isbn)

   One book.

   .. sourcecode:: http

      GET /book/9780 HTTP/1.1

   .. sourcecode:: http

      DELETE /books/9780 HTTP/1.1

   .. sourcecode:: http

      GET https://api.example.net/v2/books/9780 HTTP/1.1

   :statuscode 200: it
"""
    found = _findings(tmp_path, text, "DOC219")
    assert [(code, line) for code, line, _ in found] == [("DOC219", 10), ("DOC219", 14)]
    assert "segment 'book' where the template has 'books'" in found[0][2]
    assert "uses DELETE, the directive documents GET /books/(isbn)" in found[1][2]
