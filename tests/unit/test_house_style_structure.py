"""The house style's structure across references: split files, shared envelopes, nested item tables.

Each test builds a small document in the house style through the real pipeline and asserts the
spec fragment a user would see.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from rstapi.cli import main
from rstapi.config import Config
from rstapi.pipeline import BuildResult, build
from tests.rst_style import document, endpoint, field_table, subsection


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def _build(root: Path, *sources: Path) -> BuildResult:
    return build(Config(sources=sources, root=root))


def _codes(result: BuildResult) -> list[str]:
    return [d.code for d in result.diagnostics]


def _component(spec: dict[str, Any], ref: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]
    return schema


def _response_schema(spec: dict[str, Any], path: str, method: str = "get") -> dict[str, Any]:
    media = spec["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    return _component(spec, media["schema"])


# ---------------------------------------------------------------- a reference split over files

_GADGET_FIELDS = """
.. _gadget Fields:

************************
Fields in a gadget
************************

""" + field_table(("gadget_id", "string", "The gadget's id."), ("size", "integer", "Its size."))

_GADGETS = endpoint(
    rest=subsection(
        "Response Values", "The request returns a :ref:`gadget <gadget Fields>` for each gadget.\n"
    ),
    path="/gizmo/v1/gadgets/{gadget_id}",
)


def test_a_ref_into_another_given_file_resolves(tmp_path: Path) -> None:
    gadgets = _write(tmp_path, "gadgets.rst", document(_GADGETS))
    common = _write(tmp_path, "common.rst", document(_GADGET_FIELDS, title="Common Fields"))
    result = _build(tmp_path, gadgets, common)
    assert result.spec is not None
    schema = result.spec["paths"]["/gizmo/v1/gadgets/{gadget_id}"]["get"]["responses"]["200"]
    assert schema["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Gadget"}
    assert "RST113" not in _codes(result) and "RST156" not in _codes(result)


def test_a_ref_into_a_project_file_not_given_is_a_warning_naming_it(tmp_path: Path) -> None:
    gadgets = _write(tmp_path, "docs/gadgets.rst", document(_GADGETS))
    _write(tmp_path, "docs/common.rst", document(_GADGET_FIELDS, title="Common Fields"))
    result = _build(tmp_path, gadgets)
    found = [d for d in result.diagnostics if d.code == "RST156"]
    assert [str(d.level) for d in found] == ["warning"]
    assert "docs/common.rst" in found[0].message and "gadget Fields" in found[0].message
    assert "RST113" not in _codes(result)
    assert result.spec is not None and "/gizmo/v1/gadgets/{gadget_id}" in result.spec["paths"]


def test_a_ref_defined_nowhere_in_the_project_stays_an_error(tmp_path: Path) -> None:
    gadgets = _write(tmp_path, "docs/gadgets.rst", document(_GADGETS))
    result = _build(tmp_path, gadgets)
    assert "RST113" in _codes(result) and "RST156" not in _codes(result)


def test_a_folder_source_builds_every_rst_file_below_it_into_one_spec(tmp_path: Path) -> None:
    _write(tmp_path, "docs/b_gadgets.rst", document(_GADGETS))
    _write(tmp_path, "docs/a_common.rst", document(_GADGET_FIELDS, title="Common Fields"))
    widgets = endpoint(title="widgets Endpoint", path="/gizmo/v1/widgets", prose="Widgets.")
    _write(tmp_path, "docs/sub/widgets.rst", document(widgets, title="Widgets"))
    out = tmp_path / "openapi.json"
    result = CliRunner().invoke(
        main,
        ["build", "--source", str(tmp_path / "docs"), "--no-overlay", "--out", str(out), "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    spec = __import__("json").loads(out.read_text())
    assert sorted(spec["paths"]) == ["/gizmo/v1/gadgets/{gadget_id}", "/gizmo/v1/widgets"]
    assert "Gadget" in spec["components"]["schemas"]
    # deterministic: the same folder gives the same bytes
    first = out.read_bytes()
    CliRunner().invoke(
        main,
        ["build", "--source", str(tmp_path / "docs"), "--no-overlay", "--out", str(out), "--format", "json"],
    )
    assert out.read_bytes() == first


def test_two_source_options_build_one_spec(tmp_path: Path) -> None:
    gadgets = _write(tmp_path, "gadgets.rst", document(_GADGETS))
    common = _write(tmp_path, "common.rst", document(_GADGET_FIELDS, title="Common Fields"))
    out = tmp_path / "openapi.yaml"
    result = CliRunner().invoke(
        main, ["build", "--source", str(gadgets), "--source", str(common), "--no-overlay", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "#/components/schemas/Gadget" in out.read_text()


def test_a_folder_without_rst_files_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["build", "--source", str(tmp_path / "empty"), "--no-overlay"])
    assert result.exit_code == 2 and "no .rst file" in result.output
