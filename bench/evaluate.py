"""Accuracy figures: the shared fixture, generated revisions with known truth, and stance cases.

Run with `python -m bench.evaluate` (make eval); `make bench` prints the same figures.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from compare.alignment import align
from compare.model import version_from_text

from . import realdev as real_prose
from .synthetic import base_sections, revise
from .train_judge import NOT_FITTED

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "2016-12-tanaka-shoring-up-the-us-japan-alliance.txt"
FIXTURE = ROOT / "tests" / "fixtures" / "revision-example"
STANCE_CASES = ROOT / "tests" / "fixtures" / "stance_cases.json"
STANCE_HELDOUT = ROOT / "tests" / "fixtures" / "stance_heldout.json"  # written after the rules, not tuned on
# Fictional commentaries with gold judgements, each written by a helper who saw neither the rules nor the other
# sets; a set stays unseen only until rules are written while reading its output, and its title says how far.
HELD_OUT = (
    ("heldout-commentaries", "Held-out set 1 (8 fictional commentaries written for the project by a helper who never "
     "saw the rules; unseen for the first measurement only)"),
    ("heldout-2", "Held-out set 2 (6 fictional commentaries written for the project by another helper who never saw "
     "the rules; unseen for its first measurement only: later rules were written while reading its output)"),
    ("heldout-3", "Held-out set 3 (7 fictional commentaries by a third helper who saw neither the rules nor the "
     "other sets; unseen for its first measurement only: later rules were written while reading its output)"),
    ("heldout-4", "Held-out set 4 (7 fictional commentaries by a fourth helper who saw neither the rules nor the "
     "other sets; unseen until readers judged its labels: two later rules took their verdicts into account)"),
    ("heldout-5", "Held-out set 5 (8 fictional commentaries by a fifth helper who saw neither the rules nor the "
     "other sets; unseen for two sessions, until a reader judged its labels: later rules took the verdicts into "
     "account)"),
    ("heldout-6", "Held-out set 6 (8 fictional commentaries by a sixth helper who saw neither the rules nor the "
     "other sets; unseen for its first measurement only: a reader's verdicts on its labels informed later rules)"),
    ("heldout-7", "Held-out set 7 (8 fictional commentaries by a seventh helper who saw neither the rules nor the "
     "other sets; unseen until a reader judged its labels: later rules took the verdicts into account)"),
    ("heldout-8", "Held-out set 8 (8 fictional commentaries by an eighth helper who saw neither the rules nor the "
     "other sets; unseen until a reader judged its labels: later rules took the verdicts into account)"),
    ("heldout-9", "Held-out set 9 (8 fictional commentaries by a ninth helper who saw neither the rules nor the "
     "other sets; unseen until a reader judged its labels: later rules took the verdicts into account)"),
    ("heldout-10", "Held-out set 10 (8 fictional commentaries by a tenth helper who saw neither the rules nor the "
     "other sets; unseen until a reader judged its labels: later rules took the verdicts into account)"),
    ("heldout-11", "Held-out set 11 (8 fictional commentaries by an eleventh helper who saw neither the rules nor "
     "the other sets; unseen until a reader judged its labels: later rules took the verdicts into account)"),
    ("heldout-12", "Held-out set 12 (8 fictional commentaries by a twelfth helper who saw neither the rules nor "
     "the other sets; unseen until a reader judged its labels: later rules took the verdicts into account)"),
    ("heldout-13", "Held-out set 13 (8 fictional commentaries by a thirteenth helper who saw neither the rules nor "
     "the other sets; unseen until a reader judged its labels: later rules took the verdicts into account)"),
    ("heldout-14", "Held-out set 14 (8 fictional commentaries by a fourteenth helper who saw neither the rules nor "
     "the other sets; unseen until a reader judged its labels: later rules took the verdicts into account)"),
    ("heldout-15", "Held-out set 15 (8 fictional commentaries by a fifteenth helper who saw neither the rules nor "
     "the other sets; unseen for one session, then its label changes were read while rules were written)"),
    ("heldout-16", "Held-out set 16 (8 fictional commentaries by a sixteenth helper who saw neither the rules nor "
     "the other sets; unseen for one session, then its label changes were read while rules were written)"),
    ("heldout-17", "Held-out set 17 (8 fictional commentaries by a seventeenth helper who saw neither the rules nor "
     "the other sets; unseen until a reader judged its labels on the session's final rules: one bug fix after)"),
    ("heldout-18", "Held-out set 18 (8 fictional commentaries by an eighteenth helper who saw neither the rules nor "
     "the other sets; unseen until a reader judged its labels on the session's final rules: one bug fix after)"),
    ("heldout-19", "Held-out set 19 (8 fictional commentaries by a nineteenth helper who saw neither the rules nor "
     "the other sets; unseen until a reader judged its labels mid-session: later rules took the verdicts into "
     "account)"),
    ("heldout-20", "Held-out set 20 (8 fictional commentaries by a twentieth helper who saw neither the rules nor "
     "the other sets; unseen until a reader judged its labels mid-session: later rules took the verdicts into "
     "account)"),
    ("heldout-21", "Held-out set 21 (8 fictional commentaries by a twenty-first helper who saw neither the rules "
     "nor the other sets; unseen but for the opening lines of one interview, read to find why it got no positions)"),
    ("heldout-22", "Held-out set 22 (8 fictional commentaries by a twenty-second helper who saw neither the rules "
     "nor the other sets; unseen but for the opening lines of one interview, read to find why it got no positions)"),
    ("heldout-23", "Held-out set 23 (8 fictional commentaries by a twenty-third helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first and final rules and judged by two readers; "
     "its failures were read afterwards)"),
    ("heldout-24", "Held-out set 24 (8 fictional commentaries by a twenty-fourth helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first and final rules and judged by two readers; "
     "its failures were read afterwards)"),
    ("heldout-25", "Held-out set 25 (8 fictional commentaries by a twenty-fifth helper who saw neither the rules "
     "nor the other sets; unseen when measured with the rules at the start and a third into a round and judged by "
     "two readers; its failures were read afterwards)"),
    ("heldout-26", "Held-out set 26 (8 fictional commentaries by a twenty-sixth helper who saw neither the rules "
     "nor the other sets; unseen when measured with the rules at the start and a third into a round and judged by "
     "two readers; its failures were read afterwards)"),
    ("heldout-27", "Held-out set 27 (8 fictional commentaries by a twenty-seventh helper who saw neither the rules "
     "nor the other sets; unseen when measured with the rules at the start and two thirds into a round and judged "
     "by two readers; its failures were read afterwards)"),
    ("heldout-28", "Held-out set 28 (8 fictional commentaries by a twenty-eighth helper who saw neither the rules "
     "nor the other sets; unseen when measured with the rules at the start and two thirds into a round and judged "
     "by two readers; its failures were read afterwards)"),
    ("heldout-29", "Held-out set 29 (8 fictional commentaries by a twenty-ninth helper who saw neither the rules "
     "nor the other sets; unseen when measured with the rules at the start and late in a round and judged by two "
     "readers; its failures were read afterwards)"),
    ("heldout-30", "Held-out set 30 (8 fictional commentaries by a thirtieth helper who saw neither the rules "
     "nor the other sets; unseen when measured with the rules at the start and late in a round and judged by two "
     "readers; its failures were read afterwards)"),
    ("heldout-31", "Held-out set 31 (8 fictional commentaries by a thirty-first helper who saw neither the rules "
     "nor the other sets; unseen when measured with the rules at the start and near the end of a round and judged "
     "by two readers; its failures were read afterwards)"),
    ("heldout-32", "Held-out set 32 (8 fictional commentaries by a thirty-second helper who saw neither the rules "
     "nor the other sets; unseen when measured with the rules at the start and near the end of a round and judged "
     "by two readers; its failures were read afterwards)"),
    ("heldout-33", "Held-out set 33 (8 fictional commentaries by a thirty-third helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first and final rules and judged by two readers; "
     "two fixes were made after reading the verdicts)"),
    ("heldout-34", "Held-out set 34 (8 fictional commentaries by a thirty-fourth helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first and final rules and judged by two readers; "
     "two fixes were made after reading the verdicts)"),
    ("heldout-35", "Held-out set 35 (8 fictional commentaries by a thirty-fifth helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first rules and its rules of the time and judged by "
     "two readers; its failures were read afterwards)"),
    ("heldout-36", "Held-out set 36 (8 fictional commentaries by a thirty-sixth helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first rules and its rules of the time and judged by "
     "two readers; its failures were read afterwards)"),
    ("heldout-37", "Held-out set 37 (8 fictional commentaries by a thirty-seventh helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first rules and its rules of the time and judged by "
     "two readers; its failures were read afterwards)"),
    ("heldout-38", "Held-out set 38 (8 fictional commentaries by a thirty-eighth helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first rules and its rules of the time and judged by "
     "two readers; its failures were read afterwards)"),
    ("heldout-39", "Held-out set 39 (8 fictional commentaries by a thirty-ninth helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first rules and its rules of the time and "
     "judged by two readers; its failures were read afterwards)"),
    ("heldout-40", "Held-out set 40 (8 fictional commentaries by a fortieth helper who saw neither the rules nor "
     "the other sets; unseen when measured with a round's first rules and its rules of the time and "
     "judged by two readers; its failures were read afterwards)"),
    ("heldout-41", "Held-out set 41 (8 fictional commentaries by a forty-first helper who saw neither the rules nor "
     "the other sets; unseen when measured with a round's first and final rules and judged by two readers)"),
    ("heldout-42", "Held-out set 42 (8 fictional commentaries by a forty-second helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first and final rules and judged by two readers)"),
    ("heldout-43", "Held-out set 43 (8 fictional commentaries by a forty-third helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first rules and judged by two "
     "readers; its failures were read afterwards)"),
    ("heldout-44", "Held-out set 44 (8 fictional commentaries by a forty-fourth helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first rules and judged by two "
     "readers; its failures were read afterwards)"),
    ("heldout-45", "Held-out set 45 (8 fictional commentaries by a forty-fifth helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first rules and its rules of the "
     "time and judged by two readers; the readers' verdicts were read afterwards)"),
    ("heldout-46", "Held-out set 46 (8 fictional commentaries by a forty-sixth helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first rules and its rules of the "
     "time and judged by two readers; the readers' verdicts were read afterwards)"),
    ("heldout-47", "Held-out set 47 (8 fictional commentaries by a forty-seventh helper who saw neither the "
     "rules nor the other sets; unseen when measured with a round's first rules and its rules near "
     "its end and judged by two readers; the readers' verdicts were read afterwards)"),
    ("heldout-48", "Held-out set 48 (8 fictional commentaries by a forty-eighth helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first rules and its rules near its "
     "end and judged by two readers; the readers' verdicts were read afterwards)"),
    ("heldout-49", "Held-out set 49 (8 fictional commentaries by a forty-ninth helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first rules and judged by two readers; the "
     "readers' verdicts and its failures were read afterwards)"),
    ("heldout-50", "Held-out set 50 (8 fictional commentaries by a fiftieth helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first rules and judged by two readers; the "
     "readers' verdicts and its failures were read afterwards)"),
    ("heldout-51", "Held-out set 51 (8 fictional commentaries by a fifty-first helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first rules and its rules near its end, which "
     "labelled it alike, and judged by two readers; the readers' verdicts were read afterwards)"),
    ("heldout-52", "Held-out set 52 (8 fictional commentaries by a fifty-second helper who saw neither the rules "
     "nor the other sets; unseen when measured with a round's first rules and its rules near its end, which "
     "labelled it alike, and judged by two readers; the readers' verdicts were read afterwards)"),
    ("heldout-53", "Held-out set 53 (8 fictional commentaries by a fifty-third helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with a round's first rules, which "
     "labelled it as its rules at that time did; verdicts and labels were read afterwards, and four later rules "
     "took them into account)"),
    ("heldout-54", "Held-out set 54 (8 fictional commentaries by a fifty-fourth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with a round's first rules, which "
     "labelled it as its rules at that time did; verdicts and labels were read afterwards, and four later rules "
     "took them into account)"),
    ("heldout-55", "Held-out set 55 (8 fictional commentaries by a fifty-fifth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with a round's first rules; the "
     "readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-56", "Held-out set 56 (8 fictional commentaries by a fifty-sixth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with a round's first rules; the "
     "readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-57", "Held-out set 57 (8 fictional commentaries by a fifty-seventh helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with a round's first rules; the "
     "readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-58", "Held-out set 58 (8 fictional commentaries by a fifty-eighth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with a round's first rules; the "
     "readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-59", "Held-out set 59 (8 fictional commentaries by a fifty-ninth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with rules near a round's middle; the "
     "readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-60", "Held-out set 60 (8 fictional commentaries by a sixtieth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with rules near a round's middle; the "
     "readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-61", "Held-out set 61 (8 fictional commentaries by a sixty-first helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with rules near a round's middle; the "
     "readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-62", "Held-out set 62 (8 fictional commentaries by a sixty-second helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with rules near a round's middle; the "
     "readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-63", "Held-out set 63 (8 fictional commentaries by a sixty-third helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with a round's first and last rules; "
     "the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-64", "Held-out set 64 (8 fictional commentaries by a sixty-fourth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with a round's first and last rules; "
     "the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-65", "Held-out set 65 (8 fictional commentaries by a sixty-fifth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with a round's first and last rules; "
     "the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-66", "Held-out set 66 (8 fictional commentaries by a sixty-sixth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with a round's first and last rules; "
     "the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-67", "Held-out set 67 (8 fictional commentaries by a sixty-seventh helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round "
     "that ended 2026-11-30; the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-68", "Held-out set 68 (8 fictional commentaries by a sixty-eighth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round "
     "that ended 2026-11-30; the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-69", "Held-out set 69 (8 fictional commentaries by a sixty-ninth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round "
     "that ended 2026-11-30; the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-70", "Held-out set 70 (8 fictional commentaries by a seventieth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round "
     "that ended 2026-11-30; the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-71", "Held-out set 71 (8 fictional commentaries by a seventy-first helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the round's first rules and those "
     "of its middle; the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-72", "Held-out set 72 (8 fictional commentaries by a seventy-second helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the round's first rules and those "
     "of its middle; the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-73", "Held-out set 73 (8 fictional commentaries by a seventy-third helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the round's first rules and those "
     "of its middle; the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-74", "Held-out set 74 (8 fictional commentaries by a seventy-fourth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the round's first rules and those "
     "of its middle; the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-75", "Held-out set 75 (8 fictional commentaries by a seventy-fifth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the round's first rules and those "
     "of its second half; the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-76", "Held-out set 76 (8 fictional commentaries by a seventy-sixth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the round's first rules and those "
     "of its second half; the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-77", "Held-out set 77 (8 fictional commentaries by a seventy-seventh helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the round's first rules and those "
     "of its second half; the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-78", "Held-out set 78 (8 fictional commentaries by a seventy-eighth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the round's first rules and those "
     "of its second half; the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-79", "Held-out set 79 (8 fictional commentaries by a seventy-ninth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the round's first rules and those "
     "of its end; the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-80", "Held-out set 80 (8 fictional commentaries by an eightieth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the round's first rules and those "
     "of its end; the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-81", "Held-out set 81 (8 fictional commentaries by an eighty-first helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the round's first rules and those "
     "of its end; the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-82", "Held-out set 82 (8 fictional commentaries by an eighty-second helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the round's first rules and those "
     "of its end; the readers' verdicts were read afterwards, and a few later rules took them into account)"),
    ("heldout-83", "Held-out set 83 (8 fictional commentaries by an eighty-third helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first and the last rules of "
     "the round that ended 2026-11-30; one later rule took a label seen there into account)"),
    ("heldout-84", "Held-out set 84 (8 fictional commentaries by an eighty-fourth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first and the last rules of "
     "the round that ended 2026-11-30; one later rule took a label seen there into account)"),
    ("heldout-85", "Held-out set 85 (8 fictional commentaries by an eighty-fifth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first and the last rules of "
     "the round that ended 2026-11-30; one later rule took a label seen there into account)"),
    ("heldout-86", "Held-out set 86 (8 fictional commentaries by an eighty-sixth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first and the last rules of "
     "the round that ended 2026-11-30; one later rule took a label seen there into account)"),
    ("heldout-87", "Held-out set 87 (8 fictional commentaries by an eighty-seventh helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18); the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-88", "Held-out set 88 (8 fictional commentaries by an eighty-eighth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18); the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-89", "Held-out set 89 (8 fictional commentaries by an eighty-ninth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18); the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-90", "Held-out set 90 (8 fictional commentaries by a ninetieth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18); the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-91", "Held-out set 91 (8 fictional commentaries by an ninety-first helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18); the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-92", "Held-out set 92 (8 fictional commentaries by an ninety-second helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18); the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-93", "Held-out set 93 (8 fictional commentaries by an ninety-third helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18); the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-94", "Held-out set 94 (8 fictional commentaries by an ninety-fourth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18); the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-95", "Held-out set 95 (8 fictional commentaries by a ninety-fifth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18) and those of the time; the readers' verdicts were read afterwards, and later rules "
     "took them into account)"),
    ("heldout-96", "Held-out set 96 (8 fictional commentaries by a ninety-sixth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18) and those of the time; the readers' verdicts were read afterwards, and later rules "
     "took them into account)"),
    ("heldout-97", "Held-out set 97 (8 fictional commentaries by a ninety-seventh helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18) and those of the time; the readers' verdicts were read afterwards, and later rules "
     "took them into account)"),
    ("heldout-98", "Held-out set 98 (8 fictional commentaries by a ninety-eighth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18) and those of the time; the readers' verdicts were read afterwards, and later rules "
     "took them into account)"),
    ("heldout-99", "Held-out set 99 (8 fictional commentaries by a ninety-ninth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18) and those of the time; the readers' verdicts were read afterwards, and later rules "
     "took them into account)"),
    ("heldout-100", "Held-out set 100 (8 fictional commentaries by a hundredth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18) and those of the time; the readers' verdicts were read afterwards, and later rules "
     "took them into account)"),
    ("heldout-101", "Held-out set 101 (8 fictional commentaries by a hundred-and-first helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18) and those of the time; the readers' verdicts were read afterwards, and later rules "
     "took them into account)"),
    ("heldout-102", "Held-out set 102 (8 fictional commentaries by a hundred-and-second helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18) and those of the time; the readers' verdicts were read afterwards, and later rules "
     "took them into account)"),
    ("heldout-103", "Held-out set 103 (8 fictional commentaries by a hundred-and-third helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the rules of the round that began "
     "2026-11-30 (14:18) at 14:55, which gave the same labels there as its first rules; the readers' verdicts "
     "were read afterwards, and later rules took them into account)"),
    ("heldout-104", "Held-out set 104 (8 fictional commentaries by a hundred-and-fourth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the rules of the round that began "
     "2026-11-30 (14:18) at 14:55, which gave the same labels there as its first rules; the readers' verdicts "
     "were read afterwards, and later rules took them into account)"),
    ("heldout-105", "Held-out set 105 (8 fictional commentaries by a hundred-and-fifth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the rules of the round that began "
     "2026-11-30 (14:18) at 14:55, which gave the same labels there as its first rules; the readers' verdicts "
     "were read afterwards, and later rules took them into account)"),
    ("heldout-106", "Held-out set 106 (8 fictional commentaries by a hundred-and-sixth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the rules of the round that began "
     "2026-11-30 (14:18) at 14:55, which gave the same labels there as its first rules; the readers' verdicts "
     "were read afterwards, and later rules took them into account)"),
    ("heldout-107", "Held-out set 107 (8 fictional commentaries by a hundred-and-seventh helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18) and those of 15:05; the readers' verdicts were read afterwards, and later rules "
     "took them into account)"),
    ("heldout-108", "Held-out set 108 (8 fictional commentaries by a hundred-and-eighth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18) and those of 15:05; the readers' verdicts were read afterwards, and later rules "
     "took them into account)"),
    ("heldout-109", "Held-out set 109 (8 fictional commentaries by a hundred-and-ninth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18) and those of 15:05; the readers' verdicts were read afterwards, and later rules "
     "took them into account)"),
    ("heldout-110", "Held-out set 110 (8 fictional commentaries by a hundred-and-tenth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round that "
     "began 2026-11-30 (14:18) and those of 15:05; the readers' verdicts were read afterwards, and later rules "
     "took them into account)"),
    ("heldout-111", "Held-out set 111 (8 fictional commentaries by a hundred-and-eleventh helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the rules as submitted at "
     "the end of the round that began 2026-11-30 (14:18); the readers' verdicts were read in the round "
     "that began 15:26, and later rules took them into account)"),
    ("heldout-112", "Held-out set 112 (8 fictional commentaries by a hundred-and-twelfth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the rules as submitted at "
     "the end of the round that began 2026-11-30 (14:18); the readers' verdicts were read in the round "
     "that began 15:26, and later rules took them into account)"),
    ("heldout-113", "Held-out set 113 (8 fictional commentaries by a hundred-and-thirteenth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the rules as submitted at "
     "the end of the round that began 2026-11-30 (14:18); the readers' verdicts were read in the round "
     "that began 15:26, and later rules took them into account)"),
    ("heldout-114", "Held-out set 114 (8 fictional commentaries by a hundred-and-fourteenth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the rules as submitted at "
     "the end of the round that began 2026-11-30 (14:18); the readers' verdicts were read in the round "
     "that began 15:26, and later rules took them into account)"),
    ("heldout-115", "Held-out set 115 (8 fictional commentaries by a hundred-and-fifteenth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round "
     "that began 2026-11-30 (15:26) and those of 15:32; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-116", "Held-out set 116 (8 fictional commentaries by a hundred-and-sixteenth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round "
     "that began 2026-11-30 (15:26) and those of 15:32; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-117", "Held-out set 117 (8 fictional commentaries by a hundred-and-seventeenth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round "
     "that began 2026-11-30 (15:26) and those of 15:32; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-118", "Held-out set 118 (8 fictional commentaries by a hundred-and-eighteenth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the first rules of the round "
     "that began 2026-11-30 (15:26) and those of 15:32; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-119", "Held-out set 119 (8 fictional commentaries by a hundred-and-nineteenth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (15:26) and those of 15:43; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-120", "Held-out set 120 (8 fictional commentaries by a hundred-and-twentieth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (15:26) and those of 15:43; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-121", "Held-out set 121 (8 fictional commentaries by a hundred-and-twenty-first helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (15:26) and those of 15:43; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-122", "Held-out set 122 (8 fictional commentaries by a hundred-and-twenty-second helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (15:26) and those of 15:43; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-123", "Held-out set 123 (8 fictional commentaries by a hundred-and-twenty-third helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (15:26) and those of 15:47; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-124", "Held-out set 124 (8 fictional commentaries by a hundred-and-twenty-fourth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (15:26) and those of 15:47; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-125", "Held-out set 125 (8 fictional commentaries by a hundred-and-twenty-fifth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (15:26) and those of 15:47; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-126", "Held-out set 126 (8 fictional commentaries by a hundred-and-twenty-sixth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (15:26) and those of 15:47; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-127", "Held-out set 127 (8 fictional commentaries by a hundred-and-twenty-seventh helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted at the "
     "end of the round that began 2026-11-30 (15:26); the readers' verdicts were read in the round that began "
     "2026-11-30 (16:15), and later rules took them into account)"),
    ("heldout-128", "Held-out set 128 (8 fictional commentaries by a hundred-and-twenty-eighth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted at the "
     "end of the round that began 2026-11-30 (15:26); the readers' verdicts were read in the round that began "
     "2026-11-30 (16:15), and later rules took them into account)"),
    ("heldout-129", "Held-out set 129 (8 fictional commentaries by a hundred-and-twenty-ninth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted at the "
     "end of the round that began 2026-11-30 (15:26); the readers' verdicts were read in the round that began "
     "2026-11-30 (16:15), and later rules took them into account)"),
    ("heldout-130", "Held-out set 130 (8 fictional commentaries by a hundred-and-thirtieth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted at the "
     "end of the round that began 2026-11-30 (15:26); the readers' verdicts were read in the round that began "
     "2026-11-30 (16:15), and later rules took them into account)"),
    ("heldout-131", "Held-out set 131 (8 fictional commentaries by a hundred-and-thirty-first helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (16:15) and those of 16:20; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-132", "Held-out set 132 (8 fictional commentaries by a hundred-and-thirty-second helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (16:15) and those of 16:20; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-133", "Held-out set 133 (8 fictional commentaries by a hundred-and-thirty-third helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (16:15) and those of 16:20; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-134", "Held-out set 134 (8 fictional commentaries by a hundred-and-thirty-fourth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (16:15) and those of 16:20; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-135", "Held-out set 135 (8 fictional commentaries by a hundred-and-thirty-fifth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (16:15) and those of 16:33; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-136", "Held-out set 136 (8 fictional commentaries by a hundred-and-thirty-sixth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (16:15) and those of 16:33; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-137", "Held-out set 137 (8 fictional commentaries by a hundred-and-thirty-seventh helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (16:15) and those of 16:33; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-138", "Held-out set 138 (8 fictional commentaries by a hundred-and-thirty-eighth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (16:15) and those of 16:33; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-139", "Held-out set 139 (8 fictional commentaries by a hundred-and-thirty-ninth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (16:15) and those of 16:36; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-140", "Held-out set 140 (8 fictional commentaries by a hundred-and-fortieth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (16:15) and those of 16:36; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-141", "Held-out set 141 (8 fictional commentaries by a hundred-and-forty-first helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (16:15) and those of 16:36; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-142", "Held-out set 142 (8 fictional commentaries by a hundred-and-forty-second helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (16:15) and those of 16:36; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-143", "Held-out set 143 (8 fictional commentaries by a hundred-and-forty-third helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules of 16:52 in the "
     "round that began 2026-11-30 (16:15), whose labels on it were those of the round's first rules; the "
     "readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-144", "Held-out set 144 (8 fictional commentaries by a hundred-and-forty-fourth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules of 16:52 in the "
     "round that began 2026-11-30 (16:15), whose labels on it were those of the round's first rules; the "
     "readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-145", "Held-out set 145 (8 fictional commentaries by a hundred-and-forty-fifth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules of 16:52 in the "
     "round that began 2026-11-30 (16:15), whose labels on it were those of the round's first rules; the "
     "readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-146", "Held-out set 146 (8 fictional commentaries by a hundred-and-forty-sixth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules of 16:52 in the "
     "round that began 2026-11-30 (16:15), whose labels on it were those of the round's first rules; the "
     "readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-147", "Held-out set 147 (8 fictional commentaries by a hundred-and-forty-seventh helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (16:15) and those of 17:01; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-148", "Held-out set 148 (8 fictional commentaries by a hundred-and-forty-eighth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (16:15) and those of 17:01; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-149", "Held-out set 149 (8 fictional commentaries by a hundred-and-forty-ninth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (16:15) and those of 17:01; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-150", "Held-out set 150 (8 fictional commentaries by a hundred-and-fiftieth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (16:15) and those of 17:01; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-151", "Held-out set 151 (8 fictional commentaries by a hundred-and-fifty-first helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted at "
     "the end of the round that began 2026-11-30 (16:15); the readers' verdicts were read in the round that "
     "began 2026-11-30 (18:17), and later rules took them into account)"),
    ("heldout-152", "Held-out set 152 (8 fictional commentaries by a hundred-and-fifty-second helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted at "
     "the end of the round that began 2026-11-30 (16:15); the readers' verdicts were read in the round that "
     "began 2026-11-30 (18:17), and later rules took them into account)"),
    ("heldout-153", "Held-out set 153 (8 fictional commentaries by a hundred-and-fifty-third helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted at "
     "the end of the round that began 2026-11-30 (16:15); the readers' verdicts were read in the round that "
     "began 2026-11-30 (18:17), and later rules took them into account)"),
    ("heldout-154", "Held-out set 154 (8 fictional commentaries by a hundred-and-fifty-fourth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted at "
     "the end of the round that began 2026-11-30 (16:15); the readers' verdicts were read in the round that "
     "began 2026-11-30 (18:17), and later rules took them into account)"),
    ("heldout-155", "Held-out set 155 (8 fictional commentaries by a hundred-and-fifty-fifth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (18:17), whose labels on it were also those of 18:27; the readers' verdicts "
     "were read afterwards, and later rules took them into account)"),
    ("heldout-156", "Held-out set 156 (8 fictional commentaries by a hundred-and-fifty-sixth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (18:17), whose labels on it were also those of 18:27; the readers' verdicts "
     "were read afterwards, and later rules took them into account)"),
    ("heldout-157", "Held-out set 157 (8 fictional commentaries by a hundred-and-fifty-seventh helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (18:17), whose labels on it were also those of 18:27; the readers' verdicts "
     "were read afterwards, and later rules took them into account)"),
    ("heldout-158", "Held-out set 158 (8 fictional commentaries by a hundred-and-fifty-eighth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (18:17), whose labels on it were also those of 18:27; the readers' verdicts "
     "were read afterwards, and later rules took them into account)"),
    ("heldout-159", "Held-out set 159 (8 fictional commentaries by a hundred-and-fifty-ninth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (18:17) and those of 18:45; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-160", "Held-out set 160 (8 fictional commentaries by a hundred-and-sixtieth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (18:17) and those of 18:45; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-161", "Held-out set 161 (8 fictional commentaries by a hundred-and-sixty-first helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (18:17) and those of 18:45; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-162", "Held-out set 162 (8 fictional commentaries by a hundred-and-sixty-second helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of the "
     "round that began 2026-11-30 (18:17) and those of 18:45; the readers' verdicts were read afterwards, and "
     "later rules took them into account)"),
    ("heldout-163", "Held-out set 163 (8 fictional commentaries by a hundred-and-sixty-third helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the rules of 19:33 in the round "
     "that began 2026-11-30 (18:17), whose labels on it were those of the round's first rules but for two "
     "dropped; the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-164", "Held-out set 164 (8 fictional commentaries by a hundred-and-sixty-fourth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules of 19:33 in the "
     "round that began 2026-11-30 (18:17), whose labels on it were those of the round's first rules but for "
     "two dropped; the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-165", "Held-out set 165 (8 fictional commentaries by a hundred-and-sixty-fifth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the rules of 19:33 in the round "
     "that began 2026-11-30 (18:17), whose labels on it were those of the round's first rules but for two "
     "dropped; the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-166", "Held-out set 166 (8 fictional commentaries by a hundred-and-sixty-sixth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the rules of 19:33 in the round "
     "that began 2026-11-30 (18:17), whose labels on it were those of the round's first rules but for two "
     "dropped; the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-167", "Held-out set 167 (8 fictional commentaries by a hundred-and-sixty-seventh helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules of 19:33 in the "
     "round that began 2026-11-30 (18:17), whose labels on it were those of the round's first rules; the "
     "readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-168", "Held-out set 168 (8 fictional commentaries by a hundred-and-sixty-eighth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules of 19:33 in the "
     "round that began 2026-11-30 (18:17), whose labels on it were those of the round's first rules; the "
     "readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-169", "Held-out set 169 (8 fictional commentaries by a hundred-and-sixty-ninth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the rules of 19:33 in the round "
     "that began 2026-11-30 (18:17), whose labels on it were those of the round's first rules; the readers' "
     "verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-170", "Held-out set 170 (8 fictional commentaries by a hundred-and-seventieth helper who saw neither the rules "
     "nor the other sets; unseen when measured and judged by two readers with the rules of 19:33 in the round "
     "that began 2026-11-30 (18:17), whose labels on it were those of the round's first rules; the readers' "
     "verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-171", "Held-out set 171 (8 fictional commentaries by a hundred-and-seventy-first helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted at "
     "the end of the round that began 2026-11-30 (18:17); scored again unchanged, and the readers' verdicts "
     "read, in the round that began 2026-11-30 (21:08))"),
    ("heldout-172", "Held-out set 172 (8 fictional commentaries by a hundred-and-seventy-second helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted at "
     "the end of the round that began 2026-11-30 (18:17); scored again unchanged, and the readers' verdicts "
     "read, in the round that began 2026-11-30 (21:08))"),
    ("heldout-173", "Held-out set 173 (8 fictional commentaries by a hundred-and-seventy-third helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted at "
     "the end of the round that began 2026-11-30 (18:17); scored again unchanged, and the readers' verdicts "
     "read, in the round that began 2026-11-30 (21:08))"),
    ("heldout-174", "Held-out set 174 (8 fictional commentaries by a hundred-and-seventy-fourth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted at "
     "the end of the round that began 2026-11-30 (18:17); scored again unchanged, and the readers' verdicts "
     "read, in the round that began 2026-11-30 (21:08))"),
    ("heldout-175", "Held-out set 175 (8 fictional commentaries by a hundred-and-seventy-fifth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with this round's first "
     "rules (the rules as submitted at the end of the round that began 2026-11-30 (18:17)); the readers' "
     "verdicts were read in the round that began 2026-11-30 (21:08), and later rules took them into "
     "account)"),
    ("heldout-176", "Held-out set 176 (8 fictional commentaries by a hundred-and-seventy-sixth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with this round's first "
     "rules (the rules as submitted at the end of the round that began 2026-11-30 (18:17)); the readers' "
     "verdicts were read in the round that began 2026-11-30 (21:08), and later rules took them into "
     "account)"),
    ("heldout-177", "Held-out set 177 (8 fictional commentaries by a hundred-and-seventy-seventh helper who saw neither "
     "the rules nor the other sets; unseen when measured and judged by two readers with this round's first "
     "rules (the rules as submitted at the end of the round that began 2026-11-30 (18:17)); the readers' "
     "verdicts were read in the round that began 2026-11-30 (21:08), and later rules took them into "
     "account)"),
    ("heldout-178", "Held-out set 178 (8 fictional commentaries by a hundred-and-seventy-eighth helper who saw neither "
     "the rules nor the other sets; unseen when measured and judged by two readers with this round's first "
     "rules (the rules as submitted at the end of the round that began 2026-11-30 (18:17)); the readers' "
     "verdicts were read in the round that began 2026-11-30 (21:08), and later rules took them into "
     "account)"),
    ("heldout-179", "Held-out set 179 (8 fictional commentaries by a hundred-and-seventy-ninth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules of 21:49 in "
     "the round that began 2026-11-30 (21:08), whose labels on it were those of the round's first rules; "
     "the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-180", "Held-out set 180 (8 fictional commentaries by a hundred-and-eightieth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules of 21:49 in "
     "the round that began 2026-11-30 (21:08), whose labels on it were those of the round's first rules; "
     "the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-181", "Held-out set 181 (8 fictional commentaries by a hundred-and-eighty-first helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules of 21:49 in "
     "the round that began 2026-11-30 (21:08), whose labels on it were those of the round's first rules; "
     "the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-182", "Held-out set 182 (8 fictional commentaries by a hundred-and-eighty-second helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted at "
     "the end of the round that began 2026-11-30 (21:08); scored again unchanged, and the readers' verdicts "
     "read, in the round that began 2026-11-30 (23:44))"),
    ("heldout-183", "Held-out set 183 (8 fictional commentaries by a hundred-and-eighty-third helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted at "
     "the end of the round that began 2026-11-30 (21:08); scored again unchanged, and the readers' verdicts "
     "read, in the round that began 2026-11-30 (23:44))"),
    ("heldout-184", "Held-out set 184 (8 fictional commentaries by a hundred-and-eighty-fourth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted at "
     "the end of the round that began 2026-11-30 (21:08); scored again unchanged, and the readers' verdicts "
     "read, in the round that began 2026-11-30 (23:44))"),
    ("heldout-185", "Held-out set 185 (8 fictional commentaries by a hundred-and-eighty-fifth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted at "
     "the end of the round that began 2026-11-30 (21:08); scored again unchanged, and the readers' verdicts "
     "read, in the round that began 2026-11-30 (23:44))"),
    ("heldout-186", "Held-out set 186 (8 fictional commentaries by a hundred-and-eighty-sixth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules of the start "
     "of the round that began 2026-11-30 (23:44), whose labels on it were those of 23:55; the readers' "
     "verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-187", "Held-out set 187 (8 fictional commentaries by a hundred-and-eighty-seventh helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules of the start "
     "of the round that began 2026-11-30 (23:44), whose labels on it were those of 23:55; the readers' "
     "verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-188", "Held-out set 188 (8 fictional commentaries by a hundred-and-eighty-eighth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules of the start "
     "of the round that began 2026-11-30 (23:44), whose labels on it were those of 23:55; the readers' "
     "verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-189", "Held-out set 189 (8 fictional commentaries by a hundred-and-eighty-ninth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules of the start "
     "of the round that began 2026-11-30 (23:44), whose labels on it were those of 23:55; the readers' "
     "verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-190", "Held-out set 190 (8 fictional commentaries by a hundred-and-ninetieth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules of 00:06 in "
     "the round that began 2026-11-30 (23:44), whose labels on it were those of the round's first rules; "
     "the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-191", "Held-out set 191 (8 fictional commentaries by a hundred-and-ninety-first helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules of 00:06 in "
     "the round that began 2026-11-30 (23:44), whose labels on it were those of the round's first rules; "
     "the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-192", "Held-out set 192 (8 fictional commentaries by a hundred-and-ninety-second helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules of 00:06 in "
     "the round that began 2026-11-30 (23:44), whose labels on it were those of the round's first rules; "
     "the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-193", "Held-out set 193 (8 fictional commentaries by a hundred-and-ninety-third helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules of 00:06 in "
     "the round that began 2026-11-30 (23:44), whose labels on it were those of the round's first rules; "
     "the readers' verdicts were read afterwards, and later rules took them into account)"),
    ("heldout-194", "Held-out set 194 (8 fictional commentaries by a hundred-and-ninety-fourth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted "
     "at the end of the round that began 2026-11-30 (23:44); scored again unchanged, and the readers' "
     "verdicts read, in the round that began 2026-12-01 (02:26)"),
    ("heldout-195", "Held-out set 195 (8 fictional commentaries by a hundred-and-ninety-fifth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted "
     "at the end of the round that began 2026-11-30 (23:44); scored again unchanged, and the readers' "
     "verdicts read, in the round that began 2026-12-01 (02:26)"),
    ("heldout-196", "Held-out set 196 (8 fictional commentaries by a hundred-and-ninety-sixth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted "
     "at the end of the round that began 2026-11-30 (23:44); scored again unchanged, and the readers' "
     "verdicts read, in the round that began 2026-12-01 (02:26)"),
    ("heldout-197", "Held-out set 197 (8 fictional commentaries by a hundred-and-ninety-seventh helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the rules as submitted "
     "at the end of the round that began 2026-11-30 (23:44); scored again unchanged, and the readers' "
     "verdicts read, in the round that began 2026-12-01 (02:26)"),
    ("heldout-198", "Held-out set 198 (8 fictional commentaries by a hundred-and-ninety-eighth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of "
     "the round that began 2026-12-01 (02:26); the readers' verdicts were read afterwards, and later "
     "rules took them into account)"),
    ("heldout-199", "Held-out set 199 (8 fictional commentaries by a hundred-and-ninety-ninth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of "
     "the round that began 2026-12-01 (02:26); the readers' verdicts were read afterwards, and later "
     "rules took them into account)"),
    ("heldout-200", "Held-out set 200 (8 fictional commentaries by a two-hundredth helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of "
     "the round that began 2026-12-01 (02:26); the readers' verdicts were read afterwards, and later "
     "rules took them into account)"),
    ("heldout-201", "Held-out set 201 (8 fictional commentaries by a two-hundred-and-first helper who saw neither the "
     "rules nor the other sets; unseen when measured and judged by two readers with the first rules of "
     "the round that began 2026-12-01 (02:26); the readers' verdicts were read afterwards, and later "
     "rules took them into account)"),
    ("heldout-206", "Held-out set 206 (8 fictional commentaries by a helper who saw neither the rules nor the "
     "other sets, asked for quieter prose; unseen when measured and judged by two readers with the rules and "
     "the first learned judge of the round that began 2026-12-01 (03:57); then read, and fitted on by the "
     "learned judge)"),
    ("heldout-207", "Held-out set 207 (8 fictional commentaries by a helper who saw neither the rules nor the "
     "other sets, asked for quieter prose; unseen when measured and judged by two readers with the rules and "
     "the first learned judge of the round that began 2026-12-01 (03:57); then read, and fitted on by the "
     "learned judge)"),
    ("heldout-208", "Held-out set 208 (8 fictional commentaries by a helper who saw neither the rules nor the "
     "other sets, asked for quieter prose; unseen when measured and judged by two readers with the rules and "
     "the first learned judge of the round that began 2026-12-01 (03:57); then read, and fitted on by the "
     "learned judge)"),
    ("heldout-209", "Held-out set 209 (8 fictional commentaries by a helper who saw neither the rules nor the "
     "other sets, asked for quieter prose; unseen when measured and judged by two readers with the rules and "
     "the first learned judge of the round that began 2026-12-01 (03:57); then read, and fitted on by the "
     "learned judge)"),
    ("heldout-210", "Held-out set 210 (8 fictional commentaries by a helper who saw neither the rules nor the "
     "other sets, asked for quieter prose; kept out of the learned judge's fit; unseen when measured and judged "
     "by two readers with the rules and learned judge as submitted in the round that began 2026-12-01 (03:57))"),
    ("heldout-211", "Held-out set 211 (8 fictional commentaries by a helper who saw neither the rules nor the "
     "other sets, asked for quieter prose; kept out of the learned judge's fit; unseen when measured and judged "
     "by two readers with the rules and learned judge as submitted in the round that began 2026-12-01 (03:57))"),
    ("heldout-212", "Held-out set 212 (8 fictional commentaries by a helper who saw neither the rules nor the "
     "other sets, asked for quieter prose; kept out of the learned judge's fit; unseen when measured and judged "
     "by two readers with the rules and learned judge as submitted in the round that began 2026-12-01 (03:57))"),
    ("heldout-213", "Held-out set 213 (8 fictional commentaries by a helper who saw neither the rules nor the "
     "other sets, asked for quieter prose; kept out of the learned judge's fit; unseen when measured and judged "
     "by two readers with the rules and learned judge as submitted in the round that began 2026-12-01 (03:57))"),
    ("heldout-214", "Held-out set 214 (8 fictional commentaries by a helper who saw neither the rules nor the "
     "other sets, asked for quieter prose; kept out of the learned judge's fit; unseen when measured and judged "
     "by two readers with the rules and learned judge as submitted in the round that began 2026-12-01 (03:57), "
     "which read only the totals)"),
    ("heldout-215", "Held-out set 215 (8 fictional commentaries by a helper who saw neither the rules nor the "
     "other sets, asked for quieter prose; kept out of the learned judge's fit; unseen when measured and judged "
     "by two readers with the rules and learned judge as submitted in the round that began 2026-12-01 (03:57), "
     "which read only the totals)"),
    ("heldout-216", "Held-out set 216 (8 fictional commentaries by a helper who saw neither the rules nor the "
     "other sets, asked for quieter prose; kept out of the learned judge's fit; unseen when measured and judged "
     "by two readers with the rules and learned judge as submitted in the round that began 2026-12-01 (03:57), "
     "which read only the totals)"),
    ("heldout-217", "Held-out set 217 (8 fictional commentaries by a helper who saw neither the rules nor the "
     "other sets, asked for quieter prose; kept out of the learned judge's fit; unseen when measured and judged "
     "by two readers with the rules and learned judge as submitted in the round that began 2026-12-01 (03:57), "
     "which read only the totals)"),
    *((f"heldout-{n}", f"Held-out set {n} (8 fictional commentaries by a helper who saw neither the rules nor the "
       "other sets, asked for quieter prose; kept out of the learned judge's fit; unseen when measured and judged "
       "by two readers with the rules and learned judge of the round that began 2026-12-01 (03:57) and "
       + ("this round's passage pairing; then read, and this round's later changes checked on them)" if n <= 221 else
          "the writer rule of the round that began 2026-12-01 (05:25); then read: its last two rules saw the verdicts)"
          if n <= 225 else "as submitted in the round that began 2026-12-01 (05:25))"))
      for n in range(218, 230)),
    *((f"heldout-{n}", f"Held-out set {n} (8 fictional commentaries by a helper who saw neither the rules nor the "
       "other sets; kept out of the learned judge's fit; unseen when measured and judged by two readers with the "
       "round-start code and the new pairing of the round that began 2026-12-01 (08:20), then judged again by two "
       "more readers with the gold's definition of `weakened` after two later changes had seen the first verdicts)")
      for n in range(230, 234)),
    *((f"heldout-{n}", f"Held-out set {n} (8 fictional commentaries by a helper who saw neither the rules nor the "
       "other sets; kept out of the learned judge's fit; unseen when measured and judged by two readers with the "
       "round-start code and the code of the round that began 2026-12-01 (08:20) before its last change, which "
       "their verdicts prompted)")
      for n in range(234, 238)),
    *((f"heldout-{n}", f"Held-out set {n} (8 fictional commentaries by a helper who saw neither the rules nor the "
       "other sets; kept out of the learned judge's fit; unseen when measured with the round-start and the final "
       "code of the round that began 2026-12-03 (03:36), which labelled it alike, and when a reader judged those "
       "labels; the verdicts were read afterwards, and no rule came from them)")
      for n in range(238, 240)),
)
MOVE_OPS = {"moved", "moved_modified"}


@dataclass
class SyntheticScore:
    revisions: int
    pair_precision: float
    pair_recall: float
    relation_accuracy: float
    moved_recall: float
    false_moves: int
    identical_all_equal: bool


def synthetic_scores(count: int = 40, *, seed_text: str | None = None) -> SyntheticScore:
    text = seed_text or SEED.read_text(encoding="utf-8")
    title, sections = base_sections(text)
    true_pairs = found_pairs = correct_pairs = 0
    relation_total = relation_correct = 0
    moved_truth = moved_found = false_moves = 0
    for number in range(count):
        revision = revise(title, sections, seed=number, ops=4, edit_share=0.15)
        left = version_from_text(revision.left_text, "markdown", document_id="left")
        right = version_from_text(revision.right_text, "markdown", document_id="left", number=2)
        result = align(left, right)
        pairs = {(p.left, p.right) for p in result.sections if p.left is not None and p.right is not None}
        true_pairs += len(revision.section_truth)
        found_pairs += len(pairs)
        correct_pairs += len(pairs & revision.section_truth)
        for p in result.sections:
            expected = revision.relations.get((p.left, p.right))
            if expected:
                relation_total += 1
                relation_correct += expected == p.relation or (
                    expected == "matched_or_moved" and p.relation in ("matched", "moved"))
        for pair in result.sentences:
            if pair.op in MOVE_OPS:
                if pair.left in revision.moved_sentences and revision.right_origins[pair.right] == pair.left:
                    moved_found += 1
                else:
                    false_moves += 1
        moved_truth += len(revision.moved_sentences)
    same = version_from_text(text)
    identical = all(p.op == "equal" for p in align(same, version_from_text(text, document_id="memory", number=2)).sentences)
    return SyntheticScore(count, correct_pairs / max(found_pairs, 1), correct_pairs / max(true_pairs, 1),
                          relation_correct / max(relation_total, 1), moved_found / max(moved_truth, 1), false_moves,
                          identical)


@dataclass
class FixtureScore:
    pair_precision: float
    pair_recall: float
    changes_found: int
    changes_expected: int
    reworded_ok: bool
    missing: list[str]
    false_stance: list[str]      # stance labels (reversed, strengthened, weakened) the fixture does not plant


def fixture_scores() -> FixtureScore:
    from compare import Corpus

    expected = json.loads((FIXTURE / "expected.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder, Corpus.init(str(Path(folder) / "eval.db")) as corpus:
        first = corpus.documents()[0].id
        corpus.add(str(FIXTURE / "revised.txt"), id=first)
        result = corpus.compare(f"{first}@1", f"{first}@2")
    found = {(p.left_heading, p.right_heading) for p in result.sections
             if p.left_section_id is not None and p.right_section_id is not None}
    deleted = {p.left_heading for p in result.sections if p.relation == "deleted"}
    added = {p.right_heading for p in result.sections if p.relation == "added"}
    want = {tuple(p) for p in expected["section_pairs"]}
    want_deleted, want_added = set(expected["deleted_sections"]), set(expected["added_sections"])
    # Precision over the pairs the fixture speaks about (its listed pairs and deletions).
    named = {h for pair in want for h in pair} | want_deleted
    relevant = {p for p in found if p[0] in named or p[1] in named}
    precision = (len(relevant & want) + len(deleted & want_deleted)) / max(len(relevant) + len(deleted & named), 1)
    recall = (len(found & want) + len(deleted & want_deleted) + len(added & want_added)) / max(
        len(want) + len(want_deleted) + len(want_added), 1)
    missing, hits = [], 0
    for case in expected["position_changes"]:
        ok = any(c.change == case["change"] and c.issue_id == case["issue"]
                 and (case["left_contains"] is None or (c.left and case["left_contains"] in c.left.sentence))
                 and (c.right and case["right_contains"] in c.right.sentence) for c in result.position_changes)
        hits += ok
        if not ok:
            missing.append(f"{case['issue']} {case['change']}: {case['right_contains']}")
    stance_labels = {"reversed", "strengthened", "weakened"}
    reworded_ok = not any(c.change in stance_labels and c.right and needle in c.right.sentence
                          for needle in expected["not_position_changes"] for c in result.position_changes)
    planted = [case for case in expected["position_changes"] if case["change"] in stance_labels]
    false_stance = [f"{c.issue_id} {c.change}: {c.right.sentence if c.right else ''}" for c in result.position_changes
                    if c.change in stance_labels and not any(
                        c.change == case["change"] and c.right and case["right_contains"] in c.right.sentence
                        for case in planted)]
    return FixtureScore(precision, recall, hits, len(expected["position_changes"]), reworded_ok, missing,
                        false_stance)


def stance_scores(path: Path = STANCE_CASES) -> dict[str, tuple[float, float, int]]:
    """Precision and recall per label on hand-written sentence pairs: {label: (precision, recall, support)}."""
    cases = json.loads(path.read_text(encoding="utf-8"))
    predicted = [label_pair(case["left"], case["right"]) for case in cases]
    truth = [case["change"] for case in cases]
    scores = {}
    for label in sorted(set(truth) | set(predicted)):
        tp = sum(1 for p, t in zip(predicted, truth) if p == t == label)
        fp = sum(1 for p, t in zip(predicted, truth) if p == label != t)
        fn = sum(1 for p, t in zip(predicted, truth) if t == label != p)
        scores[label] = (tp / max(tp + fp, 1), tp / max(tp + fn, 1), tp + fn)
    return scores


def label_pair(left_text: str, right_text: str) -> str:
    """The change label for one sentence rewritten as another, as a version comparison would give it."""
    from compare.alignment.worddiff import word_diff
    from compare.changes import PositionRow, classify, is_spelling_only
    from compare.positions import extract

    left, right = extract(left_text), extract(right_text)
    diff = word_diff(left_text, right_text)
    if left is None or right is None:
        if (left or right) and is_spelling_only(diff):
            return "reworded"
        return "new" if right is not None else "dropped" if left is not None else "none"
    return classify(PositionRow.from_stance(left, left_text), PositionRow.from_stance(right, right_text), diff)[0]


def report() -> str:
    lines = []
    fixture = fixture_scores()
    lines.append("Fixture (revision-example)")
    lines.append(f"  section pairs: precision {fixture.pair_precision:.3f}, recall {fixture.pair_recall:.3f}")
    lines.append(f"  expected position changes found: {fixture.changes_found}/{fixture.changes_expected}"
                 + (f" (missing: {'; '.join(fixture.missing)})" if fixture.missing else ""))
    lines.append(f"  reworded sentence kept out of stance labels: {'yes' if fixture.reworded_ok else 'NO'}")
    lines.append(f"  stance labels the fixture does not plant: {len(fixture.false_stance)}"
                 + "".join(f"\n    {f}" for f in fixture.false_stance))
    synthetic = synthetic_scores()
    lines.append(f"Synthetic revisions ({synthetic.revisions}, 4 structural operations each, 15% of sentences edited)")
    lines.append(f"  section pairs: precision {synthetic.pair_precision:.3f}, recall {synthetic.pair_recall:.3f}; "
                 f"relation accuracy {synthetic.relation_accuracy:.3f}")
    lines.append(f"  moved sentences: recall {synthetic.moved_recall:.3f}, false moves {synthetic.false_moves}")
    lines.append(f"  identical documents all equal: {'yes' if synthetic.identical_all_equal else 'NO'}")
    for path in (STANCE_CASES, STANCE_HELDOUT):
        lines.append(f"Stance cases ({path.relative_to(ROOT)}): precision / recall per label")
        for label, (precision, recall, support) in stance_scores(path).items():
            lines.append(f"  {label:13s} precision {precision:.2f}  recall {recall:.2f}  (n={support})")
    lines.append(real_prose.report(real_prose.DEFAULT_FOLDER, sample=25, title=(
        "Real commentaries (../shared/real-dev: 4 real texts by the essay's author; the rules were developed "
        "against them, so they are not unseen)")))
    lines.append("Fixture sets with gold judgements. The learned judge (compare/learned.py) was fitted on all of them "
                 "but those its training leaves out (bench/train_judge.py NOT_FITTED), so the others' figures are "
                 "fitted, whatever a set's title says of the rules; `make model` prints figures cross-validated by "
                 "set (each set labelled by a model fitted without it).")
    totals = {True: [0, 0, 0], False: [0, 0, 0]}     # fitted on: [sets, hits, judgements]
    missed: dict[bool, Counter] = {True: Counter(), False: Counter()}
    for folder, title in HELD_OUT:
        text, hits, total, misses = real_prose.scored_report(ROOT / "tests" / "fixtures" / folder, sample=0,
                                                             title=title)
        counts = totals[folder not in NOT_FITTED]
        counts[0], counts[1], counts[2] = counts[0] + 1, counts[1] + hits, counts[2] + total
        missed[folder not in NOT_FITTED].update(misses)
        lines.append(text)
    for fitted, (sets, hits, total) in totals.items():
        if sets:
            lines.append(f"{sets} fixture sets {'the learned judge was fitted on' if fitted else 'kept out of its fit'}: "
                         f"{hits}/{total} gold judgements with the gold label on a sentence carrying the gold "
                         f"evidence ({hits / max(total, 1):.0%}); {real_prose.misses_line(missed[fitted])}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report())
