"""`archive search|doc|entity|stats|openapi`: readable tables, highlighted matches, and `--json` for scripts."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from app.cli_client import commands, openapi_document
from app.models import DocumentRecord
from app.schemas import EntityDetail, SearchResults, StatisticGroupList, StatisticList
from tests.conftest import ROOT, LiveServer, free_port

DOCUMENT_ID = "000_e84a06c073667f2f"
# Wide enough that rich never wraps an id; colour off unless a test asks for it.
PLAIN = {"COLUMNS": "200", "NO_COLOR": "1", "ARCHIVE_URL": None, "ARCHIVE_API_KEY": None}


def run(*args: str, env: dict[str, str | None] | None = None) -> Result:
    return CliRunner().invoke(commands, list(args), env=PLAIN | (env or {}))


@pytest.fixture(scope="module")
def local(corpus_index: Path) -> list[str]:
    """The option that reads the session index in-process."""
    return ["--index", str(corpus_index)]


def test_search_prints_hits_passages_and_facets(local: list[str]) -> None:
    result = run("search", '"sanctuary city"', "--facets", "outlet", *local)
    assert result.exit_code == 0, result.output
    assert re.search(r'\d+ documents match "sanctuary city"', result.stdout)
    assert DOCUMENT_ID in result.stdout
    assert "sanctuary city laws" in result.stdout
    assert "facet: outlet" in result.stdout and "Breitbart News" in result.stdout


def test_search_highlights_the_matches_from_their_offsets(local: list[str]) -> None:
    result = run("search", "detainers", *local, env={"NO_COLOR": None, "FORCE_COLOR": "1"})
    assert result.exit_code == 0, result.output
    highlighted = re.findall(r"\x1b\[[0-9;]+m([^\x1b]+)\x1b\[0m", result.stdout)
    assert any(word.lower().startswith("detainer") for word in highlighted), highlighted


def test_search_json_is_the_api_response_with_filters_applied(local: list[str]) -> None:
    result = run(
        "search",
        "ICE",
        "--outlet",
        "Breitbart News",
        "--from",
        "2018-03-01",
        "--to",
        "2018-03-31",
        "--json",
        *local,
    )
    assert result.exit_code == 0, result.output
    results = SearchResults.model_validate_json(result.stdout)
    assert [hit.id for hit in results.items] == [DOCUMENT_ID]
    paged = SearchResults.model_validate_json(
        run("search", "ICE", "--per-page", "2", "--page", "2", "--json", *local).stdout
    )
    assert paged.page == 2 and len(paged.items) == 2
    either = SearchResults.model_validate_json(
        run("search", "--outlet", "LifeZette", "--outlet", "Breitbart News", "--json", *local).stdout
    )
    assert {hit.outlet for hit in either.items} == {"LifeZette", "Breitbart News"}


def test_doc_shows_people_figures_and_quotes(local: list[str]) -> None:
    result = run("doc", DOCUMENT_ID, *local)
    assert result.exit_code == 0, result.output
    for expected in (
        "Breitbart News",
        "2018-03-09",
        "Thomas Homan",
        "ICE Director",
        "Statistics",
        "at least 5,000",
    ):
        assert expected in result.stdout
    record = DocumentRecord.model_validate_json(run("doc", DOCUMENT_ID, "--json", *local).stdout)
    assert record.id == DOCUMENT_ID
    assert record.text[:40] in run("doc", DOCUMENT_ID, "--text", *local).stdout


def test_entity_shows_roles_as_stated(local: list[str]) -> None:
    result = run("entity", "thomas-homan", *local)
    assert result.exit_code == 0, result.output
    for expected in ("Thomas Homan", "official", "Tom Homan", "Roles as stated", "ICE Director", "Quotes"):
        assert expected in result.stdout
    detail = EntityDetail.model_validate_json(run("entity", "thomas-homan", "--json", *local).stdout)
    assert detail.roles


def test_stats_rows_filters_and_groups(local: list[str]) -> None:
    result = run("stats", "homicides", *local)
    assert result.exit_code == 0, result.output
    assert "399" in result.stdout and "Department of Homeland Security" in result.stdout
    rows = StatisticList.model_validate_json(
        run("stats", "--kind", "count", "--min", "1000", "--max", "5000", "--json", *local).stdout
    )
    assert rows.items and all(1000 <= row.value <= 5000 for row in rows.items)
    groups = run("stats", "--groups", *local)
    assert groups.exit_code == 0 and "groups" in groups.stdout
    listed = StatisticGroupList.model_validate_json(run("stats", "--groups", "--json", *local).stdout)
    assert listed.total == len(listed.items)


def test_errors_are_one_line_and_exit_1(local: list[str]) -> None:
    missing = run("doc", "no-such-document", *local)
    assert missing.exit_code == 1
    assert "404 Document not found" in missing.stderr
    invalid = run("search", '"unbalanced', *local)
    assert invalid.exit_code == 1 and "Invalid query" in invalid.stderr


def test_unreachable_server_says_how_to_fix_it() -> None:
    result = run("entity", "thomas-homan", "--url", f"http://127.0.0.1:{free_port()}")
    assert result.exit_code == 1
    assert "could not reach the server" in result.stderr
    assert "--index" in result.stderr


def test_talks_to_a_running_server_from_the_environment(live_server: LiveServer) -> None:
    result = run("search", "Homan", "--json", env={"ARCHIVE_URL": live_server.url})
    assert result.exit_code == 0, result.output
    assert SearchResults.model_validate_json(result.stdout).total >= 1
    shown = run("doc", DOCUMENT_ID, "--url", live_server.url)
    assert shown.exit_code == 0 and "Thomas Homan" in shown.stdout


def test_openapi_command_prints_the_checked_in_document(tmp_path: Path) -> None:
    result = run("openapi")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["info"]["title"] == "News Archive API"
    assert run("openapi", "--output", str(tmp_path / "spec.json")).exit_code == 0
    assert (tmp_path / "spec.json").read_text(encoding="utf-8") == openapi_document()


def test_archive_entry_point_has_the_commands() -> None:
    help_text = subprocess.run(
        [sys.executable, "-m", "app", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"},
    ).stdout
    for command in ("search", "doc", "entity", "stats", "openapi", "index", "serve"):
        assert re.search(rf"│ {command}\b", help_text), command
