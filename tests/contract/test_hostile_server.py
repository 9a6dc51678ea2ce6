"""The contract run against a hostile server on 127.0.0.1 (tests/contract/hostile_server.py): a
body of gigabytes is cut at the cap, a trickled answer ends at the total deadline, and a run
stopped by --max-time or SIGTERM still writes its report, which says it is partial."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from rstapi.contract import ContractError, ContractSettings, run_contract
from tests.contract.hostile_server import ANSWER_SECONDS, DRIPPING, SPEC, serve

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def hostile() -> Iterator[str]:
    with serve() as url:
        yield url


def _settings(url: str, operation: str, **options: object) -> ContractSettings:
    return ContractSettings(  # type: ignore[arg-type]
        base_url=url, phases=("fuzzing",), max_examples=1, include=(operation,), **options
    )


def test_a_body_of_gigabytes_is_cut_at_the_cap_and_the_report_says_so(hostile: str) -> None:
    started = time.monotonic()
    report = run_contract(SPEC, _settings(hostile, "GET /huge/", max_body_mb=1))
    assert time.monotonic() - started < ANSWER_SECONDS  # neither the preflight nor the run read it all
    [note] = report.errors
    assert note.startswith("response body cut at 1 MB (--max-body-mb") and note.endswith(
        f"GET {hostile}/huge/"
    )
    assert not report.ok
    assert report.operation("huge").cases >= 1  # the checks ran on what was read


def test_a_trickled_body_ends_at_the_total_deadline(hostile: str) -> None:
    report = run_contract(SPEC, _settings(hostile, "GET /trickle/", request_deadline=1.5))
    assert any(e.startswith("no complete response within 1.5s (--request-deadline") for e in report.errors)
    assert any("Read timed out" in e for e in report.operation("trickle").errors)


def test_trickled_headers_end_at_the_deadline_too(hostile: str) -> None:
    report = run_contract(SPEC, _settings(hostile, "GET /slow-head/", request_deadline=1.5, preflight=False))
    assert any(f"GET {hostile}/slow-head/" in e and "no complete response" in e for e in report.errors)


def test_the_preflight_gives_up_on_trickled_headers_with_one_message(hostile: str) -> None:
    """A byte every 0.25 s never trips the 0.5 s idle timeout; the total deadline ends it."""
    settings = _settings(hostile, "GET /slow-head/", request_timeout=0.5)
    with pytest.raises(ContractError, match="did not answer within the request timeout"):
        run_contract(SPEC, settings)


def _contract(tmp_path: Path, url: str, *options: str) -> subprocess.Popen[str]:
    (tmp_path / "hostile.yaml").write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    DRIPPING.clear()
    return subprocess.Popen(
        [
            *(sys.executable, "-m", "rstapi.cli", "contract", "--spec", "hostile.yaml", "--base-url", url),
            *(
                "--phase",
                "fuzzing",
                "--include",
                "GET /trickle/",
                "--no-preflight",
                "--request-deadline",
                "100",
            ),
            *("--report", "report.txt", "--junit-xml", "junit.xml", *options),
        ],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "generator"), str(ROOT)])},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _partial(process: subprocess.Popen[str], tmp_path: Path, reason: str) -> None:
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 1, stderr
    assert f"the run was interrupted by {reason}" in stdout and "this report is partial" in stdout
    assert "this report is partial" in (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert "<testsuite" in (tmp_path / "junit.xml").read_text(encoding="utf-8")


def test_max_time_stops_the_run_with_a_partial_report(hostile: str, tmp_path: Path) -> None:
    _partial(_contract(tmp_path, hostile, "--max-time", "2"), tmp_path, "--max-time 2s")


def test_sigterm_stops_the_run_with_a_partial_report(hostile: str, tmp_path: Path) -> None:
    process = _contract(tmp_path, hostile)
    try:
        assert DRIPPING.wait(60), "the run never reached the server"
        process.send_signal(signal.SIGTERM)
        _partial(process, tmp_path, "SIGTERM")
    finally:
        process.kill()
