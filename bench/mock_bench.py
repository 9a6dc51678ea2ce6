"""Benchmark the mock: requests/s against a bare constant-JSON endpoint and Prism, startup, load.

    python bench/mock_bench.py [--spec spec/openapi.yaml] [--loadgen auto|wrk|python]
                               [--pin off|on|both] [--rounds 5] [--duration 10] [--connections 32]

Every server runs in its own process on 127.0.0.1 (a free port each) and so does the load generator.
The same three requests (GET list, GET detail, POST with a valid body, with a token from the mock's
token endpoint), in turn, go to: the mock; a bare raw-ASGI app on the same uvicorn returning a
constant JSON body (the floor of any Python mock on this machine); the same bare app sending, for
each request, the reply the mock gave it byte for byte, after parsing and validating each request
body with the mock's own validator (`replay`: the floor of any server that validates requests and
sends the mock's responses, up to 7.5 KB where the bare app sends 85 bytes); and Prism 5.16 (`-v silent`,
static examples), installed from npm into a throwaway folder, skipped with a message when npm cannot
install it.

The load generator is wrk (`-t1`, bench/wrk_mix.lua, `--duration` seconds a run) when it is installed,
else bench/loadgen.py (Python, `--requests` a run), which costs about as much CPU as the server it
drives. With `--pin on` each server runs on core 0 and the load generator on core 1, so the two do
not fight over a core; `--pin both` measures unpinned and pinned. Each target is measured `--rounds`
times, the targets taking turns, after a warm-up run; the median counts. Beside requests/s, each run
reports requests per second of the server's own CPU time: on a busy machine (or with a load
generator that needs a core too) a server does not get a whole core, and that figure is the req/s
ratio it would reach with one.

The mock measured is the one compiled with mypyc (`--mock compiled`, the default: built first into
a temporary folder by bench/compiled_mock.py, about 40 s; the opt-in build of setup.py), or the
pure-Python one (`--mock interpreted`), or both side by side (`--mock both`: the interpreted one is
`interp`); the report says which, from the modules the server process imports as C extensions.
When the compiled mock cannot be built (no compiler, headers or mypy) the run says so and measures
the interpreted one.

Then a load run: 20,000 requests over 64 connections across every operation (bench/loadgen.py),
checking for 5xx, dropped connections and the mock's RSS growth (measured after a warm-up pass).
Prints a report; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import resource
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import compiled_mock
from loadgen import raw_request

ROOT = Path(__file__).resolve().parent.parent
LOADGEN = Path(__file__).resolve().parent / "loadgen.py"
WRK_SCRIPT = Path(__file__).resolve().parent / "wrk_mix.lua"
SERVER_CORE = "0"
LOADGEN_CORE = "1"
PRISM_DIR = Path(tempfile.gettempdir()) / "prism"
PRISM_BIN = PRISM_DIR / "node_modules" / ".bin" / "prism"
HOST = "127.0.0.1"
BARE_TARGET = 0.9  # the mock's req/s / the bare constant-JSON app's, same uvicorn settings
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


# What a validating server cannot do without, each on top of the one before (mock_instructions.py
# --floors): the body's ASGI message received, parsed by orjson, checked by the operation's validator
FLOORS = ("receive", "parse", "validate")


def floor_app(spec: dict[str, Any], step: str) -> Any:
    """The bare app, plus reading each request's body up to `step` of FLOORS; the validator is the
    one the mock compiles for the JSON body of the benchmark's POST (plan), found by its router."""
    import orjson

    check = _post_check(spec) if step == "validate" else None
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(BARE_BODY)).encode())]

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await bare_app(scope, receive, send)
            return
        if scope["method"] not in ("GET", "HEAD"):
            raw = (await receive())["body"]
            if step != "receive" and not (check is None or check(orjson.loads(raw))):
                raise RuntimeError("the benchmark's POST body does not match its schema")
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": BARE_BODY})

    return app


