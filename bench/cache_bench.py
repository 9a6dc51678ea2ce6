"""Cache benchmark: `rstapi build` with each file's reading kept (a warm `.rstapi_cache/`) against
`rstapi build --no-cache`, whole processes, medians of interleaved runs; and what one save of a
60-file project costs per stage with the readings kept in memory, as `rstapi watch` keeps them.

1. The project's reference (one file) and a generated httpdomain project of 250 operations in 60
   files (bench/httpdomain_bench.py's generator): warm / cold wall and CPU time, and whether both
   wrote the same spec (they must).
2. The 60-file project in one process: per save (a query parameter added to one file), the
   median time of reading and extracting (the saved file parsed, the rest kept), the lint, the
   emitter and the mock app, next to reading and extracting every file without the cache.

Run: python bench/cache_bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import filecmp
import gc
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

from cli_bench import RSTAPI, child_environment, medians
from httpdomain_bench import write_project

from rstapi.commands.watch import _app_factory
from rstapi.config import Config
from rstapi.lint import lint
from rstapi.openapi.emit import emit
from rstapi.rst import load_api
from rstapi.rst.cache import ParseCache

OPERATIONS, FILES = 250, 60
ANCHOR = "   :query string mode: how fast\n"


def processes(scratch: Path, project: Path, repeat: int) -> None:
    cache = scratch / "cache"
    project_args = ["--source", f"{project}/", "--no-overlay"]
    commands = {
        "reference, --no-cache": [*RSTAPI, "build", "--no-cache", "--out", str(scratch / "a.yaml")],
        "reference, warm cache": [*RSTAPI, "build", "--cache-dir", str(cache), "--out", str(scratch / "b.yaml")],
        "60 files, --no-cache": [*RSTAPI, "build", "--no-cache", *project_args, "--out", str(scratch / "c.yaml")],
        "60 files, warm cache": [
            *RSTAPI, "build", "--cache-dir", str(cache), *project_args, "--out", str(scratch / "d.yaml"),
        ],
    }  # fmt: skip
    measured = medians(commands, repeat, child_environment(scratch / "pycache"), {})
    for name, (wall, cpu) in measured.items():
        print(f"{name:>22}: {wall:6.2f} s (CPU {cpu:5.2f} s)")
    for label, cold, warm in (("reference", "a", "b"), ("60 files", "c", "d")):
        ratio = measured[f"{label}, warm cache"][0] / measured[f"{label}, --no-cache"][0]
        same = filecmp.cmp(scratch / f"{cold}.yaml", scratch / f"{warm}.yaml", shallow=False)
        print(f"{label}: warm / cold {ratio:.2f}; the same spec: {same}")


def saves(project: Path, files: list[Path], rounds: int) -> None:
    config = Config(sources=(project,), root=project.parent)
    sources = [(path, config.display(path)) for path in config.sources]
    cache, make_app = ParseCache(None, keep_in_memory=True), _app_factory(project)
    load_api(sources, cache=cache)
    rows = []
    gc.disable()
    for number in range(rounds):
        page = files[(number * 8 + 3) % len(files)]
        page.write_text(page.read_text().replace(ANCHOR, f"{ANCHOR}   :query string f{number}: x\n", 1))
        marks = [time.perf_counter()]
        api, _ = load_api(sources, cache=cache)
        marks.append(time.perf_counter())
        lint(api)
        marks.append(time.perf_counter())
        spec = emit(api)
        marks.append(time.perf_counter())
        make_app(spec)
        marks.append(time.perf_counter())
        rows.append([later - earlier for earlier, later in itertools.pairwise(marks)])
        gc.collect()
    stages = [statistics.median(column) for column in zip(*rows, strict=True)]
    started = time.perf_counter()
    load_api(sources)
    cold = time.perf_counter() - started
    names = ("read and extract", "lint", "emit", "mock app")
    print("one save, medians: " + ", ".join(f"{n} {s:.3f} s" for n, s in zip(names, stages, strict=True)))
    print(f"  total {sum(stages):.3f} s; reading and extracting every file without the cache: {cold:.3f} s")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rstapi-cache-bench-") as folder:
        scratch = Path(folder)
        (scratch / ".git").mkdir()
        project = scratch / "api"
        files = write_project(project, OPERATIONS, FILES)
        processes(scratch, project, args.repeat)
        saves(project, files, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
