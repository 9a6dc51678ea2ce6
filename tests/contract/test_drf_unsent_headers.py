"""A response header the reference documents, not required, that the service never sends in the whole
run: checked against the library service (tests/contract/drf_services, a real Django REST framework
server on 127.0.0.1) with an httpdomain reference of the tests' own. It is drift at the header's own
line, as a documented field never returned is; a header the service does send is not reported."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from rstapi.contract import ContractReport, ContractSettings, run_contract, summary_text
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
    ":resjson string username: The caller's user name.",
    ":resheader X-Request-Id: The id the service gave the request, for its logs.",
    ":resheader Vary: What the answer varies on.",
    ":statuscode 200: The caller.",
)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ContractReport]:
    result = build_rst(tmp_path_factory.mktemp("doc"), TEXT, name="library.rst")
    assert result.spec is not None, result.diagnostics
    spec: dict[str, Any] = result.spec
    assert "required" not in spec["paths"][ME]["get"]["responses"]["200"]["headers"]["X-Request-Id"]
    with drf_server(tmp_path_factory.mktemp("library"), "library") as base_url:
        settings = ContractSettings(
            base_url, token=f"Token {ALICE_TOKEN}", include=(OPERATION,), max_examples=3, shrink_requests=0
        )
        yield run_contract(spec, settings)


def _unsent(report: ContractReport) -> list[Any]:
    result = report.operation(OPERATION)
    return [f for f in result.findings if f.check == "unsent_header"]


def test_an_optional_header_never_sent_is_drift_at_its_line(report: ContractReport) -> None:
    """The run said nothing of X-Request-Id: a documented field never returned was drift, a
    documented header never sent was silent."""
    (unsent,) = _unsent(report)
    assert unsent.kind == "drift" and unsent.drift_class == "documented response header never sent"
    assert unsent.source == f"library.rst:{line_number(TEXT.lstrip(chr(10)), ':resheader X-Request-Id:')}"
    assert unsent.expected == "the header X-Request-Id in some 200 response (documented, optional)"
    assert unsent.observed.startswith("X-Request-Id: never sent in ")
    assert unsent.observed.endswith(" responses (200)")
    assert unsent.curl.startswith("curl -X GET ")
    text = summary_text(report)
    assert "[drift, not in the service] documented response header never sent" in text, text


def test_a_header_the_service_sends_is_not_reported(report: ContractReport) -> None:
    assert [f.expected for f in _unsent(report)] == [
        "the header X-Request-Id in some 200 response (documented, optional)"
    ]
    assert report.ok, summary_text(report)  # drift alone does not fail the run
