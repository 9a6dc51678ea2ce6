"""The source map: JSON pointer -> file:line, read from beside the spec or off inline sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rstapi.openapi.sourcemap import dump_sourcemap, load_sourcemap, source_for, sourcemap_path

SPEC = {
    "paths": {
        "/gizmo/v1/gadgets/{id}": {"get": {"x-rst-source": "g.rst:12", "responses": {"200": {}}}},
    },
    "components": {"schemas": {"Gadget": {"properties": {"a/b": {"x-rst-source": "g.rst:40"}}}}},
}


def test_inline_sources_are_keyed_by_escaped_pointer_and_ancestors_answer_for_children(
    tmp_path: Path,
) -> None:
    sourcemap = load_sourcemap(tmp_path / "openapi.yaml", SPEC)
    assert sourcemap == {
        "/components/schemas/Gadget/properties/a~1b": "g.rst:40",
        "/paths/~1gizmo~1v1~1gadgets~1{id}/get": "g.rst:12",
    }
    assert source_for(sourcemap, "/paths/~1gizmo~1v1~1gadgets~1{id}/get/responses/200") == "g.rst:12"
    assert source_for(sourcemap, "/info") is None


def test_a_map_written_beside_the_spec_wins(tmp_path: Path) -> None:
    spec_path = tmp_path / "openapi.yaml"
    assert sourcemap_path(spec_path) == tmp_path / "openapi.sourcemap.json"
    sourcemap_path(spec_path).write_text(json.dumps({"/paths": "other.rst:3"}), encoding="utf-8")
    assert load_sourcemap(spec_path, SPEC) == {"/paths": "other.rst:3"}


def test_every_documented_status_has_the_line_that_documents_it(tmp_path: Path) -> None:
    """Statuses said in prose ("404 Not Found - ...") have no body, yet a consumer (the contract run)
    cites their line, not the endpoint's heading."""
    from rstapi.openapi.sourcemap import split_sources
    from tests.conftest import build_document
    from tests.rst_style import endpoint, line_number, subsection

    statuses = (
        "The request can return the following responses:\n\n"
        "    204 No Content - The gadget was deleted.\n\n"
        "    404 Not Found - No gadget has this id.\n"
    )
    rest = subsection("Response", statuses)
    spec, _, text = build_document(
        tmp_path, endpoint(method="DELETE", path="/gizmo/v1/gadgets/{gadget_id}", rest=rest)
    )
    _, sourcemap = split_sources(spec)
    responses = "/paths/~1gizmo~1v1~1gadgets~1{gadget_id}/delete/responses"
    assert sourcemap[f"{responses}/204"] == f"ref.rst:{line_number(text, '204 No Content')}"
    assert sourcemap[f"{responses}/404"] == f"ref.rst:{line_number(text, '404 Not Found')}"


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        'a "quoted" \\ back',
        "tab\there\nnewline\r",
        "\x00\x1f\x7f control",
        "é ü 日本 \u2028 \U0001f600",
        "",
    ],
)
def test_the_written_map_is_json_dumps_at_one_space_a_level(text: str) -> None:
    """orjson writes it (two spaces, moved to one): the bytes json.dumps(indent=1) gives."""
    sourcemap = {f"/paths/~1{text}/get": f"{text}.rst:3", "/a": "b.rst:1", text: text}
    expected = json.dumps(dict(sorted(sourcemap.items())), indent=1, ensure_ascii=False) + "\n"
    assert dump_sourcemap(sourcemap) == expected


def test_a_map_orjson_refuses_is_written_by_json() -> None:
    sourcemap = {"/a\ud800": "b.rst:1"}  # a lone surrogate, as a file name may hold
    assert dump_sourcemap(sourcemap) == json.dumps(sourcemap, indent=1, ensure_ascii=False) + "\n"
    assert dump_sourcemap({}) == "{}\n"
