"""An offline Swagger UI page for the spec: a registry package's assets, the spec, a start script.

The assets come from drf-spectacular-sidecar (a Python package, pinned in pyproject.toml, that
repackages npm's ``swagger-ui-dist`` every month), so an installed rstapi needs no npm; its files
are found without importing it (it imports Django). ``--assets DIR`` takes a ``swagger-ui-dist``
folder instead. Nothing is loaded from a CDN. The spec is written as spec.js (``window.RSTAPI_SPEC
= ...``), so the page works from a file server, the mock's /docs, or opened as a file. The directory
is built next to its destination and renamed into place, so a failed build leaves the old site.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
import shutil
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

from rstapi.errors import InputError

__all__ = [
    "ASSETS",
    "SiteError",
    "assets_version",
    "build_site",
    "copy_assets",
    "packaged_assets",
    "spec_script",
]

ASSETS = (
    "swagger-ui-bundle.js",
    "swagger-ui-bundle.js.LICENSE.txt",
    "swagger-ui.css",
    "favicon-32x32.png",
    "LICENSE",
)
_PACKAGE = "drf_spectacular_sidecar"
_INSTALL = "install them with `pip install drf-spectacular-sidecar` (or pass --assets DIR)"
_BUNDLE_VERSION = re.compile(rb'PACKAGE_VERSION:"([0-9][^"]{0,40})"')


class SiteError(InputError):
    """The page cannot be built; the message says how to fix it."""


def packaged_assets() -> Path:
    """The Swagger UI folder of the installed drf-spectacular-sidecar (found, not imported)."""
    found = importlib.util.find_spec(_PACKAGE)
    if found is None or found.origin is None:
        raise SiteError(f"Swagger UI assets missing (no {_PACKAGE} package); {_INSTALL}")
    return Path(found.origin).parent / "static" / _PACKAGE / "swagger-ui-dist"


def build_site(spec: dict[str, Any], out_dir: Path, assets: Path | None = None) -> None:
    """Write the Swagger UI page for `spec` to `out_dir`, replacing what was there."""
    folder = assets if assets is not None else packaged_assets()
    version = assets_version(folder)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}."))
    try:
        _fill(staging, spec, folder, version)
        _swap(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def assets_version(assets: Path) -> str:
    """Swagger UI's version, read from the bundle (or a swagger-ui-dist folder's package.json)."""
    missing = [name for name in ASSETS if not (assets / name).is_file()]
    if missing:
        raise SiteError(f"{assets}: Swagger UI assets missing ({', '.join(missing)}); {_INSTALL}")
    try:
        return str(json.loads((assets / "package.json").read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError):
        pass
    found = _BUNDLE_VERSION.search((assets / "swagger-ui-bundle.js").read_bytes())
    if found is None:
        raise SiteError(f"{assets}/swagger-ui-bundle.js: no Swagger UI version in it; {_INSTALL}")
    return found[1].decode("ascii")


def copy_assets(assets: Path, directory: Path) -> None:
    for name in ASSETS:
        shutil.copyfile(assets / name, directory / name)


def spec_script(spec: dict[str, Any]) -> str:
    """spec.js: the spec as a script, so the page works opened as a file too."""
    return f"window.RSTAPI_SPEC = {json.dumps(spec, indent=1, ensure_ascii=False)};\n"


def _fill(directory: Path, spec: dict[str, Any], assets: Path, version: str) -> None:
    copy_assets(assets, directory)
    template = resources.files("rstapi.publish") / "site_template"
    title = html.escape(str((spec.get("info") or {}).get("title") or "API"))
    index = template.joinpath("index.html").read_text(encoding="utf-8")
    _write(directory / "index.html", index.format(title=title, swagger_ui_version=html.escape(version)))
    _write(directory / "rstapi-init.js", template.joinpath("rstapi-init.js").read_text(encoding="utf-8"))
    _write(directory / "spec.js", spec_script(spec))


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
