"""httpdomain benchmark: whole ``rstapi build`` processes on a generated httpdomain project against a
process that only parses the same files with docutils; medians of interleaved runs.

The project has ``--operations`` operations (150 by default) in files of 15, each operation a
directive with a synopsis, typed path and query parameters, request and response JSON fields
(nested ones among them), headers, statuses and raw HTTP request and response examples. The
docutils-only process registers a plain directive for ``http:<method>`` (its content parsed in
place, as httpdomain's directive does) so both parse the same markup.

Targets: the build at most 1.5x the docutils-only process at the given size, and linear: the
build's time per operation at 3x the size at most 1.25x its time per operation at the size.

Run: python bench/httpdomain_bench.py [--operations N] [--repeat N]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_bench import RSTAPI, child_environment, medians

RATIO_TARGET = 1.5
LINEAR_TARGET = 1.25
PER_FILE = 15

DOCUTILS_ONLY = """
import io, sys
import docutils.core, docutils.nodes
from docutils.parsers.rst import Directive, directives
from docutils.parsers.rst.directives.body import CodeBlock

class Resource(Directive):
    required_arguments = 1
    final_argument_whitespace = True
    has_content = True
    option_spec = {"synopsis": directives.unchanged, "deprecated": directives.flag, "noindex": directives.flag}

    def run(self):
        holder = docutils.nodes.container()
        self.state.nested_parse(self.content, self.content_offset, holder)
        return [holder]

for method in ("get", "post", "put", "patch", "delete"):
    directives.register_directive("http:" + method, Resource)
directives.register_directive("sourcecode", CodeBlock)
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    docutils.core.publish_doctree(text, settings_overrides={"report_level": 5, "warning_stream": io.StringIO()})
"""

_OPERATION = """\
.. http:{method}:: /things{n}/(int:thing_id)/parts/(string:part)
   :synopsis: Thing {n}

   Does thing {n} to a part of a thing.

   **Example request**:

   .. sourcecode:: http

      {upper} /things{n}/7/parts/a?limit=2&mode=fast HTTP/1.1
      Host: api.example.com
      Content-Type: application/json

      {{"name": "n{n}", "size": {n}, "owner": {{"login": "ann"}}}}

   **Example response**:

   .. sourcecode:: http

      HTTP/1.1 200 OK
      Content-Type: application/json

      {{
        "id": {n},
        "name": "n{n}",
        "size": {n},
        "tags": ["a", "b"],
        "owner": {{"login": "ann", "id": 3}},
        "rows": [{{"id": 1, "label": "x"}}, {{"id": 2, "label": "y"}}]
      }}

   :param thing_id: the thing
   :param part: the part
   :query int limit: at most this many
   :query string mode: how fast
   :<json string name: the name
   :<json int size: the size
   :<json object owner: the owner
   :<json string owner.login: the owner's login
   :>json int id: the id
   :>json string name: the name
   :>json int size: the size
   :>json array tags: the labels
   :>json object owner: the owner
   :>json string owner.login: the owner's login
   :>json int owner.id: the owner's id
   :>json int rows[].id: a row's id
   :>json string rows[].label: a row's label
   :reqheader Authorization: a token
   :resheader Content-Type: ``application/json``
   :statuscode 200: done
   :statuscode 404: no such thing

"""
_METHODS = ("get", "post", "put", "patch", "delete")


def write_project(folder: Path, operations: int, files: int | None = None) -> list[Path]:
    """``operations`` directives under ``folder`` (which is created), in files of ``PER_FILE``, or
    spread over ``files`` files."""
    folder.mkdir(parents=True)
    count = files or -(-operations // PER_FILE)
    written = []
    for index in range(count):
        start, end = index * operations // count, (index + 1) * operations // count
        parts = [f"Things {start}\n{'=' * (7 + len(str(start)))}\n\n"]
        for n in range(start, end):
            method = _METHODS[n % len(_METHODS)]
            parts.append(_OPERATION.format(method=method, upper=method.upper(), n=n))
        path = folder / f"things{start:04d}.rst"
        path.write_text("".join(parts), encoding="utf-8")
        written.append(path)
    return written


def measure(scratch: Path, operations: int, repeat: int) -> tuple[float, float, float, float]:
    """(build, docutils-only) median wall times, then CPU times, for a project of ``operations``."""
    folder = scratch / f"project{operations}"
    files = write_project(folder, operations)
    env = child_environment(scratch / "pycache")
    out = scratch / f"openapi{operations}.yaml"
    commands = {
        "docutils": [sys.executable, "-c", DOCUTILS_ONLY, *map(str, files)],
        "build": [
            *RSTAPI,
            "build",
            "--no-cache",
            "--source",
            f"{folder}/",
            "--no-overlay",
            "--out",
            str(out),
        ],
    }
    measured = medians(commands, repeat, env, {})
    (build, build_cpu), (parse, parse_cpu) = measured["build"], measured["docutils"]
    return build, parse, build_cpu, parse_cpu


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--operations", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="rstapi-httpdomain-bench-"))
    try:
        sizes = (args.operations, args.operations * 3)
        results = {size: measure(scratch, size, args.repeat) for size in sizes}
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for size, (build, docutils, build_cpu, docutils_cpu) in results.items():
        print(
            f"{size:5d} operations: build {build * 1000:7.1f} ms, docutils-only {docutils * 1000:7.1f} ms, "
            f"ratio {build / docutils:.2f} (CPU time {build_cpu / docutils_cpu:.2f}), "
            f"build {build / size * 1000:.2f} ms/operation"
        )
    small, large = (results[size][0] / size for size in sizes)
    ratio = results[args.operations][0] / results[args.operations][1]
    linear = large / small
    ok = ratio <= RATIO_TARGET and linear <= LINEAR_TARGET
    print(
        f"ratio at {args.operations}: {ratio:.2f} (target <= {RATIO_TARGET}); time per operation "
        f"at {sizes[1]} / at {sizes[0]}: {linear:.2f} (target <= {LINEAR_TARGET})"
    )
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
