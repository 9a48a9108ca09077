"""Quote marks around words nobody says here: scare quotes, terms ("a “skinny” trade deal"), titles of works and
lists of them, subheadings, and two short terms side by side ("a “handshake” or “ping”")."""
from __future__ import annotations

import re

from generator.lexicon.cues import CUE_RE, STRONG_CUE_RE
from generator.lexicon.persons import CREDIT_NOUNS
from generator.lexicon.works import RULE_NOUNS, WORK_NOUNS
from generator.quotes.marks import QuoteSpan
from generator.quotes.speaker_context import ArticleContext, opens_paragraph, sentence_bounds, words_after
from generator.text.scan import ends_at

#: Quotes of at most this many words are short: scare quotes, terms, one half of a term pair.
SHORT_WORDS = 3


def quote_words(text: str) -> list[str]:
    """The runs of word characters in a quote ('don’t' is two): what the length rules count."""
    return re.findall(r"\w+", text)


_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|our|this|that|such|[A-Z]\w*[’']s)\s*$", re.I)
_FUNCTION_WORDS = set("""of in on at for to from with by during because as and or but that which who whom when while
after before since than if over about into is was are were be been has have had will would could should can may might
not nor so yet until unless though although whether where""".split())


_NAMING_BEFORE = re.compile(r"\b(?:the (?:term|phrase|word|words|expression|label|slogan|name)|so-called|known as|"
                            r"what(?:[’']s| is| are| was) (?:\w+ly\s+)?called|"
                            r"nicknamed|titled|entitled|(?:called|calls|call|dubbed|dubs|labell?ed|nicknamed|branded|brands)\s+"
                            r"(?:her|him|herself|himself)|"
                            r"(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|also\s+)?"
                            r"(?:called|dubbed|termed|named|labell?ed)|the term (?:\w+\s+){0,2}(?:is|was)|"
                            r"(?:\w+ly\s+)?translat(?:es|ed|ing)\s+(?:as|to)|(?:which|that)\s+(?:\w+ly\s+)?means)\s*$",
                            re.I)


_ARTICLE_AT_END = re.compile(r"\s+(?:the|a|an)\s*$")
_NEXT_WORD = re.compile(r"\s*([A-Za-z][\w-]*)")


def is_term(ctx: ArticleContext, span: QuoteSpan) -> bool:
    """A short quoted phrase that is mentioned, not said: a modifier ("a “skinny” trade deal", "the ‘phase one’
    deal") or a named term ("never used the term “three amigos”", "known as the “Three Amigos”").  Lower-case words
    in the clause a reporting verb reports are the speaker's, even as a modifier ('The Fed has said it will move in
    a “measured” way', 'saying he had made an “unreserved” apology')."""
    masked = ctx.masked[span.paragraph]
    if len(quote_words(span.text)) == 1 and ends_at(_DEMONSTRATIVE_BEFORE, masked, span.open_at) \
            and _VERB_AFTER_SUBJECT.match(masked, span.close_at):
        return True     # "claims that this ‘put’ is still valid": the word as the subject of its clause, mentioned
    if len(quote_words(span.text)) <= 2 * SHORT_WORDS:
        article = ends_at(_ARTICLE_AT_END, masked, span.open_at)            # "known as the “…”": past "the"
        if ends_at(_NAMING_BEFORE, masked, article.start() if article else span.open_at):
            return True
    if _names_a_rule(masked, span):
        return True
    if len(span.text.split()) > SHORT_WORDS or _reported(masked, span):     # words as written: 'a “2.5 GHz
        return False                                                          # quad-core” processor' has three
    if _PRONOUN_TAG_AFTER.match(masked, span.close_at):
        return False    # 'educated about “sensible behaviour” he says': someone's words, tagged
    before = ends_at(_PREPOSITION_BEFORE, masked, span.open_at)
    if before and not ends_at(_CUE_AT_END, masked, before.start()) and not re.search(r",|[!?]$", span.text):
        return True     # "to pay for “Medicare for all.”", "principles of “Vedic architecture”" (not "warned of “…”")
    nxt = _NEXT_WORD.match(masked, span.close_at)
    return bool(ends_at(_DETERMINER_BEFORE, masked, span.open_at) and nxt and nxt.group(1).lower() not in _FUNCTION_WORDS)


#: A demonstrative right before a quoted word, and a verb right after it: the word is the clause's subject.
_DEMONSTRATIVE_BEFORE = re.compile(r"\b(?:this|these|those)\s+$")    # not "that": "emphasises that “courtesy” is vital"
_VERB_AFTER_SUBJECT = re.compile(r"[”\"’']?\s+(?:is|was|are|were|has|had|will|would|can|could|may|might)\b")


def _reported(masked: str, span: QuoteSpan) -> bool:
    """Lower-case words after a strong reporting verb earlier in their sentence ('said that …', 'accused him of …')."""
    start, _ = sentence_bounds(masked, span.open_at)
    return span.text.islower() and STRONG_CUE_RE.search(masked, start, span.open_at) is not None


def _names_a_rule(masked: str, span: QuoteSpan) -> bool:
    """'opposes a “don't ask, don't tell” policy', 'the “one in, one out” rule': a name of a rule, a plan or a saying
    between a determiner and the noun it modifies (up to six words: longer, and a quote may just run on)."""
    nxt = _NEXT_WORD.match(masked, span.close_at)
    return bool(nxt and nxt.group(1).lower() in RULE_NOUNS and len(quote_words(span.text)) <= 2 * SHORT_WORDS
                and not re.search(r"[.!?]$", span.text) and ends_at(_DETERMINER_BEFORE, masked, span.open_at))


_CUE_AT_END = re.compile(CUE_RE.pattern + r"\s*$")
#: A he or she and a reporting verb right after the quote: "“…” he says", "“…,” she said".
_PRONOUN_TAG_AFTER = re.compile(r"[”\"’']?,?\s+(?:he|she)\s+" + CUE_RE.pattern)
_PREPOSITION_BEFORE = re.compile(r"\s*\b(?:of|for|from|into|about|than|like|with)\s*$")


_LIST_MARK = re.compile(r"\s*(?:\d+[.)]|[-•*])?\s*")


def is_heading(ctx: ArticleContext, span: QuoteSpan) -> bool:
    """A paragraph that is only a short quote without final punctuation is a subheading ("“Alarming mortality
    rate”"), an excerpt of a quote given in full elsewhere; a video's running time may follow ("… 03:22")."""
    masked = ctx.masked[span.paragraph]
    if not _LIST_MARK.fullmatch(masked, 0, span.open_at):       # words before it: not alone (and no copy of the rest)
        return False
    tail = re.sub(r"\s\d{1,2}:\d{2}\s*$", "", masked[span.close_at:])
    return not re.sub(r"[\W_]", "", tail) and not span.more and len(quote_words(span.text)) <= 8 \
        and span.text[-1] not in ".!?…,;:"


def _is_scare_quote(text: str, has_cue: bool) -> bool:
    """Scare quotes, titles and slogans: short spans, ALL-CAPS spans, or Title Case spans, with no reporting verb."""
    words = quote_words(text)
    if text.isupper() and len(words) > 1:
        return True
    if has_cue:
        return False
    title_case = len(words) <= 10 and all(w[0].isupper() or len(w) <= 3 for w in words)
    return len(words) <= SHORT_WORDS or title_case


def _is_title_case(text: str) -> bool:
    words = quote_words(text)
    return 0 < len(words) <= 10 and all(w[0].isupper() or w[0].isdigit() or len(w) <= 3 for w in words)


#: What a Title Case quote after it is the name of: a work (lexicon/data/work-nouns.txt), an operation or a
#: campaign, a show of someone's ("CNN's"), or what names, performs or reads one ("titled", "starring", "watching", "has read").
_WORK_BEFORE = re.compile(r"(?:\b[A-Z][\w.&]*[’']s|\b(?:" + "|".join(sorted(WORK_NOUNS, key=len, reverse=True))
                          + r"|operation|campaign|slogan|titled|entitled|performing|singing|playing|hitting|starring|"
                          r"starred in|called|named|dubbed|watch|watches|watched|watching|read|reads|reading))\s*[,:]?\s*$", re.I)


def is_work_title(ctx: ArticleContext, span: QuoteSpan) -> bool:
    """'the film “Harbour Lights,”', 'CNN's “State of the Union”', 'Operation “Northern Shield”': a Title Case
    name right after a word for a work (or a possessive) is the work's title, not anyone's words."""
    return _is_title_case(span.text) and bool(ends_at(_WORK_BEFORE, ctx.masked[span.paragraph], span.open_at))


#: After a quoted title, who made or is in the work, then their name: ' director Ann Lee', ' director and co-producer
#: Ann Lee', ' star Jo Roe' (lexicon person-nouns.txt, class credit).
_CREDIT_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{CREDIT_NOUNS})"
                           rf"(?:\s+(?:and|&)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{CREDIT_NOUNS}))?,?\s+[A-Z]")


