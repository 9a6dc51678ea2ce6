"""What ``extensions = ["rstapi.sphinx"]`` adds to a full ``sphinx-build -b html``, in CPU
instructions counted by valgrind: a figure a busy machine does not move.

bench/sphinx_bench.py times whole builds; on a shared machine its ratios spread by ten points
from run to run. Here the same project (``sphinx_bench.write_project``) is built with the same
command (``-E -a -q -b html``, each build into a fresh output folder) under ``valgrind
--tool=cachegrind --cache-sim=no``, without and with the extension (and, with ``--baseline REV``,
with the extension of the toolkit at git revision REV), after one warm-up build of each that
writes the bytecode cache (``PYTHONPYCACHEPREFIX``, as an installed package has one), with
``PYTHONHASHSEED=0``. User-space instructions of the whole process; about three minutes a build.

Run: python bench/sphinx_instructions.py [--operations N] [--baseline REV]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from cli_bench import child_environment, exported
from sphinx_bench import built, write_project

_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(command: list[str], env: dict[str, str], out: Path, operations: int) -> int:
    """The instructions ``command`` executed (a warm-up run first), each run into no ``out`` and
    checked by ``sphinx_bench.built`` (the site, and a spec of ``operations`` when not 0)."""
    for counted in (False, True):
        shutil.rmtree(out, ignore_errors=True)
        prefix = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
        done = subprocess.run(
            [*prefix, *command] if counted else command, env=env, capture_output=True, text=True, check=False
        )
        if done.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command)} exited {done.returncode}: {done.stderr[-500:]}")
        built(out, operations)
    found = _REFS.search(done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count from valgrind: {done.stderr[-500:]}")
    return int(found[1].replace(",", ""))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--operations", type=int, default=150)
    parser.add_argument("--baseline", metavar="REV", help="also count the extension at this git revision")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rstapi-sphinx-instructions-") as tmp:
        folder = Path(tmp)
        src = write_project(folder, args.operations)
        env = {**child_environment(folder / "pycache"), "PYTHONHASHSEED": "0"}
        runs = {"without": ("without", env), "with": ("with", env)}
        if args.baseline:
            then = {**env, "PYTHONPATH": str(exported(args.baseline, folder / "baseline"))}
            runs[args.baseline] = ("with", then)
        sphinx = [sys.executable, "-m", "sphinx", "-E", "-a", "-q", "-b", "html"]
        counts = {
            name: instructions(
                [*sphinx, "-c", str(folder / conf), str(src), str(folder / "out")],
                e,
                folder / "out",
                args.operations if conf == "with" else 0,
            )
            for name, (conf, e) in runs.items()
        }
    without = counts["without"]
    for name, count in counts.items():
        extra = f" (+{100 * (count / without - 1):.1f}%)" if name != "without" else ""
        print(f"  {name:>12}: {count / 1e9:.2f} G instructions{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
