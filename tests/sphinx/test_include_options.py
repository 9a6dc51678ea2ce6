"""Under a real sphinx-build, includes and literalincludes with options (docutils' and Sphinx's own
directives do the cutting) give the spec and source map ``rstapi build`` gives, and a finding in
what they cut out is a warning at its real line in the included file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.rst_style import document, endpoint, field_table, line_number, subsection
from tests.sphinx.conftest import cli_build, osapiref_project, sphinx_build, write_project
from tests.unit.test_include_options import HTTP_SAMPLES, HTTPDOMAIN

pytestmark = pytest.mark.slow

PARTS = (
    "Notes for the writers, not part of the page.\n\n.. begin-fields\n\n"
    + field_table(("name", "interger", "The gadget's name."), ("size", "integer", "Its size."))
    + "\n.. end-fields\n\nMore notes.\n"
)
SAMPLES = """\
Samples of the gadgets API.

// BEGIN list
{
  "gadgets": {
    "name": "cog",
    // a comment the :lines: option skips
    "size": 3,
  }
}
// END list
"""
PAGE = document(
    endpoint(
        rest=subsection(
            "Response Values",
            ".. include:: parts.txt\n   :start-after: .. begin-fields\n   :end-before: .. end-fields\n",
        )
        + subsection(
            "Example Response",
            ".. literalinclude:: samples.txt\n   :language: json\n   :start-after: // BEGIN list\n"
            "   :end-before: // END list\n   :lines: 3,5\n   :dedent: 4\n   :prepend: {\n   :append: }\n"
            "   :caption: A gadget\n   :emphasize-lines: 2\n",
        )
    )
)


def _included_block(name: str, option: str) -> str:
    """An endpoint whose example is an include's :literal: or :code: block of a cut of samples.txt."""
    fields = field_table(("gadgets.name", "string", "A name."), ("gadgets.size", "integer", "A size."))
    directive = f".. include:: samples.txt\n   {option}\n   :start-after: // BEGIN list\n   :end-before: // END list\n"
    rest = subsection("Response Values", fields) + subsection("Example Response", directive)
    return document(endpoint(f"{name} Endpoint", path=f"/gizmo/v1/{name}", rest=rest))


def test_cut_includes_read_under_sphinx_as_the_cli_reads_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conf = 'project = "Gadgets"\nextensions = ["sphinxcontrib.httpdomain", "rstapi.sphinx"]\n'
    pages = {
        "gadgets": PAGE,
        "exchange": HTTPDOMAIN,
        "literal": _included_block("literal", ":literal:\n   :number-lines:"),
        "code": _included_block("code", ":code: json"),
    }
    docs = write_project(tmp_path, pages, conf=conf)
    (docs / "exchange.http").write_text(HTTP_SAMPLES, encoding="utf-8")
    (docs / "parts.txt").write_text(PARTS, encoding="utf-8")
    (docs / "samples.txt").write_text(SAMPLES, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = sphinx_build(Path("docs"), Path("html"))
    assert result.returncode == 0, result.stderr
    size = line_number(SAMPLES, '"size": 3,')
    for place, code in (
        (f"{docs / 'parts.txt'}:{line_number(PARTS, 'interger')}", "RST130"),
        (f"{docs / 'samples.txt'}:{size}", "RST133"),
        (f"{docs / 'exchange.http'}:{line_number(HTTP_SAMPLES, '{')}", "DOC201"),  # the body's line
    ):
        assert f"{place}: WARNING: {code} " in result.stderr, result.stderr
    cli = cli_build(tmp_path, tmp_path / "cli" / "openapi.yaml")
    assert f"docs/samples.txt:{size}:" in cli.stdout + cli.stderr
    static = tmp_path / "html" / "_static" / "rstapi" / "api"
    for name in ("openapi.yaml", "openapi.sourcemap.json"):
        assert (static / name).read_text(encoding="utf-8") == (tmp_path / "cli" / name).read_text(
            encoding="utf-8"
        ), name
    sourcemap = json.loads((static / "openapi.sourcemap.json").read_text(encoding="utf-8"))
    begins = f"docs/samples.txt:{line_number(SAMPLES, '// BEGIN list') + 1}"  # the block's first line
    for name in ("literal", "code"):
        assert sourcemap[f"/paths/~1gizmo~1v1~1{name}/get/responses/200"] == begins, name
    spec = (static / "openapi.yaml").read_text(encoding="utf-8")
    assert "interger" not in spec and "name: cog" in spec and "colour: red" in spec


def test_an_os_api_ref_sample_cut_out_of_a_file_reads_under_sphinx_as_in_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = osapiref_project(tmp_path)
    folder = tmp_path / "doc" / "api_samples" / "gadgets"
    sample = (folder / "gadgets-list-resp.json").read_text(encoding="utf-8")
    combined = (
        "Every gadgets sample.\n\n// list\n"
        + sample.replace('"name": "kettle"', '"name": "kettle",')
        + "// end\n"
    )
    (folder / "gadgets-list-resp.txt").write_text(combined, encoding="utf-8")
    gadgets = source / "gadgets.inc"
    text = gadgets.read_text(encoding="utf-8").replace(
        "gadgets/gadgets-list-resp.json\n   :language: javascript\n",
        "gadgets/gadgets-list-resp.txt\n   :language: javascript\n   :start-after: // list\n   :end-before: // end\n",
    )
    gadgets.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = sphinx_build(Path("api-ref/source"), Path("html"))
    assert result.returncode == 0, result.stderr
    cli = cli_build(tmp_path, Path("cli/openapi.yaml"), "--no-overlay", source="api-ref/source/index.rst")
    static = tmp_path / "html" / "_static" / "rstapi" / "api"
    for name in ("openapi.yaml", "openapi.sourcemap.json"):
        assert (static / name).read_text(encoding="utf-8") == (tmp_path / "cli" / name).read_text(
            encoding="utf-8"
        ), name
    line = line_number(combined, '"name": "kettle",,')  # the doubled comma (RST133)
    assert f"{(folder / 'gadgets-list-resp.txt').resolve()}:{line}: WARNING: RST133" in result.stderr
    assert f"doc/api_samples/gadgets/gadgets-list-resp.txt:{line}:" in cli.stdout + cli.stderr
