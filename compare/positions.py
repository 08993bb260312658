"""Positions: rule-based stance extraction from one sentence, every field with its cues."""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import TOKEN, Lexicon, default_lexicon, stem_all

MAX_STRENGTH = 5.0
HEDGE_WEIGHT = 0.5
NEGATION_WINDOW = 3
GOVERNED_WINDOW = 3
_CLAUSE_WORDS = frozenset("that which who because while if when but although though whereas since so than as "
                          "whereby where unless until".split())
_SKIP_AFTER_CUE = frozenset("be been being also to further still then thus therefore really now both either "
                            "actively only do more".split())
_QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019")
_AUXILIARIES = frozenset("has have had is are was were be been being would will should must can could may might "
                         "does do did also already".split())


@dataclass(frozen=True)
class Stance:
    """A position taken in one sentence. cues: for each field, the words that decided it."""

    kind: str
    polarity: int
    strength: float
    hedged: bool
    target: str | None
    cues: dict = field(hash=False, compare=False)


def extract(text: str, lexicon: Lexicon | None = None) -> Stance | None:
    """The stance a sentence takes, or None when it has no modal, commitment, prediction or evaluative cue."""
    lexicon = lexicon or default_lexicon()
    raw = TOKEN.findall(text)
    tokens = stem_all(raw)
    found = lexicon.scan(tokens)
    prescriptions, commitments, predictions, polar = (found[k] for k in ("prescription", "commitment", "prediction", "polar"))
    if not (prescriptions or commitments or predictions or polar):
        return None
    hedges, intensifiers, negations = found["hedges"], found["intensifiers"], found["negations"]
    negated_at = {i + j for i, n, _, _ in negations for j in range(n)}

    if prescriptions:
        kind, decisive = "prescription", prescriptions
    elif commitments:
        kind, decisive = "commitment", commitments
    elif predictions and (not polar or predictions[0][0] < polar[0][0]):
        kind, decisive = "prediction", predictions
    elif polar:
        kind, decisive = "evaluation", []
    else:
        return None
    main = max(decisive, key=lambda m: (m[2], -m[0])) if decisive else None
    base = main[2] if main else 2.0

    polarity_cues, total, evaluative_total = [], 0.0, None
    for index, length, value, phrase in polar:
        flipped = any(k in negated_at for k in range(max(0, index - NEGATION_WINDOW), index))
        signed = -value if flipped else value
        total += signed
        if abs(value) < 2:
            evaluative_total = (evaluative_total or 0.0) + signed
        polarity_cues.append(("not " if flipped else "") + raw[index] if length == 1 else phrase)
    modal_negated = bool(main) and any(k in negated_at for k in range(main[0] + main[1], main[0] + main[1] + 2))
    governed = _governed(main, polar, negated_at) if main else None
    if governed is not None:
        total = governed  # the verb the modal governs decides: "should abandon X, though expanding Y"
    elif kind in ("evaluation", "prediction") and evaluative_total is not None:
        total = evaluative_total  # "a retreat would be detrimental": the predicate judges, the subject is the target
    if total > 0:
        polarity = 1
    elif total < 0:
        polarity = -1
    elif kind in ("prescription", "commitment") and not polar:
        polarity = -1 if modal_negated else 1
    else:
        polarity = 0
    strength = min(MAX_STRENGTH, base + len(intensifiers))
    cues = {
        "kind": _surface(raw, main) if main else (polarity_cues[0] if polarity_cues else None),
        "strength": ([_surface(raw, main)] if main else []) + [_surface(raw, m) for m in intensifiers],
        "polarity": polarity_cues + (["not (after the modal)"] if modal_negated and not polar else []),
        "hedges": [_surface(raw, m) for m in hedges],
        "negations": [_surface(raw, m) for m in negations],
        "intensifiers": [_surface(raw, m) for m in intensifiers],
    }
    target = _target(raw, tokens, kind, main, polar)
    return Stance(kind, polarity, strength, bool(hedges), target, cues)


def _governed(main, polar, negated_at) -> float | None:
    """Signed value of the first polar term within GOVERNED_WINDOW words after the modal cue."""
    end = main[0] + main[1]
    for index, _, value, _ in polar:
        if end <= index <= end + GOVERNED_WINDOW:
            flipped = any(k in negated_at for k in range(max(0, index - NEGATION_WINDOW), index))
            return -value if flipped else value
    return None


def _surface(raw: list[str], match) -> str:
    index, length, _, _ = match
    return " ".join(raw[index:index + length])


def _target(raw, tokens, kind, main, polar) -> str | None:
    """After the cue for prescriptions and predictions; the subject before the polar term for evaluations."""
    if main is not None:
        index = main[0] + main[1]
        intensifiers = default_lexicon().intensifiers.by_first
        while index < len(tokens) and (tokens[index] in _SKIP_AFTER_CUE or raw[index].endswith("ly")
                                       or raw[index] == "," or tokens[index] in intensifiers):
            index += 1
        phrase = _run(raw, index, 1)
        if len(phrase) >= 2 or (phrase and not phrase[0][0].islower()):
            return " ".join(phrase[:6])
        before = _run(raw, main[0] - 1, -1)
        return " ".join((before or phrase)[-6:]) or None
    if polar:
        before = _run(raw, polar[0][0] - 1, -1)
        if before and abs(polar[0][2]) < 2:
            return " ".join(before[-5:])
        return " ".join(_run(raw, polar[0][0], 1)[:6]) or None
    return None


def _run(raw: list[str], index: int, step: int, limit: int = 8) -> list[str]:
    """Up to `limit` words from index in direction step, until punctuation or a clause word."""
    words = []
    while 0 <= index < len(raw) and len(words) < limit:
        word = raw[index]
        index += step
        if word in _QUOTES:
            continue
        if not word[0].isalnum() or word.lower() in _CLAUSE_WORDS:
            break
        words.append(word)
    if step < 0:
        words.reverse()
        while words and words[0].lower() in _AUXILIARIES:
            words.pop(0)
        while words and words[-1].lower() in _AUXILIARIES:
            words.pop()
    return words
