"""Domain types shared by the indexer, the API and the client.

Nothing here knows about HTTP or Whoosh. Every extracted item carries its evidence:
`start`/`end` are character offsets into the cleaned document text and `text` is
exactly `document.text[start:end]`.
"""

from __future__ import annotations

from datetime import date
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Attribution",
    "AttributionMethod",
    "CitedStatistic",
    "CrossDocumentLink",
    "DateMention",
    "DocumentRecord",
    "EntityKind",
    "Evidence",
    "GroupKey",
    "IngestStatus",
    "LinkMatch",
    "Organization",
    "OutletCitation",
    "Person",
    "Place",
    "Provenanced",
    "QuantityGroup",
    "Quote",
    "SortOrder",
    "Source",
    "StatedTitle",
    "Statistic",
    "StatisticKind",
    "StatisticSource",
    "StoryCluster",
    "Syndication",
    "TitleElsewhere",
]

T = TypeVar("T")

Source = Literal["metadata", "text", "url"]
EntityKind = Literal["official", "person", "organization", "place"]
StatisticKind = Literal["count", "percent", "money", "fraction", "ratio", "range"]
AttributionMethod = Literal["quote", "reporting_verb", "according_to", "source_phrase", "continued"]
Change = Literal["up", "down", "none"]
LinkMatch = Literal["full_name", "surname", "partial_name"]
SortOrder = Literal["relevance", "published", "-published"]
# What an ingest did with a document: `unchanged` when the same content was already stored.
IngestStatus = Literal["created", "updated", "unchanged"]


class Evidence(BaseModel):
    """A span of the cleaned text: `text == document.text[start:end]`."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0, description="Offset of the first character in the cleaned text.")
    end: int = Field(ge=0, description="Offset one past the last character.")
    text: str = Field(description="The exact span of the cleaned text.")


class Provenanced(BaseModel, Generic[T]):
    """A value together with where it came from."""

    value: T
    source: Source = Field(
        description="`metadata` when supplied with the document, `text` when extracted from the text, "
        "`url` when read from the document's URL."
    )
    evidence: Evidence | None = Field(
        default=None, description="The span the value was read from (null for metadata)."
    )
    evidence_in: Literal["text", "raw_text"] = Field(
        default="text",
        description="Which text the evidence offsets point into: the cleaned `text`, or `raw_text` "
        "for values read from a header or page furniture that cleaning removed.",
    )


class StatedTitle(Evidence):
    """A title or role exactly as the text states it, e.g. `ICE Director`, `then-Attorney General`."""

    organization: str | None = Field(
        default=None, description="The organization or jurisdiction the title names, when it names one."
    )


class TitleElsewhere(StatedTitle):
    """A title as stated in another document: the offsets point into that document's cleaned text."""

    document_id: str


class CrossDocumentLink(BaseModel):
    """Why a person this document names without a title is an official: the archive names them with one."""

    derived: Literal["linked_across_documents"] = "linked_across_documents"
    matched_by: LinkMatch = Field(
        description="`full_name`: the same name; `surname` or `partial_name`: a name that belongs to exactly "
        "one person in the whole archive, who is an official."
    )
    extracted_entity_id: str | None = Field(
        description="The id extraction gave the name in this document; null when the archive found the name."
    )
    evidence: TitleElsewhere = Field(description="Where the title was stated.")


class Person(BaseModel):
    """A named person in one document, with every title and mention."""

    entity_id: str = Field(description="Stable across documents, e.g. `thomas-homan`.")
    name: str = Field(description="The fullest form of the name in the document.")
    kind: Literal["official", "person"]
    titles: list[StatedTitle] = Field(default_factory=list)
    organization: str | None = Field(
        default=None, description="Organization or jurisdiction the text ties the person to."
    )
    affiliation: str | None = Field(default=None, description="Party-state tag as stated, e.g. `D-Hawaii`.")
    mentions: list[Evidence] = Field(default_factory=list)
    linked: CrossDocumentLink | None = Field(
        default=None, description="Set when the person is an official here only through another document."
    )


class Organization(BaseModel):
    entity_id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Evidence] = Field(default_factory=list)


class Place(BaseModel):
    entity_id: str
    name: str
    place_type: str | None = Field(default=None, description="country, state, county, city, …")
    mentions: list[Evidence] = Field(default_factory=list)


class Attribution(BaseModel):
    """Who the text credits for a quote or a figure."""

    name: str
    entity_id: str | None = None
    evidence: Evidence | None = None


class Quote(Evidence):
    """A direct quotation; `text` is the quoted words without the quote marks."""

    speaker: Attribution | None = None


