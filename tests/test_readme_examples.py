"""Every curl example in the README runs against a real server, exactly as a newcomer would paste it, and
answers what the README shows after it."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, LiveServer, start_server, stop_server
from tests.shown_json import mismatches, parse_shown

README = (ROOT / "README.md").read_text()
DOCUMENTED_URL = "http://127.0.0.1:8000"
DOCUMENTED_KEY = "change-me"


def sh_blocks() -> list[tuple[list[str], str | None]]:
    """The README's sh blocks that call the API, as lists of commands (a quoted argument may span lines),
    each with the JSON shown right after it: the answer to its last command."""
    blocks: list[tuple[list[str], str | None]] = []
    for block, shown in re.findall(r"```sh\n(.*?)```(?:\n```json\n(.*?)```)?", README, flags=re.DOTALL):
        commands: list[str] = []
        pending = ""
        for line in block.replace("\\\n", " ").splitlines():
            pending = f"{pending}\n{line}" if pending else line
            try:
                shlex.split(pending, comments=True)
            except ValueError:
                continue
            if pending.strip() and not pending.strip().startswith("#"):
                commands.append(pending.strip())
            pending = ""
        if any(command.startswith("curl ") and DOCUMENTED_URL in command for command in commands):
            blocks.append((commands, shown or None))
    return blocks


def curl_commands() -> list[str]:
    return [command for block, _ in sh_blocks() for command in block if command.startswith("curl ")]


@pytest.fixture(scope="module")
def server(corpus_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server on a copy of the corpus index, with the README's API key, since the examples write."""
    index_copy = tmp_path_factory.mktemp("readme") / "index"
    shutil.copytree(corpus_index, index_copy, symlinks=True)
    live = start_server(
        index_copy, index_copy.parent / "server.log", env={"ARCHIVE_API_KEYS": DOCUMENTED_KEY}
    )
    yield live
    stop_server(live)


def test_the_readme_has_curl_examples_for_every_endpoint() -> None:
    from app.main import create_app

    documented = " ".join(curl_commands())
    for path in create_app().openapi()["paths"]:
        if path.startswith("/v1/"):
            stem = re.sub(r"\{[^}]+\}.*", "", path)
            assert stem in documented, f"no curl example for {path}"


def test_the_readme_shows_answers() -> None:
    shown = [text for _, text in sh_blocks() if text]
    assert len(shown) >= 15
    for text in shown:
        parse_shown(text)


@pytest.mark.parametrize(("block", "shown"), sh_blocks(), ids=lambda value: value[0][:60] if value else "")
def test_readme_sh_block_runs(
    server: LiveServer, block: list[str], shown: str | None, tmp_path: Path
) -> None:
    answer = ""
    for command in block:
        expected_status = re.search(r"\s#\s*(\d{3})", command)
        runnable = re.sub(r"\s#\s*\d{3}.*$", "", command).replace(DOCUMENTED_URL, server.url)
        if runnable.startswith("curl "):
            options = "-sS --max-time 20 " + ("" if expected_status else "--fail-with-body ")
            runnable = runnable.replace("curl ", "curl " + options, 1)
        result = subprocess.run(
            ["bash", "-c", runnable], capture_output=True, text=True, timeout=60, cwd=tmp_path
        )
        assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
        if expected_status:
            assert expected_status[1] in result.stdout.splitlines()[0], result.stdout
        answer = (
            re.split(r"\r?\n\r?\n", result.stdout, maxsplit=1)[-1] if " -i " in runnable else result.stdout
        )
    if shown:
        problems = mismatches(parse_shown(shown), json.loads(answer))
        assert not problems, f"{block[-1]} answers other than the README shows:\n" + "\n".join(problems)
