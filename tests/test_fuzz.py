"""Property-based fuzzing of every operation in /openapi.json with schemathesis, in-process (ASGI).

Checks per response: never a 5xx, the status code is one the operation declares, the content type
is the declared one, and the body matches the declared schema. Writes run with a valid API key
against their own build of the corpus, so the read operations also see what the writes did.
A small, derandomized number of examples per operation keeps this fast and reproducible.
"""

from __future__ import annotations

import itertools
import json
import os
import random
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from app.config import Settings
from app.index import build_index
from app.main import create_app
from tests.conftest import CORPUS_DIR

KEY = "fuzz-writer-key"
CALLS = itertools.count()
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def fuzz_settings(index_dir: Path) -> Settings:
    return Settings(index_dir=index_dir, api_keys=[KEY], search_time_limit=2.0, _env_file=None)  # type: ignore[call-arg]


# The spec the app serves at /openapi.json. Producing it touches no index, so it can be read at
# collection time, which @schema.parametrize needs (its lazy from_fixture loader predates pytest 9).
schema = schemathesis.openapi.from_dict(create_app(fuzz_settings(Path("unused"))).openapi())


@schemathesis.serializer("application/x-ndjson")
def ndjson_lines(context: Any, value: Any) -> bytes:
    """POST /v1/documents/bulk declares NDJSON of DocumentIn: one generated document per line."""
    documents = value if isinstance(value, list) else [value]
    return "".join(json.dumps(document) + "\n" for document in documents).encode()


@pytest.fixture(scope="module")
def fuzz_app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    """The app over its own build of corpus/: the fuzzed writes change it."""
    index_dir = tmp_path_factory.mktemp("fuzz") / "index"
    build_index(CORPUS_DIR, index_dir, workers=1)
    return create_app(fuzz_settings(index_dir))


# FUZZ_EXAMPLES=200 for a deeper run than CI's; derandomized, so a failure comes back on every run.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_every_operation_answers_within_its_contract(case: Any, fuzz_app: FastAPI) -> None:
    # Hypothesis resets the global `random` to the same state for every example, and Whoosh names
    # new segments with it: two writes would collide on one segment name. A distinct seed per call.
    random.seed(next(CALLS))
    case.call_and_validate(app=fuzz_app, headers={"Authorization": f"Bearer {KEY}"}, checks=CHECKS)
