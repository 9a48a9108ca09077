"""Subject-bearing claims read from sentences, so that sources can be compared on what they *say* happened,
not only on numbers: who made up a delegation, since when a body has been frozen, where a demanded withdrawal
should happen, whether the sides agreed to meet again.

Each family turns a sentence (body paragraph, photo caption or embedded tweet) into an `Observation` with an
explicit subject and a comparable value; `agreement.find_conflicts` then compares values per subject, with a
compatibility rule per family (a partial list of people is not a contradiction; "since 2014" and "since April
2014" agree; two descriptions of a region cannot be told apart by words, so only a named country against a
region, or two named countries, disagree).  Free wording is never compared: every value is structured.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional

from generator.consolidate.agreement import TITLE_WORDS, Observation
from generator.consolidate.entities import EntityIndex
from generator.text.matching import fold, may_contain
from generator.model.briefing import Briefing, DateMention, Fact
from generator.lexicon.countries import COUNTRIES, DEMONYMS
from generator.text.sentences import split_sentences

#: Note kinds whose text is the source's own statement (a caption says who is in the picture).
_CLAIM_NOTES = ("caption", "tweet")
_WORD = r"[A-Z][\w’'.-]*"
_NAME_RUN = re.compile(rf"{_WORD}(?:\s+(?:{_WORD}|[A-Z]\.))*")
#: A list of titled names: capitalised words, initials, 'of (the)', commas and 'and' between them.
_WHO = rf"(?:{_WORD}|[A-Z]\.)(?:(?:\s+|,\s*)(?:{_WORD}|[A-Z]\.|of|the|and))*"
_SIDE = r"(?P<side>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)"
_GROUP = r"(?:delegation|side|team|negotiating team|negotiators)"

_HEADED_BY = re.compile(rf"{_SIDE}\s+{_GROUP},?\s+(?:(?:will be|was|is|were|are|had been|has been|would be)\s+)?"
                        rf"(?:headed|led|represented|chaired)\s+(?:[\w’']+\s+){{0,3}}?by\s+(?P<who>{_WHO})")
_REPRESENTED_BY = re.compile(rf"{_SIDE}\s+(?:was|were|is|will be|would be)\s+represented\s+by\s+(?P<who>{_WHO})")
_WHO_LED = re.compile(rf"(?P<who>{_WHO}),?\s+(?:who\s+)?(?:led|leads|headed|heads|will lead|will head|is leading)"
                      rf"\s+the\s+{_SIDE}\s+{_GROUP}")
_TALKS_WITH = re.compile(r"\b(?:talks|exchange|meeting|meetings|negotiations|discussions?|consultations)\b"
                         rf"[^;]{{0,60}}?\bwith\s+(?P<who>{_WHO})")
_CAPTION_MEET = re.compile(rf"^(?:(?:From\s+)?[Ll]eft(?:\s+to\s+right)?:?|\(?L-R\)?:?)?\s*(?P<who>{_WHO})\s+"
                           r"(?:meet|meets|met|attend|attends|talk|talks|shake hands|pose)\b(?P<rest>.*)$", re.S)

_SUSPENDED = re.compile(r"\b(?:frozen|suspended|interrupted|moribund|dormant|stalled|halted|on hold|paused|"
                        r"broken off|(?:has|had|have)\s+not\s+met|(?:hasn|hadn|haven)[’']t\s+met)\b")

_DEMAND = re.compile(r"\b(?:demand\w*|wants?|wanted|call(?:s|ed)? for|insist\w*|ask(?:s|ed)?|urg(?:e|es|ed|ing)|"
                     r"requir\w+|ultimatum)\b")
_WITHDRAW = re.compile(r"\b(?:withdraw\w*|pull(?:s|ed|ing)?\s+(?:back|out)|remov(?:e|es|ed|ing))\b")
#: What a party is asked to withdraw: forces, not a cable (the demand family is about armed presence).
_FORCES = re.compile(r"\b(?:troops?|forces?|soldiers|military|weapons|missiles|equipment|footprint|presence|"
                     r"personnel|fighters|ships|warships|bases|units|contingents?|army|armies|fleet)\b")
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?P<where>[^,;.()]+?(?:,\s*[A-Z][^,;.()]*?)*)"
                   r"(?=\s*(?:[,;.()]|\s(?:which|where|by|in order|as)\b|\sand\s+(?:to\s+)?[a-z]|$))")
_RANKS = frozenset("colonel lieutenant major general admiral captain brigadier marshal sergeant federation "
                   "republic kingdom ministry council".split())
_COMPASS = re.compile(r"^(?:eastern|western|northern|southern|central|north|south|east|west)\b", re.I)

_MORE_MEETINGS = re.compile(r"\b(?:future|further|more|additional|another|new|next|follow-up)\s+(?:round of\s+)?"
                            r"(?:meetings?|talks|rounds?|sessions?|negotiations)\b|\bmeet again\b|\bschedule\b", re.I)
#: Every match of `_MORE_MEETINGS` contains one of these in lower case.
_MORE_MEETINGS_NEEDLES = ("meeting", "talks", "round", "session", "negotiations", "meet again", "schedule")
_NOT_AGREED = re.compile(r"\bneither accepted nor rejected\b|(?:\bnot|n[’']t)\s+(?:\w+ly\s+)?(?:ready|willing|"
                         r"prepared)\s+to\s+commit\b|(?:\bnot|n[’']t)\s+(?:\w+ly\s+)?(?:agree|agreed|commit|"
                         r"committed)\b|\b(?:declined|refused|rejected)\s+(?:the|an?|any)\s+(?:offer|proposal|"
                         r"invitation)\b", re.I)
_CUE_REACH = 80             # characters between an agreement cue and the words about meetings it is about
_AGREEMENT_WORDS = ("agree", "accepted", "commit", "declined", "refused", "rejected", "both", "decided", "again")
_AGREED = re.compile(r"\bagreed\s+(?:to|on)\b|\bboth\s+(?:\w+\s+){0,3}?(?:expressed|agreed|voiced)\b|"
                     r"\bdecided\s+to\s+(?:meet|hold|continue)\b|\bwill\s+meet\s+again\b", re.I)


#: Compiled once (they run per name token and per claim).
_CAPITALISED = re.compile(r"[A-Z][\w.]*")
_ACRONYM = re.compile(r"[A-Z]{3,6}")
_INITIAL = re.compile(r"[A-Z]\.")
_CLAUSE_END = re.compile(r",|\bwho\b")
_LEADS = re.compile(r"\b(?:head|led|lead|chair)")
_LIST_SEPARATOR = re.compile(r",\s*|\s+and\s+")


#: Words without which a family cannot match, tested as plain substrings of the lower-cased paragraph (a
#: regex scan costs far more); only the families whose words occur run on that paragraph's sentences.
_GROUP_WORDS = ("delegation", " side", " team", "negotiators", "represented")
_SUSPENSION_WORDS = ("frozen", "suspended", "interrupted", "moribund", "dormant", "stalled", "halted", "on hold",
                     "paused", "broken off", "not met", "t met")
_WITHDRAWAL_WORDS = ("withdraw", "pull", "remov")
_MORE_WORDS = ("future", "further", "more ", "additional", "another", "next", "new ", "follow-up", "again", "schedule")
_PARTIES = frozenset(w.lower() for w in (*DEMONYMS, *COUNTRIES))


def _with_a_party(low: str) -> bool:
    """'… with Russian …', '… with the United States …': talks with a named side."""
    at = low.find("with ")
    while at >= 0:
        words = low[at + 5:at + 60].removeprefix("the ").split()
        if (at == 0 or not low[at - 1].isalpha()) and words and (words[0] in _PARTIES
                                                                   or " ".join(words[:2]) in _PARTIES):
            return True
        at = low.find("with ", at + 5)
    return False


@lru_cache(maxsize=1 << 16)
def families_for(paragraph: str) -> tuple:
    """The claim families whose words occur in a paragraph (`map` keeps the word loop in C).  Memoised per
    paragraph: wire copy repeats paragraphs across sources."""
    low = paragraph.lower()
    out = []
    if any(map(low.__contains__, _GROUP_WORDS)) or _with_a_party(low):
        out.append(delegation_claims)
    if any(map(low.__contains__, _SUSPENSION_WORDS)):
        out.append(suspension_claims)
    if any(map(low.__contains__, _WITHDRAWAL_WORDS)):
        out.append(withdrawal_claims)
    if any(map(low.__contains__, _AGREEMENT_WORDS)) and any(map(low.__contains__, _MORE_WORDS)):
        out.append(meeting_claims)
    return tuple(out)


@dataclass
class _Sentence:
    source: str
    text: str
    paragraph: Optional[int]      # None for a note
    origin: str                   # body | caption | tweet


@dataclass
class Context:
    """What a claim needs to know about the corpus: names, the main event's day and place."""

    entities: EntityIndex
    anchor: Optional[str] = None
    main_place: Optional[str] = None
    places: Optional[re.Pattern] = None     # 'in/at <any place the sources name>', built from `entities`

    def __post_init__(self) -> None:
        names = sorted({n for e in self.entities.entities if e.kind == "place" for n in (e.name, *e.aliases)
                        if len(n) > 3}, key=len, reverse=True)
        if names and self.places is None:
            self.places = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(" + "|".join(map(re.escape, names)) + r")\b")


