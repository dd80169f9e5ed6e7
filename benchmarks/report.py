"""The results of a run as JSON (`latest.json`) and as Markdown tables (`latest.md`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from benchmarks.selection import FTS5, SYSTEM_LABELS, SYSTEM_NAMES

__all__ = ["ratio", "render_markdown", "write_results"]


def ratio(ours: float | None, peer: float | None) -> float | None:
    """ours / peer, rounded; None when either is missing or the peer is zero."""
    if ours is None or peer is None or peer == 0:
        return None
    return round(ours / peer, 2)


def _ms(value: Any) -> str:
    if value is None:
        return "n/a"
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def _times(value: Any) -> str:
    return "n/a" if value is None else f"{value:.2f}×"


def _number(value: Any) -> str:
    return "n/a" if value is None else f"{value:,.0f}"


def _get(mapping: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(mapping, dict) or key not in mapping or mapping[key] is None:
            return None
        mapping = mapping[key]
    return mapping


OURS = (("ours_whoosh", "ours (whoosh)"), ("ours_tantivy", "ours (tantivy)"))
NOT_RUN = "not run"


def _ran(results: dict[str, Any]) -> set[str]:
    """The systems this run measured; results written before `--systems` existed measured all."""
    return set(results["meta"].get("systems", SYSTEM_NAMES))


def _cells(text: str, count: int) -> str:
    return " | ".join([text] * count)


def _met(value: Any) -> str:
    return "not measured" if value is None else ("**met**" if value else "**not met**")


def _sizes(stated_at: list[int]) -> str:
    return " and ".join(f"{size // 1000:,}k" for size in stated_at) if stated_at else "any"


def _met_here(row: dict[str, Any], documents: int) -> str:
    """Met or not, with the run's size when the issue states the target at another one."""
    not_run = ", ".join(row.get("not_run", []))
    if not_run and row["met"] is None:
        return f"not measured in this run ({not_run} not run)"
    verdict = _met(row["met"]) + (f" ({not_run} not run)" if not_run else "")
    stated_at = row.get("stated_at", [])
    if row["met"] is None or not stated_at or documents in stated_at:
        return verdict
    return f"{verdict} at {documents:,} (goal at {_sizes(stated_at)})"


def _targets(results: dict[str, Any]) -> list[str]:
    targets = results.get("targets") or {}
    if not targets.get("rows"):
        return []
    documents = targets["measured_at_documents"]
    lines = [
        "",
        "## Targets",
        "",
        f"The issue's goals, each with the corpus sizes it is stated at; this run has {documents:,} "
        "documents. A goal stated at 100k and met at 10k is not yet met: at 10k the fixed per-request cost "
        "decides throughput, at 100k the cost per match, and build rates and sizes move with the corpus.",
        "",
        "| | target | stated at | measured | this run |",
        "|---|---|---|---|---|",
    ]
    for row in targets["rows"]:
        lines.append(
            f"| {row['id']} | {row['target']} | {_sizes(row.get('stated_at', []))} | {row['measured']} "
            f"| {_met_here(row, documents)} |"
        )
    return lines


def render_markdown(results: dict[str, Any]) -> str:
    meta = results["meta"]
    ran = _ran(results)
    not_run = [SYSTEM_LABELS[name] for name in SYSTEM_NAMES if name not in ran]
    lines = [
        f"# Benchmark: {meta['documents']:,} generated documents",
        "",
        f"Run {meta['finished_at']} on {meta['machine']['cpus']} CPUs, Python {meta['machine']['python']}, "
        f"SQLite {meta['machine']['sqlite']}, tantivy {meta['machine'].get('tantivy') or 'n/a'}, "
        f"commit `{meta['commit']}`, load average {meta['load_average_at_start'][0]} at start and "
        f"{meta['load_average_at_end'][0]} at end. "
        f"Corpus: seed {meta['seed']}, {meta['words']:,} words "
        f"({meta['words'] / max(1, meta['documents']):.0f} per document). "
        + ("Ours is measured with each engine, Whoosh and tantivy. " if ran >= {n for n, _ in OURS} else "")
        + "Ratios are ours ÷ peer from this run: "
        "for latency above 1× means we are slower, for throughput below 1× means we serve less. "
        "All ours figures are uncached (result cache off) except the row labelled cached."
        + (f" Not run in this run (`--systems`): {', '.join(not_run)}." if not_run else ""),
        *_targets(results),
        *_build_section(results, ran),
        *_in_process_section(results, ran),
        *_http_section(results, ran),
    ]
    if results.get("not_measured"):
        lines += [
            "",
            "Not measured yet: "
            + "; ".join(f"{c['name']} ({c['waiting_for']})" for c in results["not_measured"])
            + ".",
        ]
    if results.get("notes"):
        lines += ["", *[f"- {note}" for note in results["notes"]]]
    return "\n".join(lines) + "\n"


