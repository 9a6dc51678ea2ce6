"""The committed Swagger UI page in a real headless Chromium, served by the mock at /docs."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from rstapi.publish.operations import spec_operations
from tests.publish.conftest import ARTIFACTS

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def page(request: pytest.FixtureRequest) -> Iterator[Any]:
    """A fresh Chromium page (new empty profile); a screenshot goes to .artifacts/ if the test fails."""
    sync_api = _playwright()
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `apt-get install chromium chromium-driver`")
    profile = tempfile.mkdtemp(prefix="rstapi-chromium-")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True, args=FLAGS
        )
        page = context.new_page()
        yield page
        if getattr(request.node, "rep_call_failed", False):
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


def _playwright() -> Any:
    try:
        import playwright.sync_api as sync_api
    except ImportError:
        pytest.fail("playwright is not installed: `pip install -e .[test]` (it drives /usr/bin/chromium)")
    return sync_api


def _open_docs(page: Any, mock_url: str) -> list[str]:
    """Open /docs, refusing every request that leaves the mock; returns the refused URLs."""
    refused: list[str] = []

    def guard(route: Any) -> None:
        if route.request.url.startswith(mock_url + "/"):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.goto(f"{mock_url}/docs/")
    page.wait_for_selector(".opblock", timeout=30_000)
    return refused


def test_the_page_shows_every_operation_grouped_by_tag(
    page: Any, mock_url: str, spec: dict[str, Any]
) -> None:
    refused = _open_docs(page, mock_url)
    shown_tags = page.locator(
        ".opblock-tag-section h3 .opblock-tag, .opblock-tag-section h3"
    ).all_inner_texts()
    for tag in (t["name"] for t in spec["tags"]):
        assert any(tag in text for text in shown_tags), f"tag {tag} not shown: {shown_tags}"
    for operation in spec_operations(spec):
        tag = operation.operation["tags"][0]
        section = page.locator(".opblock-tag-section", has=page.locator(f'h3[data-tag="{tag}"]'))
        block = section.locator(f'.opblock:has(.opblock-summary-path[data-path="{operation.path}"])')
        block = block.locator(f"xpath=self::*[contains(@class, 'opblock-{operation.method.lower()}')]")
        assert block.count() == 1, f"{operation.method} {operation.path} not under {tag}"
    assert refused == [], f"the page tried to leave the mock: {refused}"


def test_try_it_out_gets_200_from_the_mock(page: Any, mock_url: str) -> None:
    token = httpx.post(
        f"{mock_url}/oauth2/v1/access_token",
        data={"grant_type": "client_credentials", "client_id": "demo-client", "client_secret": "demo-secret"},
    ).json()["access_token"]
    refused = _open_docs(page, mock_url)
    assert page.locator(".servers select").input_value() == mock_url
    page.locator("button.authorize").first.click()
    page.locator(".auth-container input").first.fill(f"JWT {token}")
    page.locator(".auth-btn-wrapper button.authorize").click()
    page.locator("button.btn-done").click()
    block = page.locator(
        '.opblock-get:has(.opblock-summary-path[data-path="/enterprise/v2/enterprise-catalogs"])'
    )
    block.locator(".opblock-summary").click()
    block.locator("button.try-out__btn").click()
    with page.expect_response(
        lambda r: r.url.startswith(f"{mock_url}/enterprise/v2/enterprise-catalogs")
    ) as caught:
        block.locator("button.execute").click()
    assert caught.value.status == 200
    status = block.locator(".live-responses-table .response .response-col_status").first
    assert status.inner_text().strip() == "200"
    assert refused == [], f"the page tried to leave the mock: {refused}"
