"""Publishing fixtures: the committed spec, the node tools, and the mock served on a loopback port."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from rstapi.mock import make_app
from rstapi.publish import load_spec
from tests.conftest import ROOT, SPEC

NODE_MODULES = ROOT / "tools" / "node" / "node_modules"
INSTALL_NODE_TOOLS = "npm ci --no-audit --no-fund --prefix tools/node"
COLLECTION = ROOT / "spec" / "postman_collection.json"
SITE = ROOT / "spec" / "site"
ARTIFACTS = ROOT / ".artifacts"


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec(SPEC)


def node_tool(*parts: str) -> Path:
    """A file of the project's node tools; fails (not skips) with the install command when missing."""
    if shutil.which("node") is None:
        pytest.fail("node is not installed: `apt-get install nodejs npm`, then " + INSTALL_NODE_TOOLS)
    path = NODE_MODULES.joinpath(*parts)
    if not path.exists():
        pytest.fail(
            f"{path.relative_to(ROOT)} is missing: install the node tools with `{INSTALL_NODE_TOOLS}`"
        )
    return path


@contextmanager
def served(app: Any) -> Iterator[str]:
    """`app` served by uvicorn on a free 127.0.0.1 port for the duration; yields its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        _wait_until(lambda: server.started, what=f"uvicorn on port {port}")
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def _wait_until(ready: Any, what: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not start within {timeout:.0f}s")
        time.sleep(0.05)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Let fixtures see whether the test body failed (the browser fixture then saves a screenshot)."""
    report = yield
    if report.when == "call" and report.failed:
        item.rep_call_failed = True  # type: ignore[attr-defined]
    return report


@pytest.fixture
def mock_url(spec: dict[str, Any]) -> Iterator[str]:
    """The mock (stateless) with the committed site at /docs, served on a loopback port."""
    with served(make_app(spec, docs_dir=SITE)) as url:
        yield url
