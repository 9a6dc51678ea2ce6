"""An httpdomain operation's summary: its :synopsis:, else its first sentence reduced to its action."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rstapi.config import Config
from rstapi.openapi.sourcemap import split_sources
from rstapi.pipeline import build

_LONG = """
Gadgets
=======

.. http:post:: /gadgets/(int:gadget_id)/polish

   Polish the gadget with the given identifier so that it shines again, using the default polish
   and the default cloth unless the request names others. The gadget is returned.

   :statuscode 200: the polished gadget

.. http:get:: /gadgets/
   :synopsis: List the gadgets

   Every gadget of the workshop, newest first.

   :statuscode 200: the gadgets
"""


def _operations(tmp_path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    source = tmp_path / "gadgets.rst"
    source.write_text(_LONG, encoding="utf-8")
    result = build(Config(sources=(source,), overlay=None, root=tmp_path))
    assert result.spec is not None
    spec = split_sources(result.spec)[0]
    return {(m, p): op for p, item in spec["paths"].items() for m, op in item.items()}


def test_a_long_first_sentence_gives_a_short_summary_never_cut_with_an_ellipsis(tmp_path: Path) -> None:
    polish = _operations(tmp_path)[("post", "/gadgets/{gadget_id}/polish")]
    summary = polish["summary"]
    assert "..." not in summary
    assert summary.startswith("Polish the gadget")
    assert len(summary.split()) <= 10
    assert "default cloth" in polish["description"]  # the whole sentence stays in the description


def test_the_synopsis_is_the_summary(tmp_path: Path) -> None:
    assert _operations(tmp_path)[("get", "/gadgets/")]["summary"] == "List the gadgets"
