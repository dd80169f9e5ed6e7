"""deploy/compose.yaml cannot run here (no Docker engine): check it against the Dockerfile and the CLI instead.

Every service runs the repository's image; its commands are ones that image has (the API's command is
the Dockerfile's own, the build's options are `archive index` options, `dask` comes with the locked
packages the image installs); the index and corpus volumes are mounted where the image keeps them, and
only the writer side may write the index.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import typer
import yaml  # type: ignore[import-untyped]
from typer.core import TyperGroup

from app.cli import cli
from app.config import Settings
from tests.conftest import ROOT
from tests.test_dockerfile import instructions

COMPOSE = yaml.safe_load((ROOT / "deploy" / "compose.yaml").read_text())
SERVICES: dict[str, dict[str, Any]] = COMPOSE["services"]
WORKDIR = Path(instructions("WORKDIR")[0])
IMAGE_ENV = dict(re.findall(r"(\w+)=(\S+)", " ".join(instructions("ENV"))))
INDEX_DIR = IMAGE_ENV["ARCHIVE_INDEX_DIR"]
CORPUS_DIR = str(WORKDIR / "corpus")
DOCKERFILE_CMD: list[str] = json.loads(instructions("CMD")[0])


def mounts(service: dict[str, Any]) -> dict[str, tuple[str, bool]]:
    """Mount point -> (volume, read-only) of a service."""
    found = {}
    for volume in service.get("volumes", []):
        name, target, *mode = volume.split(":")
        found[target] = (name, mode == ["ro"])
    return found


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_every_service_runs_the_repositorys_image(name: str) -> None:
    service = SERVICES[name]
    assert service["image"] == "news-archive"
    assert (ROOT / "deploy" / service["build"]["context"] / service["build"]["dockerfile"]).resolve() == (
        ROOT / "Dockerfile"
    )


def test_the_api_services_run_the_dockerfiles_command() -> None:
    for name in ("writer", "replica"):
        assert SERVICES[name]["command"] == DOCKERFILE_CMD, name
    assert SERVICES["replica"]["environment"]["ARCHIVE_READ_ONLY"] == "true"
    assert "ARCHIVE_READ_ONLY" not in SERVICES["writer"]["environment"]


def test_environment_names_are_settings() -> None:
    known = {f"ARCHIVE_{field.upper()}" for field in Settings.model_fields}
    for name, service in SERVICES.items():
        assert set(service.get("environment", {})) <= known, name


def test_the_build_command_is_archive_index_with_real_options() -> None:
    command = SERVICES["index"]["command"]
    assert command[:4] == ["python", "-m", "app", "index"]
    index_command = typer.main.get_command(cli)
    assert isinstance(index_command, TyperGroup)
    parameters = index_command.commands["index"].params
    options = {option for parameter in parameters for option in parameter.opts}
    given = [argument for argument in command[4:] if argument.startswith("--")]
    assert set(given) <= options, set(given) - options
    assert command[4] == CORPUS_DIR
    assert command[command.index("--index") + 1] == INDEX_DIR
    assert command[command.index("--scheduler") + 1] == "tcp://scheduler:8786"


def test_dask_services_use_the_locked_dask() -> None:
    locked = {line.split("==")[0].lower() for line in (ROOT / "requirements.lock").read_text().splitlines()}
    assert {"dask", "distributed"} <= locked, "the image installs requirements.lock"
    assert SERVICES["scheduler"]["command"][:2] == ["dask", "scheduler"]
    worker = SERVICES["worker"]["command"]
    assert worker[:3] == ["dask", "worker", "tcp://scheduler:8786"]
    port = SERVICES["scheduler"]["command"][SERVICES["scheduler"]["command"].index("--port") + 1]
    assert port == "8786"


def test_volumes_are_where_the_image_keeps_them_and_only_the_writer_side_writes_the_index() -> None:
    assert set(COMPOSE["volumes"]) == {"corpus", "index"}
    for name, service in SERVICES.items():
        for target, (volume, read_only) in mounts(service).items():
            assert target == {"index": INDEX_DIR, "corpus": CORPUS_DIR}[volume], name
            if volume == "index":
                assert read_only == (name == "replica"), name
            if volume == "corpus":
                assert read_only, name
    # The workers read the corpus where the build names it (--shared-corpus).
    assert mounts(SERVICES["worker"])[CORPUS_DIR] == ("corpus", True)
