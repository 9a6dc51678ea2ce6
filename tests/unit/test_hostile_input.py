"""Hostile input is bounded: every limit a coded finding at the line that crosses it, the rest
still read; only regular files inside the project are read; YAML aliases do not expand."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from rstapi import rst
from rstapi.cli import main
from rstapi.config import Config
from rstapi.pipeline import BuildResult, build
from rstapi.rst.include import MAX_INCLUDED_FILES
from rstapi.rst.nesting import MAX_NESTING
from tests.rst_style import document, endpoint, line_number

BASE = document(endpoint())
PATH = "/gizmo/v1/gadgets"  # the path tests.rst_style.endpoint documents


def _build(tmp_path: Path, text: str, **config: object) -> BuildResult:
    source = tmp_path / "ref.rst"
    source.write_text(text, encoding="utf-8")
    return build(Config(sources=(source,), overlay=None, root=tmp_path, **config))  # type: ignore[arg-type]


def _found(result: BuildResult, code: str) -> list[tuple[str, int, str]]:
    return [
        (d.location.path if d.location else "", d.location.line if d.location else 0, d.message)
        for d in result.diagnostics
        if d.code == code
    ]


def _cli(*args: str) -> Result:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output and result.exit_code in (0, 1, 2), result.output
    return result


def test_a_list_nested_200_deep_is_rst164_at_the_line_that_crosses_and_the_rest_is_read(
    tmp_path: Path,
) -> None:
    nested = "".join("  " * level + f"* level {level}\n\n" for level in range(200))
    text = BASE + "\nNesting\n=======\n\n" + nested
    result = _build(tmp_path, text)
    [(_, line, message)] = _found(result, "RST171")
    assert line == line_number(text, f"* level {MAX_NESTING + 1}")  # level 0 is not nested
    assert "nested more than 40 levels deep" in message
    assert result.spec is not None and "get" in result.spec["paths"][PATH]


def test_a_globbed_toctree_entry_that_is_not_a_glob_is_rst162_not_a_valueerror(tmp_path: Path) -> None:
    text = BASE + "\n.. toctree::\n   :glob:\n\n   **\n"
    result = _build(tmp_path, text)
    [(_, line, message)] = _found(result, "RST162")
    assert line == line_number(text, "   **") and "not a glob" in message
    assert result.spec is not None and result.spec["paths"]


def test_include_fan_out_stops_at_a_bound_with_rst163_at_the_crossing_include(tmp_path: Path) -> None:
    for level in range(5):  # each file includes the next one 20 times: 3.2 million lines
        (tmp_path / f"f{level}.rst").write_text(f".. include:: f{level + 1}.rst\n\n" * 20, encoding="utf-8")
    (tmp_path / "f5.rst").write_text("A line.\n\n" * 2, encoding="utf-8")
    result = _build(tmp_path, BASE + "\n.. include:: f0.rst\n")
    [(path, line, message)] = _found(result, "RST170")
    assert path.endswith("f4.rst") and line > 0
    assert f"more than {MAX_INCLUDED_FILES:,} included files" in message and "not read" in message
    assert result.spec is not None and result.spec["paths"]


def test_the_input_limit_applies_to_the_text_with_its_includes(tmp_path: Path) -> None:
    (tmp_path / "big.rst").write_text("Padding, padding.\n\n" * 2000, encoding="utf-8")  # 38 KB
    text = BASE + "\n.. include:: big.rst\n\nBetween.\n\n.. include:: big.rst\n"
    result = _build(tmp_path, text, max_input_bytes=64 * 1024)
    [(path, line, message)] = _found(result, "RST170")
    assert (path, line) == ("ref.rst", line_number(text, ".. include:: big.rst", occurrence=2))
    assert "input limit" in message and "max-input-mb" in message
    assert not _found(_build(tmp_path, text, max_input_bytes=2**20), "RST170")


def test_toctree_documents_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rst.named, "MAX_DOCUMENTS", 3)  # the sources count: ref.rst and two more
    for name in ("alpha", "beta", "gamma"):
        (tmp_path / f"{name}.rst").write_text(f"{name}\n=====\n\nText.\n", encoding="utf-8")
    text = BASE + "\n.. toctree::\n\n   alpha\n   beta\n   gamma\n"
    result = _build(tmp_path, text)
    [(_, line, message)] = _found(result, "RST170")
    assert line == line_number(text, "   gamma") and "more than 3 documents; gamma.rst" in message


def test_the_label_scan_reads_no_fifo_device_or_file_outside_the_project(tmp_path: Path) -> None:
    project, elsewhere = tmp_path / "docs", tmp_path / "elsewhere"
    project.mkdir()
    elsewhere.mkdir()
    (project / "conf.py").write_text("", encoding="utf-8")
    (elsewhere / "secret.rst").write_text(".. _secret:\n\nSecret\n======\n", encoding="utf-8")
    (project / "other.rst").write_text(".. _kept:\n\nKept\n====\n", encoding="utf-8")
    os.mkfifo(project / "pipe.rst")
    (project / "zero.rst").symlink_to("/dev/zero")
    (project / "leak.rst").symlink_to(elsewhere / "secret.rst")
    text = BASE + "\nSee :ref:`secret` and :ref:`kept`.\n"
    (project / "ref.rst").write_text(text, encoding="utf-8")
    done = subprocess.run(  # a read of the FIFO would block: a process the test can give up on
        [sys.executable, "-m", "rstapi.cli", "lint", "--source", "docs/ref.rst", "--no-overlay"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    out = done.stdout
    assert "Traceback" not in done.stderr and done.returncode == 1, done.stderr
    assert "docs/pipe.rst: WARNING RST172 docs/pipe.rst: not a regular file" in out
    assert "docs/zero.rst: WARNING RST172 docs/zero.rst leads outside the project" in out
    assert "docs/leak.rst: WARNING RST172 docs/leak.rst leads outside the project" in out
    assert "ERROR RST113 :ref: target 'secret' is not defined" in out  # the outside file was not read
    assert "RST156 :ref: target 'kept' is defined in docs/other.rst" in out  # a regular file was


BOMB = "openapi: 3.1.0\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]\n" for n in range(1, 9)
)


@pytest.mark.parametrize(
    "args",
    [
        ("diff", "bomb.yaml", "bomb.yaml", "--source", "bomb.yaml"),
        ("mock", "--spec", "bomb.yaml", "--port", "9"),
        ("postman", "--spec", "bomb.yaml", "--out", "p.json"),
        ("site", "--spec", "bomb.yaml", "--out", "site"),
        ("contract", "--spec", "bomb.yaml", "--base-url", "http://127.0.0.1:9"),
    ],
    ids=lambda args: args[0],
)
def test_a_yaml_alias_bomb_as_a_spec_is_exit_2_before_any_validator(
    args: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bomb.yaml").write_text(BOMB, encoding="utf-8")
    result = _cli(*args)
    assert result.exit_code == 2, result.output
    assert "aliases expand it past 1,000,000 nodes" in result.output and "(line 7)" in result.output


def test_an_alias_bomb_overlay_is_ovl300_at_its_line(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(BOMB.replace("openapi: 3.1.0", "overlay: 1.0.0"), encoding="utf-8")
    source = tmp_path / "ref.rst"
    source.write_text(BASE, encoding="utf-8")
    result = build(Config(sources=(source,), overlay=overlay, root=tmp_path))
    [(_, line, message)] = _found(result, "OVL300")
    assert line == 7 and "aliases expand it past" in message and result.spec is None


@pytest.mark.parametrize("kind", ["fifo", "device", "outside"])
@pytest.mark.parametrize("role", ["--overlay", "--baseline", "--spec"])
def test_a_named_input_that_is_no_regular_file_is_exit_2_without_a_read(
    kind: str, role: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ref.rst").write_text(BASE, encoding="utf-8")
    named = tmp_path / "input.yaml"
    if kind == "fifo":
        os.mkfifo(named)
    else:
        named.symlink_to("/dev/zero")
    if kind == "outside":  # a pyproject.toml naming a file outside the checkout
        (tmp_path / "pyproject.toml").write_text(
            '[tool.rstapi]\nsources = ["ref.rst"]\noverlay = "../../etc/passwd"\n', encoding="utf-8"
        )
        result = _cli("lint")
        assert (
            result.exit_code == 2 and "overlay: ../../etc/passwd leads outside the project" in result.output
        )
        return
    if role == "--spec":
        result = _cli("postman", "--spec", "input.yaml", "--out", "p.json")
    else:
        result = _cli("lint", "--source", "ref.rst", role, "input.yaml")
    assert result.exit_code == 2 and "not a regular file" in result.output, result.output


@pytest.mark.parametrize("command", ["postman", "mock", "contract", "diff"])
def test_max_input_mb_bounds_a_spec_file_too(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool.rstapi]\nmax-input-mb = 1\n", encoding="utf-8")
    padding = "x" * (1_200_000)  # a 1.2 MB description
    (tmp_path / "big.yaml").write_text(
        f"openapi: 3.1.0\ninfo: {{title: t, version: '1', description: {padding}}}\npaths: {{}}\n",
        encoding="utf-8",
    )
    (tmp_path / "ref.rst").write_text(BASE, encoding="utf-8")
    args = {
        "postman": ("postman", "--spec", "big.yaml", "--out", "p.json"),
        "mock": ("mock", "--spec", "big.yaml", "--port", "9"),
        "contract": ("contract", "--spec", "big.yaml", "--base-url", "http://127.0.0.1:9"),
        "diff": ("diff", "big.yaml", "big.yaml", "--source", "ref.rst"),
    }[command]
    result = _cli(*args)
    assert result.exit_code == 2 and "over the 1 MB input limit" in result.output, result.output
