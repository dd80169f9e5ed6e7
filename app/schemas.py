"""Wire models of the JSON API, shared by the server, the index layer's results and the client."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from app.models import DocumentRecord

__all__ = [
    "DocumentList",
    "DocumentRecord",
    "DocumentSummary",
    "Health",
    "MatchSpan",
    "Problem",
    "Readiness",
    "SearchHit",
    "SearchResults",
    "Snippet",
    "SortOrder",
]

SortOrder = Literal["relevance", "published", "-published"]


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


class SearchResults(BaseModel):
    query: str = Field(description="The query as searched.")
    escaped: bool = Field(
        default=False, description="True when `lenient=true` searched the query text literally."
    )
    total: int = Field(description="Number of documents matching, across all pages.")
    page: int
    per_page: int
    hits: list[SearchHit]
    next: str | None = Field(default=None, description="Opaque cursor for the next page; null on the last.")
    timed_out: bool = Field(
        default=False, description="True when the time limit cut the search: hits are partial."
    )
    took_ms: float = Field(description="Time spent searching, in milliseconds.")


class DocumentList(BaseModel):
    total: int
    page: int
    per_page: int
    items: list[DocumentSummary]
    next: str | None = None


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    ready: bool
    documents: int = 0
    build_id: str | None = None
    built_at: datetime | None = None
    engine: str
    detail: str | None = Field(default=None, description="What to do when the index is not ready.")
