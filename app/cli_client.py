"""Command line for people: `archive search`, `doc`, `entity`, `stats` and `openapi`, through `ArchiveClient`.

Each command talks to a running server (`--url`, `ARCHIVE_URL`; `--api-key`, `ARCHIVE_API_KEY`) or, with
`--index DIR`, to the app in-process over the same client, so there is one code path. Output is rich tables
with the matches highlighted from the snippets' offsets, or the API's own JSON with `--json`.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table
from rich.text import Text

from app.client import ApiError, ArchiveClient, ArchiveError, RetryPolicy, SearchFilters, TransportError
from app.models import StatisticKind
from app.schemas import SearchHit, SortOrder

__all__ = ["commands", "open_client", "openapi_document"]

DEFAULT_URL = "http://127.0.0.1:8000"
MATCH_STYLE = "bold black on yellow"
# A person at a terminal would rather hear at once that no server is running than wait out the backoff.
CLI_RETRY = RetryPolicy(attempts=2, backoff=0.25)

commands = typer.Typer(add_completion=False)


def stdout_console() -> Console:
    """Made per command, so `NO_COLOR`/`FORCE_COLOR` and the terminal width are read when it runs."""
    return Console(highlight=False)


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


UrlOption = Annotated[
    str, typer.Option("--url", envvar="ARCHIVE_URL", help="The API's base URL.", show_default=True)
]
ApiKeyOption = Annotated[
    str | None, typer.Option("--api-key", envvar="ARCHIVE_API_KEY", help="API key, sent as a Bearer token.")
]
LocalIndexOption = Annotated[
    Path | None,
    typer.Option("--index", help="Read this index directory in-process instead of calling a server."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the API's JSON instead of tables.")]
PageOption = Annotated[int, typer.Option(min=1, help="1-based page number.")]
PerPageOption = Annotated[int, typer.Option(min=1, help="Results per page.")]


@contextmanager
def open_client(*, url: str, api_key: str | None, index_dir: Path | None) -> Iterator[ArchiveClient]:
    """A client for the server at `url`, or for the app itself over `index_dir` (no server needed)."""
    if index_dir is None:
        with ArchiveClient(url, api_key=api_key, retry=CLI_RETRY) as client:
            yield client
        return
    # Imported only here: talking to a server must not load FastAPI or Whoosh.
    with warnings.catch_warnings():
        # Starlette nudges TestClient users towards httpx2; this project uses httpx on purpose.
        warnings.simplefilter("ignore", DeprecationWarning)
        from fastapi.testclient import TestClient

    from app.config import Settings
    from app.main import create_app

    settings = Settings(index_dir=index_dir, access_log=False, metrics_enabled=False, _env_file=None)
    with TestClient(create_app(settings)) as http:
        yield ArchiveClient(http_client=http, api_key=api_key)


@contextmanager
def reporting_errors() -> Iterator[None]:
    """Turn the client's exceptions into one readable line on stderr and exit status 1."""
    err = stderr_console()
    try:
        yield
    except TransportError as error:
        err.print(f"[red]error:[/] could not reach the server: {error}")
        err.print("Start one with `archive serve`, or pass --url or --index.")
        raise typer.Exit(1) from error
    except ApiError as error:
        err.print(f"[red]error:[/] {error.status} {error.problem.title}: {error.problem.detail}")
        raise typer.Exit(1) from error
    except ArchiveError as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(1) from error


def print_json(model: BaseModel) -> None:
    sys.stdout.write(model.model_dump_json(indent=2) + "\n")


def shown(value: object) -> str:
    """A cell: empty for missing values, ISO for dates."""
    if value is None:
        return ""
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def highlighted_snippets(hit: SearchHit) -> Iterator[Text]:
    """Each snippet's text with its matches styled, placed by the offsets the API returned."""
    for snippet in hit.snippets:
        passage = Text(" ".join(snippet.text.split("\n")))
        for match in snippet.matches:
            start, end = match.start - snippet.start, match.end - snippet.start
            if 0 <= start < end <= len(snippet.text):
                passage.stylize(MATCH_STYLE, start, end)
        yield Text("  … ") + passage + Text(" …")


