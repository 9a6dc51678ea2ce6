"""CLI benchmark: whole processes, as a user runs them; medians of interleaved runs.

1. ``rstapi --version`` and ``rstapi --help``: target under 0.15 s each (absolute: a person waits
   for it), shown next to a bare ``python -c pass`` so a slow machine can be told apart.
2. ``rstapi build`` of the project's reference (overlay included, written to a temporary file)
   against a process that only parses the same RST with docutils' ``publish_doctree``:
   target at most 1.2x. The build runs with ``--no-cache``: every run parses the reference, as
   a one-shot build with no cache of each file's reading (``rstapi.rst.cache``) does; a cache
   hit would time the cache, not the floor.

Runs alternate between the commands, so that load on the machine hits all of them alike.

Bytecode: a user's installed package has its modules compiled (pip writes the .pyc files), so by
default the children run with a bytecode cache of their own (PYTHONPYCACHEPREFIX in a temporary
folder, written by the warm-up round). With ``--no-bytecode-cache`` they run in the environment
as it is: under PYTHONDONTWRITEBYTECODE=1 with no .pyc installed, every process compiles every
module it imports, which charges each command for the amount of code it imports rather than for
what it does.

With ``--baseline REV`` the same runs also take turns with ``rstapi build`` of the toolkit at git
revision REV (its ``generator/`` exported to a temporary folder and put first on PYTHONPATH), so a
change is measured against what it changes in one interleaved run, wall and CPU time.

What the build does beyond the parse, item by item, is in ARCHITECTURE.md (Performance). On a
shared machine wall time follows the load more than the code; CPU time less so, and the number of
instructions of a whole process (``valgrind --tool=cachegrind --cache-sim=no rstapi build
--no-cache``) not at all, which is how a change of a few milliseconds is told from noise.

Run: python bench/cli_bench.py [--repeat N] [--no-bytecode-cache] [--baseline REV]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "rst_sources" / "enterprise_api" / "reference.rst"
BUILD_TARGET = 1.2  # rstapi build / the docutils-only process, wall time
RSTAPI = [sys.executable, "-m", "rstapi.cli"] if shutil.which("rstapi") is None else ["rstapi"]

DOCUTILS_ONLY = """
import io, sys
import docutils.core
text = open(sys.argv[1], encoding="utf-8").read()
docutils.core.publish_doctree(text, settings_overrides={"report_level": 5, "warning_stream": io.StringIO()})
"""


def child_environment(bytecode_cache: Path | None) -> dict[str, str]:
    """The environment of the measured processes (see the module's docstring on bytecode)."""
    env = dict(os.environ)
    if bytecode_cache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(bytecode_cache)
    return env


def exported(revision: str, into: Path) -> Path:
    """The toolkit's ``generator/`` folder at git ``revision``, written under ``into``."""
    into.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "archive", revision, "generator"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into / "generator"


def wall(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """The process's wall time and CPU time (user + system: less sensitive to a busy machine)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    completed = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if completed.returncode not in (0, 1):
        raise SystemExit(
            f"{' '.join(command)} exited {completed.returncode}: {completed.stderr.decode()[-500:]}"
        )
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def medians(
    commands: dict[str, list[str]], repeat: int, env: dict[str, str], envs: dict[str, dict[str, str]]
) -> dict[str, tuple[float, float]]:
    """The median wall and CPU times of each command, run in turn ``repeat`` times after one
    warm-up round; ``envs`` gives some commands an environment of their own."""
    for name, command in commands.items():
        wall(command, envs.get(name, env))
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            samples[name].append(wall(command, envs.get(name, env)))
    return {
        name: (statistics.median(t[0] for t in times), statistics.median(t[1] for t in times))
        for name, times in samples.items()
    }


def no_cache_flags(generator: Path) -> list[str]:
    """``--no-cache`` for a toolkit that has a cache (a revision before it has none to bypass)."""
    return ["--no-cache"] if (generator / "rstapi" / "rst" / "cache.py").is_file() else []


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="run the commands in the environment as it is (no bytecode cache of their own)",
    )
    parser.add_argument(
        "--baseline",
        metavar="REV",
        help="also time `rstapi build` of the toolkit at this git revision, in the same rounds",
    )
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="rstapi-cli-bench-"))
    out = scratch / "openapi.yaml"
    env = child_environment(None if args.no_bytecode_cache else scratch / "pycache")
    print(
        "bytecode:", "as the environment has it" if args.no_bytecode_cache else "cached (as installed by pip)"
    )
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "rstapi --version": [*RSTAPI, "--version"],
        "rstapi --help": [*RSTAPI, "--help"],
        "docutils parse only": [sys.executable, "-c", DOCUTILS_ONLY, str(SEED)],
        "rstapi build": [*RSTAPI, "build", "--no-cache", "--out", str(out)],
    }
    envs = {}
    if args.baseline:
        baseline = f"build at {args.baseline}"[:22]
        exported_at = exported(args.baseline, scratch / "baseline")
        commands[baseline] = [
            *RSTAPI,
            "build",
            *no_cache_flags(exported_at),
            "--out",
            str(scratch / "baseline.yaml"),
        ]
        envs[baseline] = {**env, "PYTHONPATH": str(exported_at)}
    measured = medians(commands, args.repeat, env, envs)
    times = {name: wall_time for name, (wall_time, _) in measured.items()}
    for name, (seconds, cpu) in measured.items():
        print(f"{name:>22}: {seconds * 1000:7.1f} ms (CPU {cpu * 1000:6.1f} ms)")
    ok = True
    for name in ("rstapi --version", "rstapi --help"):
        passed = times[name] < 0.15
        ok = ok and passed
        print(f"{name}: {times[name]:.3f} s (target < 0.15 s) {'ok' if passed else 'SLOW'}")
    ratio = times["rstapi build"] / times["docutils parse only"]
    ok = ok and ratio <= BUILD_TARGET
    verdict = "ok" if ratio <= BUILD_TARGET else "SLOW"
    print(f"build / docutils-only process: {ratio:.2f} (target <= {BUILD_TARGET}) {verdict}")
    cpu_ratio = measured["rstapi build"][1] / measured["docutils parse only"][1]
    print(f"  the same in CPU time: {cpu_ratio:.2f} (for a busy machine; the target is on wall time)")
    if args.baseline:
        then, then_cpu = measured[baseline]
        print(
            f"{args.baseline} build / docutils-only process: {then / times['docutils parse only']:.2f}"
            f" (CPU {then_cpu / measured['docutils parse only'][1]:.2f}); this build / {args.baseline}:"
            f" {times['rstapi build'] / then:.2f} (CPU {measured['rstapi build'][1] / then_cpu:.2f})"
        )
    print("PASS" if ok else "FAIL")
    shutil.rmtree(scratch, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
