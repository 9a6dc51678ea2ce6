"""A YAML spec or overlay holds JSON's values: a bare date (``version: 2024-01-01``) is its string
and a status key written bare (``200:``) is the string "200", as every OpenAPI tool reads them
(each stopped the publishing commands with an internal error); a YAML type JSON lacks is refused
at its line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from rstapi.cli import main
from rstapi.config import Config
from rstapi.pipeline import build
from tests.rst_style import document, endpoint

SPEC = """\
openapi: 3.1.0
info:
  title: Dated
  version: 2024-01-01
paths:
  /things:
    get:
      operationId: list_things
      parameters:
        - name: since
          in: query
          schema: {type: string, format: date, default: 2023-12-31}
      responses:
        200:
          description: the things
        404:
          description: none
"""


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output and "internal error" not in result.output, result.output
    return result.exit_code, result.output


def test_dates_and_bare_status_keys_publish(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    code, output = _run("postman", "--spec", str(spec), "--out", str(tmp_path / "postman.json"))
    assert code == 0, output
    collection = json.loads((tmp_path / "postman.json").read_text(encoding="utf-8"))
    assert "2024-01-01" in json.dumps(collection["info"])
    [item] = collection["item"]
    assert "  pm.response.to.have.status(200);" in item["event"][0]["script"]["exec"]  # the "200" key
    assert item["request"]["url"]["query"][0]["value"] == "2023-12-31"  # the dated default
    code, output = _run("site", "--spec", str(spec), "--out", str(tmp_path / "site"))
    assert code == 0, output
    code, output = _run("diff", str(spec), str(spec))
    assert code == 0, output


def test_a_yaml_type_json_lacks_is_refused_at_its_line(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(
        SPEC.replace("  title: Dated\n", "  title: Dated\n  x-logo: !!binary aGVsbG8=\n"), encoding="utf-8"
    )
    code, output = _run("postman", "--spec", str(spec), "--out", str(tmp_path / "postman.json"))
    assert code == 2
    assert "a value of YAML type !!binary, which JSON and OpenAPI do not have (line 4)" in output
    assert not (tmp_path / "postman.json").exists()


@pytest.mark.parametrize("value", ["2025-06-30", "2025-06-30T12:00:00Z"])
def test_an_overlay_date_is_written_as_the_string_it_is(tmp_path: Path, value: str) -> None:
    source = tmp_path / "ref.rst"
    source.write_text(document(endpoint()), encoding="utf-8")
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        f"overlay: 1.0.0\ninfo: {{title: o, version: '1'}}\nactions:\n"
        f"  - target: $.info\n    update: {{version: {value}, x-released: {value}}}\n",
        encoding="utf-8",
    )
    result = build(Config(sources=(source,), overlay=overlay, root=tmp_path))
    assert result.spec is not None
    assert result.spec["info"]["version"] == value and result.spec["info"]["x-released"] == value
    out = tmp_path / "openapi.yaml"
    code, output = _run("build", "--source", str(source), "--overlay", str(overlay), "--out", str(out))
    assert code == 0, output
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["info"]["version"] == value  # quoted as a string


def test_an_overlays_bare_status_keys_update_the_documented_statuses(tmp_path: Path) -> None:
    source = tmp_path / "ref.rst"
    source.write_text(document(endpoint()), encoding="utf-8")
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: o, version: '1'}\nactions:\n"
        "  - target: $.paths['/gizmo/v1/gadgets'].get.responses\n"
        "    update:\n      200: {description: All of them}\n      409: {description: Conflict}\n",
        encoding="utf-8",
    )
    result = build(Config(sources=(source,), overlay=overlay, root=tmp_path))
    assert result.spec is not None
    responses = result.spec["paths"]["/gizmo/v1/gadgets"]["get"]["responses"]
    assert list(responses) == ["200", "409"]  # one "200", updated; no integer key beside it
    assert responses["200"]["description"] == "All of them"
