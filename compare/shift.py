"""Retrospective language: how a view held earlier has fared, in the writer's own words.

A later commentary often says outright what became of an earlier view: a warning "has come true", the writer
"continues to believe" it, "the early fear ... has receded", "the opening was far narrower than many believed",
"that approach has reached its end". These phrases (the `[shift]` table of data/stance.toml) are the most direct
evidence a text gives of a change of position, and they need no counterpart sentence with shared words: the
issue the sentence is about links it to the base. judge.py turns each class into a label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .lexicon import SHIFT_CLASSES, Lexicon
from .text.stem import stem_all
from .text.tokens import CLAUSE_TOKEN

CONCERN_REACH = 30      # tokens from a concern noun to the easing verb it is the subject of
THAN_REACH = 12         # tokens from a comparative to its "than"
EXPECTATION_REACH = 11  # tokens from "than" to the expectation verb ("than many in Tokyo, myself included, believed")
NOW_REACH = 12          # tokens from a feared or predicted thing to the "now" that says it has arrived
_TOLD_AS_DONE = frozenset("has have had was were been largely mostly".split())
# comparatives of a good state: "better than ever" says a thing is well, not that a view is held more firmly
_GOOD_STATES = frozenset("better healthier closer warmer calmer safer steadier sturdier".split())
GOOD_STATE_REACH = 3
_WISHING = frozenset("wish wished".split())
_ERROR_ADMITTED = frozenset("wrong mistaken pessimistic".split())     # "I wish I had been wrong": it came true
WISH_REACH = 8
# what makes "than at any time" a view held more firmly: the weight or urgency of something
_WEIGHT_WORDS = frozenset("matter matters mattered important importance urgent urgently necessary need needs "
                          "needed relevant pressing vital essential crucial critical cost costs case compelling "
                          "greater must argument arguments valuable indispensable central useful convinced "
                          "convincing".split())     # ("must be integrated more closely than ever")
WEIGHT_REACH = 12


def _a_things_certainty(raw: Sequence[str], match) -> bool:
    """Whether a certainty lowered ("less certain", "no longer sure") is a thing's, not a view: no first person near it
    and no clause or object of what is believed after it ("the post-war trade regime is now far less certain", "less
    certain than ever": its future in doubt, a harm; "I am less certain that the pact will hold" and "less sure of
    the port" stay views)."""
    index, length, _, phrase = match
    words = phrase.lower().split()
    if words[-1] not in _CERTAINTIES or not _FIRST_PERSON.isdisjoint(words):
        return False
    lowered = [w.lower() for w in raw]
    end = index + length
    following = lowered[end] if end < len(lowered) else "."
    after = lowered[end:end + 3]
    after = after[:next((j for j, w in enumerate(after) if not w[:1].isalpha() or w in ("than", "and")), len(after))]
    near = lowered[max(0, index - CERTAIN_HOLDER_REACH):index] + after
    # (a holder contracted with its verb too: "I'm less sure")
    return not any(re.split(r"['\u2019]", w)[0] in _CERTAIN_HOLDERS for w in near) and following not in _WHAT_IS_BELIEVED


_CERTAINTIES = frozenset("certain sure".split())
# a holder before the certainty or just after it ("the summit left me less sure", "seems less certain to me now")
_CERTAIN_HOLDERS = frozenset("i we me us my our".split())
# what opens what is believed after it: a clause ("less sure that...", "no longer sure it will survive") or its
# object ("less certain of the port's aims"); "less certain than ever" measures a thing's certainty
_WHAT_IS_BELIEVED = frozenset("that of about whether how what it they he she this there the".split())
CERTAIN_HOLDER_REACH = 10   # "Many of us who championed the pact in 2015 are no longer sure"


def _a_need_before_its_noun(raw: Sequence[str], match) -> bool:
    """'But there are even more important aspects to consider': a need grown greater that qualifies the noun after
    it rates things, no view held more firmly ("It is even more important now", "all the more urgent that..." do)."""
    index, length, code, phrase = match
    if SHIFT_CLASSES[int(code)] != "firmer" or phrase.lower().split()[-1] not in _WEIGHTS_OF_A_NEED:
        return False
    following = raw[index + length].lower() if index + length < len(raw) else ""
    return following.isalpha() and following.endswith("s") and following not in _NOT_PLURAL_NOUNS


_WEIGHTS_OF_A_NEED = frozenset("important urgent necessary essential pressing vital crucial needed".split())
_NOT_PLURAL_NOUNS = frozenset("is was as this thus its his has does us yes less unless".split())


def find_shift(tokens: Sequence[str], raw: Sequence[str], found: Sequence[tuple[int, int, float, str]],
               lexicon: Lexicon) -> tuple[str, str, int] | None:
    """(class, the words that say it, the index of its first token) for the first retrospective cue of a
    sentence, or None.

    tokens: the sentence's stems; raw: its tokens as written; found: the lexicon's `shift` matches."""
    if found:
        found = [m for m in found if not _held_by_someone_else(raw, m) and not _in_purpose(raw, m[0])
                 and not _asked(raw, m[0]) and not _measured_against_someone(raw, m)
                 and not _counterfactual(raw, m[0]) and not _thought_denied(raw, m[0])
                 and not _in_anothers_words(raw, m[0]) and not _gone_further_by_another(raw, m)
                 and not _in_a_recalled_view(raw, m[0]) and not _yet_to_come(raw, m)
                 and not _a_need_before_its_noun(raw, m) and not _more_called_for_or_made(raw, m)
                 and not _a_things_certainty(raw, m)]
    if found and SHIFT_CLASSES[int(found[0][2])] == "eased" and found[0][3].lower().split()[1:2] in (["once"], ["used"]) \
            and any(m[3].lower() in _ERRORS_OWNED for m in found[1:]):
        # "I once believed that X, and I was wrong": the view recalled is given up, not qualified
        found = [m for m in found if m[3].lower() in _ERRORS_OWNED]
    if found and (later := _given_up_after_a_turn(raw, found)) is not None:
        # "I used to believe that X, but since the war..., and I no longer expect Chinese pressure to open any door"
        index, length = found[0][0], found[0][1]
        return "abandoned", f"{' '.join(raw[index:index + length])} ... {' '.join(raw[later[0]:later[0] + later[1]])}", index
    if found and SHIFT_CLASSES[int(found[0][2])] == "continued" and any(
            SHIFT_CLASSES[int(m[2])] == "firmer" for m in found[1:]):
        # "I still believe that, and this year has made me believe it more strongly": held, and more firmly
        found = [m for m in found if SHIFT_CLASSES[int(m[2])] == "firmer"]
    if found and found[0][3].lower() in _TAKING_UP_VIEWS:
        # "I now think" says only that a view is held now: a more telling cue in the sentence says how ("I now
        # think that was too hopeful", "... it is sturdier than I feared")
        better = find_shift(tokens, raw, found[1:], lexicon)
        if better is not None and better[2] > found[0][0]:
            return better       # (a view recalled before it, "I once argued X; I now think Y", is what changed)
    if found:
        index, length, code, phrase = found[0]
        label = SHIFT_CLASSES[int(code)]
        following = raw[index + length].lower() if index + length < len(raw) else ""
        if phrase.lower().startswith("i would have") and (not _in_the_past([w.lower() for w in raw]) or (
                not following[:1].isalpha() or following in _AFTER_STRANDED or (
                    following in _NUMBER_WORDS and _TIME_AFTER.intersection(
                        w.lower() for w in raw[index + length + 1:index + length + 4])))):
            # "I would have opposed it had they asked": what did not happen, at no time gone by; "a conclusion I
            # would have rejected ten years ago": the conclusion is told next
            return None
        if _disowned(raw, index + length):
            return None     # "Vindicated is too strong a word.": the word is weighed and put aside
        if label == "abandoned" and _negated_before(raw, index) and following in _MANNER:
            return None     # "I have not changed my mind lightly": a change of mind, told in what follows
        if label == "abandoned" and _negated_before(raw, index) and not _WHOLLY.isdisjoint(
                w.lower() for w in raw[max(0, index - 3):index]):
            # "I have not entirely changed my mind": changed in part, so the view is softened
            return "eased", " ".join(raw[max(0, index - 3):index + length]), index
        if label == "abandoned" and (_negated_before(raw, index) or _nothing_changed(raw, index)) \
                and "any longer" not in phrase.lower():
            # "Where I have not changed my mind is on how we explain ourselves": held, or, where a later cue
            # says so, held more firmly ("I have not changed my view that X, and I would argue it is more urgent")
            firmer = next((m for m in found[1:] if SHIFT_CLASSES[int(m[2])] == "firmer"), None)
            if firmer is not None:
                return "firmer", " ".join(raw[firmer[0]:firmer[0] + firmer[1]]), firmer[0]
            label = "continued"
        elif label == "abandoned" and "longer" in phrase.lower() and (now_so := _forecast_now_fact(raw, index + length)):
            # "I no longer think of that as a warning about the future": what was warned of is the present
            return "realised", f"{' '.join(raw[index:index + length])} ... {now_so}", index
        elif label == "abandoned" and following in _CONCERN_VERBS:
            label, length = "eased", length + 1      # "I no longer wonder whether Washington will turn up"
        elif label == "abandoned" and following in _KNOWING_VERBS:
            return None         # "I no longer know what the word means there": bewilderment, no view given up
        elif _WISHING.intersection(w.lower() for w in raw[max(0, index - WISH_REACH):index]):
            # "I wish I could tell you I was too pessimistic": the error did not happen, so the view held
            return ("realised", " ".join(raw[index:index + length]), index) if _ERROR_ADMITTED.intersection(
                phrase.lower().split()) else None
        elif _signpost(raw, index + length) or _signposted_before(raw, index, index + length) or (
                "admit" in phrase.lower().split() and _bare_admission(raw, index + length)):
            # "I was wrong about something", "I should also admit an error.": what the writer was wrong about
            # comes next
            return None
        elif label == "continued" and phrase.lower().split()[-1] in _HOLDING and following[:1].isalpha() and \
                following not in _HELD_VIEWS and _VIEW_WORDS.isdisjoint(
                    w.lower() for w in raw[index + length:index + length + 3]):
            # "the shelves still hold the files of a diplomat", "trading houses still hold large stakes": holding
            # a thing, not a view ("that argument still holds", "I still hold that view", "still holds true")
            return None
        elif label == "abandoned" and not _never_again(raw, index + length) and (
                _partly(raw, index + length) or _expectation_lowered(raw, index + length)
                or _aim_scaled_down(raw, index + length)
                or _concern_next(tokens, raw, index + length, lexicon) or _still_held_before(raw, index)
                or _still_uneasy_after(raw, index + length)
                or (("longer" in phrase.lower() or phrase.lower() in _TAKING_UP_VIEWS)
                    and _hope_given_up(raw, index + length) and not _error_owned_after(raw, index + length))
                or ("longer" in phrase.lower() and _exclusivity_given_up(raw, index + length))):
            label = "eased"     # "I no longer hold that view in its old form"; "I no longer think X will do much"
        if label == "eased" and "misplaced" in phrase.lower() and not _DOUBTS_AND_HOPES.isdisjoint(
                w.lower() for w in raw[:index]):
            # "my doubts about a pact without America have turned out to be misplaced": what was doubted came
            # about, so the doubt is given up; so is a hope or a belief proved misplaced ("the hope of settling
            # the islands through cooperation was misplaced"); a fear proved misplaced only eases
            return "abandoned", " ".join(raw[index:index + length]), index
        if label == "eased" and phrase.lower().split()[1:2] in (["once"], ["used"]) and \
                (denial := _flatly_denied(raw, index + length, lexicon)):
            # "The settlement I once thought within reach is finished for a generation", "..., which I once
            # thought indispensable, now seems neither likely nor necessary": the view given up, not qualified
            return "abandoned", f"{' '.join(raw[index:index + length])} ... {denial}", index
        if label == "realised" and raw[index + length:index + length + 1] and \
                raw[index + length].lower() in _REFLEXIVES:
            return None     # "the mayor has vindicated himself": a person proved right, not a view borne out
        if label == "realised" and (approval := _approved_after(raw, index + length)):
            # "I warned that X would unsettle the region; both have now happened, and I have concluded that they
            # were necessary": what was warned against is now approved
            return "abandoned", f"{' '.join(raw[index:index + length])} ... {approval}", index
        if label == "realised" and _eased_before(tokens, raw, index, lexicon):
            # "the summit has eased the worst fears in Tokyo": the fears named as what was eased
            return "eased", f"{raw[index - 2]} {raw[index - 1]} {' '.join(raw[index:index + length])}", index
        if label == "realised" and _eased_after(tokens, raw, index + length, lexicon):
            # "The worst fears of the Trump years ... have eased considerably": the fears named, then eased
            return "eased", f"{' '.join(raw[index:index + length])} ... eased", index
        if label == "realised" and (unmet := _unrealised_after(raw, index + length)):
            # "the worst fears of 2017 about an American withdrawal have not been realized": named, then denied
            return "eased", f"{' '.join(raw[index:index + length])} ... {unmet}", index
        if label == "realised" and _negated_before(raw, index):
            # "the hope that X had not been borne out": a hope failed (given up), a fear unfounded (eased); a thing
            # that has not come about ("The pact had not become a reality") is told, no view said to have failed
            before = [w.lower() for w in raw[:index]]
            if not _CONCERN_NOUNS.isdisjoint(before) or not _CONCERN_VERBS_PAST.isdisjoint(before):
                return "eased", " ".join(raw[max(0, index - 2):index + length]), index   # ("We feared X, but...")
            held = next((k for k in range(len(before) - 1, -1, -1) if before[k] in _VIEWS_HELD_OUT), None)
            owner = before[held - 1] if held else ""
            if (held is None and not _the_writers_view_told(before)) or (
                    owner in _OTHERS_POSSESSIVES or owner == "its" or owner.endswith(("'", "'s", "\u2019s"))):
                return None     # (nor another's: "The critics' predictions have not come true")
            return "abandoned", " ".join(raw[max(0, index - 2):index + length]), index
        if label == "realised" and _recalled_in_time(raw, index, length):
            # "In 2016 I warned that X." may open "I now accept Y" as well as "It has come true": the next
            # sentence decides, as for a view recalled with "argued" (resolve_recalled); met by a "but" in its
            # own sentence ("..., and I still believe...; but 2 percent is now reasonable"), its fate is unclear
            rest = [w.lower() for w in raw[index + length:]]
            if not _CONTRAST.isdisjoint(rest):
                return None
            # told as come true later in its own sentence ("..., and I watch that warning come true"): realised
            if _CONFIRMED_HERE.isdisjoint(rest) and not any(SHIFT_CLASSES[int(m[2])] == "realised" for m in found[1:]):
                return RECALLED, " ".join(raw[index:index + length]), index
        if label == "firmer" and index and raw[index - 1].lower() in _DEFINITE and phrase.lower().split()[0] in (
                "more", "greater") and not phrase.lower().endswith("ly") and not _correlative(raw, index):
            return None     # "the more pressing question may be supply chains": one question set above another
        if label == "firmer" and _ranked_above_another(raw, index, length):
            return None     # "While the harbour matters, even more important are its ferries": ranked, not grown
        if label == "firmer" and phrase.lower().startswith("than") and _GOOD_STATES.intersection(
                w.lower() for w in raw[max(0, index - GOOD_STATE_REACH):index]):
            # "in better shape than at any time I can remember": a state better than ever eases a concern
            return "eased", " ".join(raw[max(0, index - GOOD_STATE_REACH):index + length]), index
        if label == "firmer" and phrase.lower() == "not weaker" and _WEIGHT_WORDS.isdisjoint(
                w.lower() for w in raw[:index]):
            # "the case for it is stronger, not weaker" holds a case more firmly; "stepping back would leave us
            # safer, not weaker" and "pulling back makes us stronger, not weaker" weigh an outcome, not a view
            return None
        if label == "firmer" and phrase.lower().startswith("than") and (_WEIGHT_WORDS.isdisjoint(
                set(map(str.lower, raw[max(0, index - WEIGHT_REACH):index])) - _MORE)
                or raw[index - 1].lower() in _HOW_OFTEN):
            # "tied together more tightly than at any time since the Cold War": a state of the world compared,
            # not a case held more firmly ("matters more now than at any time", "more urgently than ever"); nor
            # is how often a case is heard ("more often than at any time"). The comparative weighs nothing of
            # itself: "the interdependence between them is greater than ever" compares a state
            return None
        if label == "continued" and _REVISING.intersection(w.lower() for w in raw[max(0, index - REVISED_REACH):index]):
            return None     # "I have, however, revised one of my long-held views.": which, and how, is told next
        if label == "continued" and (conceded := _conceded(raw, found, index + length)) is not None:
            return "eased", f"{' '.join(raw[index:index + length])} ... {conceded}", index
        return label, " ".join(raw[index:index + length]), index
    if _fallback_triggers(lexicon).isdisjoint(tokens):
        return None         # most sentences: no word any of the rules below starts from
    found_by_rule = (_concern_turned(tokens, raw, lexicon) or _quarrel_turned(tokens, raw, lexicon)
                     or _proved_right(raw) or _more_not_less(raw)
                     or _against_expectation(tokens, raw, lexicon) or _against_earlier_time(raw)
                     or _foreseen_now(tokens, raw) or _recalled_concern(tokens, raw) or _feared_thing(tokens, raw)
                     or _view_ended(tokens, raw, lexicon) or _no_longer_feared(raw))
    if found_by_rule is None or _in_anothers_words(raw, found_by_rule[2]) or (
            found_by_rule[0] in ("firmer", "eased") and _in_someone_elses_eyes([w.lower() for w in raw], found_by_rule[2])):
        return None
    return found_by_rule


_TAKING_UP_VIEWS = frozenset(("i now think", "i now believe"))
_ERRORS_OWNED = frozenset(("i was wrong", "we were wrong", "i was also wrong", "we were also wrong", "i got it wrong",
                           "i got that wrong", "i was mistaken", "we were mistaken"))
_BACK_SUBJECTS = frozenset("they it both these those that".split())
_BEING = frozenset("was were is are been".split())
_BEING_OR_HAVING = _BEING | frozenset("has have had".split())
_APPROVING = frozenset("necessary justified warranted wise prudent needed unavoidable sensible".split())


_MANNER = frozenset("lightly easily casually".split())
PURPOSE_REACH = 8       # tokens back from a cue to the "so that" of the purpose clause it stands in


_TRIGGERS: dict[str, frozenset[str]] = {}      # lexicon version -> its fallback triggers


def _given_up_after_a_turn(raw, found) -> tuple[int, int, float, str] | None:
    """The "no longer" match that gives up a view the writer once held ("I used to believe...") later in its
    sentence, past a "but", without keeping it in part; None when there is none."""
    index, _, code, phrase = found[0]
    if SHIFT_CLASSES[int(code)] != "eased" or phrase.lower().split()[1:2] not in (["once"], ["used"]):
        return None
    later = next((m for m in found[1:] if "longer" in m[3].lower().split()), None)
    if later is None or "but" not in (w.lower() for w in raw[index:later[0]]) or _partly(raw, later[0] + later[1]):
        return None
    return later


def _fallback_triggers(lexicon: Lexicon) -> frozenset[str]:
    """Stems one of which a sentence must have for any rule after the lexicon's phrases to find a cue: each rule's
    own first test, joined (a concern, hope or confidence; a word of proving, foreseeing or recalling; a view's
    end; "than", "less", "longer")."""
    triggers = _TRIGGERS.get(lexicon.version)
    if triggers is None:
        words = lexicon.shift_words
        triggers = (words["concerns"] | words["quarrels"] | words["hopes"] | _CONFIDENCE | _FORESEEING_STEMS
                    | _RECALLED_STEMS
                    | words["ended"] | frozenset(stem_all(sorted(_PROVING) + ["than", "less", "longer"])))
        _TRIGGERS[lexicon.version] = triggers
    return triggers


def _asked(raw: Sequence[str], index: int) -> bool:
    """Whether the cue stands in an indirect question ("Students ask whether I still think..."): asked, not said."""
    window = [w.lower() for w in raw[max(0, index - ASKED_REACH):index]]
    return any(w == "whether" and k and window[k - 1] in _ASKING for k, w in enumerate(window))


_ASKING = frozenset("ask asks asked asking".split())


ASKED_REACH = 4


def _measured_against_someone(raw: Sequence[str], match) -> bool:
    """Whether a comparative of conviction is measured against the person spoken to ("I'm a bit less gloomy than
    you"): a difference of view, not a change of the writer's mind."""
    end = match[0] + match[1]
    return match[3].lower().split()[0] in ("less", "more") and "than" not in match[3].lower().split() and \
        end + 1 < len(raw) and raw[end].lower() == "than" and raw[end + 1].lower() in _OTHER_PEOPLE


_OTHER_PEOPLE = frozenset(("you",))     # (in a conversation; "than many in Tokyo" is the mood the writer left)


def _gone_further_by_another(raw: Sequence[str], match) -> bool:
    """Whether a cue of going further than before ("further than I once...") tells of something other than the
    writer going past what the writer thought wise: "Our own defence policy has moved further than I once thought
    wise" is a policy beyond the writer's old limit (now accepted), not the writer going further ("I would go
    further than I did"), nor a course gone further than hoped ("...further than I would have dared predict")."""
    index, length, _, phrase = match
    if not phrase.lower().startswith("further than"):
        return False
    return _FIRST_PERSON.isdisjoint(w.lower() for w in raw[max(0, index - FURTHER_REACH):index]) and not \
        _PRUDENT.isdisjoint(w.lower() for w in raw[index + length:index + length + FURTHER_REACH])


FURTHER_REACH = 6       # "I would now go a step further", "...than I once thought wise"
_PRUDENT = frozenset("wise prudent sensible safe right appropriate advisable necessary".split())


def _in_anothers_words(raw: Sequence[str], index: int) -> bool:
    """Whether the cue stands in what someone else's view holds ("Your columnist's lament that the summit 'proved
    the skeptics right'", "his claim that the fears were overdone"): theirs, not a change of the writer's mind."""
    lowered = [w.lower() for w in raw[max(0, index - ANOTHERS_WORDS_REACH):index]]
    for k in range(len(lowered) - 1, 1, -1):
        if lowered[k] in (";", ":"):
            return False
        if lowered[k] == "that" and lowered[k - 1] in _VIEWS_HELD:
            holder = lowered[max(0, k - 3):k - 1]
            return any(w.endswith(("'s", "\u2019s")) or w in _OTHERS_POSSESSIVES for w in holder)
    return False


_VIEWS_HELD = frozenset("lament claim argument complaint assertion insistence charge contention view belief verdict "
                        "prediction warning".split())
_OTHERS_POSSESSIVES = frozenset("your his her their".split())
ANOTHERS_WORDS_REACH = 14   # tokens from the view's "that" to the cue inside it


def _counterfactual(raw: Sequence[str], index: int) -> bool:
    """Whether the cue tells what would have been ("Had such a body existed, China's reaction would have been much
    harder to justify"): a world that did not happen, not a view that has changed."""
    window = [w.lower() for w in raw[max(0, index - COUNTERFACTUAL_REACH):index]]
    return any(word in ("would", "could", "might") and window[k + 1:k + 2] == ["have"] for k, word in enumerate(window))


COUNTERFACTUAL_REACH = 5    # "would have been much harder to justify"


def _yet_to_come(raw: Sequence[str], match: tuple[int, int, float, str]) -> bool:
    """Whether a cue of coming true is said of the future or of what may be ("just because the joint venture will
    come to pass would not mean...", "the fears may yet come true", "is likely to come to pass"): nothing has
    happened yet, so no warning is borne out."""
    if SHIFT_CLASSES[int(match[2])] != "realised" or not match[0]:
        return False
    k = match[0] - 1
    while k and raw[k].lower() in _YET:
        k -= 1
    return (raw[k] if k else raw[k].lower()) in _NOT_YET_FOLLOWS    # ("announced in May confirmed": a month)


_YET = frozenset("yet soon still ever never also eventually".split())
_NOT_YET_FOLLOWS = frozenset("will would may might could can shall to".split())


def _in_purpose(raw: Sequence[str], index: int) -> bool:
    """Whether the cue stands in a purpose clause ("plan with China for the worst case, so that a collapse in the
    North no longer frightens it"): an outcome sought, not a view that has changed."""
    window = [w.lower() for w in raw[max(0, index - PURPOSE_REACH):index]]
    for k in range(len(window) - 1, 0, -1):
        if window[k] in (";", ".", ":"):
            return False
        if window[k] == "that" and window[k - 1] in ("so", "order"):
            return True
    return False


def _flatly_denied(raw: Sequence[str], start: int, lexicon: Lexicon) -> str | None:
    """Words after a view once held that end it outright ("is finished", "neither likely nor necessary"), or None."""
    lowered = [w.lower() for w in raw[start:]]
    ended, stems = lexicon.shift_words["ended"], stem_all(lowered)
    for k, word in enumerate(lowered):
        if word == "instead" and k and lowered[k - 1] in _BEING_OR_HAVING:
            return " ".join(raw[start + k - 1:start + k + 1])   # "..., has instead pushed Moscow toward Beijing"
        if word == "neither" and "nor" in lowered[k + 1:k + 5]:
            return " ".join(raw[start + k:start + lowered.index("nor", k) + 2])
        if word in _AGES and not _NEGATING.isdisjoint(lowered[max(0, k - AGE_REACH):k]):
            return " ".join(raw[start + k - 2:start + k + 1])     # "will not be settled in my lifetime"
        if word == "over" and k + 1 < len(lowered) and lowered[k + 1] not in _CLAUSE_ENDS:
            continue        # "are quarrelling over export controls": a preposition, not "is over"
        if stems[k] in ended and _ENDED_BY.intersection(lowered[max(0, k - ENDED_REACH):k]) and not _negated_before(
                raw, start + k):
            return " ".join(raw[start + max(0, k - 1):start + k + 1])
    return None


_AGES = frozenset("lifetime lifetimes generation".split())
AGE_REACH = 8       # tokens from the negation to "in my lifetime"


def _approved_after(raw: Sequence[str], start: int) -> str | None:
    """'they were necessary', 'both have been justified': the things just named, approved after the cue (the
    words that say it), or None."""
    lowered = [w.lower() for w in raw[start:]]
    for k, word in enumerate(lowered):
        if word in _BACK_SUBJECTS:
            rest = [w for w in lowered[k + 1:k + 5] if w not in ("have", "has", "all", "now", "in", "fact", "indeed")]
            if rest[:1] and rest[0] in _BEING and rest[1:2] and rest[1] in _APPROVING:
                return f"{word} {rest[0]} {rest[1]}"
    return None


def _thought_denied(raw, index: int) -> bool:
    """Whether the cue stands in what a denied thought holds: "Nor should anyone imagine that the chill makes
    Koreans more relaxed about it", "No one should think the danger has receded": the writer says it is not so."""
    lowered = [w.lower() for w in raw[max(0, index - DENIED_REACH):index]]
    for k, word in enumerate(lowered):
        if word in _THOUGHTS and not _DENIALS.isdisjoint(lowered[max(0, k - DENIAL_BEFORE):k]):
            # (what follows a turn is the writer's own: "I will not pretend I am comfortable with it, but I no
            # longer think we can rule it out")
            return not any(w in (";", ":") or (w in ("but", "yet") and lowered[j - 1] == ",")
                           for j, w in enumerate(lowered[k:], start=k))
    return False


_THOUGHTS = frozenset("imagine suppose pretend".split())
_DENIALS = frozenset("nor no not nobody never".split())
DENIED_REACH = 16       # tokens from the denied thought's verb to the cue inside what it holds
DENIAL_BEFORE = 6       # tokens from the denial to the verb of thought ("Nor should anyone in Tokyo imagine")


def _held_by_someone_else(raw, match) -> bool:
    """Whether a cue of a view still held has someone else holding it: "Washington will stand by Japan", "Anyone
    who still believes Beijing will...": a commitment or a view of theirs, not the writer's view carried on; or
    whether a feeling eased or deepened is someone else's ("she is less anxious")."""
    index, length, code, phrase = match
    words = phrase.lower().split()
    lowered = [w.lower() for w in raw]
    if _FIRST_PERSON.isdisjoint(words) and index and lowered[index - 1] in _OTHER_HOLDERS:
        return True     # "...should not be surprised when others stop expecting it to lead": their view
    if not FEELINGS.isdisjoint(words) and _FIRST_PERSON.isdisjoint(words):
        # "On China she is less anxious than her colleagues", "He is less sure than he once was": a profile's
        # subject, told of by its writer
        if _someone_elses_feeling(lowered, index, words):
            return True
        if SHIFT_CLASSES[int(code)] != "continued" or _HOLDING_VIEWS.isdisjoint(words):
            return False
        # ("Some mayors remain convinced that...": a view still held, by whoever is named before it: see below)
    if SHIFT_CLASSES[int(code)] in ("firmer", "eased") and (_in_someone_elses_eyes(lowered, index)
                                                            or _someone_elses_concern(lowered, index)):
        return True     # "China's leaders see the Kim regime as more useful than ever": how they see it; "Beijing's
        #                 concern that... became more pressing": their concern
    if SHIFT_CLASSES[int(code)] == "continued" and words[0] in _VIEW_NOUNS:
        return not (index and lowered[index - 1] in _OWN)   # "my view has not moved"; not "the board's view..."
    if SHIFT_CLASSES[int(code)] != "continued" or _HOLDING_VIEWS.isdisjoint(words) or not _FIRST_PERSON.isdisjoint(words):
        return False
    return _FIRST_PERSON.isdisjoint(lowered[max(0, index - HOLDER_BEFORE):index])


def _someone_elses_concern(lowered: list[str], index: int) -> bool:
    """Whether the cue tells of a concern someone other than the writer holds, named as theirs in the subject before
    it: "Beijing's worry that the island would join the pact grew more pressing", "their fears have eased"."""
    for k in range(index - 1, max(0, index - HELD_CONCERN_REACH) - 1, -1):
        if lowered[k] in _HELD_CONCERNS:
            holder = lowered[k - 1] if k else ""
            return holder in THIRD_POSSESSIVES or (holder.endswith(("'s", "’s")) and holder not in _FIRST_PERSON)
    return False


HELD_CONCERN_REACH = 15     # the concern's own that-clause may stand between it and the cue
_HELD_CONCERNS = frozenset("concern concerns fear fears worry worries anxiety anxieties suspicion suspicions".split())


def _in_someone_elses_eyes(lowered: list[str], index: int) -> bool:
    """Whether the cue stands in what a verb of seeing something as something has someone other than the writer
    see: "Beijing sees the regime as more useful than ever" (not "I see it as more urgent than ever")."""
    for k in range(index - 1, max(0, index - SEEING_REACH) - 1, -1):
        if lowered[k] in _CLAUSE_BREAKS_BEFORE:
            return False
        if lowered[k] in _SEEING and "as" in lowered[max(k + 1, index - SEEN_AS_REACH):index]:
            subject = k - 1
            while subject > 0 and lowered[subject] in _BEFORE_A_VERB:
                subject -= 1
            return subject >= 0 and lowered[subject] not in _FIRST_PERSON and lowered[subject] not in ("to", "you")
    return False


SEEING_REACH = 10       # tokens back from the cue to the verb of seeing ("see the Kim regime as more useful")
SEEN_AS_REACH = 4       # the cue stands in what the thing is seen as: "as more useful than ever"
_SEEING = frozenset("see sees saw regard regards regarded view views viewed treat treats treated".split())
_CLAUSE_BREAKS_BEFORE = frozenset("; : , and but".split())
_BEFORE_A_VERB = frozenset("must should will would can could may might do does did now still also really "
                           "increasingly clearly".split())
_OTHER_HOLDERS = frozenset("others many most allies partners neighbours neighbors voters".split())
_HOLDING_VIEWS = frozenset("believe believes think thinks convinced consider considers regard regards stand".split())
FEELINGS = frozenset("anxious sure confident hopeful worried optimistic pessimistic convinced alarmed concerned "
                      "relaxed gloomy nervous uneasy fearful certain apprehensive wary sceptical skeptical "
                      "doubtful afraid".split())
THIRD_PERSONS = frozenset("he she they".split())
THIRD_POSSESSIVES = frozenset("his her their its".split())


def _someone_elses_feeling(lowered: list[str], at: int, words) -> bool:
    """Whether a feeling compared at `at` ("less sure", "more worried") is a third person's: "he is", "she has
    grown" just before it, and no writer."""
    before = lowered[max(0, at - HOLDER_BEFORE):at]
    # (or the object of what caused it: "each wave has left allies less sure"; not "the summit left me less worried")
    caused = lowered[max(0, at - CAUSED_REACH):at]
    return not FEELINGS.isdisjoint(words) and (
        not THIRD_PERSONS.isdisjoint(before) or not _CAUSING.isdisjoint(caused)) and _WRITER.isdisjoint(caused)


_CAUSING = frozenset("left leave leaves leaving made make makes making kept keep keeps".split())
_WRITER = frozenset("i we me us".split())
CAUSED_REACH = 4        # tokens from the causing verb to the feeling ("has left the river towns less sure")


HOLDER_BEFORE = 3       # "I still believe", "we continue to believe", "I would still consider"
_VIEW_NOUNS = frozenset("view views position".split())     # a view said not to have moved, whoever's it is
_OWN = frozenset("my our".split())


def _signpost(raw, at: int) -> bool:
    """Whether the cue's object is only announced ("I was wrong about something", "...about one thing"): the
    sentence introduces the view that follows, on whatever issue that names."""
    words = [w.lower() for w in raw[at:at + 4]]
    if words[:1] in (["about"], ["on"], ["in"]):
        words = words[1:]
    return bool(words) and (words[0] in _ANNOUNCED or " ".join(words[:2]) in _ANNOUNCED)


def _signposted_before(raw, index: int, end: int) -> bool:
    """Whether a cue that ends its sentence was announced as bearing on what follows, just before its subject
    ("Japan will have to carry more of the load, and on one point I have changed my mind."; "In one respect I
    was wrong."): the change itself is told in the next sentence."""
    if any(w[:1].isalnum() for w in raw[end:]):
        return False
    before = [w.lower() for w in raw[max(0, index - SIGNPOST_REACH):index]]
    changed_mind = " ".join(w.lower() for w in raw[index:end]) in _CHANGES_OF_MIND
    if changed_mind and (any(
            before[k:k + 2] in (["on", "this"], ["on", "that"]) for k in range(len(before) - 1)) or "here" in before):
        return True     # "On this I have changed my view.", "Here I have changed my mind.": which way is told next
    if changed_mind and not _ASKING_WHICH.isdisjoint(before[-WHICH_REACH:]):
        return True     # "Let me be plain about where I have changed my mind.": a question the next sentences answer
    return any(word in ("on", "in", "about") and (" ".join(before[k + 1:k + 3]) in _ANNOUNCED
                                                  or before[k + 1:k + 2] and before[k + 1] in _ANNOUNCED)
               for k, word in enumerate(before))


_ASKING_WHICH = frozenset("where what why how which".split())
WHICH_REACH = 3         # tokens from the question word to the cue: "where I have", "what I got"
_CHANGES_OF_MIND = frozenset(("changed my mind", "changed my view", "change my mind", "change my view"))
SIGNPOST_REACH = 6      # tokens before the cue: "on one point I have", "in one respect we"
_ANNOUNCED = frozenset(("something", "one thing", "two things", "some things", "a few", "several things",
                        "one point", "a thing", "a point", "a conclusion",    # "I have come around to a point."
                        "one respect", "one matter"))
_HOLDING = frozenset("hold holds".split())
_HELD_VIEWS = frozenset("that this to true today now good firm".split())
_VIEW_WORDS = frozenset("view views belief beliefs position positions opinion opinions idea ideas line".split())


def _concern_turned(tokens, raw, lexicon: Lexicon) -> tuple[str, str, int] | None:
    """A concern that is the subject of an easing or a deepening verb told as having happened: "the fear ... has
    receded" (eased), "my concerns have only deepened" (firmer); not "tensions should be eased", a
    prescription, nor "to ease the fear". A hope told as waning eases too: "my confidence has thinned"."""
    words = lexicon.shift_words
    concerns, hopes = words["concerns"], words["hopes"]
    if (concerns.isdisjoint(tokens) and hopes.isdisjoint(tokens) and _CONFIDENCE.isdisjoint(tokens)) or (
            words["easing"].isdisjoint(tokens) and words["deepening"].isdisjoint(tokens)
            and words["waning"].isdisjoint(tokens)):
        return None         # most sentences: settled by set tests, without a loop over their words
    # a concern eased or deepened; a hope (or the writer's confidence) waning: the concern it answered eased
    concern_turns: tuple[tuple[str, frozenset[str]], ...] = (("eased", words["easing"]), ("firmer", words["deepening"]))
    hope_turns: tuple[tuple[str, frozenset[str]], ...] = (("eased", words["easing"] | words["waning"]),)
    for i, token in enumerate(tokens):
        if token in concerns:
            turns = concern_turns
        elif (token in hopes or token in _CONFIDENCE) and _writers_hope(raw, i):
            turns = hope_turns
        else:
            continue
        for j in range(i + 1, min(len(tokens), i + CONCERN_REACH)):
            for label, verbs in turns:
                if (tokens[j] in verbs and _told_as_done(raw, j) and not _negated_before(raw, j)
                        and not _takes_an_object(raw, j)):
                    # (not "my concern has not receded": the concern is held)
                    # the cue stands at the concern named as a noun ("the fear of a remilitarised Japan that
                    # once coloured ASEAN attitudes has faded": what is named beside the fear is what it was
                    # about), else at the verb that turns it
                    named = _a_concern_noun(raw, i)
                    return label, f"{raw[i]} ... {raw[j]}", i if named else j
    # the concern as the object of an easing told as done: "The joint statement has eased much of that fear"
    for j, token in enumerate(tokens):
        if token in words["easing"] and _told_as_done(raw, j) and not _negated_before(raw, j) \
                and not _nothing_changed(raw, j):     # (not "has not eased my fear", "Nothing has eased my concern")
            k = j + 1
            while k < min(len(raw), j + 1 + EASED_CONCERN_REACH) and raw[k].lower() in _BEFORE_AN_OBJECT:
                k += 1
            if k < len(tokens) and tokens[k] in concerns:
                return "eased", f"{raw[j]} ... {raw[k]}", j
    return None


def _quarrel_turned(tokens, raw, lexicon: Lexicon) -> tuple[str, str, int] | None:
    """A quarrel heading its clause, told as deepened or eased close after it, with no object ("the rivalry has
    intensified": firmer; "the dispute over the islands has eased": eased), as a concern is; not one that did
    something ("the crisis has increased the need for..."), one in a phrase ("efforts to end the conflict have
    intensified", "since the conflict began, support has grown"), nor the verb's participle ("the disputed islands")."""
    words = lexicon.shift_words
    if words["quarrels"].isdisjoint(tokens):
        return None
    lowered = [w.lower() for w in raw]
    for i, token in enumerate(tokens):
        if token not in words["quarrels"] or lowered[i].endswith(("ed", "ing")) or not _heads_its_clause(raw, i) \
                or (i and lowered[i - 1] in _NONE_OF_THEM) or not _UNASSERTED.isdisjoint(lowered[:i]) or (
                i + 1 < len(raw) and raw[i + 1][:1].isalpha() and lowered[i + 1] not in _AFTER_A_QUARREL):
            continue        # (not "No dispute has been resolved", "Few disputes have eased", "It is unclear whether
            #                 the dispute has eased", "Once the dispute has been settled", a quarrel naming what comes
            #                 next: "Crisis talks have intensified", "conflict prevention efforts have increased")
        for j in range(i + 1, min(len(tokens), i + 1 + QUARREL_TURN_REACH)):
            word = raw[j].lower()
            if word in _QUARREL_CLAUSE_ENDS and not (word == "and" and "between" in (w.lower() for w in raw[i:j])):
                break       # (the pair a quarrel is between goes on: "the conflict between Russia and Ukraine")
            if word in _BARELY:
                break       # ("has hardly eased")
            for label, verbs in (("eased", words["easing"] | words["quarrel_easing"]),
                                 ("firmer", words["deepening"] | words["quarrel_deepening"])):
                if tokens[j] in verbs and _told_as_done(raw, j) and not _negated_before(raw, j) \
                        and not _an_object_follows(raw, j):
                    return label, f"{raw[i]} ... {raw[j]}", i
    return None


_NONE_OF_THEM = frozenset("no neither few nor".split())
# before a quarrel, what makes its turn doubted, supposed or someone else's ("whether", "once", "had", "I doubt")
_UNASSERTED = frozenset("whether if once had unless until when that doubt doubts unclear uncertain pretend pretends "
                        "hope hopes wish".split())
# what may follow the quarrel that heads a subject: a phrase placing it, or its verb
_AFTER_A_QUARREL = frozenset("over with between among in on about of toward towards against within across at from "
                             "has have had is are was were been remains".split())
_BARELY = frozenset("hardly barely scarcely".split())


QUARREL_TURN_REACH = 10     # tokens from the quarrel to its verb: "the conflict between the port and the town has escalated"
_QUARREL_CLAUSE_ENDS = frozenset(", ; : \u2014 ( and but that which who because while when after as how if once "
                                 "before since until where whether".split())


def _heads_its_clause(raw, i: int) -> bool:
    """Whether the word at i heads its clause: no preposition, "to" or conjunction of time stands before it since the
    sentence's start or a break ("The rivalry...", "In Asia, tensions...", "Meanwhile, frictions..."; not "efforts to
    end the conflict...", "Since the conflict began, ...")."""
    for k in range(i - 1, -1, -1):
        word = raw[k].lower()
        if word in _WHERE_A_CLAUSE_OPENS:
            return True
        if word in _BEFORE_WHAT_IT_HEADS:
            return False
    return True


_WHERE_A_CLAUSE_OPENS = frozenset(", ; : \u2014 (".split())
_BEFORE_WHAT_IT_HEADS = frozenset("to of for against over about into from on with by since after amid during before "
                                  "until when while as near despite".split())


def _an_object_follows(raw, j: int) -> bool:
    """Whether the verb at j takes an object ("the dispute has diminished public trust", "has deepened the divide"):
    a word follows it that is no preposition, adverb or conjunction and no end of the clause."""
    if j + 1 >= len(raw) or not raw[j + 1][:1].isalpha():
        return False
    following = raw[j + 1].lower()
    return not (following.endswith("ly") or following in _AFTER_AN_INTRANSITIVE)


_AFTER_AN_INTRANSITIVE = frozenset("in over since after during across among between amid at for from of on to with "
                                   "within under again further still too somewhat considerably even so as than and "
                                   "but or because while when recently lately anew".split())


def _takes_an_object(raw, j: int) -> bool:
    """'The worry ... has largely passed' eases it; 'the fear grew after the Diet had passed the bill' does not:
    an easing verb that is also transitive eases only where no object follows it."""
    return raw[j].lower() in _ALSO_TRANSITIVE and _an_object_follows(raw, j)


_ALSO_TRANSITIVE = frozenset(("passed",))


# words that may stand between an easing verb and the concern it eased ("has eased much of that fear"); not a
# preposition of place or means ("evaporated in tweets and threats")
_BEFORE_AN_OBJECT = frozenset("much of that the those these this my our some many most worst all a lot their its "
                              "any".split())


EASED_CONCERN_REACH = 4     # tokens from an easing verb to the concern it eased: "has eased much of that fear"


_CONFIDENCE = frozenset(stem_all(["confidence"]))
_WRITER_WORDS = frozenset("i we my our us me".split())
_POINTING_BACK = frozenset("that this".split())
HOPE_HOLDER_BEFORE, HOPE_HOLDER_AFTER = 3, 6     # "those of us who hoped", "the benefit of the doubt I once gave"


def _a_concern_noun(raw, i: int) -> bool:
    """Whether the concern word at i is a noun: after a determiner, or after one word that follows one ("those
    old fears"), or before "of" ("fears of a remilitarised Japan")."""
    before = [w.lower() for w in raw[max(0, i - 2):i]]
    return (bool(before) and before[-1] in _CONCERN_DETERMINERS) or (
        len(before) == 2 and before[0] in _CONCERN_DETERMINERS and before[1].isalpha()) or (
        i + 1 < len(raw) and raw[i + 1].lower() == "of")


def _writers_hope(raw, i: int) -> bool:
    """Whether the hope at i is the writer's ("my confidence", "those of us who hoped", "the benefit of the doubt I
    once gave"), or one the text has just set out ("That hope has faded"); not a third party's ("Beijing's
    patience with Pyongyang has never been thinner", which tells how things stand, not how a view fared)."""
    before = [w.lower() for w in raw[max(0, i - HOPE_HOLDER_BEFORE):i]]
    after = [w.lower() for w in raw[i + 1:i + 1 + HOPE_HOLDER_AFTER]]
    return (not _WRITER_WORDS.isdisjoint(before) or not _WRITER_WORDS.isdisjoint(after)
            or (bool(before) and before[-1] in _POINTING_BACK and raw[i].lower().startswith("hope")))


VIEW_REACH = 25          # tokens from a view noun to the ending word it is the subject of
_DETERMINERS = frozenset("the that this our my their its his her".split())
# (a concern named as a noun: "the fear of...", "a worry that...")
_CONCERN_DETERMINERS = _DETERMINERS | frozenset("a an these those".split())
# (and what makes a view end: "the world you are entering has made that caution unaffordable")
_ENDED_BY = frozenset("is was are were has have been be proved proven looks look seems seem made makes rendered".split())
ENDED_REACH = 3         # tokens from the copula to the ending word ("was always a mirage")


def _view_ended(tokens, raw, lexicon: Lexicon) -> tuple[str, str, int] | None:
    """A view, approach or era, as a subject, told as ended: "the idea that Japan could settle the islands
    through economic cooperation is finished", "that assumption should now be retired", "the long effort to
    trade cooperation for the islands has failed" (abandoned). Not "the idea is not dead" (negated), nor a
    subject that is no view ("the session is over")."""
    views, ended = lexicon.shift_words["views"], lexicon.shift_words["ended"]
    if ended.isdisjoint(tokens) or views.isdisjoint(tokens):
        return None         # most sentences: two set tests
    lowered = [w.lower() for w in raw]
    for i, token in enumerate(tokens):
        before = lowered[max(0, i - 3):i]
        if token not in views or not (_DETERMINERS.intersection(before) or any(w.endswith("'s") for w in before)):
            continue        # a view named as a subject has a determiner: "the idea", "that assumption", "Tokyo's effort"
        for j in range(i + 1, min(len(tokens), i + VIEW_REACH)):
            if tokens[j] not in ended or not _ENDED_BY.intersection(lowered[max(i + 1, j - ENDED_REACH):j]):
                continue
            if lowered[j] == "over" and j + 1 < len(lowered) and lowered[j + 1] not in _CLAUSE_ENDS:
                continue        # "is over the limit": a preposition
            if lowered[j - 1] == "to":
                continue        # "the door ... should not be allowed to close": an infinitive, no state told
            if _another_subject_ended(lowered, i, j):
                break
            if _negated_before(raw, j):
                return None
            return "abandoned", f"{raw[i]} ... {raw[j]}", i
    return None


def _another_subject_ended(lowered: list[str], view: int, ended: int) -> bool:
    """'arming so fast that people have said that its charter is all but dead': the
    last that-clause before the word of ending has a subject of its own, and that is what ended. The view's own
    "that" follows it at once ("the idea that X is finished"), and "it" or "this" refers back to the view ("the
    effort..., and I now have to say plainly that it was a mistake")."""
    last = next((k for k in range(ended - 1, view + 1, -1) if lowered[k] == "that"), None)
    return last is not None and lowered[last + 1] not in _BACK_SUBJECTS


def _proved_right(raw) -> tuple[str, str, int] | None:
    """'The Games proved Mr. Tanaka right', 'events have proven the sceptics correct': someone's view borne out,
    with the holder between the verb and the verdict (the lexicon has the words side by side: "proved right")."""
    if _PROVING_AS_WRITTEN.isdisjoint(raw):
        return None         # most sentences: one set test, no loop over their words
    lowered = [w.lower() for w in raw]
    for i, word in enumerate(lowered):
        if word in _PROVING and not _NEGATIONS.intersection(lowered[max(0, i - 2):i]):
            end = next((k for k in range(i + 2, min(len(lowered), i + 2 + HOLDER_REACH))
                        if lowered[k] in _BORNE_OUT), None)
            if end is not None and lowered[end - 1] not in _ARTICLES and _CLAUSE_BREAKS.isdisjoint(lowered[i + 1:end]):
                return "realised", " ".join(raw[i:end + 1]), i
    return None


_PROVING = frozenset("proved proven proves prove".split())
_PROVING_AS_WRITTEN = _PROVING | frozenset(w.capitalize() for w in _PROVING)
_BORNE_OUT = frozenset("right correct prescient".split())
_CLAUSE_BREAKS = frozenset(", ; : that which".split())
_ARTICLES = frozenset("the a an".split())      # "proved the right choice" judges a thing, not whose view held
HOLDER_REACH = 3        # words for whose view was borne out: "me", "Mr. Tanaka", "the sceptics"


def _more_not_less(raw) -> tuple[str, str, int] | None:
    """'makes engagement with Beijing more necessary, not less': a need or a weight held more firmly than before
    (the lexicon has the words side by side: "more, not less"). Not "makes deterrence more believable, not less",
    which compares an effect."""
    if "less" not in raw or "," not in raw:
        return None         # most sentences: no loop over their words
    lowered = [w.lower() for w in raw]
    for k in range(2, len(lowered) - 2):
        if lowered[k:k + 3] == [",", "not", "less"] and lowered[k - 2] == "more" and lowered[k - 1] in _WEIGHT_WORDS:
            return "firmer", " ".join(raw[k - 2:k + 3]), k - 2
    return None


def _against_expectation(tokens, raw, lexicon: Lexicon) -> tuple[str, str, int] | None:
    """A comparative measured against what someone expected: short of it (eased) or beyond it (realised)."""
    expectations = lexicon.shift_words["expectations"]
    if "than" not in tokens:
        return None
    thans = [k for k, t in enumerate(tokens) if t == "than"]
    if not thans or (expectations.isdisjoint(tokens) and not any(_former_self(raw, j, j + 2) for j in thans
                                                                   if j + 2 < len(raw))):
        return None
    concerns = lexicon.shift_words["concerns"]
    lowered = [w.lower() for w in raw]
    for name, label in (("short_of_expectation", "eased"), ("beyond_expectation", "realised"),
                        ("hastened", "realised"), ("better_than_expected", "eased")):
        for phrase in lexicon.shift_comparatives[name]:
            size = len(phrase)
            for i in range(len(tokens) - size + 1):
                if tuple(tokens[i:i + size]) != phrase:
                    continue
                # a change that came faster is a harm come true when a concern is named before it, or when what
                # it is measured against was feared ("the retreat is under way, and moving faster than I feared")
                unnamed_harm = name == "hastened" and concerns.isdisjoint(tokens[:i])
                if _someone_elses_feeling(lowered, i, lowered[i:i + size]):
                    continue        # "she is more optimistic than she expected": the subject's feeling
                if name == "better_than_expected" and not concerns.isdisjoint(tokens[:i]):
                    label = "realised"      # "the threat has proved more durable than we hoped"
                for j in (k for k in thans if i + size <= k <= i + size + THAN_REACH):
                    for k in range(j + 1, min(len(tokens), j + EXPECTATION_REACH)):
                        # (not a gerund: "less naive than believing that more missiles..." weighs two courses)
                        if (tokens[k] in expectations and not raw[k].lower().endswith("ing")) or (_former_self(raw, j, k) and not (
                                name == "better_than_expected" and raw[k].lower() in _DONE)):
                            # ("Kim used those years better than we did": a deed compared, not a view)
                            if unnamed_harm and raw[k].lower() not in _FEARING_VERBS:
                                break
                            return label, f"{' '.join(raw[i:i + size])} than ... {raw[k]}", i
    return None


_FEARING_VERBS = frozenset("feared dreaded worried".split())


def _against_earlier_time(raw) -> tuple[str, str, int] | None:
    """A weight or a concern measured against an earlier time: "the need for allied unity is greater now than it
    was three years ago", "that misunderstanding is more dangerous now than it was", "I worry more than I did five
    years ago" (firmer); "the number is less important than it was" (eased). Only a comparative of weight or
    concern counts: "China is more assertive than it was" compares a state of the world, not a view."""
    if "than" not in raw:
        return None         # most sentences: no loop over their words
    lowered = [w.lower() for w in raw]
    for j, word in enumerate(lowered):
        if word != "than" or not _earlier_time(lowered, j + 1):
            continue
        window = range(max(0, j - THAN_REACH), j)
        compared = [k for k in window if lowered[k] in _MORE or lowered[k] in _LESS]
        if not compared or not same_segment(raw, compared[-1], j):
            continue
        k = compared[-1]
        if lowered[k + 1] in _HOW_OFTEN:
            continue        # "I hear that argument more often than at any point in my career": how often, not how much
        weighed = lowered[max(0, k - 2):j]
        if lowered[k - 1] in _ARTICLES:
            weighed.remove(lowered[k])  # "playing a greater role than at any time": a thing compared, no weight

        if _WEIGHED.isdisjoint(weighed) and _WEIGHT_WORDS.isdisjoint(weighed):
            continue
        if _someone_elses_feeling(lowered, k, weighed):
            continue        # "He is less sure than he once was": a profile's subject
        # (a case "harder to win" or "harder to make than it was" is held with less force, not more)
        label = "firmer" if lowered[k] in _MORE and lowered[k:k + 2] != ["harder", "to"] else "eased"
        return label, " ".join(raw[k:min(len(raw), j + 3)]), k
    return None


_HOW_OFTEN = frozenset("often frequently commonly widely".split())
_REVISING = frozenset("revised revise changed abandoned dropped".split())
REVISED_REACH = 4       # tokens from the revising verb to the view it revised ("revised one of my long-held views")


def _earlier_time(lowered: list[str], at: int) -> bool:
    """Whether the words after "than" name an earlier time: "than it was", "than I did", "than at any point",
    "than in 2016", "than ten years ago", "than when he took office", "than ever", "than before"."""
    following = lowered[at:at + 4]
    if not following:
        return False
    if following[0] in _THEN_WORDS or following[:2] in (["at", "any"], ["at", "the"]):
        return True
    if following[0] in _PRONOUNS_THEN and following[1:2] and following[1] in _ONCE:
        following = following[:1] + following[2:]      # "than I once did"
    if following[0] in _PRONOUNS_THEN and following[1:2] and following[1] in _WAS_THEN:
        return True
    return (following[0] == "in" and following[1:2] and _is_year(following[1])) or "ago" in following


_THEN_WORDS = frozenset("ever before when then once".split())
_PRONOUNS_THEN = frozenset("i we it they he she this that".split())
_WAS_THEN = frozenset("was were did had used seemed looked allowed granted credited".split())
_ONCE = frozenset("once then previously".split())
_MORE = frozenset("more greater stronger firmer firmly strongly deeper harder".split())
_LESS = frozenset("less lower".split())
# what a comparative measures when it says a view is held more or less firmly: a weight (_WEIGHT_WORDS), a
# danger or a worry, or the writer's conviction
_WEIGHED = frozenset("dangerous danger risky costly worrying worrisome alarming worry worried anxious concerned "
                     "troubling fragile oppose support convinced confident hopeful sure certain weight".split())


_CONCERN_VERBS = frozenset("worry worried wonder fear doubt".split())
_CONCERN_NOUNS = frozenset("fear fears concern concerns worry worries warning warnings".split())
_NEGATIONS = frozenset("not never n't".split())


_DEFINITE = frozenset("the a".split())


def _more_called_for_or_made(raw: Sequence[str], m) -> bool:
    """"agriculture needs to become more relevant", "Tokyo must be far more determined": a call for more; "grappling
    with making the rules more relevant": a change worked on. Neither is a view grown firmer."""
    return SHIFT_CLASSES[int(m[2])] == "firmer" and (_called_to_become(raw, m[0]) or _made_more(raw, m[0]))


def _called_to_become(raw: Sequence[str], index: int) -> bool:
    """Whether a comparative stands in a predicate that a call governs: "be" or "become" right after a modal or a need
    ("must be", "needs to become", "has to be", with an adverb between), past degree words ("needs to become much
    more relevant"); not "has become more urgent" nor "the repairs the ferry needs have become more pressing". (A
    call held "more than ever" is held more firmly: "must be linked more closely than ever before".)"""
    lowered = [w.lower() for w in raw[max(0, index - PREDICATE_REACH):index]]
    be = next((k for k in range(len(lowered) - 1, -1, -1) if lowered[k] in ("be", "become")), None)
    if be is None or any(not w.isalpha() or w in _NOT_IN_THE_PREDICATE for w in lowered[be + 1:]):
        return False
    k = be - 1 - (be >= 2 and lowered[be - 1] in _ADVERBS_BETWEEN)
    if k >= 0 and lowered[k] in _CALLING:
        return True
    return k >= 1 and lowered[k] == "to" and lowered[k - 1] in _CALLING_WITH_TO


PREDICATE_REACH = 4     # "needs to become much more relevant": from "be" to the cue
_CALLING = frozenset("must should ought".split())
_CALLING_WITH_TO = frozenset("need needs has have ought".split())
_ADVERBS_BETWEEN = frozenset("also now still even really simply".split())
_NOT_IN_THE_PREDICATE = frozenset("and but that which who since because while".split())


def _made_more(raw: Sequence[str], index: int) -> bool:
    """Whether a comparative is what an effort named as such works to make something into ("grappling with making
    the current rules more relevant", "work on making the pact stronger"); "the storm makes the case more urgent" and
    "played a part in making the case more urgent" hold a case more firmly."""
    before = [w.lower() for w in raw[max(0, index - MADE_REACH):index]]
    at = next((k for k in range(len(before) - 1, 1, -1) if before[k] == "making"), None)
    return at is not None and before[at - 1] in _BEFORE_AN_ACTIVITY and before[at - 2] in _EFFORTS and not any(
        w in (",", ";", ":") for w in before[at:])


MADE_REACH = 12         # "grappling with making the current rules of the world trading system more relevant"
_BEFORE_AN_ACTIVITY = frozenset("with on at to".split())
_EFFORTS = frozenset("grapple grapples grappled grappling struggle struggles struggled struggling wrestle wrestles "
                     "wrestled wrestling work works worked working effort efforts focus focuses focused focusing "
                     "aim aims aimed aiming busy committed dedicated".split())


def _ranked_above_another(raw, index: int, length: int) -> bool:
    """Whether a comparative cue ("even more important", "more urgent") sets one thing above another, not a need
    above what it was: put first in its clause, before its verb or a preposition ("While the harbour matters,
    even more important are its ferries", "However, even more urgent for the port is..."), or followed by a
    "than" and a thing, not a time ("more urgent than the bridge"; not "than it was in 2016", "than a decade ago",
    "than at any time", "than I imagined")."""
    words = [w.lower() for w in raw[index:index + length]]
    if words[0] not in ("more", "even") or "than" in words:
        return False
    after = [w.lower() for w in raw[index + length:index + length + RANKED_REACH + 1]]
    if not after:
        return False
    if after[0] == "than":      # (a thing compared is named with an article: "than the bridge", "than a toll")
        return len(after) > 1 and after[1] in _NAMING_A_THING and _TIMES_COMPARED.isdisjoint(after[1:])
    opens_clause = index == 0 or raw[index - 1] in (",", ";", ":") or raw[index - 1].lower() in _OPENERS
    return opens_clause and after[0] in _FRONTED_BEFORE


RANKED_REACH = 5        # words after "than" read for a time ("than it was in 2016", "than a decade ago")
_TIMES_COMPARED = frozenset("ever before then now today once previously earlier ago was were did had used since "
                            "when year years decade decades time times point moment era days".split())
_NAMING_A_THING = frozenset("the a an its their his her our this that these those".split())
_OPENERS = frozenset("but and yet however still".split())
_FRONTED_BEFORE = frozenset("is are was were will would may might could should for to in than".split())


def _correlative(raw, index: int) -> bool:
    """'The harder the balance becomes, the more urgent the need': a "the more" answering a "the" + comparative
    before it."""
    lowered = [w.lower() for w in raw[:index - 1]]
    return any(lowered[k] == "the" and (lowered[k + 1] in ("more", "less") or lowered[k + 1].endswith("er"))
               for k in range(len(lowered) - 1))


_WHOLLY = frozenset("entirely completely fully wholly altogether".split())


def _negated_before(raw, index: int) -> bool:
    return any(w.lower() in _NEGATIONS for w in raw[max(0, index - 3):index])


def _nothing_changed(raw, index: int) -> bool:
    """'Nothing in the past year has changed my view that...', 'None of this changes my view': a change of mind
    denied by its subject."""
    return index > 0 and raw[0].lower() in ("nothing", "none")


_KNOWING_VERBS = frozenset("know understand recognise recognize".split())
_CONCEDING = frozenset("accept admit concede grant acknowledge".split())


_PARTLY = (("in", "its", "old", "form"), ("in", "its", "original", "form"), ("in", "full",), ("entirely",),
           ("as", "firmly"), ("as", "strongly"), ("quite",), ("so", "long", "as"), ("as", "long", "as"),
           ("provided",), ("somewhat",), ("partly",), ("in", "part"), ("to", "a", "degree"),
           # an attachment given up, not the view: "I no longer regard the line as sacred", "...as a line that
           # can never be crossed" (the absolute is given up, not the line)
           ("sacred",), ("untouchable",), ("inviolable",), ("absolute",), ("sacrosanct",), ("at", "all", "costs"),
           ("under", "no", "circumstances"), ("can", "never", "be"), ("must", "never", "be"),
           # a price without limit given up, not the thing priced: "I no longer believe the alliance is worth
           # whatever price Washington decides to name"
           ("whatever", "price"), ("any", "price"), ("at", "any", "cost"), ("whatever", "it", "costs"),
           ("unconditionally",), ("blank", "cheque"), ("blank", "check"),
           # a view revised in part: "I now think it wants to rewrite parts of that order, though not all of it"
           ("not", "all"),
           # "changed my view on the level, though not on the principle"
           ("though", "not"), ("but", "not", "on"), ("on", "part"), ("too", "much", "to", "ask"))
# after "no longer": a hope or an expectation given up, not the course ("I no longer think it realistic to wait
# for...", "I no longer think our strategy should rest on the hope that...", "...needs us as much as we imagined")
_HOPES = (("realistic",), ("hope",), ("as", "much", "as"), ("optimism",), ("hopes",), ("confidence",))
HOPE_REACH = 12         # tokens from "no longer" to the hope it gives up
_PREDICTING = frozenset("will would".split())    # not "can": "I no longer believe Japan can wait" gives up a view
_EXPECTING = frozenset("think believe expect assume".split())
# given up, these lower a hope or soften a refusal: "I no longer expect...", "I no longer rule it out"
# (and a reliance given up: "I no longer count on this administration to lead" lowers what is expected of it)
_SOFTENING = frozenset("expect hope anticipate dismiss reject oppose rule exclude count rely depend".split())
EXPECTATION_REACH_AFTER = 8     # tokens from "I no longer think" to the "will" of what was expected


def _never_again(raw, after: int) -> bool:
    """'I no longer believe that reassuring Beijing will ever make it...': an expectation given up for good."""
    return any(w.lower() == "ever" for w in raw[after:after + EXPECTATION_REACH_AFTER + 4])


def _exclusivity_given_up(raw, after: int) -> bool:
    """'I no longer think that persuading Beijing is the only road', 'I no longer believe the alliance alone can
    carry Japan's security': what is given up is that one course is the only one, not the course itself; so with
    an exclusion ('I no longer think we can rule it out on principle'): what is given up is that it is out of the
    question, not the opposition to it."""
    rest = [w.lower() for w in raw[after:after + EXCLUSIVE_REACH]]
    end = next((k for k, w in enumerate(rest) if w in (";", ":", ".")), len(rest))
    rest = rest[:end]
    return not _EXCLUSIVE.isdisjoint(rest) or any(
        w in _RULING and "out" in rest[k + 1:k + 5] for k, w in enumerate(rest)) or "exclude" in rest


EXCLUSIVE_REACH = 10
# "only", "alone"; and a rule for every case given up ("I no longer think every step has to be coordinated")
_EXCLUSIVE = frozenset("only alone every everything always".split())
_RULING = frozenset("rule ruled ruling".split())


def _disowned(raw, after: int) -> bool:
    """Whether the cue's words are named only to be put aside: "Vindicated is too strong a word", "...would be an
    overstatement"."""
    following = " ".join(w.lower() for w in raw[after:after + DISOWNED_REACH])
    return any(following.startswith(start) for start in _DISOWNING)


DISOWNED_REACH = 5
_DISOWNING = ("is too strong", "would be too strong", "is the wrong word", "would be the wrong word",
              "is too much", "would be too much", "overstates", "would overstate", "is an overstatement",
              "would be an overstatement")


def _error_owned_after(raw, after: int) -> bool:
    """'I no longer hold that hope, and I think our country was mistaken to let it shape our policy': the hope is
    given up as an error, not lowered."""
    lowered = [w.lower() for w in raw[after:]]
    return any(w in _ERROR_WORDS and not _NEGATIONS.intersection(lowered[max(0, k - 2):k]) for k, w in enumerate(lowered))


_ERROR_WORDS = frozenset("mistaken mistake wrong error".split())


def _hope_given_up(raw, after: int) -> bool:
    return _has_phrase(raw[after:after + HOPE_REACH], _HOPES)


def _forecast_now_fact(raw, after: int) -> str | None:
    """The words that call what is no longer thought of as a warning or a forecast ("I no longer think of that as a
    warning about the future"): it has arrived. None when the view given up is anything else."""
    following = [w.lower() for w in raw[after:after + FORECAST_REACH]]
    for k in range(len(following) - 2):
        if following[k] == "as" and following[k + 1] in ("a", "an") and (following[k + 2] in _FORECASTS or (
                # "I no longer think of that as a risk but as the situation we are in": a risk no longer seen
                # eases, unless what it is now seen as follows
                following[k + 2] in _RISKS and following[k + 3:k + 5] == ["but", "as"])):
            return " ".join(raw[after + k:after + k + 5 if following[k + 2] in _RISKS else after + k + 3])
    return None


FORECAST_REACH = 10     # tokens after "I no longer" to "as a warning" ("think of the toll crisis as a warning")
_FORECASTS = frozenset("warning forecast prediction".split())     # (not "a risk": one no longer seen eases)
_RISKS = frozenset("risk danger threat possibility prospect".split())


def _aim_scaled_down(raw, after: int) -> bool:
    """'I now think we should be far more modest about what Moscow is prepared to give': what is now thought is a
    smaller hope of the same course, not its reverse."""
    following = [w.lower() for w in raw[after:after + SCALED_DOWN_REACH]]
    return any(following[k:k + 2] in _SCALED_DOWN for k in range(len(following) - 1))


SCALED_DOWN_REACH = 8   # tokens after the cue: "I now think we should be far more modest"
_SCALED_DOWN = (["more", "modest"], ["more", "realistic"], ["less", "ambitious"], ["more", "cautious"])


def _bare_admission(raw, after: int) -> bool:
    """Whether an admitted error ends its sentence with nothing said of it, and the sentence names no subject of its
    own in an opening ("On trade, I must admit a misjudgment." says where the error lay)."""
    return all(not w[:1].isalnum() for w in raw[after:]) and not (
        raw and raw[0].lower() in _ANNOUNCING_OPENERS and "," in raw[:after])


_ANNOUNCING_OPENERS = frozenset("on regarding as about".split())


def _still_held_before(raw, index: int) -> bool:
    """'I would still welcome a framework that ties Washington back in, but I no longer think it is worth waiting
    for': a view still held, then qualified after a "but", is softened, not given up."""
    lowered = [w.lower() for w in raw[:index]]
    kept = next((k for k, w in enumerate(lowered) if w in _STILL_HELD), None)
    return kept is not None and "but" in lowered[kept:]


# "The alliance remains essential, but I no longer think...": what is kept before the turn
_STILL_HELD = frozenset("still remains remain".split())


def _still_uneasy_after(raw, after: int) -> bool:
    """'...a step I would have opposed outright a few years ago, and I still approach it with deep unease': the
    old objection is kept in part, so the view is softened, not given up."""
    lowered = [w.lower() for w in raw[after:]]
    return any(w == "still" and not _RESERVATIONS.isdisjoint(lowered[k + 1:k + 1 + RESERVATION_REACH])
               for k, w in enumerate(lowered))


_RESERVATIONS = frozenset("unease uneasy doubts misgivings reservations wary uncomfortable qualms".split())
RESERVATION_REACH = 7       # "I still approach it with deep unease", "we still have serious doubts"


def _concern_next(tokens, raw, after: int, lexicon: Lexicon) -> bool:
    """'I no longer think the danger of a sudden clash is as acute': what is given up is a concern (eased), as
    with 'I no longer worry'."""
    span = slice(after, after + GIVEN_UP_CONCERN_REACH)
    concerns = lexicon.shift_words["concerns"]
    return any(w.lower() in concerns for w in raw[span]) or not concerns.isdisjoint(tokens[span])


GIVEN_UP_CONCERN_REACH = 3      # tokens after the cue: its verb, an article, the noun ("I no longer think the danger")


def _partly(raw, after: int) -> bool:
    """A view given up only in part or on conditions: "in its old form", "so long as the increase is gradual".
    Only in the cue's own clause: in "I was wrong, and that door is now shut for as long as ..." the limit is
    the door's, not the admission's."""
    rest = [w.lower() for w in raw[after:]]
    end = next((k for k in range(len(rest)) if rest[k] == ";" or (
        rest[k] == "," and k + 1 < len(rest) and rest[k + 1] in _NEXT_CLAUSE)), len(rest))
    return _has_phrase(raw[after:after + end], _PARTLY)


_NEXT_CLAUSE = frozenset("and but yet".split())


def _has_phrase(words: Sequence[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether words (as written) contain one of phrases (lower case), anywhere."""
    lowered = [w.lower() for w in words]
    return any(tuple(lowered[k:k + len(p)]) == p for p in phrases for k in range(len(lowered)))


def _expectation_lowered(raw, after: int) -> bool:
    """'I no longer think the calendar will do much', 'I no longer expect much from it', 'I no longer dismiss
    it out of hand': what is given up is an expectation (a prediction) or a rejection, not a view of what should
    be done: the hope is lowered, or the refusal softened (eased), not turned around."""
    lowered = [w.lower() for w in raw]
    verb = lowered[after - 1] if after > 0 else ""
    following = lowered[after] if after < len(lowered) else ""
    if verb in _SOFTENING or following in _SOFTENING:
        # unless a second "no longer" gives up more: "I no longer expect, and no longer think we need, X"
        return sum(1 for k in range(1, len(lowered)) if lowered[k] == "longer" and lowered[k - 1] == "no") < 2
    if verb not in _EXPECTING and (after >= len(lowered) or lowered[after] not in _EXPECTING):
        return False
    return any(w in _PREDICTING for w in lowered[after:after + EXPECTATION_REACH_AFTER])


def _conceded(raw, found, after: int) -> str | None:
    """A view said to be still held, then qualified after a "but": "I still believe that, but I accept that it
    will have to wait", "I still think we have to talk, but I no longer expect a treaty", "..., but it must
    wait": the view is kept with less force or hope (eased). Returns the words that concede, or None."""
    lowered = [w.lower() for w in raw]
    turn = next((k for k in range(after, len(lowered)) if lowered[k] in _CONTRAST), None)
    if turn is None:
        return None
    later = [m for m in found if m[0] > turn and SHIFT_CLASSES[int(m[2])] in ("abandoned", "eased")]
    if later:
        return " ".join(raw[later[0][0]:later[0][0] + later[0][1]])
    # "I still consider the alliance indispensable, but Japan can no longer assume...": kept, with less
    longer = next((k for k in range(turn + 1, len(lowered)) if lowered[k] == "longer" and lowered[k - 1] == "no"), None)
    if longer is not None:
        return f"{raw[turn]} ... no longer"
    conceded = next((raw[k] for k in range(turn + 1, len(raw)) if lowered[k] in _CONCEDING), None) or next(
        (" ".join(raw[k - 1:k + 2]) for k in range(turn + 2, len(raw) - 1)
         if lowered[k] == "to" and lowered[k - 1] in ("harder", "difficult") and lowered[k + 1] in _HOLDING_A_VIEW), None)
    # "I still think the conversation is worth attempting, but I would not build a strategy around it" (or "count
    # on it"): kept, with nothing resting on it
    relied = next((f"{raw[turn]} ... {raw[k]} {raw[j]}" for k in range(turn + 1, len(raw) - 1)
                   if lowered[k] in _NEGATIONS for j in range(k + 1, min(len(raw), k + 3)) if lowered[j] in _RELYING),
                  None)
    # "I still believe in the idea, but with troops in Ukraine it must wait": kept, and put off
    return conceded or relied or next((f"{raw[turn]} ... {raw[k]}" for k in range(turn + 1, len(raw))
                                       if lowered[k] in _DEFERRING), None)


_DEFERRING = frozenset("wait postpone postponed defer deferred settle".split())
_RELYING = frozenset("build base rest stake bet count rely depend pin hang".split())
# "I still think so, but ... that view is much harder to defend": the view held with less force
_HOLDING_A_VIEW = frozenset("defend hold maintain sustain justify".split())

_WAS = frozenset("was were did had".split())
_DONE = frozenset("did had".split())


def _former_self(raw, than: int, k: int) -> bool:
    """'less optimistic than I was': the writer measured against their own earlier view."""
    return k == than + 2 and raw[than + 1].lower() in ("i", "we") and raw[k].lower() in _WAS


_FORESEEING = frozenset(("fear", "feared", "warn", "warned", "predict", "predicted", "foresaw", "foreseen"))
_FORESEEING_STEMS = frozenset(stem_all(list(_FORESEEING)))     # a word of _FORESEEING has one of these stems


def _foreseen_now(tokens, raw) -> tuple[str, str, int] | None:
    """What someone feared or predicted, said to be here now: "the missile that analysts feared in 2016 is now,
    in all likelihood, a reality" (realised); or named as what happened: "it did precisely the damage that many
    of us predicted, and..." (the foreseeing verb ends a relative clause on what was done)."""
    if _FORESEEING_STEMS.isdisjoint(tokens):
        return None
    for i, word in enumerate(raw):
        if word.lower() in _FORESEEING and word.lower().endswith(("ed", "saw", "seen")):
            before = " ".join(raw[max(0, i - 2):i]).lower()
            if before.endswith("no one") or not _NOBODY.isdisjoint(before.split()):
                continue        # "Britain has joined since then, which nobody predicted": a surprise, no warning
            for j in range(i + 1, min(len(raw), i + NOW_REACH)):
                if raw[j].lower() == "now" and raw[j - 1].lower() in ("is", "are", "has", "have", ",", "was"):
                    return "realised", f"{word} ... {raw[j - 1]} {raw[j]}", i
            if _ends_relative(raw, i):
                return "realised", f"{raw[i - 1]} {word}" if i else word, i
    return None


_CLAUSE_ENDS = frozenset(", ; : . and but".split())
_NOBODY = frozenset("nobody none few".split())
RELATIVE_REACH = 5      # tokens from "that"/"which" to the foreseeing verb that ends its clause


def _ends_relative(raw, i: int) -> bool:
    """'the damage that many of us predicted,': the foreseeing verb closes a relative clause on a noun, so what
    it foresaw is the noun, told as done; not "analysts feared that..." nor "the war that many feared would
    come" (a prediction still)."""
    after = raw[i + 1].lower() if i + 1 < len(raw) else "."
    return after in _CLAUSE_ENDS and any(raw[k].lower() in ("that", "which") for k in range(max(0, i - RELATIVE_REACH), i))


_RECALLED = frozenset("worried feared cautioned".split())
# recalled only with a time: "two years ago I argued that", "I doubted a year ago that"
_RECALLED_VIEWS = frozenset("said wrote argued predicted doubted thought believed".split())
_RECALLED_STEMS = frozenset(stem_all(sorted(_RECALLED | _RECALLED_VIEWS)))
# words that place a view in the past ("as you will remember, I argued that...": a reminder does too)
TIME_BACK = frozenset("ago earlier previously before last then remember recall".split())
_FIRST_PERSON = frozenset("i we".split())
_CONTRAST = frozenset("yet but however instead".split())
_REFLEXIVES = frozenset("himself herself themselves myself ourselves yourself".split())
RECALL_REACH = 4        # tokens from the verb of worrying to the "that" of what was feared


def _in_a_recalled_view(raw: Sequence[str], index: int) -> bool:
    """Whether the cue at index stands inside what the writer recalls saying at a time gone by ("Last winter I
    argued that waiting for the North to change had run its course"): the words of the view then, whose fate
    the next sentence tells (resolve_recalled), not how it has fared since."""
    lowered = [w.lower() for w in raw[:index]]
    for v in range(len(lowered) - 1, 0, -1):
        if lowered[v] in (";", ":") or lowered[v] in _CONTRAST or lowered[v] in _FIRST_PERSON:
            return False    # (", and I still think so": the writer's view now)
        if lowered[v] in _RECALLED_VIEWS and lowered[v - 1] in _FIRST_PERSON and "that" in lowered[v + 1:v + 1 + RECALL_REACH]:
            return _in_the_past(lowered[:v + 1 + RECALL_REACH])
    return False


def _in_the_past(words: Sequence[str]) -> bool:
    """Whether words (lower case) place something at a time gone by: a year, or "ago", "last", "earlier"...,
    or the writer's "once" ("I once argued that"; not "once the guns fall silent")."""
    return not TIME_BACK.isdisjoint(words) or any(map(_is_year, words)) or any(
        word == "once" and k and words[k - 1] in _FIRST_PERSON for k, word in enumerate(words))


def _is_year(word: str) -> bool:
    """'In 2016 I argued that...': a year places the view in the past."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _eased_after(tokens, raw, after: int, lexicon: Lexicon) -> bool:
    """Whether an easing verb told as done follows ("...have eased", "has largely faded")."""
    easing = lexicon.shift_words["easing"]
    return any(tokens[j] in easing and _told_as_done(raw, j) for j in range(after, len(tokens)))


def _eased_before(tokens, raw, index: int, lexicon: Lexicon) -> bool:
    """Whether an easing verb told as done governs the cue as its object: "has eased the worst fears", "has
    eased much of what I feared"."""
    easing = lexicon.shift_words["easing"]
    if index >= 2 and raw[index - 1].lower() == "of" and raw[index - 2].lower() in _SHARES:
        index -= 2
    return any(tokens[j] in easing and _told_as_done(raw, j) for j in range(max(0, index - EASED_OBJECT_REACH), index))


EASED_OBJECT_REACH = 2      # tokens from the easing verb to the fears it eased ("has eased the worst fears")
_SHARES = frozenset("much most some many all part".split())


def _unrealised_after(raw, after: int) -> str | None:
    """The words that deny a feared thing came about, later in the sentence: "...have not been realized",
    "...never came to pass"."""
    lowered = [w.lower() for w in raw[after:]]
    for k, word in enumerate(lowered):
        if word in _NEGATIONS:
            for j in range(k + 1, min(len(lowered), k + 1 + UNREALISED_REACH)):
                if lowered[j] in _COMING_ABOUT or " ".join(lowered[j:j + 2]) in _COMING_ABOUT:
                    return " ".join(raw[after + k:after + j + 1])
    return None


UNREALISED_REACH = 3        # "not been realized", "never quite materialised"
_COMING_ABOUT = frozenset(("realized", "realised", "materialized", "materialised", "come true", "came true",
                           "borne out", "happened", "come to pass", "came to pass"))


def _told_as_done(raw, j: int) -> bool:
    """Whether the verb at j is told as having happened ("has eased", "have largely faded", "has, for now,
    receded": an aside set off by commas may stand between)."""
    if not _TOLD_AS_DONE.isdisjoint(t.lower() for t in raw[max(0, j - 2):j]):
        return True
    k = j - 1
    while k > 0 and j - k <= INTERRUPTION_REACH and raw[k].lower() in _INTERRUPTIONS:
        k -= 1
    return k < j - 1 and raw[k].lower() in _TOLD_AS_DONE


_INTERRUPTIONS = frozenset(", for the now moment time being on whole at least largely mostly since then already "
                           "gradually quietly slowly".split())
INTERRUPTION_REACH = 6      # "has, for the time being, receded"


def _feared_thing(tokens, raw) -> tuple[str, str, int] | None:
    """A thing named, then the writer's former fear of it in a clause of its own, told as there: "the American
    retreat from leadership I feared in 2016 is not a passing mood", "precisely the opening I feared", "the kind
    of unilateral step I cautioned against" (realised: the sentence asserts the thing feared)."""
    if _RECALLED_STEMS.isdisjoint(tokens):
        return None         # most sentences: one set test
    for i in range(2, len(raw)):
        word = raw[i].lower()
        if word in _FEARING and raw[i - 1].lower() in _FIRST_PERSON and _named_before(raw, i - 2, i + 1):
            if _denied_after(raw, i + 1):
                # "the American retreat I feared has not come": what was feared is told as not there
                return "eased", f"{raw[i - 2]} {raw[i - 1]} {raw[i]} ... not", i
            return "realised", f"{raw[i - 2]} {raw[i - 1]} {raw[i]}", i
    return None


def _named_before(raw, at: int, after: int) -> bool:
    """Whether the token at `at` is the thing a fear is told of ("the retreat I feared"), or the relative pronoun
    after it when the clause closes on the thing's own verb ("the withdrawal from the world that I feared in 2016
    has come in waves"; not "I admit that I feared the worst")."""
    word = raw[at]
    if word in _RELATIVES and at > 0:
        following = [w.lower() for w in raw[after:after + RELATIVE_VERB_REACH]]
        if _THING_VERBS.isdisjoint(following[:following.index(",")] if "," in following else following):
            return False
        word = raw[at - 1]
    return word[:1].isalpha() and word.islower() and word not in _NOT_A_THING


_RELATIVES = frozenset("that which".split())
_THING_VERBS = frozenset("has have is was are were came arrived happened".split())
RELATIVE_VERB_REACH = 4     # tokens after the fearing verb to the thing's own verb ("in 2016 has")


def _denied_after(raw, at: int) -> bool:
    """Whether the verb that follows a feared thing is negated ("... has not come", "... never came", "... did
    not happen"), before any break of the clause."""
    lowered = [w.lower() for w in raw[at:at + DENIAL_REACH + 2]]
    for k, word in enumerate(lowered[:DENIAL_REACH]):
        if word in _NEGATIONS:
            return not _OCCURRING.isdisjoint(lowered[k + 1:k + 3])
        if word in _CLAUSE_ENDS:
            return False
    return False


DENIAL_REACH = 5        # tokens from the fearing verb to a negation of the thing's own verb ("in 2016 has not")
# what the negation must deny: that the thing came ("is not a passing mood" denies something else)
_OCCURRING = frozenset("come came happen happened arrive arrived materialise materialised materialize materialized "
                       "occur occurred appear appeared".split())


def _no_longer_feared(raw) -> tuple[str, str, int] | None:
    """'A rise toward two percent no longer strikes me as dangerous', 'the build-up is no longer alarming': what
    the sentence once found dangerous it no longer does, a concern eased. Only an adjective of danger, in the
    clause of "no longer": a danger as a noun ("no longer a risk; it is under way") has arrived instead."""
    if "longer" not in raw:
        return None         # most sentences: one look
    lowered = [w.lower() for w in raw]
    for k in range(len(lowered) - 2):
        if lowered[k] == "no" and lowered[k + 1] == "longer":
            # after a verb of seeming, a danger named as a noun is one no longer seen ("no longer strikes me as a
            # threat to stability")
            seeming = False
            for word in lowered[k + 2:k + 2 + NO_LONGER_REACH]:
                if word in _FEARSOME or seeming and word in _DANGER_NOUNS:
                    return "eased", f"{raw[k]} {raw[k + 1]} ... {word}", k
                seeming = seeming or word in _SEEMING
                if word in _CLAUSE_ENDS or word in _ARTICLES and not seeming:
                    break
    return None


_FEARSOME = frozenset("dangerous risky alarming worrying worrisome threatening frightening troubling reckless "
                      "destabilizing destabilising provocative menacing".split())
NO_LONGER_REACH = 5     # "no longer strikes me as dangerous", "no longer seems to me so alarming"
_SEEMING = frozenset("strikes strike seems seem looks look appears appear".split())
_DANGER_NOUNS = frozenset("threat danger risk menace provocation".split())


_FEARING = frozenset("feared cautioned warned".split())
# words that cannot end the name of a thing: "as I feared" (already a cue), "what I feared", "that I feared"
_NOT_A_THING = frozenset("as what that which when because if and but or than so since after before once "
                         "where while though although all everything nothing much ago then earlier previously "
                         "years months decades weeks time".split())     # ("For years I cautioned...": a time)


def _recalled_concern(tokens, raw) -> tuple[str, str, int] | None:
    """The writer recalls a worry of their own: "A year ago I worried that China would take up the banner of
    rule-making; the Belt and Road ..." tells it as borne out (realised), unless the sentence turns against it
    after the worry: "I worried for years that Washington was stepping back, yet this time it rallied its
    allies" (eased). A view the writer says they stated at a time gone by ("I said two years ago that walking
    away would cost Washington its credibility", "Eighteen months ago I wrote that...") is revisited the same
    way; without the time it is only a report of what the writer says."""
    if _RECALLED_STEMS.isdisjoint(tokens):
        return None         # most sentences: one set test
    lowered = [w.lower() for w in raw]
    for i, word in enumerate(lowered):
        if word not in _RECALLED and word not in _RECALLED_VIEWS:
            continue
        if not _FIRST_PERSON.intersection(lowered[max(0, i - 2):i]):
            continue
        that = _content_opens(lowered, i + 1)
        if that is None and word in _RECALLED_VIEWS and _opens_a_clause(raw, i + 1):
            that = i + 1        # "Two years ago I thought the key to the peninsula ran through Beijing"
        if that is None:
            continue
        turn = next((k for k in range(i + 1, len(lowered)) if lowered[k] in _CONTRAST), None)
        if word in _DOUBTING and turn is not None and lowered[turn + 1:turn + 2] and \
                lowered[turn + 1] in PROVISOS:
            # "I doubted the others would carry on alone, but if the eleven can keep it alive, Japan should help":
            # the doubt is softened on a condition, not proved wrong
            return "eased", f"{raw[i]} ... {raw[turn]} {raw[turn + 1]}", i
        if word in _DOUBTING and turn is not None and _NEGATING.isdisjoint(
                lowered[turn + 1:turn + 1 + DOUBT_DENIAL_REACH]):
            # "I doubted that the pact could survive without America, yet the eleven are close to a deal": a doubt
            # of the writer's own that what followed proved wrong (not "..., but it has not": one borne out)
            return "abandoned", f"{raw[i]} ... {raw[turn]}", i
        if word in _RECALLED_VIEWS and not _in_the_past(lowered[:that]):
            continue
        if turn is not None:
            # a worry turned out better than feared; a view that met a "but" may have failed or not: no cue
            return ("eased", f"{raw[i]} ... {raw[turn]}", i) if word in _RECALLED else None
        # a worry recalled with a time is revisited in the next sentence, unless its own sentence goes on to tell
        # what came of it ("A year ago I worried that X; the Forum that followed ...")
        timed = _in_the_past(lowered[:that]) and not (
            ";" in lowered[that:] or ":" in lowered[that:])
        if (word in _RECALLED_VIEWS or timed) and _CONFIRMED_HERE.isdisjoint(lowered[that:]):
            # "In 2016 I argued that X." may open "I no longer hold that view" as well as "It has come true",
            # and "Last autumn I feared that X." may open "That worry has eased": the next sentence decides
            # (resolve_recalled, called by analysis.py)
            return RECALLED, f"{raw[i - 1]} {raw[i]}", i
        return "realised", f"{raw[i - 1]} {raw[i]}", i
    return None


def _content_opens(lowered: list[str], at: int) -> int | None:
    """Where what was worried about or said opens after the verb: its "that", or, with none, the subject before a
    modal a few words on ("I feared Washington might step back from Asia")."""
    window = lowered[at:at + RECALL_REACH]
    if "that" in window:
        return at + window.index("that")
    modal = next((k for k, w in enumerate(window) if w in _CONTENT_MODALS), None)
    return at if modal and all(w[:1].isalpha() for w in window[:modal]) else None


_CONTENT_MODALS = frozenset("might would could will may".split())
_CLAUSE_OPENERS = frozenset("the a an it they we he she this these those".split())


def _opens_a_clause(raw, at: int) -> bool:
    """Whether a clause's subject opens right after a verb of saying or thinking, with no "that": a determiner,
    a pronoun or a name ("I thought the key ran through Beijing", "I said Washington would stay")."""
    return at < len(raw) and (raw[at].lower() in _CLAUSE_OPENERS or (raw[at][:1].isupper() and raw[at] != "I"))


TIME_REACH = 5          # tokens after a recalled warning that may still say when it was made
_WARNED_OF = frozenset("that against of".split())     # what follows a warning: what it warned of


def _recalled_in_time(raw, index: int, length: int) -> bool:
    """'In 2016 I warned that...', 'Two years ago I warned that...': the writer's own warning placed at a time
    gone by. Not "as I warned" or "what I warned of", which tell the warning as borne out."""
    lowered = [w.lower() for w in raw]
    after = lowered[index + length:index + length + RECALL_REACH + TIME_REACH]
    if lowered[index] not in _FIRST_PERSON or not _WARNED_OF.intersection(after):
        return False
    if _stranded(lowered, index + length):
        return False        # "the damage that I warned of in 2016": the thing warned of is named, and told of
    # the time before the warning ("In 2016 I warned"), or right after it ("I warned, several years ago, that")
    around = lowered[:index] + lowered[index + length:index + length + TIME_REACH]
    # (or an occasion gone by: "When I wrote about the alliance after the election, I warned that...")
    return _in_the_past(around) or (len(lowered) > 2 and lowered[0] == "when" and lowered[1] in _FIRST_PERSON
                                    and lowered[2] in _WRITING_THEN)


def _stranded(lowered: Sequence[str], at: int) -> bool:
    """Whether a warning's preposition is left without its object ("the damage that I warned of in 2016",
    "...the split I worried about."): the warning is a relative clause of a noun that the sentence tells of."""
    if at >= len(lowered) or lowered[at] not in _STRANDABLE:
        return False
    following = lowered[at + 1] if at + 1 < len(lowered) else ""
    return not following[:1].isalnum() or following in _AFTER_STRANDED or _is_year(following)


_WRITING_THEN = frozenset("wrote argued spoke published testified".split())
_STRANDABLE = frozenset("of about against".split())
_TIME_AFTER = frozenset("ago years year decade decades".split())     # "I would have rejected ten years ago"
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten twenty a".split())
_AFTER_STRANDED = frozenset("in back then last earlier during when at years".split())


RECALLED = "recalled"       # a view the writer recalls stating at a time gone by, its fate told elsewhere
# Words that tell a recalled view as borne out: in its own sentence ("...; it is now in pieces"), and in the
# next one ("That warhead is now a reality"). "today" confirms only in the same sentence: after it, "I say the
# same today" restates.
_CONFIRMED_HERE = frozenset("now today exactly precisely indeed".split())
_CONFIRMED_NEXT = frozenset("now indeed proved exactly precisely reality".split())
_WORDS = re.compile(r"[\w']+")


def _confirms(words: list[str]) -> bool:
    """Whether a sentence (its words, lower case) tells a view recalled before it as borne out: "That moment has now
    arrived", "nobody thinks so now", "exactly"; not the writer's own "I now think that..." or "I am now prepared
    to argue...", a view taken up since, nor a "now" that tells the view as faring worse."""
    declining = not _DECLINE.isdisjoint(words)
    return any(word in _CONFIRMED_NEXT and not (word == "now" and (declining or _writer_now(words, k)))
               for k, word in enumerate(words))


# "now" in a sentence that tells the recalled view as faring worse confirms nothing: "That approach now looks much
# weaker than it did", "the case for it is now far less clear"
_DECLINE = frozenset("weaker less worse narrower harder smaller dimmer fainter".split())


def _writer_now(words: list[str], k: int) -> bool:
    """Whether "now" at k opens the writer's present view: "I now", "I am now", "we would now" (not "what we face
    now", which tells what has come)."""
    if (k > 0 and words[k - 1] in _FIRST_PERSON) or (
            k > 1 and words[k - 2] in _FIRST_PERSON and words[k - 1] in _AUXILIARIES_BEFORE_NOW):
        return True
    # "I am less ambitious now", "I accept that now": the writer is the subject of the clause "now" ends
    before = words[max(0, k - WRITER_NOW_REACH):k]
    at = max((j for j, w in enumerate(before) if w in _FIRST_PERSON), default=None)
    return at is not None and _OTHER_SUBJECTS.isdisjoint(before[at + 1:])


WRITER_NOW_REACH = 4
_OTHER_SUBJECTS = frozenset("it they he she there this".split())


# (and a modal: "I must now admit that...")
_AUXILIARIES_BEFORE_NOW = frozenset("am are would will have 'm 've must should can could".split())


_AGAINST_A_TIME = frozenset("than now today anymore".split())     # "less hopeful now": the writer's own past
_CONVICTIONS = frozenset("certain sure convinced confident hopeful optimistic pessimistic sceptical skeptical worried "
                         "anxious alarmed".split())


def answers_a_report(text: str, shift: Sequence[str], previous: str | None, lexicon: Lexicon) -> bool:
    """Whether a comparative of conviction with no standard of its own ("I am less certain.", not "less certain
    than I was", "less hopeful now" nor "I no longer think so") follows a view someone else is reported to hold (previous: the
    sentence before it in its paragraph): the writer measures the view against theirs, not against an earlier
    view of the writer's, so it tells no change of the writer's mind."""
    words = shift[1].lower().split()
    if previous is None or shift[0] not in ("eased", "firmer") or words[0] not in ("less", "more") \
            or _CONVICTIONS.isdisjoint(words) or not _AGAINST_A_TIME.isdisjoint(_WORDS.findall(text.lower())):
        return False
    raw = CLAUSE_TOKEN.findall(previous)
    reports = lexicon.scan(stem_all(raw), ("reporting",))["reporting"]
    return any(k > 0 and raw[k - 1].lower() not in _FIRST_PERSON for k, *_ in reports)


def recalls_once_held(stances: dict) -> bool:
    """Whether a stance's cue recalls a view the writer once held ("I once believed...", "I used to think..."),
    which the next sentence may say was given up."""
    return any((s.cues.get("shift") or ("", ""))[0] == "eased" and s.cues["shift"][1].lower().split()[1:2] in (
        ["once"], ["used"]) for s in stances.values())


def given_up_next(stances: dict, following: str | None, after) -> dict:
    """A view the writer once held ("I once believed that engaging Putin might bring the islands closer.") that the
    next sentence of its paragraph gives up ("That belief was wrong.", "I was wrong.") was given up, not eased."""
    if following is None:
        return stances
    shift = after.cues.get("shift") if after is not None else None
    verdict = _BELIEF_WRONG.match(following)
    # (a fate given up of the view itself: "I no longer believe it.", "I was wrong."; not "I no longer see an
    # opening of the kind I imagined", which may tell of a view the recall has already tempered)
    # (or an expectation given up for good: "I no longer think Beijing will ever make that trade.")
    refers_back = shift is not None and shift[0] == "abandoned" and (shift[1].lower() in _ERRORS_OWNED or re.search(
        re.escape(shift[1]) + r"\s+(?:\w+\s+)?(?:it|that|this|so)\b", following, re.I) is not None
        or ("longer" in shift[1].lower().split() and _given_up_for_good(following)))
    if not refers_back and verdict is None:
        return stances
    words = verdict.group(0) if verdict is not None else shift[1] if shift else ""
    return {issue: stance if not recalls_once_held({issue: stance}) else replace(
        stance, cues=dict(stance.cues, shift=["abandoned", f"{stance.cues['shift'][1]} ... {words}"]))
        for issue, stance in stances.items()}


def _given_up_for_good(text: str) -> bool:
    """Whether the "no longer" of a sentence gives up an expectation for good ("I no longer think Beijing will
    ever make that trade")."""
    raw = CLAUSE_TOKEN.findall(text)
    lowered = [w.lower() for w in raw]
    return any(lowered[k - 1] == "no" and _never_again(raw, k + 1) for k in range(1, len(lowered))
               if lowered[k] == "longer")


# what the next sentence says of the view once held: "That belief was wrong.", "That assumption proved mistaken."
_BELIEF_WRONG = re.compile(r"(?:That|This|The|Such an?) (?:belief|view|idea|assumption|hope|premise|bet|notion) "
                           r"(?:was|proved|has proved|turned out to be) (?:wrong|mistaken|misplaced|an illusion|a "
                           r"mistake|naive)\b")


def resolve_recalled(stances: dict, following: str | None, after, next_issues: frozenset[str] = frozenset()) -> dict:
    """A view the writer recalls stating at a time gone by ("In 2016 I argued that X.") takes its fate from the
    next sentence of its paragraph (`following`, and `after`, its stance or None): given up or eased there ("I
    no longer hold that view", "The opening was real, but far narrower than I believed"), it was the writer's
    former view, recorded as reported; told as borne out there ("What I then described as a risk is now the
    doctrine"), realised; said to be still held ("I still believe it"), continued. A recalled doubt ("I doubted
    a year ago that...") is the other way round: told as come true, it was proved wrong (abandoned). A view with
    no word on its fate there is the writer's former view (reported). When the next sentence tells the view as
    borne out (or held more firmly) with a retrospective cue of its own and speaks to the same issue
    (`next_issues`: the issues it is tagged with), the verdict is that sentence's: the recall itself is left as
    the former view (readers took "Last December I argued that X." before "That is no longer a forecast." for a
    recall that states no position)."""
    fate = after.cues.get("shift", ("",))[0] if after is not None else ""
    next_words = [w.lower() for w in _WORDS.findall(following)] if following is not None else []
    # a verdict that turns ("I have not abandoned that concern, but I accept that the ground has moved") neither
    # confirms the view nor gives it up: the view stays the writer's former one ("no longer a danger but a
    # description" corrects a word; it does not turn)
    confirmed = not (following and _TURN.search(following)) and (
        fate in ("realised", "firmer") or (after is not None and after.cues.get("mood") == "realised")
        or _confirms(next_words))
    out = {}
    for issue, stance in stances.items():
        shift = stance.cues.get("shift")
        if not shift or shift[0] != RECALLED:
            out[issue] = stance
        elif fate in ("abandoned", "eased") or (not confirmed and fate != "continued") or (
                (fate in ("realised", "firmer") or (after is not None and after.cues.get("mood") == "realised"))
                and issue in next_issues
                and shift[1].split()[-1].lower() not in _DOUBTING):
            # given up in the next sentence; or a view recalled with no word on how it fared there: it is
            # recalled to be revised (often further on) or confirmed more often than to be restated (readers found
            # "I said then that..." read as a restatement wrong), so it is left as the writer's former view
            cues = {k: v for k, v in stance.cues.items() if k != "shift"}
            out[issue] = replace(stance, cues=dict(cues, recalled=shift[1]), attribution="reported")
        else:
            # a doubt recalled and then told as proved wrong by events ("I doubted a year ago that the pact could
            # survive. Its members have now agreed on its core.") is given up; a view told as come true, realised
            fared = ("abandoned" if shift[1].split()[-1].lower() in _DOUBTING else "realised") if confirmed \
                else "continued"
            out[issue] = replace(stance, cues=dict(stance.cues, shift=[fared, shift[1]]))
    return out


_DOUBTING = frozenset(("doubted",))
PROVISOS = frozenset("if provided unless".split())     # what sets a condition on a view (positions.py too)
_NEGATING = _NEGATIONS | frozenset(("no", "nothing"))
DOUBT_DENIAL_REACH = 5  # tokens after the "but" within which a denial bears the doubt out ("but it has not")
_DOUBTS = frozenset("doubt doubts scepticism skepticism".split())
_DOUBTS_AND_HOPES = _DOUBTS | frozenset("hope hopes optimism faith belief expectation expectations".split())
# what may be said not to have come true: a view, a hope or a forecast (not a thing: "the pact", nor a dream)
_WRITER_SUBJECTS = frozenset("i we".split())
_HELD_THEN = frozenset("thought believed expected hoped predicted assumed argued said wrote".split())


def _the_writers_view_told(before: list[str]) -> bool:
    """Whether the writer is told holding a view before the cue ("I had thought the pact would survive, but...",
    "We expected..."; not "As we have seen, ...")."""
    return any(word in _WRITER_SUBJECTS and (before[k + 1:k + 2] and before[k + 1] in _HELD_THEN or (
        before[k + 1:k + 2] == ["had"] and before[k + 2:k + 3] and before[k + 2] in _HELD_THEN))
        for k, word in enumerate(before))
_CONCERN_VERBS_PAST = frozenset("feared worried warned".split())
_VIEWS_HELD_OUT = _DOUBTS_AND_HOPES | _VIEW_WORDS | frozenset(
    "prediction predictions forecast forecasts".split())
_TURN = re.compile(r"(?:^|[,;:])\s*(?:but|yet|however)\b|\bhowever\b", re.I)
_JOINS = frozenset("and but yet while whereas".split())


def same_segment(raw: Sequence[str], a: int, b: int) -> bool:
    """Whether tokens a and b stand in one segment of a sentence: no semicolon, colon or ", and" between them
    ("no great trouble between the two ports, and the biggest worry remains the strike")."""
    low, high = min(a, b), max(a, b)
    for k in range(low, high):
        if raw[k] in (";", ":") or (raw[k] == "," and k + 1 < len(raw) and raw[k + 1].lower() in _JOINS
                                    and not (raw[k + 1].lower() in ("and", "or") and _ends_a_list_of_names(raw, k))):
            return False
    return True


def _ends_a_list_of_names(raw: Sequence[str], k: int) -> bool:
    """Whether the ", and" at k ends a list of names ("alliances with Australia, Japan, the Philippines, and South
    Korea have proven..."): the item before it and the one after are short runs of capitalised words, and a comma
    stands before the item before it. Such a comma joins no clauses."""
    def name_at(start: int, step: int) -> int | None:
        """Where a run of up to NAME_WORDS capitalised words (and "the") from start stops, or None without a name."""
        end, words = start, list[str]()
        while 0 <= end < len(raw) and len(words) < NAME_WORDS and (raw[end][:1].isupper() or raw[end] == "the"):
            words.append(raw[end])
            end += step
        return end if any(word[:1].isupper() for word in words) else None
    before = name_at(k - 1, -1)
    return before is not None and before >= 0 and raw[before] == "," and name_at(k + 2, 1) is not None


NAME_WORDS = 3      # "the Philippines", "South Korea", "the United States"
