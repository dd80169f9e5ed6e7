"""The /docs and /redoc pages reference only the app's own assets, and those assets are served."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.docs import ASSETS_URL
from app.main import create_app

# src= and href= attributes, and the `url:` Swagger UI is told to load the spec from.
URL_ATTRIBUTE = re.compile(r"""(?:src|href)=["']([^"']+)["']|\burl:\s*'([^']+)'""")
ABSOLUTE_URL = re.compile(r"""\b(?:https?:)?//[^\s"'<>]+""")

EXPECTED_ASSETS = {
    "swagger-ui-bundle.js": "javascript",
    "swagger-ui.css": "text/css",
    "redoc.standalone.js": "javascript",
    "favicon.png": "image/png",
}


@pytest.fixture
def proxied_client(settings: Settings) -> Iterator[TestClient]:
    """The app as seen behind a proxy that strips /archive."""
    with TestClient(create_app(settings), root_path="/archive") as test_client:
        yield test_client


def page_urls(html: str) -> list[str]:
    return [src or url for src, url in URL_ATTRIBUTE.findall(html)]


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_page_references_no_outside_host(client: TestClient, page: str) -> None:
    response = client.get(page)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert ABSOLUTE_URL.findall(response.text) == []
    urls = page_urls(response.text)
    assert urls, "the page loads no assets at all"
    assert all(url.startswith("/") and not url.startswith("//") for url in urls), urls


@pytest.mark.parametrize(
    ("page", "assets"),
    [
        ("/docs", {"swagger-ui-bundle.js", "swagger-ui.css", "favicon.png"}),
        ("/redoc", {"redoc.standalone.js", "favicon.png"}),
    ],
)
def test_page_assets_are_served(client: TestClient, page: str, assets: set[str]) -> None:
    urls = [url for url in page_urls(client.get(page).text) if url.startswith(ASSETS_URL + "/")]
    assert {url.removeprefix(ASSETS_URL + "/") for url in urls} == assets
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert EXPECTED_ASSETS[url.rsplit("/", 1)[1]] in response.headers["content-type"], url
        assert len(response.content) > 1000, url


def test_swagger_ui_is_pointed_at_the_spec_and_no_validator(client: TestClient) -> None:
    html = client.get("/docs").text
    assert "url: '/openapi.json'" in html
    assert '"validatorUrl": null' in html
    assert client.get("/openapi.json").status_code == 200


def test_oauth2_redirect_page_is_served(client: TestClient) -> None:
    response = client.get("/docs/oauth2-redirect")
    assert response.status_code == 200
    assert "oauth2" in response.text


def test_pages_honour_root_path(proxied_client: TestClient) -> None:
    html = proxied_client.get("/docs").text
    assert f"/archive{ASSETS_URL}/swagger-ui-bundle.js" in html
    assert "url: '/archive/openapi.json'" in html


def test_missing_asset_is_a_problem_404(client: TestClient) -> None:
    response = client.get(f"{ASSETS_URL}/nope.js")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


def test_docs_pages_are_not_in_the_spec(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert not any(path.startswith(("/docs", "/redoc")) for path in paths)


@pytest.mark.parametrize("page", ["/docs", "/redoc", "/docs/oauth2-redirect"])
def test_pages_keep_every_load_on_their_own_origin(client: TestClient, page: str) -> None:
    policy = client.get(page).headers["content-security-policy"]
    directives = dict(directive.strip().split(" ", 1) for directive in policy.split(";"))
    assert directives["default-src"] == "'self'"
    for name, sources in directives.items():
        assert "http" not in sources and "*" not in sources, name