@commands.command()
def search(
    q: Annotated[str, typer.Argument(help='Query: words, "phrases", AND/OR/NOT, title:term.')] = "",
    outlet: Annotated[
        list[str] | None, typer.Option(help="Only this publisher; repeat for any of several.")
    ] = None,
    published_from: Annotated[
        datetime | None, typer.Option("--from", formats=["%Y-%m-%d"], help="Published on or after.")
    ] = None,
    published_to: Annotated[
        datetime | None, typer.Option("--to", formats=["%Y-%m-%d"], help="Published on or before.")
    ] = None,
    entity: Annotated[
        list[str] | None,
        typer.Option(help="Only documents mentioning this entity; repeat for any of several."),
    ] = None,
    official: Annotated[
        list[str] | None, typer.Option(help="Only documents naming this official; repeat for any of several.")
    ] = None,
    place: Annotated[
        list[str] | None,
        typer.Option(help="Only documents mentioning this place; repeat for any of several."),
    ] = None,
    has_statistics: Annotated[
        bool | None, typer.Option("--has-statistics/--no-statistics", help="Citing figures, or none.")
    ] = None,
    facets: Annotated[
        str | None, typer.Option(help="Comma-separated: outlet, year, official, person, place, organization.")
    ] = None,
    sort: Annotated[SortOrder, typer.Option(help="relevance, published or -published.")] = "relevance",
    typo_tolerance: Annotated[
        bool, typer.Option("--typo-tolerance", help="Also match words 1 edit away (5+ letters), 2 (9+).")
    ] = False,
    page: PageOption = 1,
    per_page: PerPageOption = 10,
    url: UrlOption = DEFAULT_URL,
    api_key: ApiKeyOption = None,
    index_dir: LocalIndexOption = None,
    as_json: JsonOption = False,
) -> None:
    """Search the archive: hits with highlighted passages, and facet counts."""
    out = stdout_console()
    filters: SearchFilters = {}
    if outlet:
        filters["outlet"] = outlet
    if published_from is not None:
        filters["published_from"] = published_from.date()
    if published_to is not None:
        filters["published_to"] = published_to.date()
    if entity:
        filters["entity"] = entity
    if official:
        filters["official"] = official
    if place:
        filters["place"] = place
    if has_statistics is not None:
        filters["has_statistics"] = has_statistics
    with reporting_errors(), open_client(url=url, api_key=api_key, index_dir=index_dir) as client:
        results = client.search(
            q,
            sort=sort,
            page=page,
            per_page=per_page,
            facets=facets,
            typo_tolerance=typo_tolerance or None,
            **filters,
        )
    if as_json:
        print_json(results)
        return
    first = (results.page - 1) * results.per_page + 1
    out.print(
        f"[bold]{results.total}[/] documents match [bold]{q or '(everything)'}[/]"
        + (f", showing {first}–{first + len(results.items) - 1}" if results.items else "")
    )
    if results.did_you_mean:
        out.print(f"Did you mean [bold]{results.did_you_mean}[/]?")
    for number, hit in enumerate(results.items, start=first):
        out.print()
        out.print(
            f"[bold]{number}. {hit.title or '(untitled)'}[/]  "
            f"[dim]{hit.id} · {shown(hit.outlet) or 'unknown outlet'} · {shown(hit.published) or 'undated'}[/]"
        )
        for passage in highlighted_snippets(hit):
            out.print(passage)
    for name, facet in results.facets.items():
        table = Table(title=f"facet: {name}", title_justify="left")
        table.add_column(name)
        table.add_column("documents", justify="right")
        for value in facet.buckets:
            table.add_row(value.label, str(value.count))
        table.add_row(Text("(none)", style="dim"), str(facet.missing))
        out.print()
        out.print(table)


@commands.command()
def doc(
    document_id: Annotated[str, typer.Argument(help="The document id.")],
    text: Annotated[bool, typer.Option("--text", help="Also print the cleaned text.")] = False,
    url: UrlOption = DEFAULT_URL,
    api_key: ApiKeyOption = None,
    index_dir: LocalIndexOption = None,
    as_json: JsonOption = False,
) -> None:
    """One document: metadata, officials and their titles, figures and quotes."""
    out = stdout_console()
    with reporting_errors(), open_client(url=url, api_key=api_key, index_dir=index_dir) as client:
        record = client.document(document_id)
    if as_json:
        print_json(record)
        return
    out.print(f"[bold]{record.title.value if record.title else '(untitled)'}[/]  [dim]{record.id}[/]")
    authors = ", ".join(author.value for author in record.authors)
    for label, value in [
        ("outlet", record.outlet.value if record.outlet else None),
        ("published", record.published.value if record.published else None),
        ("authors", authors or None),
        ("url", record.url),
    ]:
        if value is not None:
            out.print(f"{label}: {shown(value)}")
    people = Table(title="People", title_justify="left")
    for column in ("name", "kind", "titles as stated", "organization"):
        people.add_column(column)
    for person in record.people:
        titles = "; ".join(dict.fromkeys(title.text for title in person.titles))
        people.add_row(person.name, person.kind, titles, shown(person.organization))
    figures = Table(title="Statistics", title_justify="left")
    for column in ("figure", "counts", "attributed to", "place"):
        figures.add_column(column)
    for statistic in record.statistics:
        who = statistic.attributed_to.name if statistic.attributed_to else None
        figures.add_row(statistic.text, shown(statistic.counts), shown(who), shown(statistic.place))
    quotes = Table(title="Quotes", title_justify="left")
    quotes.add_column("speaker")
    quotes.add_column("quote")
    for quote in record.quotes:
        quotes.add_row(shown(quote.speaker.name if quote.speaker else None), f"“{quote.text}”")
    for table in (people, figures, quotes):
        if table.row_count:
            out.print()
            out.print(table)
    if text:
        out.print()
        out.print(record.text)


