"""Unusable ``rstapi_*`` values stop a real sphinx-build with a message naming the value, before
anything is written; an overlay or baseline that cannot be read, or a spec path that cannot be
written, is a warning (so ``-W`` fails on it) and the docs are still built."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.rst_helpers import CURL, document, endpoint
from tests.sphinx.conftest import CONF, sphinx_build, write_project

PAGES = {"widgets": document(endpoint())}


@pytest.mark.parametrize(
    ("setting", "named"),
    [
        ("rstapi_out = 5", "rstapi_out must be a string or a path"),
        ('rstapi_sources = "widgets.rst"', "rstapi_sources must be a list"),
        ("rstapi_console_servers = [8000]", "rstapi_console_servers must be a list of strings"),
        ('rstapi_apis = {"a": {"sources": ["widgets.rst"], "overlay": 3}}', "rstapi_apis['a']['overlay']"),
        ('rstapi_try_it = "yes"', "rstapi_try_it must be a bool"),
        ('rstapi_console_page = "../../escaped"', "rstapi_console_page must name a place inside"),
        ('rstapi_static_path = "specs/../../../escaped"', "rstapi_static_path must name a place inside"),
    ],
)
def test_an_unusable_value_stops_the_build_naming_it(tmp_path: Path, setting: str, named: str) -> None:
    docs = write_project(tmp_path / "project", PAGES, CONF + setting + "\n")
    out = tmp_path / "project" / "_build" / "html"
    done = sphinx_build(docs, out, "-q")
    assert done.returncode == 2
    assert f"rstapi: {named}" in done.stderr
    assert "threw an exception" not in done.stderr  # Sphinx's words for an extension's crash
    assert not (out / "_static" / "rstapi").exists()
    assert not list(tmp_path.rglob("escaped*"))


@pytest.mark.parametrize(
    ("setting", "said"),
    [
        ('rstapi_overlay = "missing-overlay.yaml"', "missing-overlay.yaml: no such overlay file"),
        ('rstapi_baseline = "missing-baseline.json"', "missing-baseline.json: no such file"),
    ],
)
def test_an_input_that_cannot_be_read_is_a_warning_and_the_docs_are_built(
    tmp_path: Path, setting: str, said: str
) -> None:
    docs = write_project(tmp_path / "project", PAGES, CONF + setting + "\n")
    out = tmp_path / "project" / "_build" / "html"
    done = sphinx_build(docs, out, "-q")
    assert done.returncode == 0, done.stderr
    assert "no spec for the API 'api'" in done.stderr and said in done.stderr
    assert (out / "widgets.html").is_file() and not (out / "_static" / "rstapi" / "api").exists()
    strict = sphinx_build(docs, tmp_path / "strict", "-q", "-W")
    assert strict.returncode != 0 and said in strict.stderr


def test_a_spec_path_that_cannot_be_written_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder\n", encoding="utf-8")
    setting = f'rstapi_out = "{tmp_path / "a-file" / "openapi.yaml"}"\n'
    docs = write_project(tmp_path / "project", PAGES, CONF + setting)
    out = tmp_path / "project" / "_build" / "html"
    done = sphinx_build(docs, out, "-q")
    assert done.returncode == 0, done.stderr
    assert "cannot write the spec of the API 'api'" in done.stderr and "a-file" in done.stderr
    assert (out / "_static" / "rstapi" / "api" / "openapi.yaml").is_file()  # the site's copy
    assert (tmp_path / "a-file").read_text(encoding="utf-8") == "not a folder\n"


def test_the_extension_declares_the_installed_version(tmp_path: Path) -> None:
    """The version Sphinx checks a project's ``needs_extensions`` against: the installed package's."""
    from importlib.metadata import version

    from sphinx.application import Sphinx
    from sphinx.util.docutils import docutils_namespace

    docs = write_project(tmp_path, PAGES)
    with docutils_namespace():  # Sphinx's directives and roles leave docutils' registry after it
        app = Sphinx(docs, docs, tmp_path / "out", tmp_path / "doctrees", "html", status=None, warning=None)
        declared = app.extensions["rstapi.sphinx"].version
    assert declared == version("rstapi")


def test_a_source_glob_matching_only_excluded_files_is_a_warning(tmp_path: Path) -> None:
    """Sphinx reads no file ``exclude_patterns`` names: a glob of ``rstapi_sources`` that matches
    only such files names no document, as a path to one does."""
    setting = 'exclude_patterns = ["drafts/*"]\nrstapi_sources = ["widgets.rst", "drafts/*.rst"]\n'
    docs = write_project(tmp_path, PAGES, CONF + setting)
    (docs / "drafts").mkdir()
    (docs / "drafts" / "gadgets.rst").write_text(document(endpoint("gadgets")), encoding="utf-8")
    done = sphinx_build(docs, tmp_path / "html", "-q")
    assert done.returncode == 0, done.stderr
    assert (
        f"the source {docs / 'drafts' / '*.rst'} of the API 'api' is no document of this project"
        in done.stderr
    )


def test_a_source_glob_may_span_folders(tmp_path: Path) -> None:
    """``api/**/*.rst`` and ``*/gadgets.rst`` name the documents they match, as Python's glob does."""
    setting = (
        'rstapi_apis = {"deep": {"sources": ["api/**/*.rst"]}, "mid": {"sources": ["*/*/gadgets.rst"]}}\n'
    )
    docs = write_project(tmp_path, PAGES, CONF + setting)
    (docs / "api" / "v1").mkdir(parents=True)
    gadgets = document(endpoint("gadgets", path="/api/v1/gadgets/{gadget_id}"))
    (docs / "api" / "v1" / "gadgets.rst").write_text(gadgets, encoding="utf-8")
    (docs / "index.rst").write_text(
        (docs / "index.rst").read_text(encoding="utf-8") + "   api/v1/gadgets\n", encoding="utf-8"
    )
    done = sphinx_build(docs, tmp_path / "html", "-q")
    assert done.returncode == 0, done.stderr
    assert "is no document of this project" not in done.stderr
    for api in ("deep", "mid"):
        spec = (tmp_path / "html" / "_static" / "rstapi" / api / "openapi.yaml").read_text(encoding="utf-8")
        assert "/api/v1/gadgets/{gadget_id}:" in spec and "/widgets/" not in spec, api


