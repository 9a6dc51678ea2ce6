"""The library service (tests/contract/drf_services) run by Django's ASGI handler in the test
process, handed to `run_contract` as its `app`: the documented phase's in-process sender against a
real Django REST framework request cycle (authentication, throttles)."""

from __future__ import annotations

from typing import Any

import pytest

from rstapi.contract import ContractSettings, run_contract, summary_text
from tests.conftest import build_rst
from tests.contract.drf_services import ALICE_TOKEN
from tests.contract.drf_services_docs import library_reference

SEARCH = "list_library_search"


@pytest.fixture(scope="module")
def library_app(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The library in this process, its search throttled at one request a second (Retry-After: 1)."""
    from tests.contract.drf_services.asgi import application

    return application("library", str(tmp_path_factory.mktemp("library") / "db.sqlite3"), search_rate="1/s")


@pytest.fixture(scope="module")
def library_spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    result = build_rst(tmp_path_factory.mktemp("library_doc"), library_reference(), name="library.rst")
    assert result.spec is not None, result.diagnostics
    return result.spec


def test_the_documented_phase_in_process_waits_out_a_throttle(
    library_app: Any, library_spec: dict[str, Any]
) -> None:
    """Sent in-process, the documented phase took the search's 429 as its answer (the sockets'
    sender waited it out): the run's results were partial, and not green, where the budget
    allowed the wait. It now waits and sends the request again, as every other sender does."""
    settings = ContractSettings(
        "http://127.0.0.1",
        token=f"Token {ALICE_TOKEN}",
        include=(SEARCH,),
        phases=("documented",),
        shrink_requests=0,
        throttle_wait=8,
    )
    report = run_contract(library_spec, settings, app=library_app)
    search = report.operation(SEARCH)
    assert 429 not in dict(search.statuses) and not search.errors, summary_text(report)
    (note,) = report.notes
    assert note.startswith("the service throttled ") and "(--throttle-wait 8s)" in note
    assert search.status == "passed" and report.ok, summary_text(report)
