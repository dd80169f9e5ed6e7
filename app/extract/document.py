"""Raw document -> DocumentRecord: cleaning, then every extractor, then supplied metadata on top."""

from __future__ import annotations

import re
from datetime import date

from app.clean import CleanedText, clean_text
from app.corpus import RawDocument
from app.extract.dates import dateline, find_dates
from app.extract.organizations import find_organizations, find_places
from app.extract.outlets import Byline, find_outlets
from app.extract.people import find_people, title_is_office, titles_stated_in_quote
from app.extract.quotes import Speaker, find_quotes
from app.extract.spans import Sentences
from app.extract.statistics import Actor, find_statistics
from app.models import DocumentRecord, Evidence, Person, Provenanced

__all__ = ["EXTRACTOR_VERSION", "extract_document"]

EXTRACTOR_VERSION = "0.6.0"


_NOT_A_HEADLINE = re.compile(
    r"^(?:for\s+immediate\s+release|press\s+release|news\s+release|media\s+advisory|by\s+[A-Z].*|\(.*\))$",
    re.IGNORECASE,
)


def _raw_evidence(raw_text: str, span_text: str, start: int = 0, end: int | None = None) -> Evidence | None:
    """Evidence in the raw text for `span_text[start:end]`, located by searching the raw text."""
    located = raw_text.find(span_text)
    if located < 0:
        return None
    end = len(span_text) if end is None else end
    return Evidence(start=located + start, end=located + end, text=raw_text[located + start : located + end])


def _title(doc: RawDocument, cleaned: CleanedText) -> Provenanced[str] | None:
    if doc.metadata.title:
        return Provenanced[str](value=doc.metadata.title, source="metadata")
    if cleaned.headline:
        start, end = cleaned.headline
        span = Evidence(start=start, end=end, text=cleaned.text[start:end])
        if not _NOT_A_HEADLINE.match(span.text):
            return Provenanced[str](value=span.text, source="text", evidence=span)
        # A release slug took the headline's place; the headline itself was set aside as furniture.
        following = next((r for r in cleaned.removed if r.reason == "related-headline"), None)
        if (
            following is not None
            and dateline(following.text) is None
            and not _NOT_A_HEADLINE.match(following.text)
        ):
            evidence = _raw_evidence(doc.raw_text, following.text)
            if evidence is not None:
                return Provenanced[str](
                    value=following.text.strip(), source="text", evidence=evidence, evidence_in="raw_text"
                )
    return None


_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|[AP]M)(?:\s+[A-Z]{2,5})?"
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\.?,?"
# A line that is only a publication date: "Posted: Nov 19, 2026", "Sat 21 Nov 2026",
# "November 20, 2026 4:12 PM GMT", "Updated 3:05 p.m. EST, Thu November 19, 2026", "Published 20 November 2026".
_PUBLICATION_LINE = re.compile(
    rf"(?P<label>(?:(?:first|last)\s+)?(?:published|posted|updated|date|dated)\b[:\s]*(?:on\s+)?)?"
    rf"(?:{_CLOCK},?\s+)?(?:{_WEEKDAY}\s+)?"
    rf"(?P<date>(?P<month>{_MONTH_NAME})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)"
    rf"|(?P<df_day>\d{{1,2}})\s+(?P<df_month>{_MONTH_NAME}),?\s+(?P<df_year>(?:19|20)\d\d))"
    rf"(?:,?\s+(?:at\s+)?{_CLOCK})?\.?(?P<rest>\s*[|·•/–—-]\s*.*)?",
    re.IGNORECASE,
)
_PROSE_LINE = re.compile(r"(?:\S+\s+){11,}\S*[.!?\"”’]\s*$")


def _publication_line(raw_text: str) -> tuple[date, int, int, int, int] | None:
    """(date, line start, line end, date start, date end) in the raw text for a date line at the top."""
    found: list[tuple[bool, date, int, int, int, int]] = []
    offset = 0
    for number, line in enumerate(raw_text[:1500].split("\n")):
        start = offset + len(line) - len(line.lstrip())
        offset += len(line) + 1
        stripped = line.strip()
        if number > 15 or _PROSE_LINE.match(stripped):
            break
        match = _PUBLICATION_LINE.fullmatch(stripped)
        if match is None:
            continue
        month_name = (match["month"] or match["df_month"]).rstrip(".").lower()
        month = _MONTH_NUMBERS.get(month_name[:4] if month_name.startswith("sept") else month_name[:3])
        try:
            value = date(
                int(match["year"] or match["df_year"]), month or 0, int(match["day"] or match["df_day"])
            )
        except ValueError:
            continue
        updated = bool(match["label"]) and "updated" in match["label"].lower()
        found.append(
            (
                updated,
                value,
                start,
                start + len(stripped),
                start + match.start("date"),
                start + match.end("date"),
            )
        )
    if not found:
        return None
    _, value, line_start, line_end, date_start, date_end = min(found, key=lambda item: item[0])
    return value, line_start, line_end, date_start, date_end


