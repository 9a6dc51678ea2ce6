"""What a run against the drifted Django REST framework service reports: less noise (no OPTIONS
metadata judged against a GET's schema, one finding per distinct drift with its count, one 500 said
once) and output that tools accept (Markdown with bodies, JSON with every field)."""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from rstapi.cli import main
from rstapi.contract import ContractReport, ContractSettings, report_json, run_contract, summary_text
from rstapi.openapi.sourcemap import load_sourcemap
from tests.conftest import SPEC
from tests.contract.drf_service import ADMIN_TOKEN

OPERATIONS = ("list_subscriptions", "allocate_policy_allocation", "get_enterprise_catalogs")
MAPPING = (("/enterprise", "/api"),)


@pytest.fixture(scope="module")
def report(spec: dict[str, Any], drf_url: str) -> ContractReport:
    settings = ContractSettings(
        drf_url,
        token=ADMIN_TOKEN,
        include=OPERATIONS,
        path_map=MAPPING,
        trailing_slash="add",
        max_examples=4,
    )
    return run_contract(spec, settings, sourcemap=load_sourcemap(SPEC, spec))


def test_options_and_head_answers_are_not_judged_against_the_operations_schema(
    report: ContractReport,
) -> None:
    """DRF answers OPTIONS with its metadata ({name, description, renders, parses}): not the list."""
    sent = {f.curl.split()[2] for op in report.operations for f in op.findings if f.curl}
    judged = [
        f
        for op in report.operations
        for f in op.findings
        if f.curl.split()[2:3] in (["OPTIONS"], ["HEAD"]) and f.drift_class != "server error"
    ]
    assert not judged, summary_text(report)
    assert "GET" in sent, sent  # the GET responses were judged


def test_a_server_error_is_one_finding_with_its_count(report: ContractReport) -> None:
    allocate = report.operation("allocate_policy_allocation")
    errors = [f for f in allocate.findings if f.drift_class == "server error"]
    assert len(errors) == 1, summary_text(report)
    assert errors[0].response_excerpt.startswith("[HTML page 'Server Error (500)'")
    # Not also an "undocumented status 500": the same response is said once.
    assert not [
        f
        for op in report.operations
        for f in op.findings
        if f.check == "status_code_conformance" and f.status == 500
    ]


def test_identical_findings_are_reported_once_with_a_count(report: ContractReport) -> None:
    keys = Counter(
        (op.label, f.check, f.status, f.observed if f.check != "not_a_server_error" else "")
        for op in report.operations
        for f in op.findings
    )
    assert all(count == 1 for count in keys.values()), keys
    shape = [f for f in report.operation("list_subscriptions").findings if f.check == "response_shape"]
    assert shape and shape[0].count > 1, summary_text(report)
    assert f"{shape[0].count} times" in summary_text(report)


def test_json_findings_carry_operation_class_expected_observed_source_and_curl(
    report: ContractReport,
) -> None:
    document = json.loads(report_json(report))
    findings = [finding for operation in document["operations"] for finding in operation["findings"]]
    assert findings
    for finding in findings:
        assert {"operation", "class", "expected", "observed", "source", "curl", "count"} <= set(finding)
        assert finding["operation"].split()[0] in {"GET", "POST"}
        assert finding["source"].startswith("rst_sources/") or finding["source"] is None


def test_markdown_shows_the_statuses_and_each_findings_response_body(drf_url: str, tmp_path: Path) -> None:
    out, junit = tmp_path / "c.md", tmp_path / "c.xml"
    args = ["contract", "--spec", str(SPEC), "--base-url", drf_url, "--token", ADMIN_TOKEN]
    args += ["--path-map", "/enterprise=/api", "--trailing-slash", "add", "--phase", "examples"]
    args += ["--include", "list_subscriptions", "--format", "markdown", "--report", str(out)]
    result = CliRunner().invoke(main, [*args, "--junit-xml", str(junit)])
    text = out.read_text()
    assert result.exit_code == 1, result.output
    assert "| `GET /enterprise/v1/subscriptions` | failed | 200 x" in text
    assert '  Response 200:\n\n  ```\n  {"count":1,"next":null' in text  # the body, its first 500 bytes


def _rst_line(source: str | None) -> str:
    assert source is not None and source.startswith("rst_sources/"), source
    path, line = source.rsplit(":", 1)
    return (SPEC.parent.parent / path).read_text(encoding="utf-8").splitlines()[int(line) - 1]


