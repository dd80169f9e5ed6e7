"""The results of a run as JSON (`latest.json`) and as Markdown tables (`latest.md`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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


def render_markdown(results: dict[str, Any]) -> str:
    meta = results["meta"]
    lines = [
        f"# Benchmark: {meta['documents']:,} generated documents",
        "",
        f"Run {meta['finished_at']} on {meta['machine']['cpus']} CPUs, Python {meta['machine']['python']}, "
        f"SQLite {meta['machine']['sqlite']}, commit `{meta['commit']}`. "
        f"Corpus: seed {meta['seed']}, {meta['words']:,} words "
        f"({meta['words'] / max(1, meta['documents']):.0f} per document). Ratios are ours ÷ peer from this run: "
        "for latency above 1× means we are slower, for throughput below 1× means we serve less.",
        "",
        "## Build",
        "",
        "| system | documents/s | seconds | size on disk |",
        "|---|---:|---:|---:|",
    ]
    labels = {
        "ours": "ours (build_index, extraction included)",
        "fts5": "SQLite FTS5",
        "naive_whoosh": "naive Whoosh",
    }
    for name, label in labels.items():
        build = results["build"].get(name)
        if build:
            if build.get("label"):
                label += f", {build['label']}"
            lines.append(
                f"| {label} | {build['documents_per_second']:,.1f} | {build['seconds']:,.1f} | "
                f"{build['size_bytes'] / 2**20:,.1f} MiB |"
            )
    extraction = results.get("extraction")
    if extraction:
        lines += [
            "",
            f"Extraction alone (`extract_document`, one process, {extraction['documents']:,} documents): "
            f"**{extraction['words_per_second']:,.0f} words/s**, median {extraction['median_document_ms']:.1f} ms "
            "per document.",
        ]
    lines += [
        "",
        "## Query latency in process (median ms over repeated runs, warm)",
        "",
        "| class | ours p50 | ours p99 | FTS5 p50 | naive Whoosh p50 | ours ÷ FTS5 | ours ÷ naive Whoosh | runs |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in results["in_process"]["classes"]:
        measured = row["results"]
        lines.append(
            f"| {row['name']} | {_ms(_get(measured, 'ours', 'p50_ms'))} | {_ms(_get(measured, 'ours', 'p99_ms'))} | "
            f"{_ms(_get(measured, 'fts5', 'p50_ms'))} | {_ms(_get(measured, 'naive_whoosh', 'p50_ms'))} | "
            f"{_times(row['ratios'].get('ours_vs_fts5'))} | {_times(row['ratios'].get('ours_vs_naive_whoosh'))} | "
            f"{_get(measured, 'ours', 'runs') or 'n/a'} |"
        )
    http = results["http"]
    lines += ["", "## Over HTTP (wrk on 127.0.0.1)", ""]
    if http.get("skipped"):
        lines.append(f"Not measured: {http['skipped']}.")
    else:
        settings = http["settings"]
        lines += [
            f"{settings['connections']} connections, {settings['seconds']:.0f} s per class, "
            f"{settings['workers']} server worker(s); ours = `python -m app serve`, peer = Datasette "
            f"{meta['machine'].get('datasette') or ''} on the FTS5 database.",
            "",
            "| class | ours req/s | ours p50 | ours p99 | Datasette req/s | Datasette p50 | Datasette p99 | "
            "p50 ours ÷ Datasette | req/s ours ÷ Datasette |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for row in http["classes"]:
            measured = row["results"]
            lines.append(
                f"| {row['name']} | {_number(_get(measured, 'ours', 'requests_per_second'))} | "
                f"{_ms(_get(measured, 'ours', 'p50_ms'))} | {_ms(_get(measured, 'ours', 'p99_ms'))} | "
                f"{_number(_get(measured, 'datasette', 'requests_per_second'))} | "
                f"{_ms(_get(measured, 'datasette', 'p50_ms'))} | {_ms(_get(measured, 'datasette', 'p99_ms'))} | "
                f"{_times(row['ratios'].get('p50_ours_vs_datasette'))} | "
                f"{_times(row['ratios'].get('rps_ours_vs_datasette'))} |"
            )
        lines += ["", "| server | peak RSS per process (VmHWM) |", "|---|---:|"]
        for name, server in http["servers"].items():
            peaks = ", ".join(f"{kib / 1024:,.0f} MiB" for kib in server["peak_rss_kib"].values())
            lines.append(f"| {name} | {peaks or 'n/a'} |")
        failures = [
            f"{row['name']} ({system}): {data['non_2xx_or_3xx']} bad statuses, {data['errors']} errors"
            for row in http["classes"]
            for system, data in row["results"].items()
            if data and (data["non_2xx_or_3xx"] or data["errors"])
        ]
        if failures:
            lines += ["", "Errors under load: " + "; ".join(failures) + "."]
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


def write_results(results: dict[str, Any], results_dir: Path) -> tuple[Path, Path]:
    """Write latest.json and latest.md; returns their paths."""
    results_dir.mkdir(parents=True, exist_ok=True)
    json_path = results_dir / "latest.json"
    markdown_path = results_dir / "latest.md"
    json_path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    markdown_path.write_text(render_markdown(results))
    return json_path, markdown_path
