"""Command line: `archive index`, `archive serve`, `archive extract`, and the reading commands of app.cli_client
(`search`, `doc`, `entity`, `stats`, `openapi`); also `python -m app ...`."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from app.cli_client import commands as client_commands
from app.config import Settings
from app.index.build import IngestedPolicy
from app.index.engine import EngineName

__all__ = ["main"]

cli = typer.Typer(add_completion=False, no_args_is_help=True, help="A searchable news archive.")
err = Console(stderr=True)

IndexOption = Annotated[
    Path | None, typer.Option("--index", help="Index directory (default: ARCHIVE_INDEX_DIR or var/index).")
]


@cli.command()
def index(
    corpus_dir: Annotated[
        Path, typer.Argument(help="Directory of article files (.txt, sidecar .json, .jsonl).")
    ],
    index_dir: IndexOption = None,
    workers: Annotated[
        int | None, typer.Option(help="Extraction processes (default: CPU count, max 4).")
    ] = None,
    ingested: Annotated[
        IngestedPolicy,
        typer.Option(
            help="Documents added through the ingest API: refuse to rebuild (default), carry them into the "
            "new build (they win over corpus files with the same id), or discard them.",
        ),
    ] = "refuse",
    engine: Annotated[
        EngineName | None,
        typer.Option(help="Search engine to write the index with (default: ARCHIVE_ENGINE or whoosh)."),
    ] = None,
) -> None:
    """Read, clean, extract and index every document; swap the new index in when complete."""
    from app.corpus import read_corpus
    from app.index import BuildInProgress, build_index
    from app.index.build import IngestedDocumentsPresent

    if not corpus_dir.is_dir():
        err.print(f"[red]error:[/] {corpus_dir} is not a directory")
        raise typer.Exit(2)
    target = index_dir or Settings().index_dir
    total = sum(1 for _ in read_corpus(corpus_dir)) if err.is_terminal else None
    progress = Progress(
        TextColumn("indexing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=not err.is_terminal,
    )
    try:
        with progress:
            task = progress.add_task("index", total=total)
            report = build_index(
                corpus_dir,
                target,
                workers=workers,
                ingested=ingested,
                engine=engine or Settings().engine,
                cluster_threshold=Settings().cluster_threshold,
                on_document=lambda _doc_id: progress.advance(task),
            )
    except (BuildInProgress, IngestedDocumentsPresent) as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(1) from error
    print(f"indexed {report.documents} documents into {report.build_dir} in {report.seconds:.2f} s")
    if report.skipped:
        print(f"skipped {len(report.skipped)} files:")
        for skipped in report.skipped:
            print(f"  {skipped.path}: {skipped.reason}")


@cli.command()
def serve(
    index_dir: IndexOption = None,
    host: Annotated[
        str | None, typer.Option(help="Bind address (default: ARCHIVE_HOST or 127.0.0.1).")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port (default: ARCHIVE_PORT or 8000).")] = None,
    workers: Annotated[
        int | None, typer.Option(help="uvicorn worker processes (default: ARCHIVE_WORKERS or 1).")
    ] = None,
) -> None:
    """Serve the API with uvicorn on an index directory."""
    import uvicorn

    if index_dir is not None:
        os.environ["ARCHIVE_INDEX_DIR"] = str(index_dir)
    settings = Settings()
    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        workers=workers or settings.workers,
        # The app writes its own JSON access log (ARCHIVE_ACCESS_LOG); uvicorn's would repeat each
        # request in plain text, query string included.
        access_log=not settings.access_log,
    )


@cli.command()
def extract(files: Annotated[list[Path], typer.Argument(help="Article files to extract.")]) -> None:
    """Print each file's full document record as one JSON line."""
    from app.corpus import UnreadableDocument, read_document_file
    from app.extract import extract_document

    failed = False
    for path in files:
        try:
            record = extract_document(read_document_file(path))
        except (OSError, UnreadableDocument) as error:
            err.print(f"[red]error:[/] {path}: {error}")
            failed = True
            continue
        sys.stdout.write(record.model_dump_json() + "\n")
    if failed:
        raise typer.Exit(1)


# search, doc, entity, stats and openapi: the commands that read the archive through the client.
cli.add_typer(client_commands)


def main() -> None:
    cli()
