"""Per-version analysis kept in step with the taxonomy: issue tags and positions (one transaction per version)."""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from corpus.store import Store
from corpus.workers import drain_in_forks

from . import confidence, engine_name, semantic
from .attribution import Speaker
from .cues import SPEAKER_PREFIX
from .harm import HARM_DONE
from .lexicon import default_lexicon
from .positions import Stance, extract, extract_for_issues
from .shift import RECALLED, answers_a_report, given_up_next, recalls_once_held, resolve_recalled
from .tagging import IssueMatcher, SentenceRow, Tag, tag_sentences, topic_by_meaning
from .taxonomy import load_issues, taxonomy_hash
from .verdicts import REJECTS, reported_content, verdict_on_view
from .voices import is_first_person
from .wordclass import is_participle

_NAME_WORDS = re.compile(r"[A-Z][a-z\u00c0-\u024f'\u2019-]+")
_NOT_NAMES = frozenset({"The", "Interview", "Interviewed", "By", "And", "With", "Of", "Editor", "Editors"}) | frozenset(
    # A place or a people in an outlet's name ("South China Morning Post", "The Korea Times", "China Daily") names
    # no writer: in its editorial, "China called for..." and "South Korea argued that..." are others' views.
    "Japan Japanese China Chinese Korea Korean Asia Asian Pacific America American Americas Australia Australian "
    "India Indian Singapore Russia Russian Taiwan Taiwanese Europe European Britain British Germany "
    "German France French Canada Canadian Washington Tokyo Beijing Seoul Moscow Pyongyang East West North South "
    "Northeast Southeast New Global World International National Nation".split())


def analysis_engine() -> str:
    # (the engine read now, not when this module was imported: the confidence's switch changes what is recorded)
    return f"{engine_name()} lexicon:{default_lexicon().version} semantic:{semantic.layer_name()}"


def ensure_analysed(store: Store, version_ids: list[int]) -> None:
    """Tag and extract positions for versions whose analysis is missing or stale (one transaction each)."""
    issues = load_issues(store)
    stamp = taxonomy_hash(issues)
    engine = analysis_engine()
    stale = [v for v in version_ids if store.conn.execute(
        "SELECT 1 FROM tagged_versions WHERE version_id = ? AND taxonomy_hash = ? AND engine = ?",
        (v, stamp, engine)).fetchone() is None]
    if not stale:
        return
    batches = [_read_batch(store, version_id) for version_id in stale]
    for batch, (tag_rows, rows) in zip(batches, analyse_batches(IssueMatcher(issues), batches, engine)):
        with store.transaction():
            _write(store, batch.version_id, tag_rows, rows, stamp, engine)


@dataclass(frozen=True)
class VersionBatch:
    """What analysing one version needs, read before any work starts."""

    version_id: int
    sentences: list[SentenceRow]
    headings: dict[int, str | None]
    author_names: frozenset[str]
    document_kind: str | None = None     # the documents row's kind (commentary, editorial, interview...)


def analyse_batches(matcher: IssueMatcher, batches: list[VersionBatch], engine: str) -> list[tuple[list[tuple], list[tuple]]]:
    """(tag rows, position rows) per batch, in order, as `sentence_issues` and `positions` store them. Large
    amounts of text are shared among forked worker processes (one per core), which inherit the matcher with
    its loaded profiles; the caller writes."""
    total = sum(len(b.sentences) for b in batches)
    workers = min(os.cpu_count() or 1, len(batches))
    if total < PARALLEL_SENTENCES or workers < 2 or not hasattr(os, "fork"):
        return [_analyse_batch(matcher, batch, engine) for batch in batches]
    from threadpoolctl import ThreadpoolController

    matcher.profiles  # noqa: B018  # load the semantic profiles once, before the fork, so workers share them
    # so too the stance lexicon and its lookup tables, which every worker otherwise built again (6 ms or more)
    lexicon = default_lexicon()
    lexicon.entries, lexicon.stance_firsts, lexicon.polar_verbs, lexicon.polar_verb_ings  # noqa: B018
    # The batches travel with the fork: no text is ever sent (pickling every sentence to send it cost the parent
    # as much time as analysing a tenth of them). This process works as one of the workers. The next batch to
    # take is a number in shared memory, so the workers finish together.
    next_batch = multiprocessing.Value("i", 0)

    def drain() -> Iterator[tuple[int, tuple[list[tuple], list[tuple]]]]:
        while True:
            with next_batch.get_lock():
                number = next_batch.value
                next_batch.value += 1
            if number >= len(batches):
                return
            yield number, _analyse_batch(matcher, batches[number], engine)

    # Objects that exist at the fork are left out of the workers' garbage collections: a collection that
    # walked them would write to (and so copy) every page they share with the parent.
    gc.freeze()
    try:
        # One BLAS thread per worker, set before the fork so that the children start with it: with one per core
        # in every worker, idle BLAS threads spin on the cores the other workers need (measured: half the
        # throughput).
        with ThreadpoolController().limit(limits=1):
            done = dict(drain_in_forks(drain, children=workers - 1))
    finally:
        gc.unfreeze()
    return [done[number] for number in range(len(batches))]


PARALLEL_SENTENCES = 4000    # below this, starting worker processes costs more than it saves


