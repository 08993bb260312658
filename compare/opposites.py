"""Words an issue's taxonomy lists that name the opposite of what the issue holds good.

The trade issue lists "protectionism" and US leadership lists "isolationism" and "unilateralism", so that sentences
about them are tagged; but a verdict on such a doctrine is the opposite verdict on the issue. "Protectionism is
harmful to the global economy" is for open trade (+1), and "Isolationism is a wise choice for America" is against
American leadership (-1). Only a verdict the sentence's judging words give is turned round: a call with none
("Japan should fight protectionism") keeps the direction the call gives it.
"""

from __future__ import annotations

# doctrines whose name is the opposite of an issue's good, and their followers (the keyword's own words only: "trade
# protectionism" turns, "the fight against protectionism" is read by what judges it)
OPPOSED_DOCTRINES = frozenset("protectionism protectionist protectionists isolationism isolationist isolationists "
                              "unilateralism unilateralist unilateralists".split())


def names_the_opposite(lowered: list[str], at: int) -> bool:
    """Whether the issue's name at token `at` is a doctrine opposed to the issue's good ("protectionism",
    "isolationist"), as the word itself or as the head of the name ("America's isolationism")."""
    return lowered[at] in OPPOSED_DOCTRINES
