"""Sphinx projects written in the house style (tests.rst_helpers), built by a real sphinx-build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.rst_helpers import CURL, document, endpoint

OS_API_REF = Path(__file__).resolve().parents[1] / "fixtures" / "osapiref"
CONF = 'project = "Widgets"\nextensions = ["rstapi.sphinx"]\n'
INDEX = """\
###########
Widget docs
###########

.. toctree::

{entries}
"""
GADGET_CURL = CURL.replace("widgets/42", "gadgets/7")
GADGET_EXAMPLE = '{\n    "widget_id": "7",\n    "name": "cog",\n    "size": 2,\n    "colour": "red"\n}'


def write_project(root: Path, pages: dict[str, str], conf: str = CONF) -> Path:
    """``root/pyproject.toml`` and a Sphinx project in ``root/docs`` (an index naming every page)."""
    docs = root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    if not (root / "pyproject.toml").exists():
        (root / "pyproject.toml").write_text("[tool.rstapi]\n", encoding="utf-8")
    (docs / "conf.py").write_text(conf, encoding="utf-8")
    entries = "".join(f"   {name}\n" for name in pages)
    (docs / "index.rst").write_text(INDEX.format(entries=entries), encoding="utf-8")
    for name, text in pages.items():
        (docs / f"{name}.rst").write_text(text, encoding="utf-8")
    return docs


def house_pages() -> dict[str, str]:
    """Two documents: widgets (clean) and gadgets, whose example has a field its table lacks (DOC201)
    and whose prose refers to the widgets section in the other file."""
    gadgets = endpoint(
        "gadgets",
        path="/api/v1/gadgets/{gadget_id}",
        curls=[GADGET_CURL],
        example=GADGET_EXAMPLE,
        prose="GET calls to the ``gadgets`` endpoint; see :ref:`widgets Endpoint` too.",
    )
    return {"widgets": document(endpoint()), "gadgets": document(gadgets)}


def sphinx_build(docs: Path, out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """``python -m sphinx -b html`` as a user runs it (doctrees in ``out/.doctrees``)."""
    command = [sys.executable, "-m", "sphinx", "-b", "html", *options, str(docs), str(out)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=os.environ.copy())


def cli_build(root: Path, out: Path, *options: str, source: str = "docs") -> subprocess.CompletedProcess[str]:
    """``rstapi build --source docs`` (or ``source``) from the project's root, as the CLI reads the
    same files."""
    command = [sys.executable, "-m", "rstapi.cli", "build", "--source", source, "--out", str(out), *options]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=root)


def osapiref_project(root: Path) -> Path:
    """The os-api-ref fixture copied to ``root`` (its project root in pyproject.toml) with
    rstapi.sphinx added to its conf.py; returns the Sphinx source folder."""
    shutil.copytree(OS_API_REF, root, dirs_exist_ok=True)
    (root / "pyproject.toml").write_text('[tool.rstapi]\nproject-root = "."\n', encoding="utf-8")
    source = root / "api-ref" / "source"
    conf = source / "conf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8") + 'extensions.append("rstapi.sphinx")\n', encoding="utf-8"
    )
    return source
