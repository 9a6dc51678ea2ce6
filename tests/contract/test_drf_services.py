"""The default contract run against two small Django REST framework services of the tests' own
(tests/contract/drf_services, real servers on 127.0.0.1), each documented by a house-style
reference with deliberate drift (tests/contract/drf_services_docs.py): what a QA engineer sees."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rstapi.contract import ContractError, ContractReport, ContractSettings, run_contract, summary_text
from tests.conftest import build_rst
from tests.contract.conftest import drf_server
from tests.contract.drf_services import ALICE_TOKEN
from tests.contract.drf_services_docs import ledger_reference, library_reference
from tests.rst_style import line_number

TRANSFER, LIMIT, ENTRIES = "create_ledger_transfers", "update_ledger_accounts_limit", "list_ledger_entries"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, Any], str]]:
    """The ledger service's base URL, its reference's spec and text."""
    text = ledger_reference()
    result = build_rst(tmp_path_factory.mktemp("ledger_doc"), text, name="ledger.rst")
    assert result.spec is not None, result.diagnostics
    with drf_server(tmp_path_factory.mktemp("ledger"), "ledger") as base_url:
        yield base_url, result.spec, text


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, Any], str]]:
    """The library service's base URL, its reference's spec and text."""
    text = library_reference()
    result = build_rst(tmp_path_factory.mktemp("library_doc"), text, name="library.rst")
    assert result.spec is not None, result.diagnostics
    with drf_server(tmp_path_factory.mktemp("library"), "library") as base_url:
        yield base_url, result.spec, text


def _run(service: tuple[str, dict[str, Any], str], *operations: str, **settings: Any) -> ContractReport:
    base_url, spec, _ = service
    chosen = {"max_examples": 3, "shrink_requests": 0, "include": operations, **settings}
    return run_contract(spec, ContractSettings(base_url, **chosen))


def test_a_redirect_is_the_answer_to_the_request_sent_not_followed(
    ledger: tuple[str, dict[str, Any], str],
) -> None:
    """The reference writes the paths without the trailing slash Django routes: APPEND_SLASH answers
    301. Followed, the POST came back as a GET (405, 'the service does not allow this method') and
    the PUT without its body (400, 'documented request example rejected'). (The preflight stops such
    a run at once, test_drf_redirects.py; without it, the run still judges each redirect.)"""
    report = _run(
        ledger,
        TRANSFER,
        LIMIT,
        token=f"Bearer {ALICE_TOKEN}",
        phases=("examples", "coverage"),
        preflight=False,
    )
    for operation in (TRANSFER, LIMIT):
        result = report.operation(operation)
        assert re.search(r"(every response was|most were) 301", result.not_reached), summary_text(report)
        assert "redirects" in result.not_reached and "--trailing-slash" in result.not_reached
        assert not {f.status for f in result.findings} & {400, 405}, summary_text(report)
    classes = {f.drift_class for op in (TRANSFER, LIMIT) for f in report.operation(op).findings}
    assert "documented request example rejected" not in classes, summary_text(report)


def test_the_same_service_with_the_slash_added_is_reached(ledger: tuple[str, dict[str, Any], str]) -> None:
    report = _run(
        ledger, TRANSFER, LIMIT, token=f"Bearer {ALICE_TOKEN}", phases=("examples",), trailing_slash="add"
    )
    assert report.operation(TRANSFER).not_reached == "", summary_text(report)
    assert report.operation(LIMIT).not_reached == "", summary_text(report)


BOOKS, BOOK, ME = "list_library_books", "get_library_books", "list_library_me"


def test_a_refused_token_stops_the_run_even_where_drf_answers_it_with_403(
    library: tuple[str, dict[str, Any], str],
) -> None:
    """`me` authenticates with SessionAuthentication first, so DRF refuses a bad token with 403
    {"detail": "Invalid token."}: the preflight took that for a permission, not every probe was
    401, and the run went on to send every request with a token the service refuses."""
    with pytest.raises(ContractError, match="the token is refused or expired") as refused:
        _run(library, BOOKS, BOOK, ME, token="Token not-a-token")
    assert "/library/me/ -> 403" in str(refused.value)


def test_a_refused_token_is_the_reason_an_operation_was_not_reached(
    library: tuple[str, dict[str, Any], str],
) -> None:
    """Without the preflight: the book's 401s were left aside as 'requests sent without a token'
    (they carried the refused one), so the 404 pages of malformed ids were the reason ('the
    service does not serve this path'); me's 403 "Invalid token." was 'a permission'."""
    report = _run(
        library, BOOK, ME, token="Token not-a-token", preflight=False, phases=("examples", "coverage")
    )
    book, me = report.operation(BOOK).not_reached, report.operation(ME).not_reached
    assert "401" in book and "the token is refused" in book and "does not serve" not in book, book
    assert 'was 403 ("Invalid token.")' in me and "the credentials are refused" in me, me
    assert "permission" not in me, me


def _line_after(text: str, heading: str, needle: str) -> int:
    """The line of the first ``needle`` after the line holding ``heading``."""
    start = line_number(text, heading)
    return next(n for n, line in enumerate(text.splitlines(), 1) if n > start and needle in line)


def test_an_invalid_input_accepted_cites_the_row_of_the_rule_it_breaks(
    library: tuple[str, dict[str, Any], str],
) -> None:
    """DRF serves page_size=0 (a page of the default size) and takes a title of another type: the
    coverage phase's findings cited the operation's title line, and every rule broken was one
    finding; each now cites the row of the parameter or body field it made invalid."""
    report = _run(library, BOOKS, "create_library_books", token=f"Token {ALICE_TOKEN}", phases=("coverage",))
    lax = [
        f
        for op in (BOOKS, "create_library_books")
        for f in report.operation(op).failures
        if f.check == "negative_data_rejection"
    ]
    text = library[2]
    cited = {f.source.rsplit(":", 1)[1] for f in lax if f.source}
    assert str(line_number(text, "``page_size``")) in cited, summary_text(report)
    assert str(_line_after(text, "book creation Endpoint", "``title``")) in cited, summary_text(report)
    page_size = [f for f in lax if "page_size" in f.expected]
    assert page_size and "the query parameter page_size made invalid" in page_size[0].expected


SEARCH = "list_library_search"


def _findings(report: ContractReport, operation: str, check: str) -> list[Any]:
    return [f for f in report.operation(operation).findings if f.check == check]


def test_a_documented_field_no_response_carries_is_reported_at_its_row(
    library: tuple[str, dict[str, Any], str], ledger: tuple[str, dict[str, Any], str]
) -> None:
    """The library documents an optional ``subtitle`` no book carries, the ledger a
    ``results[].currency`` no entry carries: only the reverse drift (``isbn`` returned, not
    documented) was reported. Each is now drift (the reference allows its absence), citing its row."""
    report = _run(library, BOOK, token=f"Token {ALICE_TOKEN}", phases=("documented", "examples"))
    (subtitle,) = _findings(report, BOOK, "unreturned_field")
    assert subtitle.kind == "drift" and subtitle.drift_class == "documented field never returned"
    assert subtitle.source == f"library.rst:{_line_after(library[2], 'book Endpoint', '``subtitle``')}"
    assert re.fullmatch(
        r"subtitle: never returned in \d+ responses? \(200\) carrying its object", subtitle.observed
    )
    assert report.operation(BOOK).status == "passed", summary_text(report)
    assert "[drift, not in the service] documented field never returned" in summary_text(report)
    report = _run(
        ledger, ENTRIES, token=f"Bearer {ALICE_TOKEN}", phases=("documented",), trailing_slash="add"
    )
    (currency,) = _findings(report, ENTRIES, "unreturned_field")
    assert currency.observed.startswith("results[].currency: never returned in ")
    assert currency.source == f"ledger.rst:{line_number(ledger[2], '``results[].currency``')}"


def test_a_required_field_never_returned_is_a_failure(
    library: tuple[str, dict[str, Any], str], tmp_path: Any
) -> None:
    """A field the reference says every response has (Required.) and none has fails the run."""
    text = library[2].replace("- The subtitle.", "- Required. The subtitle.")
    result = build_rst(tmp_path, text, name="library.rst")
    assert result.spec is not None
    report = _run((library[0], result.spec, text), BOOK, token=f"Token {ALICE_TOKEN}", phases=("documented",))
    (subtitle,) = _findings(report, BOOK, "unreturned_field")
    assert subtitle.kind == "failure" and "required" in subtitle.expected
    assert report.operation(BOOK).status == "failed" and not report.ok


def test_an_undocumented_field_cites_the_row_a_writer_adds_it_below(
    library: tuple[str, dict[str, Any], str],
) -> None:
    """The finding cited the object's last row as 'after the table's last row', naming neither the
    field nor the row; it names both now."""
    report = _run(library, BOOK, token=f"Token {ALICE_TOKEN}", phases=("examples",))
    (isbn,) = _findings(report, BOOK, "undocumented_field")
    assert isbn.source == f"library.rst:{_line_after(library[2], 'book Endpoint', '``subtitle``')}"
    assert "a writer adds a row for isbn below the last row documenting this object, subtitle" in isbn.add_at


def test_a_documented_401_is_checked_with_a_request_without_credentials(
    library: tuple[str, dict[str, Any], str],
) -> None:
    """The reference declares no security scheme, so schemathesis sent nothing without credentials:
    `me` documents 401 but answers 403 (SessionAuthentication first) and the run passed."""
    report = _run(library, ME, BOOKS, token=f"Token {ALICE_TOKEN}", phases=("documented",))
    (me,) = [f for f in report.operation(ME).failures if "without credentials" in f.expected]
    assert (me.status, me.drift_class) == (403, "undocumented status"), summary_text(report)
    assert me.source == f"library.rst:{_line_after(library[2], 'me Endpoint', '401 Unauthorized')}"
    assert "403 where the reference documents 401" in me.message and "SessionAuthentication" in me.message
    assert "Authorization" not in me.curl
    assert report.operation(ME).not_reached == "" and not report.ok
    # books refuses it with the documented 401: nothing to report
    assert not [f for f in report.operation(BOOKS).findings if "without credentials" in f.expected]


def _documenting_429(tmp_path: Any, text: str) -> tuple[dict[str, Any], str]:
    """The library's reference with the search's throttle documented (a 429 is then no finding)."""
    documented = text.replace(
        "    200 OK - The books found.\n",
        "    200 OK - The books found.\n\n    429 Too Many Requests - Slow down.\n",
    )
    assert documented != text
    result = build_rst(tmp_path, documented, name="library.rst")
    assert result.spec is not None
    return result.spec, documented


def test_a_throttled_operation_is_partial_never_green(
    library: tuple[str, dict[str, Any], str], tmp_path: Any
) -> None:
    """5 searches a minute, Retry-After up to 60s: every later request was a 429 the reference
    documents, so the run passed while testing almost nothing. Past --throttle-wait it says the
    operation's results are partial, and the run is not green."""
    spec, text = _documenting_429(tmp_path, library[2])
    report = _run((library[0], spec, text), SEARCH, token=f"Token {ALICE_TOKEN}", throttle_wait=1)
    (partial,) = report.operation(SEARCH).errors
    assert re.match(
        r"throttled: \d+ responses were 429 Too Many Requests \(Retry-After up to \d+s\)", partial
    )
    assert "within --throttle-wait 1s" in partial and "results are partial" in partial
    assert report.operation(SEARCH).status == "failed" and not report.ok


def test_a_throttle_the_budget_allows_is_waited_out(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same service throttling at 5 searches a second (Retry-After: 1): the run waits and sends
    each throttled request again, within its budget; no 429 reaches the checks."""
    monkeypatch.setenv("DRF_SERVICES_SEARCH_RATE", "5/s")
    text = library_reference()
    result = build_rst(tmp_path_factory.mktemp("doc"), text, name="library.rst")
    assert result.spec is not None
    with drf_server(tmp_path_factory.mktemp("fast"), "library") as base_url:
        report = _run((base_url, result.spec, text), SEARCH, token=f"Token {ALICE_TOKEN}", throttle_wait=8)
    statuses = dict(report.operation(SEARCH).statuses)
    assert 429 not in statuses and not report.operation(SEARCH).errors, summary_text(report)
    (note,) = report.notes
    assert re.match(r"the service throttled \d+ requests? \(429 with Retry-After\): the run waited", note)
    assert f"note: {note}" in summary_text(report)


def test_an_array_documented_without_item_rows_is_said_not_judged(
    library: tuple[str, dict[str, Any], str],
) -> None:
    """The books' ``results`` is documented as an "array" with no ``results[].x`` rows: the books in
    it (their undocumented ``isbn`` included) were never checked and no finding said so. Their keys
    are now undocumented-field drift at the array's row, saying the run cannot judge the items."""
    report = _run(library, BOOKS, token=f"Token {ALICE_TOKEN}", phases=("examples",))
    found = [f for f in _findings(report, BOOKS, "undocumented_field") if "/results/*" in f.observed]
    assert len(found) == 1, summary_text(report)
    (items,) = found
    assert items.kind == "drift" and items.drift_class == "undocumented field (not in the reference)"
    assert items.observed == (
        "/results/*: keys id, title, owner, public, isbn (not in the reference: "
        "the array's items have no rows, so the run cannot judge them)"
    )
    assert items.source == f"library.rst:{_line_after(library[2], 'books Endpoint', '``results``')}"
    assert "a writer adds rows for results[].id, results[].title" in items.add_at
    assert "below the row results" in items.add_at


def test_the_documented_phase_reads_the_bodies_of_its_answers(
    library: tuple[str, dict[str, Any], str],
) -> None:
    """The documented phase judged only statuses: a run of it alone passed the book without a word
    of the ``isbn`` every answer carries. It is the same undocumented-field drift, at the same row,
    as schemathesis' phases report."""
    report = _run(library, BOOK, token=f"Token {ALICE_TOKEN}", phases=("documented",))
    (isbn,) = _findings(report, BOOK, "undocumented_field")
    assert (isbn.phase, isbn.kind, isbn.status) == ("documented", "drift", 200), summary_text(report)
    assert isbn.observed == "/: keys isbn (not in the reference)"
    assert isbn.source == f"library.rst:{_line_after(library[2], 'book Endpoint', '``subtitle``')}"
    assert "a writer adds a row for isbn below the last row documenting this object, subtitle" in isbn.add_at
    assert "/library/books/3/" in isbn.curl and '"isbn"' in isbn.response_excerpt
    assert "in words" not in summary_text(report)  # nothing the expected and observed lines do not say


def test_the_documented_phase_checks_its_answers_against_the_documented_schema(
    ledger: tuple[str, dict[str, Any], str],
) -> None:
    """The entries' ``amount`` is documented a number; DRF's DecimalField answers a string. A run of
    the documented phase alone was green on it."""
    report = _run(
        ledger, ENTRIES, token=f"Bearer {ALICE_TOKEN}", phases=("documented",), trailing_slash="add"
    )
    (amount,) = _findings(report, ENTRIES, "response_schema_conformance")
    assert amount.phase == "documented" and amount.kind == "failure", summary_text(report)
    assert amount.drift_class == "response does not match the documented schema"
    assert (amount.expected, amount.observed) == ("/results/0/amount: number", '/results/0/amount = "12.50"')
    assert amount.source == f"ledger.rst:{line_number(ledger[2], '``results[].amount``')}"
    assert report.operation(ENTRIES).status == "failed" and not report.ok


def test_a_decimal_no_example_shows_is_checked_as_the_string_drf_sends(
    ledger: tuple[str, dict[str, Any], str], tmp_path: Path
) -> None:
    """Documented "decimal" (as the ledger's writers would), ``amount`` was a number in the spec and
    every answer of the DRF service ("12.50") failed the contract run: the spec now says a string of
    decimal text, as DRF sends it, and the run finds nothing wrong with it."""
    text = ledger[2].replace(
        "- number\n     - The amount; negative", "- decimal\n     - The amount; negative"
    )
    assert text != ledger[2]
    result = build_rst(tmp_path, text, name="ledger.rst")
    assert result.spec is not None
    service = (ledger[0], result.spec, text)
    report = _run(
        service, ENTRIES, token=f"Bearer {ALICE_TOKEN}", phases=("documented",), trailing_slash="add"
    )
    assert _findings(report, ENTRIES, "response_schema_conformance") == [], summary_text(report)
    assert [d.code for d in result.diagnostics if d.code == "DOC221"] == ["DOC221"]


def test_a_field_both_the_documented_phase_and_schemathesis_find_is_one_finding(
    library: tuple[str, dict[str, Any], str], ledger: tuple[str, dict[str, Any], str]
) -> None:
    """The same field, found in the answers of both, is one finding counting all of them."""
    report = _run(library, BOOK, token=f"Token {ALICE_TOKEN}", phases=("documented", "examples"))
    (isbn,) = _findings(report, BOOK, "undocumented_field")
    assert isbn.count >= 2, summary_text(report)
    report = _run(
        ledger,
        ENTRIES,
        token=f"Bearer {ALICE_TOKEN}",
        phases=("documented", "examples"),
        trailing_slash="add",
    )
    (amount,) = _findings(report, ENTRIES, "response_schema_conformance")
    assert amount.count >= 2, summary_text(report)
