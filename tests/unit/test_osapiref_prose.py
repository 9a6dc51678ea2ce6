"""An os-api-ref operation's prose is its description: definition lists and simple tables are kept
as CommonMark (as its paragraphs, lists and notes are), the prose of its Request and Response
subsections too, and a block the description cannot show is a finding (RST186) saying what was left
out, never a silent drop. Each case is a made-up service written inline."""

from __future__ import annotations

from pathlib import Path

from rstapi.pipeline import BuildResult
from tests.rst_style import line_number
from tests.unit.test_osapiref_explored import _build, _entry, _index, _items, _operation, _spec

_YAML = _entry("limit", "query", "integer", required=False) + _entry("gadgets", "body", "array")


def _described(tmp_path: Path, prose: str, response: str = "") -> tuple[BuildResult, str, str]:
    text = _operation(
        "List Gadgets",
        "GET /gadgets",
        request=_items("limit: limit"),
        response=response + _items("gadgets: gadgets"),
    ).replace("Does it.\n\n", prose)
    index = _index(text)
    result = _build(tmp_path, {"index.rst": index, "parameters.yaml": _YAML})
    description: str = _spec(result)["paths"]["/gadgets"]["get"]["description"]
    return result, description, index


def _left_out(result: BuildResult) -> list[tuple[str, str]]:
    return [
        (str(d.location), d.message)
        for d in result.diagnostics
        if d.code == "RST186" and "left out of the operation's description" in d.message
    ]


def test_a_definition_list_in_the_prose_is_a_list_of_terms_in_the_description(tmp_path: Path) -> None:
    prose = (
        "Lists gadgets.\n\nThe states are:\n\n``ACTIVE``\n   The gadget runs.\n"
        "STOPPED : string\n   The gadget is stopped.\n\n   It can be started.\n\n"
    )
    result, description, _ = _described(tmp_path, prose)
    assert description == (
        "Lists gadgets.\n\nThe states are:\n\n- **`ACTIVE`**: The gadget runs.\n"
        "- **STOPPED** (string): The gadget is stopped. It can be started."
    )
    assert _left_out(result) == []


def test_simple_tables_in_the_prose_are_pipe_tables_in_the_description(tmp_path: Path) -> None:
    prose = (
        "Lists gadgets.\n\n"
        "+--------+------------------+\n| State  | Meaning          |\n+========+==================+\n"
        "| ACTIVE | it runs          |\n+--------+------------------+\n| ERROR  | none             |\n"
        "+--------+------------------+\n\n"
        "=====  ==========\n1      ``a|b`` or\n3\n=====  ==========\n\n"
        ".. list-table:: Sizes\n   :header-rows: 1\n\n   * - Size\n     - Limit\n   * - small\n     - 10\n\n"
    )
    result, description, _ = _described(tmp_path, prose)
    assert description == (
        "Lists gadgets.\n\n"
        "| State | Meaning |\n| --- | --- |\n| ACTIVE | it runs |\n| ERROR | none |\n\n"
        "|  |  |\n| --- | --- |\n| 1 | `a\\|b` or |\n| 3 |  |\n\n"
        "**Sizes**\n\n| Size | Limit |\n| --- | --- |\n| small | 10 |"
    )
    assert _left_out(result) == []


def test_the_prose_of_request_and_response_subsections_is_kept_after_their_titles(tmp_path: Path) -> None:
    response = (
        "If it succeeds the gadgets are listed.\n\n"
        "=====  =======\ncode   meaning\n=====  =======\n1      one\n=====  =======\n\n"
        '**Example List Gadgets**\n\n.. code-block:: json\n\n   {"gadgets": []}\n\n'
    )
    result, description, _ = _described(tmp_path, "Lists gadgets.\n\n", response)
    assert description == (
        "Lists gadgets.\n\n**Response**\n\nIf it succeeds the gadgets are listed.\n\n"
        "| code | meaning |\n| --- | --- |\n| 1 | one |"
    )  # the sample's title is not prose
    assert _left_out(result) == []


def test_a_table_a_pipe_table_cannot_hold_is_a_finding_naming_what_was_left_out(tmp_path: Path) -> None:
    prose = (
        "Lists gadgets.\n\n"
        "+--------+---------+\n| State  | Meaning |\n+========+=========+\n"
        "| ACTIVE | runs    |\n+--------+ or not  |\n| ERROR  |         |\n+--------+---------+\n\n"
        ".. list-table::\n\n   * - Size\n     - - small\n       - large\n\n"
        "Also:\n\n| a line block\n| of two lines\n\n"
    )
    result, description, index = _described(tmp_path, prose)
    assert description == "Lists gadgets.\n\nAlso:"
    table, list_table, lines = _left_out(result)
    assert table[0] == f"index.rst:{line_number(index, '+--------+---------+')}"
    assert "a table in the prose of 'List Gadgets'" in table[1]
    assert "a cell spans rows or columns" in table[1] and "'State Meaning ACTIVE runs" in table[1]
    assert list_table[0] == f"index.rst:{line_number(index, '.. list-table::')}"
    assert "holds more than one paragraph" in list_table[1]
    assert lines[0] == f"index.rst:{line_number(index, '| a line block')}"
    assert "a line block in the prose of 'List Gadgets'" in lines[1] and "of two lines" in lines[1]


def test_a_literal_block_that_is_no_json_sample_is_a_fenced_code_block(tmp_path: Path) -> None:
    prose = (
        "Lists gadgets.\n\nAn exchange:\n\n.. code-block:: console\n\n"
        "   $ curl -s $URL/gadgets\n   HTTP/1.1 200 OK\n\n"
    )
    response = '**Example List Gadgets**\n\n.. code-block:: json\n\n   {"gadgets": []}\n\n'
    result, description, _ = _described(tmp_path, prose, response)
    assert description == (
        "Lists gadgets.\n\nAn exchange:\n\n~~~console\n$ curl -s $URL/gadgets\nHTTP/1.1 200 OK\n~~~"
    )  # the JSON sample is the response's example, its title no prose
    examples = _spec(result)["paths"]["/gadgets"]["get"]["responses"]["200"]["content"]["application/json"]
    assert [e["value"] for e in examples["examples"].values()] == [{"gadgets": []}]
    assert _left_out(result) == []
