"""Wire models of the JSON API, shared by the server, the index layer's results and the client."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field

from app.models import (
    CitedStatistic,
    EntityKind,
    GroupKey,
    IngestStatus,
    QuantityGroup,
    Quote,
    SortOrder,
    Statistic,
    StatisticSource,
)

__all__ = [
    "DocumentList",
    "DocumentQuote",
    "DocumentStatistic",
    "DocumentSummary",
    "EntityDetail",
    "EntityDocument",
    "EntityDocumentList",
    "EntityList",
    "EntitySummary",
    "Facet",
    "FacetValue",
    "FirstSeen",
    "Health",
    "IngestStatus",
    "MatchSpan",
    "MentionSnippet",
    "Page",
    "Problem",
    "QuoteList",
    "Readiness",
    "RelatedEntity",
    "SearchHit",
    "SearchResults",
    "SimilarList",
    "Snippet",
    "SortOrder",
    "StatedRole",
    "StatisticGroup",
    "StatisticGroupList",
    "StatisticList",
    "Timeline",
    "TimelineBucket",
]

ItemT = TypeVar("ItemT")


class Page(BaseModel, Generic[ItemT]):
    """One page of a list: the shape of every list the API returns."""

    items: list[ItemT]
    total: int = Field(description="Items across all pages.")
    page: int = Field(description="1-based number of this page.")
    per_page: int
    next: str | None = Field(
        default=None,
        description="Opaque cursor for the next page, to pass back as `cursor` (also in the `Link` header); "
        "null on the last page.",
    )


class Problem(BaseModel):
    """An RFC 9457 problem detail: the body of every error response."""

    type: str = Field(examples=["https://news-archive.dev/problems/invalid-query"])
    title: str = Field(examples=["Invalid query"])
    status: int = Field(examples=[400])
    detail: str = Field(examples=['Unbalanced quote at position 0: close the phrase with ".'])
    instance: str | None = Field(default=None, examples=["/v1/search"])
    errors: list[dict[str, Any]] | None = Field(
        default=None, description="Per-field validation errors (422 only)."
    )
    position: int | None = Field(default=None, description="Character offset in `q` of an invalid query.")
    parameter: str | None = Field(
        default=None,
        description="The query parameter at fault: unknown, repeated, or a filter naming no entity or several.",
        examples=["entity"],
    )
    suggestions: list[str] | None = Field(
        default=None,
        description="For an unknown entity: the closest entity ids; for an ambiguous one: the candidates.",
        examples=[["jeffrey-sessions"]],
    )
    entity_id: str | None = Field(default=None, description="For a 308: the canonical entity id.")
    request_id: str | None = Field(
        default=None,
        description="The request's X-Request-ID, tying the error to its access-log line.",
        examples=["6f1c0e4b2a9d4c1e8b7a3f5d2c9e0a41"],
    )
    accepted: list[str] | None = Field(
        default=None, description="For an unknown query parameter: the parameters the route accepts."
    )


class MatchSpan(BaseModel):
    """A query match: offsets into the document's cleaned `text`."""

    start: int
    end: int


class Snippet(BaseModel):
    """A passage of the cleaned text around query matches."""

    start: int = Field(description="Offset of the snippet in the document's cleaned text.")
    end: int
    text: str = Field(description="The passage, plain.")
    highlighted: str = Field(description="The passage with matches wrapped in <em>…</em> (HTML-escaped).")
    matches: list[MatchSpan] = Field(description="Match offsets in the document's cleaned text.")


class DocumentSummary(BaseModel):
    id: str = Field(examples=["000_e84a06c073667f2f"])
    title: str | None = Field(
        default=None, examples=["ICE: L.A. Releases Up to 100 Criminal Illegal Aliens EVERY DAY"]
    )
    published: date | None = Field(default=None, examples=["2018-03-09"])
    outlet: str | None = Field(default=None, examples=["Liberty Headlines"])
    url: str | None = None


class SearchHit(DocumentSummary):
    score: float | None = Field(default=None, description="Relevance score (null when sorted by date).")
    snippets: list[Snippet] = Field(default_factory=list)
    copies: int | None = Field(
        default=None, description="With `collapse=cluster`: the other members of this hit's story cluster."
    )
    copies_link: str | None = Field(
        default=None, description="With `collapse=cluster`: where those copies are listed."
    )


class FacetValue(BaseModel):
    value: str = Field(description="The facet value: an outlet key, a year, or an entity id.")
    label: str = Field(description="Display name: the outlet as published, the year, the entity's name.")
    count: int = Field(description="Hits with this value, across all pages.")


class Facet(BaseModel):
    """Counts of one facet over every hit."""

    buckets: list[FacetValue] = Field(description="Most hits first.")
    missing: int = Field(
        description="Hits with no value for the facet: with the buckets of `outlet` or `year`, they add up "
        "to `total`."
    )


class SearchResults(Page[SearchHit]):
    query: str = Field(description="The query as searched.")
    escaped: bool = Field(
        default=False, description="True when `lenient=true` searched the query text literally."
    )
    total_clusters: int | None = Field(
        default=None, description="With `collapse=cluster`: the story clusters among the hits, one hit each."
    )
    timed_out: bool = Field(
        default=False, description="True when the time limit cut the search: hits are partial."
    )
    took_ms: float = Field(description="Time spent searching, in milliseconds.")
    facets: dict[str, Facet] = Field(
        default_factory=dict, description="Counts per value among all hits, for each requested facet."
    )
    did_you_mean: str | None = Field(
        default=None, description="A spelling correction that finds more documents."
    )


