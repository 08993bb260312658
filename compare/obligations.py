"""Obligation cues that tell a fact rather than call for anything: a step still to take ("the details still need
to be worked out"), and a need denied to reassure ("there is no need to panic", "we do not have to interpret it
as..."). positions.py drops such cues from the calls it reads."""

from __future__ import annotations


def still_pending(lowered: list[str], at: int) -> bool:
    """'The details of the ferry rota still need to be worked out', 'Westport still has to decide where to put the
    pier': a step not yet taken, told as a fact; no call ("the port still needs to do more" still calls)."""
    if lowered[at] not in _NEEDING or lowered[at + 1:at + 2] != ["to"] or _STILL.isdisjoint(lowered[max(0, at - 2):at]):
        return False
    step = lowered[at + 2:at + 4]
    return bool(step) and (step[0] in _STEPS or (step[0] == "be" and step[1:] != [] and step[1] in _STEPS_TAKEN))


_NEEDING = frozenset("need needs has have".split())
_STILL = frozenset("still yet".split())
_STEPS = frozenset("decide determine finalize finalise settle confirm choose".split())
_STEPS_TAKEN = frozenset("worked decided determined finalized finalised settled confirmed agreed approved ratified "
                         "resolved clarified negotiated".split())


def may_reassure(lowered: list[str]) -> bool:
    """Whether a sentence has a word a reassurance opens on (a cheap test before reassures)."""
    return not (_ALARM.isdisjoint(lowered) and _READINGS.isdisjoint(lowered))


def reassures(lowered: list[str], match) -> bool:
    """Whether a denied need opens on a feeling of alarm ("doesn't have to be anxious", "need not worry", "there is
    no need to panic") or on a reading ("we do not have to interpret it as..."): the writer reassures, and calls for
    nothing."""
    before = lowered[max(0, match[0] - 2):match[0]]
    j = match[0] + match[1]
    denied = not _DENIALS.isdisjoint(before) or not _DENIALS.isdisjoint(lowered[j:j + 1])
    while j < len(lowered) and lowered[j] in _BEFORE_A_FEELING:
        j += 1
    # (a reading only after a need denied: "we should not assume that..." and "must not be read as..." still warn)
    return denied and j < len(lowered) and (lowered[j] in _ALARM or (lowered[j] in _READINGS and match[3] in _NEEDS))


_ALARM = frozenset("worry fret panic fear anxious alarmed afraid nervous overreact".split())
# and a reading the reader need not take ("We do not have to interpret the word as more than rhetoric"): the writer
# says how a thing may be read, and calls for nothing
_READINGS = frozenset("interpret read assume conclude regard".split())
_BEFORE_A_FEELING = frozenset("not n't to be too unduly overly".split())
_NEEDS = frozenset(("need", "need to", "needs to", "have to", "has to"))    # the needs a reading may be denied
_DENIALS = frozenset("not never n't no".split())
