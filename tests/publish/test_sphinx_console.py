"""The API console the Sphinx extension adds, in a real headless Chromium opened from the built html:
every operation listed, and a documentation page's "Try it" link taken to the console, where
the request goes to ``rstapi mock`` on 127.0.0.1 and the documented example comes back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rstapi.config import load_config
from rstapi.mock import make_app
from rstapi.openapi.sourcemap import split_sources
from rstapi.pipeline import build
from tests.publish.conftest import served
from tests.publish.test_swagger_ui import page  # noqa: F401 - the Chromium page fixture
from tests.rst_helpers import EXAMPLE
from tests.sphinx.conftest import CONF, house_pages, sphinx_build, write_project

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_try_it_from_a_docs_page_returns_the_documented_example(page: Any, tmp_path: Path) -> None:  # noqa: F811
    docs = write_project(tmp_path, house_pages())
    result = build(load_config(tmp_path, sources=(docs / "widgets.rst", docs / "gadgets.rst")))
    assert result.spec is not None
    with served(make_app(split_sources(result.spec)[0])) as mock_url:
        (docs / "conf.py").write_text(CONF + f"rstapi_console_servers = [{mock_url!r}]\n", encoding="utf-8")
        built = sphinx_build(docs, tmp_path / "html")
        assert built.returncode == 0, built.stderr
        page.goto((tmp_path / "html" / "widgets.html").as_uri())
        page.locator(".rstapi-try-it a").first.click()
        page.wait_for_selector(".opblock", timeout=30_000)
        assert page.url.endswith("api-console.html#/widgets/get_widgets")
        assert page.locator(".opblock").count() == 2  # every operation of the spec
        block = page.locator(".opblock.is-open")
        assert (
            block.locator(".opblock-summary-path").get_attribute("data-path") == "/api/v1/widgets/{widget_id}"
        )
        assert page.locator(".servers select").input_value() == mock_url
        block.locator('input[placeholder="widget_id"]').fill("42")
        with page.expect_response(lambda r: r.url.startswith(mock_url)) as caught:
            block.locator("button.execute").click()
        assert caught.value.status == 200
        assert caught.value.json() == json.loads(EXAMPLE)
