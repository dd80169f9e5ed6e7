"""Extraction never raises on arbitrary text, and every offset it reports points at its span."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.corpus import RawDocument, SuppliedMetadata
from app.extract import extract_document
from app.models import DocumentRecord, Evidence

_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-—–$%()[]\"'“”‘’\n"
_FRAGMENTS = [
    "Sen. ",
    "Gov. ",
    " said ",
    "ICE ",
    "Director ",
    " percent",
    " million",
    "Tom ",
    "Homan",
    "2017",
]
NEWS_ALPHABET = st.sampled_from([*_CHARACTERS, *_FRAGMENTS, ", D-N.Y.,"])
news_like_text = st.lists(NEWS_ALPHABET, max_size=120).map("".join)


def _evidence(record: DocumentRecord) -> list[tuple[str, Evidence]]:
    spans: list[tuple[str, Evidence]] = []
    for person in record.people:
        spans += [("text", mention) for mention in person.mentions]
        spans += [("text", title) for title in person.titles]
    for entity in [*record.organizations, *record.places]:
        spans += [("text", mention) for mention in entity.mentions]
    for quote in record.quotes:
        spans.append(("text", quote))
        if quote.speaker and quote.speaker.evidence:
            spans.append(("text", quote.speaker.evidence))
    for statistic in record.statistics:
        spans += [("text", statistic), ("text", statistic.sentence)]
        if statistic.attributed_to and statistic.attributed_to.evidence:
            spans.append(("text", statistic.attributed_to.evidence))
    spans += [("text", mention) for mention in [*record.dates_mentioned, *record.outlets_cited]]
    for value in [record.title, record.published, record.outlet, *record.authors]:
        if value is not None and value.evidence is not None:
            spans.append((value.evidence_in, value.evidence))
    return spans


def _assert_offsets_valid(record: DocumentRecord) -> None:
    for where, span in _evidence(record):
        source = record.text if where == "text" else record.raw_text
        assert 0 <= span.start <= span.end <= len(source)
        assert source[span.start : span.end] == span.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises(raw: str) -> None:
    record = extract_document(RawDocument("doc", raw, SuppliedMetadata(), "test"))
    _assert_offsets_valid(record)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_like_text)
def test_news_like_text_offsets_are_exact(raw: str) -> None:
    record = extract_document(RawDocument("doc", raw, SuppliedMetadata(), "test"))
    _assert_offsets_valid(record)
