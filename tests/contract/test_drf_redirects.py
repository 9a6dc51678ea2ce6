"""The preflight stops at once on a base URL that redirects, against real Django REST framework
services (tests/contract/drf_services) on 127.0.0.1: http -> https (Django's SECURE_SSL_REDIRECT),
paths without the trailing slash Django routes (APPEND_SLASH), and a login redirect (302 to an HTML
page, Django's `login_required`). Each says what the redirect was and what to give instead, exits 2,
and writes no report; a redirect the reference documents is no reason to stop."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from rstapi.cli import main
from rstapi.contract import ContractSettings, run_contract, summary_text
from rstapi.naming import operation_id_for
from tests.conftest import build_rst
from tests.contract.conftest import drf_server
from tests.contract.drf_services import ALICE_TOKEN
from tests.contract.drf_services_docs import library_reference, tracker_reference
from tests.httpdomain_style import resource

NOTES = "/portal/notes/"


def _spec_file(folder: Path, text: str) -> Path:
    result = build_rst(folder, text, name="ref.rst")
    assert result.spec is not None, result.diagnostics
    spec = folder / "openapi.json"
    spec.write_text(json.dumps(result.spec), encoding="utf-8")
    return spec


def _contract(spec: Path, base_url: str, *extra: str) -> tuple[int, str, Path]:
    report = spec.parent / "report.json"
    args = ["contract", "--spec", str(spec), "--base-url", base_url, "--token", f"Token {ALICE_TOKEN}"]
    result = CliRunner().invoke(main, [*args, *extra, "--report", str(report), "--format", "json"])
    return result.exit_code, result.output, report


@pytest.fixture
def https_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("DRF_SERVICES_SSL_REDIRECT", "1")
    (tmp_path / "service").mkdir()
    with drf_server(tmp_path / "service", "library") as base_url:
        yield base_url


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with drf_server(tmp_path_factory.mktemp("portal"), "portal") as base_url:
        yield base_url


def test_http_redirected_to_https_says_which_base_url_to_give(https_only: str, tmp_path: Path) -> None:
    """Before, the run went on and every operation was 'not reached' (301) with a per-operation
    reason that blamed the paths and suggested --trailing-slash."""
    spec = _spec_file(tmp_path, library_reference())
    code, output, report = _contract(
        spec, https_only, "--include", operation_id_for("GET", "/library/books/")
    )
    assert code == 2, output
    https = https_only.replace("http://", "https://")
    assert f"GET {https_only}/library/books/ -> 301 to {https}/library/books/" in output, output
    assert "redirects http to https" in output and f"give --base-url {https}" in output, output
    assert not report.exists()


def test_paths_without_their_trailing_slash_say_trailing_slash_add(tmp_path: Path) -> None:
    """The tracker's reference written without the trailing slashes Django routes (APPEND_SLASH)."""
    written = (
        tracker_reference()
        .replace("(int:project_id)/", "(int:project_id)")
        .replace("/tracker/projects/\n", "/tracker/projects\n")
    )
    spec = _spec_file(tmp_path, written)
    (tmp_path / "service").mkdir()
    with drf_server(tmp_path / "service", "tracker") as base_url:
        code, output, report = _contract(spec, f"{base_url}/gw", "--path-param", "project_id=1")
    assert code == 2, output
    assert f"GET {base_url}/gw/tracker/projects/1 -> 301 to {base_url}/gw/tracker/projects/1/" in output
    assert "adds a trailing slash" in output and "--trailing-slash add" in output, output
    assert "4 of 6 operations are redirected" in output, output
    assert not report.exists()


def test_a_login_redirect_says_the_credentials_were_not_taken(portal: str, tmp_path: Path) -> None:
    spec = _spec_file(
        tmp_path, resource("get", NOTES, ":>jsonarr string text: the note", ":statuscode 200: notes")
    )
    code, output, report = _contract(spec, portal)
    assert code == 2, output
    assert f"GET {portal}{NOTES} -> 302 to {portal}/accounts/login/?next=/portal/notes/" in output, output
    assert "a login page" in output and "-H" in output and "--token" in output, output
    assert not report.exists()


def test_a_redirect_the_reference_documents_does_not_stop_the_run(portal: str, tmp_path: Path) -> None:
    text = resource(
        "get",
        NOTES,
        ":>jsonarr string text: the note",
        ":statuscode 200: notes",
        ":statuscode 302: sign in first",
    )
    spec: dict[str, Any] = json.loads(_spec_file(tmp_path, text).read_text())
    settings = ContractSettings(
        portal, token=f"Token {ALICE_TOKEN}", phases=("documented",), shrink_requests=0
    )
    report = run_contract(spec, settings)
    assert report.operation(operation_id_for("GET", NOTES)).cases > 0, summary_text(report)


def test_without_the_preflight_the_not_reached_reason_reads_the_redirect(
    https_only: str, tmp_path: Path
) -> None:
    """With --no-preflight, every request got the https redirect: the reason said 'Django's
    APPEND_SLASH ...: fix --trailing-slash / --path-map', which changes nothing here."""
    spec: dict[str, Any] = json.loads(_spec_file(tmp_path, library_reference()).read_text())
    books = operation_id_for("GET", "/library/books/")
    settings = ContractSettings(
        https_only,
        token=f"Token {ALICE_TOKEN}",
        include=(books,),
        phases=("documented", "examples"),
        max_examples=3,
        shrink_requests=0,
        preflight=False,
    )
    report = run_contract(spec, settings)
    reason = report.operation(books).not_reached
    https = https_only.replace("http://", "https://")
    assert "redirects http to https" in reason and f"give --base-url {https}" in reason, summary_text(report)
    assert "APPEND_SLASH" not in reason and "--trailing-slash" not in reason, reason
    assert not report.ok
