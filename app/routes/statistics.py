"""Statistics: every figure the archive cites, as queryable rows and as groups side by side."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from app.deps import BuildDep
from app.errors import Unprocessable
from app.index import GroupFilters, StatisticFilters
from app.models import StatisticKind
from app.routes.cited import document_statistics
from app.routes.entity_filters import resolve_entities
from app.routes.examples import example_response
from app.routes.listing import PagingDep
from app.routes.parameters import check_parameters
from app.routes.planned import PlannedRoute
from app.routes.responses import problem_responses
from app.schemas import StatisticGroup, StatisticGroupList, StatisticList

__all__ = ["router"]

# Bounds a count parameter to what SQLite's integers hold.
MAX_COUNT = 2**63 - 1

router = APIRouter(
    prefix="/v1/statistics",
    tags=["statistics"],
    dependencies=[Depends(check_parameters)],
    route_class=PlannedRoute,
)

STATISTICS_SYNTAX = (
    'the q grammar of /v1/search without what FTS5 cannot do (fuzzy word~, inner wildcards, "…"~N, fields): '
    'words, "phrases", prefixes (homicid*), AND/&&, OR/||, NOT/-word, +word, (groups); a 400 otherwise.'
)
Words = Annotated[
    str | None,
    Query(
        max_length=200,
        description=f"Words of the counted phrase or the sentence (stemmed): {STATISTICS_SYNTAX}",
        examples=["homicides"],
    ),
]


@router.get(
    "",
    operation_id="listStatistics",
    summary="Statistics cited in the archive",
    response_model=StatisticList,
    responses=problem_responses(400, 422, 503) | example_response("statistics"),
)
def list_statistics(
    build: BuildDep,
    paging: PagingDep,
    q: Words = None,
    kind: Annotated[
        StatisticKind | None, Query(description="count, percent, money, fraction, ratio, range.")
    ] = None,
    minimum: Annotated[float | None, Query(alias="min", description="Smallest value.")] = None,
    maximum: Annotated[float | None, Query(alias="max", description="Largest value.")] = None,
    entity: Annotated[
        list[str] | None,
        Query(
            description="Only figures from documents that mention this entity, of any kind (id, alias or name), "
            "as `entity` filters search. Repeat for any of several.",
            examples=["dhs"],
        ),
    ] = None,
    attributed_to: Annotated[
        list[str] | None,
        Query(
            description="Only figures the text attributes to this person or organization (id, alias or name). "
            "Repeat for any of several.",
            examples=["DHS"],
        ),
    ] = None,
    place: Annotated[
        list[str] | None,
        Query(
            description="Only figures whose sentence gives this place (id, alias or name), under any name the "
            "archive knows it by. Repeat for any of several.",
            examples=["california"],
        ),
    ] = None,
    document: Annotated[str | None, Query(description="Only this document's figures.")] = None,
) -> StatisticList:
    """Every cited figure as a row: value, range, qualifier, what it counts, its sentence, who it is
    attributed to, place, period, document and offsets. Newest documents first."""
    if minimum is not None and maximum is not None and minimum > maximum:
        raise Unprocessable(
            f"min={minimum} is above max={maximum}.", errors=[{"loc": ["query", "min"], "msg": "above max"}]
        )
    filters = StatisticFilters(
        q=q,
        kind=kind,
        minimum=minimum,
        maximum=maximum,
        entity=resolve_entities(build, "entity", entity),
        attributed_to=resolve_entities(
            build, "attributed_to", attributed_to, kinds=("official", "person", "organization")
        ),
        place=resolve_entities(build, "place", place, kinds=("place",)),
        document=document,
    )
    found = build.catalog.statistics(filters, **paging.slice())
    return paging.page_of(document_statistics(found.rows), found.total, found.last)


@router.get(
    "/groups",
    operation_id="listStatisticGroups",
    summary="The same figure stated more than once across the archive",
    response_model=StatisticGroupList,
    responses=problem_responses(400, 422, 503) | example_response("statistic_groups"),
)
def list_statistic_groups(
    build: BuildDep,
    paging: PagingDep,
    q: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Words of the group's label: what is counted, where, when (stemmed): "
            f"{STATISTICS_SYNTAX}",
            examples=["arrests"],
        ),
    ] = None,
    min_members: Annotated[int, Query(ge=2, le=MAX_COUNT, description="Smallest group size.")] = 2,
    min_sources: Annotated[
        int, Query(ge=0, le=MAX_COUNT, description="Fewest distinct attributed sources.")
    ] = 0,
    disagree: Annotated[
        bool | None, Query(description="`true`: only groups whose members state incompatible values.")
    ] = None,
) -> StatisticGroupList:
    """Each group is one measured quantity (the same counted thing, measured alike, in the same place and
    period where given) stated in two or more documents or twice in one, with where it first appeared, who
    it is attributed to, and whether its members agree given their qualifiers and rounding."""
    filters = GroupFilters(q=q, min_members=min_members, min_sources=min_sources, disagree=disagree)
    found = build.groups.find(filters, **paging.slice())
    return paging.page_of([StatisticGroup.of(group) for group in found.rows], found.total, found.last)
