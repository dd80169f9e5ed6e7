"""Entities: officials, other people, organizations and places across the archive."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request

from app.deps import BuildDep
from app.errors import EntityMoved, EntityNotFound
from app.index import OpenBuild, StatisticFilters
from app.index.catalog import EntitySort
from app.models import EntityKind
from app.routes.cited import document_quotes, document_statistics
from app.routes.examples import example_response
from app.routes.listing import PagingDep
from app.routes.parameters import check_parameters
from app.routes.planned import PlannedRoute
from app.routes.responses import problem_responses
from app.schemas import (
    EntityDetail,
    EntityDocument,
    EntityDocumentList,
    EntityList,
    EntitySummary,
    MentionSnippet,
    QuoteList,
    StatisticList,
)

__all__ = ["router"]

FIRST_QUOTES = 5

router = APIRouter(
    prefix="/v1/entities",
    tags=["entities"],
    dependencies=[Depends(check_parameters)],
    route_class=PlannedRoute,
)

EntityId = Annotated[
    str,
    Path(
        min_length=1,
        max_length=200,
        pattern=r"^[a-z0-9][a-z0-9-]*$",
        description="The entity id: a slug of the canonical name.",
        examples=["thomas-homan"],
    ),
]


def _known(build: OpenBuild, entity_id: str, request: Request) -> None:
    """Nothing for a canonical id; a 308 to the same URL at the canonical id for an alias id; else a 404."""
    if build.catalog.names([entity_id]):
        return
    canonical = build.catalog.canonical_id(entity_id)
    if canonical is None:
        raise EntityNotFound(f"No entity with id {entity_id!r}.")
    path = request.url.path.replace(f"{router.prefix}/{entity_id}", f"{router.prefix}/{canonical}", 1)
    raise EntityMoved(
        f"{entity_id!r} is an alias of {canonical!r}.",
        location=str(request.url.replace(path=path)),
        entity_id=canonical,
    )


@router.get(
    "",
    operation_id="listEntities",
    summary="List entities",
    response_model=EntityList,
    responses=problem_responses(400, 422, 503) | example_response("entity_list"),
)
def list_entities(
    build: BuildDep,
    paging: PagingDep,
    kind: Annotated[EntityKind | None, Query(description="official, person, organization or place.")] = None,
    q: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Name, alias or acronym (`ICE`), or words of a stated title (`sheriff`); tolerant of small "
            "misspellings and accents.",
            examples=["Villaneuva"],
        ),
    ] = None,
    sort: Annotated[
        EntitySort | None,
        Query(description="documents (default), mentions or name; with q, best match first unless given."),
    ] = None,
) -> EntityList:
    """Entities with their document and mention counts."""
    found = build.catalog.entities(kind=kind, q=q, sort=sort, **paging.slice())
    items = [EntitySummary.model_validate(item, from_attributes=True) for item in found.rows]
    return paging.page_of(items, found.total, found.last)


@router.get(
    "/{entity_id}",
    operation_id="getEntity",
    summary="Get one entity",
    response_model=EntityDetail,
    responses=problem_responses(308, 400, 404, 422, 503) | example_response("entity_detail"),
)
def get_entity(entity_id: EntityId, build: BuildDep, request: Request) -> EntityDetail:
    """Canonical name, aliases, every title as stated with its document and date (a role timeline),
    the organizations and places the text ties to it, its first quotes, and the entities most often
    mentioned with it."""
    detail = build.catalog.entity(entity_id)
    if detail is None:
        _known(build, entity_id, request)
        raise EntityNotFound(f"No entity with id {entity_id!r}.")
    first_quotes = build.catalog.quotes(entity_id, offset=0, limit=FIRST_QUOTES).rows
    profile = EntityDetail.model_validate(detail, from_attributes=True)
    return profile.model_copy(update={"quotes": document_quotes(first_quotes)})


@router.get(
    "/{entity_id}/documents",
    operation_id="listEntityDocuments",
    summary="Documents that mention an entity",
    response_model=EntityDocumentList,
    responses=problem_responses(308, 400, 404, 422, 503) | example_response("entity_documents"),
)
def list_entity_documents(
    entity_id: EntityId,
    build: BuildDep,
    request: Request,
    paging: PagingDep,
    sort: Annotated[
        Literal["-published", "published", "mentions"], Query(description="Order of the documents.")
    ] = "-published",
) -> EntityDocumentList:
    """Each document with its mention count and the passages around the first mentions."""
    _known(build, entity_id, request)
    found = build.catalog.entity_documents(entity_id, sort=sort, **paging.slice())
    summaries = build.records.summaries([row.document_id for row in found.rows])
    items = [
        EntityDocument(
            **asdict(summaries[row.document_id]),
            mentions=row.mentions,
            snippets=[
                MentionSnippet.model_validate(snippet, from_attributes=True) for snippet in row.snippets
            ],
        )
        for row in found.rows
        if row.document_id in summaries
    ]
    return paging.page_of(items, found.total, found.last)


@router.get(
    "/{entity_id}/quotes",
    operation_id="listEntityQuotes",
    summary="Quotes by an entity",
    response_model=QuoteList,
    responses=problem_responses(308, 400, 404, 422, 503) | example_response("quotes"),
)
def list_entity_quotes(
    entity_id: EntityId, build: BuildDep, request: Request, paging: PagingDep
) -> QuoteList:
    """Direct quotations the text attributes to the entity, oldest document first, each as in its document."""
    _known(build, entity_id, request)
    found = build.catalog.quotes(entity_id, **paging.slice())
    return paging.page_of(document_quotes(found.rows), found.total, found.last)


@router.get(
    "/{entity_id}/statistics",
    operation_id="listEntityStatistics",
    summary="Figures an entity cited",
    response_model=StatisticList,
    responses=problem_responses(308, 400, 404, 422, 503) | example_response("statistics"),
)
def list_entity_statistics(
    entity_id: EntityId, build: BuildDep, request: Request, paging: PagingDep
) -> StatisticList:
    """Every figure the text attributes to the entity across the archive (`attributed_to`), with its sentence
    and document, newest document first."""
    _known(build, entity_id, request)
    filters = StatisticFilters(attributed_to=(entity_id,))
    found = build.catalog.statistics(filters, **paging.slice())
    return paging.page_of(document_statistics(found.rows), found.total, found.last)
