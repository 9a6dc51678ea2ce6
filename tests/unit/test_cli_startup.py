"""The CLI pays only for the command it runs: --help and --version import no stage."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from rstapi.cli import COMMANDS, SUMMARIES, main
from tests.rst_style import document, endpoint

HEAVY = ("docutils", "openapi_spec_validator", "jsonschema", "schemathesis", "yaml", "rstapi.pipeline")


def _modules_after(*args: str) -> set[str]:
    probe = (
        "import sys\n"
        "from rstapi.cli import main\n"
        "try:\n"
        f"    main({list(args)!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('\\n'.join(sys.modules))\n"
    )
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(completed.stdout.split())


def test_help_and_version_import_no_stage() -> None:
    for args in (("--help",), ("--version",)):
        loaded = _modules_after(*args)
        assert not [name for name in HEAVY if name in loaded], args
    # the version is rstapi.__version__, not the installed metadata (importlib.metadata imports
    # the email package: 60 ms of a 90 ms command)
    assert "importlib.metadata" not in _modules_after("--version")


def test_the_version_shown_is_the_installed_packages() -> None:
    from importlib.metadata import version

    shown = subprocess.run(
        [sys.executable, "-m", "rstapi.cli", "--version"], capture_output=True, text=True, check=True
    )
    assert shown.stdout.split()[-1] == version("rstapi")


def test_build_imports_no_validator_it_does_not_need(tmp_path: Path) -> None:
    """The spec is validated by jsonschema-rs: openapi-spec-validator, Python's jsonschema and
    referencing (a third of a second to import) stay out of a build whose examples conform."""
    source = tmp_path / "api.rst"
    source.write_text(document(endpoint()), encoding="utf-8")
    out = tmp_path / "openapi.yaml"
    loaded = _modules_after("build", "--no-overlay", "--source", str(source), "--out", str(out))
    assert out.is_file() and "rstapi.pipeline" in loaded
    assert [name for name in ("openapi_spec_validator", "jsonschema", "referencing") if name in loaded] == []
    assert "ftfy" not in loaded  # the document is ASCII: no mojibake to repair


def test_a_build_without_a_cache_imports_no_cache_and_one_with_a_cache_keeps_its_reading(
    tmp_path: Path,
) -> None:
    source = tmp_path / "api.rst"
    source.write_text(document(endpoint()), encoding="utf-8")
    out, cache = tmp_path / "openapi.yaml", tmp_path / "cache"
    build = ("build", "--no-overlay", "--source", str(source), "--out", str(out))
    cold = _modules_after(*build, "--no-cache")
    assert out.is_file() and "rstapi.pipeline" in cold
    assert [name for name in ("rstapi.rst.cache", "pickle", "hmac") if name in cold] == []
    spec = out.read_bytes()
    assert "rstapi.rst.cache" in _modules_after(*build, "--cache-dir", str(cache))
    assert out.read_bytes() == spec and any(cache.iterdir())


# What a one-file build without a cache never needs, each imported where a path needs it: the
# files a source names besides itself, reading a spec back (only to keep a build from emptying one),
# the API as of one microversion or without superseded operations, jsonpath-ng's overlay targets,
# fields written as a list.
ONLY_ON_OTHER_PATHS = (
    "rstapi.rst.named",
    "rstapi.openapi.read",
    "rstapi.versioned",
    "rstapi.openapi.jsonpathng",
    "rstapi.rst.lists",
)


def test_a_one_file_build_imports_nothing_only_other_paths_need(tmp_path: Path) -> None:
    source, overlay = tmp_path / "api.rst", tmp_path / "overlay.yaml"
    source.write_text(document(endpoint()), encoding="utf-8")
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: fix, version: '1'}\nactions:\n"
        "  - target: $.info\n    update: {x-audience: partners}\n    description: who reads it\n",
        encoding="utf-8",
    )
    out = tmp_path / "openapi.yaml"
    build = ("build", "--overlay", str(overlay), "--no-cache", "--source", str(source), "--out", str(out))
    loaded = _modules_after(*build)
    assert "x-audience: partners" in out.read_text(encoding="utf-8") and "rstapi.openapi.jsonpath" in loaded
    assert [name for name in ONLY_ON_OTHER_PATHS if name in loaded] == []


def test_a_build_imports_the_mojibake_repair_only_for_text_that_is_not_ascii(tmp_path: Path) -> None:
    source = tmp_path / "api.rst"
    source.write_text(
        document(endpoint(prose="GET calls list the gadgets\u00e2\u20ac\u2122 parts.")), encoding="utf-8"
    )
    out = tmp_path / "openapi.yaml"
    loaded = _modules_after("build", "--no-overlay", "--source", str(source), "--out", str(out))
    assert "ftfy" in loaded and "gadgets\u2019 parts" in out.read_text(encoding="utf-8")
    assert "wcwidth" not in loaded  # ftfy's terminal-width helpers are never called by the repair


def test_a_build_of_text_with_accents_and_curly_quotes_but_no_mojibake_imports_no_repair(
    tmp_path: Path,
) -> None:
    source = tmp_path / "api.rst"
    prose = "GET calls list the caf\u00e9\u2019s gadgets \u2013 na\u00efve ones \u2014 se\u00f1or."
    source.write_text(document(endpoint(prose=prose)), encoding="utf-8")
    out = tmp_path / "openapi.yaml"
    loaded = _modules_after("build", "--no-overlay", "--source", str(source), "--out", str(out))
    assert "ftfy" not in loaded and "caf\u00e9\u2019s gadgets \u2013" in out.read_text(encoding="utf-8")


def test_ftfy_imported_for_the_repair_still_measures_widths_with_the_real_wcwidth() -> None:
    probe = (
        "import sys\n"
        "from rstapi.rst.mojibake import repair_text\n"
        "print(repair_text('gadgets\u00e2\u20ac\u2122'), 'wcwidth' in sys.modules)\n"
        "import ftfy.formatting\n"
        "print(ftfy.formatting.monospaced_width('\u8eca'), hasattr(sys.modules['wcwidth'], '__file__'))\n"
        "import wcwidth\n"
        "print(wcwidth.wcwidth('\u8eca'), hasattr(wcwidth, 'ljust'))\n"
    )
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert completed.stdout.split("\n")[:3] == ["gadgets\u2019 False", "2 True", "2 True"]


def test_help_lists_every_command_with_its_own_summary() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for name in COMMANDS:
        assert f"{name}  " in result.output
        command = main.get_command(None, name)  # type: ignore[arg-type]
        assert command is not None and command.help is not None
        assert command.help.splitlines()[0].startswith(SUMMARIES[name].rstrip(".")), name


def test_an_unknown_command_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["bulid"])
    assert result.exit_code == 2
    assert "No such command 'bulid'" in result.output


def test_only_one_shot_builds_run_without_the_garbage_collector() -> None:
    from rstapi.cli import collects_garbage

    assert not collects_garbage(["build", "--source", "ref.rst"])
    assert not collects_garbage(["lint", "--format", "json"])
    for argv in (["mock"], ["watch"], ["changelog"], ["diff", "main"], ["--version"], []):
        assert collects_garbage(argv), argv


def test_the_console_script_runs_a_build_without_the_garbage_collector() -> None:
    probe = (
        "import gc, sys\n"
        "from rstapi import cli\n"
        "seen = []\n"
        "cli.main = lambda: seen.append(gc.isenabled())\n"
        "for argv in (['rstapi', 'build'], ['rstapi', 'mock']):\n"
        "    gc.enable(); sys.argv = argv; cli.run()\n"
        "print(seen)\n"
    )
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert completed.stdout.strip() == "[False, True]"


def _console_script(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``rstapi ARGS`` as the installed console script runs it (``rstapi.cli:run``)."""
    return subprocess.run(
        [sys.executable, "-c", "from rstapi.cli import run; run()", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def test_a_one_shot_command_ends_with_its_output_whole_and_its_exit_status(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """build and lint end without the interpreter's teardown: what they print still arrives in
    full through a pipe (more than a pipe's buffer), files are written, exit statuses are kept."""
    many = "".join(endpoint(title=f"gadgets {n} Endpoint", path=f"/gizmo/v1/gadgets{n}/") for n in range(200))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "api.rst").write_text(document(many), encoding="utf-8")
    out = tmp_path / "openapi.yaml"
    built = _console_script("build", "--no-overlay", "--source", "api.rst", "--out", str(out), cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert (
        built.stdout
        == CliRunner()
        .invoke(main, ["build", "--no-overlay", "--source", "api.rst", "--out", str(out)])
        .stdout
    )
    assert out.read_text(encoding="utf-8").count("/gizmo/v1/gadgets") == 200

    in_process = CliRunner().invoke(main, ["lint", "--no-overlay", "--source", "api.rst", "--format", "json"])
    linted = _console_script("lint", "--no-overlay", "--source", "api.rst", "--format", "json", cwd=tmp_path)
    assert linted.stdout == in_process.stdout and len(linted.stdout) > 65536
    assert linted.returncode == in_process.exit_code

    missing = _console_script("build", "--source", str(tmp_path / "missing.rst"), cwd=tmp_path)
    assert missing.returncode == 2
    assert "missing.rst: no such file" in missing.stderr
