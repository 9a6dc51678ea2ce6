"""Where Sphinx's reading and the CLI's stand-in differ, the docs build follows Sphinx: rst_epilog
substitutions are applied and ``only`` blocks for another builder are left out, in house-style
pages and in httpdomain resources alike (read from Sphinx's own parse, before httpdomain renders
them)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.rst_helpers import document, endpoint
from tests.sphinx.conftest import cli_build, sphinx_build, write_project

pytestmark = pytest.mark.slow
CONF = (
    'project = "Gizmo"\nextensions = ["sphinxcontrib.httpdomain", "rstapi.sphinx"]\n'
    'rst_epilog = ".. |product| replace:: Gizmo Cloud"\n'
)
RESOURCE = """\
Parts
=====

.. http:get:: /parts/(int:part_id)

   One part of |product|.

   :query string fields: the fields to return
   :statuscode 200: the part

   .. only:: latex

      :query string secret: printed manuals only
"""


def test_substitutions_and_only_follow_sphinx(tmp_path: Path) -> None:
    house = document(endpoint(prose="GET calls list the widgets of |product|."))
    docs = write_project(tmp_path, {"widgets": house, "parts": RESOURCE}, conf=CONF)
    result = sphinx_build(docs, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    spec = yaml.safe_load((tmp_path / "html" / "_static/rstapi/api/openapi.yaml").read_text(encoding="utf-8"))
    widgets = spec["paths"]["/api/v1/widgets/{widget_id}"]["get"]
    assert "the widgets of Gizmo Cloud" in widgets["description"]
    part = spec["paths"]["/parts/{part_id}"]["get"]
    assert "Gizmo Cloud" in part["description"]
    assert [p["name"] for p in part["parameters"] if p["in"] == "query"] == ["fields"]


VERSIONED = """GET calls list the widgets.

.. deprecated:: 2.0 Use the ``gadgets`` endpoint.

.. versionchanged:: 1.5

   The ``size`` field is in inches.

.. versionadded:: 1.4
"""


def test_version_directives_give_the_clis_spec(tmp_path: Path) -> None:
    """Sphinx's ``deprecated``, ``versionchanged`` and ``versionadded`` (its ``versionmodified``
    nodes) read as the stand-in reads them: the operation deprecated, their text as Sphinx writes
    it, byte for byte the CLI's spec."""
    docs = write_project(tmp_path, {"widgets": document(endpoint(prose=VERSIONED))})
    result = sphinx_build(docs, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    cli = cli_build(tmp_path, tmp_path / "cli.yaml")
    assert cli.returncode == 0, cli.stdout + cli.stderr
    written = (tmp_path / "html" / "_static/rstapi/api/openapi.yaml").read_bytes()
    assert written == (tmp_path / "cli.yaml").read_bytes()
    widgets = yaml.safe_load(written)["paths"]["/api/v1/widgets/{widget_id}"]["get"]
    assert widgets["deprecated"] is True
    assert widgets["description"] == (
        "GET calls list the widgets.\n\nDeprecated since version 2.0: Use the `gadgets` endpoint.\n\n"
        "Changed in version 1.5: The `size` field is in inches.\n\nAdded in version 1.4."
    )