def _published(doc: RawDocument, cleaned: CleanedText) -> Provenanced[date] | None:
    if doc.metadata.published:
        return Provenanced[date](value=doc.metadata.published, source="metadata")
    line = _publication_line(doc.raw_text) if not cleaned.header_date else None
    if line is not None:
        value, line_start, line_end, date_start, date_end = line
        line_text = doc.raw_text[line_start:line_end]
        in_text = cleaned.text.find(line_text) if "\n" not in line_text else -1
        if 0 <= in_text < 1500:
            start = in_text + date_start - line_start
            end = start + date_end - date_start
            return Provenanced[date](
                value=value,
                source="text",
                evidence=Evidence(start=start, end=end, text=cleaned.text[start:end]),
            )
        return Provenanced[date](
            value=value,
            source="text",
            evidence=Evidence(start=date_start, end=date_end, text=doc.raw_text[date_start:date_end]),
            evidence_in="raw_text",
        )
    if cleaned.header_date:
        stated = cleaned.header_date.isoformat()
        offset = doc.raw_text.find(stated)
        evidence = Evidence(start=offset, end=offset + len(stated), text=stated) if offset >= 0 else None
        return Provenanced[date](
            value=cleaned.header_date, source="text", evidence=evidence, evidence_in="raw_text"
        )
    stated_dateline = dateline(cleaned.text)
    if stated_dateline is not None:
        published, evidence = stated_dateline
        return Provenanced[date](value=published, source="text", evidence=evidence)
    for removed in cleaned.removed:
        removed_dateline = dateline(removed.text)
        if removed_dateline is not None:
            published, span = removed_dateline
            raw_evidence = _raw_evidence(doc.raw_text, removed.text, span.start, span.end)
            return Provenanced[date](
                value=published, source="text", evidence=raw_evidence, evidence_in="raw_text"
            )
    # A press release's date line ("FOR IMMEDIATE RELEASE" / "November 18, 2026") in the header.
    for removed in cleaned.removed:
        if removed.start > 400:
            break
        date_line = _DATE_LINE.fullmatch(removed.text.strip())
        line_date = _date_of(date_line)
        if line_date is not None:
            raw_evidence = _raw_evidence(doc.raw_text, removed.text.strip())
            return Provenanced[date](
                value=line_date, source="text", evidence=raw_evidence, evidence_in="raw_text"
            )
    first_line = re.match(r"[^\n]{0,60}", cleaned.text)
    if first_line is not None:
        first_date = _date_of(_DATE_LINE.fullmatch(first_line.group().strip()))
        if first_date is not None:
            start = cleaned.text.index(first_line.group().strip())
            span = Evidence(
                start=start, end=start + len(first_line.group().strip()), text=first_line.group().strip()
            )
            return Provenanced[date](value=first_date, source="text", evidence=span)
    return None


_DATE_LINE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
)
_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}


def _date_of(match: re.Match[str] | None) -> date | None:
    if match is None:
        return None
    month = _MONTH_NUMBERS.get(match["month"].lower())
    if month is None:
        return None
    try:
        return date(int(match["year"]), month, int(match["day"]))
    except ValueError:
        return None


def _add_self_stated_titles(
    people: list[Person], text: str, quotes_found: list[tuple[int, str, str | None]]
) -> None:
    """`"As the sheriff of X, I …," Y said`: the quote states the speaker's own title."""
    by_id = {person.entity_id: person for person in people}
    for quote_start, quote_text, speaker_id in quotes_found:
        person = by_id.get(speaker_id or "")
        title = titles_stated_in_quote(quote_text, quote_start, text)
        if person is None or title is None:
            continue
        person.titles.append(title)
        if title_is_office(title.text, title.organization):
            person.kind = "official"
        person.organization = person.organization or title.organization


