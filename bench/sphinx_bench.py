"""Sphinx extension benchmark: what ``extensions = ["rstapi.sphinx"]`` adds to a full
``sphinx-build -b html`` of a generated house-style project; whole processes, interleaved runs.

The project has ``--operations`` operations (150 by default), in pages of 15 endpoint sections
(each with its 'Method and Endpoint' table, request and response field tables, a curl example and a
JSON example response) under an index with a toctree. Each run is a cold full build with the same
sources: ``-E -a`` into an output folder removed before the run (no doctrees, no pickled
environment, no Swagger UI assets copied by an earlier run), once with a conf.py that loads the
extension and once with one that does not (the two conf.py files differ only in ``extensions``);
the runs alternate, each in turn first and second in a round, so load on the machine hits both
alike. Target: the extension adds at most 15%, in median wall time and in median CPU time (user +
system of the child; the figure a busy machine moves less), both as the ratio of the medians and
as the median of each round's own ratio (this machine's speed drifts by more than the overhead
over minutes; the two runs of a round are seconds apart). Five rounds spread by +-10% here; take 15 or more for a figure. With ``--baseline REV``
the same rounds also build with the extension of the toolkit at git revision REV, so a change is
measured against what it changes.

What the extension costs, and what was cut to bring it down, is in ARCHITECTURE.md ("Inside the
docs build"): the doctree copies collected young once the APIs are built (they were freed by an
extra full collection of Sphinx's heap), only the specs kept for the write phase, the read copies
pickled without docutils' system messages and walked once, the overlay, baseline and include
modules imported only when used, suppressions settled only when there are some.

Run: python bench/sphinx_bench.py [--operations N] [--repeat N] [--baseline REV]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_bench import child_environment, exported, wall  # noqa: E402

from tests.rst_helpers import document, endpoint  # noqa: E402

TARGET = 1.15
PER_PAGE = 15
CONF = 'project = "Bench"\nextensions = [{extensions}]\n'
SPEC = Path("_static/rstapi/api/openapi.json")  # where the extension writes the spec in the site


def write_project(folder: Path, operations: int) -> Path:
    """The sources (``src/``) and two conf folders (``with/``, ``without/``) under ``folder``."""
    src = folder / "src"
    src.mkdir()
    pages = []
    for page in range(0, operations, PER_PAGE):
        sections = []
        for number in range(page, min(page + PER_PAGE, operations)):
            name = f"thing{number}"
            curl = f'curl -X GET \\\n  https://api.example.com/api/v1/{name}/42 \\\n  -H "Authorization: JWT {{t}}"'
            sections.append(endpoint(name, path=f"/api/v1/{name}/{{widget_id}}", curls=[curl]))
        name = f"page{page // PER_PAGE}"
        (src / f"{name}.rst").write_text(document(*sections), encoding="utf-8")
        pages.append(name)
    toctree = "".join(f"   {name}\n" for name in pages)
    (src / "index.rst").write_text(f"#####\nBench\n#####\n\n.. toctree::\n\n{toctree}", encoding="utf-8")
    for conf, extensions in (("with", '"rstapi.sphinx"'), ("without", "")):
        (folder / conf).mkdir()
        (folder / conf / "conf.py").write_text(CONF.format(extensions=extensions), encoding="utf-8")
    return src


def interleaved(
    commands: dict[str, tuple[list[str], Path, dict[str, str]]], repeat: int, operations: dict[str, int]
) -> dict[str, list[tuple[float, float]]]:
    """Wall and CPU time of each command (argv, output folder, environment), run in turn
    ``repeat`` times after a warm-up round, one sample a round, the order reversed every other
    round (a build that always ran second would carry whatever the first leaves behind, such as
    its output still being written back, and the machine's drift within a round would favour one
    side); each run starts with no output folder (a cold build: no doctrees, no environment, no
    copied assets) and must leave the site and, for a build with the extension, the spec with its
    ``operations`` (``built``)."""
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for round_ in range(repeat + 1):
        order = list(commands.items())
        for name, (command, out, env) in order if round_ % 2 else order[::-1]:
            shutil.rmtree(out, ignore_errors=True)
            measured = wall(command, env)
            built(out, operations[name])
            if round_:
                samples[name].append(measured)
    return samples


def built(out: Path, operations: int) -> None:
    """Stop unless the build in ``out`` wrote its pages and, when ``operations`` is not 0, the
    extension's spec documenting that many operations (none without the extension): a build that
    failed, or read no operation, would time faster and count as a low overhead."""
    spec = out / SPEC
    found = (
        sum(len(item) for item in json.loads(spec.read_text(encoding="utf-8"))["paths"].values())
        if spec.is_file()
        else 0
    )
    if not (out / "index.html").is_file() or found != operations:
        raise SystemExit(
            f"the build in {out} wrote no site or a spec of {found} operations, not {operations}"
        )


def overheads(
    mine: list[tuple[float, float]], base: list[tuple[float, float]]
) -> tuple[float, float, float, float]:
    """The overhead of ``mine`` over ``base`` (samples of the same rounds) in wall and CPU time:
    the ratio of the medians, and the median of each round's own ratio (the two runs of a round
    are seconds apart, so a machine whose speed drifts over minutes moves both alike)."""
    medians = [statistics.median(s[k] for s in mine) / statistics.median(s[k] for s in base) for k in (0, 1)]
    paired = [statistics.median(m[k] / b[k] for m, b in zip(mine, base, strict=True)) for k in (0, 1)]
    return medians[0], medians[1], paired[0], paired[1]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--operations", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument(
        "--baseline",
        metavar="REV",
        help="also build with the extension of the toolkit at this git revision, in the same rounds",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rstapi-sphinx-bench-") as tmp:
        folder = Path(tmp)
        src = write_project(folder, args.operations)
        env = child_environment(folder / "pycache")
        sphinx = [sys.executable, "-m", "sphinx", "-E", "-a", "-q", "-b", "html"]
        runs = {"without": "without", "with": "with"}
        envs = {"without": env, "with": env}
        if args.baseline:
            runs[args.baseline] = "with"
            envs[args.baseline] = {**env, "PYTHONPATH": str(exported(args.baseline, folder / "baseline"))}
        commands = {
            name: (
                [*sphinx, "-c", str(folder / conf), str(src), str(folder / f"out-{number}")],
                folder / f"out-{number}",
                envs[name],
            )
            for number, (name, conf) in enumerate(runs.items())
        }
        expected = {name: args.operations if conf == "with" else 0 for name, conf in runs.items()}
        found = interleaved(commands, args.repeat, expected)
    without = found["without"]
    wall_ratio, cpu_ratio, paired_wall, paired_cpu = overheads(found["with"], without)
    print(f"{args.operations} operations, {args.repeat} interleaved cold builds each (medians)")
    for name, label in (("without", "without the extension"), ("with", "with rstapi.sphinx")):
        runs = found[name]
        print(
            f"  sphinx-build {label + ':':<23} {statistics.median(s[0] for s in runs):.2f} s wall,"
            f" {statistics.median(s[1] for s in runs):.2f} s CPU"
        )
    print(
        f"  overhead: {100 * (wall_ratio - 1):.1f}% wall, {100 * (cpu_ratio - 1):.1f}% CPU (ratio of the medians);"
        f" {100 * (paired_wall - 1):.1f}% wall, {100 * (paired_cpu - 1):.1f}% CPU (median of each round's ratio);"
        f" target <= {100 * (TARGET - 1):.0f}%"
    )
    if args.baseline:
        then = overheads(found[args.baseline], without)
        print(
            f"  with the extension at {args.baseline}: {100 * (then[0] - 1):.1f}% wall, {100 * (then[1] - 1):.1f}% CPU"
            f" (medians); {100 * (then[2] - 1):.1f}% wall, {100 * (then[3] - 1):.1f}% CPU (each round's)"
        )
    return 0 if max(wall_ratio, cpu_ratio, paired_wall, paired_cpu) <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
