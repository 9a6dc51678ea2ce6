"""The other HTML builders a docs team runs (``-b dirhtml``, ``-b singlehtml``): the console page
is there and each "Try it" link opens its own operation in it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.sphinx.conftest import house_pages, sphinx_build, write_project

pytestmark = pytest.mark.slow


def _try_it_links(page: str) -> list[str]:
    return re.findall(r'class="rstapi-try-it[^"]*"><a [^>]*href="([^"]+)"', page)


def test_singlehtml_has_the_console_and_a_try_it_link_per_operation(tmp_path: Path) -> None:
    docs = write_project(tmp_path, house_pages())
    result = sphinx_build(docs, tmp_path / "single", "-b", "singlehtml")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "single" / "index.html").read_text(encoding="utf-8")
    assert sorted(_try_it_links(page)) == [
        "api-console.html#/gadgets/get_gadgets",
        "api-console.html#/widgets/get_widgets",
    ]
    console = (tmp_path / "single" / "api-console.html").read_text(encoding="utf-8")
    assert 'src="_static/rstapi/swagger-ui/swagger-ui-bundle.js"' in console
    assert 'href="_static/rstapi/api/openapi.yaml"' in console


def test_dirhtml_links_go_up_to_the_console_folder(tmp_path: Path) -> None:
    docs = write_project(tmp_path, house_pages())
    result = sphinx_build(docs, tmp_path / "dir", "-b", "dirhtml")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "dir" / "gadgets" / "index.html").read_text(encoding="utf-8")
    assert _try_it_links(page) == ["../api-console/#/gadgets/get_gadgets"]
    console = (tmp_path / "dir" / "api-console" / "index.html").read_text(encoding="utf-8")
    assert 'src="../_static/rstapi/swagger-ui/swagger-ui-bundle.js"' in console