def is_credited_work(ctx: ArticleContext, span: QuoteSpan) -> bool:
    """'“Harbour Lights” director Ann Lee said', '“Night Shift” star and co-creator Jo Roe': a Title Case name
    with no final punctuation right before who made or is in it and their name is the work's title."""
    return _is_title_case(span.text) and not re.search(r"[.!?,;:]$", span.text) \
        and _CREDIT_AFTER.match(ctx.masked[span.paragraph], span.close_at) is not None


def listed_titles(ctx: ArticleContext, spans: list[QuoteSpan]) -> set[int]:
    """Three or more Title Case quotes in one sentence are a list of works (songs, films, books), not speech:
    'hits including “Black Water,” “China Grove” and “Minute By Minute”'."""
    by_sentence: dict[tuple[int, int], list[QuoteSpan]] = {}
    for span in spans:
        if not span.more and _is_title_case(span.text):
            start, _ = sentence_bounds(ctx.masked[span.paragraph], span.open_at)
            by_sentence.setdefault((span.paragraph, start), []).append(span)
    return {id(s) for group in by_sentence.values() if len(group) >= 3 for s in group}


#: Two short quoted words joined by or/and/to/a comma: "a “handshake” or “ping”", "“severe” or “emergency” levels",
#: "the “X” or the “Y”", "on a scale of “very good” to “very bad”".
_PAIR_GAP = re.compile(r"\s*(?:,|or|and|to|,\s*or|,\s*and)(?:\s+(?:the|a|an))?\s*$")


