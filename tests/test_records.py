"""Results of different commands coexist: no command deletes what another recorded."""

import itertools

import pytest

from conftest import ESSAY, sql

COUNT_CHANGES = "select count(*) as n from position_changes"
COUNT_ALIGNED = "select count(*) as n from sentence_alignments"


@pytest.fixture
def pair(revised):
    return revised


@pytest.mark.parametrize("order", list(itertools.permutations(["align", "diff", "compare"])))
def test_every_command_order_keeps_position_changes(pair, order):
    commands = {"align": ("align", f"{ESSAY}@1", f"{ESSAY}@2"),
                "diff": ("diff", f"{ESSAY}@1", f"{ESSAY}@2", "--format", "json"),
                "compare": ("compare", f"{ESSAY}@1", f"{ESSAY}@2")}
    for name in order:
        result = pair(*commands[name])
        assert result.exit_code == 0, result.output
    changes = sql(pair, COUNT_CHANGES)[0]["n"]
    assert changes > 0
    # Running diff and align again after compare must not delete the recorded position changes.
    pair(*commands["diff"])
    pair(*commands["align"])
    assert sql(pair, COUNT_CHANGES)[0]["n"] == changes
    assert sql(pair, COUNT_ALIGNED)[0]["n"] > 0
    assert sql(pair, "select count(*) as n from comparisons")[0]["n"] == 1
