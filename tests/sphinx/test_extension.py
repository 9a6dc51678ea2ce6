"""``extensions = ["rstapi.sphinx"]`` under a real sphinx-build: the spec, the findings, the console.

The house-style projects are written by tests.sphinx.conftest; each test asserts what a docs
writer sees: the files in the build output, the warnings on stderr, the exit status.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate

from tests.rst_helpers import document, endpoint, line_of
from tests.sphinx.conftest import CONF, cli_build, house_pages, sphinx_build, write_project

pytestmark = pytest.mark.slow
STATIC = Path("_static/rstapi/api")
ASSETS = Path("_static/rstapi/swagger-ui")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The house-style project (root, html output), built once for the module."""
    root = tmp_path_factory.mktemp("house")
    docs = write_project(root, house_pages())
    result = sphinx_build(docs, root / "html")
    assert result.returncode == 0, result.stderr
    (root / "stderr.txt").write_text(result.stderr, encoding="utf-8")
    return root, root / "html"


def test_the_spec_in_the_build_output_is_the_clis_and_valid(built: tuple[Path, Path]) -> None:
    root, html = built
    cli = cli_build(root, root / "cli" / "openapi.yaml")
    assert cli.returncode == 0, cli.stdout + cli.stderr
    written = (html / STATIC / "openapi.yaml").read_bytes()
    assert written == (root / "cli" / "openapi.yaml").read_bytes()
    assert (html / STATIC / "openapi.sourcemap.json").read_bytes() == (
        root / "cli" / "openapi.sourcemap.json"
    ).read_bytes()
    spec = yaml.safe_load(written)
    assert json.loads((html / STATIC / "openapi.json").read_text(encoding="utf-8")) == spec
    validate(spec)
    assert sorted(spec["paths"]) == ["/api/v1/gadgets/{gadget_id}", "/api/v1/widgets/{widget_id}"]


def test_findings_are_sphinx_warnings_at_the_document_line(built: tuple[Path, Path]) -> None:
    root, _ = built
    stderr = (root / "stderr.txt").read_text(encoding="utf-8")
    line = line_of(house_pages()["gadgets"], '"colour": "red"')
    expected = f"{root / 'docs' / 'gadgets.rst'}:{line}: WARNING: DOC201 the example at line {line} has field 'colour'"
    assert expected in stderr
    assert stderr.rstrip().endswith("[rstapi.DOC201]")
    assert "RST115" not in stderr  # an info finding is shown with -v only


def test_console_page_and_try_it_links(built: tuple[Path, Path]) -> None:
    _, html = built
    page = (html / "gadgets.html").read_text(encoding="utf-8")
    assert re.search(r'class="rstapi-try-it[^"]*"><a [^>]*href="api-console.html#/gadgets/get_gadgets"', page)
    console = (html / "api-console.html").read_text(encoding="utf-8")
    for needed in ("swagger-ui-bundle.js", "rstapi-console.js", "api/spec.js", "api/openapi.yaml"):
        assert needed in console
    assert (html / "_static/rstapi/swagger-ui/swagger-ui-bundle.js").is_file()
    assert 'class="sphinxsidebar"' in console or "sidebar" in console  # the docs' own layout around it


def test_the_search_finds_the_operations_not_their_try_it_links(built: tuple[Path, Path]) -> None:
    """A "Try GET /path" link repeats its section's operation: searching "try" finds no page."""
    _, html = built
    script = (html / "searchindex.js").read_text(encoding="utf-8")
    terms = json.loads(script[script.index("(") + 1 : script.rindex(")")])["terms"]
    assert "gadget" in terms  # the pages are indexed
    assert "tri" not in terms  # "try", stemmed as the search stems what is typed


def test_a_parallel_build_gives_the_same_spec(built: tuple[Path, Path]) -> None:
    root, html = built
    result = sphinx_build(root / "docs", root / "parallel", "-j", "2")
    assert result.returncode == 0, result.stderr
    assert (root / "parallel" / STATIC / "openapi.yaml").read_bytes() == (
        html / STATIC / "openapi.yaml"
    ).read_bytes()
    assert "DOC201" in result.stderr