def _analyse_batch(matcher: IssueMatcher, batch: VersionBatch, engine: str) -> tuple[list[tuple], list[tuple]]:
    tags = tag_sentences(matcher, batch.sentences, batch.headings)
    # Rows of plain tuples, not Tag objects: workers send them back by the ten thousand, and a tuple unpickles
    # about ten times faster than a frozen dataclass (measured: 0.07 s of a 1 s run for 23,000 tags).
    tag_rows = [(t.sentence_id, t.issue_id, t.score, t.via, t.cue) for t in tags]
    return tag_rows, position_rows(batch.version_id, batch.sentences, tags, batch.author_names, engine,
                                   batch.headings, document_kind=batch.document_kind)


def _lines_set_apart(sentences: list[SentenceRow]) -> set[int]:
    """The sentences that are a line of their own with no closing stop: a headline, a deck or a subheading the
    segmenter kept as text ("Harbour chief says the ferries must keep running"), written by an editor as often as
    by the writer, and a summary of what follows rather than a claim. Not a numbered or bulleted item, which
    lists claims, nor the document's last sentence, where an excerpt is cut off mid-sentence, nor a line longer
    than a headline runs (the essay's own lead-in to its sections, "..., the Trump and Abe administrations should
    focus on the following four key areas", has no stop)."""
    alone = Counter(sentence.paragraph_id for sentence in sentences)
    return {sentence.id for sentence in sentences[:-1] if alone[sentence.paragraph_id] == 1
            and not _CLOSED.search(sentence.text) and not _LIST_ITEM.match(sentence.text)
            and len(sentence.text.split()) <= HEADLINE_MAX_WORDS}


HEADLINE_MAX_WORDS = 20


_CLOSED = re.compile(r"[.!?\u2026:;][\"'\u201d\u2019)\]]*\s*$")
_LIST_ITEM = re.compile(r"\s*(?:[-*\u2022\u2013\u2014]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")


def _placed_only(sentences: list[SentenceRow], headings: dict[int, str | None]) -> set[int]:
    """The sentences whose section heading places them but says nothing of what they are about, so that judge.py
    judges none of them by it alone: those under the heading over the document's first section, most often its
    title, which names the piece's subject; and under a question set apart as a heading ("Q: And the islands?"),
    those after the next question, since the section runs on over the answers to later questions while its
    heading asks about one thing only."""
    placed: set[int] = set()
    asking = {section for section, heading in headings.items()
              if heading and (heading.rstrip().endswith("?") or SPEAKER_PREFIX.match(heading))}
    asked_again: set[int] = set()       # question sections in which a later question has been met
    for sentence in sentences:
        if sentence.section_id == sentences[0].section_id or sentence.section_id in asked_again:
            placed.add(sentence.id)
        elif sentence.section_id in asking and sentence.text.rstrip().endswith("?"):
            asked_again.add(sentence.section_id)
            placed.add(sentence.id)
    return placed


def refresh_all(store: Store) -> None:
    """Re-tag every stored version (after a taxonomy change), then recompute recorded position changes."""
    from .changes import recompute_all

    version_ids = [r[0] for r in store.conn.execute("SELECT id FROM versions ORDER BY id")]
    with store.transaction():
        store.conn.execute("DELETE FROM tagged_versions")
        ensure_analysed(store, version_ids)
        recompute_all(store)


def _next_in_paragraph(sentences: list[SentenceRow], number: int) -> SentenceRow | None:
    """The sentence after `number` when it stands in the same paragraph, else None."""
    following = sentences[number + 1] if number + 1 < len(sentences) else None
    return following if following is not None and following.paragraph_id == sentences[number].paragraph_id else None


def author_names(author: str | None) -> frozenset[str]:
    """Capitalised words of the names in the author field, without what parentheses add ('Hitoshi Tanaka
    (interviewed by X)'); none for a profile named by its subject ('Profile of Oren Falk'). Where it names several
    people ('Arjun Mehta (host) with Rebecca Hollis', 'Kang Min-jae, with host Yoon Seo-yeon', 'Han Dong-wook
    (guest), Seo Ji-won (host)'), a host, moderator or interviewer asks: the views are the others'."""
    if not author or _PROFILE_OF.match(author):
        return frozenset()      # "Profile of Oren Falk": written about him, by someone unnamed
    if (by := _PROFILED_BY.search(author)) is not None:
        return author_names(by.group(1))    # "Kang Eun-ju (profiled by Lena Hofmann)": written by her
    if _PROFILED.search(author):
        return frozenset()      # "Meera Raghunathan, profiled": written about her, by someone unnamed
    chunks = _PARTICIPANTS.split(author)
    people = [chunks[0]] + [chunk for separator, chunk in zip(chunks[1::2], chunks[2::2])
                            if separator.strip() != "," or _GUEST.search(chunk)]
    # (the first person's name ends at a parenthesis: "Anna Lindqvist (correspondent) on Michiko Saeki" is hers)
    people[0] = people[0].split("(")[0] + "".join(_PARENTHESES.findall(people[0])[:1])
    speaking = [person for person in people if not _ASKING.search(person)] or people[:1]
    return frozenset(w for person in speaking
                     for w in _NAME_WORDS.findall(_PLACE_PHRASES.sub(" ", _PARENTHESES.sub(" ", person)))
                     if w not in _NOT_NAMES)


# places of two words whose words are also names of people ("Kong Xuanyou", "Hong Seok-hyun"): only together a place
_PLACE_PHRASES = re.compile(r"\bHong\s+Kong\b")


