"""Who says a quote: a reporting verb in the quote's own sentence, the next sentence opening with the speaker,
a clause ending in a colon, the last speaker of the paragraph, or, for a paragraph that is all quote, the
paragraph before it.  Each rule returns an `Attribution` (speaker, role, cue) or nothing."""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.cues import CUE_RE, WEAK_CUES
from generator.lexicon.documents import AUTHORED_DOCUMENTS
from generator.model.briefing import Quote
from generator.quotes.colon_clause import colon_introduced
from generator.quotes.following import following_sentence
from generator.quotes.framing import LEAD_IN_CUES
from generator.quotes.lexicon import DESCRIBING_CUES, SPOKESPERSON_RE
from generator.quotes.marks import QuoteSpan, is_furniture
from generator.quotes.named_in_sentence import (
    credited_before_colon,
    last_subject_spoke_before,
    list_entry_speaker,
    named_subject_since,
    only_person_named,
    subject_of_own_sentence,
    unread_subject,
)
from generator.quotes.not_speech import SHORT_WORDS, quote_words
from generator.quotes.passive_agent import silent_passive
from generator.quotes.polls import poll_of_the_sentence
from generator.quotes.pronouns import resolve_pronoun, starts_sentence
from generator.quotes.protagonist import answers_question, goes_on_from_before, signed_after, signed_below
from generator.quotes.resolution import resolve_subject, role_of, unnamed_role
from generator.quotes.speaker_context import (
    ArticleContext,
    Attribution,
    SpeakerEvent,
    add_event,
    events_before,
    events_between,
    opens_paragraph,
    outside_quotes,
    sentence_bounds,
    words_after,
)
from generator.quotes.speakers import subject_of_cue
from generator.quotes.staff_voice import findings_of
from generator.quotes.words_of import answer_given, claim_of, lead_in_of, view_of_next, words_noun_of, words_of

#: Between a reporting verb and the quote it introduces: an adverb, then a comma or a colon.
_INTRODUCES = re.compile(r"\s*(?:[a-z]+ly\s*)?[,:]\s*")


def _closes_tag(masked: str, span: QuoteSpan, cue: re.Match) -> bool:
    """'“…?” Mr Weingarten pressed.': a weak verb right after the quote, ending the clause with its subject
    alone between them, tags the quote as speech as a strong one does."""
    return bool(re.fullmatch(r"[\s,]*(?:(?:the|The)\s+)?(?:[A-Z][\w.’'-]*\s+){1,3}|[\s,]*(?:he|she|they)\s+",
                             masked[span.close_at:cue.start()])
                and re.match(r"\s*[.,;]", masked[cue.end():]))


