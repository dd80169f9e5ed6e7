"""/docs and /redoc in a real headless Chromium against a real uvicorn, with every outside request blocked.

Needs Debian's chromium (`make install-test` installs it when run as root) and playwright from PyPI;
playwright's own browser download is never used. Where either is missing the tests are skipped, unless
DOCS_BROWSER_REQUIRED=1, which turns the skip into a failure (for CI that must not pass without them).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx
import pytest

from tests.conftest import ROOT, LiveServer

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext, ConsoleMessage, Page, Request, Route

pytestmark = pytest.mark.slow

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "tests" / "artifacts"
# The README's picture; rewritten only when missing or asked for, so a test run leaves git clean.
README_SCREENSHOT = ROOT / "docs" / "img" / "docs.png"
TIMEOUT_MS = 15_000
SEARCH_PATH = "/v1/search"
# ReDoc's side menu always asks for this decorative logo (an <img> that hides itself on error); the
# pages' Content-Security-Policy refuses it inside the browser, so it never reaches the network.
REFUSED_BY_POLICY = {"https://cdn.redoc.ly/redoc/logo-mini.svg"}


def unavailable(reason: str) -> None:
    """Skip, or fail where the environment says the browser must be there."""
    if os.environ.get("DOCS_BROWSER_REQUIRED") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


@dataclass
class OutsideRequests:
    """Requests the page tried to send anywhere but the live server; each was aborted."""

    urls: list[str] = field(default_factory=list)

    def route(self, route: Route) -> None:
        url = route.request.url
        if is_outside(url):
            self.urls.append(url)
            route.abort("blockedbyclient")
        else:
            route.continue_()


def is_outside(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in {"http", "https", "ws", "wss"} and parts.hostname != "127.0.0.1"


@dataclass
class PageWatch:
    """What went wrong on one page: script errors, failed local requests and loads refused by policy."""

    errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    refused: set[str] = field(default_factory=set)

    def on_console(self, message: ConsoleMessage) -> None:
        # A refused load is reported as a console error too; it is checked through `refused`.
        if message.type == "error" and "Content Security Policy" not in message.text:
            self.errors.append(message.text)

    def on_page_error(self, error: Exception) -> None:
        self.errors.append(str(error))

    def on_request_failed(self, request: Request) -> None:
        # Chromium reports a load refused by the page's policy as "csp", before any network access.
        if request.failure in {"csp", "net::ERR_BLOCKED_BY_CSP"}:
            self.refused.add(request.url)
        elif not is_outside(request.url):
            self.failed.append(f"{request.url}: {request.failure}")

    def assert_clean(self) -> None:
        assert self.errors == []
        assert self.failed == []
        assert self.refused <= REFUSED_BY_POLICY


def open_page(context: BrowserContext, url: str) -> tuple[Page, PageWatch]:
    """A new page at url, loaded until the network is idle, with its problems watched."""
    page = context.new_page()
    watch = PageWatch()
    page.on("console", watch.on_console)
    page.on("pageerror", watch.on_page_error)
    page.on("requestfailed", watch.on_request_failed)
    page.goto(url, wait_until="networkidle")
    return page, watch


@dataclass
class Browser:
    context: BrowserContext
    outside: OutsideRequests


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    """A fresh Debian Chromium profile driven by Playwright, with every non-127.0.0.1 request aborted."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        unavailable("playwright is not installed: pip install -e '.[test]'")
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        unavailable(
            f"no Chromium at {CHROMIUM}: apt-get install chromium chromium-driver (make install-test as root)"
        )
    profile = tmp_path_factory.mktemp("chromium-profile")
    outside = OutsideRequests()
    with sync_playwright() as playwright:
        try:
            # A persistent context is how Playwright takes an explicit, fresh --user-data-dir.
            context = playwright.chromium.launch_persistent_context(
                profile,
                executable_path=CHROMIUM,
                headless=True,
                args=CHROMIUM_ARGS,
                viewport={"width": 1280, "height": 900},
                timeout=30_000,
            )
        except Error as error:
            unavailable(f"Chromium at {CHROMIUM} did not start: {error.message.splitlines()[0]}")
        context.set_default_timeout(TIMEOUT_MS)
        context.route("**/*", outside.route)
        try:
            yield Browser(context=context, outside=outside)
        finally:
            context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def spec(live_server: LiveServer) -> dict[str, Any]:
    response = httpx.get(f"{live_server.url}/openapi.json", timeout=10)
    response.raise_for_status()
    document: dict[str, Any] = response.json()
    return document


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation in the spec, in its order."""
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    return [
        (method, path, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in methods
    ]


def operation_tags(operation: dict[str, Any]) -> list[str]:
    """The tags Swagger UI files an operation under: its own, or "default" where it has none."""
    tags: list[str] = operation.get("tags") or ["default"]
    return tags


def used_tags(spec: dict[str, Any]) -> list[str]:
    """Tags that have operations, in order of first use."""
    return list(
        dict.fromkeys(tag for _, _, operation in operations(spec) for tag in operation_tags(operation))
    )


def screenshot(page: Page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=path, full_page=True)
    return path


def test_swagger_ui_lists_everything_and_runs_a_search(
    browser: Browser, live_server: LiveServer, spec: dict[str, Any]
) -> None:
    page, watch = open_page(browser.context, f"{live_server.url}/docs")
    page.locator(".swagger-ui .info .title").wait_for()
    assert spec["info"]["title"] in page.locator(".swagger-ui .info .title").inner_text()

    headings = page.locator(".opblock-tag[data-tag]")
    listed = [headings.nth(i).get_attribute("data-tag") for i in range(headings.count())]
    assert set(used_tags(spec)) <= set(listed)
    # Resources appear in the order app.main.TAGS declares, not in the order routers were included.
    declared = [tag["name"] for tag in spec.get("tags", []) if tag["name"] in listed]
    assert [tag for tag in listed if tag in declared] == declared
    for method, path, operation in operations(spec):
        for tag in operation_tags(operation):
            block = page.locator(f'[id="operations-{tag}-{operation["operationId"]}"]')
            assert block.count() == 1, f"{method.upper()} {path} not listed under {tag}"
            assert block.locator(".opblock-summary-path").get_attribute("data-path") == path
            assert block.locator(".opblock-summary-method").inner_text() == method.upper()

    search_operation = spec["paths"][SEARCH_PATH]["get"]
    block = page.locator(f'[id="operations-{search_operation["tags"][0]}-{search_operation["operationId"]}"]')
    block.locator(".opblock-summary-control").click()
    block.locator("button.try-out__btn").click()
    block.locator('tr[data-param-name="q"] input').fill("detainer")
    block.locator("button.execute").click()
    live = block.locator(".live-responses-table")
    status = live.locator("tr.response .response-col_status")
    status.wait_for()
    body = live.locator("tr.response .response-col_description .highlight-code").inner_text()
    assert status.inner_text().split()[0] == "200", body

    expected = httpx.get(f"{live_server.url}{SEARCH_PATH}", params={"q": "detainer"}, timeout=10).json()
    assert expected["items"], "the corpus has no hit for detainer"
    for hit in expected["items"]:
        assert hit["id"] in body

    screenshot(page, "docs.png")
    if not README_SCREENSHOT.exists() or os.environ.get("UPDATE_DOCS_SCREENSHOT") == "1":
        # From the title down to the search's server response: what a reader needs to see.
        # bounding_box() is relative to the scrolled viewport; the clip of a full page is not.
        bottom = live.evaluate("element => element.getBoundingClientRect().bottom + window.scrollY")
        README_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(
            path=README_SCREENSHOT,
            full_page=True,
            clip={"x": 0, "y": 0, "width": 1280, "height": bottom + 16},
        )
    page.close()
    watch.assert_clean()
    assert browser.outside.urls == []


def test_redoc_renders_every_operation(
    browser: Browser, live_server: LiveServer, spec: dict[str, Any]
) -> None:
    page, watch = open_page(browser.context, f"{live_server.url}/redoc")
    page.locator(".api-content h2").first.wait_for()
    headings = {text.strip() for text in page.locator(".api-content h2").all_inner_texts()}
    for method, path, operation in operations(spec):
        title = operation.get("summary") or operation["operationId"]
        assert title in headings, f"no ReDoc heading for {method.upper()} {path}"
    # ReDoc gives a heading to each tag; untagged operations have none.
    assert {tag for _, _, operation in operations(spec) for tag in operation.get("tags", [])} <= headings
    screenshot(page, "redoc.png")
    page.close()
    watch.assert_clean()
    assert browser.outside.urls == []
