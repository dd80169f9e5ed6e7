"""Swagger UI at /docs and ReDoc at /redoc, their assets served by the app itself rather than a CDN.

FastAPI's own pages load Swagger UI and ReDoc from a public CDN, so on an air-gapped deployment they stay
blank. The `fastapi-offline` wheel ships the same bundles (swagger-ui-bundle.js, swagger-ui.css,
redoc.standalone.js and a favicon); they are mounted under `ASSETS_URL` and the pages point there.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

__all__ = ["ASSETS_URL", "DOCS_URL", "REDOC_URL", "install_docs"]

DOCS_URL = "/docs"
REDOC_URL = "/redoc"
ASSETS_URL = "/docs/assets"

# (package, folder) of the bundled assets, found through the installed package rather than a path in git.
ASSETS_PACKAGE = ("fastapi_offline", "static")

# Swagger UI's defaults would send the spec to validator.swagger.io for a badge; offline that is a
# request that can only fail, and the spec is not ours to publish.
SWAGGER_UI_PARAMETERS: dict[str, Any] = {"validatorUrl": None, "displayRequestDuration": True}

# The bundles fetch nothing from outside but ReDoc's "API docs by Redocly" logo, an <img> from its CDN
# that hides itself when it fails; this policy stops that and any other outside load in the browser.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",  # the inline SwaggerUIBundle({...}) call
        "style-src 'self' 'unsafe-inline'",  # ReDoc's styled-components and the pages' <style>
        "img-src 'self' data:",
        "font-src 'self' data:",
        "worker-src 'self' blob:",  # ReDoc's search index runs in a worker made from a blob
        "connect-src 'self'",
    ]
)


def with_policy(response: HTMLResponse) -> HTMLResponse:
    """The page with its Content-Security-Policy header."""
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    return response


def install_docs(app: FastAPI) -> None:
    """Mount the bundled Swagger UI and ReDoc assets and add /docs (with its OAuth2 redirect) and /redoc."""
    if app.openapi_url is None:
        return
    openapi_url = app.openapi_url
    # FastAPI keeps its default (/docs/oauth2-redirect) even when its own docs are switched off.
    oauth2_redirect_url = app.swagger_ui_oauth2_redirect_url
    app.mount(ASSETS_URL, StaticFiles(packages=[ASSETS_PACKAGE]), name="docs-assets")

    def root_path(request: Request) -> str:
        # Behind a proxy that strips a prefix, every URL in the page must carry it again.
        return str(request.scope.get("root_path", "")).rstrip("/")

    @app.get(DOCS_URL, include_in_schema=False)
    async def swagger_ui(request: Request) -> HTMLResponse:
        root = root_path(request)
        return with_policy(
            get_swagger_ui_html(
                openapi_url=root + openapi_url,
                title=f"{app.title} - Swagger UI",
                swagger_js_url=f"{root}{ASSETS_URL}/swagger-ui-bundle.js",
                swagger_css_url=f"{root}{ASSETS_URL}/swagger-ui.css",
                swagger_favicon_url=f"{root}{ASSETS_URL}/favicon.png",
                oauth2_redirect_url=root + oauth2_redirect_url if oauth2_redirect_url else None,
                init_oauth=app.swagger_ui_init_oauth,
                swagger_ui_parameters=SWAGGER_UI_PARAMETERS | (app.swagger_ui_parameters or {}),
            )
        )

    if oauth2_redirect_url:

        @app.get(oauth2_redirect_url, include_in_schema=False)
        async def swagger_ui_oauth2_redirect() -> HTMLResponse:
            return with_policy(get_swagger_ui_oauth2_redirect_html())

    @app.get(REDOC_URL, include_in_schema=False)
    async def redoc(request: Request) -> HTMLResponse:
        root = root_path(request)
        return with_policy(
            get_redoc_html(
                openapi_url=root + openapi_url,
                title=f"{app.title} - ReDoc",
                redoc_js_url=f"{root}{ASSETS_URL}/redoc.standalone.js",
                redoc_favicon_url=f"{root}{ASSETS_URL}/favicon.png",
                # The fonts come from Google's CDN; ReDoc falls back to the system's sans-serif without them.
                with_google_fonts=False,
            )
        )
