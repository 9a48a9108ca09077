"""Short complete clauses out of news sentences, for labels a reader sees on their own (headline facts,
timeline entries).

A label cut out of a sentence must still read as a statement: it starts where the sentence (or its main
clause) starts, stops at a clause boundary (before ', which', ', while', '; ' …; not at a dash, which often opens an aside, nor at a colon,
which announces what follows: 'X said:'), never inside a word
and never on a word that announces more ('the', 'that', 'before').  A dateline ('PARIS —'), a leading 'But'
or 'And' are dropped; a tweet's hashtags, handles and links make a sentence no label at all.  A sentence too
long for any such cut may still give one once a leading adjunct ('In an interview with the BBC,') or a dash
aside ('— the first in a decade —') is left out: both end at a clause boundary, so the rest still reads whole.
"""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.function_words import PREPOSITIONS, SUBORDINATORS
from generator.lexicon.names import NAME_PARTICLES
from generator.text.dateline import without_dateline

#: A clause that ends on one of these stops before it says what it announces.
DANGLING = frozenset("""a an the of to in on at by for with from and or but nor that which who whom whose as than
be been being is are was were has have had will would could should may might must can not its their his her our
your my this these those into onto over under about after before while although because if when where whether so
such very more most some any no every each also it they he she we i you there then including near like between
among against during without within upon via per amid despite toward towards whereas though unless until since
what how why""".split())
#: A cut must keep a finite verb ('Inside the hall, 89 people' of '…, who had been listening, had been shot'):
#: auxiliaries, common irregular pasts and present forms, and regular '-ed' forms.
_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall|"
                   r"do|does|did|said|says|told|tells|met|meets|went|goes|began|begins|took|takes|made|makes|gave|"
                   r"gives|came|comes|found|finds|left|leaves|led|leads|held|holds|won|wins|lost|fell|falls|rose|"
                   r"rises|hit|hits|shot|fled|sent|sends|put|puts|set|got|gets|saw|sees|spent|spends|kept|keeps|"
                   r"wants|plans|calls|warns|denies|faces|remains|seeks|vows|urges|agrees|says|knew|thought|"
                   r"stood|ran|runs|broke|struck|flew|brought|sought|bought|paid|built|[a-z]+ed)\b", re.I)
#: A piece opening on one of these leans on a clause before it.
OPENERS = frozenset("although though which who whom whose whereas and or nor".split())
#: Words a sentence may open with that add nothing to a label on its own ('But the talks ended' -> 'The talks ended').
_DROPPED_OPENERS = re.compile(r"^(?:But|And|So|Yet|Still|Meanwhile|However|Now|Then)\s*,?\s+(?=\S)")
#: A list item's bullet before a sentence ('-The American Prospect's Ezra Klein loved …', '• Police said …').
_BULLET = re.compile(r"^[-–—•*·]\s*(?=[A-Z“\"‘'])")
#: Where a sentence may be cut, keeping what comes before.
_BOUNDARY = re.compile(
    r"\s*(?:;|,(?=\s+(?:which|who|whose|where|while|whereas|but|although|though|as(?!\s+an?\b)|after|"
    r"before|because|since|when|with|including|according|amid|despite|adding|saying|prompting|leaving|citing|compared|"
    r"and\s+(?:the|a|an|his|her|their|its|it|he|she|they|we|I)\b|[a-z]+ly\b|officials|police|he|she|they)\b)"
    r"|,(?=\s+[^,;]{1,60}?\b(?:said|says|told|reported|added|announced|warned)\b[^,;]*$)"
    r"|,(?=\s+(?:its|his|her|their|the)\s+[^,;]{2,40},\s+[A-Z][^,;]{1,40},\s+(?:said|says|told|added|announced|warned)\b)"
    r"|,(?=\s+(?:preceded|followed|accompanied|flanked|joined|watched)\s+by\b))")
