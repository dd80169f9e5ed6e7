"""Invented pages for the table-driven rule tests: one headline, one body, one way to extract them."""

from __future__ import annotations

from app.corpus import RawDocument, SuppliedMetadata
from app.extract import extract_document
from app.extract.statistics import find_statistics
from app.models import DocumentRecord, Statistic

HEADLINE = "Council Backs Plan For New Bus Depot\n\n"
BODY = (
    "The council voted 7-2 on Tuesday to fund a new bus depot on the city's east side, ending a debate "
    "that has run for most of the year, officials said.\n"
)


def record_of(raw: str, *, outlet: str | None = None, url: str | None = None) -> DocumentRecord:
    """The record of an invented page, with supplied outlet and url metadata when given."""
    return extract_document(RawDocument("d", raw, SuppliedMetadata(outlet=outlet, url=url), "t"))


def speakers_of(body: str, expected: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """(opening words, speaker id) of the quotes of HEADLINE + body, cut to the openings expected."""
    quotes = record_of(HEADLINE + body).quotes
    return [
        (quote.text[: len(start)], quote.speaker.entity_id if quote.speaker else None)
        for quote, (start, _) in zip(quotes, expected, strict=True)
    ]


def figure_of(record: DocumentRecord, figure: str) -> Statistic:
    """The statistic written as `figure`, whether or not its text takes the unit after it (`250 billion zlotys`)."""
    return next(
        statistic
        for statistic in record.statistics
        if statistic.text.endswith(figure) or statistic.text.startswith(f"{figure} ")
    )


def source_name(statistic: Statistic) -> str | None:
    """The name the statistic is attributed to, or None for the article's own voice."""
    return statistic.attributed_to.name if statistic.attributed_to else None


def statistic_written(text: str, figure: str) -> Statistic:
    """The statistic `find_statistics` reads in `text` whose text ends with `figure`."""
    return next(statistic for statistic in find_statistics(text) if statistic.text.endswith(figure))