def _roles(people: list[Person]) -> dict[str, Speaker]:
    """Title word -> the one person holding it, for references like "the sheriff said"."""
    holders: dict[str, list[Person]] = {}
    for person in people:
        words = {title.text.lower().rstrip(".").split()[-1] for title in person.titles if title.text.split()}
        for word in words:
            holders.setdefault(word, []).append(person)
    return {
        word: Speaker(people_with[0].name, people_with[0].entity_id, mention.start, mention.end)
        for word, people_with in holders.items()
        if len(people_with) == 1
        and (mention := people_with[0].mentions[0] if people_with[0].mentions else None)
    }


def _without_byline_authors(people: list[Person], bylines: list[Byline]) -> list[Person]:
    """A byline's author wrote the story; they belong in `authors`, not among the people it names."""
    spans = [(b.author.start, b.author.end) for b in bylines if not b.in_raw_text]
    if not spans:
        return people
    return [
        person
        for person in people
        if not person.mentions
        or not all(any(s <= m.start and m.end <= e for s, e in spans) for m in person.mentions)
    ]


def extract_document(doc: RawDocument) -> DocumentRecord:
    """Clean one raw document and extract everything the record holds."""
    cleaned = clean_text(doc.raw_text)
    text = cleaned.text
    metadata = doc.metadata
    sentences = Sentences.of(text)
    dates = find_dates(text)
    people = find_people(text, headline=cleaned.headline, sentences=sentences)
    organizations = find_organizations(text)
    places = find_places(
        text, exclude=[(mention.start, mention.end) for org in organizations for mention in org.mentions]
    )
    speakers = [
        Speaker(person.name, person.entity_id, mention.start, mention.end)
        for person in people
        for mention in person.mentions
    ] + [
        Speaker(org.name, org.entity_id, mention.start, mention.end, is_person=False)
        for org in organizations
        for mention in org.mentions
    ]
    quotes = find_quotes(text, speakers=speakers, roles=_roles(people), sentences=sentences)
    _add_self_stated_titles(
        people,
        text,
        [(quote.start, quote.text, quote.speaker.entity_id if quote.speaker else None) for quote in quotes],
    )
    statistics = find_statistics(
        text,
        sentences=sentences,
        dates=dates,
        actors=[Actor(s.name, s.entity_id, s.start, s.end) for s in speakers],
        places=[(mention.text, mention.start, mention.end) for place in places for mention in place.mentions],
        speakers=[(quote.start, quote.end, quote.speaker) for quote in quotes],
    )
    publisher, citations, bylines = find_outlets(text, doc.raw_text, cleaned.removed)
    if metadata.outlet:
        outlet: Provenanced[str] | None = Provenanced[str](value=metadata.outlet, source="metadata")
    elif publisher is not None:
        outlet = Provenanced[str](
            value=publisher.name,
            source="text",
            evidence=publisher.evidence,
            evidence_in="raw_text" if publisher.in_raw_text else "text",
        )
    else:
        outlet = None
    if metadata.authors:
        authors = [Provenanced[str](value=author, source="metadata") for author in metadata.authors]
    else:
        authors = [
            Provenanced[str](
                value=byline.author.text,
                source="text",
                evidence=byline.author,
                evidence_in="raw_text" if byline.in_raw_text else "text",
            )
            for byline in bylines
        ]
    people = _without_byline_authors(people, bylines)
    published = _published(doc, cleaned)
    if published is not None and published.evidence is not None and published.evidence_in == "text":
        # The date line sets `published`; it is not also a date the article mentions.
        line_start = text.rfind("\n", 0, published.evidence.start) + 1
        line_end = text.find("\n", published.evidence.end)
        line_end = len(text) if line_end < 0 else line_end
        if _PUBLICATION_LINE.fullmatch(text[line_start:line_end]):
            dates = [m for m in dates if not (line_start <= m.start and m.end <= line_end)]
    return DocumentRecord(
        id=doc.id,
        title=_title(doc, cleaned),
        published=published,
        outlet=outlet,
        url=metadata.url,
        authors=authors,
        outlets_cited=citations,
        text=text,
        raw_text=doc.raw_text,
        people=people,
        organizations=organizations,
        places=places,
        quotes=quotes,
        statistics=statistics,
        dates_mentioned=dates,
        extractor_version=EXTRACTOR_VERSION,
        content_hash=doc.content_hash,
    )
