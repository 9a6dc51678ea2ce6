"""rstapi diff's breaking/non-breaking verdicts against an independent tool, openapi-diff (npm, pinned).

openapi-diff 0.24.1 reads OpenAPI 3.0 only, so both sides are rendered as 3.0 (tests/diff/openapi30.py).
Where the two disagree, the reason is written down below; the test fails when a listed disagreement
goes away (so the list stays true) or a new one appears.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from rstapi.config import Config
from rstapi.diff import Side, compare
from rstapi.openapi.sourcemap import split_sources
from rstapi.pipeline import build
from tests.conftest import ROOT
from tests.diff.history import COMMITS
from tests.diff.openapi30 import as_openapi_30
from tests.diff.test_compare import CASES, _spec

NODE_MODULES = ROOT / "tools" / "node" / "node_modules"
SCRIPT = Path(__file__).with_name("openapi_diff.js")
UNSUPPORTED_PARAMETERS = (
    "openapi-diff does not compare parameters (its docs/OPENAPI3.md: Parameter Object unsupported)"
)
OPEN_OBJECTS = (
    "openapi-diff compares JSON Schema value sets: without additionalProperties: false an object already "
    "accepts any `{name}`, so {what}; rstapi diff reads the documented fields as the contract"
)

UNSUPPORTED_PATTERN = (
    "json-schema-diff (under openapi-diff) does not compare `pattern` (its KEYWORDS.md: pattern | no)"
)

# case id -> why openapi-diff's verdict differs from ours.
DISAGREEMENTS: dict[str, str] = {
    "Make colour required": UNSUPPORTED_PARAMETERS,
    "required-parameter-added": UNSUPPORTED_PARAMETERS,
    "parameter-removed": UNSUPPORTED_PARAMETERS,
    "parameter-moved": UNSUPPORTED_PARAMETERS,
    "parameter-enum-value-removed": UNSUPPORTED_PARAMETERS,
    "parameter-bound-added": UNSUPPORTED_PARAMETERS,
    "request-field-added": OPEN_OBJECTS.format(
        name="tags", what="typing a new optional field narrows it (breaking)"
    ),
    "request-field-removed": OPEN_OBJECTS.format(
        name="size", what="dropping a field widens it (non-breaking)"
    ),
    "response-now-nullable": "json-schema-diff (under openapi-diff) ignores OpenAPI 3.0's `nullable`",
    "response-enum-value-added": "openapi-diff reported no difference for a new enum value in a $ref'd response schema",
    "security-changed": "openapi-diff does not compare security (docs/OPENAPI3.md: security unsupported)",
    "request-pattern-added": UNSUPPORTED_PATTERN,
    "response-pattern-replaced": UNSUPPORTED_PATTERN,
    "response-pattern-removed": UNSUPPORTED_PATTERN,
}


def _history_spec(folder: Path, index: int) -> dict[str, Any]:
    _, text, overlay = COMMITS[index]
    folder.mkdir()
    (folder / "gizmo.rst").write_text(text, encoding="utf-8")
    (folder / "overlay.yaml").write_text(overlay, encoding="utf-8")
    result = build(Config(sources=(folder / "gizmo.rst",), overlay=folder / "overlay.yaml", root=folder))
    assert result.spec is not None
    return split_sources(result.spec)[0]


def _pairs(folder: Path) -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """case id -> (old spec, new spec): consecutive commits of the history, and the small-spec cases."""
    specs = [_history_spec(folder / str(index), index) for index in range(len(COMMITS))]
    pairs = {COMMITS[index][0]: (specs[index - 1], specs[index]) for index in range(1, len(COMMITS))}
    for case in CASES:
        old = _spec()
        new = copy.deepcopy(old)
        case.values[0](new)
        pairs[str(case.id)] = (old, new)
    return pairs


def _openapi_diff(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> list[dict[str, Any]]:
    documents = json.dumps([[as_openapi_30(old), as_openapi_30(new)] for old, new in pairs])
    done = subprocess.run(
        ["node", str(SCRIPT)],
        input=documents,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"NODE_PATH": str(NODE_MODULES), "PATH": os.environ.get("PATH", "")},
    )
    assert done.returncode == 0, done.stderr
    verdicts: list[dict[str, Any]] = json.loads(done.stdout)
    return verdicts


def test_verdicts_agree_with_openapi_diff_or_the_reason_is_known(tmp_path: Path) -> None:
    if shutil.which("node") is None or not (NODE_MODULES / "openapi-diff").is_dir():
        pytest.skip(
            "issue 13: node or tools/node's openapi-diff is not installed (npm ci --prefix tools/node)"
        )
    pairs = _pairs(tmp_path)
    verdicts = dict(zip(pairs, _openapi_diff(list(pairs.values())), strict=True))
    problems = []
    for case, (old, new) in pairs.items():
        verdict = verdicts[case]
        assert "error" not in verdict, f"{case}: openapi-diff failed: {verdict}"
        ours = any(change.breaking for change in compare(Side("old", old), Side("new", new)))
        theirs = bool(verdict["breaking"])
        if case in DISAGREEMENTS and ours == theirs:
            problems.append(
                f"{case}: openapi-diff now agrees (breaking={ours}); remove it from DISAGREEMENTS"
            )
        elif case not in DISAGREEMENTS and ours != theirs:
            problems.append(
                f"{case}: rstapi diff says breaking={ours}, openapi-diff {theirs} {verdict['codes']}"
            )
    assert problems == []
    assert set(DISAGREEMENTS) <= set(pairs)
