"""Content negotiation: JSON by default, a faithful XML rendering where the operation documents XML,
406 for the rest."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import pytest
from conftest import Client

from rstapi.mock import make_app
from rstapi.mock.negotiation import Representation, negotiate
from rstapi.mock.xmlrender import to_xml

LIST = "/enterprise/v1/enterprise-catalogs/"


def _from_xml(element: ET.Element) -> Any:
    kind = element.get("type")
    if kind == "object":
        return {child.get("name", child.tag): _from_xml(child) for child in element}
    if kind == "array":
        return [_from_xml(child) for child in element]
    if kind == "null":
        return None
    if kind == "boolean":
        return element.text == "true"
    if kind == "number":
        text = element.text or "0"
        return float(text) if "." in text or "e" in text else int(text)
    return element.text or ""


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, Representation.JSON),
        (b"*/*", Representation.JSON),
        (b"application/xml", Representation.XML),
        (b"text/html;q=0.9, application/xml;q=0.5, application/json;q=0.8", Representation.JSON),
        (b"application/json;q=0, text/xml", Representation.XML),
        (b"text/html", None),
        (b"application/json;q=0", None),
    ],
)
def test_negotiate(accept: bytes | None, expected: Representation | None) -> None:
    assert negotiate(accept) is expected


def test_xml_rendering_round_trips_to_the_same_data() -> None:
    value = {"a": [1, 2.5, None, True], "b": {"c": "x<y&z"}, "weird key": "", "xmlns": {}, "empty": []}
    parsed = _from_xml(ET.fromstring(to_xml(value)))
    assert parsed == value


def test_accept_xml_gets_the_same_data_as_json(spec: dict[str, Any], auth: dict[str, str]) -> None:
    content = spec["paths"][LIST]["get"]["responses"]["200"]["content"]
    content["application/xml"] = content["application/json"]  # only a documented type is served
    client = Client(make_app(spec, token_secret="test-secret-" + "x" * 32, static_token="static-token"))
    auth = {"Authorization": "JWT static-token"}
    as_json = client.get(LIST, headers=auth).json()
    as_xml = client.get(LIST, headers={**auth, "Accept": "application/xml"})
    assert as_xml.status_code == 200
    assert as_xml.headers["content-type"] == "application/xml"
    assert _from_xml(ET.fromstring(as_xml.content)) == as_json


def test_unsupported_accept_is_406(client: Client, auth: dict[str, str]) -> None:
    response = client.get(LIST, headers={**auth, "Accept": "text/csv"})
    assert response.status_code == 406
    assert response.json()["error"] == "not_acceptable"
