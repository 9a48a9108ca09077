"""Words that say which slot a reported number fills and when it was said: general news vocabulary (what a
number of people did or suffered, what a clock time is the time of, words that mark a value as provisional or
as revised).  Used by `consolidate.slots`; nothing here names an event, a place or a person."""
from __future__ import annotations

#: What a count of people (or things) is a count of, by the words around it: class -> word stems
#: (a stem matches a word that starts with it).  Checked in this order; the first class found wins.
PREDICATE_CLASSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("injured", ("injur", "wound", "hurt", "hospitali", "critical condition")),
    ("missing", ("missing", "unaccounted")),
    ("killed", ("kill", "dead", "died", "die", "death", "lives", "murder", "fatalit", "perish", "drown")),
    ("arrested", ("arrest", "detain", "custody", "held", "charged", "questioning")),
    ("evacuated", ("evacuat", "displac", "homeless", "fled")),
    ("aboard", ("aboard", "on board", "onboard", "carrying", "travelling", "traveling")),
    ("taking part", ("involved", "taking part", "contribut", "joined", "participat", "helping", "assisting")),
    ("sold", ("sold", "sell", "shipped", "shipment")),
    ("lost", ("lose", "lost", "loss", "levy", "haircut")),
)

#: Classes whose counts of people only grow as a story develops (a toll): differing values are an update.
CUMULATIVE = frozenset({"injured", "missing", "killed", "arrested", "evacuated"})
#: Classes that grow whatever they count (countries, ships, volunteers joining an effort; units sold so far).
CUMULATIVE_ANY_UNIT = frozenset({"taking part", "sold"})
#: Unit families of a share ('6.9 percent', '40 per cent'): a share rises and falls, it is no count that grows.
SHARE_FAMILIES = frozenset({"percent", "cent", "%"})

#: Words just before a number that make it a part of another count ('another 22', 'including 153').
PART_CUES = frozenset({"another", "further", "additional", "including", "include", "includes", "extra", "other"})

#: Words near a number that mark it as an early reading ('projections showed', 'originally put at').
PROVISIONAL_CUES = ("projection", "projected", "preliminary", "exit poll", "initially", "originally", "first put")
#: Qualifiers that make a number an estimate ('a levy of an estimated 40%'): an early reading too.
PROVISIONAL_QUALIFIERS = frozenset({"an estimated", "estimated"})
#: Words anywhere in a count's sentence that say the count will grow ('it is feared the final death toll will be
#: much higher'): the number is an early reading of a developing value.
GROWING_CUES = ("expected to rise", "expected to climb", "likely to rise", "likely to climb", "set to rise",
                "feared to rise", "could rise", "will rise", "will climb", "will be much higher", "will be far higher",
                "will be higher")
#: Words just before a number that mark it as a later reading ('upgraded to 9.0', 'the toll rose to 129').
REVISED_CUES = ("upgraded to", "downgraded to", "revised to", "rose to", "risen to", "climbed to", "increased to",
                "raised to", "jumped to")

#: Word stems that make what a change is measured against an expectation ('than expected', 'than analysts had
#: forecast'): one base, however it is worded (`consolidate.comparisons`).
EXPECTATION_WORDS = ("expect", "forecast", "anticipat", "predict", "estimat", "project", "hoped", "planned",
                     "target", "budget")

#: Units whose count says what happened without a verb: '128 seats' were won, '3 arrests' were made.
UNIT_PREDICATES = {"seat": "won", "vote": "won", "arrest": "arrested", "casualty": "killed", "fatality": "killed",
                   "injury": "injured", "evacuee": "evacuated"}

#: Units that count people at large: their tolls grow as a story develops (a count of attackers or crew does not).
PEOPLE_AT_LARGE = frozenset({"people", "person", "dead", "victim", "civilian", "resident", "body", "casualty",
                             "other", "injured", "wounded", "missing", "arrest", "arrested", "detained", "evacuated",
                             "hospitalized", "hospitalised", "hurt"})

#: What a clock time is the time of: class -> word stems near it ('took off at 12:41 a.m.').
TIME_EVENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("departure", ("took off", "take off", "takeoff", "take-off", "departed", "departure", "leaves", "left")),
    ("arrival", ("landed", "arrived", "arrival", "due to arrive")),
    ("strike", ("struck", "strikes", "hit at", "quake hit", "erupted", "exploded", "explosion", "blast")),
    ("loss of contact", ("lost contact", "contact was lost", "disappeared from radar", "vanished")),
    ("start", ("began", "started", "opened fire", "kicked off")),
)

#: States that hold 'since' a date ('frozen since 2019', 'in power since 2010'): class -> word stems.  Two
#: sources giving different starts of one subject's state in one class disagree (`consolidate.claims`).
STATE_CLASSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("on hold", ("frozen", "suspended", "interrupted", "moribund", "dormant", "stalled", "halted", "on hold",
                 "paused", "broken off", "not met", "n't met", "’t met", "shut down", "closed")),
    ("in office", ("in power", "in office", "ruled", "has led", "has headed", "has governed", "has run", "chaired")),
    ("detained", ("detained", "jailed", "imprisoned", "in custody", "behind bars", "under arrest", "held")),
    ("missing", ("missing", "disappeared", "vanished")),
    ("at war", ("at war", "fighting", "occupied", "under siege", "besieged")),
)
