"""Position changes: between versions of one document from the sentence alignment; across documents by judge."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from corpus.store import Store

from .clauses import split_clauses
from .harm import marks_a_leaving_judged
from .positions import HEDGE_WEIGHT, NOT_ONLY
from .spelling import fold_all, undotted
from .text.tokens import CLAUSE_TOKEN, KEY_WORD

STRENGTH_STEP = 0.5
TYPO_SIMILARITY = 75


@dataclass(frozen=True)
class PositionRow:
    id: int
    sentence_id: int
    issue_id: str
    kind: str
    polarity: int
    strength: float
    hedged: bool
    target: str | None
    cues: dict
    text: str
    attribution: str = "author"
    confidence: float | None = None     # confidence.py: None for others' views, or with the model off

    @property
    def effective_strength(self) -> float:
        """Strength less half a point per hedge: what strengthened and weakened compare."""
        return self.strength - HEDGE_WEIGHT * len(self.cues.get("hedges", ()))

    @classmethod
    def from_stance(cls, stance, text: str, *, id: int = 0, sentence_id: int = 0, issue_id: str = "") -> PositionRow:
        """An unsaved position, for classifying sentence pairs outside a database."""
        return cls(id, sentence_id, issue_id, stance.kind, stance.polarity, stance.strength, stance.hedged,
                   stance.target, stance.cues, text, stance.attribution)


@dataclass(frozen=True)
class Change:
    issue_id: str
    left: PositionRow | None
    right: PositionRow | None
    change: str
    score: float
    explanation: str
    judged_by: str = "rules"            # or "learned" (learned.py)
    # the counterpart is only the closest base claim on the issue (a turn such as "I was wrong.", a learned label),
    # not one a rule chose for its sort (a warning borne out): the sentences around it may show a closer one
    closest_only: bool = False
    # set when the label was withheld (judge._lacks): the confidence another writer's later reading needed for it.
    # A withheld label is recorded in withheld_changes, never in position_changes.
    needed: float | None = None

    @property
    def withheld(self) -> bool:
        return self.needed is not None


UNREAD = "unread"   # the kind of a claim the rules read no position in, which only the learned judge labels


def unread_claims(store: Store, version_id: int, positions: list[PositionRow]) -> list[PositionRow]:
    """The claims of an analysed version that the rules could not read (analysis.unread_sentences), as positions
    that are not stored (id 0) and take no direction: kind UNREAD. Read only when the learned judge is on."""
    from .analysis import unread_sentences

    read = {p.sentence_id for p in positions}
    return [PositionRow(0, sentence_id, issue, UNREAD, 0, 0.0, False, None, {"issue": {"via": via}}, text)
            for sentence_id, issue, via, text in unread_sentences(store, version_id, read)]


def load_positions(store: Store, version_id: int) -> list[PositionRow]:
    rows = store.conn.execute(
        "SELECT p.id, p.sentence_id, p.issue_id, p.kind, p.polarity, p.strength, p.hedged, p.target, p.cues, s.text, "
        "p.attribution, p.confidence FROM positions p JOIN sentences s ON s.id = p.sentence_id WHERE p.version_id = ? "
        "ORDER BY s.ordinal, p.issue_id", (version_id,)).fetchall()
    return [PositionRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], json.loads(r[8]), r[9], r[10], r[11])
            for r in rows]


def classify(left: PositionRow, right: PositionRow, diff) -> tuple[str, str]:
    """unchanged / reworded / strengthened / weakened / reversed, with the cue that decided it."""
    if left.text == right.text:
        return "unchanged", "same sentence"
    if diff is not None and is_spelling_only(diff):
        return "reworded", "spelling or spacing fix only; the stance is untouched"
    l_pol, r_pol = left.cues.get("polarity", []), right.cues.get("polarity", [])
    if left.polarity * right.polarity == -1:
        gone = [c for c in l_pol if c not in r_pol] or l_pol or ["(no cue)"]
        came = [c for c in r_pol if c not in l_pol] or r_pol or ["(no cue)"]
        return "reversed", (f"{_phrase(left, gone[0])} -> {_phrase(right, came[0])}: "
                            f"{_lemma(gone[0])}/{_lemma(came[0])} flips polarity ({left.polarity:+d} -> {right.polarity:+d})")
    # A side without a direction cue may only use a word the lexicon lacks: that is no evidence of a change
    # of direction, so only the strength is compared.
    delta = right.effective_strength - left.effective_strength
    if abs(delta) >= STRENGTH_STEP:
        label = "strengthened" if delta > 0 else "weakened"
        return label, f"{_join(left.cues.get('strength', []))} -> {_join(right.cues.get('strength', []))}: " + _strength_note(left, right)
    return "reworded", f"same stance ({right.kind}, {right.polarity:+d}, strength {right.strength:g}); wording changed"


def _phrase(position: PositionRow, polar_cue: str) -> str:
    modal = position.cues.get("kind")
    return f"{modal} ... {polar_cue}" if modal and modal != polar_cue and position.kind != "evaluation" else polar_cue


def _lemma(cue: str) -> str:
    """'maintaining' -> 'maintain', as the lexicon spells it; 'not abandon' keeps its 'not'."""
    from .lexicon import default_lexicon
    from .text.stem import stem

    words = cue.split()
    if not words:
        return cue
    entries = default_lexicon().polar.by_first.get(stem(words[-1]), ())
    base = next((phrase for key, _, phrase in entries if len(key) == 1), words[-1].lower())
    return " ".join(words[:-1] + [base])


def _strength_note(left: PositionRow, right: PositionRow) -> str:
    parts = [f"strength {left.strength:g} -> {right.strength:g}"]
    l_h, r_h = left.cues.get("hedges", []), right.cues.get("hedges", [])
    added = [h for h in r_h if h not in l_h]
    removed = [h for h in l_h if h not in r_h]
    if added:
        parts.append("hedges added: " + ", ".join(added))
    if removed:
        parts.append("hedges removed: " + ", ".join(removed))
    return "; ".join(parts)


def _join(items) -> str:
    return ", ".join(items) if items else "(none)"


def is_spelling_only(diff) -> bool:
    """Every change is a deletion followed by an insertion of nearly the same letters."""
    from rapidfuzz import fuzz

    ops = [(op, text) for op, text in diff if op != "="]
    if not ops or len(ops) % 2:
        return False
    for (op_a, a), (op_b, b) in zip(ops[0::2], ops[1::2]):
        if {op_a, op_b} != {"-", "+"}:
            return False
        squash_a = "".join(ch for ch in a.lower() if ch.isalnum())
        squash_b = "".join(ch for ch in b.lower() if ch.isalnum())
        if squash_a != squash_b and fuzz.ratio(squash_a, squash_b) < TYPO_SIMILARITY:
            return False
    return True


def describe(position: PositionRow) -> str:
    cue = position.cues.get("kind") or ""
    return f"{position.kind} '{cue}' (strength {position.strength:g}, polarity {position.polarity:+d})"


@dataclass(frozen=True)
class SentenceLink:
    """One row of a sentence alignment, by sentence id: what the position-change step needs of it."""

    left_id: int | None
    right_id: int | None
    op: str
    similarity: float
    diff: list | tuple | None


def links_from_alignment(alignment) -> list[SentenceLink]:
    """The in-memory alignment as links (the compare path never reads back what it recorded)."""
    left, right = alignment.left.sentences, alignment.right.sentences
    return [SentenceLink(left[p.left].id if p.left is not None else None,
                         right[p.right].id if p.right is not None else None, p.op, p.similarity,
                         list(p.diff) if p.diff else None) for p in alignment.sentences]


def recorded_links(store: Store, comparison_id: int) -> list[SentenceLink]:
    """Links of a recorded comparison: for recomputing changes after a taxonomy edit, without re-aligning."""
    rows = store.conn.execute("SELECT left_sentence_id, right_sentence_id, op, similarity, diff FROM sentence_alignments "
                              "WHERE comparison_id = ? ORDER BY ordinal", (comparison_id,)).fetchall()
    return [SentenceLink(r[0], r[1], r[2], r[3], json.loads(r[4]) if r[4] else None) for r in rows]


def changes_between_versions(left: list[PositionRow], right: list[PositionRow], links: list[SentenceLink],
                             texts: dict[int, str]) -> list[Change]:
    """Versions of one document: pairs come from the sentence alignment.

    A sentence aligned equal or moved is unchanged on every issue either side tags (tags that follow the
    heading change when a paragraph moves; what the sentence says does not). A modified sentence is compared
    on the union of both sides' issues: a side that lacks the tag gets its stance read from its own text."""
    by_left, by_right = _by_sentence(left), _by_sentence(right)
    out: list[Change] = []
    for link in links:
        lefts = by_left.get(link.left_id, {}) if link.left_id is not None else {}
        rights = by_right.get(link.right_id, {}) if link.right_id is not None else {}
        for issue in sorted(set(lefts) | set(rights)):
            l, r = lefts.get(issue), rights.get(issue)
            if link.op in ("equal", "moved"):
                out.append(Change(issue, l, r, "unchanged", link.similarity,
                                  "same sentence" + (" (moved)" if link.op == "moved" else "")))
                continue
            if l is None and link.left_id is not None:
                l = _read_stance(texts[link.left_id], link.left_id, issue)
            if r is None and link.right_id is not None:
                r = _read_stance(texts[link.right_id], link.right_id, issue)
            out.extend(_version_change(issue, l, r, link))
    return out