def _sentences(b: Briefing) -> Iterator[tuple[_Sentence, list]]:
    """(sentence, the families to try on it) for paragraphs that may hold a claim, then caption and tweet notes."""
    for i, para in enumerate(b.body, start=1):
        families = families_for(para)
        if families:
            for s in split_sentences(para):
                yield _Sentence(b.source.id, s.text, i, "body"), families
    for n in b.notes:
        if n.kind in _CLAIM_NOTES:
            for s in split_sentences(n.text):
                yield _Sentence(b.source.id, s.text, None, n.kind), list(FAMILIES)


def side_of(text: str) -> Optional[str]:
    """'Russian' / 'the Russian Federation' / 'Russia' -> 'Russia'; 'NATO' -> 'NATO'; None when no party named."""
    tokens = _CAPITALISED.findall(text)
    for i, token in enumerate(tokens):
        for cand in (" ".join(tokens[i:i + 2]), token):
            if cand in DEMONYMS or cand in COUNTRIES:
                return DEMONYMS.get(cand) or COUNTRIES[cand]
        if _ACRONYM.fullmatch(token):                   # an organisation's acronym: NATO, OSCE
            return token
    return None


def person_names(text: str, entities: EntityIndex) -> list[str]:
    """People named in `text`, titles in front dropped ('Deputy Foreign Minister Sergei Ryabkov'): the known
    name of the longest known tail (a middle initial may be missing: 'Aleksandr V. Grushko' is known as
    'Aleksandr Grushko'), else the run's last two name-like words (a caption may name someone no body does)."""
    out: list[str] = []
    for run in _NAME_RUN.finditer(text):
        tokens = [t.strip(",.") if not _INITIAL.fullmatch(t) else t for t in run.group(0).split()]
        name = None
        for i in range(len(tokens)):
            plain = " ".join(t for t in tokens[i:] if not _INITIAL.fullmatch(t))
            name = next((entities.names[("person", fold(x))] for x in (" ".join(tokens[i:]), plain)
                         if ("person", fold(x)) in entities.names), None)
            if name:
                break
        words = [t for t in tokens if not _INITIAL.fullmatch(t)]
        if not name and len(words) >= 2 and not any(_not_a_name(w) for w in words[-2:]):
            name = " ".join(words[-2:])
        if name and name not in out:
            out.append(name)
    return out


