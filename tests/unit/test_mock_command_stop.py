"""``rstapi mock`` stopped as service managers stop it (SIGTERM) leaves nothing behind: the Swagger
UI page it built for /docs in a temporary folder is removed, as it is on Ctrl-C."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_a_mock_stopped_with_sigterm_removes_its_temporary_docs_page(tmp_path: Path) -> None:
    shutil.copy(
        SPEC, tmp_path / "openapi.yaml"
    )  # no spec/site beside it: /docs is built in a temporary folder
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    port = _free_port()
    command = [sys.executable, "-m", "rstapi.cli", "mock", "--spec", "openapi.yaml", "--port", str(port)]
    server = subprocess.Popen(
        command,
        cwd=tmp_path,
        env={**os.environ, "TMPDIR": str(temporary)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/docs/", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline and server.poll() is None, "the mock did not start"
            time.sleep(0.1)
        assert [
            p.name for p in temporary.iterdir() if p.name.startswith("rstapi-mock-docs-")
        ]  # the page was built there
        server.send_signal(signal.SIGTERM)
        _, stderr = server.communicate(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
    assert server.returncode == 128 + signal.SIGTERM
    assert "Traceback" not in stderr.decode()
    assert list(temporary.iterdir()) == []