def _version_change(issue: str, l: PositionRow | None, r: PositionRow | None, link: SentenceLink) -> list[Change]:
    spelling = link.diff is not None and is_spelling_only(link.diff)
    if l and r:
        label, why = classify(l, r, link.diff)
        return [Change(issue, _saved(l), _saved(r), label, link.similarity, why)]
    if (l or r) and spelling:
        return [Change(issue, _saved(l), _saved(r), "reworded", link.similarity,
                       "spelling or spacing fix only; it made a stance cue readable or unreadable")]
    if l and l.id:
        return [Change(issue, l, None, "dropped", link.similarity, "dropped " + describe(l))]
    if r and r.id:
        return [Change(issue, None, r, "new", link.similarity, "new " + describe(r))]
    return []


def _read_stance(text: str, sentence_id: int, issue: str) -> PositionRow | None:
    """A stance read from the text of a sentence that does not carry the issue's tag (not saved: id 0)."""
    from .positions import extract

    stance = extract(text)
    if stance is None or stance.attribution != "author":
        return None
    return PositionRow.from_stance(stance, text, sentence_id=sentence_id, issue_id=issue)


def _saved(position: PositionRow | None) -> PositionRow | None:
    """Only saved positions are recorded as a change's sides; a stance read on the fly (id 0) is not."""
    return position if position is not None and position.id else None


