"""`rstapi postman`, `site`, `client` and `mock` refuse a spec they cannot use: exit 2, a clear message,
nothing written, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from rstapi.cli import main

VALID_NO_OPERATIONS = "openapi: 3.1.0\ninfo: {title: Empty, version: '1'}\npaths: {}\n"
NOT_OPENAPI = "openapi: 3.1.0\ninfo: {title: No version}\npaths: {}\n"
BAD_CASES = {
    "missing": (None, "no such file"),
    "not yaml": ("openapi: [3.1.0\n", "not YAML or JSON"),
    "not a document": ("- a list\n", "not an OpenAPI document"),
    "invalid openapi": (NOT_OPENAPI, "not valid OpenAPI at /info"),
    "no operations": (VALID_NO_OPERATIONS, "documents no operations"),
    "paths not a map": (
        "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: 5\n",
        "not valid OpenAPI at /paths",
    ),
    "a duplicate operationId (no place given)": (
        "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n"
        "  /a: {get: {operationId: same, responses: {'200': {description: ok}}}}\n"
        "  /b: {get: {operationId: same, responses: {'200': {description: ok}}}}\n",
        "not valid OpenAPI: Operation ID 'same' for 'get' in '/b' is not unique",
    ),
    "a $ref leading nowhere": (
        "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n"
        "        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Nope'}}}}\n",
        "the $ref '#/components/schemas/Nope' leads nowhere",
    ),
}
COMMANDS = {
    "postman": ["--out", "{out}"],
    "site": ["--out", "{out}"],
    "client": ["--out", "{out}"],
    "mock": ["--port", "0"],  # refused before it serves
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", BAD_CASES)
def test_bad_spec_exits_2_and_writes_nothing(tmp_path: Path, command: str, case: str) -> None:
    text, message = BAD_CASES[case]
    spec = tmp_path / "openapi.yaml"
    if text is not None:
        spec.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    options = [option.format(out=out) for option in COMMANDS[command]]
    result = CliRunner().invoke(main, [command, "--spec", str(spec), *options])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"error: {spec}: ")
    assert message in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ([] if text is None else ["openapi.yaml"])


def test_site_without_assets_says_how_to_install_them_and_keeps_the_old_site(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("old", encoding="utf-8")
    result = CliRunner().invoke(main, ["site", "--out", str(out), "--assets", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert (
        "Swagger UI assets missing" in result.stderr
        and "pip install drf-spectacular-sidecar" in result.stderr
    )
    assert [p.name for p in tmp_path.iterdir()] == ["site"]
    assert (out / "index.html").read_text(encoding="utf-8") == "old"
