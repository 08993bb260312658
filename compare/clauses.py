"""Split a tokenised sentence into clauses, so that a cue counts only in the clause it governs.

Kinds:
- main        the sentence's own assertion (coordinated main clauses too: "..., and should be withdrawn");
- complement  a that-clause completing the main predicate ("It is crucial that...", "The worry is that...");
- relative    "..., which ...", "allies who should ...": says something about a noun, not the sentence's stance;
- subordinate "if/although/because/while ...": a condition or concession;
- result      a participle after a comma (", undermining the credibility of ..."): the writer's comment on the
              main clause; it may give the main clause its direction but never its kind or strength;
- aside       between dashes or in parentheses.
"""

from __future__ import annotations

from dataclasses import dataclass

RELATIVES = frozenset("which who whom whose".split())
SUBORDINATORS = frozenset("although though while whereas because since if unless when whenever once until "
                          "after before whether as given despite".split())
COORDINATORS = frozenset("and but yet".split())
AUXILIARIES = frozenset("should must will would can could may might shall is are was were has have had need needs "
                        "cannot ought do does did".split())
MODALS = frozenset("should must will would can could may might shall cannot".split())
COPULAS = frozenset("is are was were be been being remains".split())
# An em dash or a parenthesis opens an aside; an en dash joins words ("US\u2013China") and opens nothing.
_OPEN_ASIDE, _CLOSE_ASIDE = frozenset("(\u2014"), frozenset(")\u2014")
_BREAKS = frozenset(";:")
_SUBJECT_STARTS = frozenset("the a an it they we i there this these those such no its their our he she".split())


@dataclass(frozen=True)
class Clause:
    start: int      # token index, inclusive
    end: int        # token index, exclusive
    kind: str


def split_clauses(raw: list[str], reporting_at: frozenset[int] = frozenset()) -> list[Clause]:
    """Clauses covering raw (tokens of one sentence) in order. reporting_at: token indexes of reporting verbs,
    whose that-clause is a complement (the reported content)."""
    clauses: list[Clause] = []
    lowered = [t.lower() for t in raw]
    start, kind = 0, "subordinate" if lowered and lowered[0] in SUBORDINATORS else "main"
    resume = "main"          # the kind a comma returns to after a relative or subordinate clause
    in_aside = False
    relative_has_verb = False   # a restrictive relative ("the process by which that is achieved") has its verb
    for index, token in enumerate(lowered):
        new_kind = None
        if token in _OPEN_ASIDE and not in_aside and token != ")":
            clauses.append(Clause(start, index, kind))
            start, resume, kind, in_aside = index + 1, kind, "aside", True
            continue
        if token in _CLOSE_ASIDE and in_aside:
            clauses.append(Clause(start, index, kind))
            start, kind, in_aside = index + 1, resume, False
            continue
        if in_aside:
            continue
        following = lowered[index + 1] if index + 1 < len(lowered) else ""
        if token in _BREAKS:
            new_kind, cut = "main", index + 1
        elif token == ",":
            if following == "which" and index + 2 < len(lowered) and lowered[index + 2] in AUXILIARIES:
                new_kind, cut = "result", index + 1     # ", which may be detrimental": a comment on the clause
            elif following in RELATIVES:
                new_kind, cut = "relative", index + 1
            elif following in SUBORDINATORS and following != "as":
                new_kind, cut = "subordinate", index + 1
            elif following in COORDINATORS:
                new_kind, cut = "main", index + 1
            elif following.endswith("ing") and len(following) > 5 and kind == "main" and index > 2:
                new_kind, cut = "result", index + 1
            elif kind in ("relative", "subordinate", "result"):
                new_kind, cut = ("main" if kind == "subordinate" else resume), index + 1
        elif token in SUBORDINATORS and token not in ("as", "given", "despite", "after", "before", "until") \
                and index > 0 and kind in ("main", "complement") and index + 1 < len(raw) \
                and (lowered[index + 1] in _SUBJECT_STARTS or raw[index + 1][:1].isupper()):
            new_kind, cut = "subordinate", index     # "... while Moscow continues to ...": a clause of its own
        elif kind == "relative" and token in MODALS and relative_has_verb and lowered[index - 1] != ",":
            new_kind, cut = resume if resume != "relative" else "main", index   # its verb done: the main verb
        elif token in RELATIVES and index > 0 and kind in ("main", "complement"):
            new_kind, cut = "relative", index
        elif token == "that" and index > 0 and kind in ("main", "complement") and _opens_complement(raw, lowered, index,
                                                                                                     reporting_at):
            new_kind, cut = "complement", index
        elif token == "that" and index > 0 and kind in ("main", "complement") and _is_relative_that(raw, lowered, index):
            new_kind, cut = "relative", index     # "joint planning that leads China to...": about the noun
        elif token in ("and", "but") and following in AUXILIARIES and kind in ("main", "complement", "relative"):
            new_kind, cut = ("main" if kind != "relative" else "relative"), index
        elif token == "but" and kind in ("main", "complement"):
            new_kind, cut = "main", index
        if new_kind is not None:
            if kind in ("main", "complement"):
                resume = "main"
            clauses.append(Clause(start, cut, kind))
            start, kind = cut, new_kind
            relative_has_verb = False
        elif kind == "relative" and (token in AUXILIARIES or (token.endswith("ed") and len(token) > 4)):
            relative_has_verb = True
    # a dash that never closes introduces an elaboration of the clause before it, not an aside
    clauses.append(Clause(start, len(raw), resume if in_aside and lowered[start - 1] != "(" else kind))
    return [c for c in clauses if c.end > c.start]


def _opens_complement(raw: list[str], lowered: list[str], index: int, reporting_at: frozenset[int]) -> bool:
    """'that' completing a predicate (is that, crucial that, argued that) rather than a determiner or relative."""
    before = lowered[index - 1]
    if index - 1 in reporting_at or before in COPULAS:
        return True
    if index + 1 >= len(raw):
        return False
    # "that the", "that Japan", "that it": a clause with its own subject follows
    return lowered[index + 1] in _SUBJECT_STARTS or raw[index + 1][:1].isupper()


def _is_relative_that(raw: list[str], lowered: list[str], index: int) -> bool:
    """'that' after a noun and before a verb ("planning that leads"): a relative pronoun."""
    if index + 1 >= len(raw) or not raw[index - 1][:1].isalpha():
        return False
    following = lowered[index + 1]
    return (following in AUXILIARIES or following.endswith("s") or following.endswith("ed")) \
        and following not in _SUBJECT_STARTS and raw[index + 1][:1].islower()


def clause_at(clauses: list[Clause], index: int) -> Clause:
    for clause in clauses:
        if clause.start <= index < clause.end:
            return clause
    return clauses[-1]