# separators between the people of an author field, outside parentheses
_PARTICIPANTS = re.compile(r"(,|\s+with\s+|\s+and\s+)(?![^(]*\))")
_PARENTHESES = re.compile(r"\([^)]*\)")
_PROFILE_OF = re.compile(r"\s*(?:a\s+)?(?:profile|portrait)\s+of\b", re.I)
_GUEST = re.compile(r"\(\s*guest\b", re.I)
_PROFILED_BY = re.compile(r"\bprofiled\s+by\s+([^()]+)", re.I)
_PROFILED = re.compile(r"\bprofiled\b|[(;,]\s*(?:a\s+|newspaper\s+)?profile\b", re.I)
_ASKING = re.compile(r"^\s*(?:host|moderator|interviewer)\b|\((?:[^)]*\W)?(?:host|moderator|interviewer)\)", re.I)


# In a write-up about its author ("Mr. Tanaka said...", "Tanaka argues that..."), "he said" is the author speaking.
_PROFILE_PRONOUNS = frozenset(("he", "He", "she", "She"))
_THIRD_PERSON = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Professor)\.? ([A-Z][\w'-]+)|\b([A-Z][\w'-]+),? (?:said|says|argued|argues|"
                           r"told|tells|believes|believed|warned|warns|added|adds|insists|insisted|recalled|recalls|"
                           r"thinks|thought|wrote|writes)\b")


def is_profile(sentences: list[SentenceRow], names: frozenset[str]) -> bool:
    """Whether a text tells of its author in the third person (a profile, an interview written up): two of its
    sentences name the author as "Mr. Tanaka" or as the subject of a verb of saying; or PROFILE_MENTIONS name the
    author at all (a byline or a sign-off names its writer once), or two do and the text tells of someone as
    "She..." or "He..."."""
    if not names:
        return False
    found = named = 0
    narrated = False
    for sentence in sentences:
        narrated = narrated or sentence.text.startswith(("She ", "He "))
        if not any(name in sentence.text for name in names):
            continue        # most sentences name no author: no need for the pattern
        named += 1
        if any(name in names for match in _THIRD_PERSON.finditer(sentence.text) for name in match.groups() if name):
            found += 1
        if found >= 2 or named >= PROFILE_MENTIONS:
            return True
    return named >= 2 and narrated


PROFILE_MENTIONS = 3


def speakers(sentences: list[SentenceRow], names: frozenset[str]) -> dict[int, Speaker]:
    """Interview turns: a sentence opening 'Name (Short):' starts a turn that lasts until the next one (at the
    start of a paragraph, or of a line within one: "Q: ...? Tanaka: ..."). Names are compared whatever their
    case ("TANAKA:" is Tanaka).

    A text is an interview only when at least two different speakers take turns, three turns or more; header
    lines such as 'To:' or 'From:' in a memo, and words of enumeration ('Second:'), name nobody who speaks."""
    turns: dict[int, frozenset[str]] = {}
    for sentence in sentences:
        # (a turn's colon first: most sentences have none, and the pattern takes long to fail on capitals)
        match = SPEAKER_PREFIX.match(sentence.text) if ":" in sentence.text else None
        if match:
            words = frozenset(w.strip(".'\u2019").lower() for w in
                              (match.group(1) + " " + (match.group(2) or "")).split()) - _NOT_SPEAKERS - {""}
            if words and match.group(1).split()[0].lower() not in _NOT_SPEAKERS:
                turns[sentence.id] = words
    names = frozenset(name.lower() for name in names)
    # (an excerpt of an interview may hold only a question and its answer: two turns are enough when one is the
    # author's, whom the text names as a speaker)
    if len(turns) < (2 if any(words & names for words in turns.values()) else MIN_TURNS) \
            or len(set(turns.values())) < 2:
        return dict.fromkeys((sentence.id for sentence in sentences), _NO_SPEAKER)
    out: dict[int, Speaker] = {}
    current = Speaker()
    for sentence in sentences:
        speaker = turns.get(sentence.id)
        if speaker is not None:
            # "A:" answers a "Q:", and a "GUEST:" a host: the interviewee, whose views the interview publishes
            current = Speaker(True) if speaker <= _ANSWERER else Speaker(bool(speaker & names)) if names else Speaker(
                not sentence.text.rstrip().endswith("?"))
        out[sentence.id] = current
    return out


MIN_TURNS = 3


def quoted_speakers(sentences: list[SentenceRow]) -> dict[int, Speaker]:
    """Sentences spoken inside a quotation ('"On that point he was right, and I still think so."', or a sentence
    that goes on with a quotation opened before it in the paragraph) are the quoted person's, not the writer's:
    a text quotes others far more often than its own author. A sentence that says who speaks ('"...," Tanaka
    said') is left to the reporting rules; a scare-quoted phrase ('"America First" is...') is no quotation.
    (The caller does not ask this of interviews, or of write-ups about the author, who is the one quoted.)"""
    out: dict[int, Speaker] = {}
    inside, paragraph = False, None
    for sentence in sentences:
        if sentence.paragraph_id != paragraph:
            inside, paragraph = False, sentence.paragraph_id
        text = sentence.text.strip()
        if (inside or _opens_speech(text)) and not _THIRD_PERSON.search(text):
            out[sentence.id] = _NOT_THE_WRITER
        inside = _open_after(text, inside)
    return out