def side_by_side(spans: list[QuoteSpan]) -> dict[int, list[QuoteSpan]]:
    """Each quote's neighbours in its paragraph (the one before and the one after): only they can be the other
    half of a term pair, and looking at them alone keeps a paragraph of many quotes linear (issue 19)."""
    by_para: dict[int, list[QuoteSpan]] = {}
    for span in spans:
        by_para.setdefault(span.paragraph, []).append(span)
    out: dict[int, list[QuoteSpan]] = {}
    for group in by_para.values():
        group.sort(key=lambda s: s.open_at)
        for i, span in enumerate(group):
            out[id(span)] = group[max(0, i - 1):i] + group[i + 1:i + 2]
    return out


def in_term_pair(ctx: ArticleContext, span: QuoteSpan, spans: list[QuoteSpan]) -> bool:
    """A short quote joined to another short quote by or/and: two terms side by side, not speech.  `spans` are
    the quotes to compare with: its neighbours (`side_by_side`)."""
    if len(quote_words(span.text)) > SHORT_WORDS or span.more:
        return False
    masked = ctx.masked[span.paragraph]
    for other in spans:
        if other is span or other.paragraph != span.paragraph or len(quote_words(other.text)) > SHORT_WORDS:
            continue
        gap = masked[other.close_at:span.open_at] if other.close_at <= span.open_at else masked[span.close_at:other.open_at]
        if len(gap) < 12 and _PAIR_GAP.match(gap.strip("”\"’'“‘ ")):
            return True
    return False


#: Words a quote is thought with, not said: "the more people shrug and think, “…”"; or what the reader, addressed
#: as 'you', would say to themself: "without having to tell yourself “no.”" (imagined, not said).
_THOUGHT_BEFORE = re.compile(r"\b(?:think|thinks|thinking|wonder|wonders|wondering|imagine|imagines|"
                             r"imagining)\s*[,:]\s*$"      # "Axelrod thinks “there's a real risk”" is his
                             r"|\b(?:tell|telling|ask|asking|remind|reminding|say\s+to)\s+(?:yourself|yourselves)\s*[,:]?\s*$")
#: Things that carry words but do not speak: a quote they "read" or "say" is a slogan or a title, not speech.
_WRITTEN_ON = (r"(?:banner|banners|sign|signs|placard|placards|poster|posters|t-shirt|t-shirts|graffiti|headline|tagline|motto|"
               r"slogan|rallying cry|battle cry|war cry|catchphrase|watchword)")