@commands.command()
def entity(
    entity_id: Annotated[str, typer.Argument(help="The entity id, e.g. thomas-homan.")],
    url: UrlOption = DEFAULT_URL,
    api_key: ApiKeyOption = None,
    index_dir: LocalIndexOption = None,
    as_json: JsonOption = False,
) -> None:
    """One official, person, organization or place: roles as stated, quotes and related entities."""
    out = stdout_console()
    with reporting_errors(), open_client(url=url, api_key=api_key, index_dir=index_dir) as client:
        detail = client.entity(entity_id)
    if as_json:
        print_json(detail)
        return
    out.print(f"[bold]{detail.name}[/]  [dim]{detail.entity_id} · {detail.kind}[/]")
    out.print(f"{detail.documents} documents, {detail.mentions} mentions")
    for label, values in (
        ("also written", detail.aliases),
        ("organizations", detail.organizations),
        ("places", detail.places),
    ):
        if values:
            out.print(f"{label}: {', '.join(values)}")
    roles = Table(title="Roles as stated", title_justify="left")
    for column in ("published", "title", "organization", "document"):
        roles.add_column(column)
    for role in detail.roles:
        roles.add_row(shown(role.published), role.title, shown(role.organization), role.document_id)
    quotes = Table(title="Quotes", title_justify="left")
    quotes.add_column("document")
    quotes.add_column("quote")
    for quote in detail.quotes:
        quotes.add_row(quote.document_id, f"“{quote.text}”")
    related = Table(title="Mentioned with", title_justify="left")
    for column in ("entity", "kind", "documents"):
        related.add_column(column)
    for other in detail.related:
        related.add_row(f"{other.name} [dim]({other.entity_id})[/]", other.kind, str(other.documents))
    for table in (roles, quotes, related):
        if table.row_count:
            out.print()
            out.print(table)


@commands.command()
def stats(
    q: Annotated[str | None, typer.Argument(help="Words of what is counted or of the sentence.")] = None,
    kind: Annotated[StatisticKind | None, typer.Option(help="count, percent, money, …")] = None,
    minimum: Annotated[float | None, typer.Option("--min", help="Smallest value.")] = None,
    maximum: Annotated[float | None, typer.Option("--max", help="Largest value.")] = None,
    entity_id: Annotated[
        str | None, typer.Option("--entity", help="Attributed to this entity (id, alias or name).")
    ] = None,
    place: Annotated[str | None, typer.Option(help="Place the sentence gives (id, alias or name).")] = None,
    document: Annotated[str | None, typer.Option(help="Only this document's figures.")] = None,
    groups: Annotated[
        bool, typer.Option("--groups", help="The same figure stated more than once, side by side, instead.")
    ] = False,
    page: PageOption = 1,
    per_page: PerPageOption = 20,
    url: UrlOption = DEFAULT_URL,
    api_key: ApiKeyOption = None,
    index_dir: LocalIndexOption = None,
    as_json: JsonOption = False,
) -> None:
    """Figures the archive cites: what they count, who said so, and where."""
    out = stdout_console()
    with reporting_errors(), open_client(url=url, api_key=api_key, index_dir=index_dir) as client:
        if groups:
            grouped = client.statistic_groups(q, page=page, per_page=per_page)
            if as_json:
                print_json(grouped)
                return
            out.print(f"[bold]{grouped.total}[/] groups")
            for group in grouped.items:
                verdict = "[red]disagree[/]" if group.disagree else "agree"
                out.print()
                out.print(f"[bold]{group.label}[/] — {group.documents} documents, {verdict}")
                for member in group.members:
                    who = f" ({member.attributed_to.name})" if member.attributed_to else ""
                    out.print(f"  {member.text}{who}  [dim]{member.document_id} {shown(member.published)}[/]")
            return
        listing = client.statistics(
            q,
            kind=kind,
            minimum=minimum,
            maximum=maximum,
            attributed_to=entity_id,
            place=place,
            document=document,
            page=page,
            per_page=per_page,
        )
    if as_json:
        print_json(listing)
        return
    table = Table(title=f"{listing.total} figures", title_justify="left")
    for column in ("figure", "counts", "attributed to", "place", "document", "published"):
        table.add_column(column)
    for row in listing.items:
        table.add_row(
            Text(row.text, style="bold"),
            shown(row.counts),
            shown(row.attributed_to.name if row.attributed_to else None),
            shown(row.place),
            row.document_id,
            shown(row.published),
        )
    out.print(table)


def openapi_document() -> str:
    """The OpenAPI document as checked in at openapi.json: the app's key order, two-space indent."""
    import json

    from app.config import Settings
    from app.main import create_app

    spec = create_app(Settings(_env_file=None)).openapi()
    return json.dumps(spec, indent=2, ensure_ascii=False) + "\n"


@commands.command()
def openapi(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here, not to stdout.")] = None,
) -> None:
    """Print the API's OpenAPI document (`make openapi` writes it to openapi.json)."""
    document = openapi_document()
    if output is None:
        sys.stdout.write(document)
    else:
        output.write_text(document, encoding="utf-8")
