"""`rstapi diff` of an os-api-ref reference between commits: the .inc files, the parameters.yaml and
the samples beside the Sphinx folder are read at each revision, so a change in any of them is seen."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.diff.conftest import run_json

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "osapiref"
INDEX = "api-ref/source/index.rst"


def _commit(repo: Path, message: str) -> str:
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True)
    subprocess.run(["git", "commit", "-qm", message], cwd=repo, check=True)
    return subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=repo, check=True, capture_output=True, text=True
    ).stdout.strip()


def test_a_type_changed_in_the_parameters_file_is_a_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(FIXTURE, repo)
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run(["git", "config", "user.email", "t@example.com"], cwd=repo, check=True)
    subprocess.run(["git", "config", "user.name", "t"], cwd=repo, check=True)
    before = _commit(repo, "gizmo")
    parameters = repo / "api-ref" / "source" / "parameters.yaml"
    text = parameters.read_text(encoding="utf-8")
    size = "widget_size:\n  description: |\n    The widget's size in millimetres.\n  in: body\n  required: true\n  type: integer"
    assert size in text
    parameters.write_text(text.replace(size, size.replace("type: integer", "type: string")), encoding="utf-8")
    sample = repo / "doc" / "api_samples" / "widgets" / "widget-fit-req.json"
    sample.write_text('{\n    "widget": {\n        "size": "12"\n    }\n}\n', encoding="utf-8")
    after = _commit(repo, "sizes are strings")
    code, found = run_json(repo, monkeypatch, "diff", before, after, "--source", INDEX, "--no-overlay")
    fit = "PUT /gadgets/{gadget_id}/widgets/{widget_id}"
    changed = [
        (c["operation"], c["subject"], c["breaking"]) for c in found["changes"] if c["operation"] == fit
    ]
    assert changed == [
        (fit, "request field `widget.size`", True),
        (fit, "response field `widget.size`", True),
    ]
    assert code == 1  # breaking
