"""Pattern families for page furniture and for metadata worth keeping as notes.

Each family matches the *shape* of a kind of line (a comment prompt, an affiliate disclosure,
a photo credit) rather than any one site's wording, and carries the reason shown to the user by
`briefing clean --removed`.  Furniture patterns only fire on short lines (see `MAX_FURNITURE_WORDS`)
so that a body sentence that merely mentions "comments" or "share" is never taken out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from generator.lexicon.calendar import MONTH_NUMBERS_ANY_LANGUAGE, MONTHS, WEEKDAY_WORDS_ANY_LANGUAGE
from generator.text.dateline import find_dateline

#: Lines longer than this are article prose even when they contain a furniture phrase.
MAX_FURNITURE_WORDS = 22


@dataclass(frozen=True)
class LineRule:
    """One pattern family: a removed kind, the regex and the reason a reader sees."""

    kind: str
    pattern: re.Pattern
    reason: str
    ends_article: bool = False      # a header that opens the page's trailing furniture (comments, related, footer)
    flat_text_only: bool = False    # only for select-all copies; in trafilatura's output such lines are usually content


def _rx(text: str) -> re.Pattern:
    return re.compile(text, re.I | re.U)


_SOCIAL = r"(facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|e-?mail|print|messenger|telegram|flipboard|tumblr|copy( the)? link|sms|mail)"

#: Furniture rules, tried in order; the first match wins.  All are anchored at the line start.
FURNITURE: tuple[LineRule, ...] = (
    LineRule("comments", _rx(r"^(leave|post|add|write|submit) (a |your )?(comment|reply|response)\b"), "comment prompt", True),
    LineRule("comments", _rx(r"^(your email address will not be published|required fields are marked"
                             r"|you must be (logged|signed) in|(log|sign) in to (comment|reply)|be the first to comment"
                             r"|comments? (are|is) (closed|disabled|moderated)|(view|show|hide|load|see|read) (all )?\d* ?comments"
                             r"|(join|start) the (discussion|conversation)|welcome to the (discussion|conversation|comments)"
                             r"|sort by:? (newest|oldest|best|top)|comment policy|commenting (policy|guidelines))"),
            "comment-section prompt", True),
    LineRule("comments", _rx(r"^(deixe (um|uma|o seu|seu) (comentário|resposta)|cancelar resposta|lascia un commento|deja un comentario"
                             r"|laisser un commentaire|kommentar (schreiben|verfassen)|оставить комментарий|cancel reply|reply to this)"),
            "comment-form prompt", True),
    LineRule("comments", _rx(r"^\d+ (comments?|responses?|replies|thoughts)( to| on)\b|^comments? feed\b|\bcomments feed$"
                             r"|^[\w.-]{2,30} (says|said|wrote|writes):$"), "comment-section header or commenter line", True),
    LineRule("comments", _rx(r"^\W*(\d+|show|view|hide|load|see|read|top rated|top|best|reader|readers'?|all|latest|newest|most recent"
                             r"|user|visitor)?\W*(comments|comentários|comentarios|commenti|kommentare|commentaires|комментари\w*"
                             r"|reader responses)\W*(\(\d+\)|\d+)?\W*$"), "comment-section header", True),
    LineRule("comments", _rx(r"^[\(\[]?\d+[\)\]]? ?(comments?|replies|responses)\.?$|^comments?( \(\d+\))?:?$|^replies$|^reply$"),
            "comment counter or comment-section header", True),
    LineRule("community-guidelines", _rx(r"^(community (guidelines|standards|rules)|report (abuse|this comment)"
                                         r"|please (keep|be) (it )?(civil|respectful|clean))"), "community-guidelines line", True),
    LineRule("affiliate", _rx(r"^(as an amazon associate|(we|\w+) (may )?(earn|receive|get) (a )?(small )?(commission|affiliate)"
                              r"|this (post|article|page|story) (may )?contains? affiliate|affiliate (links?|disclosure)"
                              r"|(when|if) you buy (something )?through (our )?links|purchases made through (our )?links"
                              r"|available (from|at|on) amazon|buy (it )?(now|here)( on| at| from)?\b|check (the )?price|see (it|price) at)"),
            "affiliate or shopping line"),
    LineRule("ad", _rx(r"^(advertisement|advertising|sponsored( content| by| post)?|paid (content|post|partner)|promoted( content)?"
                       r"|ad(choices)?|ads by \w+|story continues below( advertisement)?|continue reading (the main story|below)"
                       r"|scroll (down )?to continue( reading)?|article continues (below|after)( advertisement)?"
                       r"|reklam|publicidade|publicidad|pubblicità|anzeige|реклама)\W*$"), "advertisement marker"),
    LineRule("audio", _rx(r"^(press play to listen|listen to (this|the) (article|story|podcast)|audio (is )?(not )?available"
                          r"|\d+:\d+ ?min(ute)?s? listen|listen\W*\d+ min|listen now)"), "audio player prompt"),
    LineRule("share", _rx(rf"^((share|tweet|pin|email|send)( this| the)?( article| story| post| page| video| on| via| with)?( {_SOCIAL})?"
                          rf"|{_SOCIAL}|share (on|via|with) .{{1,30}}|click to (share|email|print|tweet|pin).*|.*\(opens in (a )?new window\)"
                          rf"|link copied.*|(\d+ )?shares?)\W*$"), "share button"),
    LineRule("share", _rx(rf"^({_SOCIAL}\W*[•|·,/ ]\W*)+{_SOCIAL}\W*$"), "row of share buttons"),
    LineRule("image-credit", _rx(r"^(?=(\S+\s+){0,7}\S*$)[A-Z][\w.'’ -]{1,40}(/ ?[A-Z][\w.'’& -]{1,40}){1,4}$"
                                 r"|^(?=(\S+\s+){0,9}\S*$)[A-Z][\w.'’ -]{1,40}( \| [A-Z][\w.'’& -]{0,40}){0,2} \| (Getty Images|Reuters|AFP|AP|Shutterstock|EPA|Bloomberg)$"),
             "photographer/agency credit"),
    LineRule("image-credit", _rx(r"^[(\[]?(credit|photo(graph)?|image|picture|foto|фото|illustration|source)( credit)?s?\s*(…|:|by\b|\.\.\.|/|©)"),
             "image credit"),
    LineRule("image-credit", _rx(r"^(\(|\[)?(AP|AFP|Reuters|Getty Images|EPA|Shutterstock|iStock|Bloomberg|Xinhua|TNS)"
                                 r"( ?photo| ?/ ?[\w. ]+)*(\)|\])?\.?$"), "agency photo credit"),
    LineRule("other", _rx(r"^(picture|image|photo|video|gallery|graphic|illustration|play video|watch|embed|loading\W*"
                          r"|\d+ (photos|images|pictures)|view (gallery|slideshow|photos)|enlarge( this)?( image)?|expand|close|x|×|•)\W*$"),
             "image or player placeholder"),
    LineRule("related", _rx(r"^(more|other|latest|top|related|popular|recent|recommended|trending|next up)\b.{0,30}\b(stories|articles|news|posts"
                            r"|videos|reads|in)\W*$|^(most (read|popular|viewed|shared|commented)|more|latest|top|trending|popular)( \w+){0,2}"
                            r" (in|from|on|at) [\w&'’ ]{1,25}$|^more( from)? [A-Z][\w.]+( [A-Z][\w.]+){0,3}$"), "related-content header", True),
    LineRule("related", _rx(r"^(recommended( for you| stories| reading| videos)?|related( articles?| stories| posts| content| coverage"
                            r"| news| links| topics| videos?| reading)?|read (more|next|also)|also read|see also|more (from|on|in|about) .{1,40}"
                            r"|more (stories|news|articles|videos)|you (may|might) (also )?(like|enjoy|be interested)"
                            r"|(most )?(popular|read|viewed|shared)( now| today| stories| articles| videos| posts)?|trending( now| stories)?"
                            r"|don'?t miss|top (stories|news|videos)|latest (news|stories|articles|videos|posts)|what to read next"
                            r"|editor'?s? picks?|more headlines|around the web|from (our|the) partners|promoted stories"
                            r"|leia (também|mais)|veja também|leggi anche|читайте также|lesen sie auch)\W*$"), "related-content header", True),
    LineRule("related", _rx(r"^[\[(]?(read more|read also|also read|related( \w+)?|see (also|more)|more|watch|listen|recommended"
                            r"|also( on [\w.]+)?|leia (também|mais)|veja também|leggi anche( su)?|читайте также)\s*[:|»›>—–-]?\s*[:|»›>—–-]\s*\S"
                            r"|^also on [\w-]+\.(com|org|net|co\.uk)\b"), "related-article link"),
    LineRule("related", _rx(r"^(?=(\S+\s+){0,20}\S*$).*\[(insight|video|pictures|photos|reaction|warning|news|poll|latest|gallery|watch|quiz)\]\W*$"),
             "related-article teaser"),
    LineRule("related", _rx(r"^(follow|more|read) .{0,60}(coverage|news|stories|articles)?\b.{0,30}(at|:) ?https?://"), "link to more coverage"),
    LineRule("newsletter", _rx(r"^(sign up|subscribe|register|join|get) (now |today |here )?(for|to)? ?(our|the|free|my)? ?(daily |weekly |free )*"
                               r"(newsletters?|e-?mails?|alerts|updates|briefing|digest)|^(newsletters?|subscribe( now| today)?|sign up( now)?)\W*$"
                               r"|^(enter|type) your e-?mail|delivered (straight |directly )?to your inbox|^thanks? for (signing up|subscribing)"
                               r"|^(by (signing up|subscribing)|you can unsubscribe|we respect your privacy)"),
            "newsletter prompt", True),
    LineRule("newsletter", _rx(r"^(?=(\S+\s+){0,13}\S*$).*\b(newsletters?|inbox|mailing list)\b|^stay (up to date|informed|in the loop|on top)\b"
                               r"|^(?=(\S+\s+){0,11}\S*$)subscribe to\b|^sign up\s*:|^(there was an )?error processing your subscription"),
             "newsletter prompt", True),
    LineRule("share", _rx(r"^follow (us|me|@?[\w'’ ]{1,50}) on (facebook|twitter|instagram|youtube|linkedin|tiktok|x)\b"
                          r"|^(like|find) (us|me) on\b"
                          r"|^(like|enjoy(ed)?|love) (this|the) (story|article|post)\?|share (it|this|your thoughts) with (a|your)? ?friends?"),
             "social follow or share prompt"),
    LineRule("share", _rx(r"^[\d,.]+[km]?(\s+[\d,.]+[km]?)?\s+retweets?\s+[\d,.]+[km]?(\s+[\d,.]+[km]?)?\s+likes?$"),
             "a tweet card's counts"),
    LineRule("signature", _rx(r"^(?=(\S+\s+){0,40}\S*$)([A-Z][\w.'’-]+ ){1,3}(is|was) (a|an|the|\w+['’]s) ([\w-]+ ){0,3}(reporter|writer|correspondent"
                              r"|editor|columnist|journalist|contributor|producer|author|freelance\w*)\b"), "author biography"),
    LineRule("signature", _rx(r"^(write to .{2,60} at )?[\w.+-]+@[\w-]+\.[\w.]+\.?$|^(email|e-mail|contact) (the )?(author|reporter|writer)\b"),
             "author contact line"),
    LineRule("affiliate", _rx(r"^(?=(\S+\s+){0,30}\S*$).*\b(if|when) you (buy|purchase) (something|anything|a product)? ?(through|via|from) "
                              r"(this|our|these|the) (post|links?|article|page)|\bmay (get|earn|receive) a (share|commission|portion)"),
             "affiliate disclosure"),
    LineRule("ad", _rx(r"^click here\b|^if you (enjoyed|liked|value) (this|our) (article|story|post|journalism)|^(become|join) (a )?(member|subscriber)"
                       r"|^support (our|independent) journalism"
                       r"|^(?=(\S+\s+){0,14}\S*$)(please )?(support|donate to) [A-Z][\w.]+\b"), "call to action"),
    LineRule("other", _rx(r"^this (copy|material) is for your personal,? non-commercial use|^distribution and use of this material"
                          r"|^(an )?error (has )?occurred|^something went wrong"), "reprint notice or widget message"),
    LineRule("other", _rx(r"^(reading time|tempo de leitura|tiempo de lectura|lesezeit|temps de lecture|\d+ min(ute)?s? read)\b"),
             "reading-time label"),
    LineRule("navigation", _rx(r"^(filed under|tags?|tagged( with)?|categor(y|ies)|topics?|etiquetas|argomenti)\s*:"), "tag or category list"),
    LineRule("other", _rx(r"^(https?://|www\.)\S+$"), "bare link", flat_text_only=True),
    LineRule("comments", _rx(r"^(?=(\S+\s+){0,30}\S*$).*\b(comments?|comentários?|commenti|kommentare|commentaires)\b.*\b(moderat\w*|approv\w*|aprovad\w*)"),
             "comment moderation policy"),
    LineRule("cookie", _rx(r"^(we use cookies|this (site|website) uses cookies|by (continuing to (use|browse)|using) this (site|website)"
                           r"|accept (all )?cookies|cookie (policy|settings|preferences|notice)|manage (cookies|preferences)|privacy (policy|notice|settings)"
                           r"|(your )?ad choices|do not sell my (personal )?info)"), "cookie or privacy notice", True),
    LineRule("signature", _rx(r"^(\w+ )?(wire|news service|news wire|staff|staff reports?|wire reports?|wire services?)$"
                              r"|^(—|-|–)?\s*(the )?(associated press|reuters|afp|ap|dpa|ansa|bloomberg|tns|tribune news service)\.?$"),
             "wire or staff signature"),
    LineRule("image-credit", _rx(r"^(©|\(c\))\s*[A-Z][\w.'’-]+( [A-Z][\w.'’-]+){0,3}\s*(/.{0,40})?$"), "photo copyright credit"),
    LineRule("other", _rx(r"^(copyright|©|\(c\) \d{4}|all rights reserved|todos os direitos|tutti i diritti|все права)"), "copyright line", True),
    LineRule("navigation", _rx(r"^(skip to (main )?(content|navigation)|back to (top|main menu)|jump to|main menu|menu|search|home|close menu"
                               r"|log ?in|sign ?in|log ?out|sign ?out|register|my account|subscribe|subscriber login|edition|english"
                               r"|contact( us)?|about( us)?|terms( of (use|service))?|terms (&|and) conditions|site ?map|rss( feeds?)?"
                               r"|follow us( on .{1,20})?|advertise( with us)?|careers|help|faq|next|previous|prev|more|toggle \w+"
                               r"|open (menu|navigation)|print edition|e-?paper|today'?s paper)\W*$"), "navigation link"),
    LineRule("navigation", _rx(r"^(view|see|show|load) (all|more)( \w+)?\s*(\(\d[\d,]*\))?\W*$"), "'view all (23)' link"),
)

#: Notes kept out of the body but never dropped.
NOTE_RULES: tuple[tuple[str, re.Pattern], ...] = (
    ("correction", _rx(r"^(corrections?|clarifications?)\s*[:.—–-]|^(this|an earlier) (version|article|story|post|report|headline)"
                       r"( of this (article|story|report))? (has been |was |is being )?(corrected|clarified|misstated|incorrectly|misidentified"
                       r"|misspelled|gave|said|stated|reported)")),
    ("update", _rx(r"^(update[sd]?|editor'?s'? note|ed\.? note)\s*(\(.{1,40}\))?\s*[:.—–-]|^(this|the) (article|story|version|post|report|piece)"
                   r" (has been|was|is being) updated")),
    ("contributors", _rx(r"\bcontributed (additional )?(to )?(this |the )?(report|reporting|research|story|article)\b.{0,40}$"
                         r"|^\(?(additional|further) reporting (by|from)\b|^\(?reporting by .{3,160}(editing|writing) by\b|^\(?(writing|editing) by [A-Z]")),
)

_BYLINE = _rx(r"^(by|von|por|di|par|door)\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}((,|\s+and|\s+&)\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3})*"
              r"(\s*[,|·•—–-]\s*.{0,60})?$")
_TWEET_SIGNATURE = re.compile(r"^[—–-]\s*(?P<name>.+?)\s*\((?P<handle>@\w{1,30})\)\s*(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4})\s*$")
_PHOTO_AGENCY = (r"(AP|AFP|Reuters|Getty Images|Getty|EPA|EPA-EFE|Shutterstock|iStock|Bloomberg|Xinhua|TNS|Pool|Sputnik|TASS|ANP|DPA"
                 r"|Anadolu|NurPhoto|SIPA|Alamy|Zuma|UPI|Invision|Corbis)")
_NAME = r"(?:[A-Z]\.|[A-Z][\w'’-]+)"
#: A credit at the end of a caption: "… Name/Pool/AFP via Getty Images/TNS", "(AP Photo/Name)", "Photo: Name".
_CAPTION_CREDIT = re.compile(
    r"(?P<credit>(\((AP|AFP|Reuters)? ?(Photo|Foto|Image|Credit)[^()]{0,80}\)"
    rf"|(Photo|Image|Picture|Credit|Foto)s?\s*(:|by)\s*[^.]{{2,80}}"
    rf"|({_NAME} ){{1,3}}?{_NAME} ?(/ ?[\w.'’ -]{{2,40}}){{0,4}}/ ?{_PHOTO_AGENCY}[\w.'’ /-]{{0,40}}"
    rf"|{_PHOTO_AGENCY}( via Getty Images)?))\s*\.?$")
#: A credit stuck to the caption's last sentence, as select-all copies join them: "… in New York.Reuters".
_GLUED_CREDIT = re.compile(rf"[a-z)][.!?](?P<credit>({_NAME} ){{0,3}}(/ ?)?{_PHOTO_AGENCY}( via Getty Images)?|{_NAME} {_NAME} ?/ ?[A-Z][\w .]+)$")
_CREDIT_WORD = re.compile(r"\b(photo|foto|image|credit)\b", re.I)
_SCENE_VERBS = re.compile(r"\b(meet|meets|attend|attends|speak|speaks|talks?|walk|walks|pose|poses|arrive|arrives|look|looks|stand|stands|sit"
                          r"|sits|gather|gathers|hold|holds|during|is seen|are seen|shown|pictured|left to right|from left|seen here)\b", re.I)
#: The first three letters of each English month -> its number (a dateline writes "Jan", "January" or "jan.").
_MONTHS = {m[:3]: i for i, m in enumerate(MONTHS, 1)}


def match_furniture(line: str, words: int, flat_text: bool = True) -> Optional[LineRule]:
    """The first furniture family a short line belongs to, or None."""
    if words > MAX_FURNITURE_WORDS:
        return None
    for rule in FURNITURE:
        if (flat_text or not rule.flat_text_only) and rule.pattern.search(line):
            return rule
    return None


def match_note(line: str) -> Optional[str]:
    """The note kind (correction, update, contributors) a line announces, or None."""
    for kind, pattern in NOTE_RULES:
        if pattern.search(line):
            return kind
    return None


def is_byline(line: str, words: int) -> bool:
    """"By Name [and Name]" on a short line of its own."""
    return words <= 14 and bool(_BYLINE.match(line))


@dataclass
class TweetSignature:
    author: str
    handle: str
    date: Optional[str]


def tweet_signature(line: str) -> Optional[TweetSignature]:
    """Parse an embedded tweet's `— Name (@handle) Month D, YYYY` line."""
    found = _TWEET_SIGNATURE.match(line)
    if not found:
        return None
    return TweetSignature(found["name"], found["handle"], _iso_date(found["date"]))


