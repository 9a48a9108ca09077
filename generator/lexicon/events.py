"""Words for the event a news story reports (plain data): the nouns that name an event, and the words before
one that do not name which event it is ('the', 'last', 'Friday's')."""

from generator.lexicon.calendar import MONTHS, WEEKDAYS
from generator.lexicon.load import alternation, entries

#: Nouns for a meeting of people as text writes them ('talks', 'meetings', 'session'): data/meeting-nouns.txt.
MEETING_NOUNS: tuple[str, ...] = entries("meeting-nouns")
#: The same, one word each without a plural -s ('talk', 'meeting'), as `text.matching.content_tokens` stems them.
MEETING_STEMS: frozenset[str] = frozenset(w[:-1] if w.endswith("s") and not w.endswith("ss") else w
                                          for w in MEETING_NOUNS)
#: A regex group matching any meeting noun (longest first).
MEETING_PATTERN = alternation(MEETING_NOUNS)
#: What a day can name when a noun follows it ('Monday's talks', 'Thursday's vote').
DAY_EVENT_PATTERN = alternation(MEETING_NOUNS + entries("day-event-nouns"))
#: What a duration is of when no subject precedes it ('eight hours of talks', 'two years of fighting').
LASTING_PATTERN = alternation(MEETING_NOUNS + entries("lasting-nouns"))

#: Nouns that name what happened (singular; a plural is matched too).  General news vocabulary, no story's own.
EVENT_KINDS = frozenset("""
attack shooting bombing explosion blast massacre stabbing hijacking kidnapping siege assassination
earthquake quake tsunami flood storm hurricane typhoon cyclone tornado wildfire eruption landslide avalanche drought
crash collapse disappearance search collision derailment accident spill leak outbreak epidemic pandemic
election referendum vote ballot caucus inauguration coup impeachment resignation
summit meeting talks conference negotiation session visit rally protest demonstration strike riot
invasion offensive ceasefire truce war
trial verdict ruling sentencing hearing inquiry investigation indictment arrest
merger acquisition takeover bankruptcy bailout crisis scandal recall launch ipo
match tournament championship olympics
""".split())

#: Words before an event noun that say when or which occurrence, not which event.
NOT_MODIFIERS = frozenset("""
the a an this that these those its their his her our your my last next first second third latest recent new same
such other another previous earlier later early late recent major key big huge deadly deadliest worst
today yesterday tonight weekend
about after before during since with from into over under than then when where which while have been were will
would could should said says also more most some many much following amid against between among upon without
within across behind beyond near like what whose there here they them these says told called ongoing further
following several series wave number string spate day night week month year
""".split()) | frozenset(MONTHS) | frozenset(WEEKDAYS)
