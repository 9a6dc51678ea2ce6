"""What a seventh exploratory round found the house-style reader misread: status lines naming the
methods they are for, the summaries of a section for several methods, curl examples sending a
form, several curl commands in one block, and query parameters in a section for a read and a write.

Each test builds a small document in the house style through the real pipeline and asserts the
spec fragment (or finding) a user would see.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import build_document, operation
from tests.rst_style import code_block, endpoint_for, line_number, list_table, subsection

ITEMS = "/gizmo/v1/gadgets"
ITEM = "/gizmo/v1/gadgets/{id}"
_REQUEST = list_table(
    ("Field", "Data Type", "Required", "Description"),
    ("``name``", "string", "Yes", "The gadget's name."),
    ("``size``", "integer", "No", "The gadget's size."),
)


def _descriptions(spec: dict, method: str, path: str = ITEM) -> dict[str, str]:
    return {status: r["description"] for status, r in operation(spec, method, path)["responses"].items()}


def test_the_methods_a_status_line_is_for_are_no_description(tmp_path: Path) -> None:
    """ "200 OK: GET, PUT, PATCH" made the 200 described "GET, PUT, PATCH", and "204 No Content:
    DELETE, the gadget was removed." kept "DELETE," in the DELETE's description."""
    statuses = "* 200 OK: GET, PUT, PATCH\n* 204 No Content: DELETE, the gadget was removed.\n"
    rest = subsection("Request Values", _REQUEST) + subsection("Response Code", statuses)
    spec, _, _ = build_document(
        tmp_path, endpoint_for(("GET", "PUT", "PATCH", "DELETE"), path=ITEM, rest=rest)
    )
    for method in ("get", "put", "patch"):
        assert _descriptions(spec, method) == {"200": "OK"}
    assert _descriptions(spec, "delete") == {"204": "The gadget was removed."}


def test_a_status_line_whose_method_is_its_subject_keeps_its_words(tmp_path: Path) -> None:
    statuses = (
        "* 200 OK: GET lists the gadgets.\n* 201 Created: POST made one.\n* 400 Bad Request (POST only)\n"
    )
    rest = subsection("Request Values", _REQUEST) + subsection("Response Code", statuses)
    spec, _, _ = build_document(tmp_path, endpoint_for(("GET", "POST"), path=ITEMS, rest=rest))
    assert _descriptions(spec, "get", ITEMS) == {"200": "GET lists the gadgets."}
    assert _descriptions(spec, "post", ITEMS) == {"201": "POST made one.", "400": "Bad Request"}


def test_a_status_tables_method_cell_is_no_description(tmp_path: Path) -> None:
    statuses = list_table(("Status", "Description"), ("200 OK", "GET, PUT"), ("204 No Content", "DELETE"))
    rest = subsection("Request Values", _REQUEST) + subsection("Status Codes", statuses)
    spec, _, _ = build_document(tmp_path, endpoint_for(("GET", "PUT", "DELETE"), path=ITEM, rest=rest))
    assert _descriptions(spec, "put") == {"200": "OK"}
    assert _descriptions(spec, "delete") == {"204": "No Content"}


def test_doc213_names_the_examples_status_by_its_reason_phrase(tmp_path: Path) -> None:
    """The message read "status 201 POST added the gadget., but the prose ... says 200 OK"."""
    statuses = "The request returns 200 OK when the gadget exists already.\n\n* 201 Created: POST added the gadget.\n"
    rest = (
        subsection("Request Values", _REQUEST)
        + subsection("Response Code", statuses)
        + subsection("Example 201 Response", code_block('{"name": "a", "size": 1}'))
    )
    _, result, _ = build_document(tmp_path, endpoint_for(("POST",), path=ITEMS, rest=rest))
    [message] = [d.message for d in result.diagnostics if d.code == "DOC213"]
    assert message.startswith("the example response has status 201 Created, but the prose at line ")
    assert message.endswith("says 200 OK")


_QUERY = list_table(("Parameter", "Data Type", "Description"), ("``page``", "integer", "The page to list."))


def _query_names(spec: dict, method: str, path: str = ITEMS) -> list[str]:
    return [p["name"] for p in operation(spec, method, path).get("parameters", []) if p["in"] == "query"]


