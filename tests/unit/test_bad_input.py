"""Bad input: a coded diagnostic with file:line or a clear message, the right exit code, no traceback,
and never a half-written spec."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result
from openapi_spec_validator import validate

from rstapi.cli import main
from rstapi.openapi.validate import example_errors
from tests.conftest import build_rst, codes
from tests.rst_helpers import document as widgets_document
from tests.rst_helpers import endpoint as widgets_endpoint
from tests.rst_style import document, endpoint, field_table, line_number, subsection

EMPTY_OVERLAY = "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: []\n"


def run(tmp_path: Path, *args: str) -> Result:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert "Traceback" not in result.output
    return result


def build_cli(tmp_path: Path, source: Path, overlay_text: str = EMPTY_OVERLAY) -> tuple[Result, Path]:
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(overlay_text, encoding="utf-8")
    out = tmp_path / "out" / "openapi.yaml"
    result = run(tmp_path, "build", "--source", str(source), "--overlay", str(overlay), "--out", str(out))
    return result, out


def test_missing_file_exits_2_with_message(tmp_path: Path) -> None:
    result, out = build_cli(tmp_path, tmp_path / "nope.rst")
    assert result.exit_code == 2
    assert "nope.rst: no such file" in result.output
    assert not out.exists()


def test_directory_exits_2(tmp_path: Path) -> None:
    result, out = build_cli(tmp_path, tmp_path)
    assert result.exit_code == 2 and "is a directory" in result.output and not out.exists()


def test_non_utf8_file_is_rst100_at_its_line(tmp_path: Path) -> None:
    source = tmp_path / "latin.rst"
    source.write_bytes(b"Title\n=====\n\ncaf\xe9\n")
    result, out = build_cli(tmp_path, source)
    assert result.exit_code == 2
    assert "latin.rst:4: ERROR RST100 not valid UTF-8: byte 0xe9" in result.output
    assert not out.exists()


def test_empty_file_is_rst101(tmp_path: Path) -> None:
    source = tmp_path / "empty.rst"
    source.write_text("  \n", encoding="utf-8")
    result, out = build_cli(tmp_path, source)
    assert result.exit_code == 2 and "ERROR RST101" in result.output and not out.exists()


def test_rst_syntax_error_is_reported_with_line(tmp_path: Path) -> None:
    text = document(endpoint()) + "\n.. list-table::\n   :header-rows: 1\n\n   * - a\n     - b\n   * - c\n"
    result = build_rst(tmp_path, text)
    found = [d for d in result.diagnostics if d.code == "RST111"]
    assert found and found[0].location is not None and found[0].location.line > 0
    assert "same number of items" in found[0].message


def test_section_without_method_table_is_skipped_with_rst110(tmp_path: Path) -> None:
    text = document(
        "\n.. _lonely:\n\n**************\nlonely Endpoint\n**************\n\nNothing here.\n", endpoint()
    )
    result = build_rst(tmp_path, text)
    assert ("RST110", line_number(text, "lonely Endpoint")) in codes(result)
    assert list(result.spec["paths"]) == ["/gizmo/v1/gadgets"]


def test_unknown_data_type_warns_and_keeps_the_field(tmp_path: Path) -> None:
    rest = subsection("Response Values", field_table(("size", "quantum float", "Size.")))
    result = build_rst(tmp_path, document(endpoint(rest=rest)))
    found = [d for d in result.diagnostics if d.code == "RST112"]
    assert len(found) == 1 and "'quantum float'" in found[0].message
    assert "size" in result.spec["components"]["schemas"]["ListGadgetsResponse"]["properties"]


def test_wrong_column_count_in_method_table(tmp_path: Path) -> None:
    text = document(endpoint(path="/a` \n     - extra"))
    result = build_rst(tmp_path, text)
    assert any(d.code in {"RST111", "RST120", "RST110"} for d in result.diagnostics)


def test_ref_to_missing_label_is_rst113(tmp_path: Path) -> None:
    text = document(endpoint(prose="See :ref:`nowhere at all` for more."))
    result = build_rst(tmp_path, text)
    found = [d for d in result.diagnostics if d.code == "RST113"]
    assert len(found) == 1 and "'nowhere at all'" in found[0].message
    assert found[0].location is not None and found[0].location.line == line_number(text, "nowhere at all")


def test_duplicate_label_is_rst114(tmp_path: Path) -> None:
    text = document(endpoint(label="same"), endpoint("other Endpoint", path="/gizmo/v1/other", label="Same"))
    result = build_rst(tmp_path, text)
    found = [d for d in result.diagnostics if d.code == "RST114"]
    first, second = line_number(text, ".. _same:"), line_number(text, ".. _Same:")
    assert len(found) == 1 and f"already defined at line {first}" in found[0].message
    assert found[0].location is not None and found[0].location.line == second


def test_same_operation_twice_is_rst116(tmp_path: Path) -> None:
    text = document(endpoint(), endpoint("again Endpoint", label="again"))
    result = build_rst(tmp_path, text)
    found = [d for d in result.diagnostics if d.code == "RST116"]
    assert len(found) == 1 and "GET /gizmo/v1/gadgets is already documented" in found[0].message


def test_overlay_target_matching_nothing_is_ovl301_and_the_spec_is_still_written(tmp_path: Path) -> None:
    source = tmp_path / "ref.rst"
    source.write_text(document(endpoint()), encoding="utf-8")
    overlay = EMPTY_OVERLAY.replace(
        "actions: []", "actions:\n  - target: $.paths['/nope'].get\n    update: {summary: x}\n"
    )
    result, out = build_cli(tmp_path, source, overlay)
    assert result.exit_code == 1
    assert "overlay.yaml:4: ERROR OVL301 target \"$.paths['/nope'].get\" matches nothing" in result.output
    assert "/gizmo/v1/gadgets" in out.read_text()


def test_overlay_that_is_not_yaml_is_ovl300_with_line(tmp_path: Path) -> None:
    source = tmp_path / "ref.rst"
    source.write_text(document(endpoint()), encoding="utf-8")
    result, out = build_cli(tmp_path, source, "overlay: 1.0.0\nactions: [\n  - {target: $\n")
    assert result.exit_code == 2 and "ERROR OVL300 overlay is not valid YAML" in result.output
    assert not out.exists()


def test_overlay_without_version_is_ovl300(tmp_path: Path) -> None:
    source = tmp_path / "ref.rst"
    source.write_text(document(endpoint()), encoding="utf-8")
    result, _ = build_cli(tmp_path, source, "actions: []\n")
    assert result.exit_code == 2 and "'overlay: 1.0.0' is missing" in result.output


def test_failed_build_leaves_the_previous_spec_untouched(tmp_path: Path) -> None:
    source = tmp_path / "ref.rst"
    source.write_text(document(endpoint()), encoding="utf-8")
    result, out = build_cli(tmp_path, source)
    assert result.exit_code == 0
    before = out.read_bytes()
    source.write_bytes(b"\xff\xfe broken")
    result, out = build_cli(tmp_path, source)
    assert result.exit_code == 2 and out.read_bytes() == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["openapi.sourcemap.json", "openapi.yaml"]


def test_strict_fails_on_warnings(tmp_path: Path) -> None:
    rest = subsection("Response Values", field_table(("size", "quantum float", "Size.")))
    source = tmp_path / "ref.rst"
    source.write_text(document(endpoint(rest=rest)), encoding="utf-8")
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(EMPTY_OVERLAY, encoding="utf-8")
    args = ["build", "--source", str(source), "--overlay", str(overlay), "--out", str(tmp_path / "o.yaml")]
    assert run(tmp_path, *args).exit_code == 0
    assert run(tmp_path, *args, "--strict").exit_code == 1


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_format_option(tmp_path: Path, fmt: str) -> None:
    source = tmp_path / "ref.rst"
    source.write_text(document(endpoint()), encoding="utf-8")
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(EMPTY_OVERLAY, encoding="utf-8")
    out = tmp_path / f"o.{fmt}"
    result = run(
        tmp_path,
        "build",
        "--source",
        str(source),
        "--overlay",
        str(overlay),
        "--out",
        str(out),
        "--format",
        fmt,
    )
    assert result.exit_code == 0
    assert out.read_text().startswith('{\n  "openapi"' if fmt == "json" else "openapi: 3.1.0")
    assert "1 operations, 1 schemas, 0 examples" in result.output or "1 operations" in result.output


def test_rst_markup_error_is_rst103_and_the_rest_still_builds(tmp_path: Path) -> None:
    broken = "\n+-----+-----+\n| a   | b\n+-----+-----+\n"  # a grid table with a missing border
    text = document(endpoint()) + broken
    result = build_rst(tmp_path, text)
    found = [d for d in result.diagnostics if d.code == "RST103"]
    assert len(found) == 1 and "table" in found[0].message.lower()
    assert found[0].location is not None and found[0].location.line == line_number(text, "| a   | b")
    assert list(result.spec["paths"]) == ["/gizmo/v1/gadgets"]


def test_no_overlay_builds_another_reference_without_the_projects_overlay(tmp_path: Path) -> None:
    from tests.conftest import FIXTURES

    out = tmp_path / "sibling.yaml"
    source = str(FIXTURES / "sibling_reference.rst")
    result = run(tmp_path, "build", "--source", source, "--no-overlay", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "widgets.example.org" in out.read_text()
    both = run(
        tmp_path, "build", "--source", source, "--no-overlay", "--overlay", "x.yaml", "--out", str(out)
    )
    assert both.exit_code == 2 and "--overlay or --no-overlay" in both.output


# Issue 16: every input below once ended in a traceback, a hang or a wrongly successful run.


def _source(tmp_path: Path, text: str = "") -> Path:
    source = tmp_path / "ref.rst"
    source.write_text(text or document(endpoint()), encoding="utf-8")
    return source


def test_path_template_typo_is_spec404_at_the_operation_and_the_rest_is_written(tmp_path: Path) -> None:
    text = document(endpoint(), endpoint("items Endpoint", path="/gizmo/v1/{catalog_id/x/{y}", label="items"))
    result, out = build_cli(tmp_path, _source(tmp_path, text))
    assert result.exit_code == 1
    found = [line for line in result.output.splitlines() if "SPEC404" in line]
    assert len(found) == 1 and "'/gizmo/v1/{catalog_id/x/{y}'" in found[0]
    assert found[0].startswith(f"{tmp_path / 'ref.rst'}:") or found[0].startswith("ref.rst:")
    assert list(yaml.safe_load(out.read_text())["paths"]) == ["/gizmo/v1/gadgets"]


def _overlay_with(action: str) -> str:
    return EMPTY_OVERLAY.replace("actions: []", "actions:\n" + textwrap.indent(action, "  "))


GET = "$.paths['/api/v1/widgets/{widget_id}'].get"
WIDGETS = widgets_document(widgets_endpoint())  # an endpoint with a response schema and an example


@pytest.mark.parametrize(
    ("action", "code", "words"),
    [
        (f'- target: "{GET}.responses.*.content.*.schema"\n  update: {{type: objest}}\n', "OVL303", "objest"),
        ("- target: paths\n  update: {x-a: 1}\n", "OVL302", "starting with '$'"),
        ("- target: $..*[?(@.type)]\n  update: {x-a: 1}\n", None, ""),
        (f'- target: "{GET}"\n  update: 5\n', "OVL302", "is not a mapping"),
        ("- target: $.paths['/elsewhere'].get\n  update: {summary: x}\n", "OVL301", "matches nothing"),
        (
            f"- target: \"{GET}.responses.*.content.*\"\n  update: {{schema: {{$ref: '#/components/schemas/Nope'}}}}\n",
            "OVL303",
            "Nope",
        ),
        ("- target: $.paths[\n  update: {x-a: 1}\n", "OVL302", "not valid JSONPath"),
    ],
)
def test_overlay_mistakes_are_coded_at_the_overlays_line_and_the_spec_stays_valid(
    tmp_path: Path, action: str, code: str | None, words: str
) -> None:
    result, out = build_cli(tmp_path, _source(tmp_path, WIDGETS), _overlay_with(action))
    assert result.exit_code in {0, 1}, result.output
    if code is not None:
        found = [line for line in result.output.splitlines() if f" {code} " in line]
        assert found and found[0].split(": ")[0].endswith("overlay.yaml:4") and words in found[0]
    spec = yaml.safe_load(out.read_text())
    validate(spec)
    assert list(spec["paths"]) == ["/api/v1/widgets/{widget_id}"] and example_errors(spec) == []


def test_a_broken_overlay_action_does_not_take_the_good_ones_with_it(tmp_path: Path) -> None:
    actions = (
        f'- target: "{GET}.responses.*.content.*.schema"\n  update: {{type: objest}}\n'
        f'- target: "{GET}"\n  update: {{summary: Kept}}\n'
    )
    result, out = build_cli(tmp_path, _source(tmp_path, WIDGETS), _overlay_with(actions))
    assert result.exit_code == 1 and "OVL303" in result.output
    assert yaml.safe_load(out.read_text())["paths"]["/api/v1/widgets/{widget_id}"]["get"]["summary"] == "Kept"


@pytest.mark.parametrize("where", ["directory", "under a file", "read-only folder", "/proc/version"])
def test_write_errors_exit_2_with_one_line_and_keep_the_old_file(tmp_path: Path, where: str) -> None:
    if where == "read-only folder" and os.geteuid() == 0:
        pytest.skip("issue 16: root writes into read-only folders, so this machine cannot show the refusal")
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "openapi.yaml").write_text("old", encoding="utf-8")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    out = {
        "directory": tmp_path,
        "under a file": tmp_path / "file" / "openapi.yaml",
        "read-only folder": folder / "openapi.yaml",
        "/proc/version": Path("/proc/version"),
    }[where]
    folder.chmod(0o555)
    try:
        result = run(tmp_path, "build", "--source", str(_source(tmp_path)), "--no-overlay", "--out", str(out))
    finally:
        folder.chmod(0o755)
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "cannot write the spec" in errors[0]
    assert (folder / "openapi.yaml").read_text() == "old" and (tmp_path / "file").read_text() == "x"
    assert sorted(p.name for p in folder.iterdir()) == ["openapi.yaml"]


def test_a_device_is_refused_as_source(tmp_path: Path) -> None:
    result, out = build_cli(tmp_path, Path("/dev/zero"))
    assert result.exit_code == 2 and "/dev/zero: not a regular file" in result.output and not out.exists()


def test_a_fifo_is_refused_as_source_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.rst"
    os.mkfifo(fifo)
    result, out = build_cli(tmp_path, fifo)
    assert result.exit_code == 2 and "not a regular file" in result.output and not out.exists()


def test_input_size_is_capped_with_a_configurable_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    source = _source(tmp_path, document(endpoint()) + "\nPadding.\n" * 120_000)  # about 1.2 MB
    (tmp_path / "pyproject.toml").write_text("[tool.rstapi]\nmax-input-mb = 1\n", encoding="utf-8")
    result = run(tmp_path, "build", "--source", str(source), "--out", "o.yaml")
    assert result.exit_code == 2 and "over the 1 MB input limit" in result.output
    assert "max-input-mb" in result.output and not (tmp_path / "o.yaml").exists()
    (tmp_path / "pyproject.toml").write_text("[tool.rstapi]\nmax-input-mb = 2\n", encoding="utf-8")
    assert run(tmp_path, "build", "--source", str(source), "--out", "o.yaml").exit_code == 0


def test_a_bom_only_source_is_unreadable_and_keeps_the_spec(tmp_path: Path) -> None:
    result, out = build_cli(tmp_path, _source(tmp_path))
    before = out.read_bytes()
    (tmp_path / "ref.rst").write_bytes(b"\xef\xbb\xbf")
    result, out = build_cli(tmp_path, tmp_path / "ref.rst")
    assert result.exit_code == 2 and "RST101" in result.output and out.read_bytes() == before


def test_no_documented_operation_warns_and_does_not_replace_a_spec_without_force(tmp_path: Path) -> None:
    result, out = build_cli(tmp_path, _source(tmp_path))
    before = out.read_bytes()
    prose = _source(tmp_path, document())
    result, out = build_cli(tmp_path, prose)
    assert "WARNING RST153" in result.output and "SPEC405" not in result.output  # one warning, not two
    assert result.exit_code == 1 and "--force" in result.output and out.read_bytes() == before
    args = ["build", "--source", str(prose), "--no-overlay", "--out", str(out), "--force"]
    forced = run(tmp_path, *args)
    assert forced.exit_code == 0 and yaml.safe_load(out.read_text())["paths"] == {}
    fresh = run(tmp_path, *args[:-3], "--out", str(tmp_path / "new.yaml"))
    assert fresh.exit_code == 0 and (tmp_path / "new.yaml").is_file()


def test_a_field_row_without_a_name_is_rst111_and_no_nameless_property(tmp_path: Path) -> None:
    rest = subsection(
        "Response Values",
        field_table(("widget_id", "string", "The id."), ("``  ``", "integer", "Whose count?")),
    )
    text = document(endpoint(rest=rest))
    result = build_rst(tmp_path, text)
    assert ("RST111", line_number(text, "``  ``")) in codes(result)
    assert result.spec is not None
    schemas = result.spec["components"]["schemas"]
    assert all("" not in schema.get("properties", {}) for schema in schemas.values())
    assert any("widget_id" in schema.get("properties", {}) for schema in schemas.values())
