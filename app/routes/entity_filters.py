"""The one resolver of entity filters: `entity`, `official`, `place` and `attributed_to`, on every route."""

from __future__ import annotations

from collections.abc import Sequence

from app.errors import UnknownEntity
from app.index import AmbiguousEntity, NoSuchEntity, OpenBuild
from app.models import EntityKind

__all__ = ["resolve_entities"]


def resolve_entities(
    build: OpenBuild, parameter: str, values: Sequence[str] | None, *, kinds: tuple[EntityKind, ...] = ()
) -> tuple[str, ...]:
    """Each value (an id, an alias id, an alias or a name) as its canonical id; a 400 for the first unknown."""
    resolved: list[str] = []
    for value in values or ():
        try:
            resolved.append(build.catalog.resolve_entity(value, kinds=kinds))
        except NoSuchEntity as error:
            closest = f" Closest: {', '.join(error.suggestions)}." if error.suggestions else ""
            raise UnknownEntity(
                f"No entity {value!r} for `{parameter}`.{closest}",
                parameter=parameter,
                suggestions=error.suggestions,
            ) from error
        except AmbiguousEntity as error:
            raise UnknownEntity(
                f"{value!r} for `{parameter}` names several entities: {', '.join(error.candidates)}; give an id.",
                parameter=parameter,
                suggestions=error.candidates,
            ) from error
    return tuple(dict.fromkeys(resolved))
