PY ?= .venv/bin/python

.PHONY: venv build test lint format bench

venv:
	python3 -m venv .venv && .venv/bin/pip install -e ".[dev]"

build:
	$(PY) -m kg build

test:
	$(PY) -m pytest

lint:
	$(PY) -m ruff check kg tests benchmarks
	$(PY) -m ruff format --check kg tests benchmarks

format:
	$(PY) -m ruff format kg tests benchmarks

bench:
	$(PY) benchmarks/bench_build.py
