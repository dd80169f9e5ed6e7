"""No Docker engine runs here: check that the Dockerfile's own steps still hold, so it cannot rot silently."""

from __future__ import annotations

import importlib
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from app.main import create_app
from tests.conftest import ROOT

DOCKERFILE = (ROOT / "Dockerfile").read_text()


def instructions(name: str) -> list[str]:
    joined = re.sub(r"\\\n\s*", " ", DOCKERFILE)
    return [line.split(None, 1)[1] for line in joined.splitlines() if line.startswith(name + " ")]


def test_base_image_is_slim_python_311() -> None:
    (base,) = instructions("FROM")
    assert re.fullmatch(r"python:3\.11(\.\d+)?-slim(-\w+)?", base)


@pytest.mark.parametrize("source", [src for line in instructions("COPY") for src in shlex.split(line)[:-1]])
def test_copied_files_exist(source: str) -> None:
    assert (ROOT / source).exists(), source


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_lock_pins_every_runtime_dependency_at_the_declared_version() -> None:
    lines = [
        line for line in (ROOT / "requirements.lock").read_text().splitlines() if line and line[0] != "#"
    ]
    assert all("==" in line for line in lines), "every locked package is pinned"
    locked = dict(line.split("==", 1) for line in lines)
    locked = {normalized(name): version for name, version in locked.items()}
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    for requirement in declared:
        name, version = re.sub(r"\[.*\]", "", requirement).split("==")
        assert locked.get(normalized(name)) == version, f"{requirement}: run `make lock`"


def test_index_step_runs(tmp_path: Path) -> None:
    (step,) = [line for line in instructions("RUN") if "python -m app index" in line]
    command = shlex.split(step.split("&&")[0])
    command[command.index("--index") + 1] = str(tmp_path / "index")
    result = subprocess.run([sys.executable, *command[1:]], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "indexed 5 documents" in result.stdout


def test_entry_point_and_healthcheck_exist() -> None:
    (command,) = instructions("CMD")
    arguments = __import__("json").loads(command)
    assert arguments[0] == "uvicorn" and "--factory" in arguments
    module_name, factory_name = arguments[1].split(":")
    assert getattr(importlib.import_module(module_name), factory_name) is create_app
    port = arguments[arguments.index("--port") + 1]
    assert instructions("EXPOSE") == [port]
    (healthcheck,) = instructions("HEALTHCHECK")
    assert f"127.0.0.1:{port}/healthz" in healthcheck
    assert "/healthz" in create_app().openapi()["paths"]


def test_runs_as_non_root() -> None:
    (user,) = instructions("USER")
    assert user not in {"root", "0"}
