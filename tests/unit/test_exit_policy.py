"""The exit status policy (--fail-on, --strict, fail-on in [tool.rstapi]) and what `build` writes.

A readable document always gives a valid OpenAPI 3.1 spec whose examples conform to their
schemas; findings decide only the exit status.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result
from openapi_spec_validator import validate

from rstapi.cli import main
from rstapi.openapi.validate import example_errors
from tests.rst_helpers import document, endpoint

BAD_EXAMPLE = '{\n    "widget_id": "42",\n    "name": "sprocket",\n    "size": "3"\n}'
GOOD = document(endpoint())
# An unknown data type is a warning (RST112) and nothing worse.
WARNING_ONLY = document(
    endpoint(
        response=(
            ("widget_id", "string", "Id."),
            ("name", "string", "Name."),
            ("size", "quantum float", "S."),
        ),
        example='{\n    "widget_id": "42",\n    "name": "sprocket",\n    "size": 3\n}',
    )
)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def rstapi(*args: str) -> Result:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def build(workdir: Path, text: str, *flags: str) -> tuple[Result, Path]:
    (workdir / "ref.rst").write_text(text, encoding="utf-8")
    out = workdir / "out.yaml"
    return rstapi("build", "--source", "ref.rst", "--out", str(out), *flags), out


def test_a_contradiction_is_reported_and_the_spec_is_still_written(workdir: Path) -> None:
    result, out = build(workdir, document(endpoint(example=BAD_EXAMPLE)))
    assert result.exit_code == 1
    assert "ERROR DOC203 'size' is documented as 'integer'" in result.output
    assert (
        "ERROR SPEC401 example 'example_response'" in result.output
        and "left out of the spec" in result.output
    )
    spec = yaml.safe_load(out.read_text())
    validate(spec)
    operation = spec["paths"]["/api/v1/widgets/{widget_id}"]["get"]
    assert "examples" not in operation["responses"]["200"]["content"]["application/json"]
    assert example_errors(spec) == []


def test_a_conforming_example_stays_in_the_spec(workdir: Path) -> None:
    result, out = build(workdir, GOOD)
    assert result.exit_code == 0, result.output
    media = yaml.safe_load(out.read_text())["paths"]["/api/v1/widgets/{widget_id}"]["get"]["responses"]["200"]
    assert media["content"]["application/json"]["examples"]["example_response"]["value"]["size"] == 3


@pytest.mark.parametrize(
    ("text", "flags", "status"),
    [
        (document(endpoint(example=BAD_EXAMPLE)), (), 1),
        (document(endpoint(example=BAD_EXAMPLE)), ("--fail-on", "error"), 1),
        (document(endpoint(example=BAD_EXAMPLE)), ("--fail-on", "never"), 0),
        (WARNING_ONLY, (), 0),
        (WARNING_ONLY, ("--fail-on", "warning"), 1),
        (WARNING_ONLY, ("--strict",), 1),
        (WARNING_ONLY, ("--strict", "--fail-on", "warning"), 1),
        (GOOD, ("--fail-on", "warning"), 0),
    ],
)
def test_fail_on_picks_the_exit_status_and_the_spec_is_written_either_way(
    workdir: Path, text: str, flags: tuple[str, ...], status: int
) -> None:
    result, out = build(workdir, text, *flags)
    assert result.exit_code == status, result.output
    assert out.is_file()


def test_fail_on_in_pyproject_and_the_flag_overrides_it(workdir: Path) -> None:
    (workdir / "pyproject.toml").write_text('[tool.rstapi]\nfail-on = "warning"\n', encoding="utf-8")
    assert build(workdir, WARNING_ONLY)[0].exit_code == 1
    assert build(workdir, WARNING_ONLY, "--fail-on", "error")[0].exit_code == 0


def test_an_unknown_fail_on_in_pyproject_is_a_usage_error(workdir: Path) -> None:
    (workdir / "pyproject.toml").write_text('[tool.rstapi]\nfail-on = "sometimes"\n', encoding="utf-8")
    result, out = build(workdir, GOOD)
    assert result.exit_code == 2 and "fail-on must be one of error, warning, never" in result.output
    assert not out.exists()


def test_strict_contradicting_fail_on_is_a_usage_error(workdir: Path) -> None:
    result, _ = build(workdir, GOOD, "--strict", "--fail-on", "never")
    assert result.exit_code == 2 and "--strict means --fail-on warning" in result.output


@pytest.mark.parametrize(("flags", "status"), [((), 1), (("--fail-on", "never"), 0), (("--strict",), 1)])
def test_lint_follows_the_same_policy(workdir: Path, flags: tuple[str, ...], status: int) -> None:
    (workdir / "ref.rst").write_text(document(endpoint(example=BAD_EXAMPLE)), encoding="utf-8")
    result = rstapi("lint", "--source", "ref.rst", *flags)
    assert result.exit_code == status and "DOC203" in result.output


def test_unreadable_input_writes_nothing_and_keeps_the_previous_spec(workdir: Path) -> None:
    _, out = build(workdir, GOOD)
    before = out.read_bytes()
    (workdir / "ref.rst").write_bytes(b"Title\n=====\n\ncaf\xe9\n")
    again = rstapi("build", "--source", "ref.rst", "--out", str(out), "--fail-on", "never")
    assert again.exit_code == 2 and "RST100" in again.output and "spec not written" in again.output
    assert out.read_bytes() == before
