"""The curl smoke check sends each example as curl itself sends it and judges it against the
operation it is a request of: against the library service (tests/contract/drf_services, a real
Django REST framework server on 127.0.0.1) and the mock, with small references of the tests' own."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rstapi.contract.curl_smoke import SmokeRequest, send, smoke_requests, verdict
from rstapi.mock import make_app
from tests.conftest import build_rst
from tests.contract.conftest import drf_server
from tests.contract.drf_services import ALICE_TOKEN
from tests.rst_style import document, endpoint, endpoint_for, field_table, literal, subsection

HOST = "https://api.example.com"
BOOK = (("title", "string", "Required. The title."), ("public", "bool", "Whether anyone may read it."))


def _statuses(*lines: str, title: str = "Response") -> str:
    return subsection(
        title,
        "The request can return the following responses:\n\n" + "\n\n".join(f"    {line}" for line in lines),
    )


def _example(*commands: str, title: str = "Example Request") -> str:
    return subsection(title, literal("\n\n".join(commands)))


def _books_section(*commands: str) -> str:
    """One section documenting GET and POST /library/books/ (one table, a row each)."""
    section = endpoint_for(
        ("GET", "POST"),
        path="/library/books/",
        rest=subsection("POST Request Values", field_table(*BOOK))
        + _example(*commands)
        + _statuses("200 OK - The page of books.", title="GET Response")
        + _statuses("201 Created - The book added.", title="POST Response"),
    )
    return section.replace("gadgets", "books")


def _requests(tmp_path: Path, *sections: str) -> tuple[tuple[SmokeRequest, ...], dict[str, Any]]:
    result = build_rst(tmp_path, document(*sections))
    assert result.api is not None and result.spec is not None, result.diagnostics
    return smoke_requests(result.api, result.diagnostics), result.spec


def _answers(requests: tuple[SmokeRequest, ...], base_url: str, app: Any = None) -> list[str | None]:
    async def each() -> list[str | None]:
        return [verdict(r, await send(r, app, ALICE_TOKEN, base_url)) for r in requests]

    return asyncio.run(each())


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with drf_server(tmp_path_factory.mktemp("library"), "library") as base_url:
        yield base_url


TOKEN = "-H 'Authorization: Token {token}'"
LIST = f"curl {HOST}/library/books/ {TOKEN}"
CREATE_JSON = f"""curl -X POST {HOST}/library/books/ {TOKEN} -H 'Content-Type: application/json' -d '{{"title": "Dune"}}'"""


def test_each_curl_example_of_a_shared_section_runs_once_as_curl_sends_it(
    tmp_path: Path, library: str
) -> None:
    """A GET curl (no -X) is sent as a GET under the GET, the POST under the POST: not each of the
    section's examples under each of its operations (the GET as a POST: a 400, a false red)."""
    requests, _ = _requests(tmp_path, _books_section(LIST, CREATE_JSON))
    sent = sorted((r.method, r.operation_id, r.expected_status) for r in requests)
    assert [(m, status) for m, _, status in sent] == [("GET", 200), ("POST", 201)]
    assert sent[0][1] != sent[1][1]
    assert _answers(requests, library) == [None, None]


def test_an_example_no_documented_operation_is_is_reported_not_run_under_another(tmp_path: Path) -> None:
    """A DELETE curl in a section documenting GET and POST: no operation of the reference is
    DELETE /library/books/, which the smoke check says (it is not sent as the section's POST)."""
    delete = f"curl -X DELETE {HOST}/library/books/ {TOKEN}"
    requests, _ = _requests(tmp_path, _books_section(LIST, delete))
    (stray,) = [r for r in requests if r.method == "DELETE"]
    assert stray.operation_id == ""
    assert stray.findings and "DELETE /library/books/" in stray.findings[0]
    assert "no documented operation" in (stray.broken_reason or "")


def _create(command: str, rows: tuple[tuple[str, str, str], ...] = BOOK) -> str:
    section = endpoint(
        title="book creation Endpoint",
        method="POST",
        path="/library/books/",
        prose="POST calls to the ``books`` endpoint add a book.",
        rest=subsection("Request Values", field_table(*rows))
        + _example(command)
        + _statuses("201 Created - The book added.", "400 Bad Request - A field is missing."),
    )
    return section


@pytest.mark.parametrize(
    "data",
    [
        "--data-urlencode 'title=Dune and more' -d public=true",
        "-d 'title=Dune&public=true'",
        "-F 'title=Dune' -F public=true",
    ],
    ids=["data-urlencode", "d-pairs", "F"],
)
def test_a_form_body_is_sent_as_curl_sends_it(tmp_path: Path, library: str, data: str) -> None:
    """A form (curl's default for -d name=value, -F multipart) reaches DRF and the mock as the form
    curl sends, with curl's Content-Type: 201 from both (JSON text without a Content-Type before:
    DRF read no title, 400; the mock, 415)."""
    requests, spec = _requests(tmp_path, _create(f"curl {HOST}/library/books/ {TOKEN} {data}"))
    assert [(r.method, r.expected_status, r.findings) for r in requests] == [("POST", 201, ())]
    assert _answers(requests, library) == [None]
    assert _answers(requests, "http://mock.test", make_app(spec, static_token=ALICE_TOKEN)) == [None]


