"""Harm told beside an issue's name rather than by the main clause's verb: in a relative clause after it, in a
subject that holds a list, in a condition whose consequence is bad, and in an engagement refused; and who told
someone of a view, where the one told has a title. By the issue convention, a warning that what the issue names is
harmed is a position for it. Each case is told with invented sentences."""

from __future__ import annotations

import pytest

from compare.clauses import split_clauses
from compare.positions import extract, extract_for_issues
from conftest import span


def _read(text: str, words: str = "ferry pact"):
    return extract_for_issues(text, {"ferry": span(text, words)}).get("ferry")


def _kinds(text: str) -> list[str]:
    return [clause.kind for clause in split_clauses(text.split())]


@pytest.mark.parametrize("text", [
    "Both towns back the ferry pact , which is threatened by the cartel's tolls .",
    "The towns still trust the ferry pact , which has already been undermined by the cartel .",
    "The towns still trust the ferry pact , which is now at risk .",
    "The towns joined the ferry pact , which was violated by the cartel .",     # what the noun underwent
])
def test_a_passive_or_a_state_of_danger_after_which_is_said_of_the_noun_before_it(text):
    # what the noun before the comma suffers: a relative clause, not a comment on the whole clause
    assert _kinds(text)[-1] == "relative"


@pytest.mark.parametrize("text", [
    "The towns signed the ferry pact , which would be detrimental to the cartel .",
    "The towns signed the ferry pact , which was a mistake .",
    "The towns signed the ferry pact , which was hailed by experts as a wise move .",     # a passive of a verdict
    "The towns signed the ferry pact , which was followed by chaos .",                    # of what followed it
])
def test_a_verdict_after_which_still_comments_on_the_clause_before(text):
    assert _kinds(text)[-1] == "result"


def test_harm_the_relative_clause_tells_does_not_judge_what_it_befalls():
    # the harm is done to the pact: no judgement against it (the main clause's verb gives no direction here)
    stance = _read("Both towns back the ferry pact, which is threatened by the cartel's tolls.")
    assert stance is None or stance.polarity >= 0
    kept = _read("The ferry pact, which is threatened by the cartel, must be kept.")
    assert kept is not None and kept.polarity == 1


