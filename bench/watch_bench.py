"""Live preview benchmark: the time from saving the reference to the mock serving the new spec.

`rstapi watch` as it runs (watchfiles watcher thread, uvicorn on 127.0.0.1, the hot-swapped mock)
on a copy of the project's reference. Each round inserts a new field row (tests/maintainer_edit.py
finds the place by structure), writes the file and polls GET /openapi.json until the new field is
served. Reported: the median and worst round, and the median as a ratio of the 1 s target
(target: at most 1.0), next to one warm in-process build of the same sources for comparison.

Run: python bench/watch_bench.py [--rounds N]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rstapi.commands.watch import _app_factory, _watch  # noqa: E402
from rstapi.config import load_config  # noqa: E402
from rstapi.pipeline import build  # noqa: E402
from rstapi.preview import Preview, SwappableApp  # noqa: E402
from tests.maintainer_edit import FIELD_ROW, _header_rows  # noqa: E402

TARGET_SECONDS = 1.0
POLL_SECONDS = 0.01
GIVE_UP_SECONDS = 30.0


def _copy_project(into: Path) -> Path:
    shutil.copy2(ROOT / "pyproject.toml", into / "pyproject.toml")
    if (ROOT / "lint-baseline.json").is_file():  # [tool.rstapi] names it
        shutil.copy2(ROOT / "lint-baseline.json", into / "lint-baseline.json")
    shutil.copytree(ROOT / "rst_sources", into / "rst_sources")
    [reference] = (into / "rst_sources").rglob("reference.rst")
    return reference


def _with_field(text: str, name: str) -> str:
    lines = text.splitlines()
    at = _header_rows(lines, "Field")[0] + 1
    lines[at:at] = [row.replace("docs_note", name) for row in FIELD_ROW]
    return "\n".join(lines) + "\n"


def _serve(app: SwappableApp) -> tuple[uvicorn.Server, threading.Thread, str]:
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + GIVE_UP_SECONDS
    while not server.started and time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)
    port = server.servers[0].sockets[0].getsockname()[1]
    return server, thread, f"http://127.0.0.1:{port}"


def _round(reference: Path, base: str, name: str) -> float:
    text = _with_field(reference.read_text(encoding="utf-8"), name)
    with httpx.Client(base_url=base, timeout=5) as client:
        started = time.perf_counter()
        reference.write_text(text, encoding="utf-8")
        while time.perf_counter() - started < GIVE_UP_SECONDS:
            if name in client.get("/openapi.json").text:
                return time.perf_counter() - started
            time.sleep(POLL_SECONDS)
    raise SystemExit(f"the mock never served {name!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rstapi-watch-bench-") as temp:
        reference = _copy_project(Path(temp))
        os.chdir(temp)
        config = load_config(Path(temp))
        preview = Preview(config, _app_factory(Path(temp)), None)
        app_now, _ = preview.rebuild()
        app = SwappableApp(app_now)
        server, thread, base = _serve(app)
        stop = threading.Event()
        quiet = io.StringIO()
        with contextlib.redirect_stdout(quiet):
            watcher = threading.Thread(target=_watch, args=(preview, app, stop), daemon=True)
            watcher.start()
            time.sleep(0.5)  # the watcher is armed
            times = [_round(reference, base, f"bench_field_{n}") for n in range(args.rounds)]
            time.sleep(max(times) * 3)  # the last round's validation and findings report finish quietly
            stop.set()
            watcher.join(10)
        server.should_exit = True
        thread.join(5)
        started = time.perf_counter()
        build(config)
        warm_build = time.perf_counter() - started
    median = statistics.median(times)
    print(f"save -> new spec served: median {median:.3f}s, worst {max(times):.3f}s over {len(times)} rounds")
    print(f"warm in-process build of the same sources: {warm_build:.3f}s")
    print(f"ratio to the {TARGET_SECONDS:.0f} s target: {median / TARGET_SECONDS:.2f} (target: at most 1.0)")
    print(f"ratio to the warm build (the machine's speed factored out): {median / warm_build:.2f}")


if __name__ == "__main__":
    main()
