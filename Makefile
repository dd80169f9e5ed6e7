# Two commands do all the set-up on a fresh machine (Python 3.11 + make):
#   make run    install, build the index from corpus/, serve the API on http://127.0.0.1:8000
#   make test   install the test tools and run the whole suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INDEX_DIR ?= var/index
CORPUS_DIR ?= corpus
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run install install-test install-browser install-wrk lock index serve test lint bench clusters-eval load clean openapi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# requirements.lock pins every runtime package (direct and transitive) for a reproducible install, the
# `cluster` extra (Dask) included: the image installs it so deploy/compose.yaml can run Dask workers.
install: $(BIN)/python
	$(BIN)/pip install --quiet -c requirements.lock -e .

install-test: $(BIN)/python install-browser
	$(BIN)/pip install --quiet -c requirements.lock -e '.[test,cluster]'

# Debian's Chromium for tests/test_docs_browser.py: Playwright's own browser download cannot work here.
# Only when missing and only as root; a failure leaves those tests skipped rather than the install broken.
install-browser:
	@[ -x /usr/bin/chromium ] || [ "$$(id -u)" != 0 ] || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; } || \
		echo "Chromium could not be installed: the browser tests will be skipped" >&2

# Regenerate requirements.lock from pyproject.toml in a throwaway environment.
lock:
	rm -rf .lockenv && $(PYTHON) -m venv .lockenv
	.lockenv/bin/pip install --quiet '.[cluster]'
	.lockenv/bin/pip freeze --exclude news-archive > requirements.lock
	rm -rf .lockenv

index: install
	$(BIN)/archive index $(CORPUS_DIR) --index $(INDEX_DIR)

serve:
	$(BIN)/archive serve --index $(INDEX_DIR) --host $(HOST) --port $(PORT)

run: index serve

# One pytest-xdist worker per core (at most four): the crash and rebuild tests wait on real processes,
# so two workers take the suite from 11 to 7 minutes on two cores. Each file runs whole on one worker, in
# order: the README examples write and then delete the same document against one module-scoped server.
test: install-test
	$(BIN)/python -m pytest -n auto --maxprocesses 4 --dist loadfile

# The same checks tests/test_lint.py makes inside `make test`.
lint: install-test
	$(BIN)/python -m pytest tests/test_lint.py

# Debian's wrk for the benchmark's over-HTTP rows, the same way as install-browser: only when missing
# and only as root; a failure leaves those rows reported as not measured rather than the run broken.
install-wrk:
	@command -v wrk >/dev/null || [ "$$(id -u)" != 0 ] || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; } || \
		echo "wrk could not be installed: the benchmark's HTTP rows will be skipped" >&2

# make bench: the benchmark of benchmarks/ (BENCH_DOCS=1000 for a quick run; installs wrk when it can).
# BENCH_SYSTEMS picks a subset, e.g. ours_tantivy,fts5 for the 100k run (docs/performance.md).
BENCH_DOCS ?= 10000
BENCH_SYSTEMS ?= ours_whoosh,ours_tantivy,fts5,naive_whoosh
bench: install install-wrk
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python -m benchmarks.run --docs $(BENCH_DOCS) --systems $(BENCH_SYSTEMS)

# make clusters-eval: precision and recall of story clusters on the generated fixture, per threshold.
clusters-eval: install
	$(BIN)/python -m benchmarks.clusters --sweep

# openapi.json is the API contract, checked in; tests/test_openapi_contract.py fails until this is rerun.
openapi: install
	$(BIN)/archive openapi --output openapi.json

# make load: scripts/load_test.py, mixed reads (wrk if installed) and concurrent writes against
# `serve --workers 2` on 127.0.0.1; results in scripts/results/ (LOAD_SECONDS=10 for a quick run).
LOAD_SECONDS ?= 60
load: install
	$(BIN)/python scripts/load_test.py --duration $(LOAD_SECONDS)

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
