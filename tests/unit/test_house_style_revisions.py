"""Older revisions and siblings of the house style (issue 23): a JSON example that stops before
its last closing brackets, the endpoint as the document's title section, "Arrays in the X
Endpoint" sections, and an example showing the page of a table that documents the items.

Each test builds a small document through the real pipeline and asserts the spec fragment a user
would see, and the finding where the document needs one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rstapi.pipeline import BuildResult
from tests.conftest import build_document, operation
from tests.rst_style import endpoint, field_table, line_number, literal, subsection

PATH = "/gizmo/v1/gadgets"


def _found(result: BuildResult, code: str) -> list[tuple[int, str]]:
    return [(d.location.line if d.location else 0, d.message) for d in result.diagnostics if d.code == code]


def _examples(spec: dict[str, Any], method: str = "get", path: str = PATH) -> list[Any]:
    media = operation(spec, method, path)["responses"]["200"]["content"]["application/json"]
    return [example["value"] for example in media["examples"].values()]


# ---------------------------------------------------------------- a block that stops before its closers

_TRUNCATED = """{
  "count": 1,
  "results": [
    {
      "name": "sprocket",
      "manual": "https://gizmo.example.org/manuals/
          sprocket.pdf",
      "tags": ["small", "red"]
    }"""
_TABLE = field_table(
    ("count", "integer", "How many gadgets."),
    ("results", "array", "The gadgets."),
)


def test_a_block_that_stops_before_its_last_closers_is_read_with_them_added(tmp_path: Path) -> None:
    rest = subsection("Response Values", _TABLE) + subsection("Example Response", literal(_TRUNCATED))
    spec, result, text = build_document(tmp_path, endpoint(rest=rest))
    item = {"name": "sprocket", "manual": "https://gizmo.example.org/manuals/sprocket.pdf"}
    assert _examples(spec) == [{"count": 1, "results": [{**item, "tags": ["small", "red"]}]}]
    last = line_number(text, '"tags": ["small", "red"]') + 1
    assert _found(result, "RST137") == [
        (
            last,
            "JSON example has its last closing brackets missing, read with them added at the end (']}' added)",
        )
    ]
    assert [line for line, _ in _found(result, "RST132")] == [line_number(text, '"manual"')]
    assert _found(result, "RST117") == []


@pytest.mark.parametrize(
    "pasted",
    [
        '{\n  "count": 1,\n  "results": [1, 2}',  # a closer that pairs with no opener: not a truncation
        '{\n  "count": 1,\n  "results": ["a", "b',  # stops inside a string: the value is not guessed
        '{\n  "count": 1,\n  "results": [1, 2]}\n]',  # one closer too many
    ],
    ids=["mismatched", "inside-a-string", "extra-closer"],
)
def test_a_block_whose_brackets_do_not_pair_up_is_not_completed(tmp_path: Path, pasted: str) -> None:
    rest = subsection("Response Values", _TABLE) + subsection("Example Response", literal(pasted))
    _, result, _ = build_document(tmp_path, endpoint(rest=rest))
    assert _found(result, "RST137") == []
    assert len(_found(result, "RST117")) == 1


def test_a_curl_body_that_stops_early_is_what_the_command_sends_and_is_not_completed(tmp_path: Path) -> None:
    curl = 'curl -X POST https://h.example/gizmo/v1/gadgets -d \'{"name": "sprocket"\''
    rest = subsection("Request Values", field_table(("name", "string", "The name."))) + subsection(
        "Example Request", literal(curl)
    )
    _, result, _ = build_document(tmp_path, endpoint(method="POST", rest=rest))
    assert _found(result, "RST137") == []
    assert len(_found(result, "RST117")) == 1