#: A tweet copied as its card: the author's name and handle (a badge between, '?' when it was lost), the text, then
#: the time line "9:53 PM - 26 Dec 2016".
TWEET_CARD_HEADER = re.compile(r"^(?P<author>[^@\n]{2,60}?)\s*[✔✓?]?\s*(?P<handle>@\w{1,30})$")
TWEET_CARD_TIME = re.compile(r"^\d{1,2}:\d\d\s*[AP]M\s*[-–·]\s*(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]{2})\s+(?P<year>\d{4})$")


def tweet_card(header: str, time: str) -> Optional[TweetSignature]:
    """A tweet card's header line and time line (the text is the line between them), or None."""
    head, stamp = TWEET_CARD_HEADER.match(header), TWEET_CARD_TIME.match(time)
    if not head or not stamp:
        return None
    return TweetSignature(head["author"], head["handle"], _iso_date(f"{stamp['month']} {stamp['day']}, {stamp['year']}"))


def _iso_date(text: str) -> Optional[str]:
    found = re.match(r"([A-Za-z]+)\.? (\d{1,2}), (\d{4})", text)
    if not found or found[1][:3].lower() not in _MONTHS:
        return None
    try:
        return datetime(int(found[3]), _MONTHS[found[1][:3].lower()], int(found[2])).date().isoformat()
    except ValueError:
        return None