#: A cut ending in a clause opened by one of these stops before its main clause ('He added that when the
#: committee meets on Tuesday.' of '…, he will ask it to look into the case').
_SUBORDINATE = re.compile(r"(?:^|,\s+|\bthat\s+)(?:when|if|because|although|though|unless|once|whenever|as soon as|"
                          r"while|whereas|before|after|until)\b[^,]*$", re.I)
_RELATIVE = re.compile(r"\b(?:who|which|whose|whom)\b", re.I)
#: A boundary that opens a contrast ('…, but it is not selling'): a sentence that fits is not cut there.
_CONTRAST = re.compile(r"\s*,\s+but\b")
#: A cut ending in a 'that' clause with its subject and no verb yet ('The premise is that the minister.' of
#: '…, despite her record, has failed'): 'that' then a name, a pronoun, a determiner or a quantifier ('that no
#: one.' of '…, including himself, will be exempt') up to the cut.
#: At most this many words: a subject alone ('that NATO go back to 1997' has a verb `_VERB` does not know).
_THAT_SUBJECT_WORDS = 4
_THAT_SUBJECT = re.compile(r"\bthat\s+(?P<rest>(?:[A-Z]|(?:the|a|an|he|she|it|they|we|his|her|their|its|no|nobody|none|"
                           r"every|everyone|each|all|some|any|this|these|those|our|your|my)\b)[^,;]*)$")
#: A leading adjunct up to its comma: a prepositional phrase ('In an interview with the BBC,') or a participle of
#: speaking with its preposition ('Speaking at a news conference on Monday,'); 'According to X,' names the
#: source of what follows and is never left out.
_ADJUNCT = re.compile(r"^(?P<lead>[A-Z][a-z]+)\s+(?P<next>[a-z]+)\b[^,;:()\"“”—–]*,\s+(?=\S)")
#: The participles of speaking an adjunct may open with.
_SPEAKING = frozenset("speaking talking writing testifying responding addressing appearing".split())
#: A dash aside: a pair of dashes (em, en or double hyphen) around at most `_ASIDE_WORDS` words.
_ASIDE = re.compile(r"\s*(?:—|\s–|\s--)\s*(?P<aside>[^—–]+?)\s*(?:—|–\s|--\s)\s*")
_ASIDE_WORDS = 20
#: A dash piece opening on one of these is what the sentence says ('confirmed what reports revealed — that
#: sales are strong —'), not an aside: leaving it out would leave the statement empty.
_CONTENT = re.compile(r"(?:that|what|how|whether|why)\b", re.I)
_ADJUNCT_WORDS = 12
_TWEET = re.compile(r"(?:^|\s)[#@]\w|https?://|pic\.twitter\.com|\bt\.co/")
#: A word as a reader counts it: 'year-over-year', '32.3' and '1,600' are one word each.
_WORD = re.compile(r"[^\W_]+(?:(?:['’-]|(?<=\d)[.,](?=\d))[^\W_]+)*")
_QUOTES = (("“", "”"), ("(", ")"), ("‘", "’"))
_END = ".!?…"


def words(text: str) -> list[str]:
    return _WORD.findall(text or "")


def has_tweet_furniture(text: str) -> bool:
    """Hashtags, @handles or links: a tweet's wording, not a statement to show as a label."""
    return bool(_TWEET.search(text or ""))


#: The writer speaking in the first person outside quotes ('For months I maintained that …'): an opinion piece's
#: voice, not a statement a report makes.
_WRITER_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|my|me|myself)\b")
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


def in_writers_voice(text: str) -> bool:
    """The sentence is the writer's own first person (outside its quotes): an opinion, no fact or lede."""
    return bool(_WRITER_FIRST_PERSON.search(_QUOTED.sub("", text or "")))


def _balanced(text: str) -> bool:
    if text.count('"') % 2:
        return False
    for left, right in _QUOTES[:2]:
        if text.count(left) != text.count(right):
            return False
    return True


#: A name written with a small first letter and a capital inside: 'eBay', 'iPhone'.
_INNER_CAPITAL = re.compile(r"[a-z]+[A-Z]")


