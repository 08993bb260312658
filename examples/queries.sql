-- Questions users ask of a corpus-compare database. Copy one into `corpus sql "..."`,
-- sqlite3 or Datasette. Each query ends with a semicolon.

-- 1. All reversals, by issue: what flipped, where, and the cue that flipped it.
SELECT issue_id, left_document, left_version, right_document, right_version,
       left_sentence, right_sentence, explanation
FROM position_change_detail
WHERE change = 'reversed'
ORDER BY issue_id, right_date, right_document;

-- 2. Issues with the most movement (anything but unchanged and reworded), across all comparisons.
SELECT issue_id, issue,
       sum(change = 'reversed') AS reversed,
       sum(change = 'strengthened') AS strengthened,
       sum(change = 'weakened') AS weakened,
       sum(change = 'new') AS new,
       sum(change = 'dropped') AS dropped,
       count(*) AS moves
FROM position_change_detail
WHERE change NOT IN ('unchanged', 'reworded')
GROUP BY issue_id, issue
ORDER BY moves DESC, issue_id;

-- 3. Issues on which every document takes at least one position (latest version of each document).
SELECT issue_id, count(DISTINCT document_id) AS documents
FROM position_detail p
WHERE p.version = (SELECT max(number) FROM versions WHERE document_id = p.document_id)
GROUP BY issue_id
HAVING count(DISTINCT document_id) = (SELECT count(*) FROM documents)
ORDER BY issue_id;

-- 4. What changed between two dates: position changes whose right-hand document was published in 2017-2018.
SELECT right_date, right_document, issue_id, change, right_sentence
FROM position_change_detail
WHERE right_date BETWEEN '2017' AND '2018-12-31' AND change != 'unchanged'
ORDER BY right_date, issue_id;

-- 5. The timeline of one issue: every position on North Korea, oldest first.
SELECT published, document_id, version, kind, polarity, strength, hedged, target, sentence
FROM issue_timeline
WHERE issue_id = 'north-korea';

-- 6. Sections renamed, moved, split or merged between versions of the same document.
SELECT left_document, left_version, right_version, left_heading, right_heading, relation, round(score, 2) AS score
FROM section_alignment_detail
WHERE left_document = right_document AND relation NOT IN ('matched', 'added', 'deleted')
ORDER BY left_document, left_version, right_version, ordinal;

-- 7. The most rewritten sentences between versions: lowest similarity among modified ones.
SELECT left_document, left_version, right_version, round(similarity, 2) AS similarity, left_text, right_text
FROM sentence_change_detail
WHERE op IN ('modified', 'moved_modified')
ORDER BY similarity, left_document
LIMIT 20;

-- 8. Hedged positions per document: how often each author qualifies a stance.
SELECT document_id, count(*) AS positions, sum(hedged) AS hedged,
       round(100.0 * sum(hedged) / count(*), 1) AS hedged_percent
FROM position_detail
GROUP BY document_id
ORDER BY hedged_percent DESC;

-- 9. Why was this labelled? The cues behind every position on Russia in the latest essay version.
SELECT sentence, kind, polarity, strength, json_extract(cues, '$.polarity') AS polarity_cues,
       json_extract(cues, '$.strength') AS strength_cues, json_extract(cues, '$.hedges') AS hedges
FROM position_detail
WHERE issue_id = 'russia'
ORDER BY document_id, version;

-- 10. Which readings to trust first: each document's author positions by confidence (the fitted chance that a
--     careful reader finds the reading fair), and how many reach the 0.65 that other writers' `new` and `unchanged`
--     labels need.
SELECT document_id, count(*) AS positions, round(avg(confidence), 2) AS mean_confidence,
       sum(confidence >= 0.65) AS confident
FROM position_detail
WHERE attribution = 'author'
GROUP BY document_id
ORDER BY mean_confidence DESC;

-- 11. What the tool held back: the labels the confidence gate withheld on other writers' readings, with the
--     reading's confidence against what its label needed (none with CORPUS_CONFIDENCE=off).
SELECT right_document, issue_id, change, confidence, needed, right_sentence
FROM withheld_change_detail
ORDER BY right_document, issue_id, confidence;
