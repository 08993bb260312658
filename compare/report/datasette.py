"""metadata.json for Datasette: what each table, view and column holds, and which column names a row.

`label_column` makes Datasette show a document's title, a section's heading or an issue's label where a
foreign key would otherwise show a bare id. JSON columns say so, with their shape. The descriptions are
checked against the live schema by a test, so a new table or column without one fails the suite.
"""

from __future__ import annotations

import json

from corpus.store import Store

from .. import ENGINE

JSON_NOTE = " (JSON text; the datasette-pretty-json plugin shows it formatted)"

# the columns position_changes and withheld_changes share: a pair of positions in a comparison
_PAIR_COLUMNS = {"id": "Row id", "comparison_id": "The comparison (comparisons.id)", "issue_id": "The issue (issues.id)",
                 "left_position_id": "Earlier position (positions.id)",
                 "right_position_id": "Later position (positions.id)",
                 "score": "How closely the two sentences match, 0-1"}

TABLES: dict[str, dict] = {
    "_sqlite_migrations": {
        "description": "Migrations applied to this database (sqlite-utils), in two ordered sets: corpus and compare.",
        "columns": {"id": "Row id", "migration_set": "corpus (the store) or compare (the engine)",
                    "name": "Migration function name", "applied_at": "When it was applied (UTC)"}},
    "documents": {
        "description": "One row per document. A document has one or more versions.",
        "label_column": "title", "facets": ["kind", "author"],
        "columns": {"id": "Slug such as tanaka-2016-shoring-up-the-us-japan-alliance", "title": "Title",
                    "author": "Author", "publisher": "Publisher",
                    "published": "Publication date as an ISO prefix: YYYY, YYYY-MM or YYYY-MM-DD",
                    "url": "Where the document came from, if known", "kind": "essay, commentary, ... (free text)",
                    "created_at": "When the document was first added (UTC)"}},
    "versions": {
        "description": "One row per stored version of a document; text is the full normalised text.",
        "label_column": "document_id", "facets": ["document_id", "format"],
        "columns": {"id": "Version id", "document_id": "The document (documents.id)",
                    "number": "1, 2, 3... within the document", "sha256": "SHA-256 of text",
                    "text": "The full text; every offset in sections, paragraphs and sentences points into it",
                    "format": "text, markdown or html", "source": "File path or URL it was read from",
                    "added_at": "When it was added (UTC)", "note": "Free note given with --note",
                    "words": "Word count"}},
    "sections": {
        "description": "Sections of a version, in reading order; level and parent give the outline.",
        "label_column": "heading",
        "columns": {"id": "Section id", "version_id": "The version (versions.id)", "ordinal": "Position in the version",
                    "heading": "Heading text, NULL when untitled", "level": "Outline level, 1 = top",
                    "parent_id": "Enclosing section (sections.id)", "start": "Character offset into versions.text",
                    "end": "End offset, exclusive"}},
    "paragraphs": {
        "description": "Paragraphs of a version, with their section and character offsets.",
        "columns": {"id": "Paragraph id", "version_id": "The version (versions.id)",
                    "section_id": "The section (sections.id)", "ordinal": "Position in the version",
                    "start": "Character offset into versions.text", "end": "End offset, exclusive"}},
    "sentences": {
        "description": "Sentences of a version; text equals versions.text[start:end].",
        "label_column": "text", "fts_table": "sentences_fts", "fts_pk": "id",
        "columns": {"id": "Sentence id", "version_id": "The version (versions.id)",
                    "section_id": "The section (sections.id)", "paragraph_id": "The paragraph (paragraphs.id)",
                    "ordinal": "Position in the version", "text": "The sentence",
                    "start": "Character offset into versions.text", "end": "End offset, exclusive",
                    "hash": "Hash of the case-, quote- and space-normalised text (equal sentences share it)"}},
    "sentences_fts": {"description": "FTS5 full-text index over sentences.text (search it from the sentences table).",
                      "columns": {"text": "Indexed sentence text"}},
    "sentences_fts_config": {"description": "FTS5 internal table.", "hidden": True},
    "sentences_fts_data": {"description": "FTS5 internal table.", "hidden": True},
    "sentences_fts_idx": {"description": "FTS5 internal table.", "hidden": True},
    "sentences_fts_docsize": {"description": "FTS5 internal table.", "hidden": True},
    "comparisons": {
        "description": "One row per comparison of two versions with an engine and parameters; "
                       "running it again replaces its rows. comparison_detail names the documents.",
        "columns": {"id": "Comparison id", "left_version_id": "Earlier side (versions.id)",
                    "right_version_id": "Later side (versions.id)", "engine": "Engine name and version",
                    "params": "Alignment thresholds, keys sorted" + JSON_NOTE,
                    "created_at": "When it was last run (UTC)"}},
    "section_alignments": {
        "description": "Section pairs of a comparison: matched, renamed, moved, split, merged, added, deleted.",
        "facets": ["relation", "matched_by"],
        "columns": {"id": "Row id", "comparison_id": "The comparison (comparisons.id)", "ordinal": "Reading order",
                    "left_section_id": "Left section (sections.id), NULL when added",
                    "right_section_id": "Right section (sections.id), NULL when deleted",
                    "relation": "matched, renamed, moved, split, merged, added or deleted",
                    "score": "Combined similarity, 0-1", "matched_by": "heading, content or both",
                    "heading_score": "Heading similarity, 0-1", "content_score": "Content similarity, 0-1"}},
    "sentence_alignments": {
        "description": "Sentence pairs of a comparison, with the word diff of modified sentences.",
        "facets": ["op"],
        "columns": {"id": "Row id", "comparison_id": "The comparison (comparisons.id)", "ordinal": "Reading order",
                    "left_sentence_id": "Left sentence (sentences.id), NULL when inserted",
                    "right_sentence_id": "Right sentence (sentences.id), NULL when deleted",
                    "op": "equal, modified, moved, moved_modified, inserted or deleted",
                    "similarity": "Word-level similarity, 0-1",
                    "diff": "Word diff [[op, text], ...], op '=', '-' or '+'; NULL unless modified" + JSON_NOTE}},
    "issues": {
        "description": "The issue taxonomy (corpus issues): each issue with its keywords and aliases.",
        "label_column": "label",
        "columns": {"id": "Slug such as north-korea", "label": "Display name", "description": "What it covers",
                    "keywords": "Keywords and aliases, a list of strings" + JSON_NOTE,
                    "parent": "Broader issue (issues.id)",
                    "examples": "Sentences in the issue's own terms: with the description, the profile the semantic "
                                "layer scores sentences against" + JSON_NOTE,
                    "fallback": "Keywords that name the issue only in a sentence no other rule tags (China for "
                                "regional order)" + JSON_NOTE,
                    "concepts": "Groups of the issue's keywords that name one subject in different words (offensive "
                                "power projection, long-range strike): a claim naming one is compared with a base "
                                "claim naming another, never called new; a list of lists of strings" + JSON_NOTE,
                    "anchored": "Keywords that name the issue only where the sentence, its paragraph or its heading "
                                "names one of its anchors, or the sentence another of its keywords (international "
                                "order for US leadership)" + JSON_NOTE,
                    "anchors": "Names of the issue's actor that anchor its anchored keywords (United States, "
                               "Washington)" + JSON_NOTE,
                    "partners": "Names whose pair with the issue's actor is the issue's subject (Tokyo and Moscow); "
                                "the actor listed beside any other name is a party to another issue's matter"
                                + JSON_NOTE}},
    "sentence_issues": {
        "description": "Which issues each sentence is about, and the cue that tagged it.",
        "facets": ["issue_id", "via"],
        "columns": {"sentence_id": "The sentence (sentences.id)", "issue_id": "The issue (issues.id)",
                    "score": "Tag confidence: 1 keyword, 0.6 heading, 0.4 context; for semantic, the cosine",
                    "via": "keyword, heading (inherited), context (a demonstrative or the paragraph's topic) or "
                           "semantic (closest in meaning to the issue's profile)",
                    "cue": "The words that matched"}},
    "tagged_versions": {
        "description": "Which versions have been tagged and their positions extracted, and against what: a "
                       "version is re-analysed when the taxonomy's hash or the engine (with the stance lexicon's "
                       "hash) differs from the row here. Delete a row to force re-analysis of that version.",
        "columns": {"version_id": "The analysed version (versions.id)",
                    "taxonomy_hash": "Hash of the issue ids, keywords, descriptions and examples it was tagged with",
                    "engine": "Engine, stance lexicon version and semantic layer (model or off) that analysed it"}},
    "positions": {
        "description": "Positions: a sentence's stance on an issue, every field with the cue words behind it. "
                       "position_detail adds the document, issue label and sentence text.",
        "label_column": "target", "facets": ["issue_id", "kind", "polarity"],
        "columns": {"id": "Position id", "version_id": "The version (versions.id)",
                    "sentence_id": "The sentence (sentences.id)", "issue_id": "The issue (issues.id)",
                    "kind": "prescription, evaluation, prediction or commitment",
                    "polarity": "+1 for, -1 against, 0 neutral",
                    "strength": "1 (could) to 4 (must), +1 per intensifier",
                    "hedged": "1 when a hedge (may, perhaps...) softens it", "target": "What the stance is about",
                    "cues": "The words behind each field: {kind, strength, polarity, hedges, negations, "
                            "intensifiers, mood, clause, issue}" + JSON_NOTE,
                    "engine": "Engine and stance lexicon version",
                    "attribution": "author, reported (a view the sentence reports: 'X argued that...', another "
                                   "speaker) or question; only the author's positions take part in change labels",
                    "confidence": "The fitted chance (0-1) that a careful reader finds the author's reading fair "
                                  "(compare/confidence.py); across writers, a label needs the model's threshold for "
                                  "its kind (withheld_changes keeps those it lacked). Empty for others' views and "
                                  "questions, with CORPUS_CONFIDENCE=0, and for "
                                  "positions analysed before it was recorded (until their version is read again)"}},
    "position_changes": {
        "description": "How each position changed in a comparison. position_change_detail shows both sentences.",
        "facets": ["change", "issue_id"],
        "columns": {**_PAIR_COLUMNS,
                    "change": "unchanged, reworded, strengthened, weakened, reversed, new or dropped",
                    "explanation": "The cue words that decided the label",
                    "judged_by": "rules, or learned: the learned judge gave the label (its explanation says why)",
                    "right_sentence_id": "Later sentence the change is read from (sentences.id); the only link to it "
                                         "when the rules read no position there (right_position_id empty)"}},
    "withheld_changes": {
        "description": "Labels the confidence gate withheld: across documents by different writers, a label on a "
                       "later reading less confident than its kind needs is not given (not in position_changes) and "
                       "is kept here. withheld_change_detail shows both sentences.",
        "facets": ["change", "issue_id"],
        "columns": {**_PAIR_COLUMNS,
                    "change": "The label withheld: unchanged, strengthened, weakened, reversed or new",
                    "explanation": "Why the label would have been given, and why it was withheld",
                    "judged_by": "rules, or learned",
                    "confidence": "The later reading's confidence (positions.confidence)",
                    "needed": "The confidence a label of its kind needs across writers"}},
}

