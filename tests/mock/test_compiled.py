"""The mock compiled with mypyc (the opt-in build: setup.py, ``RSTAPI_MYPYC=1``) behaves as the
pure-Python one: every other test module of tests/mock passes against it.

The compiled modules are built into a temporary folder (bench/compiled_mock.py: the checkout gets
no C extension) and the tests run in a subprocess that imports rstapi from there. mypyc checks the
annotations at run time, so this also proves they are true of what ASGI servers and specs send.
A plugin in the subprocess reports, at the session's end, which modules were compiled: the tests
must have run against the C extensions, not the sources beside them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rstapi.mock.compiled import MODULES
from tests.conftest import ROOT

pytestmark = pytest.mark.slow

_BUILD_TIMEOUT = 600
_TESTS_TIMEOUT = 600
_REPORTER = """
import json
from pathlib import Path

def pytest_sessionfinish(session, exitstatus):
    from rstapi.mock.compiled import compiled_modules

    Path(__file__).with_name("compiled.json").write_text(json.dumps(compiled_modules()))
"""


def _build(folder: Path) -> Path:
    """The compiled mock's import root; skips (naming issue 25) when the machine lacks a compiler,
    Python's headers or mypy (the tests session installs them)."""
    command = [sys.executable, str(ROOT / "bench" / "compiled_mock.py"), "--into", str(folder)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=_BUILD_TIMEOUT, check=False)
    if done.returncode == 2:
        pytest.skip(f"issue 25: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    return Path(done.stdout.strip())


def test_the_mock_compiled_with_mypyc_passes_the_mock_tests(tmp_path: Path) -> None:
    root = _build(tmp_path / "build")
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "compiled_reporter.py").write_text(_REPORTER, encoding="utf-8")
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), str(plugins)])}
    command = [
        *(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "compiled_reporter"),
        *("tests/mock", "--ignore", "tests/mock/test_compiled.py"),
    ]
    done = subprocess.run(
        command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=_TESTS_TIMEOUT
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert " passed" in done.stdout.splitlines()[-1] and "skipped" not in done.stdout.splitlines()[-1]
    assert json.loads((plugins / "compiled.json").read_text(encoding="utf-8")) == list(MODULES)