def _not_a_name(word: str) -> bool:
    low = fold(word)
    return (word in DEMONYMS or word in COUNTRIES or low in TITLE_WORDS or low in _RANKS
            or any(part in TITLE_WORDS | _RANKS for part in low.split("-")) or word.isupper())


def _scope(s: _Sentence, b: Briefing, ctx: Context, near: str) -> Optional[str]:
    """Which talks a claim is about: another day or another place than the main event's, else None (the main
    event): Geneva's delegation is kept apart from Brussels's."""
    for d in b.dates:
        if (d.paragraph == s.paragraph and s.paragraph is not None and d.text in s.text and d.date
                and d.granularity == "day" and ctx.anchor and d.date != ctx.anchor):
            return d.date
    for m in ctx.places.finditer(near) if ctx.places else ():
        place = ctx.entities.canonical(m.group(1), "place")
        if place != ctx.entities.canonical(ctx.main_place, "place"):
            return place
    return None


def _observation(s: _Sentence, kind: str, family: str, value, display: str, subject: str, statement: str) -> Observation:
    fact = Fact(id=f"claim-{family}", kind=kind, statement=statement, value=display, subject=subject,
                paragraph=s.paragraph, evidence=s.text)
    return Observation(s.source, fact, family, value, display, subject, "body" if s.origin == "body" else s.origin)


