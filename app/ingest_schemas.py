"""Wire models of the write API: a document sent in, and what storing it acknowledges."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.models import IngestStatus

__all__ = ["DOCUMENT_ID_PATTERN", "BulkLineResult", "BulkResult", "DocumentIn", "IngestResult"]

DOCUMENT_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"


class DocumentIn(BaseModel):
    """A document to add or replace. Unknown fields are refused (422) so a typo cannot pass silently."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "id": "wire-2019-05-02-council",
                    "title": "Council Approves Jail Budget",
                    "text": "The county council voted 7-2 on Tuesday to approve a $12 million jail budget, "
                    "Council President Maria Lopez said.",
                    "published": "2019-05-02",
                    "outlet": "Example Gazette",
                    "url": "https://example.org/council",
                    "authors": ["A. Writer"],
                }
            ]
        },
    )

    id: str | None = Field(
        default=None,
        max_length=200,
        pattern=DOCUMENT_ID_PATTERN,
        description="Optional; derived from the content hash when omitted, so re-sending is idempotent.",
    )
    title: str | None = Field(default=None, max_length=1000)
    text: str = Field(min_length=1, max_length=5_000_000, description="The article text, as received.")
    published: date | None = None
    outlet: str | None = Field(default=None, max_length=300)
    url: str | None = Field(default=None, max_length=2000)
    authors: list[str] = Field(default_factory=list, max_length=100)

    @field_validator("text")
    @classmethod
    def _text_is_text(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("text is blank")
        if "\x00" in text:
            raise ValueError("text contains NUL characters: send text, not binary data")
        return text


class IngestResult(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "id": "wire-2019-05-02-council",
                    "status": "created",
                    "content_hash": "9f2c4e1a7b3d5f60812a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d",
                }
            ]
        }
    )

    id: str
    status: IngestStatus = Field(description="`unchanged` when the same content was already stored.")
    content_hash: str


class BulkLineResult(BaseModel):
    line: int = Field(description="1-based line number in the NDJSON body.")
    id: str | None = None
    status: Literal["created", "updated", "unchanged", "rejected"]
    detail: str | None = Field(default=None, description="Why the line was rejected.")


class BulkResult(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "created": 1,
                    "updated": 0,
                    "unchanged": 1,
                    "rejected": 1,
                    "results": [
                        {"line": 1, "id": "wire-2019-05-02-council", "status": "created", "detail": None},
                        {"line": 2, "id": "000_e84a06c073667f2f", "status": "unchanged", "detail": None},
                        {"line": 3, "id": None, "status": "rejected", "detail": "text: Field required"},
                    ],
                }
            ]
        }
    )

    created: int
    updated: int
    unchanged: int
    rejected: int
    results: list[BulkLineResult]
