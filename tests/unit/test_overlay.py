"""Overlay 1.0.0: update, remove, filters, array merge, resolution of findings."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from rstapi.openapi.overlay import apply_overlay, load_overlay


def _apply(tmp_path: Path, spec: dict[str, Any], actions: str) -> tuple[dict[str, Any], list[str], list[Any]]:
    path = tmp_path / "overlay.yaml"
    path.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n" + textwrap.dedent(actions),
        encoding="utf-8",
    )
    overlay, problems = load_overlay(path, "overlay.yaml")
    assert overlay is not None and problems == []
    spec, problems, applied = apply_overlay(spec, overlay)
    return spec, [str(p) for p in problems], applied


def _spec() -> dict[str, Any]:
    params = [{"name": "a", "in": "query"}, {"name": "b", "in": "query"}]
    return {"paths": {"/x": {"get": {"parameters": params, "tags": ["one"]}}}}


def test_filter_target_updates_the_matched_item_and_names_its_pointer(tmp_path: Path) -> None:
    actions = """
      - target: $.paths['/x'].get.parameters[?(@.name=='b')]
        description: give b an example
        x-resolves: [DOC215]
        update: {example: 5}
    """
    spec, problems, applied = _apply(tmp_path, _spec(), actions)
    assert problems == []
    assert spec["paths"]["/x"]["get"]["parameters"][1] == {"name": "b", "in": "query", "example": 5}
    assert applied[0].pointers == ("/paths/~1x/get/parameters/1",)
    assert applied[0].resolves_finding("DOC215", "/paths/~1x/get/parameters")
    assert not applied[0].resolves_finding("DOC203", "/paths/~1x/get/parameters")


def test_remove_and_array_merge(tmp_path: Path) -> None:
    actions = """
      - target: $.paths['/x'].get.parameters[0]
        remove: true
      - target: $.paths['/x'].get.tags
        update: [one, two]
    """
    spec, problems, _ = _apply(tmp_path, _spec(), actions)
    assert problems == []
    assert [p["name"] for p in spec["paths"]["/x"]["get"]["parameters"]] == ["b"]
    assert spec["paths"]["/x"]["get"]["tags"] == ["one", "two"]


def test_invalid_jsonpath_is_ovl302(tmp_path: Path) -> None:
    _, problems, _ = _apply(tmp_path, _spec(), "  - target: $.paths[[\n    update: {a: 1}\n")
    assert len(problems) == 1 and "OVL302" in problems[0] and "overlay.yaml:4" in problems[0]
