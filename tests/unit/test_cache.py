"""The cache of each file's reading (``rstapi.rst.cache``): a build from the cache is byte for byte
the cold build, on every fixture project, cold, warm and after each single-file edit; only the
edited file is parsed again; a broken cache is rebuilt, never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from rstapi.cli import main
from rstapi.config import Config
from rstapi.lint.report import report_json
from rstapi.memo import EmitMemo
from rstapi.openapi.sourcemap import dump_sourcemap, split_sources
from rstapi.openapi.write import dump_spec
from rstapi.pipeline import build
from rstapi.rst.cache import ParseCache, _sealed

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

# name -> (folder under tests/fixtures, its source relative to the folder, the files the build reads)
PROJECTS = {
    "house style, one file": ("house_style", "mixed_wordings.rst", "mixed_wordings.rst"),
    "house style, several files": ("house_style/project", "index.rst", "**/*"),
    "httpdomain": ("httpdomain/project", "index.rst", "**/*"),
    "os-api-ref": ("osapiref", "api-ref/source/index.rst", "**/*"),
}
_READ = (".rst", ".inc", ".json", ".yaml")


def _project(tmp_path: Path, name: str) -> tuple[Path, Config]:
    folder, source, _ = PROJECTS[name]
    top = tmp_path / "project"
    shutil.copytree(FIXTURES / folder, top)
    (top / ".git").mkdir()  # the project's top: samples beside the Sphinx folder are inside it
    return top, Config(sources=(top / source,), root=top)


def _outputs(config: Config, cache: ParseCache | None, memo: EmitMemo | None = None) -> tuple[str, str, str]:
    """What a user gets: the spec, its source map and the lint's JSON report."""
    result = build(config, cache=cache, memo=memo)
    assert result.spec is not None
    spec, sourcemap = split_sources(result.spec)
    return dump_spec(spec), dump_sourcemap(sourcemap), report_json(result.diagnostics, result.coverage)


def _edited(path: Path) -> None:
    """An edit every reader sees: a line above the rest (each place after it moves down), and in
    a document or parameters file a word more in its first prose that has one."""
    text = path.read_text(encoding="utf-8")
    if path.suffix in (".rst", ".inc", ".yaml"):
        text = text.replace(" the ", " the very ", 1)
    path.write_text(("# edited\n" if path.suffix == ".yaml" else "\n") + text, encoding="utf-8")


def _entries(folder: Path) -> list[Path]:
    """The cache's entries (a file per reading, named by its key)."""
    return [p for p in folder.glob("??/*") if len(p.name) == 64]


def _parsed_documents(config: Config) -> int:
    cache = ParseCache(None)
    build(config, cache=cache)
    return cache.misses


@pytest.mark.parametrize("name", list(PROJECTS))
def test_cold_warm_and_every_single_file_edit_give_the_cold_build(tmp_path: Path, name: str) -> None:
    top, config = _project(tmp_path, name)
    folder = tmp_path / "cache"
    cold = _outputs(config, None)
    assert _outputs(config, ParseCache(folder)) == cold  # filling the cache
    documents = _parsed_documents(config)
    warm = ParseCache(folder)
    assert _outputs(config, warm) == cold  # every reading from the folder
    assert (warm.hits, warm.misses) == (documents, 0)
    in_memory, memo = ParseCache(folder, keep_in_memory=True), EmitMemo()  # as a live preview keeps them
    assert _outputs(config, in_memory, memo) == cold
    before, unread = cold, []
    for path in sorted(p for p in top.glob(PROJECTS[name][2]) if p.suffix in _READ):
        _edited(path)
        now = _outputs(config, None)
        assert _outputs(config, in_memory, memo) == now, path.relative_to(top)
        assert _outputs(config, ParseCache(folder)) == now, path.relative_to(top)
        if now == before:
            unread.append(path.suffix)
        before = now
    assert set(unread) <= {".json"}  # a sample no directive names; every other edit shows
    assert in_memory.misses <= len(list(top.glob(PROJECTS[name][2])))  # one parse per edit at most


