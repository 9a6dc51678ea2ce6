"""curl examples against the 'Method and Endpoint' table: DOC205, DOC206, DOC207, DOC212."""

from __future__ import annotations

from tests.rst_helpers import document, endpoint, line_of, lint_rst, only


def _curl(url: str, method: str = "GET") -> str:
    return f'curl -X {method} \\\n  {url} \\\n  -H "Authorization: JWT {{access token}}"'


def test_doc205_curl_method_differs_from_the_table() -> None:
    text = document(endpoint(curls=[_curl("https://api.example.com/api/v1/widgets/42", "DELETE")]))
    [found] = only(lint_rst(text), "DOC205")
    assert (found.location and found.location.line) == line_of(text, "curl -X DELETE")
    assert found.message == "curl example sends DELETE, the 'Method and Endpoint' table says GET"
    assert found.pointer == "/paths/~1api~1v1~1widgets~1{widget_id}/get"


def test_doc205_a_body_without_x_means_post() -> None:
    curl = 'curl https://api.example.com/api/v1/widgets \\\n  -d \'{"name": "a"}\''
    rows = [("name", "string", "The name.")]
    text = document(endpoint(method="POST", path="/api/v1/widgets", request=rows, curls=[curl]))
    assert only(lint_rst(text), "DOC205") == []


def test_doc206_literal_segment_differs() -> None:
    text = document(endpoint(curls=[_curl("https://api.example.com/api/v1/gadgets/42")]))
    [found] = only(lint_rst(text), "DOC206")
    assert (found.location and found.location.line) == line_of(text, "api.example.com/api/v1/gadgets")
    assert "'/api/v1/gadgets/42' does not fit '/api/v1/widgets/{widget_id}'" in found.message
    assert "segment 'gadgets' where the template has 'widgets'" in found.message


def test_doc206_trailing_slash() -> None:
    text = document(endpoint(curls=[_curl("https://api.example.com/api/v1/widgets/42/")]))
    [found] = only(lint_rst(text), "DOC206")
    assert found.message.endswith("trailing slash not in the template")


def test_doc206_missing_segment() -> None:
    text = document(endpoint(curls=[_curl("https://api.example.com/widgets/42")]))
    [found] = only(lint_rst(text), "DOC206")
    assert found.message.endswith(": 2 segment(s) missing")


def test_doc206_not_reported_for_a_fitting_url_on_a_base_path() -> None:
    text = document(endpoint(curls=[_curl("https://api.example.com/base/api/v1/widgets/42")]))
    assert only(lint_rst(text), "DOC206") == []


def test_doc207_undeclared_query_parameter() -> None:
    text = document(endpoint(curls=[_curl("https://api.example.com/api/v1/widgets/42?colour=red")]))
    [found] = only(lint_rst(text), "DOC207")
    assert (found.location and found.location.line) == line_of(text, "?colour=red")
    assert (
        found.message
        == "curl example uses query parameter 'colour', which no table or prose of the section declares"
    )


def test_doc207_not_reported_for_a_parameter_in_a_parameters_table() -> None:
    url = "https://api.example.com/api/v1/widgets/42?colour=red"
    text = document(
        endpoint(curls=[_curl(url)], parameters=[("colour", "string", "Only widgets of this colour.")])
    )
    assert only(lint_rst(text), "DOC207") == []


def test_doc212_missing_line_continuation() -> None:
    curl = 'curl -X GET\n  https://api.example.com/api/v1/widgets/42 \\\n  -H "Authorization: JWT {access token}"'
    text = document(endpoint(curls=[curl]))
    [found] = only(lint_rst(text), "DOC212")
    line = line_of(text, "  https://api.example.com/api/v1/widgets/42")
    assert (found.location and found.location.line) == line
    assert f"line {line}: line continuation '\\' missing" in found.message


def test_doc212_not_reported_for_a_well_formed_command() -> None:
    assert only(lint_rst(document(endpoint())), "DOC212") == []


def test_curl_written_with_a_prompt_and_attached_option_values_is_read() -> None:
    """ "$ curl -XDELETE -H'...' URL" (a prompt, values attached to their options) is the same command
    as "curl -X DELETE -H '...' URL": read, and checked against the table like any other."""
    curl = "$ curl -XDELETE -H'Authorization: JWT {access token}' https://api.example.com/api/v1/widgets/42"
    text = document(endpoint(curls=[curl]))
    found = lint_rst(text)
    [differs] = only(found, "DOC205")
    assert differs.message == "curl example sends DELETE, the 'Method and Endpoint' table says GET"
    assert only(found, "RST152") == []


def test_curl_long_options_with_equals_and_url_option() -> None:
    from rstapi.rst.curl import parse_curl

    command = parse_curl(
        "% curl --request=PUT --url https://api.example.com/api/v1/widgets/42 --data-raw='{}'"
    )
    assert (command.method, command.url, command.body) == (
        "PUT",
        "https://api.example.com/api/v1/widgets/42",
        "{}",
    )
