"""The README's Python session: run it in a folder holding later.txt (a revision of the seed essay).

    python examples/api_session.py        # or paste the lines into a notebook
"""

import dataclasses

from compare import Corpus

c = Corpus.init("corpus.db")                  # creates and migrates; loads the seed essay and the issues
v = c.add("later.txt", id="tanaka-2016-shoring-up-the-us-japan-alliance")   # or text=..., metadata=...
print(v)                                      # tanaka-2016-shoring-up-the-us-japan-alliance@2 added
print([d.id for d in c.documents()])
cmp = c.compare("tanaka@1", "tanaka@2")       # a Comparison: .sections, .sentences, .position_changes
for change in cmp.position_changes:
    if change.change != "unchanged":
        print(change.issue_id, change.change, change.explanation)
html = c.diff("tanaka@1", "tanaka@2", format="html")    # the rendered text
positions = c.positions("tanaka@2", issue="north-korea")
timeline = c.timeline("north-korea")
everything = c.compare_all(base=None)
records = [dataclasses.asdict(p) for p in cmp.position_changes]   # pandas.DataFrame(records) works as is
print(len(cmp.sentences), "sentence pairs,", len(records), "position changes,", len(positions), "positions,",
      len(timeline), "timeline entries,", len(everything), "comparisons,", len(html), "characters of HTML")
c.close()