def test_an_edit_parses_the_edited_document_only(tmp_path: Path) -> None:
    top, config = _project(tmp_path, "house style, several files")
    cache = ParseCache(tmp_path / "cache")
    _outputs(config, cache)
    assert (cache.hits, cache.misses) == (0, 5)  # index.rst and the four pages it names
    _edited(top / "bins.rst")
    _outputs(config, cache)
    assert (cache.hits, cache.misses) == (4, 6)
    _edited(top / "notes.inc")  # included by gadgets.rst: that document is parsed again
    _outputs(config, cache)
    assert (cache.hits, cache.misses) == (8, 7)


def test_an_include_that_appears_is_read(tmp_path: Path) -> None:
    top, config = _project(tmp_path, "house style, several files")
    (top / "notes.inc").rename(top / "later.inc")
    folder = tmp_path / "cache"
    missing = _outputs(config, ParseCache(folder))
    assert "RST162" in missing[2]
    (top / "later.inc").rename(top / "notes.inc")
    assert _outputs(config, ParseCache(folder)) == _outputs(config, None)
    assert "RST162" not in _outputs(config, ParseCache(folder))[2]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: b"",
        lambda data: b"not an entry at all",
        lambda data: data.replace(b"reading cache 1", b"reading cache 0"),  # another format
        lambda data: data[:200] + bytes(reversed(data[200:])),  # corrupt
    ],
    ids=["truncated", "empty", "foreign", "another format", "corrupt"],
)
def test_a_damaged_entry_is_rebuilt(tmp_path: Path, damage: object) -> None:
    _, config = _project(tmp_path, "house style, one file")
    folder = tmp_path / "cache"
    cold = _outputs(config, ParseCache(folder))
    [entry] = _entries(folder)
    entry.write_bytes(damage(entry.read_bytes()))  # type: ignore[operator]
    cache = ParseCache(folder)
    assert _outputs(config, cache) == cold
    assert (cache.hits, cache.misses) == (0, 1)
    assert ParseCache(folder).get(entry.name, lambda _: True) is not None  # written again


def test_an_entry_may_not_call_anything(tmp_path: Path) -> None:
    """A planted entry (a pickle that would run a command) is a miss, and nothing runs."""
    import pickle

    _, config = _project(tmp_path, "house style, one file")
    folder = tmp_path / "cache"
    _outputs(config, ParseCache(folder))
    [entry] = _entries(folder)
    planted = tmp_path / "planted"

    class Plant:
        def __reduce__(self) -> tuple[object, ...]:
            return (Path.touch, (planted,))

    entry.write_bytes(_sealed(pickle.dumps(((), Plant()))))  # sealed, as if the key were known
    cache = ParseCache(folder)
    _outputs(config, cache)
    assert not planted.exists()
    assert cache.misses == 1


def test_the_cli_keeps_the_cache_in_the_project_and_no_cache_bypasses_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    top, _ = _project(tmp_path, "httpdomain")
    (top / ".git").rmdir()
    subprocess.run(["git", "init", "-q"], cwd=top, check=True, timeout=60)
    (top / "pyproject.toml").write_text('[tool.rstapi]\nsources = ["index.rst"]\n', encoding="utf-8")
    monkeypatch.chdir(top)
    runner = CliRunner()
    bypassed = runner.invoke(main, ["build", "--no-cache", "--out", "a.yaml"])
    assert bypassed.exit_code == 0, bypassed.output
    assert not (top / ".rstapi_cache").exists()
    for out in ("b.yaml", "c.yaml"):  # cold, then warm
        assert runner.invoke(main, ["build", "--out", out]).exit_code == 0
    assert _entries(top / ".rstapi_cache")
    ignored = subprocess.run(
        ["git", "status", "--porcelain", "--ignored"], cwd=top, capture_output=True, text=True
    )
    assert "?? .rstapi_cache" not in ignored.stdout  # the folder ignores itself (no .gitignore entry needed)
    texts = {(top / name).read_text(encoding="utf-8") for name in ("a.yaml", "b.yaml", "c.yaml")}
    assert len(texts) == 1
    lint = runner.invoke(main, ["lint", "--cache-dir", "elsewhere", "--format", "json"])
    assert lint.exit_code in (0, 1), lint.output
    assert _entries(top / "elsewhere")


