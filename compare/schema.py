"""The engine's tables and views, as their own ordered migration set ('compare').

The store (corpus) never imports this; the CLI applies it after the store's migrations.
Never edit a shipped migration: add a new one.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("compare")


@migrations()
def m001_comparisons_alignments(db: Database) -> None:
    db.executescript("""
    CREATE TABLE comparisons (
        id INTEGER PRIMARY KEY,
        left_version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
        right_version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
        engine TEXT NOT NULL,
        params TEXT NOT NULL,           -- JSON, keys sorted
        created_at TEXT NOT NULL,
        UNIQUE (left_version_id, right_version_id, engine, params)
    );
    CREATE TABLE section_alignments (
        id INTEGER PRIMARY KEY,
        comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        left_section_id INTEGER REFERENCES sections(id),
        right_section_id INTEGER REFERENCES sections(id),
        relation TEXT NOT NULL CHECK (relation IN
            ('matched', 'renamed', 'moved', 'split', 'merged', 'added', 'deleted')),
        score REAL NOT NULL,
        matched_by TEXT CHECK (matched_by IN ('heading', 'content', 'both') OR matched_by IS NULL),
        heading_score REAL,
        content_score REAL
    );
    CREATE INDEX section_alignments_comparison ON section_alignments(comparison_id);
    CREATE TABLE sentence_alignments (
        id INTEGER PRIMARY KEY,
        comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        left_sentence_id INTEGER REFERENCES sentences(id),
        right_sentence_id INTEGER REFERENCES sentences(id),
        op TEXT NOT NULL CHECK (op IN ('equal', 'modified', 'moved', 'moved_modified', 'inserted', 'deleted')),
        similarity REAL NOT NULL,
        diff TEXT                         -- JSON [[op, text], ...], op '=', '-', '+'
    );
    CREATE INDEX sentence_alignments_comparison ON sentence_alignments(comparison_id);
    CREATE INDEX sentence_alignments_left ON sentence_alignments(left_sentence_id);
    CREATE INDEX sentence_alignments_right ON sentence_alignments(right_sentence_id);

    CREATE VIEW comparison_detail AS
    SELECT c.id, lv.document_id AS left_document, lv.number AS left_version,
           rv.document_id AS right_document, rv.number AS right_version, c.engine, c.params, c.created_at
    FROM comparisons c
    JOIN versions lv ON lv.id = c.left_version_id
    JOIN versions rv ON rv.id = c.right_version_id;

    CREATE VIEW section_alignment_detail AS
    SELECT a.comparison_id, c.left_document, c.left_version, c.right_document, c.right_version,
           a.ordinal, ls.heading AS left_heading, rs.heading AS right_heading, a.relation, a.score, a.matched_by,
           a.left_section_id, a.right_section_id, c.engine
    FROM section_alignments a
    JOIN comparison_detail c ON c.id = a.comparison_id
    LEFT JOIN sections ls ON ls.id = a.left_section_id
    LEFT JOIN sections rs ON rs.id = a.right_section_id;

    CREATE VIEW sentence_change_detail AS
    SELECT a.comparison_id, c.left_document, c.left_version, c.right_document, c.right_version,
           a.ordinal, a.op, a.similarity, lsec.heading AS left_heading, rsec.heading AS right_heading,
           l.text AS left_text, r.text AS right_text, a.diff, a.left_sentence_id, a.right_sentence_id, c.engine
    FROM sentence_alignments a
    JOIN comparison_detail c ON c.id = a.comparison_id
    LEFT JOIN sentences l ON l.id = a.left_sentence_id
    LEFT JOIN sentences r ON r.id = a.right_sentence_id
    LEFT JOIN sections lsec ON lsec.id = l.section_id
    LEFT JOIN sections rsec ON rsec.id = r.section_id;
    """)


@migrations()
def m002_issues_positions(db: Database) -> None:
    db.executescript("""
    CREATE TABLE issues (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        description TEXT,
        keywords TEXT NOT NULL DEFAULT '[]',   -- JSON list: keywords and aliases
        parent TEXT REFERENCES issues(id) ON DELETE SET NULL
    );
    CREATE TABLE sentence_issues (
        sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
        issue_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        score REAL NOT NULL,
        via TEXT NOT NULL CHECK (via IN ('keyword', 'heading', 'context')),
        cue TEXT,
        PRIMARY KEY (sentence_id, issue_id)
    );
    CREATE INDEX sentence_issues_issue ON sentence_issues(issue_id);
    CREATE TABLE tagged_versions (
        version_id INTEGER PRIMARY KEY REFERENCES versions(id) ON DELETE CASCADE,
        taxonomy_hash TEXT NOT NULL,
        engine TEXT NOT NULL
    );
    CREATE TABLE positions (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
        sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
        issue_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('prescription', 'evaluation', 'prediction', 'commitment')),
        polarity INTEGER NOT NULL CHECK (polarity IN (-1, 0, 1)),
        strength REAL NOT NULL,
        hedged INTEGER NOT NULL CHECK (hedged IN (0, 1)),
        target TEXT,
        cues TEXT NOT NULL,                     -- JSON: the words that decided each field
        engine TEXT NOT NULL,
        UNIQUE (sentence_id, issue_id)
    );
    CREATE INDEX positions_version ON positions(version_id);
    CREATE INDEX positions_issue ON positions(issue_id);
    CREATE TABLE position_changes (
        id INTEGER PRIMARY KEY,
        comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
        issue_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        left_position_id INTEGER REFERENCES positions(id) ON DELETE CASCADE,
        right_position_id INTEGER REFERENCES positions(id) ON DELETE CASCADE,
        change TEXT NOT NULL CHECK (change IN
            ('unchanged', 'reworded', 'strengthened', 'weakened', 'reversed', 'new', 'dropped')),
        score REAL NOT NULL,
        explanation TEXT NOT NULL
    );
    CREATE INDEX position_changes_comparison ON position_changes(comparison_id);

    CREATE VIEW position_detail AS
    SELECT p.id, p.issue_id, i.label AS issue, v.document_id, v.number AS version, d.published, d.author,
           p.kind, p.polarity, p.strength, p.hedged, p.target, s.text AS sentence, p.cues,
           sec.heading, p.sentence_id, p.version_id, p.engine
    FROM positions p
    JOIN issues i ON i.id = p.issue_id
    JOIN versions v ON v.id = p.version_id
    JOIN documents d ON d.id = v.document_id
    JOIN sentences s ON s.id = p.sentence_id
    JOIN sections sec ON sec.id = s.section_id;

    CREATE VIEW position_change_detail AS
    SELECT pc.id, pc.comparison_id, pc.issue_id, i.label AS issue, pc.change, pc.score,
           c.left_document, c.left_version, ld.published AS left_date,
           c.right_document, c.right_version, rd.published AS right_date,
           lp.sentence AS left_sentence, rp.sentence AS right_sentence, pc.explanation,
           lp.target AS left_target, rp.target AS right_target, pc.left_position_id, pc.right_position_id, c.engine
    FROM position_changes pc
    JOIN issues i ON i.id = pc.issue_id
    JOIN comparison_detail c ON c.id = pc.comparison_id
    JOIN documents ld ON ld.id = c.left_document
    JOIN documents rd ON rd.id = c.right_document
    LEFT JOIN position_detail lp ON lp.id = pc.left_position_id
    LEFT JOIN position_detail rp ON rp.id = pc.right_position_id;

    CREATE VIEW issue_timeline AS
    SELECT p.issue_id, p.issue, p.published, p.document_id, p.version, p.author, p.kind, p.polarity, p.strength,
           p.hedged, p.target, p.sentence, p.heading, p.id AS position_id
    FROM position_detail p
    ORDER BY p.issue_id, coalesce(p.published, '9999'), p.document_id, p.version, p.sentence_id;
    """)


@migrations()
def m003_indexes(db: Database) -> None:
    """Indexes for lookups that otherwise scan a whole table, so a comparison's cost does not grow with the corpus.

    sentences(section_id): the sentences of a section (cross-document position changes ask which
    left sentences sit in an aligned section); without it every such pair scanned every stored sentence.
    position_changes(left/right_position_id): re-analysing a version deletes its positions, and the
    ON DELETE CASCADE check (and the explicit delete before it) scanned every recorded change.
    section_alignments(left/right_section_id): the same check when sections are deleted."""
    db.executescript("""
    CREATE INDEX IF NOT EXISTS sentences_section ON sentences(section_id);
    CREATE INDEX IF NOT EXISTS position_changes_left ON position_changes(left_position_id);
    CREATE INDEX IF NOT EXISTS position_changes_right ON position_changes(right_position_id);
    CREATE INDEX IF NOT EXISTS section_alignments_left ON section_alignments(left_section_id);
    CREATE INDEX IF NOT EXISTS section_alignments_right ON section_alignments(right_section_id);
    """)


@migrations()
def m004_meaning_attribution_stance(db: Database) -> None:
    """Issue examples (the semantic profile), semantic tags, attribution of positions, the issue_stance view."""
    db.executescript("""
    ALTER TABLE issues ADD COLUMN examples TEXT NOT NULL DEFAULT '[]';   -- JSON list of sentences

    -- sentence_issues.via gains 'semantic'; nothing references this table, so it is rebuilt in place.
    CREATE TABLE sentence_issues_v2 (
        sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
        issue_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        score REAL NOT NULL,            -- 1 keyword, 0.6 heading, 0.4 context; for 'semantic' the cosine
        via TEXT NOT NULL CHECK (via IN ('keyword', 'heading', 'context', 'semantic')),
        cue TEXT,
        PRIMARY KEY (sentence_id, issue_id)
    );
    INSERT INTO sentence_issues_v2 SELECT sentence_id, issue_id, score, via, cue FROM sentence_issues;
    DROP TABLE sentence_issues;
    ALTER TABLE sentence_issues_v2 RENAME TO sentence_issues;
    CREATE INDEX sentence_issues_issue ON sentence_issues(issue_id);

    ALTER TABLE positions ADD COLUMN attribution TEXT NOT NULL DEFAULT 'author'
        CHECK (attribution IN ('author', 'reported', 'question'));
    -- Analyses made before attribution existed are stale: re-run on next use.
    DELETE FROM tagged_versions;

    DROP VIEW issue_timeline;
    DROP VIEW position_change_detail;
    DROP VIEW position_detail;

    CREATE VIEW position_detail AS
    SELECT p.id, p.issue_id, i.label AS issue, v.document_id, v.number AS version, d.published, d.author,
           p.kind, p.polarity, p.strength, p.hedged, p.attribution, p.target, s.text AS sentence, p.cues,
           sec.heading, p.sentence_id, p.version_id, p.engine
    FROM positions p
    JOIN issues i ON i.id = p.issue_id
    JOIN versions v ON v.id = p.version_id
    JOIN documents d ON d.id = v.document_id
    JOIN sentences s ON s.id = p.sentence_id
    JOIN sections sec ON sec.id = s.section_id;

    CREATE VIEW position_change_detail AS
    SELECT pc.id, pc.comparison_id, pc.issue_id, i.label AS issue, pc.change, pc.score,
           c.left_document, c.left_version, ld.published AS left_date,
           c.right_document, c.right_version, rd.published AS right_date,
           lp.sentence AS left_sentence, rp.sentence AS right_sentence, pc.explanation,
           lp.target AS left_target, rp.target AS right_target, pc.left_position_id, pc.right_position_id, c.engine
    FROM position_changes pc
    JOIN issues i ON i.id = pc.issue_id
    JOIN comparison_detail c ON c.id = pc.comparison_id
    JOIN documents ld ON ld.id = c.left_document
    JOIN documents rd ON rd.id = c.right_document
    LEFT JOIN position_detail lp ON lp.id = pc.left_position_id
    LEFT JOIN position_detail rp ON rp.id = pc.right_position_id;

    CREATE VIEW issue_timeline AS
    SELECT p.issue_id, p.issue, p.published, p.document_id, p.version, p.author, p.kind, p.polarity, p.strength,
           p.hedged, p.attribution, p.target, p.sentence, p.heading, p.id AS position_id
    FROM position_detail p
    ORDER BY p.issue_id, coalesce(p.published, '9999'), p.document_id, p.version, p.sentence_id;

    -- Per document version and issue: the author's positions (reported views and questions left out), the
    -- prevailing direction and mean strength, and the label against the base (the first document stored:
    -- the seed essay), from the latest recorded comparison of that base with this version.
    CREATE VIEW issue_stance AS
    WITH base AS (SELECT id FROM documents ORDER BY created_at, rowid LIMIT 1),
    own AS (
        SELECT version_id, issue_id, count(*) AS positions, sum(polarity) AS polarity_sum,
               sum(polarity > 0) AS positive, sum(polarity < 0) AS negative, avg(strength) AS strength
        FROM positions WHERE attribution = 'author' GROUP BY version_id, issue_id),
    latest AS (
        SELECT c.right_version_id AS version_id, max(c.id) AS comparison_id
        FROM comparisons c JOIN versions lv ON lv.id = c.left_version_id
        WHERE lv.document_id = (SELECT id FROM base) AND c.left_version_id != c.right_version_id
        GROUP BY c.right_version_id),
    labels AS (
        SELECT latest.version_id, pc.issue_id,
               sum(pc.change = 'strengthened') AS strengthened, sum(pc.change = 'weakened') AS weakened,
               sum(pc.change = 'reversed') AS reversed, sum(pc.change = 'new') AS new,
               sum(pc.change IN ('unchanged', 'reworded')) AS unchanged, sum(pc.change = 'dropped') AS dropped
        FROM latest JOIN position_changes pc ON pc.comparison_id = latest.comparison_id
        GROUP BY latest.version_id, pc.issue_id)
    SELECT v.document_id, v.number AS version, d.published, d.author, own.issue_id, i.label AS issue,
           own.positions, own.positive, own.negative,
           CASE WHEN own.polarity_sum > 0 THEN 1 WHEN own.polarity_sum < 0 THEN -1 ELSE 0 END AS polarity,
           round(own.strength, 2) AS strength,
           CASE WHEN labels.reversed > 0 THEN 'reversed'
                WHEN labels.strengthened > labels.weakened THEN 'strengthened'
                WHEN labels.weakened > labels.strengthened THEN 'weakened'
                WHEN labels.strengthened > 0 THEN 'mixed'
                WHEN labels.unchanged > 0 THEN 'unchanged'
                WHEN labels.new > 0 THEN 'new'
                WHEN labels.dropped > 0 THEN 'dropped' END AS change,
           labels.strengthened, labels.weakened, labels.reversed, labels.new, labels.unchanged, labels.dropped,
           own.version_id
    FROM own
    JOIN versions v ON v.id = own.version_id
    JOIN documents d ON d.id = v.document_id
    JOIN issues i ON i.id = own.issue_id
    LEFT JOIN labels ON labels.version_id = own.version_id AND labels.issue_id = own.issue_id;
    """)


@migrations()
def m005_fallback_keywords(db: Database) -> None:
    """Fallback keywords: words that name an issue only in a sentence naming no other ("China" is the subject of
    engagement with China, unless the sentence is about North Korea or trade)."""
    db.executescript("""
    ALTER TABLE issues ADD COLUMN fallback TEXT NOT NULL DEFAULT '[]';   -- JSON list of keywords
    -- Tags made before fallback keywords and retrospective cues existed are stale: re-run on next use.
    DELETE FROM tagged_versions;
    """)


@migrations()
def m006_concepts(db: Database) -> None:
    """Concepts: groups of an issue's keywords that name one subject in different words, so a later claim in
    other words than the base's is not judged new."""
    db.executescript("""
    ALTER TABLE issues ADD COLUMN concepts TEXT NOT NULL DEFAULT '[]';   -- JSON list of lists of keywords
    """)


