"""A bounded load run on loopback: uvicorn serving the mock, a load generator in its own process."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
import yaml
from mock_spec import build_spec

from rstapi.mock.samples import sample_requests

ROOT = Path(__file__).resolve().parents[2]
LOADGEN = ROOT / "bench" / "loadgen.py"
SERVE = (
    "import sys; from pathlib import Path; from rstapi.mock import MockSettings, load_spec, serve; "
    "serve(load_spec(Path(sys.argv[1])), '127.0.0.1', int(sys.argv[2]), MockSettings(static_token='t'))"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_serving(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        assert process.poll() is None, "the mock exited"
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError("the mock did not start")


def _rss_kib(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmRSS:")).split()[1])


def _load(port: int, mix: list[dict[str, Any]], requests: int, connections: int) -> dict[str, Any]:
    job = {"host": "127.0.0.1", "port": port, "connections": connections, "requests": requests, "mix": mix}
    done = subprocess.run(
        [sys.executable, str(LOADGEN)], input=json.dumps(job).encode(), capture_output=True, check=True
    )
    return dict(json.loads(done.stdout))


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads RSS from /proc")
def test_mixed_load_has_no_5xx_no_drops_and_flat_memory(tmp_path: Path) -> None:
    spec = build_spec()
    spec_path = tmp_path / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(spec))
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-c", SERVE, str(spec_path), str(port)])
    try:
        _wait_until_serving(port, process)
        mix = [asdict(sample) for sample in sample_requests(spec, "t") if sample.kind != "token"]
        _load(port, mix, 500, 16)
        before = _rss_kib(process.pid)
        run = _load(port, mix, 2000, 16)
        after = _rss_kib(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert run["done"] == 2000
    assert run["dropped"] == 0
    assert not [status for status in run["statuses"] if status.startswith("5")], run["statuses"]
    assert set(run["statuses"]) <= {"200", "202", "204"}, run["statuses"]
    assert after <= before * 1.2, (before, after)
