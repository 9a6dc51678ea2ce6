"""An edit that changes no API fact leaves the spec, the Postman collection and the client's input alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rstapi.cli import main
from rstapi.client.fingerprint import fingerprint
from tests.conftest import ROOT
from tests.diff.history import NO_ACTIONS, SHIFTED, reference

CLIENT = ROOT / "client"


def _artefacts(folder: Path, text: str) -> tuple[bytes, bytes, str, dict[str, str]]:
    """Build ``text`` with the CLI as a user would; the written spec, collection, client hash and map."""
    folder.mkdir()
    (folder / "gizmo.rst").write_text(text, encoding="utf-8")
    (folder / "overlay.yaml").write_text(NO_ACTIONS, encoding="utf-8")
    runner = CliRunner()
    spec = folder / "openapi.yaml"
    arguments = ["--source", str(folder / "gizmo.rst"), "--overlay", str(folder / "overlay.yaml")]
    built = runner.invoke(main, ["build", *arguments, "--out", str(spec)])
    assert built.exit_code == 0, built.output
    collection = folder / "collection.json"
    posted = runner.invoke(main, ["postman", "--spec", str(spec), "--out", str(collection)])
    assert posted.exit_code == 0, posted.output
    sourcemap = json.loads((folder / "openapi.sourcemap.json").read_text(encoding="utf-8"))
    client_input = fingerprint(spec, CLIENT / "openapi-python-client.yaml", CLIENT / "templates")
    return spec.read_bytes(), collection.read_bytes(), client_input, sourcemap


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda text: text.replace("\n.. _gadgets", SHIFTED + "\n.. _gadgets", 1), id="comment"),
        pytest.param(
            lambda text: text.replace("\n.. _create", "\n\n\n\n\n\n.. _create", 1), id="blank-lines"
        ),
    ],
)
def test_shifting_lines_changes_only_the_source_map(tmp_path: Path, monkeypatch, edit) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    before = reference(delete=True)
    after = edit(before)
    assert after != before and len(after.splitlines()) >= len(before.splitlines()) + 5
    old = _artefacts(tmp_path / "old", before)
    new = _artefacts(tmp_path / "new", after)
    assert new[0] == old[0], "the spec changed"
    assert b"x-rst-source" not in new[0] and b"gizmo.rst:" not in new[0]
    assert new[1] == old[1], "the Postman collection changed"
    assert new[2] == old[2], "the client's inputs changed"
    # The map moved with the text: the POST operation is documented further down now.
    post = "/paths/~1gizmo~1v1~1gadgets/post"
    old_line = int(old[3][post].rsplit(":", 1)[1])
    new_line = int(new[3][post].rsplit(":", 1)[1])
    assert new_line >= old_line + 5
    assert after.splitlines()[new_line - 1] == before.splitlines()[old_line - 1]
