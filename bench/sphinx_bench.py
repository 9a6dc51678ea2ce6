"""Sphinx extension benchmark: what ``extensions = ["rstapi.sphinx"]`` adds to a full
``sphinx-build -b html`` of a generated house-style project; whole processes, interleaved runs.

The project has ``--operations`` operations (150 by default), in pages of 15 endpoint sections
(each with its 'Method and Endpoint' table, request and response field tables, a curl example and a
JSON example response) under an index with a toctree. Each run is a full build (``-E -a``: a fresh
environment, every page written) with the same sources, once with a conf.py that loads the
extension and once with one that does not; the runs alternate so load on the machine hits both
alike. Target: the extension adds at most 15% (median wall time; CPU time is shown too).

Run: python bench/sphinx_bench.py [--operations N] [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_bench import child_environment, medians  # noqa: E402

from tests.rst_helpers import document, endpoint  # noqa: E402

TARGET = 1.15
PER_PAGE = 15
CONF = 'project = "Bench"\nextensions = [{extensions}]\n'


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


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--operations", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rstapi-sphinx-bench-") as tmp:
        folder = Path(tmp)
        src = write_project(folder, args.operations)
        env = child_environment(folder / "pycache")
        sphinx = [sys.executable, "-m", "sphinx", "-E", "-a", "-q", "-b", "html"]
        commands = {
            conf: [*sphinx, "-c", str(folder / conf), str(src), str(folder / f"out-{conf}")]
            for conf in ("without", "with")
        }
        found = medians(commands, args.repeat, env, {})
    (with_wall, with_cpu), (without_wall, without_cpu) = found["with"], found["without"]
    ratio = with_wall / without_wall
    print(f"{args.operations} operations, median of {args.repeat} interleaved full builds each")
    print(f"  sphinx-build without the extension: {without_wall:.2f} s wall, {without_cpu:.2f} s CPU")
    print(f"  sphinx-build with rstapi.sphinx:    {with_wall:.2f} s wall, {with_cpu:.2f} s CPU")
    print(
        f"  overhead: {100 * (ratio - 1):.1f}% wall, {100 * (with_cpu / without_cpu - 1):.1f}% CPU (target <= 15%)"
    )
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
