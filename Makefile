# planparse — every target sets up what it needs on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAMPLE := samples/busan-2025/sample.pdf
SHARED ?= ../shared/pdfs

.PHONY: install demo check test lint format bench sample golden clean

BASE   := $(VENV)/.installed-base

install: $(STAMP)

# What the demo needs: planparse alone. The tests' tools and Ray come with install.
$(BASE): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $(BASE)

$(STAMP): $(BASE)
	$(BIN)/pip install --quiet -e '.[dev,ray]'
	touch $(STAMP)

demo: $(BASE)
	rm -rf out/demo
	$(BIN)/planparse extract $(SAMPLE) -o out/demo
	$(BIN)/python -c "import pandas as pd; print(pd.read_parquet('out/demo/sections', dtype_backend='numpy_nullable')[['kind','number','task_no','title','printed_page_start']].to_string(max_colwidth=50))"

# The loop while you work: lint, types, and every test but the reader-parity tier (which
# extracts every real PDF a second time with pdfplumber) and the slow tier (memory on a
# 1,200-page PDF, a local Ray cluster). make test runs everything.
check: install
	$(BIN)/ruff check src tests scripts samples
	$(BIN)/ruff format --check src tests scripts samples
	$(BIN)/mypy
	$(BIN)/pytest -q -m "not parity and not slow"

test: install
	scripts/system-deps.sh
	$(BIN)/ruff check src tests scripts samples
	$(BIN)/mypy
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check src tests scripts samples
	$(BIN)/ruff format --check src tests scripts samples
	$(BIN)/mypy

format: install
	$(BIN)/ruff format src tests scripts samples
	$(BIN)/ruff check --fix src tests scripts samples

bench: install
	$(BIN)/python scripts/bench.py $(SHARED)

# Re-render the committed sample PDF (needs reportlab and the Nanum fonts: apt-get install fonts-nanum).
sample: install
	$(BIN)/pip install --quiet -e '.[sample]'
	$(BIN)/python samples/busan-2025/render.py

clean:
	rm -rf $(VENV) out .pytest_cache

# Regenerate schemas/ and every sample's golden files (review the diff before committing).
golden: install
	$(BIN)/python scripts/golden.py $(SHARED)
