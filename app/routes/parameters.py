"""One meaning per parameter: a query parameter a route does not take, or a single one given twice, is a 400."""

from __future__ import annotations

from collections import Counter
from types import UnionType
from typing import Any, Union, get_args, get_origin

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from app.errors import BadRequest, UnknownParameter

__all__ = ["check_parameters"]


def _repeatable(annotation: Any) -> bool:
    """`list[str]` or `list[str] | None`: a parameter whose repeated values all count."""
    options = get_args(annotation) if get_origin(annotation) in (Union, UnionType) else (annotation,)
    return any(get_origin(option) in (list, tuple, set) for option in options)


def _query_fields(dependant: Dependant) -> dict[str, bool]:
    """Each query parameter of a route and its dependencies, by name, and whether it may repeat."""
    fields = {field.alias: _repeatable(field.field_info.annotation) for field in dependant.query_params}
    for dependency in dependant.dependencies:
        fields |= _query_fields(dependency)
    return fields


# Per route, worked out on its first request: (the route's dependant, its query fields). The dependant is
# held, so its id is never reused by another while the entry exists.
_ACCEPTED: dict[int, tuple[Dependant, dict[str, bool]]] = {}


def _accepted(dependant: Dependant) -> dict[str, bool]:
    known = _ACCEPTED.get(id(dependant))
    if known is None or known[0] is not dependant:
        known = _ACCEPTED[id(dependant)] = (dependant, _query_fields(dependant))
    return known[1]


async def check_parameters(request: Request) -> None:
    """A 400 naming a parameter the route does not take (listing those it does), or a single one repeated."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    accepted = _accepted(route.dependant)
    given = Counter(key for key, _ in request.query_params.multi_items())
    unknown = [name for name in given if name not in accepted]
    if unknown:
        names = ", ".join(sorted(accepted)) or "none"
        raise UnknownParameter(
            f"{route.path} takes no parameter {', '.join(map(repr, unknown))}; it accepts: {names}.",
            parameter=unknown[0],
            accepted=sorted(accepted),
        )
    repeated = [name for name, count in given.items() if count > 1 and not accepted[name]]
    if repeated:
        raise BadRequest(
            f"{repeated[0]!r} takes one value and was given {given[repeated[0]]}.", parameter=repeated[0]
        )
