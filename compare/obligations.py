"""Obligation cues that tell a fact rather than call for anything: a step still to take ("the details still need
to be worked out"). positions.py drops such cues from the calls it reads."""

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
