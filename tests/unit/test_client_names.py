"""Model names for the client: a paginated list's item is named after the item, the page keeps its name."""

from __future__ import annotations

from typing import Any

import pytest

from rstapi.client.names import client_spec, item_renames
from rstapi.naming import item_name, singular


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _page(item: str) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "count": {"type": "integer"},
            "next": {"type": ["string", "null"]},
            "previous": {"type": ["string", "null"]},
            "results": {"type": "array", "items": _ref(item)},
        },
    }


def _list(operation_id: str, page: str) -> dict[str, Any]:
    content = {"application/json": {"schema": _ref(page)}}
    return {
        "get": {"operationId": operation_id, "responses": {"200": {"description": "ok", "content": content}}}
    }


def _spec(**schemas: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "paths": {
            "/gizmo/v1/gadgets": _list("list_gadgets", "ListGadgetsResponse"),
            "/gizmo/v1/shops/{id}/widget-stock": _list("list_shops_widget_stock", "ListShopsWidgetStockPage"),
        },
        "components": {"schemas": schemas},
    }


def test_operation_named_items_are_renamed_and_every_ref_follows() -> None:
    spec = _spec(
        ListGadgetsResponse=_page("ListGadgetsResultsItem"),
        ListGadgetsResultsItem={
            "type": "object",
            "properties": {"parts": {"items": _ref("ListGadgetsResultsItem")}},
        },
        ListShopsWidgetStockPage=_page("ListShopsWidgetStockResponse"),
        ListShopsWidgetStockResponse={"type": "object"},
    )
    renamed = client_spec(spec)
    schemas = renamed["components"]["schemas"]
    assert list(schemas) == ["ListGadgetsResponse", "Gadget", "ListShopsWidgetStockPage", "WidgetStock"]
    assert schemas["ListGadgetsResponse"]["properties"]["results"]["items"] == _ref("Gadget")
    assert schemas["Gadget"]["properties"]["parts"]["items"] == _ref("Gadget")
    assert "ListGadgetsResultsItem" in spec["components"]["schemas"]  # the input is left alone


def test_an_item_named_after_the_references_thing_keeps_its_name() -> None:
    spec = _spec(ListGadgetsResponse=_page("SprocketPlan"), SprocketPlan={"type": "object"})
    assert item_renames(spec) == {}
    assert client_spec(spec) is spec


def test_a_taken_name_is_not_reused() -> None:
    spec = _spec(
        ListGadgetsResponse=_page("ListGadgetsResultsItem"),
        ListGadgetsResultsItem={"type": "object"},
        Gadget={"type": "object"},
    )
    assert item_renames(spec) == {}


@pytest.mark.parametrize(
    ("word", "single"),
    [
        ("gadgets", "gadget"),
        ("entries", "entry"),
        ("addresses", "address"),
        ("status", "status"),
        ("summary", "summary"),
    ],
)
def test_singular(word: str, single: str) -> None:
    assert singular(word) == single


def test_item_name_reads_the_last_literal_segment() -> None:
    assert item_name("/gizmo/v2/shops/{shop_id}/gadget-entries/") == "GadgetEntry"


def test_a_ref_key_inside_an_example_or_a_default_is_data_and_is_not_renamed() -> None:
    # An API about JSON documents may show payloads that hold a "$ref" key: the rename follows the
    # spec's references, never the payloads (openapi/structure.py says which nodes are data).
    payload = _ref("ListGadgetsResultsItem")
    item = {
        "type": "object",
        "properties": {"document": {"type": "object", "default": dict(payload), "const": dict(payload)}},
        "example": {"document": dict(payload)},
        "x-sample": dict(payload),
    }
    spec = _spec(ListGadgetsResponse=_page("ListGadgetsResultsItem"), ListGadgetsResultsItem=item)
    content = spec["paths"]["/gizmo/v1/gadgets"]["get"]["responses"]["200"]["content"]["application/json"]
    content["examples"] = {"one": {"value": {"results": [{"document": dict(payload)}]}}}
    renamed = client_spec(spec)
    gadget = renamed["components"]["schemas"]["Gadget"]
    assert gadget["properties"]["document"]["default"] == payload
    assert gadget["properties"]["document"]["const"] == payload
    assert gadget["example"] == {"document": payload}
    assert gadget["x-sample"] == payload
    response = renamed["paths"]["/gizmo/v1/gadgets"]["get"]["responses"]["200"]
    assert (
        response["content"]["application/json"]["examples"]["one"]["value"]["results"][0]["document"]
        == payload
    )
    page = renamed["components"]["schemas"]["ListGadgetsResponse"]
    assert page["properties"]["results"]["items"] == _ref("Gadget")  # the spec's own ref follows
