"""The committed spec passes the ecosystem's linters: Redocly's `recommended` and Spectral's `oas`.

Both come pinned from tools/node and read the repository's own configuration (redocly.yaml,
.spectral.yaml), which turns off only the trailing-slash rule, with the reason written beside it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, SPEC
from tests.publish.conftest import INSTALL_NODE_TOOLS, NODE_MODULES

REDOCLY_CONFIG = ROOT / "redocly.yaml"
SPECTRAL_RULESET = ROOT / ".spectral.yaml"
# no telemetry, no update check: the linters run offline
QUIET = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_COLOR": "1"}


def _linter(name: str) -> Path:
    if shutil.which("node") is None:
        pytest.skip("node is not installed: `apt-get install nodejs npm`, then " + INSTALL_NODE_TOOLS)
    path = NODE_MODULES / ".bin" / name
    if not path.exists():
        pytest.fail(f"{name} is missing from tools/node: install the node tools with `{INSTALL_NODE_TOOLS}`")
    return path


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, timeout=120, cwd=ROOT, env={**os.environ, **QUIET}
    )


def _json_in(text: str) -> Any:
    """The JSON document in a linter's stdout (Spectral appends a plain-text line after it)."""
    start = min(index for index in (text.find("{"), text.find("[")) if index >= 0)
    value, _ = json.JSONDecoder().raw_decode(text[start:])
    return value


def test_redocly_recommended_reports_no_error() -> None:
    redocly = _linter("redocly")
    run = _run([str(redocly), "lint", str(SPEC), "--config", str(REDOCLY_CONFIG), "--format", "json"])
    report = _json_in(run.stdout)
    errors = [p for p in report["problems"] if p["severity"] == "error"]
    assert report["totals"]["errors"] == 0, json.dumps(errors, indent=1)[:4000]
    assert run.returncode == 0, run.stderr[-2000:]


def test_spectral_oas_reports_no_error() -> None:
    spectral = _linter("spectral")
    run = _run([str(spectral), "lint", str(SPEC), "--ruleset", str(SPECTRAL_RULESET), "--format", "json"])
    errors = [r for r in _json_in(run.stdout) if r["severity"] == 0]
    assert errors == [], json.dumps(errors, indent=1)[:4000]
    assert run.returncode == 0, run.stderr[-2000:]


def test_the_configurations_turn_off_only_the_trailing_slash_rule() -> None:
    redocly = yaml.safe_load(REDOCLY_CONFIG.read_text(encoding="utf-8"))
    spectral = yaml.safe_load(SPECTRAL_RULESET.read_text(encoding="utf-8"))
    assert redocly["extends"] == ["recommended"]
    assert redocly["rules"] == {"no-path-trailing-slash": "off"}
    assert spectral["extends"] == ["spectral:oas"]
    assert spectral["rules"] == {"path-keys-no-trailing-slash": "off"}
    reasons = REDOCLY_CONFIG.read_text(encoding="utf-8")
    assert "# The edX Enterprise API's own paths end in a slash" in reasons


def test_the_spec_says_under_which_license_it_may_be_reused() -> None:
    info = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["info"]
    assert info["license"]["name"]
    assert info["license"]["url"].startswith("https://")
