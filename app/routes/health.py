"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Response

from app.deps import ArchiveDep, SettingsDep
from app.errors import IndexNotReady
from app.routes.examples import example_response
from app.routes.parameters import check_parameters
from app.routes.threaded import ThreadedRoute
from app.schemas import Health, Readiness

__all__ = ["router"]

router = APIRouter(tags=["health"], dependencies=[Depends(check_parameters)], route_class=ThreadedRoute)


@router.get(
    "/healthz",
    operation_id="health",
    summary="Liveness",
    response_model=Health,
    responses=example_response("health"),
)
async def health() -> Health:
    """200 while the process serves requests."""
    # A coroutine: no I/O, so no worker-thread hop (the probe shows the floor of a request's cost).
    return Health()


@router.get(
    "/readyz",
    operation_id="readiness",
    summary="Readiness",
    response_model=Readiness,
    responses={503: {"model": Readiness, "description": "No index yet"}, **example_response("readiness")},
)
def readiness(archive: ArchiveDep, settings: SettingsDep, response: Response) -> Readiness:
    """Whether an index is open, with its document count and build time; 503 before the first build."""
    try:
        build = archive.current()
    except IndexNotReady as error:
        response.status_code = 503
        return Readiness(ready=False, engine=settings.engine, detail=error.detail)
    return Readiness(
        ready=True,
        documents=build.records.count(),
        build_id=build.info.build_id,
        built_at=build.info.built_at,
        engine=build.info.engine,
    )
