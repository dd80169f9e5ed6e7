"""Command line: `archive index`, `archive serve`, `archive extract`, and the reading commands of app.cli_client
(`search`, `doc`, `entity`, `stats`, `openapi`); also `python -m app ...`."""

from __future__ import annotations

import os
import sys
import time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from app.cli_client import commands as client_commands
from app.config import Settings
from app.index.build import BuildReport, IngestedPolicy
from app.index.engine import EngineName

if TYPE_CHECKING:
    from app.index.cluster_extraction import DaskExtraction

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
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Extract on a Dask cluster: tcp://HOST:PORT, or local:N for N worker processes here "
            "(default: ARCHIVE_DASK_SCHEDULER; unset = --workers, without Dask). Needs the `cluster` extra.",
        ),
    ] = None,
    shared_corpus: Annotated[
        bool,
        typer.Option(
            help="With --scheduler: the workers read CORPUS_DIR at the same path, instead of receiving the text."
        ),
    ] = False,
) -> None:
    """Read, clean, extract and index every document; swap the new index in when complete."""
    from app.index import BuildInProgress

    if not corpus_dir.is_dir():
        err.print(f"[red]error:[/] {corpus_dir} is not a directory")
        raise typer.Exit(2)
    settings = Settings()
    scheduler = scheduler or settings.dask_scheduler or None
    if shared_corpus and not scheduler:
        err.print("[red]error:[/] --shared-corpus needs --scheduler (or ARCHIVE_DASK_SCHEDULER)")
        raise typer.Exit(2)
    build = partial(
        _build,
        corpus_dir,
        index_dir or settings.index_dir,
        workers=workers,
        ingested=ingested,
        engine=engine or settings.engine,
        cluster_threshold=settings.cluster_threshold,
    )
    try:
        if scheduler is None:
            report = build(None)
        else:
            # Imported only here: a build without --scheduler never loads Dask.
            from app.index.cluster_extraction import ClusterMismatch, ClusterUnavailable, DaskExtraction

            try:
                # Connected before the build takes its lock: an unreachable scheduler writes nothing.
                with DaskExtraction(
                    scheduler, shared_corpus=shared_corpus, connect_timeout=settings.dask_connect_timeout
                ) as dask:
                    report = build(dask)
            except (ClusterUnavailable, ClusterMismatch) as error:
                err.print(f"[red]error:[/] {error}")
                raise typer.Exit(1) from error
    except BuildInProgress as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(1) from error
    print(f"indexed {report.documents} documents into {report.build_dir} in {report.seconds:.2f} s")
    if scheduler is not None:
        stats = dask.progress
        print(
            f"on the Dask cluster {scheduler}: {stats.tasks} tasks of up to {stats.documents_per_task} "
            f"documents on {stats.workers} workers ({stats.split} split after failing), "
            f"{report.documents / max(report.seconds, 1e-9):.1f} docs/s"
        )
    if report.skipped:
        print(f"skipped {len(report.skipped)} files:")
        for skipped in report.skipped:
            print(f"  {skipped.path}: {skipped.reason}")


def _build(
    corpus_dir: Path,
    index_dir: Path,
    dask: DaskExtraction | None,
    *,
    workers: int | None,
    ingested: IngestedPolicy,
    engine: EngineName,
    cluster_threshold: float,
) -> BuildReport:
    """One build with a progress bar on a terminal (with tasks, workers and docs/s on a cluster)."""
    from app.corpus import read_corpus
    from app.index import build_index
    from app.index.build import IngestedDocumentsPresent

    total = sum(1 for _ in read_corpus(corpus_dir)) if err.is_terminal else None
    progress = Progress(
        TextColumn("indexing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[cluster]}"),
        console=err,
        disable=not err.is_terminal,
    )

    def advance(_doc_id: str) -> None:
        if dask is None:
            progress.advance(task)
            return
        stats = dask.progress
        rate = progress.tasks[task].completed / max(time.perf_counter() - stats.started, 1e-9)
        cluster = f"tasks {stats.tasks_done}/{stats.tasks} · {stats.workers} workers · {rate:.0f} docs/s"
        progress.update(task, advance=1, cluster=cluster)

    try:
        with progress:
            task = progress.add_task("index", total=total, cluster="")
            return build_index(
                corpus_dir,
                index_dir,
                workers=workers,
                ingested=ingested,
                engine=engine,
                cluster_threshold=cluster_threshold,
                on_document=advance,
                dask=dask,
            )
    except IngestedDocumentsPresent as error:
        err.print(f"[red]error:[/] {error}")
        raise typer.Exit(1) from error


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