def _post_check(spec: dict[str, Any]) -> Any:
    from rstapi.mock.operations import compile_operation, declared_operations
    from rstapi.mock.routing import Router
    from rstapi.mock.validation import Schemas

    post = next(r for r in plan(spec, "")[0] if r["kind"] == "post")
    declared = declared_operations(spec)
    match = Router(list(declared)).match(post["path"].split("?")[0].encode())
    if match is None:
        return None
    item = declared[match.template][0]
    operation = compile_operation(spec, match.template, post["method"], item, Schemas(spec))
    media = operation.body.by_header.get(b"application/json") if operation.body is not None else None
    return media.accepts if media is not None else None


def replay_app(replies: Path, spec: dict[str, Any]) -> Any:
    """The bare app answering each request of the mix with the reply the mock gave it, byte for
    byte (``record_replies``), after receiving, parsing (orjson) and checking each request body
    with the validator the mock compiles for it (``floor_app``'s ``validate``): the floor of any
    server that validates requests and sends the mock's responses. The mock sends the documented
    examples (the benchmark's detail GET is some 7.5 KB), where the bare app sends 85 bytes, and a
    loopback write costs the sending process in the kernel by its size."""
    import orjson

    check = _post_check(spec)
    answers = {
        (entry["method"].encode(), entry["path"].encode()): (
            {
                "type": "http.response.start",
                "status": entry["status"],
                "headers": [
                    (name.encode("latin-1"), value.encode("latin-1")) for name, value in entry["headers"]
                ],
            },
            {"type": "http.response.body", "body": entry["body"].encode("latin-1")},
        )
        for entry in json.loads(replies.read_text(encoding="utf-8"))
    }

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await bare_app(scope, receive, send)
            return
        target = scope["raw_path"] + (b"?" + scope["query_string"] if scope["query_string"] else b"")
        if scope["method"] not in ("GET", "HEAD"):
            raw = (await receive())["body"]
            if check is not None and not check(orjson.loads(raw)):
                raise RuntimeError("the benchmark's POST body does not match its schema")
        start, body = answers[(scope["method"].encode(), target)]
        await send(start)
        await send(body)

    return app


def record_replies(port: int, mix: list[dict[str, Any]], into: Path) -> Path:
    """The mock's reply to each request of the mix (status, headers but the server's own Date and
    Server, body), written to ``into`` for ``replay_app``."""
    entries = []
    for request in mix:
        connection = http.client.HTTPConnection(HOST, port, timeout=5)
        connection.request(
            request["method"],
            request["path"],
            body=request.get("body", "").encode(),
            headers=request["headers"],
        )
        response = connection.getresponse()
        headers = [(n.lower(), v) for n, v in response.getheaders() if n.lower() not in ("date", "server")]
        body = response.read()
        entries.append(
            {
                "method": request["method"],
                "path": request["path"],
                "status": response.status,
                "headers": headers,
                "body": body.decode("latin-1"),
            }
        )
        connection.close()
    into.write_text(json.dumps(entries), encoding="utf-8")
    return into


# the servers that are the mock: `mock` as --mock chose it, `interp` the pure-Python one beside it
MOCKS = ("mock", "interp")


