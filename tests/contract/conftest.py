"""Contract fixtures: the committed spec, the mock (static and, once issue 7 lands, stateful), a real
loopback server, the drifted Django REST framework service (`drf_server`), and the run size
(RSTAPI_CONTRACT_MAX_EXAMPLES; nox -s contract -- --max-examples=N)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from rstapi.contract import DEFAULT_MAX_EXAMPLES, ContractReport, ContractSettings, run_contract
from rstapi.mock import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, make_app
from rstapi.openapi.sourcemap import load_sourcemap
from rstapi.publish import load_spec
from tests.conftest import ROOT, SPEC
from tests.contract.drf_service import ADMIN_TOKEN

CREDENTIALS = ("--client-id", DEMO_CLIENT_ID, "--client-secret", DEMO_CLIENT_SECRET)


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec(SPEC)


@pytest.fixture(scope="session")
def max_examples() -> int:
    return int(os.environ.get("RSTAPI_CONTRACT_MAX_EXAMPLES") or DEFAULT_MAX_EXAMPLES)


def drf_report(
    spec: dict[str, Any], base_url: str, *operations: str, prefix: str = "/api", **settings: Any
) -> ContractReport:
    """A run of the project's spec against the DRF service as its tests run it: the admin's token,
    the spec's /enterprise served under ``prefix``, trailing slashes added; ``settings`` (phases,
    max_examples ...) as ContractSettings takes them."""
    chosen = ContractSettings(
        base_url,
        token=ADMIN_TOKEN,
        include=operations,
        path_map=(("/enterprise", prefix),),
        trailing_slash="add",
        **settings,
    )
    return run_contract(spec, chosen, sourcemap=load_sourcemap(SPEC, spec))


def mock_app(spec: dict[str, Any], flavour: str) -> Any:
    """The static mock, or the stateful one; skips the latter until issue 7 provides it."""
    if flavour == "static":
        return make_app(spec)
    try:
        return make_app(spec, stateful=True)
    except ValueError:
        pytest.skip("issue 7 (stateful mock) has not landed: make_app(spec, stateful=True) still refuses")


@contextmanager
def served(app: Any, options: dict[str, Any] | None = None) -> Iterator[str]:
    """`app` served by uvicorn on a free 127.0.0.1 port (a real socket); yields its base URL.
    `options` are uvicorn's (`rstapi.mock.server.uvicorn_options`: as `rstapi mock` serves it)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    config = options or {"log_level": "warning", "access_log": False, "lifespan": "on"}
    server = uvicorn.Server(uvicorn.Config(app, **config))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            if time.monotonic() > deadline:
                pytest.fail("uvicorn did not start within 10s")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def not_the_mock(app: Any) -> Any:
    """`app` as a service that is not the mock answers: the same replies without the Server header
    in which the mock names itself (rstapi.mock.settings.SERVER_STATIC)."""

    async def service(scope: dict[str, Any], receive: Any, send: Any) -> None:
        async def without_server(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = [pair for pair in message.get("headers", []) if pair[0].lower() != b"server"]
                message = {**message, "headers": headers}
            await send(message)

        await app(scope, receive, without_server)

    return service


@contextmanager
def rstapi_mock(spec: Path, *flags: str) -> Iterator[str]:
    """`rstapi mock --spec spec *flags` as a user starts it, on a free 127.0.0.1 port; yields its
    base URL, stops it after."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-m", "rstapi.cli", "mock", "--spec", str(spec), "--port", str(port), *flags]
    log = spec.parent / f"mock-{port}.log"
    with log.open("wb") as output:
        process = subprocess.Popen(command, cwd=spec.parent, stdout=output, stderr=subprocess.STDOUT)
        try:
            _wait_for(port, process, log)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            process.wait(timeout=10)


_DRF_START_TIMEOUT = 60  # seconds; Django's import and the tables take a few on a loaded machine


@contextmanager
def drf_server(folder: Path, service: str | None = None) -> Iterator[str]:
    """The drifted DRF service (tests/contract/drf_service), or one of tests/contract/drf_services
    (``service``: library, ledger, shop, tracker, portal, board), run by Django's own server on a free 127.0.0.1 port, its SQLite
    database in `folder`; yields its base URL, stops it after."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    module = "tests.contract.drf_service.serve" if service is None else "tests.contract.drf_services.serve"
    command = [
        sys.executable,
        "-m",
        module,
        *([service] if service else []),
        str(port),
        str(folder / "db.sqlite3"),
    ]
    with (folder / "server.log").open("wb") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, env={**os.environ, "PYTHONPATH": path}, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            _wait_for(port, process, folder / "server.log")
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_for(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + _DRF_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the DRF service exited with {process.returncode}:\n{log.read_text()[-2000:]}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    pytest.fail(f"the DRF service did not listen within {_DRF_START_TIMEOUT}s:\n{log.read_text()[-2000:]}")


@pytest.fixture(scope="module")
def drf_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One DRF service per test module, started once."""
    with drf_server(tmp_path_factory.mktemp("drf")) as base_url:
        yield base_url


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to resolve or connect to a host fails the test instead of leaving the machine."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
