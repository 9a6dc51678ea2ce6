"""The documented phase also sends the reference's literal example request where the overlay corrected
it, and a finding on it cites the reference's line and says the overlay corrects it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rstapi.contract import ContractReport, ContractSettings, run_contract, summary_text
from rstapi.contract.results import CheckFailure
from tests.literal_fixture import OVERLAY, PATH, TEXT, built
from tests.rst_helpers import line_of

LABEL = f"POST {PATH}"


async def _service(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Paints widget 7; widget 42 is another customer's (403, which the reference does not document);
    any other id is 404."""
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    widget = scope["path"].split("/")[4]
    status, body = {"7": (200, {"widget_id": "7", "name": "sprocket", "size": 3})}.get(
        widget, (403, {"detail": "Not your widget."}) if widget == "42" else (404, {"detail": "Not found."})
    )
    await send(
        {"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]}
    )
    await send({"type": "http.response.body", "body": json.dumps(body).encode()})


def _run(tmp_path: Path) -> ContractReport:
    spec, sourcemap = built(tmp_path)
    settings = ContractSettings("http://127.0.0.1:9", token="t", phases=("documented",), preflight=False)
    return run_contract(spec, settings, app=_service, sourcemap=sourcemap)


def _literal_findings(report: ContractReport) -> list[CheckFailure]:
    return [f for f in report.operation(LABEL).findings if "literal example" in f.message]


def test_the_literal_request_is_sent_and_its_finding_cites_the_reference(tmp_path: Path) -> None:
    report = _run(tmp_path)
    (finding,) = _literal_findings(report)
    assert finding.status == 403 and finding.drift_class == "undocumented status", summary_text(report)
    assert "/widgets/42/paint" in finding.curl and '"colour": "blue"' in finding.curl
    body_line = f"ref.rst:{line_of(TEXT, '-d ')}"  # the curl's body, as the reference writes it
    assert finding.source == body_line and not finding.overlay and not finding.add_at
    fixes = [
        f"overlay.yaml:{line_of(OVERLAY, needle)}" for needle in ("examples.example_request", "widget_id")
    ]
    assert all(fix in finding.message for fix in fixes), finding.message
    assert "the overlay corrects it" in finding.message
    assert f"ref.rst:{line_of(TEXT, 'curl -X POST')}" in finding.message  # where the literal id is written
    text = summary_text(report)
    assert f"documented at: {body_line}" in text and "literal example request" in text


def test_the_corrected_request_passes(tmp_path: Path) -> None:
    report = _run(tmp_path)
    others = [f for f in report.operation(LABEL).findings if f not in _literal_findings(report)]
    assert not [f for f in others if f.status == 403], summary_text(report)
    assert 200 in dict(report.operation(LABEL).statuses), summary_text(report)
