"""The real-prose scorer (bench/realdev.py): each missed gold judgement is placed where it stands in the pipeline."""

from collections import Counter

from bench.realdev import MISSES, GoldResult, main, misses_line, scored_report
from conftest import ROOT


def _result(**kw) -> GoldResult:
    fields = dict(doc="d", issues=("north-korea",), label="new", uncertain=False, hit=False, got=())
    return GoldResult(**{**fields, **kw})


def test_a_miss_is_placed_by_the_first_step_that_failed():
    assert _result(hit=True, got=("new",), read=True).missed is None
    assert _result().missed == "no position"                          # nothing read on the evidence
    assert _result(read=True).missed == "no label"                    # read, but the judge gave nothing
    assert _result(read=True, got=("unchanged",)).missed == "another label"
    assert _result(read=True, withheld=("new",)).missed == "withheld"     # the gate held the gold label back
    assert _result(read=True, withheld=("reversed",)).missed == "no label"


def test_the_misses_line_counts_every_place_in_order():
    line = misses_line(Counter({"no label": 2, "no position": 5}))
    assert line == ("misses: no author position on the evidence 5, a position but no label 2, another label 0, "
                    "the gold label withheld 0")


def test_hits_and_misses_account_for_every_judgement_of_a_set():
    text, hits, total, misses = scored_report(ROOT / "tests" / "fixtures" / "heldout-210", sample=0)
    assert total > 0 and hits + sum(misses.values()) == total
    assert set(misses) <= set(MISSES)
    assert misses_line(misses) in text


def test_several_folders_are_scored_with_their_total():
    sets = [str(ROOT / "tests" / "fixtures" / name) for name in ("heldout-210", "heldout-211")]
    text = main(sets)
    scores = [scored_report(ROOT / "tests" / "fixtures" / name, sample=0) for name in ("heldout-210", "heldout-211")]
    hits, total = sum(s[1] for s in scores), sum(s[2] for s in scores)
    assert text.splitlines()[-1].startswith(f"2 folders: {hits}/{total} gold judgements")