def _by_sentence(positions: list[PositionRow]) -> dict[int, dict[str, PositionRow]]:
    out: dict[int, dict[str, PositionRow]] = {}
    for p in positions:
        out.setdefault(p.sentence_id, {})[p.issue_id] = p
    return out


def record_changes(store: Store, comparison_id: int, changes: list[Change]) -> None:
    """The comparison's labels in position_changes and those the confidence gate withheld in withheld_changes, in
    place of any recorded for it before."""
    store.conn.execute("DELETE FROM position_changes WHERE comparison_id = ?", (comparison_id,))
    store.conn.execute("DELETE FROM withheld_changes WHERE comparison_id = ?", (comparison_id,))
    store.conn.executemany(
        "INSERT INTO position_changes (comparison_id, issue_id, left_position_id, right_position_id, change, score, "
        "explanation, judged_by, right_sentence_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(comparison_id, c.issue_id, c.left.id if c.left else None, c.right.id if c.right and c.right.id else None,
          c.change, c.score, c.explanation, c.judged_by, c.right.sentence_id if c.right else None)
         for c in changes if not c.withheld])
    store.conn.executemany(
        "INSERT INTO withheld_changes (comparison_id, issue_id, left_position_id, right_position_id, change, score, "
        "explanation, judged_by, confidence, needed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(comparison_id, c.issue_id, c.left.id if c.left else None, c.right.id if c.right else None, c.change,
          c.score, c.explanation, c.judged_by, c.right.confidence if c.right else None, c.needed)
         for c in changes if c.withheld])


