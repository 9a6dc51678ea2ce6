"""os-api-ref benchmark: ``rstapi build`` of a generated os-api-ref project, whole processes.

The project (written to a temporary folder, with a ``.git`` marker so that its top is the project
root): ``api-ref/source/index.rst`` including 25 ``.inc`` files of 10 operations each (250
``rest_method`` sections with Request and Response ``rest_parameters`` lists and response-code
lines), a ``parameters.yaml`` of 1,000 entries, and 400 JSON samples in ``doc/api_samples/``
reached by ``literalinclude`` from outside the Sphinx folder.

Measured against a process that only parses the same RST files (index.rst and every .inc) with
docutils' ``publish_doctree``: target at most 1.5x (wall time, medians of interleaved runs). The
same is run on the project at half the size: the build grows linearly when its time per
operation stays put (the size ratio of build times is close to docutils' own).

With ``--baseline REV`` the same rounds also build the 250-operation project with the toolkit at
git revision REV (as ``cli_bench.py --baseline`` does), so a change is measured against what it
changes: on this shared machine, in CPU time above all.

What the build does beyond docutils' parse, and what was cut to meet the target (ARCHITECTURE.md,
"Performance"): the spec's YAML laid out in Python around its distinct scalars, which libyaml
dumps once (``openapi/blockyaml.py``); docutils' nested state machines and their states reused
while rstapi parses (``rst/machines.py``); a folder resolved once for the files in it; no table
directive module, hashlib or house-style reader imported for a project that needs none; no line
by line nesting scan of text that cannot nest that deep; no second meta-validation of a schema
the OpenAPI rules found valid. On a quieter moment of the shared machine (``--repeat 3``): 1.42
wall, 1.44 CPU, where the revision before these changes (``--baseline efcd04b``) gave 2.02.
Then: docutils' run of explicit markup parsed from the lines it can reach, not a copy of the rest
of the spliced document per run (which grew with its square); each include read into a buffer of
its size; the doctree's elements listed once; validation's walk writing pointers only for a
finding and gathering the sources the coverage figure reads. In instructions (callgrind, whole
processes, run from the repository as here): 6.70 G -> 5.91 G for the build (``8ffb07f`` -> ``39dba39``),
4.11 G for the docutils-only process: 1.63 -> 1.44.

Run: python bench/osapiref_bench.py [--repeat N] [--baseline REV]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cli_bench import RSTAPI, child_environment, exported, medians, no_cache_flags

TARGET = 1.5
ENTRIES = 1000
FIELDS = 8  # body fields per request and per response
PER_FILE = 10

DOCUTILS_ONLY = """
import io, sys
import docutils.core
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    settings = {"report_level": 5, "halt_level": 5, "file_insertion_enabled": False, "warning_stream": io.StringIO()}
    docutils.core.publish_doctree(text, settings_overrides=settings)