_WRITTEN_AFTER = re.compile(rf"[\s,]*(?:(?:a|an|the|one|another)\s+)?(?:[a-z][\w-]*\s+)?{_WRITTEN_ON}\s+"
                            r"(?:read|reads|said|says|declared|proclaimed)\b")
#: ... and its translation after a dash: 'his best-known rallying cry is “Écrasez l’infâme”—“Crush the infamous thing.”'
_WRITTEN_BEFORE = re.compile(rf"\b{_WRITTEN_ON}\b[^.!?_]{{0,40}}?\b"
                             r"(?:read|reads|reading|is|was|said|says|saying|asking|declaring)\s*[,:]?\s*"
                             r"(?:[“\"‘«]?_+[.!?…]?[”\"’»]?\s*[—–-]\s*)?$")


def on_a_sign(ctx: ArticleContext, span: QuoteSpan) -> bool:
    """'“Not even scared,” a banner read', 'the tagline for which is “…”': words on a banner, sign or masthead, or a
    slogan ('his rallying cry is “…”')."""
    masked = ctx.masked[span.paragraph]
    return _WRITTEN_AFTER.match(masked, span.close_at) is not None \
        or ends_at(_WRITTEN_BEFORE, masked, span.open_at) is not None


def repeated_terms(ctx: ArticleContext, spans: list[QuoteSpan]) -> set[int]:
    """Short quotes whose words come back quoted in the same paragraph ('give “space” … with “space” defined
    as'): a term under discussion, not speech.  One dictionary pass over the quotes.  Not when each comes in a
    sentence of its own that reports it ('The Queen said it made them “very happy”. The princes said they are
    “very happy”'): two people said the same words."""
    seen: dict[tuple[int, str], list[QuoteSpan]] = {}
    for span in spans:
        if not span.more and len(quote_words(span.text)) <= SHORT_WORDS:
            seen.setdefault((span.paragraph, " ".join(quote_words(span.text.lower()))), []).append(span)
    return {id(s) for group in seen.values() if len(group) > 1 and not _each_reported(ctx, group) for s in group}


def _each_reported(ctx: ArticleContext, group: list[QuoteSpan]) -> bool:
    """Every span of the group sits in its own sentence, after a strong reporting verb of that sentence."""
    masked = ctx.masked[group[0].paragraph]
    starts = [sentence_bounds(masked, s.open_at)[0] for s in group]
    return len(set(starts)) == len(starts) and all(STRONG_CUE_RE.search(masked, start, s.open_at)
                                                   for start, s in zip(starts, group))


#: A reporting verb (and a comma or colon) or a colon right before the opening mark: the quote is what is said.
_INTRODUCED_BY = re.compile(r"(?:" + CUE_RE.pattern + r"\s*[,:]?|[:—–])\s*$")


def is_coined_name(ctx: ArticleContext, span: QuoteSpan) -> bool:
    """'would keep being the “Uncarrier.”', 'the next “Uncarrier” move', 'calls the plan “Freedom”': one to three
    capitalised words in marks (no exclamation, question or address), not introduced by a verb or a colon and not
    opening a sentence, are a name a
    company or a campaign coined (a brand, a plan, a slogan), even in a sentence with a reporting verb."""
    words = quote_words(span.text)
    if not 0 < len(words) <= SHORT_WORDS or span.more or not all(w[0].isupper() for w in words) \
            or re.search(r"[!?]|\w,\s", span.text):       # "Hi, Daddy!" is said
        return False
    masked = ctx.masked[span.paragraph]
    start, _ = sentence_bounds(masked, span.open_at)
    return bool(masked[start:span.open_at].strip()) and not ends_at(_INTRODUCED_BY, masked, span.open_at)


def is_hyphenated_term(ctx: ArticleContext, span: QuoteSpan) -> bool:
    """'the things she finds “un-cool”', 'her role as “mom-in-chief”': one hyphenated compound in marks, inside a
    sentence and not introduced by a reporting verb or a colon, is a coinage the writer quotes, even in a sentence
    with a reporting verb elsewhere (a plain word in marks often is someone's: 'called it “unacceptable”')."""
    if span.more or not re.fullmatch(r"\w+(?:-\w+)+", span.text):
        return False
    masked = ctx.masked[span.paragraph]
    start, _ = sentence_bounds(masked, span.open_at)
    return bool(masked[start:span.open_at].strip()) and not ends_at(_INTRODUCED_BY, masked, span.open_at)


