"""The mock's own pages, outside the documented API: the spec itself and, when given, /docs."""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rstapi.mock.http import Reply, reply
from rstapi.openapi.jsonbytes import compact_json
from rstapi.pyyaml import yaml

_MAX_ASSETS = 500


class Documents:
    """GET-only pages keyed by exact path; each rendered on first request and kept."""

    def __init__(self, spec: dict[str, Any], docs_dir: Path | None) -> None:
        self._makers: dict[bytes, Callable[[], Reply]] = {
            b"/openapi.json": lambda: reply(200, compact_json(spec)),
            b"/openapi.yaml": lambda: reply(200, _yaml(spec), b"application/yaml"),
        }
        if docs_dir is not None:
            self._makers.update(_docs_pages(docs_dir))
        self._rendered: dict[bytes, Reply] = {}
        self.paths = frozenset(self._makers)  # looked up on every request: a set, not a method

    def get(self, path: bytes) -> Reply:
        page = self._rendered.get(path)
        if page is None:
            page = self._rendered[path] = self._makers[path]()
        return page


def _yaml(spec: dict[str, Any]) -> bytes:
    return yaml.safe_dump(spec, sort_keys=False, allow_unicode=True).encode("utf-8")


def _docs_pages(docs_dir: Path) -> dict[bytes, Callable[[], Reply]]:
    """Every file below docs_dir at /docs/<relative path>; index.html also at /docs and /docs/."""
    pages: dict[bytes, Callable[[], Reply]] = {}
    files = sorted(path for path in docs_dir.rglob("*") if path.is_file())[:_MAX_ASSETS]
    for path in files:
        relative = path.relative_to(docs_dir).as_posix()
        pages[f"/docs/{relative}".encode()] = _file_page(path)
    index = docs_dir / "index.html"
    if index.is_file():
        pages[b"/docs"] = pages[b"/docs/"] = _file_page(index)
    return pages


def _file_page(path: Path) -> Callable[[], Reply]:
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return lambda: reply(200, path.read_bytes(), media_type.encode("ascii"))