def test_query_parameters_beside_a_get_are_not_the_posts(tmp_path: Path) -> None:
    """The POST of a GET and POST section was given the list's ``page`` query parameter."""
    rest = subsection("Query Parameters", _QUERY) + subsection("Request Values", _REQUEST)
    spec, _, _ = build_document(tmp_path, endpoint_for(("GET", "POST"), path=ITEMS, rest=rest))
    assert _query_names(spec, "get") == ["page"]
    assert _query_names(spec, "post") == []
    assert "requestBody" in operation(spec, "post", ITEMS)


def test_query_parameters_titled_with_the_post_are_the_posts(tmp_path: Path) -> None:
    rest = subsection("POST Query Parameters", _QUERY) + subsection("Request Values", _REQUEST)
    spec, _, _ = build_document(tmp_path, endpoint_for(("GET", "POST"), path=ITEMS, rest=rest))
    assert _query_names(spec, "get") == []
    assert _query_names(spec, "post") == ["page"]


def test_query_parameters_of_writes_alone_are_theirs(tmp_path: Path) -> None:
    rest = subsection("Query Parameters", _QUERY) + subsection("Request Values", _REQUEST)
    spec, _, _ = build_document(tmp_path, endpoint_for(("PUT", "PATCH"), path=ITEM, rest=rest))
    assert _query_names(spec, "put", ITEM) == ["page"]
    assert _query_names(spec, "patch", ITEM) == ["page"]


def _summaries(
    prose: str, methods: tuple[str, ...], tmp_path: Path, title: str = "gadgets Endpoint"
) -> list[str]:
    text = endpoint_for(methods, path=ITEMS).replace(
        "GET calls to the ``gadgets`` endpoint list gadgets.", prose
    )
    spec, _, _ = build_document(tmp_path, text.replace("gadgets Endpoint", title))
    return [operation(spec, method.lower(), ITEMS)["summary"] for method in methods]


def test_a_lead_in_naming_no_method_gives_each_method_its_own_verb(tmp_path: Path) -> None:
    """The GET and the POST were both "List and add comments": a console listed two operations
    with one summary."""
    prose = "The ``comments`` endpoint lets you list and add comments."
    assert _summaries(prose, ("GET", "POST"), tmp_path) == ["List comments", "Add comments"]


def test_a_verb_list_names_the_verb_of_each_method(tmp_path: Path) -> None:
    prose = "Use the ``comments`` endpoint to retrieve, update or delete a comment."
    assert _summaries(prose, ("GET", "PATCH", "DELETE"), tmp_path) == [
        "Retrieve a comment",
        "Update a comment",
        "Delete a comment",
    ]


def test_one_verb_for_several_methods_gives_each_the_verb_of_its_method(tmp_path: Path) -> None:
    prose = "The ``comments`` endpoint lets you manage comments."
    assert _summaries(prose, ("GET", "POST"), tmp_path) == ["Get comments", "Create comments"]


def test_a_title_naming_both_actions_is_cut_to_each_methods(tmp_path: Path) -> None:
    prose = "The ``comments`` endpoint lets you list and add comments."
    found = _summaries(prose, ("GET", "POST"), tmp_path, title="List and Add Comments")
    assert found == ["List comments", "Add comments"]


def test_the_gets_sentence_is_not_the_posts_summary(tmp_path: Path) -> None:
    """A POST beside a GET whose sentence alone the prose has was summarised "List gadgets"."""
    prose = "GET calls to the ``gadgets`` endpoint list gadgets."
    assert _summaries(prose, ("GET", "POST"), tmp_path) == ["List gadgets", "Create gadgets"]


def test_a_lead_in_naming_every_method_gives_each_its_verb(tmp_path: Path) -> None:
    prose = "GET and POST calls to the ``comments`` endpoint list and add comments."
    assert _summaries(prose, ("GET", "POST"), tmp_path) == ["List comments", "Add comments"]


