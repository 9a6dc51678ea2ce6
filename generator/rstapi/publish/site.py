"""An offline Swagger UI page for the spec: the registry package's assets, the spec, a start script.

The assets come from npm's `swagger-ui-dist` (installed by `npm ci --prefix tools/node`); nothing is
loaded from a CDN. The spec is written as spec.js (`window.RSTAPI_SPEC = ...`), so the page works
from a file server, the mock's /docs, or opened as a file. The directory is built next to its
destination and renamed into place, so a failed build leaves the old site untouched.
"""

from __future__ import annotations

import html
import json
import shutil
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

from rstapi.errors import InputError

__all__ = ["ASSETS", "DEFAULT_ASSETS", "SiteError", "build_site"]

DEFAULT_ASSETS = Path("tools/node/node_modules/swagger-ui-dist")
ASSETS = (
    "swagger-ui-bundle.js",
    "swagger-ui-bundle.js.LICENSE.txt",
    "swagger-ui.css",
    "favicon-16x16.png",
    "favicon-32x32.png",
    "LICENSE",
    "NOTICE",
)
_INSTALL = "install them with `npm ci --prefix tools/node` (or pass --assets DIR)"


class SiteError(InputError):
    """The page cannot be built; the message says how to fix it."""


def build_site(spec: dict[str, Any], out_dir: Path, assets: Path) -> None:
    """Write the Swagger UI page for `spec` to `out_dir`, replacing what was there."""
    version = _assets_version(assets)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}."))
    try:
        _fill(staging, spec, assets, version)
        _swap(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _assets_version(assets: Path) -> str:
    missing = [name for name in ASSETS if not (assets / name).is_file()]
    if missing:
        raise SiteError(f"{assets}: Swagger UI assets missing ({', '.join(missing)}); {_INSTALL}")
    try:
        return str(json.loads((assets / "package.json").read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError) as error:
        raise SiteError(f"{assets}/package.json: no swagger-ui-dist version ({error}); {_INSTALL}") from None


def _fill(directory: Path, spec: dict[str, Any], assets: Path, version: str) -> None:
    for name in ASSETS:
        shutil.copyfile(assets / name, directory / name)
    template = resources.files("rstapi.publish") / "site_template"
    title = html.escape(str((spec.get("info") or {}).get("title") or "API"))
    index = template.joinpath("index.html").read_text(encoding="utf-8")
    _write(directory / "index.html", index.format(title=title, swagger_ui_version=html.escape(version)))
    _write(directory / "rstapi-init.js", template.joinpath("rstapi-init.js").read_text(encoding="utf-8"))
    _write(directory / "spec.js", f"window.RSTAPI_SPEC = {json.dumps(spec, indent=1, ensure_ascii=False)};\n")


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")


def _swap(staging: Path, out_dir: Path) -> None:
    """Rename the finished `staging` directory to `out_dir`; the old one is removed afterwards."""
    staging.chmod(0o755)
    old = out_dir.with_name(f".{out_dir.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if out_dir.exists():
        out_dir.rename(old)
    staging.rename(out_dir)
    shutil.rmtree(old, ignore_errors=True)