@migrations()
def m007_judged_by(db: Database) -> None:
    """Which judge gave a position change: `rules` (judge.py and the version rules) or `learned` (learned.py, which
    fills the rules' silence or replaces their label where it is confident). Rows recorded before the learned
    judge existed are the rules'."""
    db.executescript("""
    ALTER TABLE position_changes ADD COLUMN judged_by TEXT NOT NULL DEFAULT 'rules'
        CHECK (judged_by IN ('rules', 'learned'));

    DROP VIEW position_change_detail;
    CREATE VIEW position_change_detail AS
    SELECT pc.id, pc.comparison_id, pc.issue_id, i.label AS issue, pc.change, pc.score,
           c.left_document, c.left_version, ld.published AS left_date,
           c.right_document, c.right_version, rd.published AS right_date,
           lp.sentence AS left_sentence, rp.sentence AS right_sentence, pc.explanation,
           lp.target AS left_target, rp.target AS right_target, pc.left_position_id, pc.right_position_id, c.engine,
           pc.judged_by
    FROM position_changes pc
    JOIN issues i ON i.id = pc.issue_id
    JOIN comparison_detail c ON c.id = pc.comparison_id
    JOIN documents ld ON ld.id = c.left_document
    JOIN documents rd ON rd.id = c.right_document
    LEFT JOIN position_detail lp ON lp.id = pc.left_position_id
    LEFT JOIN position_detail rp ON rp.id = pc.right_position_id;
    """)