@pytest.mark.parametrize("text", [
    "The ferry pact is threatened by the cartel.",
    "The ferry pact has been threatened for years.",
])
def test_a_name_threatened_suffers_harm(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1 and stance.cues["polarity"][0] == "harm to it: threatened"


def test_what_a_name_threatens_is_no_harm_to_it():
    stance = _read("The ferry pact threatened the cartel.")
    assert stance is None or not stance.cues["polarity"][0].startswith("harm to it")


@pytest.mark.parametrize("text", [
    "Yet the promises of the ferry pact, such as those between the two ports, and the north and the south, have "
    "been seriously undermined over the past year.",
    "The promises of the ferry pact, including those to the islands, have been undermined.",
])
def test_harm_told_of_a_subject_that_holds_a_list_is_for_it(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1 and stance.cues["polarity"][0] == "harm to it: undermined"


@pytest.mark.parametrize("text", [
    "The day after the ferry pact, several towns, including the port, were badly damaged by the storm.",  # opening
    "The cartel, including its allies in the ferry pact, has been weakened.",      # the name inside the list
    "The towns, such as those in the ferry pact, have been damaged by the tolls.",
])
def test_harm_told_of_a_subject_whose_list_or_opening_phrase_holds_the_name_is_not_its(text):
    stance = _read(text)
    assert stance is None or not stance.cues["polarity"][0].startswith("harm to it")


@pytest.mark.parametrize("text, harm", [
    ("If a rift occurs in the ferry pact, the region's uncertainty could increase further.", "rift"),
    ("If the ferry pact collapses, the towns will suffer.", "collapses"),
    ("If the ferry pact between the two towns breaks down, the region will suffer.", "breaks down"),
])
def test_harm_to_it_in_a_condition_whose_consequence_is_bad_is_for_it(text, harm):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1 and stance.cues["polarity"][0] == f"harm to it: {harm}"


@pytest.mark.parametrize("text", [
    "If the ferry pact is renewed and the towns collapse, the region will suffer.",   # the towns' harm, not the pact's
    "If the ferry pact survives the collapse of the port, the towns will suffer.",
    "If the ferry pact does not collapse, the towns will suffer.",                  # harm denied
    "If the collapse of the ferry pact is avoided, the towns will suffer.",          # harm averted
])
def test_a_condition_with_no_harm_to_it_keeps_the_consequences_direction(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1


@pytest.mark.parametrize("text", [
    "When the ferry pact collapsed, its defenders were proved wrong.",    # narration, no consequence foretold
    "If the ferry pact is weakened, smuggling will decline.",             # a fall, perhaps of something bad
    "If the ferry pact weakens, the towns must scrap it.",            # a call on it reads as it stands
    "If the ferry pact collapses, the towns should abandon it.",
    "Unless the ferry pact collapses, the towns will suffer.",        # the harm would avert what follows
    "If the coalition against the ferry pact collapses, the towns will suffer.",   # the name is no subject's head
    "If the ferry pact's rivals collapse, the towns will suffer.",
])
def test_harm_in_a_condition_is_for_it_only_before_a_bad_consequence_of_that_harm(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1


@pytest.mark.parametrize("text", [
    "If the ferry pact collapses, the towns will thrive.",           # good brought by the harm
    "Even if the ferry pact collapses, the towns will suffer.",      # what follows comes whatever the harm
])
def test_harm_to_it_in_a_condition_says_nothing_plain_of_it_before_good_or_in_a_concession(text):
    stance = _read(text)
    assert stance is None or stance.polarity == 0


@pytest.mark.parametrize("text, harm", [
    ("If trust in the ferry pact erodes, the towns will suffer.", "erodes"),     # a good of its own
    ("When the ferry pact collapses, the towns will suffer.", "collapses"),
    ("If the ferry pact is lost, the towns will suffer.", "lost"),
])
def test_harm_in_a_condition_of_when_of_trust_in_it_or_in_the_passive_is_for_it(text, harm):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1 and stance.cues["polarity"][0] == f"harm to it: {harm}"


@pytest.mark.parametrize("text", [
    "Choosing not to engage on the ferry pact will undermine support for the mayor's other goals.",
    "Failing to join the ferry pact would hurt the towns.",
    "Refusing to sign the ferry pact would be a grave mistake.",
])
def test_harm_judged_of_an_engagement_refused_is_for_what_it_stays_out_of(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1


@pytest.mark.parametrize("text, polarity", [
    ("The towns refused to sign the ferry pact, a deeply flawed deal.", -1),         # a verdict on a thing: the pact
    ("The towns refused to join the ferry pact, which was a deeply flawed deal.", -1),
    ("The towns refused to join the ferry pact, which is a failure.", -1),
    ("The towns refused to join the ferry pact, which was a mistake.", 1),           # a verdict on an act: the refusal
    ("The towns refused to sign the ferry pact, a wise move.", -1),
])
def test_a_verdict_set_off_after_the_name_judges_the_pact_or_the_refusal_by_its_noun(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.polarity == polarity


def test_an_engagement_refused_judged_well_is_against_it():
    stance = _read("Refusing to sign the ferry pact was the right call.")
    assert stance is not None and stance.polarity == -1


@pytest.mark.parametrize("text", [
    "The mayor told President Smith that the ferry pact must be kept.",
    "During his last week in office, the former mayor told Prime Minister Sato that the ferry pact must be kept.",
])
def test_what_someone_told_a_titled_hearer_is_the_tellers(text):
    assert extract(text).attribution == "reported"


def test_harm_a_later_mention_suffers_outweighs_the_same_harm_read_against_the_first():
    # the damage is done to the pact: not a verdict against it because its name also stands in the subject
    text = "The mayor's decision to scrap the ferry pact's hotline has inflicted serious damage on the ferry pact."
    first, second = (k for k in range(len(text)) if text.startswith("ferry pact", k))
    stance = extract_for_issues(text, {"ferry": ((first, first + 10), (second, second + 10))})["ferry"]
    assert stance.polarity == 1 and stance.cues["polarity"] == ["harm to it: damage"]


@pytest.mark.parametrize("text", [
    "The ferry pact is a failure that has done damage to the ferry pact's towns.",   # a verdict of its own
    "The ferry pact undermines the port's role in the ferry pact's cooperation.",    # the doer of the harm
])
def test_a_reading_of_the_first_mention_that_is_not_harm_done_to_it_stands(text):
    first, second = (k for k in range(len(text)) if text.startswith("ferry pact", k))
    stance = extract_for_issues(text, {"ferry": ((first, first + 10), (second, second + 10))})["ferry"]
    assert stance.polarity == -1


@pytest.mark.parametrize("text", [
    "When the mayor withdrew, many observers saw the ferry pact as a boon for the cartel.",
    "After the summit, many observers saw the ferry pact as a boon for the cartel.",
    "When the mayor withdrew the town from the Ferry Partnership (FP) in the spring of 2019, many observers saw the "
    "ferry pact as a boon for the cartel.",
])
def test_a_view_held_after_an_opening_clause_or_phrase_of_time_is_its_holders(text):
    assert _read(text).attribution == "reported"


def test_the_writers_own_view_after_an_opening_clause_of_time_stays_theirs():
    assert _read("When the towns met, we saw the ferry pact as a boon for the islands.").attribution == "author"


@pytest.mark.parametrize("text", [
    "It echoes traditional progressive concerns about the ferry pact's impact on wages.",
    "The plan reflects conservative concerns about the ferry pact.",
])
def test_feelings_named_by_a_camps_adjective_are_the_camps(text):
    assert _read(text).attribution == "reported"


@pytest.mark.parametrize("text, attribution", [
    ("Conservative concerns about the ferry pact run deep.", "reported"),
    ("Conservative concerns about the ferry pact are legitimate.", "author"),     # the writer's endorsement
])
def test_feelings_of_a_camp_opening_the_sentence_are_the_camps_unless_the_writer_judges_them(text, attribution):
    assert _read(text).attribution == attribution


@pytest.mark.parametrize("text", [
    "I share progressive concerns about the ferry pact.",
    "Progressive concerns about the ferry pact are overblown.",           # the writer's verdict on the feelings
    "The ferry pact raises legitimate public concerns about wages.",      # no camp: the writer's own
])
def test_the_writers_verdict_on_a_camps_feelings_or_their_own_is_theirs(text):
    assert _read(text).attribution == "author"


def test_a_sentence_cut_off_after_a_set_off_teller_reads_without_error():
    stance = extract("The ferry pact is vital, the mayor told")     # (no full stop: it once raised an IndexError)
    assert stance is not None and stance.polarity == 1


def test_a_necessity_foretold_as_a_consequence_is_no_call():
    stance = _read("The tolls may help the ferry pact, but they will drive fares up so travellers will have to "
                   "shoulder the burden of higher costs.")
    assert stance is not None and stance.kind == "prediction"


@pytest.mark.parametrize("text", [
    "The town will have to keep the ferry pact.",
    "Even so, the town will have to keep the ferry pact.",
    "So the town will have to keep the ferry pact.",
    "In a year or so the town will have to keep the ferry pact.",     # an approximation, no consequence
    "I think so: the town will have to keep the ferry pact.",         # another clause's "so"
])
def test_a_necessity_the_writer_draws_is_still_a_call(text):
    stance = _read(text)
    assert stance is not None and stance.kind == "prescription"


def test_a_name_given_as_the_means_of_anothers_act_is_theirs():
    stance = _read("The board has heightened its sense of crisis by describing the ferry pact as the only threat to "
                   "the town.")
    assert stance.attribution == "reported"


def test_a_name_given_as_the_means_of_the_writers_own_act_stays_the_writers():
    stance = _read("We can end the crisis by describing the ferry pact as the only threat to the town.")
    assert stance.attribution == "author"


@pytest.mark.parametrize("text, harm", [
    ("The toll also does serious damage to the very thing the mayor is trying to rebuild: the ferry pact.", "damage"),
    ("The toll harms what matters most: the ferry pact.", "harms"),
    ("Among other things, the tolls erode what matters most: the ferry pact.", "erode"),   # "things" no doer
    ("The tolls undermine the very thing that sustains it: the ferry pact.", "undermine"),  # "it" an object
])
def test_damage_to_a_thing_a_colon_then_names_is_harm_to_it(text, harm):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1 and stance.cues["polarity"] == [f"harm to it: {harm}"]


@pytest.mark.parametrize("text", [
    "Only one thing endangers what the towns have built: the ferry pact.",       # the colon names the doer
    "Only one thing, in my view, endangers what the towns have built: the ferry pact.",
    "Nothing harms what matters most more than this: the ferry pact.",
])
def test_a_colon_that_names_the_doer_of_the_damage_tells_no_harm_to_it(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1


def test_damage_denied_to_a_thing_a_colon_names_tells_no_harm():
    stance = _read("The tolls do not harm what matters most: the ferry pact.")
    assert stance is None or not stance.cues["polarity"][0].startswith("harm to it")


def test_a_colon_after_damage_to_a_thing_named_before_it_tells_no_harm_to_what_follows():
    stance = _read("The toll does damage to the port: the ferry pact is safe.")
    assert stance is None or not stance.cues["polarity"][0].startswith("harm to it")


@pytest.mark.parametrize("text", [
    "The ferry pacts damaged under the former mayor need repair.",
    "The towns still trust the ferry pacts weakened by years of neglect.",
    "The ferry pacts undermined by the cartel remain vital.",          # a linking verb opens the predicate
    "The ferry pacts damaged by the storm deserve repair.",
])
def test_harm_a_participle_after_the_name_tells_is_the_names_not_a_verdict_on_it(text):
    stance = _read(text, "ferry pacts")
    assert stance is not None and stance.polarity == 1 and stance.cues["polarity"][0].startswith("harm to it")


@pytest.mark.parametrize("text", [
    "The ferry pacts damaged the port.",
    "The ferry pacts undermined, as critics warned, the port's trade.",     # the name's own past verb
    "The ferry pacts weakened in turn the islands' economy.",
    "The ferry pacts weakened over the years the trust between the towns, which remains low.",   # another clause's verb
])
def test_harm_a_name_does_stays_a_verdict_on_it(text):
    stance = _read(text, "ferry pacts")
    assert stance is not None and stance.polarity == -1


def test_a_participle_after_a_name_in_a_prepositional_phrase_is_not_the_names_harm():
    stance = _read("Trade under the ferry pacts damaged by tolls has fallen.", "ferry pacts")
    assert stance is None or not stance.cues["polarity"][0].startswith("harm to it")


@pytest.mark.parametrize("text, attribution", [
    ("Officials such as the mayor and her chief harbour adviser, Ann Lee, want to rekindle the vital ferry pact.",
     "reported"),
    ("Officials such as the mayor want to rekindle the vital ferry pact.", "reported"),
    ("Towns such as ours, in my view, want to keep the vital ferry pact.", "author"),
])
def test_what_wishers_named_with_a_list_want_is_theirs(text, attribution):
    assert _read(text).attribution == attribution
