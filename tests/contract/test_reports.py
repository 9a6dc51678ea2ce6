"""The reports of a contract run are documents tools accept, whatever the service answered."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from rstapi.contract import ContractReport, OperationResult, junit_xml, report_json, report_markdown
from rstapi.contract.results import CheckFailure

# What a generated body and a service's answer may hold: every C0 control, a lone surrogate, U+FFFF.
HOSTILE = "".join(map(chr, range(32))) + "\ud800 \uffff <&> ]]>"


def _report() -> ContractReport:
    finding = CheckFailure(
        check="not_a_server_error",
        title="Server error",
        message=HOSTILE,
        curl=f"curl -X POST http://127.0.0.1:9/x -d '{HOSTILE}'",
        status=500,
        response_excerpt=HOSTILE,
        drift_class="server error",
        expected="no 5xx",
        observed="status 500",
        source="ref.rst:12",
        count=3,
    )
    operation = OperationResult(
        label="POST /x",
        operation_id="create_x",
        cases=3,
        failed_checks=(("not_a_server_error", 3),),
        failures=(finding,),
        statuses=((500, 3),),
    )
    return ContractReport(base_url="http://127.0.0.1:9", seed=1, max_examples=3, operations=(operation,))


def test_junit_xml_is_well_formed_whatever_the_bodies_hold() -> None:
    text = junit_xml(_report())
    root = ET.fromstring(text.encode("utf-8"))  # raises on a character XML 1.0 forbids
    failure = root.find("testcase/failure")
    assert failure is not None and failure.text is not None
    assert "\\x00" in failure.text and "\\x1f" in failure.text and "\\ud800" in failure.text
    assert "\t" in failure.text and "<&> ]]>" in failure.text  # allowed characters kept as they are


def test_markdown_and_json_keep_the_body_and_the_count() -> None:
    markdown = report_markdown(_report())
    assert "| `POST /x` | failed | 500 x3 | 1 failures, 0 drift |" in markdown
    assert "3 times" in markdown and "  Response 500:" in markdown
    (finding,) = json.loads(report_json(_report()))["operations"][0]["findings"]
    assert finding["operation"] == "POST /x" and finding["class"] == "server error" and finding["count"] == 3