@migrations()
def m008_right_sentence(db: Database) -> None:
    """The later sentence a position change is read from, whether or not the rules read a position in it: the
    learned judge also labels sentences tagged with an issue in which the rules read none (changes.UNREAD), and
    such a change has no right_position_id. Filled for the rows recorded before, from their later position. And
    issue_stance gives a row to a version whose only word on an issue is such a label."""
    db.executescript("""
    ALTER TABLE position_changes ADD COLUMN right_sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE;
    UPDATE position_changes
       SET right_sentence_id = (SELECT sentence_id FROM positions WHERE id = position_changes.right_position_id)
     WHERE right_position_id IS NOT NULL;
    CREATE INDEX position_changes_right_sentence ON position_changes(right_sentence_id);

    DROP VIEW position_change_detail;
    CREATE VIEW position_change_detail AS
    SELECT pc.id, pc.comparison_id, pc.issue_id, i.label AS issue, pc.change, pc.score,
           c.left_document, c.left_version, ld.published AS left_date,
           c.right_document, c.right_version, rd.published AS right_date,
           lp.sentence AS left_sentence, coalesce(rp.sentence, rs.text) AS right_sentence, pc.explanation,
           lp.target AS left_target, rp.target AS right_target, pc.left_position_id, pc.right_position_id, c.engine,
           pc.judged_by, pc.right_sentence_id
    FROM position_changes pc
    JOIN issues i ON i.id = pc.issue_id
    JOIN comparison_detail c ON c.id = pc.comparison_id
    JOIN documents ld ON ld.id = c.left_document
    JOIN documents rd ON rd.id = c.right_document
    LEFT JOIN position_detail lp ON lp.id = pc.left_position_id
    LEFT JOIN position_detail rp ON rp.id = pc.right_position_id
    LEFT JOIN sentences rs ON rs.id = pc.right_sentence_id;

    -- issue_stance as before, but a version and issue with labels and no author position (the learned judge's
    -- labels on sentences the rules read no position in) has a row too, with 0 positions and strength 0; and the
    -- comparison its labels come from.
    DROP VIEW issue_stance;
    CREATE VIEW issue_stance AS
    WITH base AS (SELECT id FROM documents ORDER BY created_at, rowid LIMIT 1),
    own AS (
        SELECT version_id, issue_id, count(*) AS positions, sum(polarity) AS polarity_sum,
               sum(polarity > 0) AS positive, sum(polarity < 0) AS negative, avg(strength) AS strength
        FROM positions WHERE attribution = 'author' GROUP BY version_id, issue_id),
    latest AS (
        SELECT c.right_version_id AS version_id, max(c.id) AS comparison_id
        FROM comparisons c JOIN versions lv ON lv.id = c.left_version_id
        WHERE lv.document_id = (SELECT id FROM base) AND c.left_version_id != c.right_version_id
        GROUP BY c.right_version_id),
    labels AS (
        SELECT latest.version_id, pc.issue_id, latest.comparison_id,
               sum(pc.change = 'strengthened') AS strengthened, sum(pc.change = 'weakened') AS weakened,
               sum(pc.change = 'reversed') AS reversed, sum(pc.change = 'new') AS new,
               sum(pc.change IN ('unchanged', 'reworded')) AS unchanged, sum(pc.change = 'dropped') AS dropped
        FROM latest JOIN position_changes pc ON pc.comparison_id = latest.comparison_id
        GROUP BY latest.version_id, pc.issue_id),
    keys AS (SELECT version_id, issue_id FROM own UNION SELECT version_id, issue_id FROM labels)
    SELECT v.document_id, v.number AS version, d.published, d.author, keys.issue_id, i.label AS issue,
           coalesce(own.positions, 0) AS positions, coalesce(own.positive, 0) AS positive,
           coalesce(own.negative, 0) AS negative,
           CASE WHEN own.polarity_sum > 0 THEN 1 WHEN own.polarity_sum < 0 THEN -1 ELSE 0 END AS polarity,
           coalesce(round(own.strength, 2), 0) AS strength,
           CASE WHEN labels.reversed > 0 THEN 'reversed'
                WHEN labels.strengthened > labels.weakened THEN 'strengthened'
                WHEN labels.weakened > labels.strengthened THEN 'weakened'
                WHEN labels.strengthened > 0 THEN 'mixed'
                WHEN labels.unchanged > 0 THEN 'unchanged'
                WHEN labels.new > 0 THEN 'new'
                WHEN labels.dropped > 0 THEN 'dropped' END AS change,
           labels.strengthened, labels.weakened, labels.reversed, labels.new, labels.unchanged, labels.dropped,
           keys.version_id, labels.comparison_id
    FROM keys
    JOIN versions v ON v.id = keys.version_id
    JOIN documents d ON d.id = v.document_id
    JOIN issues i ON i.id = keys.issue_id
    LEFT JOIN own ON own.version_id = keys.version_id AND own.issue_id = keys.issue_id
    LEFT JOIN labels ON labels.version_id = keys.version_id AND labels.issue_id = keys.issue_id;
    """)


