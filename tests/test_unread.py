"""Claims the rules read no position in (compare.changes.UNREAD): which sentences the learned judge reads beyond the
rules' positions, and how a label it gives there is recorded."""

import pytest
from test_learned import Saying

from compare import Corpus, learned
from compare.analysis import unread_sentences
from conftest import ESSAY, sql

ESSAY_PIECE = """Tariffs after the summit

Will the trade pact survive the tariff war?

Why the trade pact matters to Tokyo

The trade pact has kept eleven economies working to one rulebook on tariffs.

The tariff quarrel over steel ended in a compromise last spring.
"""

INTERVIEW = """An interview on trade

Q: The trade pact has kept eleven economies on one rulebook, some say.

A: The tariff quarrel over steel ended in a compromise last spring.

Q: And the pact itself after the tariff war?

A: The trade pact has kept its members working to one rulebook.
"""


@pytest.mark.parametrize("text, expected", [
    # a question, and a line set apart with no stop (a subheading), are not read
    (ESSAY_PIECE, ["The trade pact has kept eleven economies working to one rulebook on tariffs.",
                   "The tariff quarrel over steel ended in a compromise last spring."]),
    # nor is what the interviewer says, question or not
    (INTERVIEW, ["A: The tariff quarrel over steel ended in a compromise last spring.",
                 "A: The trade pact has kept its members working to one rulebook."]),
])
def test_the_unread_sentences_are_the_writers_tagged_sentences(tmp_path, text, expected):
    path = tmp_path / "piece.txt"
    path.write_text(text, encoding="utf-8")
    with Corpus.init(str(tmp_path / "c.db")) as corpus:
        added = corpus.add(str(path), author="Hitoshi Tanaka")
        corpus.compare(ESSAY, added.document_id)      # (analyses the version)
        version = corpus.resolve(added.document_id).version_id
        assert [text for _, _, _, text in unread_sentences(corpus.store, version, set())] == expected
        # a sentence in which the rules read a position, whoever's, is theirs
        read = {p.sentence_id for p in corpus.positions(added.document_id)} | {
            sentence for sentence, _, _, text in unread_sentences(corpus.store, version, set()) if "quarrel" in text}
        assert all("quarrel" not in text for _, _, _, text in unread_sentences(corpus.store, version, read))


def compare_piece(run, tmp_path, *, author="Hitoshi Tanaka"):
    """Store the essay piece as `piece` and compare it with the seed essay."""
    path = tmp_path / "piece.txt"
    path.write_text(ESSAY_PIECE, encoding="utf-8")
    assert run("add", path, "--author", author, "--id", "piece").exit_code == 0
    assert run("compare", ESSAY, "piece").exit_code == 0


UNREAD_ROWS = "select count(*) as n from position_changes where right_position_id is null and right_sentence_id is not null"


@pytest.fixture
def judged_unread(seeded, tmp_path, monkeypatch):
    """The essay piece compared with the seed essay by a judge that calls every claim it reads `unchanged`."""
    monkeypatch.setattr(learned, "load_model", lambda: Saying("unchanged", 0.95, threshold=0.5))
    compare_piece(seeded, tmp_path)
    return seeded


def test_a_learned_label_on_an_unread_claim_is_recorded_with_its_sentence(judged_unread):
    rows = sql(judged_unread, "select change, judged_by, right_position_id, right_sentence, right_sentence_id, "
                              "explanation from position_change_detail where right_sentence like '%eleven economies%'")
    assert len(rows) == 1
    row = rows[0]
    assert row["change"] == "unchanged" and row["judged_by"] == "learned" and row["right_position_id"] is None
    assert "the rules read no position in the sentence" in row["explanation"]
    assert sql(judged_unread, f"select text from sentences where id = {row['right_sentence_id']}") == [
        {"text": "The trade pact has kept eleven economies working to one rulebook on tariffs."}]
    # a change read from a position names its sentence too
    assert sql(judged_unread, "select count(*) as n from position_changes pc join positions p "
                              "on p.id = pc.right_position_id where pc.right_sentence_id != p.sentence_id") == [{"n": 0}]


def test_the_api_gives_an_unread_claim_as_an_unstored_position(tmp_path, monkeypatch):
    monkeypatch.setattr(learned, "load_model", lambda: Saying("unchanged", 0.95, threshold=0.5))
    path = tmp_path / "piece.txt"
    path.write_text(ESSAY_PIECE, encoding="utf-8")
    with Corpus.init(str(tmp_path / "c.db")) as corpus:
        added = corpus.add(str(path), author="Hitoshi Tanaka")
        result = corpus.compare(ESSAY, added.document_id)
    unread = [c for c in result.position_changes if c.right is not None and c.right.kind == "unread"]
    assert {c.right.sentence for c in unread} == {
        "The trade pact has kept eleven economies working to one rulebook on tariffs.",
        "The tariff quarrel over steel ended in a compromise last spring."}
    assert all(c.right.id == 0 and c.right.polarity == 0 and c.judged_by == "learned" for c in unread)


def test_no_claim_is_read_beyond_the_rules_positions_when_the_learned_judge_is_off(seeded, tmp_path, rules_only):
    compare_piece(seeded, tmp_path)
    assert sql(seeded, UNREAD_ROWS) == [{"n": 0}]


def test_another_writers_unread_claims_get_no_label(seeded, tmp_path, monkeypatch):
    monkeypatch.setattr(learned, "load_model", lambda: Saying("unchanged", 0.95, threshold=0.5))
    compare_piece(seeded, tmp_path, author="Mariko Sato")
    assert sql(seeded, UNREAD_ROWS) == [{"n": 0}]


def test_analysing_a_version_again_replaces_its_unread_labels(judged_unread):
    before = sql(judged_unread, UNREAD_ROWS)
    assert before[0]["n"] >= 1
    assert judged_unread("issues", "add", "harbours", "--label", "Harbours", "--keyword", "harbour").exit_code == 0
    assert judged_unread("compare", ESSAY, "piece").exit_code == 0
    # the first comparison's labels went with the analysis they were read from; the new one's stand
    rows = sql(judged_unread, "select comparison_id, count(*) as n from position_changes where right_position_id "
                              "is null and right_sentence_id is not null group by comparison_id")
    assert len(rows) == 1 and rows[0]["n"] == before[0]["n"]


def test_an_issue_known_only_from_such_labels_has_its_place_in_the_timeline(judged_unread):
    # the piece's only word of its own on trade is read by the judge alone: no author position, one label's sentence
    rows = sql(judged_unread, "select positions, strength, change from issue_stance "
                              "where document_id = 'piece' and issue_id = 'trade'")
    assert rows == [{"positions": 0, "strength": 0, "change": "unchanged"}]
    result = judged_unread("timeline", "trade")
    assert result.exit_code == 0
    entry = result.output[result.output.index("piece@1"):]
    assert entry.startswith("piece@1 [unchanged] 0 position(s)")
    assert "eleven economies working to one rulebook" in entry
