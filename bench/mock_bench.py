"""Benchmark the mock: requests/s against a bare constant-JSON endpoint and Prism, startup, load.

    python bench/mock_bench.py [--spec spec/openapi.yaml] [--requests 20000] [--connections 32]

Every server runs in its own process on 127.0.0.1 (a free port each) and so does the load generator
(bench/loadgen.py). The same three requests (GET list, GET detail, POST with a valid body), in turn,
go to: the mock; a bare raw-ASGI app on the same uvicorn returning a constant JSON body (the floor
of any Python mock on this machine); and Prism 5.16 (`-v silent`, static examples), installed from
npm into a throwaway folder, skipped with a message when npm cannot install it. Then a load run:
20,000 requests over 64 connections across every operation, checking for 5xx, dropped connections
and the mock's RSS growth (measured after a warm-up pass). Prints a report; exits 1 when a target is
missed.
"""

from __future__ import annotations

import argparse
import http.client
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
LOADGEN = Path(__file__).resolve().parent / "loadgen.py"
PRISM_DIR = Path(tempfile.gettempdir()) / "prism"
PRISM_BIN = PRISM_DIR / "node_modules" / ".bin" / "prism"
HOST = "127.0.0.1"
BARE_BODY = b'{"status":"ok","count":1,"results":[{"uuid":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}]}'


# -- the servers ---------------------------------------------------------------------------------


async def bare_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """The floor: a raw ASGI app that answers every request with the same JSON bytes."""
    if scope["type"] == "lifespan":
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
        return
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(BARE_BODY)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": BARE_BODY})


def run_role(role: str, spec: Path, port: int, http: str) -> None:
    """Serve the mock or the bare app with identical uvicorn options."""
    import uvicorn

    from rstapi.mock import MockSettings, load_spec
    from rstapi.mock.app import MockApp

    app = bare_app if role == "bare" else MockApp(load_spec(spec), MockSettings())
    uvicorn.run(app, host=HOST, port=port, http=http, log_level="warning", access_log=False, lifespan="on")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def start(command: list[str], port: int, probe: str, timeout: float) -> tuple[subprocess.Popen[bytes], float]:
    """Start a server and wait for its first HTTP answer; returns it and the seconds that took."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while time.perf_counter() - started < timeout:
        if process.poll() is not None:
            raise RuntimeError(f"{command[0]} exited: {process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        if answers(port, probe):
            return process, time.perf_counter() - started
        time.sleep(0.005)
    process.kill()
    raise RuntimeError(f"{' '.join(command)} did not answer within {timeout}s")


def answers(port: int, path: str) -> bool:
    try:
        connection = http.client.HTTPConnection(HOST, port, timeout=1)
        connection.request("GET", path)
        connection.getresponse().read()
        return True
    except OSError:
        return False


def ensure_prism() -> Path | None:
    if PRISM_BIN.exists():
        return PRISM_BIN
    if shutil.which("npm") is None:
        return None
    command = ["npm", "install", "--prefix", str(PRISM_DIR), "@stoplight/prism-cli@5.16"]
    done = subprocess.run(command, capture_output=True, check=False)
    return PRISM_BIN if done.returncode == 0 and PRISM_BIN.exists() else None


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


# -- the requests --------------------------------------------------------------------------------


def call(port: int, method: str, path: str, body: str = "", headers: dict[str, str] | None = None) -> Any:
    connection = http.client.HTTPConnection(HOST, port, timeout=5)
    connection.request(method, path, body=body.encode(), headers=headers or {})
    response = connection.getresponse()
    return response.status, response.read()


def fetch_token(spec: dict[str, Any], port: int) -> str:
    from rstapi.mock.server import token_path

    path = token_path(spec)
    if path is None:
        return ""
    form = {"grant_type": "client_credentials", "client_id": "demo-client", "client_secret": "demo-secret"}
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    status, body = call(port, "POST", path, urlencode(form), headers)
    return str(json.loads(body)["access_token"]) if status == 200 else ""


def plan(spec: dict[str, Any], token: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The three benchmark requests (list, detail, valid POST) and one request per operation."""
    from dataclasses import asdict

    from rstapi.mock.samples import sample_requests

    every = [asdict(request) for request in sample_requests(spec, token) if request.kind != "token"]
    pick = [next((r for r in every if r["kind"] == kind), None) for kind in ("list", "detail", "post")]
    return [r for r in pick if r is not None], every


# -- measuring -----------------------------------------------------------------------------------


def load(port: int, mix: list[dict[str, Any]], requests: int, connections: int) -> dict[str, Any]:
    job = {"host": HOST, "port": port, "connections": connections, "requests": requests, "mix": mix}
    done = subprocess.run(
        [sys.executable, str(LOADGEN)], input=json.dumps(job).encode(), capture_output=True, check=True
    )
    return dict(json.loads(done.stdout))


