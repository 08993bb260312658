"""The README's Python session: run it in a folder holding later.txt (a revision of the seed essay).

    python examples/api_session.py        # or paste the lines into a notebook

tests/test_packaging.py runs this file against a wheel installed in a fresh environment.
"""

import dataclasses

from compare import Corpus

Corpus.init("corpus.db").close()     # once: create the database, load the seed essay and the issues
c = Corpus("corpus.db")              # opens and migrates; Corpus.init(path) creates and loads the seeds
v = c.add("later.txt", id="tanaka-2016-shoring-up-the-us-japan-alliance")   # or text=..., metadata=...
c.documents()                        # list of Document
cmp = c.compare("tanaka@1", "tanaka@2")      # a Comparison: .sections, .sentences, .position_changes
c.diff("tanaka@1", "tanaka@2", format="html")   # the rendered text
c.positions("tanaka@2", issue="north-korea"); c.timeline("north-korea"); c.compare_all(base=None)  # noqa: E702

# Every list converts to records, so pandas.DataFrame(records) works as is.
records = [dataclasses.asdict(change) for change in cmp.position_changes]
print(v)
for change in cmp.position_changes:
    if change.change != "unchanged":
        print(change.issue_id, change.change, change.explanation)
print(len(c.documents()), "documents,", len(cmp.sentences), "sentence pairs,", len(records), "position changes,",
      len(c.positions("tanaka@2", issue="north-korea")), "positions on north-korea,",
      len(c.timeline("north-korea")), "timeline entries,", len(c.diff("tanaka@1", "tanaka@2", format="html")),
      "characters of HTML")
c.close()