def _writer(author: str | None) -> frozenset[str]:
    """Who wrote a version, to tell whether two documents share a writer: the names in its author field, or the
    field itself where it names no one ("The Australian (editorial)"): a paper's leader is not the essayist's."""
    from .analysis import author_names

    names = author_names(author)
    return names or (frozenset({author.strip()}) if author and author.strip() else frozenset())


def compute_changes(store: Store, comparison_id: int) -> list[Change]:
    """Compute the position changes of a recorded comparison again, from its recorded sentence links (after a
    taxonomy edit), and record them in place of its old ones."""
    left_version, right_version = store.conn.execute(
        "SELECT left_version_id, right_version_id FROM comparisons WHERE id = ?", (comparison_id,)).fetchone()
    changes = changes_between(store, left_version, right_version, comparison_id=comparison_id)
    record_changes(store, comparison_id, changes)
    return changes


def changes_between(store: Store, left_version: int, right_version: int, *, alignment=None,
                    comparison_id: int | None = None) -> list[Change]:
    """The position changes from one analysed version to another, recording nothing (with those the confidence gate
    withheld, marked: Change.withheld). Between versions of one
    document they follow the sentence links: those of the in-memory alignment (the compare path: nothing
    recorded is read back), else those recorded for comparison_id."""
    from . import learned
    from .cues import claim_text
    from .judge import DocumentSide, judge
    from .taxonomy import load_issues

    left_doc, right_doc = (store.conn.execute("SELECT document_id FROM versions WHERE id = ?", (version,)).fetchone()[0]
                           for version in (left_version, right_version))
    left, right = load_positions(store, left_version), load_positions(store, right_version)
    if left_doc == right_doc:
        if alignment is not None:
            links = links_from_alignment(alignment)
        elif comparison_id is not None:
            links = recorded_links(store, comparison_id)
        else:
            raise TypeError("changes_between needs the alignment or a recorded comparison's id")
        changes = changes_between_versions([p for p in left if p.attribution == "author"],
                                           [p for p in right if p.attribution == "author"], links,
                                           _texts(store, alignment, (left_version, right_version)))
    else:
        words = dict(store.conn.execute("SELECT id, words FROM versions WHERE id IN (?, ?)", (left_version, right_version)))
        base_texts = ([sentence.text for sentence in alignment.left.sentences] if alignment is not None else
                      [r[0] for r in store.conn.execute("SELECT text FROM sentences WHERE version_id = ? ORDER BY ordinal",
                                                        (left_version,))])
        issues = tuple(load_issues(store))
        echoes, base_terms = _base_evidence(issues, tuple(base_texts))
        terms = _term_finder(issues)
        concepts = _concept_finder(issues)
        before = _sentence_before(tuple(base_texts))
        writers, documents = {}, {}
        for version, document, author in store.conn.execute(
                "SELECT v.id, d.id, d.author FROM versions v JOIN documents d ON d.id = v.document_id WHERE v.id IN (?, ?)",
                (left_version, right_version)):
            writers[version], documents[version] = _writer(author), document
        if learned.load_model() is not None:
            right = right + unread_claims(store, right_version, right)
        changes = judge(DocumentSide(left, words[left_version], echoes, {0: base_terms},
                                     concepts={(p.sentence_id, p.issue_id): concepts(
                                         without_forsaken(p.text) if p.polarity < 0 else p.text, p.issue_id) | (
                                         concepts(before[p.text], p.issue_id) if _REFERS_BACK.search(p.text)
                                         and p.text in before else frozenset())
                                               for p in left if p.polarity}, writer=writers[left_version],
                                     document=documents[left_version]),
                        DocumentSide(right, words[right_version],
                                     terms={(p.sentence_id, p.issue_id): terms(claim_text(p.text), p.issue_id)
                                            for p in right},
                                     concepts={(p.sentence_id, p.issue_id): concepts(claim_subject(p), p.issue_id)
                                               for p in right if _names_subject(p)},
                                     passages=passages(store, right_version), writer=writers[right_version],
                                     document=documents[right_version]),
                        issue_names=_issue_names(issues))
    return changes