def run_role(
    role: str, spec: Path, port: int, http: str, replies: Path | None = None, secret: str | None = None
) -> None:
    """Serve the mock or the bare app with identical uvicorn options but the Server header: each
    reply carries one, uvicorn's, and the mock's its own (uvicorn sends none beside it, as under
    `rstapi mock`). The mock's process is prepared as `rstapi mock` prepares it
    (rstapi.mock.settle_heap: the same for the bare app changes nothing, 123.3k vs 123.4k
    instructions a request under callgrind)."""
    import uvicorn

    from rstapi.mock import MockSettings, load_spec, settle_heap
    from rstapi.mock.app import MockApp

    if role == "bare":
        app = bare_app
    elif role == "replay" and replies is not None:
        app = replay_app(replies, load_spec(spec))
    elif role in FLOORS:
        app = floor_app(load_spec(spec), role)
    else:
        # the mocks of one run sign with one secret: the token the mix carries is good for each
        app = MockApp(
            load_spec(spec), MockSettings() if secret is None else MockSettings(token_secret=secret)
        )
        settle_heap()
    options = {
        "log_level": "warning",
        "access_log": False,
        "lifespan": "on",
        "server_header": role not in MOCKS,
    }
    uvicorn.run(app, host=HOST, port=port, http=http, **options)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def start(
    command: list[str], port: int, probe: str, timeout: float, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[bytes], float]:
    """Start a server and wait for its first HTTP answer; returns it and the seconds that took."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
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
    from rstapi.openapi.auth import token_endpoint

    path = token_endpoint(spec)
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


def load(
    port: int, mix: list[dict[str, Any]], requests: int, connections: int, pin: bool = False
) -> dict[str, Any]:
    """One run of bench/loadgen.py: `requests` requests over `connections` connections."""
    job = {"host": HOST, "port": port, "connections": connections, "requests": requests, "mix": mix}
    command = [*pinned(LOADGEN_CORE, pin), sys.executable, str(LOADGEN)]
    done = subprocess.run(command, input=json.dumps(job).encode(), capture_output=True, check=True)
    return dict(json.loads(done.stdout))


def wrk_load(port: int, mix_file: Path, seconds: int, connections: int, pin: bool) -> dict[str, Any]:
    """One wrk run of `seconds` seconds, in the shape bench/loadgen.py reports."""
    command = [
        *pinned(LOADGEN_CORE, pin),
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "5s",
        "-s",
        str(WRK_SCRIPT),
        f"http://{HOST}:{port}",
        "--",
        str(mix_file),
    ]
    done = subprocess.run(command, capture_output=True, check=True, timeout=seconds + 30)
    line = next(line for line in done.stdout.decode().splitlines() if line.startswith("JSON "))
    totals = json.loads(line[5:])
    elapsed = totals["duration_us"] / 1e6
    return {
        "elapsed": elapsed,
        "rps": totals["requests"] / elapsed,
        "done": totals["requests"],
        "statuses": {"2xx/3xx": totals["requests"] - totals["non_2xx_3xx"], "other": totals["non_2xx_3xx"]},
        "dropped": totals["connect"] + totals["read"] + totals["write"] + totals["timeout"],
        "p50_ms": totals["p50_us"] / 1000,
        "p99_ms": totals["p99_us"] / 1000,
    }


def write_mix_file(mix: list[dict[str, Any]], port: int, folder: Path) -> Path:
    """The mix as wrk_mix.lua reads it: each raw request preceded by a line with its length."""
    path = folder / f"mix-{port}.txt"
    with path.open("wb") as out:
        for item in mix:
            request = raw_request(HOST, port, item)
            out.write(b"%d\n" % len(request) + request)
    return path


def pinned(core: str, pin: bool) -> list[str]:
    return ["taskset", "-c", core] if pin else []


def pin_server(pid: int, pin: bool) -> None:
    """Move every thread of a running server to core 0, or back to every core."""
    cores = SERVER_CORE if pin else f"0-{(os.cpu_count() or 1) - 1}"
    subprocess.run(["taskset", "-a", "-p", "-c", cores, str(pid)], capture_output=True, check=True)


class Runner:
    """Runs the chosen load generator against one server."""

    def __init__(self, args: argparse.Namespace, mix: list[dict[str, Any]], folder: Path) -> None:
        self.args = args
        self.mix = mix
        self.folder = folder

    def run(self, port: int, pin: bool, warm_up: bool = False) -> dict[str, Any]:
        return self._load(port, pin, warm_up)

    def measured(self, port: int, pid: int, pin: bool) -> dict[str, Any]:
        """One run, with the CPU the server used and the CPU anything else on the machine used
        (neither the server nor the load generator), each in cores: a server below ~0.95 was not
        the bottleneck, and other load means the figures are not this machine's best."""
        before = CpuClock(pid)
        run = self._load(port, pin, warm_up=False)
        server, other = before.spent()
        run["server_cores"] = round(server / run["elapsed"], 2)
        run["per_cpu_second"] = run["done"] / server if server > 0 else 0.0
        run["other_cores"] = round(other / run["elapsed"], 2)
        return run

    def _load(self, port: int, pin: bool, warm_up: bool) -> dict[str, Any]:
        args = self.args
        if args.loadgen == "wrk":
            mix_file = write_mix_file(self.mix, port, self.folder)
            return wrk_load(port, mix_file, 2 if warm_up else args.duration, args.connections, pin)
        return load(
            port, self.mix, min(2000, args.requests) if warm_up else args.requests, args.connections, pin
        )


