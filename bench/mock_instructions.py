"""The mock and the bare app in CPU instructions per request, counted by callgrind: a figure a busy
machine does not move.

    python bench/mock_instructions.py [--requests 2000] [--kinds list,detail,post] [--floors]

The mock is the one compiled with mypyc by default (``--mock compiled``, built first by
bench/compiled_mock.py), the pure-Python one (``--mock interpreted``) or both (``interp`` is the
pure-Python one); the output says which.

bench/mock_bench.py's req/s ratio needs a server with a core to itself; on a shared machine its
runs spread over a factor of two. Here each server (bench/mock_bench.py's roles, the same uvicorn options)
runs under ``valgrind --tool=callgrind``; after a warm-up the counters are zeroed, the benchmark's
mix (the mock's token sent to both) is sent ``--requests`` times, and the instructions the server
process executed are divided by the requests. User-space instructions only: the kernel's share of a
request (the loopback TCP) is the same for both servers, so the req/s ratio at the server's limit
lies between this ratio and 1. Needs valgrind; takes about a minute a server.

``--floors`` also counts the bare app that, for a request with a body, receives its one message
(``receive``), parses it with orjson (``parse``) and checks it with the validator the mock compiles
for the benchmark's POST (``validate``): what any server that validates the body pays, the floor
under the mock's figure (bench/mock_bench.py's FLOORS).
"""

from __future__ import annotations

import argparse
import glob
import os
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import mock_bench as bench

TIMEOUT = 300.0


def instructions(role: str, args: argparse.Namespace, mix: list[dict[str, Any]], folder: Path) -> int:
    """The instructions ``role``'s server executed for ``args.requests`` requests of ``mix``."""
    port = bench.free_port()
    out = folder / f"{role}.callgrind"
    command = [
        "valgrind",
        "--tool=callgrind",
        f"--callgrind-out-file={out}",
        *bench.server_command(role, args, port),
    ]
    server = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=bench.server_env(role, args)
    )
    try:
        _wait(port, "/openapi.json" if role in bench.MOCKS else "/")
        token = bench.fetch_token(args.spec_dict, port) if role in bench.MOCKS else args.token
        requests = [{**r, "headers": _with_token(r["headers"], token)} for r in mix]
        bench.load(port, requests, 300, 8)  # warm-up: imports, caches and memos filled
        subprocess.run(["callgrind_control", "--zero", str(server.pid)], capture_output=True, check=True)
        bench.load(port, requests, args.requests, args.connections)
        subprocess.run(["callgrind_control", "--dump", str(server.pid)], capture_output=True, check=True)
    finally:
        server.terminate()
        server.wait(timeout=60)
    dumps = sorted(glob.glob(f"{out}.*"), key=os.path.getmtime)
    return _total(Path(dumps[-1]))


def _wait(port: int, probe: str) -> None:
    started = time.monotonic()
    while not bench.answers(port, probe):
        if time.monotonic() - started > TIMEOUT:
            raise SystemExit(f"the server on port {port} did not answer under valgrind")
        time.sleep(0.5)


def _with_token(headers: dict[str, str], token: str) -> dict[str, str]:
    return {k: (v.rsplit(" ", 1)[0] + " " + token if k == "Authorization" else v) for k, v in headers.items()}


def _total(dump: Path) -> int:
    for line in dump.read_text(errors="replace").splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    raise SystemExit(f"{dump}: no totals")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--spec", type=Path, default=bench.ROOT / "spec" / "openapi.yaml")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--kinds", default="list,detail,post", help="which of the mix's requests to send")
    bench.add_mock_choice(parser)
    parser.add_argument(
        "--floors",
        action="store_true",
        help="also the bare app that receives each body, parses it (orjson) and validates it (the mock's validator)",
    )
    args = parser.parse_args()
    args.http = "auto"
    args.token_secret = secrets.token_urlsafe(32)  # the mocks' signing secret (bench.run_role)
    from rstapi.mock import load_spec

    args.spec_dict = load_spec(args.spec)
    mix, _ = bench.plan(args.spec_dict, "token")
    mix = [r for r in mix if r["kind"] in args.kinds.split(",")]
    args.token = "eyJ" + "x" * 150  # what the bare app is sent: a token as long as the mock's
    with tempfile.TemporaryDirectory() as folder:
        bench.prepare_mock(args, Path(folder) / "compiled")
        mocks = ("mock", "interp") if args.mock == "both" else ("mock",)
        for role in mocks:
            print(f"{role}: {bench.which_mock(role, args)}")
        roles = ("bare", *(bench.FLOORS if args.floors else ()), *mocks)
        counted = {role: instructions(role, args, mix, Path(folder)) / args.requests for role in roles}
    for role, count in counted.items():
        print(f"{role:8} {count:10,.0f} instructions a request ({args.kinds}, {args.requests} requests)")
    for role in roles[1:]:
        print(f"{role} / bare in requests per instruction: {counted['bare'] / counted[role]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
