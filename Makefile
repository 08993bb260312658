# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= demo.db

.PHONY: demo test bench eval clean

$(BIN)/corpus: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(BIN)/corpus

demo: $(BIN)/corpus
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/corpus --db $(DEMO_DB) init
	$(BIN)/corpus --db $(DEMO_DB) add examples/commentaries
	$(BIN)/corpus --db $(DEMO_DB) add tests/fixtures/revision-example/revised.txt --id tanaka-2016-shoring-up-the-us-japan-alliance
	$(BIN)/corpus --db $(DEMO_DB) list
	$(BIN)/corpus --db $(DEMO_DB) show tanaka-2016-shoring-up-the-us-japan-alliance@1
	$(BIN)/corpus --db $(DEMO_DB) compare --all
	$(BIN)/corpus --db $(DEMO_DB) timeline north-korea
	$(BIN)/corpus --db $(DEMO_DB) sql "select issue_id, change, count(*) as n from position_change_detail where change != 'unchanged' group by 1, 2 order by 1, 2"

test: $(BIN)/corpus
	$(BIN)/python -m pytest

bench: $(BIN)/corpus
	$(BIN)/python -m compare.benchmark

eval: $(BIN)/corpus
	$(BIN)/python -m compare.evaluate

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