def best_rps(ports: dict[str, int], mix: list[dict[str, Any]], args: argparse.Namespace) -> dict[str, Any]:
    """Warm each server up, then measure them in turn, `rounds` times; keep each one's best run."""
    for port in ports.values():
        load(port, mix, min(2000, args.requests), args.connections)
    best: dict[str, Any] = {}
    for _ in range(args.rounds):
        for name, port in ports.items():
            run = load(port, mix, args.requests, args.connections)
            if name not in best or run["rps"] > best[name]["rps"]:
                best[name] = run
    return best


def server_command(role: str, args: argparse.Namespace, port: int) -> list[str]:
    script = str(Path(__file__).resolve())
    return [
        sys.executable,
        script,
        "--role",
        role,
        "--spec",
        str(args.spec),
        "--port",
        str(port),
        "--http",
        args.http,
    ]


def main() -> int:
    args = parse_args()
    if args.role:
        run_role(args.role, args.spec, args.port, args.http)
        return 0
    from rstapi.mock import load_spec

    spec = load_spec(args.spec)
    results: dict[str, Any] = {}
    processes: list[subprocess.Popen[bytes]] = []
    try:
        return measure(args, spec, results, processes)
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)


def measure(
    args: argparse.Namespace,
    spec: dict[str, Any],
    results: dict[str, Any],
    processes: list[subprocess.Popen[bytes]],
) -> int:
    mock_port = free_port()
    mock, startup = start(server_command("mock", args, mock_port), mock_port, "/openapi.json", 30)
    processes.append(mock)
    mix, every = plan(spec, fetch_token(spec, mock_port))
    print(f"spec: {args.spec}  ({len(every)} operations), uvicorn http={args.http}")
    print(f"mock startup to first served request: {startup:.3f}s")
    print("mix:", ", ".join(f"{r['method']} {r['path']}" for r in mix))
    for request in mix:
        print(
            f"  {request['kind']:6} -> {call(mock_port, request['method'], request['path'], request.get('body', ''), request['headers'])[0]}"
        )
    bare_port = free_port()
    bare, _ = start(server_command("bare", args, bare_port), bare_port, "/", 30)
    processes.append(bare)
    ports = {"mock": mock_port, "bare": bare_port}
    prism = None if args.no_prism else ensure_prism()
    if prism is None:
        print(
            "Prism: skipped ("
            + ("--no-prism" if args.no_prism else "npm could not install @stoplight/prism-cli@5.16")
            + ")"
        )
    else:
        prism_port = free_port()
        command = [str(prism), "mock", "-v", "silent", "-h", HOST, "-p", str(prism_port), str(args.spec)]
        process, prism_startup = start(command, prism_port, "/openapi.json", 120)
        processes.append(process)
        print(f"prism startup to first served request: {prism_startup:.3f}s")
        ports["prism"] = prism_port
    results.update(best_rps(ports, mix, args))
    ok = report(results, startup)
    return 0 if load_check(mock, mock_port, every, args) and ok else 1


def report(results: dict[str, Any], startup: float) -> bool:
    for name, run in results.items():
        print(f"{name:6} {run['rps']:9.0f} req/s  statuses={run['statuses']} dropped={run['dropped']}")
    ok = startup < 1.0
    ratio = results["mock"]["rps"] / results["bare"]["rps"]
    print(f"mock / bare  = {ratio:.2f}  (target >= 0.75)")
    ok = ok and ratio >= 0.75
    if "prism" in results:
        ratio = results["mock"]["rps"] / results["prism"]["rps"]
        print(f"mock / prism = {ratio:.2f}  (target >= 1.5)")
        ok = ok and ratio >= 1.5
    return ok


def load_check(
    mock: subprocess.Popen[bytes], port: int, every: list[dict[str, Any]], args: argparse.Namespace
) -> bool:
    load(port, every, 1000, args.load_connections)
    before = rss_kib(mock.pid)
    run = load(port, every, args.load_requests, args.load_connections)
    after = rss_kib(mock.pid)
    server_errors = sum(count for status, count in run["statuses"].items() if status.startswith("5"))
    growth = (after - before) / before
    print(
        f"load: {run['done']} requests over {args.load_connections} connections, {run['rps']:.0f} req/s, "
        f"statuses={run['statuses']}, 5xx={server_errors}, dropped={run['dropped']}, "
        f"RSS {before} -> {after} KiB ({growth:+.1%})"
    )
    return server_errors == 0 and run["dropped"] == 0 and run["done"] == args.load_requests and growth <= 0.2


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spec", type=Path, default=ROOT / "spec" / "openapi.yaml")
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--load-requests", type=int, default=20_000)
    parser.add_argument("--load-connections", type=int, default=64)
    parser.add_argument("--no-prism", action="store_true")
    parser.add_argument(
        "--http", choices=["auto", "h11", "httptools"], default="auto", help="uvicorn's HTTP parser, for both"
    )
    parser.add_argument("--role", choices=["mock", "bare"], help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(main())
