"""An os-api-ref project (tests/fixtures/osapiref: rest_method and rest_parameters in .inc files a
page includes, parameters.yaml, samples outside the Sphinx folder) built by sphinx-build with
``os_api_ref`` and ``rstapi.sphinx``: the spec is the CLI's, and a finding is a Sphinx warning."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.rst_helpers import line_of
from tests.sphinx.conftest import cli_build, osapiref_project, sphinx_build, write_project
from tests.unit.test_osapiref_explored import _entry, _items, _operation
from tests.unit.test_osapiref_explored5 import INTRO

pytestmark = pytest.mark.slow


def test_os_api_ref_pages_under_sphinx_build_give_the_clis_spec(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """sphinx-build is given relative folders, as a user types them: Sphinx then names the included
    .inc files relative to the working folder."""
    source = osapiref_project(tmp_path)
    gadgets = source / "gadgets.inc"
    text = gadgets.read_text(encoding="utf-8").replace(
        "   - marker: marker\n", "   - marker: marker\n   - sort: nowhere\n", 1
    )
    gadgets.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = sphinx_build(Path("api-ref/source"), Path("html"))
    assert result.returncode == 0, result.stderr
    cli = cli_build(tmp_path, Path("cli.yaml"), "--no-overlay", source="api-ref/source/index.rst")
    assert cli.returncode == 0, cli.stdout + cli.stderr
    written = (tmp_path / "html" / "_static" / "rstapi" / "api" / "openapi.yaml").read_text(encoding="utf-8")
    assert written == (tmp_path / "cli.yaml").read_text(encoding="utf-8")
    assert "/gadgets:" in written and "operationId: list_gadgets" in written
    line = line_of(text, "- sort: nowhere")
    assert f"{gadgets.resolve()}:{line}: WARNING: RST180 'nowhere' (for 'sort') is not a key" in result.stderr


PARAMETERS = """\
part_id:
  description: |
    The part's id.
  in: path
  required: true
  type: string
fields:
  description: |
    The fields to return.
  in: query
  required: false
  type: string
secret:
  description: |
    Printed manuals only.
  in: query
  required: false
  type: string
name:
  description: |
    The part's name.
  in: body
  required: true
  type: string
"""
PAGE = """\
=======
 Parts
=======

Show Part
=========

.. rest_method:: GET /parts/{part_id}

Shows one part of |product|.

Normal response codes: 200

Request
-------

.. rest_parameters:: parameters.yaml

   - part_id: part_id
   - fields: fields

.. only:: latex

   .. rest_parameters:: parameters.yaml

      - secret: secret

Response
--------

.. rest_parameters:: parameters.yaml

   - name: name