_NOT_THE_WRITER = Speaker(False)
# double quotation marks only: a single closing quote is also an apostrophe ("Japan's")
_OPENING_QUOTES, _CLOSING_QUOTES = frozenset('"\u201c'), frozenset('"\u201d')


def listed_views(sentences: list[SentenceRow]) -> dict[int, Speaker]:
    """The items of a list that a sentence ending on a colon introduces as others' view or words ("The criticism
    typically goes like this:", "Critics make three arguments:", "Here are some of his statements:"), up to the
    first sentence that is no list item: each item is theirs. An introduction in the first person ("My view is
    this:", "We argue:") leaves the items the writer's."""
    out: dict[int, Speaker] = {}
    listing = False
    for sentence in sentences:
        text = sentence.text.strip()
        if listing and text[:1] in _LIST_MARKS:
            out[sentence.id] = _NOT_THE_WRITER
            continue
        words = _WORD.findall(text)     # (case kept: "US critics argue:" names no first person)
        listing = text.endswith(":") and not _OTHERS_VIEWS.isdisjoint(w.lower() for w in words) \
            and not any(map(is_first_person, words))
    return out


_LIST_MARKS = frozenset("\u2022-*\u2013\u25aa\u25cf")
_WORD = re.compile(r"[A-Za-z'\u2019]+")
_OTHERS_VIEWS = frozenset("criticism criticisms critics critique critiques skeptics sceptics opponents detractors "
                          "proponents supporters advocates argument arguments argue argues argued contend contends "
                          "claim claims "
                          # someone's words listed: "Here are some of his statements and assertions:"
                          "statement statements assertion assertions remarks declaration declarations demands "
                          "speech".split())


def introduced_speech(sentences: list[SentenceRow]) -> dict[int, Speaker]:
    """The words that a sentence ending on a colon introduces as someone's speech with no quotation marks ("In it,
    the harbour master says that the pier should be rebuilt:", then his words): theirs, to the end of the paragraph
    after the colon (the rest of the introduction's own paragraph, where the words go on in it). Where the speech
    ends past that, the text does not say; the writer may take the word again in the next paragraph. An
    introduction in the first person ("I told the board:") leaves the words the writer's."""
    out: dict[int, Speaker] = {}
    introduced = False
    speech_paragraph: int | None = None
    for sentence in sentences:
        if introduced:
            if speech_paragraph is None:
                speech_paragraph = sentence.paragraph_id
            if sentence.paragraph_id == speech_paragraph:
                out[sentence.id] = _NOT_THE_WRITER
                continue
            introduced, speech_paragraph = False, None
        text = sentence.text.strip()
        introduced = text.endswith(":") and _introduces_speech(text)
    return out


def _introduces_speech(text: str) -> bool:
    """'In it, Sato says that the pier should be rebuilt:', 'As the harbour master told the council:': a saying verb
    whose subject is named (a capitalised word after the first), and no first person."""
    words = _WORD.findall(text)
    return not _SAYING.isdisjoint(w.lower() for w in words) and any(w[:1].isupper() for w in words[1:]) \
        and not any(map(is_first_person, words))


_SAYING = frozenset("says said tells told explains explained writes wrote states stated notes noted warns warned "
                    "adds added argues argued insists insisted".split())


def _opens_speech(text: str) -> bool:
    """A sentence that opens a quotation of speech: the quotation runs on past it, or closes on punctuation
    ('"..., " she said', '"...."'), not after a phrase ('"America First" rhetoric')."""
    if not text or text[0] not in _OPENING_QUOTES:
        return False
    close = next((k for k in range(1, len(text)) if text[k] in _CLOSING_QUOTES), None)
    return close is None or text[close - 1] in ".,!?;:\u2014"


def _open_after(text: str, inside: bool) -> bool:
    """Whether a quotation is still open at the end of text (straight quotes toggle; curly ones say which)."""
    if '"' not in text and "\u201c" not in text and "\u201d" not in text:
        return inside       # (most sentences: three searches for one character are quicker than the pattern)
    for char in _QUOTE_MARKS.findall(text):
        inside = not inside if char == '"' else char == "\u201c"
    return inside


_QUOTE_MARKS = re.compile('["\u201c\u201d]')
_ANSWERER = frozenset(("a", "answer", "guest", "interviewee", "reply", "response", "respondent"))
_NO_SPEAKER = Speaker()     # immutable, so one serves every sentence of a text that is not an interview
_HEADER_WORDS = frozenset("To From Subject Date Re Cc Bcc Memo Note Notes Source Sources Summary Background Update "
                          "Title Attention Attn Author Editor Abstract Keywords Update Headline Dateline".split())
_NOT_SPEAKERS = frozenset(w.lower() for w in _HEADER_WORDS) | frozenset(
    "first second third fourth fifth finally lastly next then also one two three yes no".split())


def _read_batch(store: Store, version_id: int) -> VersionBatch:
    conn = store.conn
    sentences = [SentenceRow(*row) for row in conn.execute(
        "SELECT id, section_id, paragraph_id, text FROM sentences WHERE version_id = ? ORDER BY ordinal", (version_id,))]
    headings = dict(conn.execute("SELECT id, heading FROM sections WHERE version_id = ?", (version_id,)).fetchall())
    author, kind = conn.execute("SELECT d.author, d.kind FROM versions v JOIN documents d ON d.id = v.document_id "
                                "WHERE v.id = ?", (version_id,)).fetchone()
    return VersionBatch(version_id, sentences, headings, author_names(author), kind)