def dateline(line: str) -> Optional[str]:
    """The place of an inline dateline ("BRUSSELS –", "LONDON (Reuters) -": "LONDON"), or None."""
    found = find_dateline(line)
    return found.place if found else None


def split_caption(line: str, words: int) -> Optional[tuple[str, Optional[str]]]:
    """(caption, credit) when a line is a photo caption: a scene description ending in a photo credit."""
    if words > 80:
        return None
    found = _CAPTION_CREDIT.search(line)
    if found and found.start() > 20 and ("/" in found["credit"] or _CREDIT_WORD.search(found["credit"])):
        return line[:found.start()].rstrip(" (|–—-"), found["credit"].strip()
    glued = _GLUED_CREDIT.search(line)
    if glued and glued.start("credit") > 20:
        return line[:glued.start("credit")], glued["credit"]
    if re.match(r"^(from )?(left to right|l-r|from left)\b", line, re.I) and _SCENE_VERBS.search(line):
        return line, None
    return None


_MONTH_WORDS = "|".join(sorted(MONTH_NUMBERS_ANY_LANGUAGE, key=len, reverse=True))
_DATE = _rx(rf"\b(\d{{1,2}}(st|nd|rd|th)?\.?( de| of)? ({_MONTH_WORDS})\.?,?( de)? \d{{4}}|({_MONTH_WORDS})\.? \d{{1,2}}(st|nd|rd|th)?,? \d{{4}}"
            r"|\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b")
