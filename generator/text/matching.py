"""Text normalisation shared by the consolidation stages: one spelling of words, so that sources that differ
only in typography (curly vs straight apostrophes, en dash vs hyphen, accents, plural -s) compare equal."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import chain

from anyascii import anyascii

from generator.lexicon.events import MEETING_STEMS

_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-",
                         "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
#: (pattern, replacement, a substring without which the pattern cannot match: most texts skip most rules)
_CONTRACTIONS = [(re.compile(r"\b(\w+)n't\b"), r"\1 not", "n't"), (re.compile(r"\bcan not\b"), "cannot", "can not"),
                 (re.compile(r"\b(it|that|there|what|he|she)'s\b"), r"\1 is", "'s"), (re.compile(r"'s\b"), "", "'s"),
                 (re.compile(r"\b(\w+)'re\b"), r"\1 are", "'re"), (re.compile(r"\b(\w+)'ll\b"), r"\1 will", "'ll")]
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

#: Function words carry no statement; dropping them lets two translations of one remark meet on content.
STOPWORDS = frozenset("""
a an the and or but nor of to in on at by for with from into onto about as than then that this these those
is are was were be been being am do does did doing have has had having will would shall should can could may
might must it its it's they them their there here he him his she her we us our you your i me my who whom whose
which what when where why how all any both each few more most other some such no not only own same so too very
just also again further once up down out over under off now said says say told according
""".split())


#: Nouns for a meeting of people; sources say "talks", "the session", "discussions" for the same event.
EVENT_NOUNS = MEETING_STEMS


@lru_cache(maxsize=1 << 18)
def fold(text: str) -> str:
    """Lower-case ASCII with one dash and one apostrophe, accents dropped (Kariņš -> karins) and other
    scripts transliterated (Путин -> putin, Wałęsa -> walesa, Straße -> strasse); symbols dropped (€, °)."""
    if not text.isascii():          # (ASCII needs neither pass)
        text = text.translate(_DASHES)
        if not text.isascii():
            text = _NON_ASCII.sub(_ascii_run, text)
    return text.lower()


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _ascii_run(m: re.Match) -> str:
    return "".join(map(_ascii_char, m.group()))


@lru_cache(maxsize=1 << 14)
def _ascii_char(ch: str) -> str:
    """A character's ASCII spelling: its compatibility decomposition without accents (é -> e, ﬁ -> fi); a
    letter or digit with none (ł, ø, ß, Cyrillic, Greek, CJK, Arabic) transliterated by anyascii (ISC), without
    the apostrophes it writes for soft signs; any other symbol dropped, as before (€, °, ½ stay out of words)."""
    plain = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii")
    if plain or not unicodedata.category(ch).startswith(("L", "N")):
        return plain
    return anyascii(ch).replace("'", "")


#: The only non-ASCII characters that `re.I` matches to ASCII letters (İ and ı to i, ſ to s, the Kelvin sign to k).
_FOLDED_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def may_contain(text: str, needles: tuple[str, ...]) -> bool:
    """False only when a case-insensitive (re.I) regex, every match of which contains one of the lower-case
    `needles`, cannot match `text`: a few substring tests that spare most texts a slow re.I scan."""
    low = text.lower()
    return any(map(low.__contains__, needles)) or (not text.isascii() and any(map(text.__contains__, _FOLDED_TO_ASCII)))


def stem(word: str) -> str:
    """A crude plural/possessive stem: demands -> demand, allies -> ally; enough to compare paraphrases."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """All word tokens, folded, contractions expanded (doesn't -> does not), hashtags unwrapped."""
    return list(_words(text))


@lru_cache(maxsize=1 << 18)
def _words(text: str) -> tuple[str, ...]:
    t = fold(text).replace("#", " ").replace("&", " and ")
    for pattern, repl, needle in _CONTRACTIONS:
        if needle in t:
            t = pattern.sub(repl, t)
    return tuple(_WORD.findall(t))


def content_tokens(text: str) -> list[str]:
    """Stemmed words that are not function words, in order; hyphenated words are also split."""
    return list(_content_tokens(text))


@lru_cache(maxsize=1 << 18)
def _content_tokens(text: str) -> tuple[str, ...]:
    return tuple(chain.from_iterable(map(_content_parts, _words(text))))


@lru_cache(maxsize=1 << 16)
def _content_parts(word: str) -> tuple[str, ...]:
    """The stems of a word's parts that are not function words (a vocabulary is small: once per word)."""
    return tuple(stem(part) for part in (word.split("-") if "-" in word else (word,)) if part and part not in STOPWORDS)


def overlap(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    """Overlap coefficient |A∩B| / min(|A|,|B|): 1.0 when one token set contains the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def slug(text: str, max_words: int | None = None, max_len: int = 60) -> str:
    """The one slug (ids of sources, items, conflicts, pages): the folded words of `text`, at most `max_words`
    of them, joined by '-' and cut to `max_len` ('Wendy Sherman' -> 'wendy-sherman', 'NATO’s' -> 'nato-s',
    'Путин' -> 'putin'); '' when no letter or digit is left."""
    return "-".join(_SLUG_WORD.findall(fold(text))[:max_words])[:max_len].strip("-")


_SLUG_WORD = re.compile(r"[a-z0-9]+")