def test_a_cache_folder_that_cannot_be_written_is_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    top, _ = _project(tmp_path, "house style, one file")
    (top / "blocker").write_text("a file where the cache folder would be", encoding="utf-8")
    (top / "pyproject.toml").write_text(
        '[tool.rstapi]\nsources = ["mixed_wordings.rst"]\ncache-dir = "blocker/cache"\n', encoding="utf-8"
    )
    monkeypatch.chdir(top)
    result = CliRunner().invoke(main, ["build", "--out", "spec.yaml"])
    assert result.exit_code in (0, 1), result.output
    assert "warning: the cache folder" in result.output and "building without it" in result.output
    assert result.output.count("warning: the cache folder") == 1
    assert "Traceback" not in result.output
    assert (top / "spec.yaml").is_file()


RESOURCE = """Things
======

.. http:get:: /things/(int:thing_id)

   Return one thing; its name follows :ref:`naming`.

   :>json string name: the thing's name (see :ref:`naming`)
   :statuscode 200: the thing
"""
RULES = """.. _naming:

{title}
{underline}

Names are short.
"""


def test_a_kept_extraction_follows_the_titles_of_other_files_it_refers_to(tmp_path: Path) -> None:
    """An httpdomain file's extraction is kept per file; a ``:ref:`` in it shows the title of a
    section in another file, so retitling that section is a new extraction, not a stale one."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "things.rst").write_text(RESOURCE, encoding="utf-8")
    rules = tmp_path / "rules.rst"
    rules.write_text(RULES.format(title="Naming Rules", underline="=" * 12), encoding="utf-8")
    config = Config(sources=(tmp_path / "things.rst", rules), root=tmp_path)
    cache = ParseCache(tmp_path / "cache", keep_in_memory=True)
    assert _outputs(config, cache) == _outputs(config, None)
    assert "Naming Rules" in _outputs(config, cache)[0]
    rules.write_text(RULES.format(title="Naming Conventions", underline="=" * 18), encoding="utf-8")
    now = _outputs(config, None)
    assert "Naming Conventions" in now[0] and "Naming Rules" not in now[0]
    assert _outputs(config, cache) == now
    assert _outputs(config, ParseCache(tmp_path / "cache")) == now


WIDGETS = """Widgets {version}
==========

.. http:get:: /{version}/widgets

   List widgets.

