"""Imperatives: a sentence that opens on a verb in its base form calls for what it says ("Second, do not expand the
port.", "Finally, keep the ferry link open."), unless it leads the reader, greets or offers an example ("Let me turn
to...", "Take, for example, ..."). positions.py adds the verb as a call."""

from __future__ import annotations

from .clauses import AUXILIARIES, COPULAS
from .lexicon import Lexicon
from .text.lowering import LOWER as _LOWER

# Imperatives: "Second, do not expand the port.", "Finally, keep the ferry link open." An opening word
# of enumeration or linking may come first; then a verb in its base form: one of these, or a verb of stance.
IMPERATIVE_OPENERS = frozenset("first second third fourth fifth finally lastly next then instead so and but now also "
                               "above all again rather , :".split())
# (not "look", "consider", "remember", "think": "Look at the supply chains running through Vietnam" points the
# reader to evidence; it calls for nothing)
_IMPERATIVE_VERBS = frozenset("treat make let keep stop start build take give put use bring seek "
                              "accept work press push talk invest join open drop tell ask plan prepare "
                              "learn listen act move hold stand insist recognise recognize".split())
_NOT_AFTER_IMPERATIVE = frozenset("of is are was were has have had will would can could may might".split())
_IMPERATIVE_FIRSTS = IMPERATIVE_OPENERS | _IMPERATIVE_VERBS | frozenset(("do", "don't", "never", "let", "let's"))
_OPENER_REACH = 4


def imperative_at(raw: list[str], lexicon: Lexicon) -> int | None:
    """The index of the verb that opens an imperative sentence, or None. A base-form verb first (after words of
    enumeration), and no finite verb before the first comma: "Support for the pact is strong" states."""
    if not raw or (_LOWER.one(raw[0]) not in _IMPERATIVE_FIRSTS and lexicon.polar_verbs.isdisjoint((raw[0].lower(),))):
        return None         # most sentences: one look at the first word
    k = 0
    while k < min(len(raw), _OPENER_REACH) and raw[k].lower() in IMPERATIVE_OPENERS:
        k += 1
    if k >= len(raw) - 1:
        return None
    word, following = _LOWER.one(raw[k]), _LOWER.one(raw[k + 1])
    if (word == "let" and following == "us") or word == "let's":
        # ("Let us start by checking the larger context": where the text goes next, no call on any issue)
        verb = raw[k + 1 + (word == "let"):k + 3 + (word == "let")]
        # ("Let's be clear: ...", "Let us be honest about...": how the writer speaks, which is no call either)
        candour = [w.lower() for w in verb[:2]] in (["be", c] for c in _CANDOUR)
        return None if verb and (verb[0].lower() in _LEADING_THE_READER or candour) else k
    if word == "let" and following == "me":
        return None         # "Let me put it carefully", "Let me turn to the alliance": the speaker's own act
    if word == "welcome" and following in _AFTER_A_GREETING:
        return None         # "Welcome back to Harbour Weekly": a greeting
    if word in _OFFERING_AN_EXAMPLE and (following in _EXAMPLE_NAMED or (word, following) in _EXAMPLE_CASES):
        return None         # "Take one of his first acts, ...", "Consider the ferry pact.": an example offered
    if (word == "do" and following in ("not", "n't")) or word in ("don't", "never"):
        return None if following == "mind" else k     # ("Never mind that...": what follows is granted, no call)
    if (word not in _IMPERATIVE_VERBS and lexicon.polar_verbs.isdisjoint((word,))) or following in _NOT_AFTER_IMPERATIVE:
        return None
    clause_end = next((j for j in range(k + 1, len(raw)) if raw[j] in (",", ";", ":", ".")), len(raw))
    if any(raw[j].lower() in AUXILIARIES or raw[j].lower() in COPULAS for j in range(k + 1, clause_end)):
        return None
    return k


_LEADING_THE_READER = frozenset("start begin turn return look consider examine explore review recall talk move try "
                                "go come hear face focus".split())
_CANDOUR = frozenset("clear frank honest candid blunt realistic plain".split())
_AFTER_A_GREETING = frozenset("back to , . ! everyone all".split())
_OFFERING_AN_EXAMPLE = frozenset("take consider".split())
_EXAMPLE_NAMED = frozenset(", one for".split())     # "Take, for example, ...", "Take one of...", "Consider one..."
# (not "Take steps to...", "Take the lead", "Consider joining...": calls)
_EXAMPLE_CASES = frozenset((("consider", "the"), ("consider", "this"), ("consider", "these"), ("take", "this")))
