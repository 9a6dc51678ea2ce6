"""httpdomain documents of a fourth exploratory round: a response header written twice, what a
response header's description says of its values, a query parameter only an example request sends,
and the server-wide ``OPTIONS *`` target."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.pipeline import BuildResult
from tests.httpdomain_style import built, resource
from tests.rst_style import line_number


def _found(result: BuildResult, code: str) -> list[tuple[int, str]]:
    return [(d.location.line if d.location else 0, d.message) for d in result.diagnostics if d.code == code]


# ---------------------------------------------------------------- 1: a header documented twice


def test_a_response_header_written_twice_keeps_the_first_and_says_so(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/things",
        ":resheader X-Rate: the requests left",
        ":resheader X-Rate: the requests left this hour",
        ":statuscode 200: ok",
    )
    spec, result = built(tmp_path, text)
    headers = spec["paths"]["/things"]["get"]["responses"]["200"]["headers"]
    assert headers == {"X-Rate": {"description": "the requests left", "schema": {"type": "string"}}}
    [(line, message)] = _found(result, "DOC204")
    assert line == line_number(text, ":resheader X-Rate:", 2)
    first = line_number(text, ":resheader X-Rate:")
    assert message == (
        f"response header 'X-Rate' is documented twice (first at line {first}); the first is used"
    )
    assert _found(result, "RST151") == []


def test_a_request_header_written_twice_in_another_case_is_a_duplicate(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/things",
        ":reqheader X-Token: the token",
        ":reqheader x-token: a token",
        ":statuscode 200: ok",
    )
    spec, result = built(tmp_path, text)
    assert [p["name"] for p in spec["paths"]["/things"]["get"]["parameters"]] == ["X-Token"]
    [(line, message)] = _found(result, "DOC204")
    assert line == line_number(text, ":reqheader x-token:")
    assert "'x-token' is documented twice" in message


def test_one_header_for_two_statuses_is_no_duplicate(tmp_path: Path) -> None:
    """``Retry-After`` said once for 503 and once for 429 is two headers, one per status."""
    text = resource(
        "get",
        "/things",
        ":resheader Retry-After: on 503, the seconds to wait",
        ":resheader Retry-After: on 429, the seconds until the quota resets",
        ":statuscode 200: ok",
        ":statuscode 429: too many requests",
        ":statuscode 503: unavailable",
    )
    spec, result = built(tmp_path, text)
    responses = spec["paths"]["/things"]["get"]["responses"]
    assert responses["503"]["headers"]["Retry-After"]["description"] == "on 503, the seconds to wait"
    assert responses["429"]["headers"]["Retry-After"]["description"].startswith("on 429")
    assert _found(result, "DOC204") == []


# ---------------------------------------------------------------- 2: a response header's values


def test_a_response_header_takes_the_values_its_description_says(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/things",
        ":resheader X-Mode: one of ``fast`` or ``slow``",
        ":resheader X-Request-Id: exactly 36 characters",
        ":resheader X-Rate: the requests left, an integer between 0 and 100",
        ":statuscode 200: ok",
    )
    spec, _ = built(tmp_path, text)
    headers = spec["paths"]["/things"]["get"]["responses"]["200"]["headers"]
    assert headers["X-Mode"]["schema"] == {"type": "string", "enum": ["fast", "slow"]}
    assert headers["X-Request-Id"]["schema"] == {"type": "string", "minLength": 36, "maxLength": 36}
    assert headers["X-Rate"]["schema"] == {"type": "integer", "minimum": 0, "maximum": 100}


def test_a_request_header_takes_the_type_its_description_names(tmp_path: Path) -> None:
    text = resource("get", "/things", ":reqheader X-Page-Size: at most 50, an integer", ":statuscode 200: ok")
    spec, _ = built(tmp_path, text)
    [header] = spec["paths"]["/things"]["get"]["parameters"]
    assert header["schema"] == {"type": "integer", "maximum": 50}


def test_a_response_header_value_no_value_fits_is_reported(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/things",
        ":resheader X-Rate: an integer between 100 and 1",
        ":statuscode 200: ok",
    )
    _, result = built(tmp_path, text)
    [(line, message)] = _found(result, "RST160")
    assert line == line_number(text, ":resheader X-Rate:")
    assert message.startswith("response header 'X-Rate': ")


# ---------------------------------------------------------------- 3: a query only an example sends


def test_a_query_parameter_only_a_raw_request_sends_is_reported(tmp_path: Path) -> None:
    text = resource(
        "patch",
        "/items/(int:id)",
        ":query fields: the fields to return",
        ":statuscode 200: ok",
        "",
        "**Example request**:",
        "",
        ".. sourcecode:: http",
        "",
        "   PATCH /items/7?dry_run=true&fields=name HTTP/1.1",
        "   Host: example.com",
    )
    spec, result = built(tmp_path, text)
    names = [p["name"] for p in spec["paths"]["/items/{id}"]["patch"]["parameters"]]
    assert names == ["id", "fields"]
    [(line, message)] = _found(result, "DOC207")
    assert line == line_number(text, "PATCH /items/7?")
    assert "'dry_run'" in message and "no :query field" in message


def test_a_query_parameter_only_a_curl_command_sends_is_reported(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/items",
        ":query limit: at most 10",
        ":statuscode 200: ok",
        "",
        "**Example request**:",
        "",
        ".. code-block:: bash",
        "",
        '   curl "https://example.com/items?limit=5&sort=name"',
    )
    _, result = built(tmp_path, text)
    [(line, message)] = _found(result, "DOC207")
    assert line == line_number(text, "curl ")
    assert "'sort'" in message


def test_query_parameters_the_signature_or_fields_name_are_not_reported(tmp_path: Path) -> None:
    text = resource(
        "get",
        "/items?page=",
        ":query limit: at most 10",
        ":statuscode 200: ok",
        "",
        "**Example request**:",
        "",
        ".. sourcecode:: http",
        "",
        "   GET /items?page=2&limit=5 HTTP/1.1",
    )
    _, result = built(tmp_path, text)
    assert _found(result, "DOC207") == []


# ---------------------------------------------------------------- 4: the server-wide OPTIONS *


def test_options_asterisk_is_reported_and_makes_no_path(tmp_path: Path) -> None:
    text = (
        resource("options", "*", ":statuscode 200: the methods the server allows")
        + "\n.. http:get:: /things\n\n   List.\n\n   :statuscode 200: ok\n"
    )
    spec, result = built(tmp_path, text)
    paths: dict[str, Any] = spec["paths"]
    assert list(paths) == ["/things"]
    assert [t["name"] for t in spec.get("tags", [])] in ([], ["things"])
    [(line, message)] = [f for f in _found(result, "RST164") if "*" in f[1]]
    assert line == line_number(text, ".. http:options:: *")
    assert "server-wide" in message


# ---------------------------------------------------------------- 5: the WebSocket domain

CHAT = """\
Chat
====