"""


def _yaml(entries: int) -> str:
    lines = [
        "thing_id_path:\n  description: |\n    The UUID of the thing.\n  in: path\n  required: true\n  type: string\n",
        "limit:\n  description: |\n    Requests a page size of items.\n  in: query\n  required: false\n  type: integer\n",
        "item:\n  description: |\n    An ``item`` object.\n  in: body\n  required: true\n  type: object\n",
    ]
    for number in range(entries - len(lines)):
        version = f"  min_version: 2.{number % 90}\n" if number % 7 == 0 else ""
        lines.append(
            f"field_{number:04d}:\n  description: |\n    Field number {number} of an item, with ``some`` RST\n"
            f"    and a `link <https://example.com/{number}>`_.\n  in: body\n  required: {str(number % 3 == 0).lower()}\n"
            f"  type: {('string', 'integer', 'boolean')[number % 3]}\n{version}"
        )
    return "".join(lines)


def _fields(operation: int, offset: int, pool: int) -> list[int]:
    return [(operation * FIELDS * 2 + offset + k) % pool for k in range(FIELDS)]


def _value(field: int) -> object:
    return ("text", 7, True)[field % 3]


def _operation(number: int, pool: int, samples: bool) -> str:
    request, response = _fields(number, 0, pool), _fields(number, FIELDS, pool)
    method = "POST" if samples else "GET"
    body = "".join(f"   - field_{f:04d}: field_{f:04d}\n" for f in request) if samples else ""
    text = (
        f"Operation {number}\n{'=' * (10 + len(str(number)))}\n\n"
        f".. rest_method:: {method} /things/{{thing_id}}/part{number}\n\n"
        f"Does operation {number} on a thing.\n\nNormal response codes: 200\n\n"
        "Error response codes: badRequest(400), unauthorized(401), itemNotFound(404)\n\n"
        "Request\n-------\n\n.. rest_parameters:: parameters.yaml\n\n"
        f"   - thing_id: thing_id_path\n   - limit: limit\n{'   - item: item' + chr(10) if samples else ''}{body}\n"
    )
    if samples:
        text += f"**Example Operation {number}**\n\n.. literalinclude:: ../../doc/api_samples/op{number}-req.json\n   :language: javascript\n\n"
    text += "Response\n--------\n\n.. rest_parameters:: parameters.yaml\n\n   - item: item\n"
    text += "".join(f"   - field_{f:04d}: field_{f:04d}\n" for f in response) + "\n"
    if samples:
        text += f"**Example Operation {number}**\n\n.. literalinclude:: ../../doc/api_samples/op{number}-resp.json\n   :language: javascript\n\n"
    return text


def write_project(top: Path, operations: int, entries: int, sampled: int) -> tuple[Path, list[Path]]:
    """The project under ``top``; its index.rst and every RST file."""
    (top / ".git").mkdir(parents=True)
    source, samples = top / "api-ref" / "source", top / "doc" / "api_samples"
    source.mkdir(parents=True)
    samples.mkdir(parents=True)
    (source / "conf.py").write_text("extensions = ['os_api_ref']\n", encoding="utf-8")
    (source / "parameters.yaml").write_text(_yaml(entries), encoding="utf-8")
    pool = entries - 3
    files = []
    for first in range(0, operations, PER_FILE):
        numbers = range(first, min(first + PER_FILE, operations))
        inc = source / f"part{first // PER_FILE:02d}.inc"
        inc.write_text("".join(_operation(n, pool, n < sampled) for n in numbers), encoding="utf-8")
        files.append(inc)
        for n in (n for n in numbers if n < sampled):
            for kind, offset in (("req", 0), ("resp", FIELDS)):
                value = {"item": {f"field_{f:04d}": _value(f) for f in _fields(n, offset, pool)}}
                (samples / f"op{n}-{kind}.json").write_text(
                    json.dumps(value, indent=4) + "\n", encoding="utf-8"
                )
    includes = "".join(f".. include:: {f.name}\n" for f in files)
    index = source / "index.rst"
    index.write_text(f"=========\n Things\n=========\n\n.. rest_expand_all::\n\n{includes}", encoding="utf-8")
    return index, [index, *files]


def _build(index: Path, out: Path, flags: list[str]) -> list[str]:
    return [*RSTAPI, "build", *flags, "--no-overlay", "--source", str(index), "--out", str(out)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--baseline",
        metavar="REV",
        help="also build the 250-operation project with the toolkit at this git revision, in the same rounds",
    )
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="rstapi-osapiref-bench-"))
    env = child_environment(scratch / "pycache")
    commands: dict[str, list[str]] = {}
    for label, operations, sampled in (("250 ops", 250, 200), ("125 ops", 125, 100)):
        index, files = write_project(scratch / label.replace(" ", "_"), operations, ENTRIES, sampled)
        out = scratch / f"{label.replace(' ', '_')}.yaml"
        commands[f"docutils {label}"] = [sys.executable, "-c", DOCUTILS_ONLY, *map(str, files)]
        # --no-cache: a parse per run (the cache would time itself, not the build)
        commands[f"build {label}"] = _build(index, out, ["--no-cache"])
    envs = {}
    if args.baseline:
        at = exported(args.baseline, scratch / "baseline")
        index = scratch / "250_ops" / "api-ref" / "source" / "index.rst"
        commands["baseline 250 ops"] = _build(index, scratch / "baseline.yaml", no_cache_flags(at))
        envs["baseline 250 ops"] = {**env, "PYTHONPATH": str(at)}
    measured = medians(commands, args.repeat, env, envs)
    for name, (seconds, cpu) in measured.items():
        print(f"{name:>18}: {seconds * 1000:7.1f} ms (CPU {cpu * 1000:6.1f} ms)")
    full = measured["build 250 ops"][0] / measured["docutils 250 ops"][0]
    half = measured["build 125 ops"][0] / measured["docutils 125 ops"][0]
    growth = measured["build 250 ops"][0] / measured["build 125 ops"][0]
    parse_growth = measured["docutils 250 ops"][0] / measured["docutils 125 ops"][0]
    print(
        f"build / docutils-only, 250 operations: {full:.2f} (target <= {TARGET}) {'ok' if full <= TARGET else 'SLOW'}"
    )
    print(f"build / docutils-only, 125 operations: {half:.2f}")
    print(f"250 / 125 operations: build {growth:.2f}, docutils {parse_growth:.2f} (linear: about the same)")
    cpu = measured["build 250 ops"][1] / measured["docutils 250 ops"][1]
    cpu_growth = measured["build 250 ops"][1] / measured["build 125 ops"][1]
    cpu_parse_growth = measured["docutils 250 ops"][1] / measured["docutils 125 ops"][1]
    print(
        f"  in CPU time: build / docutils-only {cpu:.2f}; 250 / 125: build {cpu_growth:.2f}, docutils {cpu_parse_growth:.2f}"
    )
    if args.baseline:
        then, then_cpu = measured["baseline 250 ops"]
        parse, parse_cpu = measured["docutils 250 ops"]
        now, now_cpu = measured["build 250 ops"]
        print(
            f"{args.baseline} build / docutils-only, 250 operations: {then / parse:.2f} (CPU {then_cpu / parse_cpu:.2f});"
            f" this build / {args.baseline}: {now / then:.2f} (CPU {now_cpu / then_cpu:.2f})"
        )
    spec = json.loads(json.dumps(__import__("yaml").safe_load((scratch / "250_ops.yaml").read_text())))
    print(f"250-operation spec: {sum(len(v) for v in spec['paths'].values())} operations")
    shutil.rmtree(scratch, ignore_errors=True)
    return 0 if full <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