@migrations()
def m009_anchored_keywords(db: Database) -> None:
    """Anchored keywords: an issue's keywords that name it only where the sentence, its paragraph or its section's
    heading names one of its anchors (the issue's actor), or the sentence another of its keywords ("international
    order" is US leadership's where the United States is named). A taxonomy without them tags as before."""
    db.executescript("""
    ALTER TABLE issues ADD COLUMN anchored TEXT NOT NULL DEFAULT '[]';   -- JSON list of keywords
    ALTER TABLE issues ADD COLUMN anchors TEXT NOT NULL DEFAULT '[]';    -- JSON list of names
    """)


@migrations()
def m010_issue_partners(db: Database) -> None:
    """The partners of an issue's actor: names whose pair with the actor is the issue's own subject ("Tokyo and Moscow
    need a hotline" names relations with Russia, where "China and Russia opposed sanctions on North Korea" lists
    Russia as a party to another issue's matter). Until this migration the engine held Japan's names itself."""
    db.executescript("""
    ALTER TABLE issues ADD COLUMN partners TEXT NOT NULL DEFAULT '[]';   -- JSON list of names
    """)


@migrations()
def m011_position_confidence(db: Database) -> None:
    """How far each author position can be trusted (compare/confidence.py): the fitted chance that a careful reader
    finds the reading fair, NULL for others' views and questions, and where the model is turned off. Analyses made
    before it are stale: re-run on next use. position_detail shows it last."""
    db.executescript("""
    ALTER TABLE positions ADD COLUMN confidence REAL;
    DELETE FROM tagged_versions;

    DROP VIEW position_detail;
    CREATE VIEW position_detail AS
    SELECT p.id, p.issue_id, i.label AS issue, v.document_id, v.number AS version, d.published, d.author,
           p.kind, p.polarity, p.strength, p.hedged, p.attribution, p.target, s.text AS sentence, p.cues,
           sec.heading, p.sentence_id, p.version_id, p.engine, p.confidence
    FROM positions p
    JOIN issues i ON i.id = p.issue_id
    JOIN versions v ON v.id = p.version_id
    JOIN documents d ON d.id = v.document_id
    JOIN sentences s ON s.id = p.sentence_id
    JOIN sections sec ON sec.id = s.section_id;
    """)


