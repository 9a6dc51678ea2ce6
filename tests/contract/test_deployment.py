"""Reaching a service as it is deployed (a gateway's path mapping, trailing slashes), the options the
command exposes, and the report formats, against the drifted service on a real 127.0.0.1 socket."""

from __future__ import annotations

import json
import socket
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from rstapi.cli import main
from rstapi.contract import ContractSettings
from tests.conftest import SPEC
from tests.contract.conftest import served
from tests.contract.drifted_service import CLIENT_ID, CLIENT_SECRET, TOKEN, make_drifted_app

GATEWAY = ("--path-map", "/enterprise=/api", "--trailing-slash", "add")


def _contract(base_url: str, *extra: str) -> tuple[int, str]:
    args = ["contract", "--spec", str(SPEC), "--base-url", base_url, "--token", TOKEN, *extra]
    result = CliRunner().invoke(main, args)
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def gateway_url() -> Any:
    with served(make_drifted_app(prefix=("/enterprise", "/api"), trailing_slash=True)) as base_url:
        yield base_url


def test_the_path_map_and_trailing_slash_reach_the_service(gateway_url: str, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    code, output = _contract(
        gateway_url,
        *GATEWAY,
        "--include",
        "get_enterprise_catalogs",
        "--phase",
        "examples",
        "--format",
        "json",
        "--report",
        str(out),
    )
    report = json.loads(out.read_text())
    (operation,) = report["operations"]
    # The operation keeps the reference's name; the service answered its own statuses, not 404s.
    assert operation["label"] == "GET /enterprise/v2/enterprise-catalogs/{catalog_id}"
    assert "403" in operation["statuses"] and "404" not in operation["statuses"], output
    assert "/api/v2/enterprise-catalogs/" in json.dumps(operation["findings"])
    # Every answer was the service's 403 (the example id is not its catalog): reached the service, but
    # tested nothing, which is not a pass.
    assert operation["not_reached"].startswith("every response was 403"), operation
    assert code == 2


def test_preflight_a_wrong_prefix_is_one_message(gateway_url: str) -> None:
    started = time.monotonic()
    code, output = _contract(gateway_url, "--include", "get_enterprise_catalogs")
    assert code == 2, output
    assert "every operation answers 404 with a page that is not JSON" in output and "--path-map" in output
    assert "Traceback" not in output and time.monotonic() - started < 10


def test_preflight_an_expired_token_is_one_message(gateway_url: str) -> None:
    args = ["contract", "--spec", str(SPEC), "--base-url", gateway_url, "--token", "expired", *GATEWAY]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "the token is refused or expired" in result.output and "401" in result.output


def test_preflight_refused_client_credentials_are_one_message(gateway_url: str) -> None:
    args = ["contract", "--spec", str(SPEC), "--base-url", gateway_url, *GATEWAY]
    args += ["--client-id", CLIENT_ID, "--client-secret", "wrong"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "refused the client credentials: 401" in result.output and "invalid_client" in result.output
    args[-1] = CLIENT_SECRET  # the right secret: the token comes through the mapped token path
    result = CliRunner().invoke(main, [*args, "--include", "get_enterprise_catalogs", "--phase", "examples"])
    assert result.exit_code == 2 and "every response was 403" in result.output, result.output


def test_preflight_an_unreachable_host_is_one_message() -> None:
    with socket.socket() as sock:  # a free port nothing listens on once closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    started = time.monotonic()
    code, output = _contract(f"http://127.0.0.1:{port}")
    assert code == 2, output
    assert f"cannot reach http://127.0.0.1:{port}" in output and "Traceback" not in output
    assert time.monotonic() - started < 10


def test_a_base_url_with_a_path_puts_the_servers_path_under_it() -> None:
    spec = {
        "servers": [{"url": "https://api.example.com/gw"}],
        "paths": {"/v1/x": {"get": {"responses": {}}}},
    }
    from rstapi.contract.runner import _served_document

    served_doc, labels = _served_document(spec, ContractSettings("http://127.0.0.1:8000/root"))
    assert list(served_doc["paths"]) == ["/gw/v1/x"] and labels == {"GET /gw/v1/x": "GET /v1/x"}
    plain, _ = _served_document(spec, ContractSettings("http://127.0.0.1:8000"))
    assert list(plain["paths"]) == ["/v1/x"]


@pytest.mark.parametrize(
    ("path_map", "slash", "path", "expected"),
    [
        ((("/enterprise/v1", "/api/v1"),), "keep", "/enterprise/v1/subscriptions", "/api/v1/subscriptions"),
        ((("/enterprise/v1", "/api/v1"),), "add", "/enterprise/v1/subscriptions", "/api/v1/subscriptions/"),
        ((("/enterprise/v1", "/api/v1"),), "keep", "/enterprise/v10/x", "/enterprise/v10/x"),
        ((), "strip", "/a/allocate/", "/a/allocate"),
    ],
)
def test_service_path(path_map: Any, slash: str, path: str, expected: str) -> None:
    settings = ContractSettings("http://127.0.0.1", path_map=path_map, trailing_slash=slash)
    assert settings.service_path(path) == expected


def test_markdown_and_junit_name_the_rst_line_and_hide_the_token(gateway_url: str, tmp_path: Path) -> None:
    junit, markdown = tmp_path / "c.xml", tmp_path / "c.md"
    code, _ = _contract(
        gateway_url,
        *GATEWAY,
        "--include",
        "bulk_revoke_subscriptions_licenses",
        "--phase",
        "examples",
        "-H",
        "X-Tenant: acme",
        "--format",
        "markdown",
        "--report",
        str(markdown),
        "--junit-xml",
        str(junit),
    )
    text = markdown.read_text()
    assert code == 1
    assert "| operation | result | statuses observed | findings |" in text
    assert "documented status never came" in text and "reference.rst:" in text
    assert '-H "Authorization: JWT $TOKEN"' in text and TOKEN not in text
    assert "-H 'X-Tenant: acme'" in text  # the extra header is sent, so the reproduction carries it
    case = ET.parse(junit).getroot().find("testcase")
    assert case is not None and case.find("failure") is not None
    assert "Documented at: rst_sources/" in (case.find("failure").text or "")  # type: ignore[union-attr]
    assert TOKEN not in junit.read_text()


def test_checks_can_be_chosen_and_skipped(gateway_url: str, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    args = [*GATEWAY, "--include", "get_enterprise_catalogs", "--phase", "examples", "--format", "json"]
    _contract(gateway_url, *args, "--exclude-checks", "status_code_conformance", "--report", str(out))
    (operation,) = json.loads(out.read_text())["operations"]
    ran = set(operation["passed_checks"]) | set(operation["failed_checks"])
    assert "status_code_conformance" not in ran and "not_a_server_error" in ran
    _contract(gateway_url, *args, "--checks", "not_a_server_error", "--report", str(out))
    (operation,) = json.loads(out.read_text())["operations"]
    assert set(operation["passed_checks"]) | set(operation["failed_checks"]) == {"not_a_server_error"}


def test_a_malformed_pair_is_a_usage_error() -> None:
    code, output = _contract("http://127.0.0.1:9", "--path-map", "/enterprise")
    assert code == 2 and "--path-map takes NAME=VALUE" in output


def test_a_reset_runs_between_phases(spec: dict[str, Any], tmp_path: Path) -> None:
    from rstapi.contract import run_contract

    resets: list[int] = []
    marker = tmp_path / "resets.txt"
    settings = ContractSettings(
        "http://127.0.0.1",
        token=TOKEN,
        include=("get_enterprise_catalogs",),
        phases=("examples", "coverage", "fuzzing"),
        max_examples=2,
        reset_command=f"echo reset >> {marker}",
    )
    report = run_contract(spec, settings, app=make_drifted_app(), reset=lambda: resets.append(1))
    assert len(resets) == 2 and marker.read_text().split() == ["reset", "reset"]
    assert report.operation("get_enterprise_catalogs").cases > 0


def test_a_failing_reset_command_stops_the_run(spec: dict[str, Any]) -> None:
    from rstapi.contract import ContractError, run_contract

    settings = ContractSettings(
        "http://127.0.0.1",
        token=TOKEN,
        include=("get_enterprise_catalogs",),
        max_examples=2,
        phases=("examples", "coverage"),
        reset_command="echo no database >&2; exit 3",
    )
    with pytest.raises(ContractError, match="failed with exit 3: no database"):
        run_contract(spec, settings, app=make_drifted_app())


def test_a_fixed_path_parameter_and_extra_headers_are_sent(gateway_url: str, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    args = [*GATEWAY, "--include", "get_enterprise_catalogs", "--phase", "examples", "--format", "json"]
    _contract(
        gateway_url, *args, "--path-param", "catalog_id=1", "-H", "X-Tenant: acme", "--report", str(out)
    )
    (operation,) = json.loads(out.read_text())["operations"]
    assert "200" in operation["statuses"] and "403" not in operation["statuses"], operation


def test_preflight_probes_paths_with_the_examples_of_referenced_path_parameters() -> None:
    """A path parameter given by `$ref` (as overlays and other generators write them) is filled with
    its example, like one written inline; "1" only where no example is documented."""
    from rstapi.contract.preflight import probes_for

    spec = {
        "paths": {
            "/gizmo/v1/gadgets/{gadget_uuid}/parts/{part}/": {
                "parameters": [{"$ref": "#/components/parameters/GadgetUuid"}],
                "get": {"parameters": [{"name": "part", "in": "path", "required": True, "example": "wheel"}]},
            },
            "/gizmo/v1/widgets/{widget_id}/": {"get": {}},
        },
        "components": {
            "parameters": {
                "GadgetUuid": {"name": "gadget_uuid", "in": "path", "required": True, "example": "6f1c"}
            }
        },
    }
    paths = [probe.path for probe in probes_for(spec, None, {})]
    assert paths == ["/gizmo/v1/gadgets/6f1c/parts/wheel/", "/gizmo/v1/widgets/1/"]
    assert probes_for(spec, None, {"widget_id": "42"})[1].path == "/gizmo/v1/widgets/42/"
