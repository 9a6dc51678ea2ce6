"""Response headers the reference documents, checked against the library service (tests/contract/
drf_services, a real Django REST framework server on 127.0.0.1) with an httpdomain reference of the
tests' own: a required header the service never sends, and one it sends with a value of another
type. Each finding names the header and its line, and what the service sent instead."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from rstapi.contract import ContractSettings, run_contract, summary_text
from rstapi.naming import operation_id_for
from tests.conftest import build_rst
from tests.contract.conftest import drf_server
from tests.contract.drf_services import ALICE_TOKEN
from tests.httpdomain_style import resource
from tests.rst_style import line_number

ME = "/library/me/"
OPERATION = operation_id_for("GET", ME)
TEXT = resource(
    "get",
    ME,
    "**Example response**:",
    "",
    ".. sourcecode:: http",
    "",
    "   HTTP/1.1 200 OK",
    "   Content-Type: application/json",
    "",
    '   {"username": "alice"}',
    "",
    ":resjson string username: The caller's user name.",
    ":resheader X-Request-Id: The id the service gave the request.",
    ":resheader integer Vary: How many headers the answer varies on.",
    ":statuscode 200: The caller.",
)
OVERLAY = f"""
overlay: 1.0.0
info:
  title: the service always sends its request id
  version: 1.0.0
actions:
  - target: $.paths['{ME}'].get.responses['200'].headers['X-Request-Id']
    update:
      required: true
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, Any]]]:
    result = build_rst(tmp_path_factory.mktemp("doc"), TEXT, name="library.rst", overlay=OVERLAY)
    assert result.spec is not None, result.diagnostics
    assert result.spec["paths"][ME]["get"]["responses"]["200"]["headers"]["X-Request-Id"]["required"]
    with drf_server(tmp_path_factory.mktemp("library"), "library") as base_url:
        yield base_url, result.spec


def _headers_findings(library: tuple[str, dict[str, Any]]) -> list[Any]:
    base_url, spec = library
    settings = ContractSettings(
        base_url,
        token=f"Token {ALICE_TOKEN}",
        include=(OPERATION,),
        phases=("fuzzing",),
        max_examples=3,
        shrink_requests=0,
    )
    report = run_contract(spec, settings)
    found = [f for f in report.operation(OPERATION).findings if f.check == "response_headers_conformance"]
    assert found, summary_text(report)
    return found


def test_a_missing_required_header_names_the_header_its_line_and_what_came(
    library: tuple[str, dict[str, Any]],
) -> None:
    """The finding said "expected: " (nothing) and "observed: The following required headers are
    missing from the response:" without the header's name."""
    (missing,) = [f for f in _headers_findings(library) if "X-Request-Id" in f.expected]
    line = line_number(TEXT.lstrip("\n"), ":resheader X-Request-Id:")
    assert missing.expected == "the header X-Request-Id (required) in a 200 response"
    assert missing.source == f"library.rst:{line}"
    assert missing.observed.startswith("no X-Request-Id header; the 200 response's headers: ")
    assert "content-type" in missing.observed and "vary" in missing.observed


def test_a_header_of_another_type_names_the_header_and_the_value_sent(
    library: tuple[str, dict[str, Any]],
) -> None:
    (vary,) = [f for f in _headers_findings(library) if "Vary" in f.expected]
    line = line_number(TEXT.lstrip("\n"), ":resheader integer Vary:")
    assert vary.expected == "the header Vary: integer in a 200 response"
    assert vary.source == f"library.rst:{line}"
    assert vary.observed == "Vary: Accept, Cookie"