@migrations()
def m012_issue_stance_confidence(db: Database) -> None:
    """issue_stance as before, with the confidence of the version's most trusted reading on the issue last (the
    highest `positions.confidence` among its author positions; empty where none is recorded), so that a stance read
    only from readings careful readers seldom find fair can be told from one that rests on a sound one."""
    db.executescript("""
    DROP VIEW issue_stance;
    CREATE VIEW issue_stance AS
    WITH base AS (SELECT id FROM documents ORDER BY created_at, rowid LIMIT 1),
    own AS (
        SELECT version_id, issue_id, count(*) AS positions, sum(polarity) AS polarity_sum,
               sum(polarity > 0) AS positive, sum(polarity < 0) AS negative, avg(strength) AS strength,
               max(confidence) AS confidence
        FROM positions WHERE attribution = 'author' GROUP BY version_id, issue_id),
    latest AS (
        SELECT c.right_version_id AS version_id, max(c.id) AS comparison_id
        FROM comparisons c JOIN versions lv ON lv.id = c.left_version_id
        WHERE lv.document_id = (SELECT id FROM base) AND c.left_version_id != c.right_version_id
        GROUP BY c.right_version_id),
    labels AS (
        SELECT latest.version_id, pc.issue_id, latest.comparison_id,
               sum(pc.change = 'strengthened') AS strengthened, sum(pc.change = 'weakened') AS weakened,
               sum(pc.change = 'reversed') AS reversed, sum(pc.change = 'new') AS new,
               sum(pc.change IN ('unchanged', 'reworded')) AS unchanged, sum(pc.change = 'dropped') AS dropped
        FROM latest JOIN position_changes pc ON pc.comparison_id = latest.comparison_id
        GROUP BY latest.version_id, pc.issue_id),
    keys AS (SELECT version_id, issue_id FROM own UNION SELECT version_id, issue_id FROM labels)
    SELECT v.document_id, v.number AS version, d.published, d.author, keys.issue_id, i.label AS issue,
           coalesce(own.positions, 0) AS positions, coalesce(own.positive, 0) AS positive,
           coalesce(own.negative, 0) AS negative,
           CASE WHEN own.polarity_sum > 0 THEN 1 WHEN own.polarity_sum < 0 THEN -1 ELSE 0 END AS polarity,
           coalesce(round(own.strength, 2), 0) AS strength,
           CASE WHEN labels.reversed > 0 THEN 'reversed'
                WHEN labels.strengthened > labels.weakened THEN 'strengthened'
                WHEN labels.weakened > labels.strengthened THEN 'weakened'
                WHEN labels.strengthened > 0 THEN 'mixed'
                WHEN labels.unchanged > 0 THEN 'unchanged'
                WHEN labels.new > 0 THEN 'new'
                WHEN labels.dropped > 0 THEN 'dropped' END AS change,
           labels.strengthened, labels.weakened, labels.reversed, labels.new, labels.unchanged, labels.dropped,
           keys.version_id, labels.comparison_id, own.confidence
    FROM keys
    JOIN versions v ON v.id = keys.version_id
    JOIN documents d ON d.id = v.document_id
    JOIN issues i ON i.id = keys.issue_id
    LEFT JOIN own ON own.version_id = keys.version_id AND own.issue_id = keys.issue_id
    LEFT JOIN labels ON labels.version_id = keys.version_id AND labels.issue_id = keys.issue_id;
    """)