def delegation_claims(s: _Sentence, b: Briefing, ctx: Context) -> list[Observation]:
    """'The Russian delegation was headed by X', 'X, who led the Russian side', 'Russia was represented by X
    and Y', 'talks with Russian Deputy Minister X and Y', a caption 'A, B and C meet during …'.  Value: (the
    head, when the sentence says who led, or None; the people named)."""
    found: list[tuple[str, list[str], str, Optional[str]]] = []     # (side, names, text near the claim, head)
    low = s.text.lower()
    for pattern in (_HEADED_BY, _REPRESENTED_BY, _WHO_LED) if any(map(low.__contains__, _GROUP_WORDS)) else ():
        for m in pattern.finditer(s.text):
            side = side_of(m.group("side"))
            names = person_names(m.group("who"), ctx.entities)
            if side and names:
                after = _CLAUSE_END.split(s.text[m.end("who"):], maxsplit=1)[0]
                head = names[0] if _LEADS.search(m.group(0)) else None
                found.append((side, names, s.text if pattern is _WHO_LED else s.text[:m.end("who")] + after, head))
    caption = _CAPTION_MEET.match(s.text) if s.origin == "caption" else None
    listed = caption or (None if found or "with " not in s.text else _TALKS_WITH.search(s.text))
    if listed:
        by_side: dict[str, list[str]] = {}
        current = None if caption else side_of(listed.group("who")[:30])
        for item in _LIST_SEPARATOR.split(listed.group("who")):
            current = side_of(item) or current
            names = person_names(item, ctx.entities)
            if current and names:
                by_side.setdefault(current, []).extend(n for n in names if n not in by_side.get(current, []))
        for side, names in by_side.items():
            found.append((side, names, s.text, None))
    out = []
    for side, names, near, head in found:
        scope = _scope(s, b, ctx, near)
        where = scope or ctx.main_place
        subject = f"delegation of {side}" + (f" at {where}" if where else "")
        shown = ", ".join(f"{n} (head)" if n == head else n for n in names)
        out.append(_observation(s, "person", "delegation", (head, frozenset(names)), shown, subject,
                                f"{side}'s delegation: {shown}"))
    return out


def _org_before(text: str, ctx: Context) -> Optional[str]:
    """The last organisation named in `text` ('Meetings of the NATO-Russia Council had been frozen')."""
    best = None
    for run in _NAME_RUN.finditer(text):
        tokens = run.group(0).split()
        for i in range(len(tokens)):
            key = ("organization", fold(" ".join(tokens[i:])).strip(" ,."))
            if key in ctx.entities.names:
                best = ctx.entities.names[key]
                break
    return best


def _date_after(s: _Sentence, b: Briefing, at: int) -> Optional[DateMention]:
    for d in b.dates:
        if d.paragraph == s.paragraph and d.date and d.granularity in ("day", "month", "year"):
            pos = s.text.find(d.text)
            if pos >= at:
                return d
    return None


def suspension_claims(s: _Sentence, b: Briefing, ctx: Context) -> list[Observation]:
    """'Meetings of X had been frozen since 2019', 'X … was interrupted when … seven years ago', 'X has been
    moribund since April 2014': since when a body (or its meetings) has been on hold."""
    m = _SUSPENDED.search(s.text) if s.paragraph is not None else None
    if not m:
        return []
    body_name = _org_before(s.text[:m.start()], ctx)
    since = _date_after(s, b, m.end())
    if not body_name or not since:
        return []
    return [_observation(s, "date", "suspended-since", str(since.date), f"{since.date} ({since.text})", body_name,
                         f"{body_name} on hold since {since.date}")]