def _same_sentence(ctx: ArticleContext, span: QuoteSpan) -> tuple[Optional[Attribution], bool]:
    """Attribution from a reporting verb in the quote's own sentence, nearest first.

    Returns (attribution or None, whether a cue was found at all)."""
    p = span.paragraph
    masked = ctx.masked[p]
    sent = sentence_bounds(masked, span.open_at, max(span.close_at - 1, span.open_at))
    ranked = []
    for cue in CUE_RE.finditer(masked, sent[0], sent[1]):
        before = cue.end() <= span.open_at
        dist = span.open_at - cue.end() if before else cue.start() - span.close_at
        if dist < 0:
            continue
        if cue.group(1).lower() in WEAK_CUES and not (before and dist <= 160 or _closes_tag(masked, span, cue)) \
                or silent_passive(ctx, p, cue):
            continue
        if not before and not cue.group(1).endswith("ing") and _ANNOUNCES_NEXT.match(masked, cue.end()):
            continue        # '“… ask: ‘What?’” LTA chief John Crowther added: “…”': the cue of the quote after it
            # (a participle goes on with the quote's own subject: 'his “warmest congratulations”, saying: “…”')
        if _RELATIVE_CLAUSE_VERB.search(masked, sent[0], cue.start()):
            continue        # 'instead of the “bonfire of quangos” New Labour had promised': the verb of a relative
            # clause whose object is a quoted noun phrase; it reports no quote
        if _NAMES_AS.match(masked, cue.end()) and cue.group(1).endswith("s") \
                and cue.group(1).lower() not in DESCRIBING_CUES:
            continue        # 'dismissed the CIA claims as “ridiculous”': a noun, the verb before it names the words
        if before and _INTRODUCES.fullmatch(masked, cue.end(), span.open_at):
            dist = -1       # "One student said simply, “…,” Lee said": the verb that introduces the quote is its own
        ranked.append((dist, cue.start(), cue))
    if _COORDINATED_THAT.search(masked, sent[0], span.open_at):
        ranked = [(cue.start(), cue.start(), cue) for _, _, cue in ranked]   # '… said she was “glad” that Lee had
        # affirmed it and that the “matter is resolved”': the second that-clause is the outer speaker's, as the first
    for _, _, cue in sorted(ranked):
        subject = subject_of_cue(ctx, p, cue, sent)
        if subject is None:
            continue
        name, is_org = resolve_subject(ctx, p, subject)
        if name:
            add_event(ctx, p, span.open_at, name, is_org, cue.group(1))
        elif subject.body:      # 'the organisation said' later may mean the body its spokesperson spoke for
            ctx.voices.append(SpeakerEvent(p, span.open_at, subject.body, is_org=True, cue=cue.group(1)))
        return Attribution(name, role_of(ctx, name) if name else unnamed_role(subject), cue.group(1)), True
    return None, bool(ranked)


#: Right before the quote: a second that-clause ('… and that the “matter is resolved”').
_COORDINATED_THAT = re.compile(r"\band\s+that\s+(?:[\w’'-]+\s+){0,3}$")
#: Right before a verb: a quoted noun phrase and a subject, no comma ('the “bonfire of quangos” New Labour had').
_RELATIVE_CLAUSE_VERB = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+[“\"‘']_+[”\"’']\s+(?:[A-Z][\w’'-]*\s+){1,4}"
                                   r"(?:(?:had|has|have|would|will|was)\s+)?$")
#: A reporting word in -s followed by 'as' and a quote is the noun a verb of naming takes ('dismissed the claims as
#: “…”'; not 'was described as “…” by').
_NAMES_AS = re.compile(r"\s+as\s+[\"“‘']?_")

#: After a reporting verb: a colon and the next quote's opening mark, at most a short object between ('added: “',
#: 'told BBC Sport: “').
_ANNOUNCES_NEXT = re.compile(r"[^.;:_\"“”]{0,40}:\s*[\"“‘']?_")


#: A news agency's credit after a quote paragraph: "“…” - AFP", "“…” (Reuters)".
_CREDIT_AFTER = re.compile(r"[\s.]*(?:[-–—]\s*[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,2}|\(\s*[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,2}\s*\))"
                           r"[\s.]*$")


def _fills_paragraph(ctx: ArticleContext, span: QuoteSpan) -> bool:
    masked = ctx.masked[span.paragraph]
    return opens_paragraph(masked, span.open_at) and (not words_after(masked, span.close_at)
                                                      or _CREDIT_AFTER.match(masked, span.close_at) is not None)


def attribute(ctx: ArticleContext, span: QuoteSpan, previous: Optional[Quote]) -> tuple[Attribution, bool]:
    """Speaker, role and cue of a quote, and whether the quote's own sentence has a reporting verb."""
    found, has_cue = _own_sentence(ctx, span)
    if found:
        return found, True
    if span.more:       # a quote over several paragraphs may be attributed at its end: … “C,” she said.
        found, more_cue = _same_sentence(ctx, span.more[-1])
        if found:
            return found, True
        has_cue = has_cue or more_cue
    following = following_sentence(ctx, span) or colon_introduced(ctx, span) \
        or words_noun_of(ctx, span) or view_of_next(ctx, span)
    if following:
        return following, has_cue
    before = None if has_cue and unread_subject(ctx, span) else _poll_or_speaker_before(ctx, span, has_cue)
    if before:
        return before, has_cue
    p = span.paragraph
    who = None
    if _fills_paragraph(ctx, span):
        if previous is not None and previous.speaker and previous.paragraph == p:    # the paragraph before (1-based)
            several = len({ev.speaker for ev in events_between(ctx, (p - 1, 0), (p, 0))}) > 1
            return (Attribution() if several else Attribution(previous.speaker, previous.role, None)), has_cue
        who = _quote_paragraph_speaker(ctx, span, previous)
    elif not has_cue:
        who = _uncued_in_paragraph(ctx, span, previous)
    return (Attribution(who, role_of(ctx, who), None) if who else Attribution()), has_cue


