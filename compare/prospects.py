"""Prospects judged poor: an act that is hard, difficult or impossible to do ("it may be next to impossible to
persuade the port to settle", "it will be hard to rebuild trust"). The writer judges the act's prospects badly, which
the documented convention reads as against (-1), whatever the act's own direction: read alone, "persuade" and
"rebuild" would make the sentence hopeful."""

from __future__ import annotations


def hard_to_do(lowered: list[str], polar: list) -> str | None:
    """The words of a hopeful act that the sentence calls hard to do ("difficult to persuade"), or None."""
    for m in polar:
        at = m[0]
        if m[2] <= 0 or at < 2 or lowered[at - 1] != "to":
            continue
        for k in range(at - 2, max(-1, at - 2 - HARD_REACH), -1):
            if lowered[k] in _HARD:
                if not k or lowered[k - 1] not in _BEFORE_A_PROSPECT:
                    break       # ("must work harder to keep China close", "squeeze it harder and to persuade...": an
                    #             adverb of effort, not a prospect judged)
                return f"{lowered[k]} to {' '.join(lowered[at:at + m[1]])}"
            if not lowered[k][:1].isalpha() or lowered[k] in _NOT_BETWEEN:
                break
    return None


HARD_REACH = 5          # "difficult for Tokyo and Seoul to agree"
_HARD = frozenset("hard harder difficult impossible tough".split())
# what stands before "hard" when it judges a prospect: a copula, "it" ("makes it harder to"), a degree word, "next to"
_BEFORE_A_PROSPECT = frozenset("is are was were be been being become becomes became remain remains remained prove proves "
                               "proved seem seems seemed look looks it very so too extremely increasingly much far even "
                               "quite rather all to that this".split())
_NOT_BETWEEN = frozenset("but that which who not".split())
