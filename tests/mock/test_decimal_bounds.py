"""A string decimal's bounds (``x-rstapi-minimum`` ...: JSON Schema's own judge numbers only) are
checked in a request as a number's are: "150.00" under a documented maximum of 100 is a 400 naming
the field and the bound, compared as decimals."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from rstapi.mock import make_app

PRICE = {
    "type": "string",
    "format": "decimal",
    "pattern": r"^-?\d+(?:\.\d+)?$",
    "x-rstapi-minimum": 0.01,
    "x-rstapi-maximum": 100,
}
DISCOUNT = {
    "type": "string",
    "format": "decimal",
    "x-rstapi-exclusiveMaximum": 1,
    "x-rstapi-exclusiveMinimum": 0,
}


def _spec() -> dict[str, Any]:
    order = {
        "type": "object",
        "properties": {
            "price": {"$ref": "#/components/schemas/Price"},
            "discounts": {"type": "array", "items": DISCOUNT},
        },
        "required": ["price"],
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Orders", "version": "1"},
        "paths": {
            "/orders": {
                "post": {
                    "operationId": "make_order",
                    "requestBody": {"required": True, "content": {"application/json": {"schema": order}}},
                    "responses": {"201": {"description": "Made"}},
                }
            }
        },
        "components": {"schemas": {"Price": PRICE}},
    }


async def _post(body: Any) -> httpx.Response:
    transport = httpx.ASGITransport(app=make_app(_spec()))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        return await client.post("/orders", json=body)


@pytest.mark.parametrize(
    ("body", "pointer", "rule"),
    [
        ({"price": "150.00"}, "/body/price", "maximum"),
        ({"price": "100.001"}, "/body/price", "maximum"),
        ({"price": "0.00"}, "/body/price", "minimum"),
        ({"price": "5", "discounts": ["0.5", "1.0"]}, "/body/discounts/1", "exclusiveMaximum"),
        ({"price": "5", "discounts": ["0"]}, "/body/discounts/0", "exclusiveMinimum"),
    ],
)
def test_a_decimal_beyond_its_bound_is_refused(body: Any, pointer: str, rule: str) -> None:
    response = asyncio.run(_post(body))
    assert response.status_code == 400, response.text
    assert (pointer, rule) in {(p["pointer"], p["rule"]) for p in response.json()["problems"]}


@pytest.mark.parametrize("price", ["100", "100.00", "0.01", "42.5"])
def test_a_decimal_within_its_bounds_is_accepted(price: str) -> None:
    response = asyncio.run(_post({"price": price, "discounts": ["0.25"]}))
    assert response.status_code == 201, response.text
