"""What only the overlay states is the overlay's in the source map: its action's file:line, named as
the overlay's, so a consumer (the contract run) never blames the reference for it."""

from __future__ import annotations

from pathlib import Path

from rstapi.contract.reference import Reference
from rstapi.openapi.sourcemap import OVERLAY_KEY, source_for, split_sources
from tests.conftest import build_rst
from tests.rst_style import document, endpoint, field_table, line_number, subsection

PATH = "/gizmo/v1/gadgets"
SCHEMA = "/components/schemas/CreateGadgetsRequest"  # the request table's schema
OVERLAY = """\
overlay: 1.0.0
info: {title: corrections, version: 1.0.0}
actions:
  - target: $.components.schemas.CreateGadgetsRequest
    description: A tag list with nothing in it tags nothing.
    update:
      properties:
        tags:
          minItems: 1
          type: array
  - target: $.components.schemas.CreateGadgetsRequest.properties.label
    description: Removed again.
    update:
      maxLength: 40
  - target: $.components.schemas.CreateGadgetsRequest.properties.label.maxLength
    description: Not a rule after all.
    remove: true
"""


def _built(tmp_path: Path) -> tuple[dict[str, str], str, dict[str, object]]:
    table = field_table(("tags", "array", "The gadget's tags."), ("label", "string", "A label."))
    text = document(endpoint(method="POST", path=PATH, rest=subsection("Request Values", table)))
    result = build_rst(tmp_path, text, overlay=OVERLAY)
    assert result.spec is not None
    spec, sourcemap = split_sources(result.spec)
    return sourcemap, text, spec


def test_a_rule_the_overlay_adds_cites_the_action_line_and_is_the_overlays(tmp_path: Path) -> None:
    sourcemap, text, spec = _built(tmp_path)
    action = f"overlay.yaml:{line_number(OVERLAY, '  - target:')}"
    assert sourcemap[f"{SCHEMA}/properties/tags/minItems"] == action
    assert OVERLAY_KEY not in spec  # the written spec carries no source information
    reference = Reference(spec, sourcemap)
    assert reference.overlays(reference.source(f"{SCHEMA}/properties/tags/minItems"))
    # what the reference itself states keeps its row, and is not the overlay's
    row = reference.source(f"{SCHEMA}/properties/tags/type")
    assert row == f"ref.rst:{line_number(text, '``tags``')}" and not reference.overlays(row)


def test_what_a_later_action_removes_has_no_overlay_entry(tmp_path: Path) -> None:
    sourcemap, text, _ = _built(tmp_path)
    label = f"{SCHEMA}/properties/label"
    assert f"{label}/maxLength" not in sourcemap
    assert source_for(sourcemap, f"{label}/maxLength") == f"ref.rst:{line_number(text, '``label``')}"
