"""The generated client passes mypy --strict, and using it type-checks the way an integrator expects."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.functional.conftest import CLIENT_PROJECT

USAGE = """\
from edx_enterprise_api_client.api.subscriptions import list_subscriptions
from edx_enterprise_api_client.auth import jwt_client
from edx_enterprise_api_client.models import ListSubscriptionsResponse
from edx_enterprise_api_client.pagination import iterate_pages

client = jwt_client("http://testserver", "token")
pages: list[ListSubscriptionsResponse] = list(iterate_pages(list_subscriptions.sync_detailed, client=client))
list_subscriptions.sync(client=client, page="two")
"""


def _mypy(tmp_path: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), *targets]
    return subprocess.run(command, cwd=CLIENT_PROJECT, capture_output=True, text=True, check=False)


pytest.importorskip("mypy", reason="mypy is in the lint extra")


@pytest.mark.slow
def test_mypy_strict_passes_on_the_generated_client(tmp_path: Path) -> None:
    result = _mypy(tmp_path, "edx_enterprise_api_client")
    assert result.returncode == 0, result.stdout


@pytest.mark.slow
def test_a_wrong_argument_type_is_caught(tmp_path: Path) -> None:
    usage = tmp_path / "usage.py"
    usage.write_text(textwrap.dedent(USAGE), encoding="utf-8")
    result = _mypy(tmp_path, str(usage))
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and "usage.py:8:" in errors[0] and '"page"' in errors[0], result.stdout