def _write(store: Store, version_id: int, tag_rows: list[tuple], rows: list[tuple], stamp: str, engine: str) -> None:
    """Replace a version's tags and positions (and the position changes that referred to them)."""
    conn = store.conn
    conn.execute("DELETE FROM position_changes WHERE left_position_id IN (SELECT id FROM positions WHERE version_id = ?) "
                 "OR right_sentence_id IN (SELECT id FROM sentences WHERE version_id = ?)", (version_id, version_id))
    conn.execute("DELETE FROM positions WHERE version_id = ?", (version_id,))
    conn.execute("DELETE FROM sentence_issues WHERE sentence_id IN (SELECT id FROM sentences WHERE version_id = ?)",
                 (version_id,))
    conn.executemany("INSERT INTO sentence_issues (sentence_id, issue_id, score, via, cue) VALUES (?, ?, ?, ?, ?)",
                     tag_rows)
    conn.executemany("INSERT INTO positions (version_id, sentence_id, issue_id, kind, polarity, strength, hedged, "
                     "target, cues, engine, confidence, attribution) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("INSERT INTO tagged_versions (version_id, taxonomy_hash, engine) VALUES (?, ?, ?) "
                 "ON CONFLICT(version_id) DO UPDATE SET taxonomy_hash = excluded.taxonomy_hash, engine = excluded.engine",
                 (version_id, stamp, engine))


def _cues_encoder():
    """json.dumps(cues, ensure_ascii=False, sort_keys=True), with the encoder made once rather than once per row:
    JSONEncoder.encode makes its C encoder anew on every call (a quarter of its time on a row's cues), so the C
    encoder is made here, without the check for circular references (cues hold none): the same text."""
    from json import encoder as json_encoder

    c_make_encoder = getattr(json_encoder, "c_make_encoder", None)      # (absent from the typeshed stubs)
    encode_basestring = json_encoder.encode_basestring
    encoder = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
    if c_make_encoder is None:      # (a Python without the C accelerator)
        return encoder.encode
    try:        # (the C encoder is the json module's own, not a public API: another Python may make it otherwise)
        iterencode = c_make_encoder(None, encoder.default, encode_basestring, encoder.indent, encoder.key_separator,
                                    encoder.item_separator, encoder.sort_keys, encoder.skipkeys, encoder.allow_nan)
        sample = {"b": ["\u2019", 1.5, None], "a": True}
        if "".join(iterencode(sample, 0)) != encoder.encode(sample):
            return encoder.encode
    except TypeError:
        return encoder.encode
    return lambda cues: "".join(iterencode(cues, 0))


_CUES_JSON = _cues_encoder()


def _without_answers_to_reports(stances: dict, text: str, sentences: list[SentenceRow], number: int, lexicon) -> dict:
    """The stances of a sentence whose comparative of conviction answers a view reported just before it ("Some
    contributors argue that X. I am less certain."), without that cue: it tells no change of the writer's mind.
    A stance that had nothing else to say is dropped."""
    if number == 0 or sentences[number - 1].paragraph_id != sentences[number].paragraph_id:
        return stances
    # (the sentence has one retrospective cue, scan.shift: each stance it reaches carries the same one)
    shift = next(s.cues["shift"] for s in stances.values() if "shift" in s.cues)
    if not answers_a_report(text, shift, sentences[number - 1].text, lexicon):
        return stances
    return {issue: replace(stance, cues={k: v for k, v in stance.cues.items() if k != "shift"})
            for issue, stance in stances.items()
            if "shift" not in stance.cues or stance.kind != "evaluation" or stance.polarity}


def _fates_told_next(stances: dict, sentences: list[SentenceRow], number: int, by_sentence: dict[int, list[Tag]],
                     lexicon) -> dict:
    """The stances of a sentence with a retrospective cue, with what the next sentence tells of a view recalled
    and what a view reported just before answers."""
    if any(s.cues.get("shift", ("",))[0] == RECALLED for s in stances.values()):
        following = _next_in_paragraph(sentences, number)
        next_issues = frozenset(t.issue_id for t in by_sentence.get(following.id, ())) if following else frozenset()
        stances = resolve_recalled(stances, following.text if following else None,
                                   extract(following.text, lexicon) if following else None, next_issues)
    if recalls_once_held(stances):
        following = _next_in_paragraph(sentences, number)
        stances = given_up_next(stances, following.text if following else None,
                                extract(following.text, lexicon) if following else None)
    if any(s.cues.get("shift", ("",))[0] in ("eased", "firmer") for s in stances.values()):
        stances = _without_answers_to_reports(stances, sentences[number].text, sentences, number, lexicon)
    return stances