def _build_section(results: dict[str, Any], ran: set[str]) -> list[str]:
    lines = [
        "",
        "## Build",
        "",
        "| system | documents/s | seconds | size on disk |",
        "|---|---:|---:|---:|",
    ]
    labels = {
        "ours_whoosh": "ours (whoosh): build_index, extraction included",
        "ours_tantivy": "ours (tantivy): build_index, extraction included",
        FTS5: "SQLite FTS5",
        "naive_whoosh": "naive Whoosh",
    }
    for name, label in labels.items():
        build = results["build"].get(name)
        if build:
            lines.append(
                f"| {label} | {build['documents_per_second']:,.1f} | {build['seconds']:,.1f} | "
                f"{build['size_bytes'] / 2**20:,.1f} MiB |"
            )
        elif name not in ran:
            lines.append(f"| {label} | {_cells(NOT_RUN, 3)} |")
    extraction = results.get("extraction")
    if extraction:
        lines += [
            "",
            f"Extraction alone (`extract_document`, one process, {extraction['documents']:,} documents): "
            f"**{extraction['words_per_second']:,.0f} words/s**, median {extraction['median_document_ms']:.1f} ms "
            "per document.",
        ]
    elif not ran & {name for name, _ in OURS}:
        lines += ["", "Extraction alone: not run (neither of ours was run)."]
    return lines


