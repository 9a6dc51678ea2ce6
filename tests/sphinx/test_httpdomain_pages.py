"""A Sphinx project that loads sphinxcontrib-httpdomain and rstapi.sphinx: its pages give the same
spec as ``rstapi build`` of the same files, and the findings are Sphinx warnings at their lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rst_helpers import line_of
from tests.sphinx.conftest import cli_build, sphinx_build, write_project

pytestmark = pytest.mark.slow
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "httpdomain" / "project" / "api"
CONF = 'project = "Catalogue"\nextensions = ["sphinxcontrib.httpdomain", "rstapi.sphinx"]\n'
AUTHORS = """\
Authors
=======

.. http:get:: /authors/(int:author_id)

   One author.

   .. sourcecode:: http

      HTTP/1.1 200 OK
      Content-Type: application/json

      {"id": 3, "name": "Ada Smith", "born": 1950}

   :>json int id: the author's id
   :>json string name: the name
   :statuscode 200: the author
"""


def test_httpdomain_pages_under_sphinx_build(tmp_path: Path) -> None:
    pages = {"books": (FIXTURES / "books.rst").read_text(encoding="utf-8"), "authors": AUTHORS}
    docs = write_project(tmp_path, pages, conf=CONF)
    result = sphinx_build(docs, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    cli = cli_build(tmp_path, tmp_path / "cli" / "openapi.yaml")
    written = (tmp_path / "html" / "_static" / "rstapi" / "api" / "openapi.yaml").read_text(encoding="utf-8")
    assert written == (tmp_path / "cli" / "openapi.yaml").read_text(encoding="utf-8"), cli.stdout
    assert "/authors/{author_id}:" in written and "/books/{isbn}:" in written
    line = line_of(AUTHORS, '"born": 1950')
    expected = f"{docs / 'authors.rst'}:{line}: WARNING: DOC201 the example at line {line} has field 'born'"
    assert expected in result.stderr
    # The loaded sphinxcontrib-httpdomain (2.x) renders `:>json` under Request: RST165 says so.
    arrows = (
        f"{docs / 'authors.rst'}:{line_of(AUTHORS, ':>json int id:')}: WARNING: RST165 sphinx-build loads"
    )
    assert arrows in result.stderr
    assert "renders arrow fields the 2.x way" in result.stderr


REPEATED = """\
Items
=====

.. http:get:: /items/(int:item_id)
   :noindex:

   See the full entry below.

.. http:get:: /items/(int:item_id)

   Fetch an item.

   :param item_id: the item's id
   :statuscode 200: the item
"""


def test_a_noindex_repeat_is_left_out_under_sphinx_build_as_the_cli_leaves_it(tmp_path: Path) -> None:
    """httpdomain takes ``:noindex:`` out of the directive's options before Sphinx runs it: the
    repeat is still the one left out (it was read as the operation, and the full entry was RST116)."""
    docs = write_project(tmp_path, {"items": REPEATED}, conf=CONF)
    result = sphinx_build(docs, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    cli_build(tmp_path, tmp_path / "cli" / "openapi.yaml")
    written = (tmp_path / "html" / "_static" / "rstapi" / "api" / "openapi.yaml").read_text(encoding="utf-8")
    assert written == (tmp_path / "cli" / "openapi.yaml").read_text(encoding="utf-8")
    assert "summary: Fetch an item" in written
    assert "RST116" not in result.stderr


ROLES = """\
Files
=====

.. http:delete:: /files/(int:file_id)

   Delete a file; send :http:method:`delete` with the :http:header:`Authorization` header.

   :statuscode 204: deleted
   :statuscode 404: no such file: see :http:statuscode:`404`
