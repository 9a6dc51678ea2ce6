"""A live preview's emit memo (``rstapi.openapi.memo``): the build a session makes after a save is
the cold build of the saved sources, though the operations and schemas of unchanged files are
emitted once; an overlay never changes what a later build emits."""

from __future__ import annotations

import shutil
from pathlib import Path

import attrs

from rstapi.config import Config
from rstapi.conformance import checked_examples
from rstapi.diagnostics import SourceLocation
from rstapi.memo import EmitMemo
from rstapi.model import Api, Example, Field, ObjectSchema, TypeSpec
from rstapi.openapi.cow import detached
from rstapi.openapi.sourcemap import dump_sourcemap, split_sources
from rstapi.openapi.write import dump_spec
from rstapi.pipeline import build
from rstapi.rst.cache import ParseCache

PROJECT = Path(__file__).resolve().parent.parent / "fixtures" / "httpdomain" / "project"

# every example value of every response gains a key (an object) or an item (an array)
OVERLAY = """overlay: 1.0.0
info: {title: notes, version: 1.0.0}
actions:
  - target: $.paths.*.*.responses.*.content.*.examples.*.value
    description: every example says where it comes from
    update: {note: from the overlay}
"""


def _project(tmp_path: Path) -> tuple[Path, Config]:
    top = tmp_path / "project"
    shutil.copytree(PROJECT, top)
    (top / ".git").mkdir()
    return top, Config(sources=(top / "index.rst",), root=top)


def _outputs(
    config: Config, cache: ParseCache | None = None, memo: EmitMemo | None = None
) -> tuple[str, str]:
    result = build(config, cache=cache, memo=memo)
    assert result.spec is not None
    spec, sourcemap = split_sources(result.spec)
    return dump_spec(spec), dump_sourcemap(sourcemap)


def test_a_save_emits_the_cold_build_and_only_what_the_saved_file_changed(tmp_path: Path) -> None:
    top, config = _project(tmp_path)
    cache, memo = ParseCache(None, keep_in_memory=True), EmitMemo()
    assert _outputs(config, cache, memo) == _outputs(config)
    first = memo.made
    loans = top / "api" / "loans.rst"
    loans.write_text(
        loans.read_text(encoding="utf-8").replace("newest first", "oldest first"), encoding="utf-8"
    )
    assert _outputs(config, cache, memo) == _outputs(config)
    assert 0 < memo.made - first < first / 2  # the loans' operations again, not the books'


def test_an_overlay_changes_nothing_a_later_build_emits(tmp_path: Path) -> None:
    top, config = _project(tmp_path)
    (top / "overlay.yaml").write_text(OVERLAY, encoding="utf-8")
    config = attrs.evolve(config, overlay=top / "overlay.yaml")
    cold = _outputs(config)
    assert "from the overlay" in cold[0]
    cache, memo = ParseCache(None, keep_in_memory=True), EmitMemo()
    assert _outputs(config, cache, memo) == cold
    assert _outputs(config, cache, memo) == cold  # the kept examples were not merged into


def test_a_detached_copy_keeps_the_sharing_and_shares_nothing() -> None:
    shared = {"type": "string"}
    spec = {"a": shared, "b": shared, "big": 10**30, "list": [shared]}
    copied = detached(spec)
    assert copied == spec
    assert copied["a"] is copied["b"] is copied["list"][0]
    assert copied["a"] is not shared


def test_an_example_kept_in_the_memo_is_walked_again_when_a_schema_it_reaches_changes() -> None:
    """``Box``'s example and table are the same objects in both builds; only ``Tag`` (another
    file's, say), which its ``tag`` refers to, changed: the label that was a string is now an
    integer, so the walk finds what it did not before."""
    at = SourceLocation("ref.rst", 1)
    box = ObjectSchema(
        "Box",
        (Field("tag", TypeSpec("object", ref="Tag"), "", at),),
        at,
        examples=(Example("example", "", at, {"tag": {"label": "a"}}),),
    )

    def tag(json_type: str) -> ObjectSchema:
        return ObjectSchema("Tag", (Field("label", TypeSpec(json_type), "", at),), at)

    memo = EmitMemo()
    kinds = []
    for label in ("string", "integer"):
        api = Api("t", "", ("ref.rst",), (), (box, tag(label)))
        memo.start()
        found = checked_examples(api, memo)
        assert found == checked_examples(api)
        kinds.append([f.kind.value for _, _, findings in found for f in findings])
    assert kinds == [["present", "present"], ["present", "present", "type"]]
