"""Findings in a file a page includes (``.. include::``) are Sphinx warnings at that file's line,
in house-style and httpdomain pages alike, the page has a "Try it" link beside each operation the
included file documents, and the spec (with its source map) is the CLI's, which splices the same
includes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.rst_helpers import endpoint, line_of
from tests.sphinx.conftest import GADGET_CURL, GADGET_EXAMPLE, cli_build, sphinx_build, write_project
from tests.sphinx.test_httpdomain_pages import AUTHORS

pytestmark = pytest.mark.slow
CONF = 'project = "Widgets"\nextensions = ["sphinxcontrib.httpdomain", "rstapi.sphinx"]\n'
TITLE = "#######\nGadgets\n#######\n\nThe gadgets, and who wrote them.\n\n"


def test_findings_in_included_files_point_at_the_included_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """sphinx-build is given relative folders, as a user types them (Sphinx then names an included
    file relative to the working folder)."""
    gadgets = endpoint(
        "gadgets", path="/api/v1/gadgets/{gadget_id}", curls=[GADGET_CURL], example=GADGET_EXAMPLE
    )
    pages = {"gadgets": TITLE + ".. include:: gadgets.inc\n", "authors": ".. include:: authors.inc\n"}
    docs = write_project(tmp_path, pages, conf=CONF)
    (docs / "gadgets.inc").write_text(gadgets, encoding="utf-8")
    (docs / "authors.inc").write_text(AUTHORS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = sphinx_build(Path("docs"), Path("html"))
    assert result.returncode == 0, result.stderr
    for file, text, needle, field in (
        ("gadgets.inc", gadgets, '"colour": "red"', "colour"),
        ("authors.inc", AUTHORS, '"born": 1950', "born"),
    ):
        line = line_of(text, needle)
        expected = f"{docs / file}:{line}: WARNING: DOC201 the example at line {line} has field '{field}'"
        assert expected in result.stderr
    for page, operation in (
        ("gadgets", "Try GET /api/v1/gadgets/{gadget_id}"),
        ("authors", "Try GET /authors/"),
    ):
        html = (tmp_path / "html" / f"{page}.html").read_text(encoding="utf-8")
        assert re.search(
            rf'class="rstapi-try-it[^"]*"><a [^>]*href="api-console.html#/[^"]+">{re.escape(operation)}', html
        )
    cli = cli_build(tmp_path, tmp_path / "cli" / "openapi.yaml")
    static = tmp_path / "html" / "_static" / "rstapi" / "api"
    assert (static / "openapi.yaml").read_bytes() == (tmp_path / "cli" / "openapi.yaml").read_bytes(), (
        cli.stdout
    )
    assert (static / "openapi.sourcemap.json").read_bytes() == (
        tmp_path / "cli" / "openapi.sourcemap.json"
    ).read_bytes()
    assert b"docs/gadgets.inc:" in (static / "openapi.sourcemap.json").read_bytes()