def test_a_json_body_without_content_type_is_a_finding_of_the_example(tmp_path: Path) -> None:
    """curl labels a -d body application/x-www-form-urlencoded: a JSON operation's example without
    a Content-Type header fails for a user copying it. The smoke check says why, not only '415'."""
    command = f"""curl {HOST}/library/books/ {TOKEN} -d '{{"title": "Dune"}}'"""
    requests, spec = _requests(tmp_path, _create(command))
    (request,) = requests
    assert dict(request.headers)["Content-Type"] == "application/x-www-form-urlencoded"
    assert len(request.findings) == 1
    assert "application/x-www-form-urlencoded" in request.findings[0]
    assert "documents application/json" in request.findings[0]
    (said,) = _answers(requests, "http://mock.test", make_app(spec, static_token=ALICE_TOKEN))
    assert said is not None and said.startswith(request.findings[0]) and "answered 415" in said


@pytest.mark.parametrize(
    "placeholder", ["<token>", "$TOKEN", "{token}", "${API_TOKEN}", "YOUR_TOKEN"], ids=str
)
def test_a_placeholder_credential_is_the_runs_token(tmp_path: Path, library: str, placeholder: str) -> None:
    """Only '{access token}' was replaced: 'Token <token>' reached DRF as written, a 401 (a false
    red for an example a user runs with their own token)."""
    command = f"curl {HOST}/library/books/ -H 'Authorization: Token {placeholder}'"
    requests, _ = _requests(tmp_path, _books_section(command))
    assert _answers(requests, library) == [None]


def test_a_credential_written_out_is_sent_as_written(tmp_path: Path, library: str) -> None:
    """A token the example writes out is no placeholder: the service refuses it, and so does the
    smoke check (a green here would hide an example that cannot work)."""
    command = f"curl {HOST}/library/books/ -H 'Authorization: Token 0123456789abcdef'"
    requests, _ = _requests(tmp_path, _books_section(command))
    (said,) = _answers(requests, library)
    assert said is not None and "got 401" in said


def test_dash_u_is_sent_as_curl_sends_it(tmp_path: Path, library: str) -> None:
    """-u sends Basic credentials (the reader keeps no header for it): the library takes tokens, so
    the example gets 401 from it, whatever the run's token; -u placeholders are the run's Basic
    credentials when it has some."""
    command = f"curl -u '<user>:<password>' {HOST}/library/books/"
    requests, _ = _requests(tmp_path, _books_section(command))
    (request,) = requests
    assert request.basic == ("<user>", "<password>")
    (said,) = _answers(requests, library)
    assert said is not None and "got 401" in said


def test_curl_options_that_change_no_request_change_no_answer(tmp_path: Path, library: str) -> None:
    command = f"curl -i -sS --compressed {HOST}/library/books/?page=1 {TOKEN}"
    requests, _ = _requests(tmp_path, _books_section(command))
    assert [r.follow_redirects for r in requests] == [False]
    assert _answers(requests, library) == [None]


def test_dash_l_follows_the_redirect_as_curl_does(tmp_path: Path, library: str) -> None:
    """The reference writes the path without Django's trailing slash (APPEND_SLASH answers 301): a
    user's `curl -L` follows it to the page, while without -L the 301 is what they see."""
    section = endpoint(
        title="books Endpoint",
        path="/library/books",
        prose="GET calls to the ``books`` endpoint list books.",
        rest=_example(f"curl -sL {HOST}/library/books {TOKEN}", f"curl {HOST}/library/books {TOKEN}")
        + _statuses("200 OK - The page of books."),
    )
    requests, _ = _requests(tmp_path, section)
    assert [r.follow_redirects for r in requests] == [True, False]
    followed, not_followed = _answers(requests, library)
    assert followed is None
    assert not_followed is not None and "got 301" in not_followed


@pytest.fixture(scope="module")
def tracker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with drf_server(tmp_path_factory.mktemp("tracker"), "tracker") as base_url:
        yield f"{base_url}/gw"


def test_a_gateway_prefix_of_the_base_url_comes_before_the_examples_path(
    tmp_path: Path, tracker: str
) -> None:
    """The reference's examples call https://api.example.com/tracker/projects/; the service is
    behind a gateway at /gw: the examples are sent to /gw/tracker/projects/."""
    section = endpoint(
        title="projects Endpoint",
        path="/tracker/projects/",
        prose="GET calls to the ``projects`` endpoint list projects.",
        rest=_example(f"curl {HOST}/tracker/projects/ -H 'Authorization: Token <token>'")
        + _statuses("200 OK - The page of projects."),
    )
    requests, _ = _requests(tmp_path, section)
    assert _answers(requests, tracker) == [None]


def test_any_documented_success_is_a_success(tmp_path: Path, library: str) -> None:
    """The operation documents 200 and 201; the service answers 201. Judged against the first
    documented success alone, that was a red for an answer the reference documents."""
    section = _create(CREATE_JSON).replace(
        "201 Created - The book added.", "200 OK - The book existed.\n\n    201 Created - The book added."
    )
    requests, _ = _requests(tmp_path, section)
    assert [r.successes for r in requests] == [(200, 201)]
    assert _answers(requests, library) == [None]


def test_a_body_sent_to_an_operation_without_one_is_no_media_type_finding(tmp_path: Path) -> None:
    """`curl -X GET ... -d '{...}'` sends a form-labelled body, but the GET documents no body (the
    spec has none) to be of another media type: no finding of a media type."""
    command = f"""curl -X GET {HOST}/library/books/ {TOKEN} -d '{{"page": 1}}'"""
    requests, _ = _requests(tmp_path, _books_section(command))
    assert [(r.method, r.findings) for r in requests] == [("GET", ())]
