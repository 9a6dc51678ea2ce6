"""A seeded, bounded mutation fuzz over `rstapi build` and `rstapi lint`: no input ends in a traceback.

Each case mutates a small house-style reference and an overlay a few times (delete, duplicate or
swap lines, insert bytes and tokens that broke the toolkit before) and runs both commands as a
user would. Every run must end in an exit code of 0, 1 or 2 with no exception escaping. The
seed and the case count are fixed, so a failure reproduces; RSTAPI_FUZZ_CASES raises the count.
"""

from __future__ import annotations

import os
import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from rstapi.cli import main
from tests import rst_style
from tests.rst_helpers import document, endpoint

SEED = 20261203
CASES = int(os.environ.get("RSTAPI_FUZZ_CASES", "40"))

REFERENCE = document(
    endpoint(
        method="POST",
        path="/api/v1/widgets/{widget_id}/parts",
        request=(("name", "string", "The part's name."), ("count", "integer", "How many.")),
    ),
    endpoint("gadgets", path="/api/v1/gadgets/", label="gadgets"),
)
# The other wordings the extractor reads (docs/house-style.md): the method as text, a Path
# Parameters table, extra columns, fields as lists, a status table, a curl behind a prompt.
OTHER_WORDINGS = rst_style.document(
    rst_style.endpoint(
        path="/gizmo/v1/gadgets/{gadget_id}/",
        rest=rst_style.subsection("Path Parameters", ":gadget_id: integer. The gadget's id.\n")
        + rst_style.subsection(
            "Request Values",
            rst_style.list_table(
                ("Parameter", "Type", "Required", "Default", "Example", "Allowed Values", "Notes"),
                ("``sort``", "string", "No", "``name``", "size", "``name``, ``size``", "Ascending."),
                ("``page``", "integer (required)", "Yes", "1", "2", "", ""),
            ),
        )
        + rst_style.subsection(
            "Response Values",
            "* ``id`` (integer): The id.\n* ``name`` (string): The name.\n* ``size`` (integer): The size.\n"
            "* ``state`` (string): One of:\n\n  * ``on``\n  * ``off``\n",
        )
        + rst_style.subsection(
            "Status Codes",
            rst_style.list_table(("Status Code", "Description"), ("200 OK", "The gadget."), ("404", "None."))
            + "\nHTTP 403 - not yours.\n",
        )
        + rst_style.subsection(
            "Example Request",
            "::\n\n   $ curl -XGET -H'Authorization: JWT {token}' https://api.gizmo.org/gizmo/v1/gadgets/1/\n",
        )
        + rst_style.subsection(
            "Example Response",
            rst_style.code_block('{\n  "id": 1,\n  "name": "a",\n  "size": 1,\n  "state": "on"\n}'),
        ),
    ).replace(
        ".. list-table::\n   :header-rows: 1\n\n   * - Method\n     - Endpoint\n   * - GET\n"
        "     - ``/gizmo/v1/gadgets/{gadget_id}/``\n",
        "GET, PUT ``/gizmo/v1/gadgets/{gadget_id}/``\n",
    ),
    rst_style.endpoint(
        title="widgets Endpoint",
        path="/gizmo/v1/widgets/",
        rest=rst_style.subsection(
            "Response Body", "``count`` : integer\n   How many.\n\n``label``\n   string. A label.\n"
        ),
    ),
)
OVERLAY = """overlay: 1.0.0
info: {title: Widgets, version: '1'}
actions:
  - target: $.info
    update: {version: 2.0.0}
  - target: "$.paths['/api/v1/gadgets/'].get"
    description: a summary
    update: {summary: Gadgets}
  - target: $.components.schemas.*
    update: {x-note: true}
"""

# Fragments that broke a stage before (issue 16) or are easy to get wrong.
TOKENS = [
    "{",
    "}",
    "{catalog_id/x/{y}",
    "9" * 5000,
    "\x00",
    "\ufeff",
    "\t",
    "``",
    ":ref:`nowhere`",
    ".. list-table::",
    "   * - ",
    '"',
    "[",
    "$..*[?(@.type)]",
    ".. include:: ref.rst",
    ".. include:: ../../../../etc/hostname",
    ".. toctree::\n\n   ref\n   ../outside",
    ".. literalinclude:: ref.rst\n   :language: json",
    "type: objest",
    "update: 5",
    "remove: true",
    "$ref: '#/components/schemas/Nope'",
    "\u00e2\u0080\u0099",
    "\ud800",
]


NUMBERS = ["9" * 5000, "1e999", "-0", "0.1", "NaN", '"3"', "null", "[]"]


def mutate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(lines)) if lines else 0
        kind = rng.randrange(7)
        if kind == 6:  # a JSON number in an example becomes something else
            numbered = [i for i, line in enumerate(lines) if re.search(r"\": \d", line)]
            if numbered:
                at = rng.choice(numbered)
                lines[at] = re.sub(r"(?<=: )\d+", rng.choice(NUMBERS), lines[at], count=1)
            continue
        if kind == 0 and lines:
            del lines[at]
        elif kind == 1 and lines:
            lines.insert(at, lines[rng.randrange(len(lines))])
        elif kind == 2 and len(lines) > 1:
            other = rng.randrange(len(lines))
            lines[at], lines[other] = lines[other], lines[at]
        elif kind == 3 and lines:
            line = lines[at]
            cut = rng.randint(0, len(line))
            lines[at] = line[:cut] + rng.choice(TOKENS) + line[cut:]
        elif kind == 4:
            lines = lines[: rng.randint(0, len(lines))]
        else:
            lines.insert(at, rng.choice(TOKENS))
    return "\n".join(lines)


def _write(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8", errors="surrogatepass"))


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"rstapi {' '.join(args)} raised {result.exception!r}") from result.exception
    assert "Traceback" not in result.output
    return result.exit_code, result.output


@pytest.mark.parametrize("case", range(CASES))
def test_build_and_lint_never_raise(tmp_path: Path, case: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    rng = random.Random(SEED * 1000 + case)
    source, overlay = tmp_path / "ref.rst", tmp_path / "overlay.yaml"
    _write(source, mutate(REFERENCE, rng) if case % 3 else REFERENCE)
    _write(overlay, mutate(OVERLAY, rng) if case % 3 != 1 else OVERLAY)
    common = ("--source", "ref.rst", "--overlay", "overlay.yaml")
    code, output = _run("build", *common, "--out", "spec.yaml", "--force")
    assert code in {0, 1, 2}, output
    if code in {0, 1}:
        assert (tmp_path / "spec.yaml").is_file(), output
    lint_code, _ = _run("lint", *common, "--format", "json")
    assert lint_code in {0, 1, 2}


@pytest.mark.parametrize("case", range(CASES))
def test_the_other_wordings_never_raise(tmp_path: Path, case: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    rng = random.Random(SEED * 2000 + case)
    _write(tmp_path / "ref.rst", mutate(OTHER_WORDINGS, rng) if case else OTHER_WORDINGS)
    code, output = _run("build", "--source", "ref.rst", "--no-overlay", "--out", "spec.yaml", "--force")
    assert code in {0, 1, 2}, output
    if case == 0:  # the unmutated document is read whole
        assert "table rows 12/12" in output and "0 error, 0 warning" in output, output
    lint_code, _ = _run("lint", "--source", "ref.rst", "--no-overlay", "--format", "json")
    assert lint_code in {0, 1, 2}
