"""A second annotator's gold read as if it were the extractor's output.

`python -m app.eval GOLD_DIR --against OTHER_DIR` scores the gold files of OTHER_DIR (the same articles,
annotated again by someone who did not see GOLD_DIR) with the extractor's match rules. The figures are
the agreement between two people reading the same text: a ceiling for what the extractor can be
expected to reach on each field, and a measure of how much of a miss is the reading, not the rule.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal, get_args

from app.models import (
    Attribution,
    DateMention,
    DocumentRecord,
    Evidence,
    Person,
    Provenanced,
    Quote,
    Statistic,
    StatisticKind,
)

__all__ = ["record_from_gold"]

# Gold carries no offsets; the scorer never reads them.
_NO_SPAN = {"start": 0, "end": 0}


def _people(gold: dict[str, Any]) -> list[Person]:
    kinds: tuple[tuple[str, Literal["official", "person"]], ...] = (
        ("officials", "official"),
        ("people", "person"),
    )
    return [
        Person(name=entry["name"], entity_id=entry.get("entity_id") or "", kind=kind)
        for field, kind in kinds
        for entry in gold.get(field, [])
    ]


def _statistic(entry: dict[str, Any]) -> Statistic:
    source = entry.get("attributed_to")
    kind = entry.get("kind") if entry.get("kind") in get_args(StatisticKind) else "count"
    text = f"{entry['value']:g}"
    return Statistic(
        **_NO_SPAN,
        text=text,
        kind=kind,
        sentence=Evidence(**_NO_SPAN, text=text),
        value=float(entry["value"]),
        value_high=entry.get("value_high"),
        counts=entry.get("counts"),
        unit=entry.get("unit"),
        change=entry.get("change"),
        approximate=bool(entry.get("approximate")),
        attributed_to=Attribution(name=source) if source else None,
    )


def _quote(entry: dict[str, Any]) -> Quote:
    speaker = entry.get("speaker")
    return Quote(
        **_NO_SPAN,
        text=entry["text"],
        speaker=Attribution(name=speaker, entity_id=speaker) if speaker else None,
    )


def _provenanced(value: object) -> Provenanced[Any] | None:
    return None if value is None else Provenanced[Any](value=value, source="text")


def record_from_gold(name: str, gold: dict[str, Any]) -> DocumentRecord:
    """The fields `app.eval.score_document` reads, filled from a gold file instead of the extractor."""
    published = gold.get("published")
    return DocumentRecord(
        id=name,
        text="",
        raw_text="",
        extractor_version="gold",
        content_hash="",
        title=_provenanced(gold.get("title")),
        published=_provenanced(date.fromisoformat(published) if published else None),
        outlet=_provenanced(gold.get("outlet")),
        people=_people(gold),
        statistics=[_statistic(entry) for entry in gold.get("statistics", [])],
        quotes=[_quote(entry) for entry in gold.get("quotes", [])],
        dates_mentioned=[
            DateMention(**_NO_SPAN, text=value, value=value) for value in gold.get("dates_mentioned", [])
        ],
    )
