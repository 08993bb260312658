"""Word-level diffs with diff-match-patch: words become characters, so no change splits a word."""

from __future__ import annotations

from ..text.tokens import pieces
from .features import WordCodec

OPS = {0: "=", -1: "-", 1: "+"}


def _engine():
    from diff_match_patch import diff_match_patch

    engine = diff_match_patch()
    engine.Diff_Timeout = 0  # deterministic: never cut a diff short on time
    return engine


_ENGINE = None


def word_diff(left: str, right: str) -> tuple[tuple[str, str], ...]:
    """[(op, text)] with op '=', '-', '+'; '=' and '-' rebuild left, '=' and '+' rebuild right."""
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = _engine()
    codec = WordCodec()
    a = codec.encode(pieces(left))
    b = codec.encode(pieces(right))
    diffs = _ENGINE.diff_main(a, b, False)
    _ENGINE.diff_cleanupSemantic(diffs)
    out: list[tuple[str, str]] = []
    for op, chars in diffs:
        text = "".join(codec.decode(chars))
        if out and out[-1][0] == OPS[op]:
            out[-1] = (OPS[op], out[-1][1] + text)
        elif text:
            out.append((OPS[op], text))
    return tuple(out)


def rebuild(diff, side: str) -> str:
    """The left ('-') or right ('+') text a diff was made from."""
    keep = {"=", side}
    return "".join(text for op, text in diff if op in keep)