"""


def test_os_api_ref_pages_are_read_as_sphinx_read_them(tmp_path: Path) -> None:
    """rst_epilog's substitution is applied and an ``only`` block for another builder is left out,
    in os-api-ref pages too (the CLI's stand-in keeps both as written); a finding in a page's
    rest_parameters list names the page's line."""
    source = tmp_path / "api-ref"
    source.mkdir()
    (tmp_path / "pyproject.toml").write_text("[tool.rstapi]\n", encoding="utf-8")
    (source / "conf.py").write_text(
        'project = "Parts"\nextensions = ["os_api_ref", "rstapi.sphinx"]\n'
        'rst_epilog = ".. |product| replace:: Gizmo Cloud"\n',
        encoding="utf-8",
    )
    page = PAGE.replace("   - fields: fields\n", "   - fields: fields\n   - sort: nowhere\n")
    (source / "index.rst").write_text(page, encoding="utf-8")
    (source / "parameters.yaml").write_text(PARAMETERS, encoding="utf-8")
    result = sphinx_build(source, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    spec = yaml.safe_load((tmp_path / "html/_static/rstapi/api/openapi.yaml").read_text(encoding="utf-8"))
    operation = spec["paths"]["/parts/{part_id}"]["get"]
    assert "Shows one part of Gizmo Cloud." in operation["description"]
    assert [p["name"] for p in operation["parameters"]] == ["part_id", "fields"]
    line = line_of(page, "- sort: nowhere")
    assert f"index.rst:{line}: WARNING: RST180 'nowhere' (for 'sort') is not a key" in result.stderr


def test_a_substitution_in_a_parameters_description_is_what_the_page_shows(tmp_path: Path) -> None:
    """os-api-ref renders a parameters.yaml description in the page that lists it, with the
    page's substitutions (rst_epilog's, the page's own): the spec says what the table shows."""
    source = tmp_path / "api-ref"
    source.mkdir()
    (tmp_path / "pyproject.toml").write_text("[tool.rstapi]\n", encoding="utf-8")
    (source / "conf.py").write_text(
        'extensions = ["os_api_ref", "rstapi.sphinx"]\nrst_epilog = ".. |product| replace:: Gizmo Cloud"\n',
        encoding="utf-8",
    )
    page = PAGE + "\n.. |unit| replace:: millimetres\n"
    (source / "index.rst").write_text(page, encoding="utf-8")
    parameters = PARAMETERS.replace("The part's id.", "The id in |product|.").replace(
        "The part's name.", "Its name, |unit| | not a substitution |."
    )
    (source / "parameters.yaml").write_text(parameters, encoding="utf-8")
    result = sphinx_build(source, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    assert "The id in Gizmo Cloud." in (tmp_path / "html" / "index.html").read_text(encoding="utf-8")
    spec = yaml.safe_load((tmp_path / "html/_static/rstapi/api/openapi.yaml").read_text(encoding="utf-8"))
    operation = spec["paths"]["/parts/{part_id}"]["get"]
    assert operation["parameters"][0]["description"] == "The id in Gizmo Cloud."
    name = next(iter(spec["components"]["schemas"].values()))["properties"]["name"]
    assert name["description"] == "Its name, millimetres | not a substitution |."
    cli = cli_build(tmp_path, tmp_path / "cli.yaml", source="api-ref/index.rst")  # rst_epilog unknown to it
    read = yaml.safe_load((tmp_path / "cli.yaml").read_text(encoding="utf-8"))
    assert read["paths"]["/parts/{part_id}"]["get"]["parameters"][0]["description"] == "The id in |product|."
    assert next(iter(read["components"]["schemas"].values()))["properties"]["name"] == name, cli.stdout


def test_an_edited_parameters_file_reaches_the_pages_that_list_it(tmp_path: Path) -> None:
    """os-api-ref does not tell Sphinx its pages read parameters.yaml; with rstapi.sphinx loaded an
    incremental build reads them again, so their tables show the file as it is now."""
    source = osapiref_project(tmp_path)
    assert sphinx_build(source, tmp_path / "html").returncode == 0
    parameters = source / "parameters.yaml"
    parameters.write_text(
        parameters.read_text(encoding="utf-8").replace(
            "The UUID of the gadget.", "The gadget's identifier, a UUID."
        ),
        encoding="utf-8",
    )
    again = sphinx_build(source, tmp_path / "html")
    assert again.returncode == 0, again.stderr
    page = (tmp_path / "html" / "index.html").read_text(encoding="utf-8")
    assert "The gadget&#8217;s identifier, a UUID." in page or "The gadget’s identifier, a UUID." in page
    assert "The UUID of the gadget." not in page
    spec = (tmp_path / "html" / "_static" / "rstapi" / "api" / "openapi.yaml").read_text(encoding="utf-8")
    assert "identifier, a UUID." in spec


def test_where_os_api_ref_stops_the_build_the_extension_says_why_and_goes_on(tmp_path: Path) -> None:
    """os-api-ref raises KeyError on a `rest_status_code` item its status file lacks (its
    ``_load_codes``): sphinx-build stops with a traceback. With rstapi.sphinx the build goes on,
    a warning names the directive and the error, the reader's own finding (RST186) says what to
    fix, and the spec is the CLI's."""
    source = osapiref_project(tmp_path)
    (source / "status.yaml").write_text(
        "202:\n  default: Accepted.\n409:\n  default: Conflict.\n", encoding="utf-8"
    )
    gadgets = source / "gadgets.inc"
    codes = ".. rest_status_code:: error status.yaml\n\n   - 409\n   - 418\n"
    text = gadgets.read_text(encoding="utf-8").replace(
        "Error response codes: badRequest(400), unauthorized(401), conflictingRequest(409)\n", codes, 1
    )
    gadgets.write_text(text, encoding="utf-8")
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "conf.py").write_text(
        (source / "conf.py").read_text(encoding="utf-8").replace('extensions.append("rstapi.sphinx")\n', ""),
        encoding="utf-8",
    )
    stopped = sphinx_build(source, tmp_path / "plain", "-c", str(alone))
    assert stopped.returncode != 0 and "KeyError: 418" in stopped.stderr + stopped.stdout
    result = sphinx_build(source, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    directive = line_of(text, ".. rest_status_code:: error")
    assert (
        f"{gadgets}:{directive}: WARNING: rstapi: os-api-ref's rest_status_code stopped on this directive "
        "(KeyError: 418); the page leaves it out" in result.stderr
    )
    assert (
        f"{gadgets}:{line_of(text, '   - 418')}: WARNING: RST186 status 418 is not in status.yaml"
        in result.stderr
    )
    cli = subprocess.run(
        [
            sys.executable,
            "-m",
            "rstapi.cli",
            "build",
            "--source",
            str(source / "index.rst"),
            "--no-overlay",
            "--out",
            "cli.yaml",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    written = (tmp_path / "html" / "_static" / "rstapi" / "api" / "openapi.yaml").read_text(encoding="utf-8")
    assert written == (tmp_path / "cli.yaml").read_text(encoding="utf-8"), cli.stdout + cli.stderr


_ONLY = ".. only:: latex\n\n   .. rest_parameters:: parameters.yaml\n\n      - secret: secret\n"


def _built_both_ways(
    tmp_path: Path, page: str, files: dict[str, str] | None = None
) -> tuple[subprocess.CompletedProcess[str], str]:
    """``page`` (with PARAMETERS and ``files``) built by sphinx-build with the extension, whose spec
    must be the CLI's: the build and that spec."""
    assert _ONLY not in page  # Sphinx leaves it out, the CLI does not: not these tests' case
    source = tmp_path / "api-ref"
    for name, text in {"index.rst": page, "parameters.yaml": PARAMETERS, **(files or {})}.items():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(text, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[tool.rstapi]\n", encoding="utf-8")
    (source / "conf.py").write_text(
        'project = "Parts"\nextensions = ["os_api_ref", "rstapi.sphinx"]\n', encoding="utf-8"
    )
    result = sphinx_build(source, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    command = [
        sys.executable,
        "-m",
        "rstapi.cli",
        "build",
        "--source",
        str(source / "index.rst"),
        "--out",
        "cli.yaml",
    ]
    cli = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    written = (tmp_path / "html" / "_static" / "rstapi" / "api" / "openapi.yaml").read_text(encoding="utf-8")
    assert written == (tmp_path / "cli.yaml").read_text(encoding="utf-8"), cli.stdout + cli.stderr
    return result, written


def test_a_rest_parameters_without_a_file_is_a_warning_under_sphinx_build_not_a_crash(tmp_path: Path) -> None:
    """os-api-ref's rest_parameters takes its file as an optional argument; without one the
    stand-in ran beside it raised IndexError and sphinx-build stopped. Now it is RST186 at the
    directive's line, and the spec is the CLI's."""
    page = PAGE.replace(_ONLY, ".. rest_parameters::\n\n   - fields: fields\n")
    result, _ = _built_both_ways(tmp_path, page)
    line = next(n for n, text in enumerate(page.splitlines(), 1) if text == ".. rest_parameters::")
    assert f"index.rst:{line}: WARNING: RST186 rest_parameters names no parameters file" in result.stderr


def test_an_included_code_sample_in_the_prose_reads_as_the_cli_reads_it(tmp_path: Path) -> None:
    """A literalinclude of a file that is no JSON sample (a curl command) is a fenced block of the
    description; Sphinx keeps the file's last line end in the literal, which made the fence end
    one blank line lower than the CLI's."""
    sample = "curl -s https://parts.example.test/parts/7 \\\n  -H 'Accept: application/json'\n"
    include = ".. literalinclude:: samples/show-part.sh\n   :language: console\n\n"
    page = PAGE.replace("Shows one part of |product|.\n", f"Shows one part.\n\n{include}").replace(_ONLY, "")
    _, written = _built_both_ways(tmp_path, page, {"samples/show-part.sh": sample})
    description = yaml.safe_load(written)["paths"]["/parts/{part_id}"]["get"]["description"]
    assert description.endswith("  -H 'Accept: application/json'\n~~~"), description


def test_a_pages_introduction_is_the_same_description_under_sphinx_build(tmp_path: Path) -> None:
    """Sphinx's code blocks and notes are the CLI's stand-in's: the introduction (now the API's
    description, code and notes included) is byte for byte the CLI's."""
    page = INTRO + _operation("Show Kettle", "GET /v1/kettles/{kettle_id}", _items("kettle_id: kettle_id"))
    conf = 'project = "Kettle"\nextensions = ["os_api_ref", "rstapi.sphinx"]\n'
    docs = write_project(tmp_path, {"kettles": page}, conf=conf)
    (docs / "parameters.yaml").write_text(_entry("kettle_id", "path", "string"), encoding="utf-8")
    result = sphinx_build(docs, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    cli = cli_build(tmp_path, tmp_path / "cli" / "openapi.yaml")
    written = (tmp_path / "html" / "_static" / "rstapi" / "api" / "openapi.yaml").read_text(encoding="utf-8")
    assert written == (tmp_path / "cli" / "openapi.yaml").read_text(encoding="utf-8"), cli.stdout
    description = yaml.safe_load(written)["info"]["description"]
    assert "~~~console\n$ curl" in description and "Note: Temperatures are in degrees Celsius." in description


def test_headers_openapi_ignores_are_said_alike_under_sphinx_build(tmp_path: Path) -> None:
    """An Authorization entry is the operation's security requirement, Accept and Content-Type
    entries the bodies' media types, in the extension's spec as in the CLI's."""
    from tests.unit.test_osapiref_headers import PAGE as HEADERS_PAGE
    from tests.unit.test_osapiref_headers import PARAMETERS as HEADERS

    source = tmp_path / "api-ref"
    source.mkdir()
    (tmp_path / "pyproject.toml").write_text("[tool.rstapi]\n", encoding="utf-8")
    (source / "conf.py").write_text(
        'project = "Kettle"\nextensions = ["os_api_ref", "rstapi.sphinx"]\n', encoding="utf-8"
    )
    (source / "index.rst").write_text(HEADERS_PAGE, encoding="utf-8")
    (source / "parameters.yaml").write_text(HEADERS, encoding="utf-8")
    result = sphinx_build(source, tmp_path / "html")
    assert result.returncode == 0, result.stderr
    cli = cli_build(tmp_path, Path("cli.yaml"), "--no-overlay", source="api-ref/index.rst")
    assert cli.returncode == 0, cli.stdout + cli.stderr
    written = (tmp_path / "html/_static/rstapi/api/openapi.yaml").read_text(encoding="utf-8")
    assert written == (tmp_path / "cli.yaml").read_text(encoding="utf-8")
    spec = yaml.safe_load(written)
    assert spec["paths"]["/v1/kettles"]["post"]["security"] == [{"Token": []}]
    assert list(spec["paths"]["/v1/kettles"]["post"]["requestBody"]["content"]) == [
        "application/vnd.kettle+json"
    ]
    assert "RST186 'Accept' (in: header, " in result.stderr
