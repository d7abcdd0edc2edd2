PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install clean screenshots

$(BIN)/pharmalens: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(BIN)/pharmalens

install: $(BIN)/pharmalens
	$(BIN)/python tools/compile.py

demo: install
	rm -f demo.db
	PHARMALENS_DATABASE_URL=sqlite:///demo.db $(BIN)/pharmalens ingest examples/news; \
	  PHARMALENS_DATABASE_URL=sqlite:///demo.db $(BIN)/pharmalens landscape

test: install
	$(BIN)/python -m pytest

screenshots: install
	$(BIN)/python tools/screenshots.py

clean:
	$(PY) tools/compile.py --clean
	rm -rf $(VENV) demo.db pharmalens.db build