def _names_others_share(sentences: list[SentenceRow], names: frozenset[str]) -> frozenset[str]:
    """The writer's name words the text also gives someone else: in a column by Kim Jung-ha that quotes "Kim Jong-un",
    "Kim said" is no longer the writer speaking (a name word before a capitalised word not of the writer's name, in
    a text that never names its writer in full)."""
    if not names:
        return frozenset()
    shared = set()
    for sentence in sentences:
        if any(name in sentence.text for name in names):     # (most sentences name nobody of the writer's name)
            for first, second in _NAME_PAIR.findall(sentence.text):
                if first in names and second in names:
                    return frozenset()      # the text names its writer in full ("Kenji Morioka"): the name is theirs
                if first in names and second not in _NOT_A_NAME_AFTER:
                    shared.add(first)       # ("Morioka Seiki", his company, in an interview that names him in full)
    return frozenset(shared)


# two capitalised words side by side ("Kim Jong-un"): a name word of the writer's followed by another's given name.
# (Only this order: before a name word stand titles without end, "Legislator Lin", "Governor Miyagawa".)
_NAME_PAIR = re.compile(r"(?=\b([A-Z][a-z\u00c0-\u024f'\u2019-]+) ([A-Z][a-z\u00c0-\u024f'\u2019-]+)\b)")
_NOT_A_NAME_AFTER = frozenset("Said Says Argued Argues Wrote Writes Told Tells Added Noted The And Of In On At To For "
                              "Institute Foundation Center Centre University School Group Report Monday Tuesday "
                              "Wednesday Thursday Friday Saturday Sunday".split())


# the writer telling a view of their own ("In 2016 I argued that...", "We once believed..."), not another's
_OWN_VIEW_TOLD = re.compile(r"\b(?:I|we|We)\s+(?:\w+\s+){0,2}?(?:wrote|argued|thought|believed|said|predicted|warned|"
                            r"hoped|expected|assumed|feared|told)\b")


# a sentence that opens on a viewpoint not the writer's ("In its view,", "In the port's view,", "According to the
# board,") and the next that goes on with it, its subject a pronoun and "also" in its verb ("It must also...")
_A_VIEWPOINT_OPENS = re.compile(r"(?:In (?!this writer|the author|the writer)(?:its|his|her|their|(?:the )?[\w.\-]+"
                                r"(?: [\w.\-]+){0,3}['\u2019]s?) (?:view|"
                                r"opinion|eyes|reading)|According to (?!me\b|us\b|our\b|my\b)[^,]{1,60}),")
_VIEW_GOES_ON = re.compile(r"(?:It|They|He|She) (?:\w+ ){0,2}also\b")
_WORDS = re.compile(r"[\w']+")


def _views_answered(stances: dict, own: list[Tag], verdict: int, text: str, before: SentenceRow, said_before: dict,
                    turn: dict, names: frozenset[str], lexicon) -> dict:
    """The stances of a verdict on the view reported just before it ("Some argue that X. I think they are
    wrong."), on each issue it takes from that sentence: the view's, the writer's now, turned the other way when
    rejected. A view the writer holds, or one without a direction, is no view answered: the verdict stands as read,
    unless the verdict alone says nothing of the issue ("That belief was mistaken": positions.py reads no direction
    in an untruth pointed back at a claim) and the sentence before told a belief the writer once held ("I once
    believed that engaging the port would work. That belief was wrong."): that belief, given up."""
    out = dict(stances)
    main: list = []     # the sentence's main stance, read once when an issue has no stance of its own there
    for tag in own:
        if tag.via != "context":
            continue
        view = said_before.get(tag.issue_id)
        if view is None:
            main = main or [extract(before.text, lexicon, speaker=turn[before.id], author_names=names)]
            view = main[0]
        if view is None or not view.polarity:
            continue
        own_earlier = "shift" in view.cues or bool(_OWN_VIEW_TOLD.search(before.text))
        anothers = view.attribution == "reported" and not own_earlier
        if not anothers and (tag.issue_id in stances or verdict != REJECTS or not own_earlier
                             or _told_as_anothers(text)):
            # (a view of the writer's own, recalled, is judged by how the writer says it fared: shift.py, where the
            # verdict has a reading of its own; a verdict on what the writer says now, "The port fired another missile
            # in violation of the resolutions. That is wrong.", or one someone else is said to pass ("That is wrong,
            # critics will say"), turns nothing)
            continue
        if not anothers:
            # ("I once believed that engaging the port would bring the islands closer. That belief was wrong.": the
            # earlier view given up, no other's view answered)
            cues = {key: value for key, value in view.cues.items() if key != "shift"}
            out[tag.issue_id] = replace(view, polarity=-view.polarity, attribution="author", cues=dict(
                cues, polarity=[f"{_REJECTED} {cue}" for cue in view.cues.get("polarity") or ["its direction"]]))
            continue
        out[tag.issue_id] = replace(view, polarity=verdict * view.polarity, attribution="author", cues=dict(
            view.cues, answers={"verdict": "rejects" if verdict == REJECTS else "agrees",
                                "view": reported_content(before.text, lexicon)}))
    return out


_REJECTED = "rejected:"     # the cue of a claim the sentence before held, that the verdict rejects


def _told_as_anothers(text: str) -> bool:
    """'That is wrong, critics will say.': a verdict told after it as someone else's saying; not the writer's own
    aside ("..., I must say", "..., needless to say", "..., it must be said")."""
    told = _TOLD_AFTER.search(text)
    return told is not None and not _OWN_ASIDE.search(told.group(0))