class Statistic(Evidence):
    """A quantity the article cites as a fact."""

    value: float
    value_high: float | None = None
    qualifier: str | None = None
    kind: StatisticKind
    approximate: bool = False
    unit: str | None = Field(default=None, description="Currency code or unit where stated, e.g. `USD`.")
    counts: str | None = Field(default=None, description="The thing counted, as a noun phrase from the text.")
    change: Change | None = Field(
        default=None, description="`up`, `down` or `none` when the sentence says the quantity changed."
    )
    sentence: Evidence
    attributed_to: Attribution | None = Field(
        default=None,
        description="Who the text says stated, reported or produced the figure; null when the article "
        "states it in its own voice.",
    )
    attribution: AttributionMethod | None = Field(
        default=None,
        description="How `attributed_to` was found: inside a `quote` of the speaker, a `reporting_verb` "
        "(said, found, estimated …), `according_to`, a `source_phrase` (X's data, a report by X), or "
        "`continued` from an earlier sentence of the same report.",
    )
    place: str | None = None
    period: str | None = None


class CitedStatistic(BaseModel):
    """A statistic with the document that cites it."""

    document_id: str
    published: date | None = None
    statistic: Statistic


class GroupKey(BaseModel):
    """What every member of a statistic group shares: the key it was grouped by."""

    counts: str = Field(description="The counted noun phrase, lowercased, nouns singular: `criminal alien`.")
    measure: str = Field(
        description="`count`, `share` (percentages, fractions and ratios), `percentage points`, `money USD` "
        "(one currency), `rate per 100,000`, or a unit of measure such as `mph`."
    )
    place: str | None = Field(default=None, description="The place the sentences give, normalized.")
    period: str | None = Field(default=None, description="The period the sentences give, normalized.")


class StatisticSource(BaseModel):
    """Who a statistic is attributed to, once per source."""

    name: str
    entity_id: str | None = None


class QuantityGroup(BaseModel):
    """The same measured quantity stated more than once across the archive."""

    label: str
    how: GroupKey
    members: list[CitedStatistic] = Field(description="Earliest published first; undated last.")
    sources: list[StatisticSource]
    independent_sources: int = Field(
        description="Members counted once per story cluster and once per attributed source."
    )
    disagree: bool = Field(description="Some members state values no rounding or qualifier reconciles.")


class DateMention(Evidence):
    value: str = Field(
        description="ISO date normalized as far as the text allows: `2017-04-06`, `2017-10`, `2017`."
    )


class OutletCitation(Evidence):
    """A news outlet the article cites as a source (not its publisher)."""

    name: str


class Syndication(BaseModel):
    """The wire or agency the text credits with the story, or the release service that issued it."""

    wire: str = Field(description="The wire's canonical name, e.g. `Associated Press`, `PR Newswire`.")
    how: Literal["dateline", "credit_line", "press_release"] = Field(
        description="`dateline`: `LONDON (Reuters) -`; `credit_line`: a line of its own (`— PA Media`, "
        "`Copyright 2026 The Associated Press`); `press_release`: a release service's dateline "
        "(`/PRNewswire/`) or a `For immediate release` slug."
    )
    evidence: Evidence
    evidence_in: Literal["text", "raw_text"] = Field(
        default="text",
        description="Which text the offsets point into (`raw_text` for removed page furniture).",
    )


class StoryCluster(BaseModel):
    """The copies of one story in the archive: syndicated reprints and near-duplicates."""

    id: str = Field(description="The cluster's id, shared by every member.")
    size: int = Field(ge=1, description="Members, this document included.")
    original: str = Field(
        description="The member published by the credited wire itself, else the earliest published member."
    )


class DocumentRecord(BaseModel):
    """The full record of one article: cleaned text, metadata and extracted fields."""

    id: str
    title: Provenanced[str] | None = None
    published: Provenanced[date] | None = None
    outlet: Provenanced[str] | None = None
    url: str | None = None
    authors: list[Provenanced[str]] = Field(default_factory=list)
    outlets_cited: list[OutletCitation] = Field(default_factory=list)
    text: str = Field(description="The cleaned article text every offset points into.")
    raw_text: str = Field(description="The text exactly as received.")
    people: list[Person] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    statistics: list[Statistic] = Field(default_factory=list)
    dates_mentioned: list[DateMention] = Field(default_factory=list)
    syndication: Syndication | None = Field(
        default=None, description="The wire or agency the text credits; null when it credits none."
    )
    cluster: StoryCluster | None = Field(
        default=None, description="The story's copies in the archive, as of reading; null outside an archive."
    )
    extractor_version: str
    content_hash: str = Field(description="SHA-256 of the raw text and supplied metadata.")