{fields}   :statuscode 200: the widgets
"""
FIELDS = "   :>json string name: the widget's name\n"


def test_a_kept_extraction_takes_the_schema_names_earlier_files_leave_free(tmp_path: Path) -> None:
    """Two files whose operations name the same schema: the later one's is numbered. When the
    earlier one stops documenting it, the later file's kept extraction is not replayed with the
    old name."""
    (tmp_path / ".git").mkdir()
    first, second = tmp_path / "a.rst", tmp_path / "b.rst"
    first.write_text(WIDGETS.format(version="v1", fields=FIELDS), encoding="utf-8")
    second.write_text(WIDGETS.format(version="v2", fields=FIELDS), encoding="utf-8")
    config = Config(sources=(first, second), root=tmp_path)
    cache = ParseCache(None, keep_in_memory=True)
    before = _outputs(config, cache)
    names = [
        line.strip()
        for line in before[0].splitlines()
        if line.startswith("    ") and line.endswith(":") and not line.startswith("     ")
    ]
    assert len(set(n.rstrip("2:") for n in names if "Response" in n)) == 1 < len(names), names
    assert cache.extracted == 2
    first.write_text(WIDGETS.format(version="v1", fields=""), encoding="utf-8")
    now = _outputs(config, None)
    assert now != before
    assert _outputs(config, cache) == now
    assert cache.extracted == 4  # the edited file, and the later one: its schema's name is free now
    second.write_text(WIDGETS.format(version="v2", fields=FIELDS) + "\n", encoding="utf-8")
    assert _outputs(config, cache) == _outputs(config, None)
    assert cache.extracted == 5  # the edited file alone


def test_a_folder_past_its_limit_keeps_the_entries_used_last(tmp_path: Path) -> None:
    top, config = _project(tmp_path, "house style, several files")
    folder = tmp_path / "cache"
    _outputs(config, ParseCache(folder))
    entries = sorted(_entries(folder), key=lambda p: p.stat().st_size)
    total = sum(p.stat().st_size for p in entries)
    for age, entry in enumerate(reversed(entries)):  # the largest used longest ago
        os.utime(entry, ns=(age * 10**9, age * 10**9))
    small = ParseCache(folder)
    small.limit = total - 1  # one byte over: the next write prunes
    _edited(top / "bins.rst")
    assert _outputs(config, small) == _outputs(config, None)
    left = set(_entries(folder))
    assert entries[-1] not in left  # the largest, used longest ago, is gone
    assert sum(p.stat().st_size for p in left) <= small.limit  # entries the build needed again came back
    assert _outputs(config, ParseCache(folder)) == _outputs(config, None)  # a pruned entry is parsed again


def test_an_entry_not_sealed_with_the_users_key_is_not_read(tmp_path: Path) -> None:
    """A checkout may carry a cache folder: an entry written under another user's key (or forged
    from the sources, whose key anyone can compute) is parsed again, never trusted."""
    _, config = _project(tmp_path, "house style, one file")
    folder = tmp_path / "cache"
    cold = _outputs(config, ParseCache(folder))
    [entry] = _entries(folder)
    data = entry.read_bytes()
    header = data.index(b"\n") + 1
    entry.write_bytes(data[:header] + bytes(32) + data[header + 32 :])  # another key's seal
    cache = ParseCache(folder)
    assert _outputs(config, cache) == cold
    assert (cache.hits, cache.misses) == (0, 1)


def test_a_cache_folder_leading_out_of_the_project_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A checkout whose .rstapi_cache is a symlink out of it: the build neither writes nor reads
    there; a configured cache-dir outside the project is refused (exit 2)."""
    top, _ = _project(tmp_path, "house style, one file")
    (top / "pyproject.toml").write_text('[tool.rstapi]\nsources = ["mixed_wordings.rst"]\n', encoding="utf-8")
    outside = tmp_path / "outside"
    (top / ".rstapi_cache").symlink_to(outside, target_is_directory=True)
    monkeypatch.chdir(top)
    result = CliRunner().invoke(main, ["build", "--out", "spec.yaml"])
    assert result.exit_code in (0, 1), result.output
    assert not outside.exists()
    (top / "pyproject.toml").write_text(
        '[tool.rstapi]\nsources = ["mixed_wordings.rst"]\ncache-dir = "../elsewhere"\n', encoding="utf-8"
    )
    refused = CliRunner().invoke(main, ["build", "--out", "spec.yaml"])
    assert refused.exit_code == 2
    assert "cache-dir" in refused.output and "outside the project" in refused.output


def test_the_live_preview_writes_its_entries_after_serving_and_the_next_session_reads_them(
    tmp_path: Path,
) -> None:
    """``rstapi watch`` pickles nothing before the new spec is served; once the rebuild is over the
    entries are on disk, and a later build reads every file from them, with the same outputs."""
    import attrs

    from rstapi.preview import Preview

    top, config = _project(tmp_path, "httpdomain")
    folder = tmp_path / "cache"
    config = attrs.evolve(config, cache_dir=folder)
    on_disk_when_served: list[int] = []
    preview = Preview(config, lambda spec: on_disk_when_served.append(len(_entries(folder))), None)
    preview.rebuild()
    written = len(_entries(folder))
    _edited(top / "index.rst")
    preview.rebuild()
    assert on_disk_when_served == [0, written] and len(_entries(folder)) > written
    later = ParseCache(folder)
    assert _outputs(config, later) == _outputs(config, None) and later.misses == 0


def test_the_names_taken_before_a_file_key_its_extraction_whatever_came_before() -> None:
    """The digest of the schema names taken is the same for the same names in the same order,
    however it was reached (names added one file at a time, or one taken out on the way)."""
    from rstapi.rst.kept import _NamesTaken

    def fresh(names: list[str]) -> str:
        return _NamesTaken().digest(names)

    grown = _NamesTaken()
    assert grown.digest(["A"]) == fresh(["A"])
    assert grown.digest(["A", "B", "C"]) == fresh(["A", "B", "C"])
    assert grown.digest(["A", "C", "D"]) == fresh(["A", "C", "D"]) != fresh(["A", "B", "C", "D"])
    assert fresh(["AB"]) != fresh(["A", "B"])
