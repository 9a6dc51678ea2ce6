"""The committed collection and site are exactly what the committed spec gives, every time."""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path
from typing import Any

from rstapi.publish import build_site, collection_from_spec, dump_collection
from tests.publish.conftest import COLLECTION, SITE


def _diff(committed: str, regenerated: str, name: str, session: str) -> str:
    lines = list(
        difflib.unified_diff(
            committed.splitlines(), regenerated.splitlines(), "committed", "regenerated", lineterm="", n=2
        )
    )
    return f"{name} is out of date; run `nox -s {session}` and commit.\n" + "\n".join(lines[:60])


def _tree(directory: Path) -> dict[str, bytes]:
    return {
        p.relative_to(directory).as_posix(): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def test_committed_collection_matches_a_fresh_build(spec: dict[str, Any]) -> None:
    regenerated = dump_collection(collection_from_spec(spec))
    assert regenerated == dump_collection(collection_from_spec(spec))
    committed = COLLECTION.read_text(encoding="utf-8")
    assert committed == regenerated, _diff(committed, regenerated, "spec/postman_collection.json", "postman")


def test_committed_site_matches_a_fresh_build(spec: dict[str, Any], tmp_path: Path) -> None:
    build_site(spec, tmp_path / "one")
    build_site(spec, tmp_path / "two")
    fresh = _tree(tmp_path / "one")
    assert fresh == _tree(tmp_path / "two")
    committed = _tree(SITE)
    assert sorted(committed) == sorted(fresh)
    stale = [name for name in fresh if committed[name] != fresh[name]]
    assert stale == [], f"spec/site is out of date ({stale}); run `nox -s site` and commit."


def test_the_page_loads_nothing_from_elsewhere_and_embeds_the_spec(spec: dict[str, Any]) -> None:
    index = (SITE / "index.html").read_text(encoding="utf-8")
    references = re.findall(r'(?:src|href)="([^"]+)"', index)
    assert references and all(ref.startswith("./") and (SITE / ref[2:]).is_file() for ref in references)
    prefix, suffix = "window.RSTAPI_SPEC = ", ";\n"
    text = (SITE / "spec.js").read_text(encoding="utf-8")
    assert text.startswith(prefix) and text.endswith(suffix)
    assert json.loads(text[len(prefix) : -len(suffix)]) == spec