@lru_cache(maxsize=4)
def _issue_names(issues: tuple) -> dict[str, frozenset[str]]:
    """Each issue's label as folded words ("North Korea" -> {"north", "korea"})."""
    from .spelling import fold

    return {issue.id: frozenset(fold(word) for word in re.findall(r"[A-Za-z]+", issue.label)) for issue in issues}


# a base claim on "this issue" takes up the subject its previous sentence names ("...a rare opportunity to find a
# solution to the territorial question. Japan must pursue diplomacy with Russia on this issue...")
_REFERS_BACK = re.compile(r"\b(?:this|that) (?:issue|question|dispute|matter|problem)\b", re.I)


def passages(store: Store, version_id: int) -> dict[int, str]:
    """Each sentence's passage by sentence id: the sentence before it (in its paragraph, or the last of the paragraph
    before, as an interviewer's question before an answer), the sentence, and the one after it in its paragraph."""
    rows = store.conn.execute("SELECT id, paragraph_id, text FROM sentences WHERE version_id = ? ORDER BY ordinal",
                              (version_id,)).fetchall()
    out = {}
    for k, (sentence_id, paragraph, text) in enumerate(rows):
        before = rows[k - 1][2] if k > 0 else ""
        after = rows[k + 1][2] if k + 1 < len(rows) and rows[k + 1][1] == paragraph else ""
        out[sentence_id] = " ".join(part for part in (before, text, after) if part)
    return out


@lru_cache(maxsize=4)
def _sentence_before(texts: tuple[str, ...]) -> dict[str, str]:
    """Each sentence's text -> the text of the sentence before it (the first occurrence of a repeated text)."""
    before: dict[str, str] = {}
    for k in range(1, len(texts)):
        before.setdefault(texts[k], texts[k - 1])
    return before


@lru_cache(maxsize=4)
def _base_evidence(issues: tuple, base_texts: tuple[str, ...]):
    """The base's echo index and every specific term it names: the same for each commentary compared with it,
    so `compare --all` computes them once."""
    from .echo import EchoIndex
    from .judge import ACTOR_STEMS

    terms = _term_finder(issues)
    return EchoIndex.build(base_texts, ignore=ACTOR_STEMS), frozenset().union(*map(terms, base_texts))


def _folded(phrase: str) -> str:
    """A phrase as keywords are matched: each word folded ("Engagement with Beijing" -> "engagement with china")."""
    return " ".join(fold_all(KEY_WORD.findall(undotted(phrase))))


@lru_cache(maxsize=4)
def _concept_table(issues: tuple) -> dict[str, str]:
    """Every keyword of a concept (folded) -> the concept's first keyword (folded): "long-range strike" is the same
    subject as "offensive power projection", so a later text naming one takes up a base naming the other."""
    return {_folded(keyword): _folded(group[0]) for issue in issues for group in issue.concepts for keyword in group}


