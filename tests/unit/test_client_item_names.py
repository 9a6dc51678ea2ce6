"""Client model names for the items an httpdomain reference lists: a bare array response
(`:>jsonarr`) or request body (`:<jsonarr`) has items named after the list (`Event`), not
`ListParcelsEventsResponse`, and the objects nested in a renamed item follow it (`ParcelRecipient`,
not `ListParcelsResponseResultsItemRecipient`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.client.names import client_spec
from tests.httpdomain_style import built

DOCUMENT = """\
Parcels
=======

.. http:get:: /parcels/

   Lists parcels.

   :>json int count: how many
   :>json string next: the next page, or null
   :>json string previous: the previous page, or null
   :>json array results: the parcels
   :>json int results[].id: the id
   :>json object results[].recipient: who gets it
   :>json string results[].recipient.name: their name
   :>json object results[].recipient.address: where
   :>json string results[].recipient.address.city: the city
   :statuscode 200: a page

.. http:get:: /parcels/(int:parcel_id)/events/

   Lists a parcel's events.

   :>jsonarr string kind: what happened
   :statuscode 200: the events

.. http:put:: /parcels/(int:parcel_id)/labels/

   Replaces a parcel's labels.

   :<jsonarr string text: the label's text
   :statuscode 204: replaced
"""


def _refs(value: Any) -> set[str]:
    if isinstance(value, dict):
        found = {value["$ref"]} if isinstance(value.get("$ref"), str) else set()
        return found.union(*(_refs(each) for each in value.values()))
    if isinstance(value, list):
        return set().union(*(_refs(each) for each in value))
    return set()


def test_list_items_and_their_nested_objects_are_named_after_the_thing(tmp_path: Path) -> None:
    spec, _ = built(tmp_path, DOCUMENT)
    renamed = client_spec(spec)
    names = set(renamed["components"]["schemas"])
    assert {"Parcel", "ParcelRecipient", "ParcelRecipientAddress", "Event", "Label"} <= names
    assert not any(name.startswith("ListParcelsResponseResultsItem") for name in names)
    assert "ListParcelsEventsResponse" not in names and "UpdateParcelsLabelsRequest" not in names
    dangling = {ref for ref in _refs(renamed) if ref.rsplit("/", 1)[1] not in names}
    assert dangling == set()