def _own_sentence(ctx: ArticleContext, span: QuoteSpan) -> tuple[Optional[Attribution], bool]:
    """Who the quote's own sentence says speaks: a signature after it, a lead-in clause, a claim's owner, a
    reporting verb, findings, 'in X's words', an answer given; and whether the sentence has a reporting verb."""
    signed = signed_after(ctx, span)    # '“…” — Donald Trump. So vain.'
    if signed:
        return Attribution(signed, role_of(ctx, signed), None), True
    lead_in = lead_in_of(ctx, span)     # "When she said she had “…,” Mr. Stewart put in: “…”"
    found, has_cue = _same_sentence(ctx, span)
    # "Howard has said a claim by Peter Hain that … “attack mongrel”": Hain's words; "the testers found ‘…’"
    return lead_in or claim_of(ctx, span) or found or findings_of(ctx, span) or words_of(ctx, span) \
        or answer_given(ctx, span), has_cue


def _poll_or_speaker_before(ctx: ArticleContext, span: QuoteSpan, has_cue: bool) -> Optional[Attribution]:
    """A poll the quote's sentence opens on (nobody, when no one is named for it), else the latest speaker of the
    quote's paragraph before it."""
    poll = None if has_cue else poll_of_the_sentence(ctx, span)
    if poll is not None:        # '': a poll no one is named for speaks, and it is nobody
        return Attribution(poll or None, None, None)
    earlier = events_before(ctx, span.paragraph, span.paragraph, span.open_at, most=1)
    if not earlier:
        return None
    if _unnamed_spoke_since(ctx, span, earlier[-1].at):
        return Attribution()    # 'A Labour spokesman … said the party … “…”': the spokesman's words, nobody we can name
    turned = None if has_cue else named_subject_since(ctx, span, earlier[-1])
    if turned:                  # '… warning: “…” Lib Dem spokesman Ann Lee repeated his party's calls … “…”'
        return Attribution(turned, role_of(ctx, turned), None)
    return Attribution(earlier[-1].speaker, role_of(ctx, earlier[-1].speaker), earlier[-1].cue)


def _unnamed_spoke_since(ctx: ArticleContext, span: QuoteSpan, since: int) -> bool:
    """An unnamed person ('A Treasury spokesperson dismissed the claims, saying …', 'A senior source at the club
    told the BBC:') is the subject of a reporting verb after the paragraph's latest named speaker and before the
    quote: the quote is that person's, not the speaker's they came after.  A definite description ('The culture
    secretary said') may be someone named, and a document ('A report on the trial said') has an author: neither
    counts, unless the description is a spokesperson's ('The council spokesman added')."""
    p, masked = span.paragraph, ctx.masked[span.paragraph]
    since = sentence_bounds(masked, since)[0]     # 'A spokesman played down differences with Mr Lee and said …'
    for q, at in ctx.anonymous:
        if q != p or not since <= at < span.open_at:
            continue
        cue = CUE_RE.search(masked, at, min(sentence_bounds(masked, at)[1], span.open_at))
        phrase = masked[at:cue.start()] if cue else ""
        if cue and not _AUTHORED_RE.search(phrase) \
                and (not _DEFINITE_RE.match(phrase) or SPOKESPERSON_RE.search(phrase)):
            return True
    return False


