"""generate_client on a tiny inline spec: fast path, warnings that fail, the allowlist, skipped operations."""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

from click.testing import CliRunner

from rstapi.cli import main
from rstapi.client import generate_client

SPEC = """\
openapi: 3.1.0
info: {title: Tiny, version: "1"}
paths:
  /things:
    get:
      operationId: list_things
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {name: {type: string}}}
"""
# Valid OpenAPI the generator cannot use: a header parameter that is an object, so it skips the operation.
SKIPPED = """\
  /other:
    get:
      operationId: get_other
      parameters: [{name: x-filter, in: header, required: true, schema: {type: object, properties: {a: {type: string}}}}]
      responses: {"204": {description: done}}
"""
# Valid OpenAPI the generator only warns about: a response whose enum mixes types, left out.
UNREADABLE_RESPONSE = SPEC.replace("{name: {type: string}}", "{name: {enum: [1, a]}}")
CONFIG = "project_name_override: tiny-client\npackage_name_override: tiny_client\npost_hooks: []\n"


def _inputs(tmp_path: Path, spec: str = SPEC, allowlist: str | None = None) -> tuple[Path, Path, Path]:
    (tmp_path / "spec.yaml").write_text(spec, encoding="utf-8")
    (tmp_path / "client").mkdir(exist_ok=True)
    (tmp_path / "client" / "config.yaml").write_text(CONFIG, encoding="utf-8")
    if allowlist is not None:
        (tmp_path / "client" / "generator-warnings.yaml").write_text(
            textwrap.dedent(allowlist), encoding="utf-8"
        )
    return tmp_path / "spec.yaml", tmp_path / "out", tmp_path / "client" / "config.yaml"


def test_generates_then_takes_the_fast_path(tmp_path: Path) -> None:
    spec, out, config = _inputs(tmp_path)
    first = generate_client(spec, out, config)
    assert first.written and not first.fast_path
    assert (out / "tiny_client" / "api" / "default" / "list_things.py").is_file()
    before = {path: path.stat().st_mtime_ns for path in out.rglob("*")}
    started = time.perf_counter()
    second = generate_client(spec, out, config)
    assert second.fast_path and not second.written
    assert time.perf_counter() - started < 1.0
    assert {path: path.stat().st_mtime_ns for path in out.rglob("*")} == before


def test_a_changed_spec_or_force_regenerates(tmp_path: Path) -> None:
    spec, out, config = _inputs(tmp_path)
    generate_client(spec, out, config)
    assert generate_client(spec, out, config, force=True).written
    spec.write_text(SPEC.replace("name:", "label:"), encoding="utf-8")
    assert generate_client(spec, out, config).written
    assert "label" in (out / "tiny_client" / "models" / "list_things_response_200.py").read_text()


def test_a_warning_fails_and_leaves_the_client_untouched(tmp_path: Path) -> None:
    spec, out, config = _inputs(tmp_path)
    generate_client(spec, out, config)
    committed = (out / ".spec-hash").read_text()
    spec.write_text(SPEC + SKIPPED, encoding="utf-8")
    result = generate_client(spec, out, config)
    assert result.failed and not result.written
    assert result.missing_operations == ("get_other",)
    assert any("get_other" in str(warning) or "/other" in str(warning) for warning in result.warnings)
    assert (out / ".spec-hash").read_text() == committed
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "client",
        "out",
        "spec.yaml",
    ]  # no staging left


def test_an_allowlisted_warning_is_accepted_with_its_reason(tmp_path: Path) -> None:
    allowlist = """\
        accepted:
          - match: Cannot parse response
            reason: the response is read from the raw Response
    """
    spec, out, config = _inputs(tmp_path, UNREADABLE_RESPONSE, allowlist)
    result = generate_client(spec, out, config)
    assert result.written
    assert [warning.accepted_because for warning in result.warnings] == [
        "the response is read from the raw Response"
    ]


def test_an_unlisted_warning_fails(tmp_path: Path) -> None:
    spec, out, config = _inputs(tmp_path, UNREADABLE_RESPONSE)
    result = generate_client(spec, out, config)
    assert result.failed and not out.exists()
    assert [warning.accepted for warning in result.warnings] == [False]


def test_a_warning_reads_the_same_on_every_run(tmp_path: Path) -> None:
    """The generator's message named the status code as an object's repr with its memory address,
    which changed from run to run: no allowlist entry could quote the message."""
    spec, out, config = _inputs(tmp_path, UNREADABLE_RESPONSE)
    (warning,) = generate_client(spec, out, config).warnings
    assert " object at 0x" not in str(warning)
    assert "Cannot parse response for status code" in str(warning)


def test_a_response_in_a_media_type_the_generator_does_not_read_is_bytes(tmp_path: Path) -> None:
    """A response only in a media type openapi-python-client has no reading for was left out of
    the client with a warning that failed `rstapi client`; it is read as bytes instead."""
    spec, out, config = _inputs(tmp_path, SPEC.replace("application/json:", "application/x-frob:"))
    result = generate_client(spec, out, config)
    assert result.warnings == () and result.written
    module = (out / "tiny_client" / "api" / "default" / "list_things.py").read_text(encoding="utf-8")
    assert 'headers["Accept"] = "application/x-frob"' in module and "File(" in module


def test_a_media_type_beside_json_leaves_the_json_reading(tmp_path: Path) -> None:
    """Read as bytes where it is alone (`/files`), the type listed before JSON (`/things`) is not
    what the client reads there: JSON is."""
    files = SPEC.replace("/things:", "/files:").replace("list_things", "list_files")
    files = files.split("paths:\n", 1)[1].replace("application/json:", "application/x-frob:")
    both = SPEC.replace(
        "application/json:",
        "application/x-frob:\n              schema: {type: string}\n            application/json:",
    )
    spec, out, config = _inputs(tmp_path, both + files)
    assert generate_client(spec, out, config).warnings == ()
    module = (out / "tiny_client" / "api" / "default" / "list_things.py").read_text(encoding="utf-8")
    assert 'headers["Accept"] = "application/json"' in module and "from_dict" in module
    files_module = (out / "tiny_client" / "api" / "default" / "list_files.py").read_text(encoding="utf-8")
    assert "File(" in files_module


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["client", *args])
    return result.exit_code, result.output


def test_cli_exit_codes(tmp_path: Path) -> None:
    spec, out, config = _inputs(tmp_path)
    flags = ["--spec", str(spec), "--out", str(out), "--config", str(config)]
    assert _cli(*flags)[0] == 0
    code, output = _cli(*flags)
    assert (code, "up to date" in output) == (0, True)
    spec.write_text(SPEC + SKIPPED, encoding="utf-8")
    code, output = _cli(*flags)
    assert code == 1 and "get_other is not in the generated client" in output
    assert _cli("--spec", str(tmp_path / "missing.yaml"), "--out", str(out), "--config", str(config))[0] == 2
