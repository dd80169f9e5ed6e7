"""What the storage layer returns: plain rows read from the store and the engines, no wire models.

Routes turn them into the API's models (`Model.model_validate(row, from_attributes=True)`), so the
attribute names here are the wire names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from app.models import EntityKind, Quote, Statistic

__all__ = [
    "CoMention",
    "DocumentHit",
    "DocumentRow",
    "EntityDocumentRow",
    "EntityProfile",
    "EntityRow",
    "HitSnippet",
    "MentionPassage",
    "QuoteEntry",
    "RoleEntry",
    "Span",
    "StatisticEntry",
]


@dataclass(frozen=True, kw_only=True, slots=True)
class Span:
    """Offsets into a document's cleaned text."""

    start: int
    end: int


@dataclass(frozen=True, kw_only=True, slots=True)
class HitSnippet:
    """A passage around query matches, plain and with the matches in `<em>`."""

    start: int
    end: int
    text: str
    highlighted: str
    matches: list[Span]


@dataclass(frozen=True, kw_only=True, slots=True)
class DocumentRow:
    """The columns of a document the lists show."""

    id: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class DocumentHit(DocumentRow):
    """A document found by a search: its score (None when ordered by date) and snippets."""

    score: float | None = None
    snippets: list[HitSnippet] = field(default_factory=list)

    @classmethod
    def of(cls, row: DocumentRow, *, score: float | None, snippets: list[HitSnippet]) -> DocumentHit:
        """A found row as a hit, its columns copied as they are (`asdict` would deep-copy each one)."""
        return cls(
            id=row.id,
            title=row.title,
            published=row.published,
            outlet=row.outlet,
            url=row.url,
            score=score,
            snippets=snippets,
        )


@dataclass(frozen=True, kw_only=True, slots=True)
class EntityRow:
    entity_id: str
    kind: EntityKind
    name: str
    aliases: list[str]
    documents: int
    mentions: int


@dataclass(frozen=True, kw_only=True, slots=True)
class RoleEntry:
    """A title an entity holds, with the document that states it (maybe a linked one)."""

    title: str
    organization: str | None
    document_id: str
    published: date | None
    start: int
    end: int
    evidence_document_id: str
    derived: Literal["linked_across_documents"] | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class CoMention:
    """An entity mentioned in the same documents as another, with how many."""

    entity_id: str
    name: str
    kind: EntityKind
    documents: int


@dataclass(frozen=True, kw_only=True, slots=True)
class QuoteEntry:
    """One quote as its record holds it, with its document."""

    document_id: str
    published: date | None
    quote: Quote


@dataclass(frozen=True, kw_only=True, slots=True)
class EntityProfile(EntityRow):
    """One entity with its roles, organizations, and co-mentioned places and entities."""

    roles: list[RoleEntry]
    organizations: list[str]
    places: list[str]
    related: list[CoMention]


@dataclass(frozen=True, kw_only=True, slots=True)
class MentionPassage:
    """The sentence-sized passage around one mention, and the mention in it."""

    start: int
    end: int
    text: str
    mention: Span


@dataclass(frozen=True, kw_only=True, slots=True)
class EntityDocumentRow:
    """A document that mentions an entity: how often, and the passages around the first mentions."""

    document_id: str
    mentions: int
    snippets: list[MentionPassage]


@dataclass(frozen=True, kw_only=True, slots=True)
class StatisticEntry:
    """One cited figure as its record holds it, with its document."""

    document_id: str
    published: date | None
    statistic: Statistic