_AUTHORED_RE = re.compile(rf"\b(?:{AUTHORED_DOCUMENTS})\b", re.I)
_DEFINITE_RE = re.compile(r"(?:[Tt]he|[Aa]ccording\s+to\s+the)\b")


#: How many speaker events after an uncued quote in its paragraph are read (more: too many voices to pick one).
_LATER_EVENTS = 8


def _uncued_in_paragraph(ctx: ArticleContext, span: QuoteSpan, previous: Optional[Quote]) -> Optional[str]:
    """A quote whose sentence has no reporting verb and no speaker before it in the paragraph: in a paragraph with
    no speaker, the one person named, a quote running on, the subject's first person or the report going on; else
    the one speaker of the paragraph's later sentences ('Apple sees privacy as “a basic right”. Another value is
    care for the planet, Cook said.'), never one of several."""
    p = span.paragraph
    goes_on = goes_on_from_before(ctx, span, previous) or list_entry_speaker(ctx, span)
    if goes_on:     # whole sentences opening a run-together paragraph; a list's entry 'Name, title -- “…”'
        return goes_on
    if not events_between(ctx, (p, 0), (p + 1, 0), most=1):
        return only_person_named(ctx, p) or _running_on(ctx, span, previous) or _first_person_of_subject(ctx, span) \
            or _reported_on(ctx, span, previous) or subject_of_own_sentence(ctx, span)
    later = [ev for ev in events_between(ctx, (p, span.close_at), (p + 1, 0), most=_LATER_EVENTS)
             if ev.cue not in LEAD_IN_CUES]
    speakers = {ev.speaker for ev in later}
    return speakers.pop() if len(speakers) == 1 and len(later) < _LATER_EVENTS else None


def _quote_paragraph_speaker(ctx: ArticleContext, span: QuoteSpan, previous: Optional[Quote]) -> Optional[str]:
    """A paragraph that is all quote: signed below it, an answer to a question line, announced by the paragraph
    before, a speech running on, or a witness going on after one paragraph of narrative."""
    return signed_below(ctx, span) or answers_question(ctx, _text_before(ctx, span.paragraph)) \
        or _announced_before(ctx, span) or _runs_on_from(ctx, span, previous) or _witness_goes_on(ctx, span, previous)


def _runs_on_from(ctx: ArticleContext, span: QuoteSpan, previous: Optional[Quote]) -> Optional[str]:
    """'“…” said Shearer. ¶ “It's an incredible … ¶ “He's a very young guy …” ¶ “It's all right selling …': a
    paragraph that is all quote after paragraphs that are all quote, back to the previous quote, goes on with
    that quote's speaker (a speech set as several quotes, each paragraph opening a new one)."""
    if previous is None or not previous.speaker or previous.paragraph is None:
        return None
    q = _text_before(ctx, span.paragraph)
    first = previous.paragraph - 1          # Quote.paragraph counts from 1
    if not first < q < span.paragraph or q - first > _RUN_PARAGRAPHS:
        return None
    quoted = all(ctx.masked[i].strip() and not words_after(ctx.masked[i], 0) or _box_line(ctx, i, previous)
                 for i in range(first + 1, q + 1))
    return previous.speaker if quoted else None


def _box_line(ctx: ArticleContext, i: int, previous: Quote) -> bool:
    """A line of a box set into a speech that ran to its paragraph's end ("TV deal breakdown", "BT Sport"): no
    quote, no sentence end; the speech goes on after it."""
    return previous.unclosed and "_" not in ctx.masked[i] and is_furniture(ctx.body[i])


#: How many quote paragraphs a speech may run over before a quote paragraph after them is no longer read as its
#: continuation: a bound, so a page of many quote paragraphs reads each run once.
_RUN_PARAGRAPHS = 8


def _witness_goes_on(ctx: ArticleContext, span: QuoteSpan, previous: Optional[Quote]) -> Optional[str]:
    """'“I heard an explosion …” ¶ The men were huddling around … ¶ “They tried a few doors …”': a first-person
    paragraph of quote after one paragraph of narrative that names and quotes nobody goes on from the quote
    before that narrative."""
    q = _text_before(ctx, span.paragraph)
    if previous is None or not previous.speaker or previous.paragraph != q or not _FIRST_PERSON.search(span.text):
        return None         # previous.paragraph counts from 1: the paragraph right before q
    return previous.speaker if "_" not in ctx.masked[q] and not ctx.table.in_paragraph(q) else None