#: A sentence of the writer's own, 'I' its subject (after an introductory word or phrase): "Plus, I’d need to …".
_WRITER_SUBJECT = re.compile(r"\s*(?:[^,_]{0,40},\s*)?(?:And\s+|But\s+|So\s+)?I(?:[’']d|[’']m|[’']ve|[’']ll)?\s+[a-z]")
_OWN_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself|mine)\b")


def is_writers_own_phrase(ctx: ArticleContext, span: QuoteSpan, has_cue: bool) -> bool:
    """'And I’d need to “put myself out there” on webinars': a short phrase in the first person, quoted inside a
    sentence whose subject is the writer's 'I' with no reporting verb, is the writer's own idiom, not someone's."""
    if has_cue or span.more or len(quote_words(span.text)) > 2 * SHORT_WORDS or not _OWN_FIRST_PERSON.search(span.text):
        return False
    masked = ctx.masked[span.paragraph]
    start, _ = sentence_bounds(masked, span.open_at)
    return _WRITER_SUBJECT.match(masked, start, span.open_at) is not None and "_" not in masked[start:span.open_at] \
        and not masked[start:span.open_at].rstrip().endswith(":")


#: A clause's opening before a quote: the sentence's start or a comma ("If that's too many, ").
_CLAUSE_START = re.compile(r"(?:^|,)\s*$")
#: An auxiliary and a participle or adjective after a quote that is the subject: "‘…’ can be activated in settings".
_NAMED_THING_VERB = re.compile(r"\s+(?:can|could|may|must|will|should|is|are|was|were)\s+(?:be\s+|not\s+be\s+)?"
                               r"(?:[a-z]+ed|[a-z]+able|on|off|available|hidden|found|shown|set)\b")


def is_named_thing(ctx: ArticleContext, span: QuoteSpan, has_cue: bool) -> bool:
    """"If that's one step too many, ‘tap to take pics’ can be activated in the settings menu": a short lower-case
    phrase in marks opening a clause as the subject of a passive or of 'is available' names a setting, a mode or a
    feature; nobody says it."""
    words = quote_words(span.text)
    if has_cue or span.more or not 0 < len(words) <= 2 * SHORT_WORDS or not span.text[:1].islower() \
            or span.text[-1] in ".!?…,":
        return False
    masked = ctx.masked[span.paragraph]
    start, _ = sentence_bounds(masked, span.open_at)
    return _CLAUSE_START.search(masked, start, span.open_at) is not None \
        and _NAMED_THING_VERB.match(masked, span.close_at) is not None


#: A pull quote repeats at least this many words of the writer's own text.
_PULLED_WORDS = 8


def repeats_the_text(ctx: ArticleContext, span: QuoteSpan, has_cue: bool) -> bool:
    """'“They always say it’s so important to make your voice heard …”' set as a paragraph of its own, its words
    standing unquoted in a paragraph of the article: a pull quote of the writer's own text, not someone's words."""
    if has_cue or span.more or not opens_paragraph(ctx.masked[span.paragraph], span.open_at) \
            or words_after(ctx.masked[span.paragraph], span.close_at):
        return False
    core = span.text.strip().rstrip(".…").rstrip()
    return len(quote_words(core)) >= _PULLED_WORDS \
        and any(core in masked for i, masked in enumerate(ctx.masked) if i != span.paragraph)


def not_speech(ctx: ArticleContext, group: list[QuoteSpan], text: str, has_cue: bool) -> bool:
    """Quote marks around words nobody says here: scare quotes, terms, titles of works, subheadings, thoughts."""
    single = len(group) == 1
    first = group[0]
    return _is_scare_quote(text, has_cue) or (single and (is_term(ctx, first) or is_work_title(ctx, first)
                                                          or is_coined_name(ctx, first) or is_hyphenated_term(ctx, first)
                                                          or is_credited_work(ctx, first))) \
        or (not has_cue and is_heading(ctx, first)) or (single and on_a_sign(ctx, first)) \
        or ends_at(_THOUGHT_BEFORE, ctx.masked[first.paragraph], first.open_at) is not None \
        or (single and (is_writers_own_phrase(ctx, first, has_cue) or is_named_thing(ctx, first, has_cue)
                        or repeats_the_text(ctx, first, has_cue)))