def test_an_undocumented_field_cites_the_tables_last_row(report: ContractReport) -> None:
    (finding,) = [f for f in report.operation("list_subscriptions").drift if f.check == "undocumented_field"]
    assert "plan_type" in finding.observed
    assert (
        "a writer adds a row for results[].plan_type below the last row documenting this object"
        in finding.add_at
    )
    row = _rst_line(finding.source)
    assert row.lstrip().startswith("* - ``"), row  # a row of the plan's field table ...
    source_file, line = finding.source.rsplit(":", 1)  # type: ignore[union-attr]
    after = (SPEC.parent.parent / source_file).read_text(encoding="utf-8").splitlines()[int(line) :]
    table_rest = after[: next(i for i, text in enumerate(after) if not text.strip())]
    assert not any(text.lstrip().startswith("* - ") for text in table_rest), table_rest  # ... its last


def test_status_findings_cite_the_status_line_or_where_a_writer_adds_it(
    spec: dict[str, Any], drf_url: str
) -> None:
    """The permission class answers 403 before the lookup: no line documents 403, so the finding
    cites the operation's last status line and says a writer adds it there."""
    settings = ContractSettings(
        drf_url,
        token=ADMIN_TOKEN,
        include=("bulk_revoke_subscriptions_licenses",),
        path_map=MAPPING,
        trailing_slash="add",
        phases=("examples",),
        path_params=(("subscription_plan_uuid", "00000000-0000-4000-8000-000000000000"),),
    )
    report = run_contract(spec, settings, sourcemap=load_sourcemap(SPEC, spec))
    (finding,) = [
        f for f in report.operation("bulk_revoke_subscriptions_licenses").findings if f.status == 403
    ]
    assert finding.drift_class == "undocumented status" and "not documented" in finding.add_at
    assert _rst_line(finding.source).strip().startswith("404 Not Found"), finding.source


def _replayed(curl: str) -> tuple[int, str]:
    """Run the reproduction as a user would (curl in a shell, the token in $TOKEN): status, body."""
    done = subprocess.run(
        ["bash", "-c", f"{curl} -s -w '\\n%{{http_code}}'"],
        env={**os.environ, "TOKEN": ADMIN_TOKEN},
        capture_output=True,
        text=True,
        timeout=30,
    )
    body, _, status = done.stdout.rpartition("\n")
    return int(status), body


def test_a_generated_request_is_shrunk_to_a_short_reproduction_that_still_fails(
    spec: dict[str, Any], drf_url: str
) -> None:
    """The fuzzer's 400 came with a body of random unicode keys: the reproduction keeps only what
    the refusal needs, and replayed with curl it is refused for the same field. A run of the
    fuzzing phase alone, of this operation: the module's run of every phase with 4 examples found
    the 400 in a process that had collected tests/contract and not in one that had collected the
    whole suite (same seed: the generation is not yet independent of the process's state)."""
    settings = ContractSettings(
        drf_url,
        token=ADMIN_TOKEN,
        include=("allocate_policy_allocation",),
        path_map=MAPPING,
        trailing_slash="add",
        phases=("fuzzing",),
        max_examples=10,
    )
    report = run_contract(spec, settings, sourcemap=load_sourcemap(SPEC, spec))
    allocate = report.operation("allocate_policy_allocation")
    (stricter,) = [f for f in allocate.failures if f.check == "positive_data_acceptance"]
    assert stricter.shrunk.startswith("reproduction shrunk from "), summary_text(report)
    assert len(stricter.curl) < 300 and "\\u" not in stricter.curl, stricter.curl
    status, body = _replayed(stricter.curl)
    assert status == 400 and "content_key" in json.loads(body), body


def test_a_server_errors_path_value_is_shrunk_to_the_shortest_that_fails(report: ContractReport) -> None:
    catalogs = report.operation("get_enterprise_catalogs")
    (error,) = [f for f in catalogs.failures if f.drift_class == "server error"]
    url = error.curl.split()[3]
    catalog_id = url.rstrip("/").rsplit("/", 1)[1]
    assert len(catalog_id) <= 2, error.curl  # a random 12-character junk id before
    assert _replayed(error.curl)[0] == 500


def test_shrinking_is_bounded_per_finding(report: ContractReport) -> None:
    shrunk = [f for op in report.operations for f in op.failures if f.shrunk]
    assert shrunk
    for finding in shrunk:
        requests = int(re.search(r"\((\d+) more requests\)", finding.shrunk).group(1))  # type: ignore[union-attr]
        assert 1 <= requests <= ContractSettings("http://127.0.0.1").shrink_requests