def test_an_incremental_rebuild_reads_only_the_edited_document(tmp_path: Path) -> None:
    docs = write_project(tmp_path, house_pages())
    first = sphinx_build(docs, tmp_path / "html")
    assert "rstapi: 3 document(s) read, 0 kept" in first.stdout
    widgets = docs / "widgets.rst"
    widgets.write_text(
        widgets.read_text(encoding="utf-8").replace("The widget's name.", "What it is called.")
    )
    kept, gone = _console_asset_marked(tmp_path / "html"), tmp_path / "html" / ASSETS / "favicon-32x32.png"
    gone.unlink()
    again = sphinx_build(docs, tmp_path / "html")
    assert again.returncode == 0, again.stderr
    assert "rstapi: 1 document(s) read, 2 kept from the last build" in again.stdout
    assert kept.read_bytes().startswith(b"/* not copied again */"), "an unchanged asset is copied once"
    assert gone.is_file(), "a missing asset is copied again"
    spec = yaml.safe_load((tmp_path / "html" / STATIC / "openapi.yaml").read_text(encoding="utf-8"))
    assert "What it is called." in json.dumps(spec)
    cli_build(tmp_path, tmp_path / "cli.yaml")
    assert (tmp_path / "html" / STATIC / "openapi.yaml").read_bytes() == (tmp_path / "cli.yaml").read_bytes()


def _console_asset_marked(html: Path) -> Path:
    """Swagger UI's stylesheet in the output, its bytes changed (size and time kept as copied)."""
    css = html / ASSETS / "swagger-ui.css"
    status, size = css.stat(), css.stat().st_size
    marker = b"/* not copied again */"
    css.write_bytes(marker + b" " * (size - len(marker)))
    os.utime(css, ns=(status.st_atime_ns, status.st_mtime_ns))
    return css


def test_W_fails_on_an_error_finding_and_passes_once_it_is_suppressed(tmp_path: Path) -> None:
    curl = 'curl -X DELETE \\\n  https://api.example.com/api/v1/widgets/42 \\\n  -H "Authorization: JWT {access token}"'
    docs = write_project(tmp_path, {"widgets": document(endpoint(curls=[curl]))})
    failed = sphinx_build(docs, tmp_path / "html", "-W")
    assert failed.returncode != 0
    assert "widgets.rst:" in failed.stderr and "DOC205 (error) curl example sends DELETE" in failed.stderr
    suppression = (
        '\n[[tool.rstapi.suppress]]\ncode = "DOC205"\nlocation = "docs/widgets.rst"\nreason = "a test"\n'
    )
    (tmp_path / "pyproject.toml").write_text("[tool.rstapi]\n" + suppression, encoding="utf-8")
    passed = sphinx_build(docs, tmp_path / "html", "-W")
    assert passed.returncode == 0, passed.stderr
    assert "DOC205" not in passed.stderr


def test_several_apis_each_get_a_spec_a_console_and_a_repository_copy(tmp_path: Path) -> None:
    pages = house_pages()
    apis = (
        'rstapi_apis = {"widgets": {"sources": ["widgets.rst"]},'
        ' "gadgets": {"sources": ["gadgets.rst"], "out": "../spec/gadgets.yaml"}}\n'
    )
    docs = write_project(tmp_path, pages, conf=CONF + apis)
    result = sphinx_build(docs, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    static = tmp_path / "html" / "_static" / "rstapi"
    widgets = yaml.safe_load((static / "widgets" / "openapi.yaml").read_text(encoding="utf-8"))
    assert list(widgets["paths"]) == ["/api/v1/widgets/{widget_id}"]
    assert (static / "gadgets" / "openapi.yaml").read_bytes() == (
        tmp_path / "spec" / "gadgets.yaml"
    ).read_bytes()
    assert (tmp_path / "spec" / "gadgets.sourcemap.json").is_file()
    assert {p.name for p in (tmp_path / "html").glob("api-console-*.html")} == {
        "api-console-widgets.html",
        "api-console-gadgets.html",
    }
    assert "DOC201 [gadgets] the example" in result.stderr
    shutil.rmtree(tmp_path / "html")