_OWN_ASIDE = re.compile(r"\b(?:I|we|to say|be said)\b")
# a verdict told as someone else's after it: "That is wrong, critics will say."
_TOLD_AFTER = re.compile(r",\s+(?!(?:I|we|to|as|let)\b)(?:\w+\s+){1,3}(?:will\s+|would\s+|may\s+)?(?:say|says|said|"
                         r"argue|argues|argued|claim|claims|claimed|insist|insists|insisted|object|objects|objected)\b")


def who_speaks(sentences: list[SentenceRow], names: frozenset[str]) -> tuple[dict[int, Speaker], frozenset[str]]:
    """Who speaks in each sentence (interview turns, else quotations, except in a write-up about the author), and
    the names that stand for the author (with "she" and "he" in a write-up about the author)."""
    names = names - _names_others_share(sentences, names)
    turn = speakers(sentences, names)
    profile = is_profile(sentences, names)
    if not profile and all(speaker is _NO_SPEAKER for speaker in turn.values()):
        turn.update(quoted_speakers(sentences))
        turn.update(listed_views(sentences))
        turn.update(introduced_speech(sentences))
    return turn, (names | _PROFILE_PRONOUNS if profile else names)


def unread_sentences(store: Store, version_id: int, read: set[int]) -> list[tuple[int, str, str, str]]:
    """(sentence id, issue, how it was tagged, text) for each issue tag of an analysed version's sentences in which
    the rules read no position (read: the sentences that hold one, whoever's), where the writer speaks: not a
    question, an interviewer's or a quoted speaker's turn, a line set apart as a headline, or a sentence tagged by
    its heading alone (which places it; it says nothing of the issue). The learned judge reads these too
    (judge.py): real prose takes positions in more ways than the rules' cue words catch ("the deal was a poor
    bargain for the harbour towns")."""
    batch = _read_batch(store, version_id)
    tags = store.conn.execute(
        "SELECT si.sentence_id, si.issue_id, si.via FROM sentence_issues si JOIN sentences s ON s.id = si.sentence_id "
        "WHERE s.version_id = ? ORDER BY s.ordinal, si.issue_id", (version_id,)).fetchall()
    turn, _ = who_speaks(batch.sentences, batch.author_names)
    lines = _lines_set_apart(batch.sentences)
    texts = {sentence.id: sentence.text for sentence in batch.sentences}
    return [(sentence_id, issue, via, texts[sentence_id]) for sentence_id, issue, via in tags
            if sentence_id not in read and sentence_id not in lines and via != "heading"
            and turn[sentence_id].is_author is not False and not texts[sentence_id].rstrip(_CLOSERS).endswith("?")]


_CLOSERS = " \"'\u201d\u2019)"


def _too_faint(stance: Stance, tag: Tag) -> bool:
    """A verdict on an issue the sentence neither names nor takes from its paragraph or heading, only from its
    meaning: two weak signs make no position (readers of real prose found 2 of 10 such verdicts fair, against 5 of 8
    such calls). Nor does a verdict on its paragraph's topic, when its own meaning stands far from it (readers
    found 17 of 47 such verdicts below FAINT_TOPIC fair, against 30 of 57 at or above it)."""
    if stance.kind != "evaluation" or (tag.via == "context" and "shift" in stance.cues):
        return False        # (a turn, "I was wrong.", says little by meaning: its paragraph tells what was wrong)
    near = topic_by_meaning(tag)
    return tag.via == "semantic" or (near is not None and near < FAINT_TOPIC)


FAINT_TOPIC = 0.30      # cosine of a sentence to its paragraph's topic, below which a verdict on it is no position


def _foretold_without_a_direction(stance: Stance, text: str) -> bool:
    """'The tolls will be cut to zero by the eighth year', 'The pact may take effect in spring': the writer's
    forecast with no direction and no view said to have fared is read (positions.extract_for_issues keeps it) but
    recorded as no position. Readers of real prose found 23 of 90 such readings fair (with "will" 16 of 54, "may" 3
    of 18); most of the rest were a deal's terms, a plan told, or a forecast whose direction its words do not carry.
    With "could" it stays before an act someone may take: within a document's versions "should" -> "could" is a call
    weakened ("Japan could expand its contributions"), not one dropped; but "could" before an event's coming ("a
    crisis could revisit the peninsula", "this could lead to a division", "the summit could be epoch-making") foretells
    as "will" does (readers found 2 of 53 undirected "could" readings fair, and none of the 21 before an event's
    coming). (positions._too_weak already reads "would" and "might" so.)"""
    if stance.kind != "prediction" or stance.polarity or stance.attribution != "author" or "shift" in stance.cues:
        return False
    if (stance.cues.get("kind") or "").lower() != "could":
        return True
    if _COULD_DENIED.search(text):
        return True         # ("Moreover, neither could deter the rival from its raids", "sanctions could not stop the
        #                     tests": an inability told, past or present, no act someone may take)
    found = _AFTER_COULD.search(text)
    if found is None or _VIEW_BEFORE.search(text, 0, found.start()):
        return False        # (a view held or recalled: "I once hoped that diplomacy could bring the islands home")
    verb, following = found.group(1).lower(), (found.group(2) or "").lower()
    if verb == "be":        # ("could be epoch-making"; not a passive act, "could be talked into accepting")
        return not is_participle(following)
    return verb in _EVENTS_FORETOLD or (verb == "lead" and following == "to")


