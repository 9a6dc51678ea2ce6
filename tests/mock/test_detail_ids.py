"""A detail GET answers every well-formed id, as every other operation of the static mock does: an
id one of its examples carries picks that example, any other gets the first (the ids the list and
the create examples show among them, which an integrator calls next); `Prefer: code=404` gives
the documented 404."""

from __future__ import annotations

from typing import Any

from conftest import Client

from rstapi.mock import make_app

NOTES = "/api/notes/"
NOTE = "/api/notes/{}/"
_NOTE = {"type": "object", "properties": {"id": {"type": "integer"}, "title": {"type": "string"}}}
_MILK = {"id": 1, "title": "Milk"}


def _json(schema: dict[str, Any], **examples: Any) -> dict[str, Any]:
    named = {name: {"value": value} for name, value in examples.items()}
    return {"application/json": {"schema": schema, "examples": named}}


def _spec(**detail_examples: Any) -> dict[str, Any]:
    note_id = {"name": "note_id", "in": "path", "required": True, "schema": {"type": "integer"}}
    listed = {"type": "array", "items": _NOTE}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Notes", "version": "1"},
        "paths": {
            NOTES: {
                "get": {
                    "operationId": "list_notes",
                    "responses": {
                        "200": {"description": "OK", "content": _json(listed, all=[_MILK, {"id": 2}])}
                    },
                },
                "post": {
                    "operationId": "create_note",
                    "requestBody": {"content": {"application/json": {"schema": _NOTE}}},
                    "responses": {"201": {"description": "Created", "content": _json(_NOTE, new={"id": 3})}},
                },
            },
            "/api/notes/{note_id}/": {
                "get": {
                    "operationId": "get_note",
                    "parameters": [note_id],
                    "responses": {
                        "200": {"description": "OK", "content": _json(_NOTE, **detail_examples)},
                        "404": {"description": "No such note"},
                    },
                }
            },
        },
    }


def _client(**detail_examples: Any) -> Client:
    return Client(make_app(_spec(**(detail_examples or {"milk": _MILK})), token_secret="s" * 44))


def test_an_id_the_list_and_the_create_examples_show_is_answered_with_the_example() -> None:
    client = _client()
    listed = [note["id"] for note in client.get(NOTES).json()]
    created = client.post(NOTES, json={"title": "Eggs"}).json()["id"]
    for note_id in (*listed, created, 12345):
        response = client.get(NOTE.format(note_id))
        assert (response.status_code, response.json()) == (200, _MILK), note_id


def test_an_id_an_example_carries_picks_that_example_any_other_the_first() -> None:
    client = _client(milk=_MILK, eggs={"id": 2, "title": "Eggs"})
    assert client.get(NOTE.format(2)).json()["title"] == "Eggs"
    assert client.get(NOTE.format(1)).json()["title"] == "Milk"
    assert client.get(NOTE.format(9)).json()["title"] == "Milk"
    assert client.request("HEAD", NOTE.format(9)).status_code == 200


def test_the_documented_404_is_asked_for_and_an_id_of_another_type_refused() -> None:
    client = _client()
    missing = client.get(NOTE.format(9), headers={"Prefer": "code=404"})
    assert missing.status_code == 404
    wrong = client.get(NOTE.format("x"))
    assert wrong.status_code == 404
    assert [found["pointer"] for found in wrong.json()["problems"]] == ["/path/note_id"]