class CpuClock:
    """CPU seconds of one server, of this script's finished children and of the whole machine."""

    TICK = os.sysconf("SC_CLK_TCK")

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.start = self._now()

    def spent(self) -> tuple[float, float]:
        """(server, everything else but the load generator) since the clock was made."""
        server, children, machine = (end - begin for end, begin in zip(self._now(), self.start, strict=True))
        return server, max(0.0, machine - server - children)

    def _now(self) -> tuple[float, float, float]:
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        server = (int(fields[11]) + int(fields[12])) / self.TICK
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
        busy = sum(cpu) - cpu[3] - cpu[4]  # all but idle and iowait
        return server, usage.ru_utime + usage.ru_stime, busy / self.TICK


def median_rps(
    servers: dict[str, tuple[int, int]], runner: Runner, args: argparse.Namespace, pin: bool
) -> dict[str, Any]:
    """Warm each server up, then measure them in turn, `rounds` times; keep each one's median run."""
    for port, pid in servers.values():
        pin_server(pid, pin)
        runner.run(port, pin, warm_up=True)
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in servers}
    for _ in range(args.rounds):
        for name, (port, pid) in servers.items():
            runs[name].append(runner.measured(port, pid, pin))
    result: dict[str, Any] = {}
    for name, measured in runs.items():
        ordered = sorted(measured, key=lambda run: float(run["rps"]))
        result[name] = {**ordered[len(ordered) // 2], "all": [round(run["rps"]) for run in measured]}
        result[name]["rps"] = statistics.median(run["rps"] for run in measured)
        result[name]["other_cores"] = max(run["other_cores"] for run in measured)
        result[name]["per_cpu_second"] = statistics.median(run["per_cpu_second"] for run in measured)
    return result


def prepare_mock(args: argparse.Namespace, folder: Path) -> None:
    """Build the compiled mock into ``folder`` when --mock asks for it (``args.compiled_root``, None
    when the interpreted mock is measured: asked for, or the build cannot be made here)."""
    if args.mock == "interpreted":
        args.compiled_root = None
        return
    if args.compiled_root is not None:  # built before (bench/compiled_mock.py --into)
        return
    lacking = compiled_mock.missing_tools()
    if lacking is not None:
        print(f"the compiled mock needs {lacking}: measuring the interpreted mock only")
        args.mock = "interpreted"
        return
    args.compiled_root = compiled_mock.build(folder)


def server_env(role: str, args: argparse.Namespace) -> dict[str, str]:
    """The server's environment: the `mock` role imports rstapi from the compiled build first."""
    root = getattr(args, "compiled_root", None)
    if role != "mock" or root is None:
        return dict(os.environ)
    path = os.pathsep.join(p for p in (str(root), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path}


def which_mock(role: str, args: argparse.Namespace) -> str:
    """What the server of ``role`` runs, asked of a process with its environment: compiled (its
    modules imported from C extensions) or interpreted."""
    probe = "from rstapi.mock.compiled import MODULES, compiled_modules; print(len(compiled_modules()), len(MODULES))"
    done = subprocess.run(
        [sys.executable, "-c", probe], env=server_env(role, args), capture_output=True, text=True, check=True
    )
    compiled, total = (int(n) for n in done.stdout.split())
    if compiled == 0:
        return "interpreted (pure Python)"
    where = f"{compiled} of {total} modules C extensions, from {args.compiled_root}"
    return f"compiled with mypyc ({where})" if compiled == total else f"partly compiled ({where})"


def server_command(role: str, args: argparse.Namespace, port: int, *extra: str) -> list[str]:
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
        "--token-secret",
        args.token_secret,
        *extra,
    ]


def main() -> int:
    args = parse_args()
    if args.role:
        run_role(args.role, args.spec, args.port, args.http, args.replies, args.token_secret)
        return 0
    from rstapi.mock import load_spec

    spec = load_spec(args.spec)
    results: dict[str, Any] = {}
    processes: list[subprocess.Popen[bytes]] = []
    build = tempfile.TemporaryDirectory(prefix="rstapi-compiled-mock-")
    try:
        prepare_mock(args, Path(build.name))
        return measure(args, spec, results, processes)
    finally:
        build.cleanup()
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
    mock, startup = start(
        server_command("mock", args, mock_port), mock_port, "/openapi.json", 30, server_env("mock", args)
    )
    processes.append(mock)
    mix, every = plan(spec, fetch_token(spec, mock_port))
    print(f"spec: {args.spec}  ({len(every)} operations), uvicorn http={args.http}")
    print(f"mock: {which_mock('mock', args)}")
    print(f"mock startup to first served request: {startup:.3f}s")
    print("mix:", ", ".join(f"{r['method']} {r['path']}" for r in mix))
    for request in mix:
        status = call(
            mock_port, request["method"], request["path"], request.get("body", ""), request["headers"]
        )
        print(f"  {request['kind']:6} -> {status[0]}")
        if not 200 <= status[0] < 400:  # a mix the mock refuses measures refusals, not the mock
            raise SystemExit(f"the mock answers the benchmark's {request['kind']} with {status[0]}")
    bare_port = free_port()
    bare, _ = start(server_command("bare", args, bare_port), bare_port, "/", 30)
    processes.append(bare)
    kept = tempfile.TemporaryDirectory(prefix="rstapi-mock-bench-")  # removed when measure returns
    replies = record_replies(mock_port, mix, Path(kept.name) / "replies.json")
    replay_port = free_port()
    replay, _ = start(
        server_command("replay", args, replay_port, "--replies", str(replies)), replay_port, "/", 30
    )
    processes.append(replay)
    servers = {
        "mock": (mock_port, mock.pid),
        "bare": (bare_port, bare.pid),
        "replay": (replay_port, replay.pid),
    }
    if args.mock == "both":
        interp_port = free_port()
        interp, _ = start(server_command("interp", args, interp_port), interp_port, "/openapi.json", 30)
        processes.append(interp)
        servers["interp"] = (interp_port, interp.pid)
        print(f"interp: {which_mock('interp', args)}")
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
        servers["prism"] = (prism_port, process.pid)
    ok = startup < 1.0
    with tempfile.TemporaryDirectory() as folder:
        runner = Runner(args, mix, Path(folder))
        for pin in pin_modes(args.pin):
            print(f"\nload generator: {describe_loadgen(args)}, {'pinned' if pin else 'unpinned'}")
            results.update(median_rps(servers, runner, args, pin))
            ok = report(results) and ok
    for _port, pid in servers.values():
        pin_server(pid, False)
    return 0 if load_check(mock, mock_port, every, args) and ok else 1


def pin_modes(choice: str) -> list[bool]:
    can_pin = (os.cpu_count() or 1) >= 2 and shutil.which("taskset") is not None
    if choice != "off" and not can_pin:
        print("pinning: skipped (needs taskset and two cores)")
        return [False]
    return {"off": [False], "on": [True], "both": [False, True]}[choice]


def describe_loadgen(args: argparse.Namespace) -> str:
    if args.loadgen == "wrk":
        return f"wrk -t1 -c{args.connections} -d{args.duration}s, median of {args.rounds}"
    return f"bench/loadgen.py, {args.requests} requests over {args.connections} connections, median of {args.rounds}"


def report(results: dict[str, Any]) -> bool:
    for name, run in results.items():
        print(
            f"{name:6} {run['rps']:9.0f} req/s  runs={run['all']} statuses={run['statuses']} "
            f"dropped={run['dropped']} server={run['server_cores']:.2f} cores, "
            f"other load up to {run['other_cores']:.2f} cores"
        )
    ratio = results["mock"]["rps"] / results["bare"]["rps"]
    print(f"mock / bare  = {ratio:.2f}  (target >= {BARE_TARGET})")
    ok = ratio >= BARE_TARGET
    if "interp" in results:
        interp = results["interp"]
        print(
            f"interp / bare = {interp['rps'] / results['bare']['rps']:.2f} (per second of server CPU "
            f"{interp['per_cpu_second'] / results['bare']['per_cpu_second']:.2f}): the interpreted mock"
        )
    for name, run in results.items():  # a ratio of refused or dropped requests measures nothing
        failed = sum(n for status, n in run["statuses"].items() if not status.startswith(("2", "3")))
        if failed or run["dropped"]:
            print(f"{name}: {failed} replies were not 2xx/3xx and {run['dropped']} dropped: no figure")
            ok = False
    per_cpu = {name: run["per_cpu_second"] for name, run in results.items()}
    print(
        f"requests per second of server CPU: mock {per_cpu['mock']:.0f}, bare {per_cpu['bare']:.0f}; "
        f"mock / bare = {per_cpu['mock'] / per_cpu['bare']:.2f} (what the req/s ratio is when each "
        "server has a core to itself: the figure to read on a busy machine)"
    )
    if "replay" in results:
        print(
            f"replay / bare = {results['replay']['rps'] / results['bare']['rps']:.2f}, mock / replay = "
            f"{results['mock']['rps'] / results['replay']['rps']:.2f} (replay: the bare app validating "
            "each request body as the mock does and sending the mock's own replies, byte for byte: "
            "the floor of any validating server sending those responses; per "
            f"second of server CPU {per_cpu['replay'] / per_cpu['bare']:.2f} and "
            f"{per_cpu['mock'] / per_cpu['replay']:.2f})"
        )
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


def add_mock_choice(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--mock",
        choices=["compiled", "interpreted", "both"],
        default="compiled",
        help="the mock compiled with mypyc (built first, about 40 s), the pure-Python one, or both",
    )
    parser.add_argument(
        "--compiled-root",
        type=Path,
        help="the compiled mock built before: the folder `python bench/compiled_mock.py` printed",
    )


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spec", type=Path, default=ROOT / "spec" / "openapi.yaml")
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--duration", type=int, default=10, help="seconds of each wrk run")
    parser.add_argument(
        "--loadgen",
        choices=["auto", "wrk", "python"],
        default="auto",
        help="wrk when installed (auto), else bench/loadgen.py",
    )
    parser.add_argument(
        "--pin", choices=["off", "on", "both"], default="off", help="taskset servers and load"
    )
    parser.add_argument("--load-requests", type=int, default=20_000)
    parser.add_argument("--load-connections", type=int, default=64)
    parser.add_argument("--no-prism", action="store_true")
    parser.add_argument(
        "--http", choices=["auto", "h11", "httptools"], default="auto", help="uvicorn's HTTP parser, for both"
    )
    add_mock_choice(parser)
    parser.add_argument("--role", choices=[*MOCKS, "bare", "replay", *FLOORS], help=argparse.SUPPRESS)
    parser.add_argument("--replies", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--token-secret", default=secrets.token_urlsafe(32), help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.loadgen == "auto":
        args.loadgen = "wrk" if shutil.which("wrk") else "python"
    elif args.loadgen == "wrk" and shutil.which("wrk") is None:
        parser.error("wrk is not installed (apt-get install wrk); use --loadgen python")
    return args


if __name__ == "__main__":
    sys.exit(main())