DocumentList = Page[DocumentSummary]
SimilarList = Page[SearchHit]


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    ready: bool
    documents: int = 0
    build_id: str | None = None
    built_at: datetime | None = None
    engine: str
    detail: str | None = Field(default=None, description="What to do when the index is not ready.")


class EntitySummary(BaseModel):
    entity_id: str = Field(examples=["thomas-homan"])
    name: str = Field(examples=["Thomas Homan"])
    kind: EntityKind
    aliases: list[str] = Field(
        default_factory=list, description="Other forms of the name seen in the archive."
    )
    documents: int = Field(description="Documents that mention the entity.")
    mentions: int = Field(description="Mentions across the archive.")


class StatedRole(BaseModel):
    """A title as stated in one document: one point of an entity's role timeline."""

    title: str = Field(examples=["ICE Director"])
    organization: str | None = None
    document_id: str = Field(description="The document where the entity holds the title.")
    published: date | None = None
    start: int = Field(description="Offset of the title in the cleaned text of `evidence_document_id`.")
    end: int
    evidence_document_id: str = Field(
        description="The document whose text states the title: `document_id` itself, or another document "
        "for a title linked across documents."
    )
    derived: Literal["linked_across_documents"] | None = Field(
        default=None,
        description="`linked_across_documents` when `document_id` names the person without a title and the "
        "title comes from another document of the archive that names the same person.",
    )


class RelatedEntity(BaseModel):
    entity_id: str
    name: str
    kind: EntityKind
    documents: int = Field(description="Documents mentioning both.")


class DocumentQuote(Quote):
    """A quote, as in its document's record, with the document it is in."""

    document_id: str
    published: date | None = None


QuoteList = Page[DocumentQuote]


class EntityDetail(EntitySummary):
    roles: list[StatedRole] = Field(
        description="Every title as stated, oldest document first (undated last)."
    )
    organizations: list[str] = Field(
        default_factory=list, description="Organizations the text ties to the entity."
    )
    places: list[str] = Field(default_factory=list, description="Places co-mentioned most often.")
    related: list[RelatedEntity] = Field(
        default_factory=list, description="Entities most often mentioned with it."
    )
    quotes: list[DocumentQuote] = Field(
        default_factory=list, description="The first quotes; page with /quotes."
    )


EntityList = Page[EntitySummary]


class MentionSnippet(BaseModel):
    start: int
    end: int
    text: str = Field(description="The sentence-sized passage around the mention.")
    mention: MatchSpan = Field(description="The mention's offsets in the document's cleaned text.")


class EntityDocument(DocumentSummary):
    mentions: int
    snippets: list[MentionSnippet]


EntityDocumentList = Page[EntityDocument]


class DocumentStatistic(Statistic):
    """A figure, as in its document's record, with the document it is in."""

    document_id: str
    published: date | None = None

    @classmethod
    def of(cls, cited: CitedStatistic) -> DocumentStatistic:
        """The figure a document cites, with that document."""
        return cls(**cited.statistic.model_dump(), document_id=cited.document_id, published=cited.published)


StatisticList = Page[DocumentStatistic]


class FirstSeen(BaseModel):
    """Where a figure first appeared: the earliest published member of its group."""

    document_id: str
    published: date | None = None


class StatisticGroup(BaseModel):
    """The same measured quantity stated more than once: the same counted thing, place and period."""

    label: str = Field(
        examples=["criminal aliens · California · 2017"], description="Readable: what, where, when."
    )
    how: GroupKey = Field(description="The key the members were grouped by.")
    members: list[DocumentStatistic] = Field(description="Earliest published first; undated last.")
    documents: int
    first_seen: FirstSeen
    sources: list[StatisticSource] = Field(description="Distinct sources the members are attributed to.")
    independent_sources: int = Field(
        description="How many independent sources state the figure: members from one story cluster (copies "
        "of one story) count once, and members attributed to the same source count once."
    )
    agree: bool = Field(
        description="Every member's value is compatible with every other's, given qualifiers and rounding."
    )
    disagree: bool = Field(description="Some members state values no rounding or qualifier reconciles.")

    @classmethod
    def of(cls, group: QuantityGroup) -> StatisticGroup:
        """The wire form of a domain group."""
        first = group.members[0]
        return cls(
            label=group.label,
            how=group.how,
            members=[DocumentStatistic.of(member) for member in group.members],
            documents=len({member.document_id for member in group.members}),
            first_seen=FirstSeen(document_id=first.document_id, published=first.published),
            sources=group.sources,
            independent_sources=group.independent_sources,
            agree=not group.disagree,
            disagree=group.disagree,
        )


StatisticGroupList = Page[StatisticGroup]


class TimelineBucket(BaseModel):
    period: str = Field(examples=["2018-03"], description="`YYYY-MM` or `YYYY`.")
    count: int


class Timeline(BaseModel):
    query: str
    interval: Literal["month", "year"]
    buckets: list[TimelineBucket]
    total: int = Field(description="All hits, dated or not.")
    undated: int = Field(description="Hits with no published date, not in any bucket.")