@lru_cache(maxsize=4)
def _term_finder(issues: tuple):
    """A function (text, issue=None) -> the specific terms it names: the taxonomy's keywords (folded: "supply
    chains"; with an issue, only that issue's: a trade term makes no alliance claim new) and names, acronyms and
    numbers other than the main actors ("Taiwan", "G7", "2 percent"); a keyword or acronym of a concept as the
    concept ("CPTPP" as "TPP")."""
    from .judge import NAME, anchors
    from .tagging import IssueMatcher

    matcher = IssueMatcher(list(issues))
    concept_of = _concept_table(issues)

    def anchor_concept(term: str) -> str:
        # anchors are folded names with a prefix ("name:ukrain") or lower-cased acronyms ("cptpp", folded here)
        if term.startswith(NAME):
            return NAME + concept_of.get(term[len(NAME):], term[len(NAME):])
        return concept_of.get(_folded(term), term)

    keywords = frozenset(_folded(k) for i in issues for k in i.keywords)
    # the keywords inside a longer one ("self-defense" in "collective self-defense"): a base that uses the longer
    # one uses them too, so a later claim naming one takes up no subject of its own
    inside: dict[str, frozenset[str]] = {}
    for keyword in keywords:
        words = keyword.split()
        held = frozenset(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                         if j - i < len(words)) & keywords
        if held:
            inside[keyword] = held

    def as_keyword(cue: str) -> str:
        # a two-word keyword matched with words inside it ("joint US-Japan strategy") is the keyword
        words = cue.split()
        ends = f"{words[0]} {words[-1]}" if len(words) > 2 else cue
        return ends if cue not in keywords and ends in keywords else cue

    def terms(text: str, issue: str | None = None) -> frozenset[str]:
        """The terms text names; without an issue (the base), every keyword it uses, so that a later term counts as
        new only if the base never uses it in any form."""
        # a keyword is folded once, as it is matched: folding twice would miss ("defens" folds on to "defen"); and
        # as the matcher read it, initials undotted ("Japan-U.S." is "Japan-US", not a term "japan u" of its own)
        plain = undotted(text)
        named = [as_keyword(_folded(plain[m.start:m.end])) for m in matcher.mentions(text, every_keyword=issue is None)
                 if issue is None or m.issue_id == issue]
        if issue is None and inside:
            named += [held for term in named for held in inside.get(term, ())]
        return frozenset(concept_of.get(term, term) for term in named) | frozenset(
            map(anchor_concept, anchors(text, typed=True)))
    return terms


@lru_cache(maxsize=4)
def _concept_finder(issues: tuple):
    """A function (text, issue) -> the concepts of the issue that text names (each as its first keyword, folded).
    The issue's own name ("North Korea", "the North") is no subject within it: every claim on it is about that."""
    canonical = frozenset(_concept_table(issues).values()) - {_folded(issue.label) for issue in issues}
    terms = _term_finder(issues)

    # the base's claims are asked about again for every commentary compared with it (`compare --all`)
    @lru_cache(maxsize=4096)
    def concepts(text: str, issue: str) -> frozenset[str]:
        return frozenset(t for t in terms(text, issue) if t in canonical) if canonical else frozenset()
    return concepts


def _names_subject(p: PositionRow) -> bool:
    """A call for or against something, a warning against it or a verdict for it: the claims whose subject the
    judge compares by concept."""
    return p.polarity != 0 and (p.kind in ("prescription", "evaluation") or (p.kind == "prediction" and p.polarity < 0))


def claim_subject(p: PositionRow) -> str:
    """What a claim is about: for a call, what its prescribing clause calls for (acting_clause); for a warning,
    what stands before its judging word, less a "without" phrase ("a Japan that reaches for offensive weapons
    would unsettle its neighbours" is about offensive weapons; "without long-range strike, deterrence would be
    weak" is not about long-range strike, which it calls for)."""
    if p.kind == "prescription":
        clause = without_rejected(without_ranked_below(acting_clause(p))).split()
        at = cue_position([w.lower() for w in clause], p)
        if p.polarity < 0 and at is not None and "and" in clause[at:]:
            # a call to stop something is about what it stops, not what it calls for next: "should stop
            # treating X as the price of talks and aim first for a freeze and a hotline"
            clause = clause[:clause.index("and", at)]
        return " ".join(clause)
    tokens = CLAUSE_TOKEN.findall(p.text)
    lowered = [t.lower() for t in tokens]
    at = cue_position(lowered, p, last=True)
    if at is None:
        return ""
    kept, dropping = [], False
    for token, low in zip(tokens[:at], lowered[:at]):
        dropping = low in _LACKING or (dropping and low not in (",", ";", ":"))
        if not dropping:
            kept.append(token)
    return without_forsaken(" ".join(kept))


def without_forsaken(text: str) -> str:
    """The text less what a warning against its loss defends ("Unilateral disregard of international
    commitments would..." warns against the disregard, not the commitments; "Any move to abandon its exclusively
    defense-oriented approach would..." against the abandoning): a word of giving up or loss and the few words of
    what is lost, up to a comma, a dash, a bracket, "such as" or an auxiliary verb (_GIVING_UP)."""
    return _GIVING_UP.sub("", text)