# the verb after "could", past a negation or an adverb ("could also encourage", "could very well escalate"), and the
# word after that
_AFTER_COULD = re.compile(r"\bcould\s+(?:(?:not|also|even|well|very|soon|still|yet|then|only|easily|eventually|"
                          r"ultimately|quickly|further)\s+)*([A-Za-z]+)(?:\s+([A-Za-z-]+))?", re.I)
_COULD_DENIED = re.compile(r"\bcould\s+(?:not|never)\b|\bcouldn['\u2019]t\b|\b(?:neither|nor|nobody|none|no\s+one)\s+"
                           r"could\b", re.I)
_EVENTS_FORETOLD = frozenset("become result prove mean cause trigger spark breed herald drag falter evolve snowball "
                             "escalate upset fall cost happen occur emerge collapse spiral deteriorate worsen "
                             "revisit".split())
_VIEW_BEFORE = re.compile(r"\b(?:hope[sd]?|hoping|believ\w*|thought|think|argu\w*|expect\w*|assum\w*|confident|"
                          r"said|say|feared|fear|wish\w*|used to)\b", re.I)


def _harm_unplaced(stance: Stance, tag: Tag) -> bool:
    """'In a pandemic, to attack the only body we have for cooperation endangers everyone', on an issue the sentence
    takes from its paragraph or its neighbour, or only by its meaning: harm told with no name of the issue in the
    sentence cannot say whether the harm comes from what the issue names (against it) or befalls it (a warning, for
    it), so it is no position. Readers of real prose found 2 of 8 such readings fair, most of them warnings read as
    against what they warn for."""
    cues = stance.cues.get("polarity") or []
    # (not a view said to have fared: "The harm I feared has come to pass" takes its issue from its paragraph)
    return tag.via in ("context", "semantic") and stance.polarity < 0 and bool(cues) and "shift" not in stance.cues \
        and all(str(cue).lower() in HARM_DONE for cue in cues)


def position_rows(version_id: int, sentences: list[SentenceRow], tags: list[Tag], names: frozenset[str],
                  engine: str, headings: dict[int, str | None] | None = None, *,
                  document_kind: str | None = None) -> list[tuple]:
    """One row per (sentence, issue) that takes a position, each issue with its own direction. headings: section
    id -> heading, to mark the positions tagged by a heading that places a sentence but says nothing of what it
    is about (_placed_only). An author position's row carries its confidence (confidence.py), read with the
    document's kind."""
    by_sentence: dict[int, list[Tag]] = {}
    for tag in tags:
        by_sentence.setdefault(tag.sentence_id, []).append(tag)
    turn, names = who_speaks(sentences, names)
    lexicon = default_lexicon()
    trust = confidence.load_model()
    rows = []
    said_before: dict = {}      # the stances of the sentence before, by issue
    placed = _placed_only(sentences, headings or {})
    lines = _lines_set_apart(sentences)
    for number, sentence in enumerate(sentences):
        own = by_sentence.get(sentence.id)
        if not own or sentence.id in lines:
            said_before = {}
            continue
        mentions = {t.issue_id: t.spans for t in own}
        stances = extract_for_issues(sentence.text, mentions, lexicon, speaker=turn[sentence.id], author_names=names)
        if any("shift" in s.cues for s in stances.values()):     # (most sentences: none, so none of this applies)
            stances = _fates_told_next(stances, sentences, number, by_sentence, lexicon)
        if number and any(t.via == "context" for t in own) and (verdict := verdict_on_view(sentence.text)) is not None \
                and sentences[number - 1].paragraph_id == sentence.paragraph_id:
            stances = _views_answered(stances, own, verdict, sentence.text, sentences[number - 1], said_before, turn,
                                      names, lexicon)
        if number and stances and _VIEW_GOES_ON.match(sentence.text) and (
                opening := _A_VIEWPOINT_OPENS.match(sentences[number - 1].text)) and (
                sentences[number - 1].paragraph_id == sentence.paragraph_id) and (
                not opening.group(0).startswith("According") or said_before) and not any(
                map(is_first_person, _WORDS.findall(sentence.text))):
            # "In the port's view, the town should drop the tolls. It must also reopen the pier.": the view goes on
            # (a source cited with "According to" only where the sentence before took a position, not for a fact;
            # and not where this one names a view of the writer's own: "It is also my view that...", "It should
            # also, I believe, ...")
            stances = {issue: replace(stance, attribution="reported") if stance.attribution == "author" else stance
                       for issue, stance in stances.items()}
        said_before = stances
        for tag in own:
            stance = stances.get(tag.issue_id)
            if stance is None or _too_faint(stance, tag) or _foretold_without_a_direction(stance, sentence.text) \
                    or _harm_unplaced(stance, tag):
                continue
            issue: dict[str, str | bool] = {"via": tag.via, "cue": tag.cue}
            if tag.via == "heading" and sentence.id in placed:
                issue["places"] = True
            cues = dict(stance.cues, issue=issue)
            trusted = None if stance.attribution != "author" else confidence.of_position(
                trust, kind=stance.kind, polarity=stance.polarity, strength=stance.strength, hedged=stance.hedged,
                cues=cues, text=sentence.text, issue=tag.issue_id, document_kind=document_kind)
            rows.append((version_id, sentence.id, tag.issue_id, stance.kind, stance.polarity, stance.strength,
                         int(stance.hedged), stance.target, _CUES_JSON(cues),
                         engine, trusted, stance.attribution))
    return rows