def test_rstapi_build_reads_an_apis_glob_as_the_extension_does(tmp_path: Path) -> None:
    """``[[tool.rstapi.apis]]`` sources ``docs/api/**/*.rst`` and ``docs/*/v1/*.rst``: the extension
    read the globs while ``rstapi build --api`` stopped at "no such file"; both give one spec now."""
    docs = write_project(tmp_path, PAGES)
    for page in ("api/v1/gadgets", "api/v2/gizmos", "old/v1/cogs"):
        (docs / page).parent.mkdir(parents=True, exist_ok=True)
        name = page.rsplit("/", 1)[1]
        (docs / f"{page}.rst").write_text(
            document(endpoint(name, path=f"/api/v1/{name}/{{id}}", curls=[CURL.replace("widgets", name)])),
            encoding="utf-8",
        )
    (tmp_path / "pyproject.toml").write_text(
        '[tool.rstapi]\n\n[[tool.rstapi.apis]]\nname = "deep"\nsources = ["docs/api/**/*.rst"]\n\n'
        '[[tool.rstapi.apis]]\nname = "mid"\nsources = ["docs/*/v1/*.rst"]\n',
        encoding="utf-8",
    )
    done = sphinx_build(docs, tmp_path / "html", "-q")
    assert "is no document of this project" not in done.stderr
    for api, paths in (("deep", ["gadgets", "gizmos"]), ("mid", ["gadgets", "cogs"])):
        spec = (tmp_path / "html" / "_static" / "rstapi" / api / "openapi.yaml").read_text(encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "rstapi.cli",
            "build",
            "--api",
            api,
            "--no-cache",
            "--out",
            f"{api}.yaml",
        ]
        cli = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=tmp_path)
        assert cli.returncode == 0, cli.stdout + cli.stderr
        assert spec == (tmp_path / f"{api}.yaml").read_text(encoding="utf-8"), api
        assert all(f"/api/v1/{name}/{{id}}:" in spec for name in paths) and "/widgets/" not in spec