"""


def test_httpdomains_status_method_and_header_roles_read_as_the_cli_reads_them(tmp_path: Path) -> None:
    """httpdomain resolves these roles as it reads them, to links (MDN's page of a status); the
    spec showed the links where the CLI shows the roles' text ("404 Not Found")."""
    docs = write_project(tmp_path, {"files": ROLES}, conf=CONF)
    result = sphinx_build(docs, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    cli_build(tmp_path, tmp_path / "cli" / "openapi.yaml")
    written = (tmp_path / "html" / "_static" / "rstapi" / "api" / "openapi.yaml").read_text(encoding="utf-8")
    assert "description: 'no such file: see 404 Not Found'" in written
    assert "send DELETE with the Authorization header" in written
    assert "developer.mozilla.org" not in written
    assert written == (tmp_path / "cli" / "openapi.yaml").read_text(encoding="utf-8")
    page = (tmp_path / "html" / "files.html").read_text(encoding="utf-8")
    assert "developer.mozilla.org" in page  # the built page keeps httpdomain's links


CHAT = """\
Chat
====

.. websocket:connection:: /chat/(int:room_id)

   Join a chat room.

   :param room_id: the room

.. http:get:: /rooms/(int:room_id)

   A room: :websocket:connection:`/chat/(int:room_id)` joins it.

   :statuscode 200: the room
"""


def test_a_websocket_connection_is_reported_under_sphinx_build_as_the_cli_reports_it(tmp_path: Path) -> None:
    """sphinxcontrib-httpdomain 2.x's WebSocket domain: Sphinx rendered the connection and the
    reader never saw it (no finding), and its role showed "WebSocket /chat/..." where the CLI had
    an unknown role."""
    docs = write_project(tmp_path, {"chat": CHAT}, conf=CONF)
    result = sphinx_build(docs, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    cli = cli_build(tmp_path, tmp_path / "cli" / "openapi.yaml")
    written = (tmp_path / "html" / "_static" / "rstapi" / "api" / "openapi.yaml").read_text(encoding="utf-8")
    assert written == (tmp_path / "cli" / "openapi.yaml").read_text(encoding="utf-8"), cli.stdout
    assert "A room: WebSocket /chat/(int:room_id) joins it." in written
    line = line_of(CHAT, ".. websocket:connection::")
    expected = f"{docs / 'chat.rst'}:{line}: WARNING: RST164 websocket:connection /chat/(int:room_id)"
    assert expected in result.stderr


DESK = """\
Desk API
========

The desk keeps tickets.

.. note::

   All times are UTC.

.. http:post:: /v2/desks/(desk_id)/tickets

   Opens a ticket.

   :param desk_id: the desk
   :reqheader Authorization: ``Token <key>``
   :reqheader Accept: application/json
   :formparameter int priority: 1 to 5
   :form string state: The state: ``open`` or ``closed``.
   :resheader X-Request-Id: the request's id
   :statuscode 201: opened

   .. sourcecode:: http

      HTTP/1.1 201 Created
      Content-Type: application/json
      X-Request-Id: 9f1c

      {"id": 7}

Later words.
"""


def test_a_root_httpdomain_page_gives_the_clis_spec_under_sphinx_build(tmp_path: Path) -> None:
    """The introduction (a note), the security requirement, a header's example, a range and a
    list said alone: the same spec from sphinx-build as from rstapi build."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (tmp_path / "pyproject.toml").write_text("[tool.rstapi]\n", encoding="utf-8")
    (docs / "conf.py").write_text(CONF, encoding="utf-8")
    (docs / "index.rst").write_text(DESK, encoding="utf-8")
    result = sphinx_build(docs, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    cli = cli_build(tmp_path, tmp_path / "cli" / "openapi.yaml")
    written = (tmp_path / "html" / "_static" / "rstapi" / "api" / "openapi.yaml").read_text(encoding="utf-8")
    assert written == (tmp_path / "cli" / "openapi.yaml").read_text(encoding="utf-8"), cli.stdout
    for shown in ("Note: All times are UTC.", "- Token: []", "example: 9f1c", "maximum: 5", "- closed"):
        assert shown in written
