"""Words for the event a news story reports (plain data): the nouns that name an event, and the words before
one that do not name which event it is ('the', 'last', 'Friday's')."""

from generator.lexicon.calendar import MONTHS, WEEKDAYS
from generator.lexicon.load import alternation, entries, words

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

#: Nouns for a dispute between parties, one sense ('rift', 'feud', 'dispute'): data/dispute-nouns.txt.
DISPUTE_NOUNS = words("dispute-nouns")
#: The one lemma every dispute noun votes for as the event.
DISPUTE = "dispute"
#: Nouns that name what happened (singular; a plural is matched too).  General news vocabulary, no story's own.
EVENT_KINDS = words("event-kinds") | DISPUTE_NOUNS

#: Event nouns that name an event only capitalised after a name ('Australian Open', 'the US Open', 'Monaco Grand
#: Prix', 'FA Cup', 'Commonwealth Games', 'London Marathon'; 'open' or 'cup' is no event): matched case-sensitively.
CAPITALISED_EVENT_HEADS: frozenset[str] = frozenset({"Open", "Grand Prix", "Cup", "Games", "Marathon"})

#: Words before an event noun that say when or which occurrence, not which event.
NOT_MODIFIERS = words("not-event-modifiers") | frozenset(MONTHS) | frozenset(WEEKDAYS)

#: Nouns for something a person said ('remark', 'jibe', 'claim'): data/speech-act-nouns.txt.
SPEECH_ACT_NOUNS: frozenset[str] = words("speech-act-nouns")
#: A regex group matching any of them, singular or plural ('claims?').
SPEECH_ACT_PATTERN = "(?:" + alternation(tuple(SPEECH_ACT_NOUNS)) + "s?)"

