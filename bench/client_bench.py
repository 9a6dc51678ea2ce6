"""Client generation timings: the fast path (spec unchanged, must stay under 1 s) and a full regeneration.

    .venv/bin/python bench/client_bench.py [--runs N]

Everything is written into a temporary folder (the committed generated_client/ is never touched):
a full regeneration first, then the fast path on its output, in-process (`generate_client`) and as
a fresh `rstapi client` process (what the nox session pays).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rstapi.client import generate_client

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
CONFIG = ROOT / "client" / "openapi-python-client.yaml"
FAST_PATH_BUDGET = 1.0


def _wall(action: Callable[[], object], runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return timings


def _full_regeneration(out: Path) -> None:
    result = generate_client(SPEC, out, CONFIG, force=True)
    if result.failed:
        raise SystemExit(f"generation failed: {[str(w) for w in result.warnings]}")


def _in_process_fast_path(out: Path) -> None:
    if not generate_client(SPEC, out, CONFIG).fast_path:
        raise SystemExit("the second generation did not take the fast path")


def _cli_fast_path(out: Path) -> None:
    command = [sys.executable, "-m", "rstapi.cli", "client"]
    command += ["--spec", str(SPEC), "--out", str(out), "--config", str(CONFIG)]
    output = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    if "up to date" not in output:
        raise SystemExit(f"not the fast path: {output}")


def _line(name: str, timings: list[float]) -> str:
    return f"{name:<34} median {statistics.median(timings):6.3f} s   max {max(timings):6.3f} s   ({len(timings)} runs)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "generated_client"
        full = _wall(lambda: _full_regeneration(out), max(1, runs // 2))
        in_process = _wall(lambda: _in_process_fast_path(out), runs)
        cli = _wall(lambda: _cli_fast_path(out), runs)
    print(_line("full regeneration (--force)", full))
    print(_line("fast path, generate_client()", in_process))
    print(_line("fast path, `rstapi client` process", cli))
    verdict = "ok" if max(cli) < FAST_PATH_BUDGET else "OVER BUDGET"
    print(f"fast path budget {FAST_PATH_BUDGET:.1f} s wall: {verdict}")
    sys.exit(0 if verdict == "ok" else 1)


if __name__ == "__main__":
    main()