def forsaken(p: PositionRow) -> str:
    """What a warning or a verdict is about giving up, when its subject is the loss of something ("Any move by Japan
    to abandon its exclusively defense-oriented approach ... would undermine stability", "a US retreat from its
    leadership role would be detrimental", "Scrapping the pact was a mistake"): the words lost, or "". Such a claim
    bears on what is lost the other way round from its own direction: warning against the loss defends the thing. A
    call's own verb is read into its direction already ("should abandon" is against), so a call has none."""
    if p.kind not in ("prediction", "evaluation") or not p.polarity or any(
            marks_a_leaving_judged(cue) for cue in p.cues.get("polarity", [])):
        return ""       # (a verdict on leaving what the issue names is read into its direction already: harm.py)
    return _lost_before(p.text, p.cues.get("kind") or "")


@lru_cache(maxsize=4096)
def _lost_before(text: str, cue: str) -> str:
    """What the words before a claim's cue give up, or "" (forsaken): the base's claims are asked about again for
    every later claim set against them."""
    tokens = CLAUSE_TOKEN.findall(text)
    at = cue_at([t.lower() for t in tokens], cue.lower().split(), last=True)
    if at is None:
        return ""
    found = _GIVING_UP.search(" ".join(tokens[:at]))
    return found.group("lost").strip() if found else ""


# a word of giving something up, then what is given up: up to a comma, a dash, a bracket, "such as" or an auxiliary
_GIVING_UP = re.compile(
    r"\s?\b(?:(?:disregard|abandonment|neglect|erosion|breach|violation|loss|weakening|undermining|collapse|retreat|"
    r"withdrawal|abrogation|"
    r"abolition|repeal|departure|dismantling|scrapping|jettisoning|surrender) (?:of|from)|"
    r"(?:abandon|abandons|abandoned|abandoning|abolish|abolishes|abolished|abolishing|scrap|scraps|scrapped|"
    r"scrapping|dismantle|dismantles|dismantled|dismantling|relinquish|relinquishes|relinquished|relinquishing|"
    r"jettison|jettisons|jettisoned|jettisoning|repeal|repeals|repealed|repealing|forsake|forsakes|forsaking|"
    r"forsaken)|"
    r"(?:give|gives|gave|given|giving) up(?: on)?|"
    r"(?:deviate|deviates|deviated|deviating|depart|departs|departed|departing|retreat|retreats|retreated|"
    r"retreating|withdraw|withdraws|withdrew|withdrawn|withdrawing) from|"
    r"(?:move|moves|moved|moving|walk|walks|walked|walking|turn|turns|turned|turning) away from)"
    r"(?P<lost>(?:\s+(?!(?:would|will|could|can|may|might|is|are|was|were|has|have|had|should|must|such)\b)"
    r"[^\s,;:()\u2014\u2013]+){1,8})", re.I)


_LACKING = frozenset("without lacking absent".split())
# what a call rejects on its way: "the answer is to make the alliance indispensable, not to go looking for a
# deterrent of our own"; "...rather than X", "...instead of X"
_REJECTING = frozenset("not never rather instead without".split())
_PHRASE_ENDS = frozenset(", ; : .".split())


def without_rejected(clause: str) -> str:
    """A call's clause without the phrases it rejects (from "not", "rather than", "instead of" or "without" to
    the next comma), unless the rejection comes before the call itself ("should not hesitate to...")."""
    kept, dropping = [], False
    words = clause.split()
    for k, token in enumerate(words):
        low = token.lower()
        if low in _REJECTING and k > 2 and not (low == "not" and k + 1 < len(words)
                                                 and words[k + 1].lower() in NOT_ONLY):
            dropping = True     # ("not only X but also Y" rejects neither)
        elif low in _PHRASE_ENDS:
            dropping = False
        if not dropping:
            kept.append(token)
    return " ".join(kept)


