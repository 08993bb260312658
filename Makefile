# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db

.PHONY: demo test lint bench eval model clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

$(VENV)/.installed-lint: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test,lint]'
	touch $@ $(VENV)/.installed $(VENV)/.installed-test

demo: $(VENV)/.installed
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm demo-diff.html
	$(BIN)/corpus --db $(DEMO_DB) init
	$(BIN)/corpus --db $(DEMO_DB) add examples/commentaries
	$(BIN)/corpus --db $(DEMO_DB) add tests/fixtures/revision-example/revised.txt --id tanaka-2016-shoring-up-the-us-japan-alliance
	$(BIN)/corpus --db $(DEMO_DB) list
	$(BIN)/corpus --db $(DEMO_DB) show tanaka-2016-shoring-up-the-us-japan-alliance@1
	$(BIN)/corpus --db $(DEMO_DB) diff tanaka@1 tanaka@2 --only-changes --width 120
	$(BIN)/corpus --db $(DEMO_DB) diff tanaka@1 tanaka@2 --format html -o demo-diff.html
	$(BIN)/corpus --db $(DEMO_DB) compare --all
	$(BIN)/corpus --db $(DEMO_DB) timeline north-korea
	$(BIN)/corpus --db $(DEMO_DB) sql "select issue_id, change, count(*) as n from position_change_detail where change != 'unchanged' group by 1, 2 order by 1, 2"

# one worker a core; a module's tests stay on one worker, so its shared fixtures (the installed wheel) are built once
test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -n auto --dist loadscope

lint: $(VENV)/.installed-lint
	$(BIN)/ruff check corpus compare bench tests examples
	$(BIN)/mypy

# bench/ (speed and accuracy figures, synthetic revisions) is not installed: run from the project folder.
bench: $(VENV)/.installed
	$(BIN)/python -m bench.benchmark

eval: $(VENV)/.installed
	$(BIN)/python -m bench.evaluate

$(VENV)/.installed-train: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[train]'
	touch $@ $(VENV)/.installed

# Refit the reading confidence on readers' verdicts (bench/data/confidence_examples.jsonl ->
# compare/data/confidence_model.json) and the learned judge on the fixture sets' gold judgements
# (compare/data/judge_model.json), each printing cross-validated figures first.
model: $(VENV)/.installed-train
	$(BIN)/python -m bench.train_confidence
	$(BIN)/python -m bench.train_judge

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm demo-diff.html