def _first_person_of_subject(ctx: ArticleContext, span: QuoteSpan) -> Optional[str]:
    """'Schmorak and three colleagues “were sitting outside … we heard a bunch of gun shots.”': first-person words
    quoted with no reporting verb in a sentence that opens with the one person the paragraph names."""
    p, masked = span.paragraph, ctx.masked[span.paragraph]
    if not _FIRST_PERSON.search(span.text):
        return None
    start, _ = sentence_bounds(masked, span.open_at)
    named = [m for m in ctx.table.in_paragraph(p) if outside_quotes(masked, m.start)]
    opener = [m for m in named if start <= m.start < span.open_at and starts_sentence(masked, m.start)]
    if opener:
        return opener[0].name if {m.name for m in named} == {opener[0].name} else None
    pronoun = _PRONOUN_SUBJECT.search(masked, start, span.open_at)
    if pronoun and not any(start <= m.start < span.open_at for m in named):
        # "If, as expected, …, he intends to go into the next parliament “on the front foot … I see …”"
        return resolve_pronoun(ctx, p, pronoun.start(1), pronoun.group(1).lower())
    return None


#: He or she as a clause's subject: after the sentence's start or a comma, before a lower-case verb.
_PRONOUN_CLAUSE = r"(?:^|[.!?]\s+|,\s+)(he|she|He|She)\s+[a-z]"
_PRONOUN_SUBJECT = re.compile(_PRONOUN_CLAUSE)


def _reported_on(ctx: ArticleContext, span: QuoteSpan, previous: Optional[Quote]) -> Optional[str]:
    """'“…,” he said. ¶ It was an irony and an “absurd paradox” that …': words quoted in a paragraph that names
    nobody and has no reporting verb, right after a paragraph whose quote has a speaker (or after a quote of this
    paragraph that went on so: 'It has the “best …”, with “good …”'), go on reporting them."""
    q = _text_before(ctx, span.paragraph)
    if previous is None or not previous.speaker or previous.paragraph not in (q + 1, span.paragraph + 1) \
            or ctx.table.in_paragraph(span.paragraph):
        return None
    unnamed = any(a[0] == span.paragraph for a in ctx.anonymous)     # "An American lawyer friend … “…”": theirs
    return None if unnamed else previous.speaker


def _running_on(ctx: ArticleContext, span: QuoteSpan, previous: Optional[Quote]) -> Optional[str]:
    """'“… devote all of our energy” to rebuilding it.': a quote that opens a paragraph naming nobody, finished by
    the writer with no reporting verb, goes on from the paragraph before, as a paragraph that is all quote does
    (and after such a paragraph, from the speech it continues)."""
    masked = ctx.masked[span.paragraph]
    if not opens_paragraph(masked, span.open_at):
        return None
    # "“We were trapped.” They ran across the stage, Mr Pearce carrying …"
    who = _announced_before(ctx, span) or _after_quote_paragraph(ctx, span, previous) \
        or _runs_on_from(ctx, span, previous)
    named = {m.name for m in ctx.table.in_paragraph(span.paragraph) if outside_quotes(masked, m.start)}
    return who if who and named <= {who} else None


def _after_quote_paragraph(ctx: ArticleContext, span: QuoteSpan, previous: Optional[Quote]) -> Optional[str]:
    """The speaker of the paragraph right before when it is all quote ('“We are being straightforward …” ¶ “That
    is a clear cut choice …”. As to his own future, …')."""
    q = span.paragraph - 1
    if previous is None or not previous.speaker or previous.paragraph != span.paragraph or q < 0:
        return None         # Quote.paragraph counts from 1: previous.paragraph == span.paragraph is the one before
    return previous.speaker if not words_after(ctx.masked[q], 0) else None


_FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|me|my|we|We|our|Our|us)\b")


def _announced_before(ctx: ArticleContext, span: QuoteSpan) -> Optional[str]:
    """Who speaks a paragraph that is all quote, from the paragraph before: the last speaker when it ends
    announcing the quote ("Newsom said on Monday:"), else its one speaker ("Erekat said it was only the latest
    move."); several speakers: nobody, not a guess.  A first-person quote after a paragraph that quotes nobody
    and names one person ("Chris Morrow was staying five minutes away.") is that person's."""
    p = _text_before(ctx, span.paragraph)
    if p < 0 or p in ctx.skip:
        return None
    credited = credited_before_colon(ctx, p)            # "Some have attributed this statement to Abraham Lincoln:"
    if credited:
        return credited
    before = events_between(ctx, (p, 0), (p + 1, 0))
    if before:
        announced = ctx.masked[p].rstrip().endswith(":")
        return before[-1].speaker if announced or len({ev.speaker for ev in before}) == 1 else None
    if _terms_only(ctx, p) and _FIRST_PERSON.search(span.text):
        names = {m.name for m in ctx.table.in_paragraph(p) if outside_quotes(ctx.masked[p], m.start)}
        if names:
            return names.pop() if len(names) == 1 else last_subject_spoke_before(ctx, p)
        pronoun = _PRONOUN_OPENING.match(ctx.masked[p])    # "She has made a deal with herself. ¶ “I cannot …”"
        return resolve_pronoun(ctx, p, pronoun.start(1), pronoun.group(1).lower()) if pronoun else None
    announcer = _ANNOUNCING.search(ctx.masked[p])       # "After the attacks in January, he delivered this statement:"
    if announcer:
        return resolve_pronoun(ctx, p, announcer.start(1), announcer.group(1).lower())
    return last_subject_spoke_before(ctx, p) if _terms_only(ctx, p) else None


def _terms_only(ctx: ArticleContext, p: int) -> bool:
    """The paragraph quotes nothing longer than a term ('Scudamore is emphatic that the league must keep its
    British “essence”.'): its words are the narrator's, not someone else's speech."""
    return all(len(quote_words(ctx.body[p][m.start():m.end()])) <= SHORT_WORDS
               for m in re.finditer(r"_+", ctx.masked[p]))


#: A last sentence that announces the quote below with he or she as its subject, ending in a colon.
_ANNOUNCING = re.compile(_PRONOUN_CLAUSE + r"[^.!?_:]*:\s*$")


#: A paragraph that opens with he or she as its subject, and has no other sentence opening with another subject.
_PRONOUN_OPENING = re.compile(r"\s*(?:[^.!?_]{0,120}?,\s*)?(He|She|he|she)\b(?!.*[.!?]\s+(?!(?:He|She)\b)[A-Z])", re.S)


#: A caption between a quote paragraph and its speaker's paragraph: short, no final punctuation, no quote.
_CAPTION_WORDS = 25


#: A news site's video or image player furniture, left in the body by a page without a cleaner.
_PLAYER_LINE = re.compile(r"(?:Jump media player|Media player help|Out of media player\b.*|(?:Media|Image) caption\b.*|"
                          r"Image copyright\b.*)$")


def _text_before(ctx: ArticleContext, p: int) -> int:
    """The paragraph before p, past one caption or empty line ("Cleverbot is software designed to chat like a
    human would"), or -1."""
    q = p - 1
    while q > 0 and _PLAYER_LINE.match(ctx.body[q].strip()):
        q -= 1          # a video player's lines ("Media caption …", "Out of media player. …") between
    if q > 0 and q not in ctx.skip:
        text = ctx.masked[q].strip()
        if not text or ("_" not in text and text[-1] not in ".!?…:;,\"”’" and len(text.split()) < _CAPTION_WORDS):
            q -= 1      # a pull quote set without marks above its credit line is not the story's text either
            return q - 1 if q > 0 and q not in ctx.skip and is_furniture(ctx.body[q]) else q
    return q