.. websocket:connection:: /chat/(int:room_id)

   Join a chat room.

   :param room_id: the room
   :server-message: a message of the room

.. http:get:: /rooms/(int:room_id)

   A room: :websocket:connection:`/chat/(int:room_id)` joins it, or
   :websocket:connection:`its chat </chat/(int:room_id)>`.

   :statuscode 200: the room
"""


def test_a_websocket_connection_is_reported_not_an_unknown_directive(tmp_path: Path) -> None:
    """sphinxcontrib-httpdomain 2.x has a WebSocket domain, which OpenAPI cannot describe: the
    connection is RST164 at its directive (was RST103 'Unknown directive type', an error), and its
    role shows what Sphinx shows ("WebSocket /chat/...")."""
    spec, result = built(tmp_path, CHAT)
    assert list(spec["paths"]) == ["/rooms/{room_id}"]
    description = spec["paths"]["/rooms/{room_id}"]["get"]["description"]
    assert description == "A room: WebSocket /chat/(int:room_id) joins it, or its chat."
    assert _found(result, "RST103") == []
    [(line, message)] = _found(result, "RST164")
    assert line == line_number(CHAT, ".. websocket:connection::")
    assert message.startswith("websocket:connection /chat/(int:room_id) documents a WebSocket connection")
    assert _found(result, "RST151") == []


def test_a_page_of_websocket_connections_only_is_read_and_reported(tmp_path: Path) -> None:
    text = "Chat\n====\n\n.. websocket:connection:: /chat\n\n   Join.\n"
    _, result = built(tmp_path, text)
    [(line, _)] = _found(result, "RST164")
    assert line == line_number(text, ".. websocket:connection::")
    assert _found(result, "RST103") == []


# ---------------------------------------------------------------- 6: an example value the field refuses


def _listing(*query: str) -> str:
    return resource(
        "get",
        "/uploads",
        *query,
        ":statuscode 200: ok",
        "",
        "**Example request**:",
        "",
        ".. sourcecode:: http",
        "",
        "   GET /uploads?sort=date&limit=100&page=2&code=ab HTTP/1.1",
    )


def test_an_example_value_outside_the_query_fields_values_is_reported_and_no_example(tmp_path: Path) -> None:
    """``limit=100`` for "at most 50" was the spec's example, one its own schema refuses, and no
    finding said so; so was ``sort=date`` for "``name`` or ``size``"."""
    text = _listing(
        ":query sort: ``name`` or ``size``",
        ":query limit: at most 50",
        ":query int page: the page, at least 1",
        ":query code: exactly 3 characters",
    )
    spec, result = built(tmp_path, text)
    parameters = {p["name"]: p for p in spec["paths"]["/uploads"]["get"]["parameters"]}
    assert "example" not in parameters["sort"]
    assert "example" not in parameters["limit"]
    assert "example" not in parameters["code"]
    assert parameters["page"]["example"] == 2
    line = line_number(text, "GET /uploads?")
    assert _found(result, "RST160") == [
        (
            line,
            "the example sends sort='date', which the :query field does not allow (its values are name, size); it is not the example",
        ),
        (
            line,
            "the example sends limit='100', which the :query field does not allow (its maximum is 50); it is not the example",
        ),
        (
            line,
            "the example sends code='ab', which the :query field does not allow (its length is at least 3); it is not the example",
        ),
    ]


def test_an_example_value_the_query_field_allows_is_its_example(tmp_path: Path) -> None:
    text = _listing(":query limit: at most 100", ":query sort: ``date`` or ``name``")
    spec, result = built(tmp_path, text)
    parameters = {p["name"]: p for p in spec["paths"]["/uploads"]["get"]["parameters"]}
    assert parameters["limit"]["example"] == 100
    assert parameters["sort"]["example"] == "date"
    assert _found(result, "RST160") == []
