"""The FastAPI application: `create_app(settings)`; nothing happens at import time."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.config import Settings
from app.docs import install_docs
from app.errors import PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_BASE, AppError
from app.index import Archive
from app.index.ingest import Ingestor
from app.methods import path_methods
from app.middleware import install_middleware
from app.negotiation import Acceptable
from app.observability import request_id_of
from app.openapi import install_openapi
from app.routes import documents, entities, health, search, statistics
from app.schemas import Problem
from app.security import ReadAccess

__all__ = ["create_app"]

logger = logging.getLogger("app")

DESCRIPTION = """
A searchable archive of news articles with the metadata a fact-checker needs: who said what,
with which numbers, where and when. Every extracted item (officials and their titles as
stated, cited statistics, quotes, dates) carries its evidence as character offsets into the
document's cleaned `text`.

Errors are RFC 9457 `application/problem+json` bodies, each with the `request_id` of its log line.
Reads need no API key unless the server sets `ARCHIVE_REQUIRE_KEY_FOR_READS`; writes always do.
`HEAD` works on every `GET` operation and `OPTIONS` on every path (not listed as operations here).
"""

TAGS = [
    {
        "name": "search",
        "description": "Full-text search with filters, sorting, cursors and highlighted snippets.",
    },
    {"name": "documents", "description": "Document records: cleaned text, provenance and extracted items."},
    {
        "name": "entities",
        "description": "Officials, other people, organizations and places across the archive, with roles and quotes.",
    },
    {
        "name": "statistics",
        "description": "Every figure the archive cites, with what it counts and who cited it; the same figure stated more than once, grouped.",
    },
    {"name": "health", "description": "Liveness and readiness probes."},
]


def problem_response(
    request: Request,
    *,
    status: int,
    title: str,
    slug: str,
    detail: str,
    headers: dict[str, str] | None = None,
    **extensions: Any,
) -> JSONResponse:
    body = Problem(
        type=PROBLEM_TYPE_BASE + slug,
        title=title,
        status=status,
        detail=detail,
        instance=request.url.path,
        request_id=request_id_of(request),
        **extensions,
    )
    content = body.model_dump(exclude_none=True)
    return JSONResponse(content, status_code=status, headers=headers, media_type=PROBLEM_MEDIA_TYPE)


async def _app_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, AppError)
    return problem_response(
        request,
        status=error.status,
        title=error.title,
        slug=error.slug,
        detail=error.detail,
        headers=error.headers,
        **error.extensions,
    )


async def _validation_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    errors = [
        {"loc": list(item.get("loc", ())), "msg": item.get("msg", ""), "type": item.get("type", "")}
        for item in error.errors()
    ]
    detail = "; ".join(f"{'.'.join(str(part) for part in e['loc'])}: {e['msg']}" for e in errors)
    return problem_response(
        request,
        status=422,
        title="Unprocessable request",
        slug="validation-error",
        detail=detail,
        errors=errors,
    )


async def _http_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, StarletteHTTPException)
    headers = dict(error.headers or {})
    allowed = path_methods(request.scope) if error.status_code == 405 else []
    if allowed:
        # Starlette names only the first route matching the path; the path may have more (GET and PUT…).
        headers["Allow"] = ", ".join(allowed)
    return problem_response(
        request,
        status=error.status_code,
        title=str(error.detail) if error.status_code != 404 else "Not Found",
        slug="http-" + str(error.status_code),
        detail=f"{request.method} {request.url.path}: {error.detail}",
        headers=headers,
    )


async def _unexpected_error(request: Request, error: Exception) -> JSONResponse:
    logger.exception("unhandled error on %s %s", request.method, request.url.path)
    return problem_response(
        request,
        status=500,
        title="Internal Server Error",
        slug="internal",
        detail="An unexpected error occurred.",
    )


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the application for the given settings (read from the environment when omitted)."""
    settings = settings or Settings()

    archive = Archive(
        settings.index_dir, result_cache_size=settings.result_cache_size, read_only=settings.read_only
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            archive.close()

    app = FastAPI(
        title="News Archive API",
        version="0.1.0",
        description=DESCRIPTION,
        openapi_tags=TAGS,
        lifespan=lifespan,
        # Served by install_docs from bundled assets: FastAPI's own pages load them from a CDN.
        docs_url=None,
        redoc_url=None,
    )
    install_docs(app)
    app.state.settings = settings
    app.state.archive = archive
    app.state.ingestor = Ingestor(archive, lock_timeout=settings.write_lock_timeout, engine=settings.engine)
    # Keys, rate limits, body limit, caching, gzip, CORS, request ids, logs, metrics (app/middleware.py).
    install_middleware(app, settings)
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected_error)
    for router in (search.router, documents.router, entities.router, statistics.router):
        app.include_router(router, dependencies=[ReadAccess, Acceptable])
    app.include_router(health.router, dependencies=[Acceptable])
    install_openapi(app, settings)
    return app