def is_complete(text: str, min_words: int = 4, whole: bool = False) -> bool:
    """Reads as a statement on its own: starts with a capital, a digit or an opening quote, has at least
    `min_words` words, does not open on a word that leans on a clause before it, does not end on one that
    announces more (unless it is a `whole` sentence that ends with a full stop: '… it would someday be.'),
    has balanced quotes and brackets and no tweet furniture."""
    t = (text or "").strip()
    ws = words(t)
    if len(ws) < min_words or not (t[:1].isupper() or t[:1].isdigit() or t[:1] in "“\"‘'" or _INNER_CAPITAL.match(t)):
        return False
    if ws[0].lower() in OPENERS or (ws[-1].lower() in DANGLING and not (whole and t.endswith(tuple(_END)))):
        return False
    stripped = t.rstrip(_END + "”\"’' ")
    if stripped.endswith((",", ";", ":", "—", "–", "-")):
        return False
    return _balanced(t) and not has_tweet_furniture(t)


def tidy(sentence: str) -> str:
    """The sentence without its dateline, a list bullet or a leading 'But'/'And', capitalised, whitespace
    normalised."""
    s = " ".join((sentence or "").split())
    s = _BULLET.sub("", without_dateline(s), count=1)
    s = _DROPPED_OPENERS.sub("", s, count=1)
    first = s.split(" ", 1)[0]
    return s if not s or any(c.isupper() for c in first[1:]) else s[:1].upper() + s[1:]    # 'eBay', 'iPhone' as written


def finish(clause: str) -> str:
    """A clause as a sentence: trailing commas and dashes off, a full stop when it has no end mark."""
    c = clause.strip().rstrip(",;:—–- ")
    return c if c.endswith(tuple(_END)) or c.endswith(("”", "\"", "’")) and c[-2:-1] in _END else c + "."


def clause_cuts(sentence: str, max_words: Optional[int] = None) -> list[str]:
    """The sentence cut at each clause boundary, shortest first, then the whole sentence.  When the whole
    sentence has at most `max_words` words, the cuts before ', but' come after it: what follows 'but' is
    often the news ('X might be its best phone, but it is not selling'), and a sentence that fits is shown
    whole."""
    cuts = sorted({sentence[:m.start()] for m in _BOUNDARY.finditer(sentence) if m.start() > 0}, key=len)
    if max_words is None or len(words(sentence)) > max_words:
        return cuts + [sentence]
    contrast = [bool(_CONTRAST.match(sentence, len(c))) for c in cuts]
    return ([c for c, but in zip(cuts, contrast) if not but] + [sentence]
            + [c for c, but in zip(cuts, contrast) if but])


def _leans_on_what_follows(cut: str) -> bool:
    """A cut whose last clause is subordinate (its main clause comes after the cut), a 'that' clause with no
    verb yet, or whose only verbs are those of a relative clause on its subject that runs to the cut's end
    ('Investors who held deposits before March 15', 'Hewitt, who has not got past the fourth round')."""
    if _SUBORDINATE.search(cut):
        return True
    that_clause = _THAT_SUBJECT.search(cut)
    if that_clause and len(words(that_clause.group("rest"))) <= _THAT_SUBJECT_WORDS \
            and not _VERB.search(that_clause.group("rest")):
        return True
    relative = _RELATIVE.search(cut)
    verbs = [m.start() for m in _VERB.finditer(cut)]
    return bool(relative and verbs and relative.start() < verbs[0]      # 'Hewitt, who has not got past the
                and (len(verbs) < 2 or "," not in cut[relative.end():]))   # fourth round': the clause runs to the end