_STAMP_FILLER = _rx(
    rf"^({_MONTH_WORDS}|\d+\w{{0,2}}|[ap]\.?m\.?|[A-Z]{{1,4}}T|GMT|UTC|ET|PT|CET|IST|at|on|of|de|del|às|le|il|am|the|"
    r"published|updated|posted|modified|last|publicado|atualizado|actualizado|pubblicato|aggiornato|veröffentlicht|опубликовано|"
    + "|".join(WEEKDAY_WORDS_ANY_LANGUAGE) + "|"
    r"feira|today|yesterday|ago|"
    r"hours?|minutes?|mins?|hrs?)$")
_RELATIVE_TIME = _rx(r"^(posted |updated |published )?(\d+|an?|one) (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago\b"
                     r"(\s*(at|,)?\s*\d{1,2}:\d\d( ?[ap]\.?m\.?)?)?\W*$")
_HAS_DIGIT = re.compile(r"\d")
_BY_WORD = _rx(r"^(by|por|di|von|par|door|publicado por|author|autor)$")


def date_stamp(line: str, words: int) -> Optional[str]:
    """"stamp" for a short line that is only a date/time, "byline" when it also names an author; else None."""
    if words <= 8 and _RELATIVE_TIME.search(line):
        return "stamp"
    if words > 16 or not _HAS_DIGIT.search(line) or not _DATE.search(line) and not re.search(r"\b\d{1,2}:\d\d\b", line):
        return None
    if not _DATE.search(line) and words > 6:
        return None
    rest = [w for w in re.findall(r"[^\W_]+(?:['’.][^\W_]+)*", line) if not _STAMP_FILLER.match(w)]
    by = any(_BY_WORD.match(w) for w in rest)
    names = [w for w in rest if not _BY_WORD.match(w)]
    if any(w[:1].islower() for w in names):
        return None
    if by and len(names) <= 8 and all(w[:1].isupper() for w in names):
        return "byline"
    if len(names) <= 2 or (len(names) <= 4 and all(w[:1].isupper() for w in names) and not line.rstrip().endswith(".")):
        return "stamp"
    return None