def without_ranked_below(text: str) -> str:
    """A sentence without what a call ranks below its aim: after a verb of preferring, what follows its "over" or
    "above" ("should prioritize deterrence over engagement with China"); after a verb of placing, what follows its
    "ahead of", "above" or "before" ("put growth ahead of security"); up to the end of the clause. Not a time ("over
    the coming years") nor a matter ("pressure on China over its island claims")."""
    tokens = CLAUSE_TOKEN.findall(text)
    kept, preferring, placing, dropping = [], False, False, False
    for k, token in enumerate(tokens):
        low = token.lower()
        if low in _PHRASE_ENDS or low in _CLAUSE_JOINS:
            preferring = placing = dropping = False
        preferring = preferring or low.startswith(_PREFERRING)
        placing = placing or low in _PLACING
        after = [t.lower() for t in tokens[k + 1:k + 3]]
        if not dropping and ((preferring and low in ("over", "above") and not _A_TIME.match(" ".join(after)))
                             or (placing and (low in ("above", "before") or (low == "ahead" and after[:1] == ["of"])))):
            dropping = True
        if not dropping:
            kept.append(token)
    return " ".join(kept)


_PREFERRING = ("prioriti", "prefer", "favor", "favour", "privileg", "choose", "chose")
_PLACING = frozenset("put puts putting place places placing rank ranks ranking".split())
_CLAUSE_JOINS = frozenset("and but while whereas".split())
_A_TIME = re.compile(r"(?:the (?:coming|next|past|last|years|decades|long)|time|years|decades|months)\b")


def cue_position(lowered: list[str], p: PositionRow, *, last: bool = False) -> int | None:
    """Where a claim's deciding cue ("should", "need to") stands among its lowered tokens: its first word, or with
    last, its last; None when the cue is not there."""
    return cue_at(lowered, (p.cues.get("kind") or "").lower().split(), last=last)


def cue_at(lowered: list[str], cue: list[str], *, last: bool = False) -> int | None:
    """Where the cue's words (lowered) stand among the lowered tokens: cue_position for a cue on its own."""
    if not cue:
        return None
    # the cue's words where they stand together ("To avoid provoking Beijing, Japan needs to acquire...": the "to" of
    # "needs to", not the sentence's first); a cue matched by stems or across words falls back to its single word
    size = len(cue)
    whole = next((k for k in range(len(lowered) - size + 1) if lowered[k:k + size] == cue), None) if size > 1 else None
    if whole is not None:
        return whole + size - 1 if last else whole
    word = cue[-1] if last else cue[0]
    return next((k for k, t in enumerate(lowered) if t == word), None)


def acting_clause(p: PositionRow) -> str:
    """The clause of a claim whose cue sets its stance ("Japan should acquire X" in "X is debated, and Japan
    should acquire X"): what the claim calls for, not what it mentions on the way."""
    tokens = CLAUSE_TOKEN.findall(p.text)
    lowered = [t.lower() for t in tokens]
    at = cue_position(lowered, p)
    if at is None:
        return p.text
    clauses = split_clauses(tokens, lowered=lowered)
    k = next(n for n, c in enumerate(clauses) if c.start <= at < c.end)
    end = clauses[k].end
    # a relative clause that says which thing is called for ("stop waiting for a structure that ties X") is part of it
    if k + 1 < len(clauses) and clauses[k + 1].kind == "relative" and lowered[clauses[k + 1].start] == "that" \
            and end > 0 and tokens[end - 1] != ",":
        end = clauses[k + 1].end
    # "should build not only X, but also Y": the "but" goes on with what is called for, it opens no clause of its own
    if k + 1 < len(clauses) and lowered[clauses[k + 1].start] == "but" and any(
            lowered[j] == "not" and lowered[j + 1] in NOT_ONLY for j in range(clauses[k].start, end - 1)):
        end = clauses[k + 1].end
    return " ".join(tokens[clauses[k].start:end])


def _texts(store: Store, alignment, version_ids: tuple[int, int]) -> dict[int, str]:
    if alignment is not None:
        return {s.id: s.text for side in (alignment.left, alignment.right) for s in side.sentences}
    return dict(store.conn.execute("SELECT id, text FROM sentences WHERE version_id IN (?, ?)", version_ids))


def recompute_all(store: Store) -> None:
    for (comparison_id,) in store.conn.execute("SELECT id FROM comparisons ORDER BY id").fetchall():
        compute_changes(store, comparison_id)