def _where_key(where: str, ctx: Context) -> tuple[str, frozenset[str]]:
    """Named places ('Ukraine'; 'Estonia, Latvia and Lithuania') are comparable as a set; a description of a
    region ('countries neighboring Russia', 'Eastern Europe', 'NATO members bordering Russia') only says 'a
    region', which a single named country narrows (a conflict) and a list of several may spell out (no conflict)."""
    parts = [p.strip() for p in _LIST_SEPARATOR.split(where) if p.strip()]
    named = []
    for part in parts:
        key = ("place", fold(part).strip())
        if _COMPASS.match(part) or not (key in ctx.entities.names or part in COUNTRIES):
            return ("region", frozenset())
        named.append(ctx.entities.names.get(key) or COUNTRIES[part])
    return ("places", frozenset(named))


def withdrawal_claims(s: _Sentence, b: Briefing, ctx: Context) -> list[Observation]:
    """'Putin wants NATO to withdraw its troops from X', 'demands to … withdraw NATO forces from X': the party
    asked to withdraw (the subject) and where from (the value)."""
    withdraw = _WITHDRAW.search(s.text)
    demand = _DEMAND.search(s.text, 0, withdraw.start()) if withdraw else None
    withdraw = withdraw if demand else None
    where = _FROM.search(s.text, withdraw.end()) if withdraw else None
    if not where or not _FORCES.search(s.text, withdraw.start(), where.start()):
        return []
    party = (side_of(s.text[demand.end():withdraw.start()]) or side_of(s.text[withdraw.end():where.start()])
             or side_of(s.text[:demand.start()]))
    if not party:
        return []
    place = where.group("where").strip()
    return [_observation(s, "text", "withdrawal-from", _where_key(place, ctx), f"from {place}",
                         f"demanded withdrawal of {party} forces", f"{party} is asked to withdraw from {place}")]


def _gap(a: re.Match, b: re.Match) -> int:
    """Characters between two matches (0 when they overlap)."""
    return max(0, max(a.start(), b.start()) - min(a.end(), b.end()))


def meeting_claims(s: _Sentence, b: Briefing, ctx: Context) -> list[Observation]:
    """'agreed to explore a schedule of future meetings' vs 'neither accepted nor rejected the offer of more
    meetings' / 'wasn't ready to commit to a schedule': did the sides agree to meet again?  The cue nearest
    to the words about meetings decides ('did not agree on anything but will meet again' is a yes)."""
    meetings = list(_MORE_MEETINGS.finditer(s.text)) if may_contain(s.text, _MORE_MEETINGS_NEEDLES) else []
    if not meetings:
        return []
    noes = list(_NOT_AGREED.finditer(s.text))
    yeses = [m for m in _AGREED.finditer(s.text) if not any(_gap(m, n) == 0 for n in noes)]   # 'not … agreed to'
    cues = [(m, "no") for m in noes] + [(m, "yes") for m in yeses]
    scored = [(min(_gap(m, x) for x in meetings), -len(m.group(0)), m.start(), value, m) for m, value in cues]
    if not scored or min(scored)[0] > _CUE_REACH:
        return []
    *_, value, m = min(scored)
    phrase = s.text[s.text.rfind(" ", 0, m.start()) + 1:].split(",")[0].strip(" .“”\"")[:90]
    display = ("not agreed: " if value == "no" else "agreed: ") + phrase
    scope = _scope(s, b, ctx, s.text)           # another day's or place's talks are another question
    subject = "further meetings" + (f" after the talks at {scope}" if scope else "")
    return [_observation(s, "text", "further-meetings", value, display, subject,
                         f"Further meetings {'not ' if value == 'no' else ''}agreed")]


FAMILIES = (delegation_claims, suspension_claims, withdrawal_claims, meeting_claims)


def claim_observations(briefings: list[Briefing], ctx: Context) -> list[Observation]:
    """Every claim of every family in every source, in source order."""
    out: list[Observation] = []
    for b in briefings:
        for s, families in _sentences(b):
            for family in families:
                out.extend(family(s, b, ctx))
    return out
