"""Response headers the reference documents, checked on the documented phase's own answers (the
reference's requests, sent first) as schemathesis' phases check theirs, against the library service
(tests/contract/drf_services, a real Django REST framework server on 127.0.0.1) with an httpdomain
reference of the tests' own: a 201 without the `Location` the overlay makes required, a list without
its required `X-Total-Count`, a header sent with a value of another type. A header both the
documented phase and schemathesis find missing is one finding, counted."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from rstapi.contract import ContractReport, ContractSettings, run_contract, summary_text
from rstapi.naming import operation_id_for
from tests.conftest import build_rst
from tests.contract.conftest import drf_server
from tests.contract.drf_services import ALICE_TOKEN
from tests.rst_style import line_number

BOOKS, ME = "/library/books/", "/library/me/"
CREATE, LIST, WHO = (
    operation_id_for("POST", BOOKS),
    operation_id_for("GET", BOOKS),
    operation_id_for("GET", ME),
)
CHECK = "response_headers_conformance"
TEXT = f"""\
Library
=======

.. http:post:: {BOOKS}

   Add a book.

   **Example request**:

   .. sourcecode:: http

      POST {BOOKS} HTTP/1.1
      Content-Type: application/json

      {{"title": "Dune", "public": true}}

   :<json string title: the title
   :<json boolean public: whether every user may read it
   :>json int id: the book's id
   :>json string title: the title
   :>json string owner: who owns it
   :>json boolean public: whether every user may read it
   :resheader Location: the new book's URL
   :statuscode 201: the book
   :statuscode 400: a field is missing or invalid

.. http:get:: {BOOKS}

   The books, a page at a time.

   :query int page: the page
   :>json int count: how many books there are
   :>json string next: the next page
   :>json string previous: the previous page
   :>json array results: the books
   :resheader integer X-Total-Count: how many books there are
   :statuscode 200: a page

.. http:get:: {ME}

   The caller.

   :>json string username: the caller's user name
   :resheader integer Vary: how many headers the answer varies on
   :statuscode 200: the caller
"""
OVERLAY = f"""
overlay: 1.0.0
info:
  title: the headers the service always sends
  version: 1.0.0
actions:
  - target: $.paths['{BOOKS}'].post.responses['201'].headers['Location']
    update:
      required: true
  - target: $.paths['{BOOKS}'].get.responses['200'].headers['X-Total-Count']
    update:
      required: true
"""


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, Any]]]:
    result = build_rst(tmp_path_factory.mktemp("doc"), TEXT, name="library.rst", overlay=OVERLAY)
    assert result.spec is not None, result.diagnostics
    with drf_server(tmp_path_factory.mktemp("library"), "library") as base_url:
        yield base_url, result.spec


def _run(library: tuple[str, dict[str, Any]], *phases: str, **settings: Any) -> ContractReport:
    base_url, spec = library
    chosen = ContractSettings(
        base_url,
        token=f"Token {ALICE_TOKEN}",
        phases=phases,
        max_examples=3,
        shrink_requests=0,
        preflight=False,
        **settings,
    )
    return run_contract(spec, chosen)


def _headers(report: ContractReport, operation: str) -> list[Any]:
    return [f for f in report.operation(operation).findings if f.check == CHECK]


def test_the_documented_phase_reports_a_201_without_its_required_location(
    library: tuple[str, dict[str, Any]],
) -> None:
    """The documented phase judged the 201's body and not its headers: a run of that phase alone
    was green although the service never sends the Location the reference requires."""
    report = _run(library, "documented", include=(CREATE,))
    (missing,) = _headers(report, CREATE)
    assert missing.phase == "documented", summary_text(report)
    assert missing.expected == "the header Location (required) in a 201 response"
    assert missing.observed.startswith("no Location header; the 201 response's headers: ")
    assert "content-type" in missing.observed
    assert missing.source == f"library.rst:{line_number(TEXT, ':resheader Location:')}"
    assert missing.curl.startswith(f"curl -X POST {library[0]}{BOOKS}")
    assert not report.ok


def test_the_documented_phase_reports_a_header_value_of_another_type(
    library: tuple[str, dict[str, Any]],
) -> None:
    report = _run(library, "documented", include=(WHO,))
    (vary,) = _headers(report, WHO)
    assert (vary.expected, vary.observed) == (
        "the header Vary: integer in a 200 response",
        "Vary: Accept, Cookie",
    )
    assert vary.source == f"library.rst:{line_number(TEXT, ':resheader integer Vary:')}"
    assert vary.phase == "documented"


def test_a_header_both_phases_find_missing_is_one_finding(library: tuple[str, dict[str, Any]]) -> None:
    report = _run(library, "documented", "fuzzing", include=(LIST,))
    found = _headers(report, LIST)
    assert [f.expected for f in found] == ["the header X-Total-Count (required) in a 200 response"], (
        summary_text(report)
    )
    assert found[0].count > 1
    assert found[0].source == f"library.rst:{line_number(TEXT, ':resheader integer X-Total-Count:')}"