def test_each_curl_command_of_a_block_is_an_example_of_its_own_method(tmp_path: Path) -> None:
    """Two commands in one block, each after a comment, were read as one: DOC212 ("line continuation
    missing before '# Add a gadget'"), and the GET's ``?page=2`` a query parameter of the POST."""
    curls = (
        "# List the gadgets\n"
        "curl https://api.example.com/gizmo/v1/gadgets?page=2\n"
        "\n"
        "# Add a gadget\n"
        "curl -X POST https://api.example.com/gizmo/v1/gadgets \\\n"
        '  -H "Content-Type: application/json" \\\n'
        '  -d \'{"name": "a", "size": 1,}\''
    )
    rest = (
        subsection("Query Parameters", _QUERY)
        + subsection("Request Values", _REQUEST)
        + subsection("Example Request", code_block(curls, "bash"))
    )
    spec, result, text = build_document(tmp_path, endpoint_for(("GET", "POST"), path=ITEMS, rest=rest))
    get, post = operation(spec, "get", ITEMS), operation(spec, "post", ITEMS)
    assert [(p["name"], p.get("example")) for p in get["parameters"]] == [("page", 2)]
    assert "parameters" not in post
    body = post["requestBody"]["content"]["application/json"]
    assert [e["value"] for e in body["examples"].values()] == [{"name": "a", "size": 1}]
    found = [(d.code, d.location.line if d.location else 0) for d in result.diagnostics]
    assert [code for code, _ in found if code in {"DOC205", "DOC207", "DOC212", "RST152"}] == []
    assert ("RST133", line_number(text, '"size": 1,}')) in found


def _sent(tmp_path: Path, method: str, curl: str) -> tuple[dict, list[str]]:
    rest = subsection("Request Values", _REQUEST) + subsection("Example Request", code_block(curl, "bash"))
    spec, result, _ = build_document(tmp_path, endpoint_for((method,), path=ITEM, rest=rest))
    return operation(spec, method.lower(), ITEM)["requestBody"]["content"], [
        d.code for d in result.diagnostics
    ]


def test_a_curl_sending_urlencoded_data_makes_a_form_body(tmp_path: Path) -> None:
    """``--data-urlencode`` made an ``application/json`` body, though curl sends a form."""
    content, _ = _sent(
        tmp_path,
        "PATCH",
        'curl -X PATCH https://api.example.com/gizmo/v1/gadgets/7 --data-urlencode "name=a b"',
    )
    assert list(content) == ["application/x-www-form-urlencoded"]
    assert [e["value"] for e in content["application/x-www-form-urlencoded"]["examples"].values()] == [
        {"name": "a b"}
    ]


def test_a_curl_sending_name_value_pairs_makes_a_form_body_of_every_pair(tmp_path: Path) -> None:
    """``-d name=a -d size=3`` was a JSON body whose example "size=3" did not parse (RST117)."""
    curl = "curl -X POST https://api.example.com/gizmo/v1/gadgets/7 -d name=a -d size=3"
    content, codes = _sent(tmp_path, "POST", curl)
    form = content["application/x-www-form-urlencoded"]
    assert [e["value"] for e in form["examples"].values()] == [{"name": "a", "size": 3}]
    assert "RST117" not in codes and "SPEC401" not in codes


def test_a_curl_sending_form_fields_makes_a_multipart_body(tmp_path: Path) -> None:
    curl = "curl -X POST https://api.example.com/gizmo/v1/gadgets/7 -F name=a -F 'size=3' -F photo=@a.png"
    content, codes = _sent(tmp_path, "POST", curl)
    assert [e["value"] for e in content["multipart/form-data"]["examples"].values()] == [
        {"name": "a", "size": 3}
    ]
    assert "RST168" in codes  # the file's content is not read


def test_a_content_type_header_or_a_json_body_keeps_json(tmp_path: Path) -> None:
    url = "https://api.example.com/gizmo/v1/gadgets/7"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    written = f'curl -X POST {url} -d \'{{"name": "a", "size": 1}}\''
    assert list(_sent(tmp_path / "a", "POST", written)[0]) == ["application/json"]
    said = f'curl -X POST {url} -H "Content-Type: application/json" --data-urlencode "name=a"'
    assert list(_sent(tmp_path / "b", "POST", said)[0]) == ["application/json"]


def test_pairs_and_urlencoded_values_are_one_form(tmp_path: Path) -> None:
    curl = 'curl -X POST https://api.example.com/gizmo/v1/gadgets/7 -d size=3 --data-urlencode "name=a b"'
    content, codes = _sent(tmp_path, "POST", curl)
    form = content["application/x-www-form-urlencoded"]
    assert [e["value"] for e in form["examples"].values()] == [{"size": 3, "name": "a b"}]
    assert "RST168" not in codes