def _without_adjunct(s: str) -> str:
    """`s` without a leading adjunct, when what follows it up to its next comma is a clause with a verb (not
    'In Paris, London and Berlin, crowds gathered'); else `s` itself."""
    m = _ADJUNCT.match(s)
    if not m:
        return s
    lead, nxt = m.group("lead").lower(), m.group("next")
    opens = lead in PREPOSITIONS or (lead in _SPEAKING and nxt in PREPOSITIONS)
    clause = lead in SUBORDINATORS and _VERB.search(m.group(0))          # 'After the talks ended,': a clause
    rest = s[m.end():]
    first = rest.split(",", 1)[0]
    if not opens or clause or len(words(m.group(0))) > _ADJUNCT_WORDS or not words(first) \
            or words(first)[0].lower() in OPENERS or not _VERB.search(first):
        return s
    return rest[:1].upper() + rest[1:]


def _without_asides(s: str) -> str:
    """`s` without its dash asides of at most `_ASIDE_WORDS` words ('The plant — its first in a decade —
    opened.' -> 'The plant opened.')."""
    bare = _ASIDE.sub(lambda m: m.group(0) if len(words(m.group("aside"))) > _ASIDE_WORDS
                      or _CONTENT.match(m.group("aside")) else " ", s)
    return re.sub(r" (?=[,;.])", "", bare)


def shortened(sentence: str) -> list[str]:
    """The tidied sentence, then the same without its dash asides, without its leading adjunct, without both:
    each still a whole sentence, in the source's words."""
    s = tidy(sentence)
    bare = _without_asides(s)
    found = [s, bare, _without_adjunct(s), _without_adjunct(bare)]
    return [v for i, v in enumerate(found) if v not in found[:i]]


def short_clause(sentence: str, must_contain: Optional[str] = None, max_words: int = 25,
                 min_words: int = 5) -> Optional[str]:
    """The shortest start of `sentence` (tidied) that ends at a clause boundary, carries `must_contain`, is
    a complete clause and has at most `max_words` words; failing that, the same of the sentence without its
    dash asides or leading adjunct (`shortened`); None when there is none.  Never cuts in a word."""
    if not sentence or has_tweet_furniture(sentence) or _lost_its_start(sentence):
        return None
    for i, s in enumerate(shortened(sentence)):
        cut = _first_cut(s, must_contain, max_words, min_words, own=i == 0)
        if cut:
            return cut
    return None


#: A first word all in lower case: a sentence that lost its start ('was back on record-breaking form …', the rest of
#: a line the text broke), unless a name particle opens a name ('de Villepin said').
_LOWER_FIRST_WORD = re.compile(r"([a-z][a-z’'-]*)\b")


def _lost_its_start(sentence: str) -> bool:
    first = _LOWER_FIRST_WORD.match(without_dateline(" ".join(sentence.split())))
    return first is not None and first.group(1) not in NAME_PARTICLES


def _first_cut(s: str, must_contain: Optional[str], max_words: int, min_words: int, own: bool) -> Optional[str]:
    """`short_clause` of one wording; only the source's `own` sentence may end on a short word ('… be.')."""
    for cut in clause_cuts(s, max_words):
        whole = own and cut == s and s.rstrip("”\"’' ").endswith(tuple(_END))    # the source's own full stop
        ws = words(cut)
        if len(ws) > max_words:
            break                          # cuts come shortest first (a sentence that fits has no longer ones)
        if len(ws) < min_words or (must_contain and must_contain not in cut):
            continue
        # a cut opening on a preposition is an introductory phrase unless a comma shows its main clause followed
        # ('In the search for the plane.' is no statement; 'In Genoa, a bridge collapsed.' is)
        intro_only = ws[0].lower() in PREPOSITIONS and "," not in cut
        if (intro_only and not _VERB.search(cut)) or (not whole and (intro_only or not _VERB.search(cut))):
            continue                       # an introductory phrase or a noun phrase: no statement
        if not whole and _leans_on_what_follows(cut):
            continue
        done = finish(cut)
        if is_complete(done, min_words, whole):
            return done
    return None


__all__ = ["DANGLING", "OPENERS", "words", "has_tweet_furniture", "is_complete", "tidy", "finish", "clause_cuts",
           "short_clause", "shortened"]
