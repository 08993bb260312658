"""fprobe.py < sentences: read each with the issue at its first 'ferry' (or Ferry) word. cwd = code worktree."""
import os, sys
sys.path.insert(0, os.getcwd()); sys.path.insert(0, os.path.join(os.getcwd(), 'tests'))
from compare.positions import extract_for_issues
from conftest import span
for line in sys.stdin:
    t = line.strip()
    if not t: continue
    w = 'ferry' if 'ferry' in t else 'Ferry'
    s = extract_for_issues(t, {"ferry": span(t, w)}).get("ferry")
    if s is None: print('NONE |', t[:100]); continue
    c = {k: v for k, v in s.cues.items() if k in ('kind','polarity','negations','clause','shift','hedges')}
    print(f"{s.kind} {s.polarity:+d} {s.attribution} | {t[:100]}\n    {c}")