VIEWS: dict[str, str] = {
    "sentence_detail": "Every sentence with its document id, version number, date and section heading.",
    "comparison_detail": "Every comparison with both documents and version numbers.",
    "section_alignment_detail": "Section pairs with both headings and the documents compared.",
    "sentence_change_detail": "Sentence pairs with both texts, headings and the word diff (diff is JSON).",
    "position_detail": "Every position with issue label, document, version, date, author, sentence and heading "
                       "(cues is JSON).",
    "position_change_detail": "Every position change with issue, both documents and dates, both sentences and the "
                              "explanation: start here.",
    "withheld_change_detail": "Every label the confidence gate withheld, with issue, both documents and dates, both "
                              "sentences, the later reading's confidence and what the label needed.",
    "issue_timeline": "Every position on every issue across all documents, oldest first.",
    "issue_stance": "Per document version and issue: the author's positions, the prevailing direction and mean "
                    "strength, and the label against the base (the first document stored), with the comparison it "
                    "comes from; a version with labels on an issue and no author position on it has 0 positions. "
                    "confidence is that of the version's most trusted reading on the issue. "
                    "corpus timeline ISSUE shows it.",
}


def metadata(store: Store, *, database: str) -> dict:
    """Descriptions for what this database holds (its tables and views, looked up live)."""
    names = [r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name")]
    tables = {}
    for name in names:
        if name in VIEWS:
            tables[name] = {"description": VIEWS[name]}
        elif name in TABLES:
            tables[name] = TABLES[name]
    return {"title": "corpus-compare", "description": f"Policy documents, their versions, alignments and position "
            f"changes, recorded by {ENGINE}. Start with position_change_detail or issue_timeline.",
            "databases": {database: {"tables": tables}}}


def metadata_json(store: Store, *, database: str) -> str:
    return json.dumps(metadata(store, database=database), indent=2, ensure_ascii=False) + "\n"
