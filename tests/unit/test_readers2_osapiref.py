"""os-api-ref references read as their samples show them: an array whose items' keys no parameter
lists (a ``*_links`` array) has the items its samples show, and RST196 says so (own fixtures, in
the manner of tests/unit/test_osapiref_explored.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rstapi.config import Config
from rstapi.pipeline import BuildResult, build
from tests.rst_style import line_number


def _entry(key: str, located_in: str, kind: str) -> str:
    return f"{key}:\n  description: |\n    The {key}.\n  in: {located_in}\n  required: true\n  type: {kind}\n"


def _build(tmp_path: Path, files: dict[str, str]) -> BuildResult:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return build(Config(sources=(tmp_path / "index.rst",), root=tmp_path))


def _index(method_path: str, items: str, sample: str, codes: str = "Normal response codes: 200") -> str:
    return (
        "=========\nThing API\n=========\n\nShow gadget\n===========\n\n"
        f".. rest_method:: {method_path}\n\nShows it.\n\n{codes}\n\n"
        "Response\n--------\n\n.. rest_parameters:: parameters.yaml\n\n"
        + "".join(f"   - {item}: {item}\n" for item in items.split())
        + f"\n.. literalinclude:: {sample}\n   :language: javascript\n"
    )


def _component(spec: dict[str, Any], ref: dict[str, Any]) -> dict[str, Any]:
    ref = ref["allOf"][0] if "allOf" in ref else ref
    found: dict[str, Any] = spec["components"]["schemas"][ref["$ref"].rsplit("/", 1)[1]]
    return found


def test_an_array_whose_item_keys_no_parameter_lists_has_the_items_its_sample_shows(tmp_path: Path) -> None:
    links = [
        {"href": "http://example.com/v1/gadgets/1", "rel": "self"},
        {"href": "http://e/1", "rel": "bookmark"},
    ]
    sample = {"gadget": {"name": "spinner", "gadget_links": links}}
    index = _index("GET /gadgets/{gadget_id}", "gadget name gadget_links", "gadget-show-resp.json")
    params = (
        _entry("gadget", "body", "object")
        + _entry("gadget_id", "path", "string")
        + _entry("gadget_links", "body", "array")
        + _entry("name", "body", "string")
    )
    result = _build(
        tmp_path,
        {
            "index.rst": index,
            "parameters.yaml": params,
            "gadget-show-resp.json": json.dumps(sample, indent=2),
        },
    )
    assert result.spec is not None
    body = result.spec["paths"]["/gadgets/{gadget_id}"]["get"]["responses"]["200"]["content"]
    gadget = _component(
        result.spec, _component(result.spec, body["application/json"]["schema"])["properties"]["gadget"]
    )
    item = _component(result.spec, gadget["properties"]["gadget_links"]["items"])
    assert {k: v["type"] for k, v in item["properties"].items()} == {"href": "string", "rel": "string"}
    assert "required" not in item  # shown by a sample, not said required
    said = [d for d in result.diagnostics if d.code == "RST196"]
    assert len(said) == 1 and "'gadget_links'" in said[0].message and "href, rel" in said[0].message
    assert said[0].location is not None and said[0].location.line == line_number(index, "- gadget_links")
