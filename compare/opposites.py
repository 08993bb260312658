"""Words an issue's taxonomy lists that name the opposite of what the issue holds good.

The trade issue lists "protectionism" and US leadership lists "isolationism" and "unilateralism", so that sentences
about them are tagged; but a verdict on such a doctrine is the opposite verdict on the issue. "Protectionism is
harmful to the global economy" is for open trade (+1), and "Isolationism is a wise choice for America" is against
American leadership (-1). Only a verdict on the doctrine itself is turned round (positions._judges_the_opposite): a
call to stand against the doctrine or a harmful measure ("Japan should resist protectionism", "must reject the
tariffs") is for the issue's good whatever sign its verb carries (harm.stand_against_a_measure), and an act upon
the doctrine ("a blow to protectionism") is read by the rules of harm, which count the doctrines among harmful
measures (harm.HARMFUL_MEASURES).
"""

from __future__ import annotations

# doctrines whose name is the opposite of an issue's good, and their followers
DOCTRINES = frozenset("protectionism isolationism unilateralism".split())
OPPOSED_DOCTRINES = DOCTRINES | frozenset("protectionist protectionists isolationist isolationists unilateralist "
                                          "unilateralists".split())
# words that set someone against a doctrine before it, whatever judges the stand ("The fight against protectionism is
# essential", "Japan's opposition to protectionism is commendable", "Countering isolationism is crucial")
OPPOSING = frozenset("against opposition opposing oppose opposes opposed fight fighting fights combat combating "
                     "combatting counter countering counters resist resisting resistance reject rejecting rejection "
                     "end ending curb curbing stem stemming avoid avoiding".split())


def names_the_opposite(lowered: list[str], at: int) -> bool:
    """Whether the issue's name at token `at` is a doctrine opposed to the issue's good ("protectionism",
    "isolationist"), as the word itself or after a word that qualifies it ("trade protectionism", "American
    isolationism")."""
    return lowered[at] in OPPOSED_DOCTRINES or (at + 1 < len(lowered) and lowered[at + 1] in OPPOSED_DOCTRINES)


def doctrine_at(lowered: list[str], at: int) -> int:
    """The token of the doctrine a name at `at` names: the name itself, or the word after its qualifier."""
    return at if lowered[at] in OPPOSED_DOCTRINES else at + 1