@migrations()
def m013_withheld_changes(db: Database) -> None:
    """The labels the confidence gate withheld (judge._lacks): across documents by different writers, a label on a
    later reading less confident than the label needs is not given, and is kept here instead, with the reading's
    confidence and the confidence it needed, so that what the tool held back can be read (position_changes holds
    only the labels given). Replaced with a comparison's labels; withheld_change_detail joins the names in."""
    db.executescript("""
    CREATE TABLE withheld_changes (
        id INTEGER PRIMARY KEY,
        comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
        issue_id TEXT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        left_position_id INTEGER REFERENCES positions(id) ON DELETE CASCADE,
        right_position_id INTEGER NOT NULL REFERENCES positions(id) ON DELETE CASCADE,
        change TEXT NOT NULL CHECK (change IN ('unchanged', 'strengthened', 'weakened', 'reversed', 'new')),
        score REAL NOT NULL,
        explanation TEXT NOT NULL,
        judged_by TEXT NOT NULL,
        confidence REAL NOT NULL,       -- the later reading's (positions.confidence)
        needed REAL NOT NULL            -- what a label of its kind needs across writers
    );
    CREATE INDEX withheld_changes_comparison ON withheld_changes(comparison_id);
    CREATE INDEX withheld_changes_left ON withheld_changes(left_position_id);
    CREATE INDEX withheld_changes_right ON withheld_changes(right_position_id);

    CREATE VIEW withheld_change_detail AS
    SELECT w.id, w.comparison_id, w.issue_id, i.label AS issue, w.change, w.confidence, w.needed, w.score,
           c.left_document, c.left_version, ld.published AS left_date,
           c.right_document, c.right_version, rd.published AS right_date,
           lp.sentence AS left_sentence, rp.sentence AS right_sentence, w.explanation, w.left_position_id,
           w.right_position_id, c.engine, w.judged_by
    FROM withheld_changes w
    JOIN issues i ON i.id = w.issue_id
    JOIN comparison_detail c ON c.id = w.comparison_id
    JOIN documents ld ON ld.id = c.left_document
    JOIN documents rd ON rd.id = c.right_document
    LEFT JOIN position_detail lp ON lp.id = w.left_position_id
    JOIN position_detail rp ON rp.id = w.right_position_id;
    """)