def _in_process_section(results: dict[str, Any], ran: set[str]) -> list[str]:
    lines = [
        "",
        "## Query latency in process (median ms over repeated runs, warm, uncached)",
        "",
        "| class | whoosh p50 | whoosh p99 | tantivy p50 | tantivy p99 | FTS5 p50 | naive Whoosh p50 | "
        "whoosh ÷ FTS5 | tantivy ÷ FTS5 | whoosh ÷ naive | tantivy ÷ naive | runs |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    first_ran = next(name for name in SYSTEM_NAMES if name in ran)
    for row in results["in_process"]["classes"]:
        measured, ratios = row["results"], row["ratios"]
        latencies = [
            _ms(_get(measured, name, key)) if name in ran else NOT_RUN
            for name, key in (
                *((name, key) for name, _ in OURS for key in ("p50_ms", "p99_ms")),
                (FTS5, "p50_ms"),
                ("naive_whoosh", "p50_ms"),
            )
        ]
        compared = [
            _times(ratios.get(f"{name}_vs_{peer}")) if {name, peer} <= ran else NOT_RUN
            for peer in (FTS5, "naive_whoosh")
            for name, _ in OURS
        ]
        runs = _get(measured, first_ran, "runs") or "n/a"
        lines.append(f"| {row['name']} | " + " | ".join([*latencies, *compared]) + f" | {runs} |")
    return lines


def _http_section(results: dict[str, Any], ran: set[str]) -> list[str]:
    http = results["http"]
    lines = ["", "## Over HTTP (wrk on 127.0.0.1, uncached)", ""]
    if http.get("skipped"):
        return [*lines, f"Not measured: {http['skipped']}."]
    meta = results["meta"]
    settings = http["settings"]
    datasette_skipped = http.get("datasette_skipped")
    # Datasette serves the FTS5 database: it runs when FTS5 did and was not left out.
    served = {name for name, _ in OURS if name in ran} | (set() if datasette_skipped else {"datasette"})
    lines += [
        f"{settings['connections']} connections, {settings['seconds']:.0f} s per class, "
        f"{settings['workers']} server worker(s); ours = `python -m app serve` on each engine's index "
        "with `ARCHIVE_RESULT_CACHE_SIZE=0`, peer = Datasette "
        f"{meta['machine'].get('datasette') or ''} on the FTS5 database."
        + (f" Datasette not run: {datasette_skipped}." if datasette_skipped else ""),
        "",
        "| class | whoosh req/s | whoosh p50 | whoosh p99 | tantivy req/s | tantivy p50 | tantivy p99 | "
        "Datasette req/s | Datasette p50 | Datasette p99 | req/s whoosh ÷ DS | req/s tantivy ÷ DS | "
        "p50 whoosh ÷ DS | p50 tantivy ÷ DS |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in http["classes"]:
        measured, ratios = row["results"], row["ratios"]
        cells = [
            f"{_number(_get(measured, name, 'requests_per_second'))} | {_ms(_get(measured, name, 'p50_ms'))} | "
            f"{_ms(_get(measured, name, 'p99_ms'))}"
            if name in served
            else _cells(NOT_RUN, 3)
            for name in ("ours_whoosh", "ours_tantivy", "datasette")
        ]
        compared = [
            _times(ratios.get(f"{measure}_{name}_vs_datasette")) if {name, "datasette"} <= served else NOT_RUN
            for measure in ("rps", "p50")
            for name, _ in OURS
        ]
        lines.append(f"| {row['name']} | " + " | ".join(cells + compared) + " |")
    lines += _cached_table(http, served)
    lines += [
        "",
        f"**API overhead:** {settings.get('overhead_requests', 'n/a')} sequential requests per class on one "
        "connection (no queueing; the Python client's own time included), HTTP p50 against the in-process "
        "p50 of the same engine; limit = 1.2 × in-process p50 + 1 ms.",
        "",
        "| class | whoosh in process | whoosh HTTP | whoosh limit | tantivy in process | tantivy HTTP | "
        "tantivy limit |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    local = {row["name"]: row["results"] for row in results["in_process"]["classes"]}
    for row in http["classes"]:
        cells = []
        for name, _ in OURS:
            here = _get(local, row["name"], name, "p50_ms")
            cells.append(
                f"{_ms(here)} | {_ms(_get(row, 'sequential', name, 'p50_ms'))} | "
                f"{_ms(None if here is None else 1.2 * here + 1)}"
                if name in served
                else _cells(NOT_RUN, 3)
            )
        lines.append(f"| {row['name']} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "| server | engine | start to first 200 on /readyz | peak RSS per process (VmHWM) |",
        "|---|---|---:|---:|",
    ]
    for name, server in http["servers"].items():
        peaks = ", ".join(f"{kib / 1024:,.0f} MiB" for kib in server["peak_rss_kib"].values())
        ready = server.get("ready_seconds")
        lines.append(
            f"| {name} | {server.get('engine', '')} | {'n/a' if ready is None else f'{ready:.2f} s'} | "
            f"{peaks or 'n/a'} |"
        )
    failures = [
        f"{row['name']} ({system}): {data['non_2xx_or_3xx']} bad statuses, {data['errors']} errors"
        for row in http["classes"]
        for system, data in row["results"].items()
        if data and (data["non_2xx_or_3xx"] or data["errors"])
    ]
    if failures:
        lines += ["", "Errors under load: " + "; ".join(failures) + "."]
    return lines


def _cached_table(http: dict[str, Any], served: set[str]) -> list[str]:
    cached = http.get("cached") or {}
    if not cached.get("results"):
        return []
    uncached: dict[str, Any] = next(
        (row["results"] for row in http["classes"] if row["name"] == cached["class"]), {}
    )
    lines = [
        "",
        f"**Cached, for comparison only:** the {cached['class']} class again against servers with the "
        "shipped result cache (`ARCHIVE_RESULT_CACHE_SIZE` default); every URL was fetched once before "
        "timing, so all timed requests are cache hits.",
        "",
        "| engine | cached req/s | cached p50 | cached p99 | uncached req/s | uncached p50 |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, label in OURS:
        data = cached["results"].get(name)
        if name not in served:
            lines.append(f"| {label} | {_cells(NOT_RUN, 5)} |")
            continue
        lines.append(
            f"| {label} | {_number(_get(data, 'requests_per_second'))} | {_ms(_get(data, 'p50_ms'))} | "
            f"{_ms(_get(data, 'p99_ms'))} | {_number(_get(uncached, name, 'requests_per_second'))} | "
            f"{_ms(_get(uncached, name, 'p50_ms'))} |"
        )
    return lines


def write_results(results: dict[str, Any], results_dir: Path) -> tuple[Path, Path]:
    """Write latest.json and latest.md; returns their paths."""
    results_dir.mkdir(parents=True, exist_ok=True)
    json_path = results_dir / "latest.json"
    markdown_path = results_dir / "latest.md"
    json_path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    markdown_path.write_text(render_markdown(results))
    return json_path, markdown_path
