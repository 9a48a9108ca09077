"""Word lists shared by the quote and people modules: reporting verbs, pronouns, speaker descriptions.

Kept apart so that `names` (who is mentioned) and `speakers` (who is speaking) agree on what a
reporting verb is, and so the lists can grow without touching the logic.
"""
from __future__ import annotations

import re

#: Reporting verbs in every tense we attribute quotes with.  "called" only counts as a cue when a
#: quote follows it in the same clause (checked by the caller); "according to" is a cue phrase.
_CUE_STEMS = {
    "say": "say|says|said|saying",
    "tell": "tell|tells|told|telling",
    "add": "add|adds|added|adding",
    "stress": "stress|stresses|stressed|stressing",
    "warn": "warn|warns|warned|warning",
    "note": "note|notes|noted|noting",
    "reiterate": "reiterate|reiterates|reiterated|reiterating",
    "call": "called|calling",
    "describe": "describes|described|describing",
    "tweet": "tweet|tweets|tweeted|tweeting",
    "write": "write|writes|wrote|writing",
    "explain": "explain|explains|explained|explaining",
    "insist": "insist|insists|insisted|insisting",
    "argue": "argue|argues|argued|arguing",
    "ask": "asks|asked",
    "announce": "announces|announced|announcing",
    "declare": "declares|declared|declaring",
    "claim": "claims|claimed|claiming",
    "state": "states|stated|stating",
    "remark": "remarked|remarking",
    "reply": "replies|replied|replying",
    "respond": "responds|responded|responding",
    "comment": "commented|commenting",
    "conclude": "concludes|concluded|concluding",
    "acknowledge": "acknowledges|acknowledged|acknowledging",
    "admit": "admits|admitted|admitting",
    "urge": "urges|urged|urging",
    "suggest": "suggests|suggested|suggesting",
    "emphasise": "emphasi[sz]es|emphasi[sz]ed|emphasi[sz]ing",
    "underline": "underlines|underlined|underlining",
    "recall": "recalls|recalled|recalling",
    "observe": "observes|observed|observing",
    "point out": "points? out|pointed out|pointing out",
    "predict": "predicts|predicted|predicting",
    "vow": "vows|vowed|vowing",
    "promise": "promises|promised|promising",
    "pledge": "pledged|pledging",
    "affirm": "affirms|affirmed|affirming",
    "assert": "asserts|asserted|asserting",
    "confirm": "confirms|confirmed|confirming",
    "complain": "complains|complained|complaining",
    "caution": "cautions|cautioned|cautioning",
    "boast": "boasts|boasted|boasting",
    "lament": "laments|lamented|lamenting",
    "post": "posted",
    "allege": "alleges|alleged|alleging",
    "recount": "recounts|recounted|recounting",
    "quip": "quips|quipped|quipping",
    "joke": "jokes|joked|joking",
    "testify": "testifies|testified|testifying",
    "counter": "countered|countering",
    "retort": "retorts|retorted|retorting",
    "concede": "concedes|conceded|conceding",
    "contend": "contends|contended|contending",
    "maintain": "maintains|maintained|maintaining",
    "agree": "agreed",
    "exclaim": "exclaims|exclaimed|exclaiming",
    "shout": "shouts|shouted|shouting",
    "whisper": "whispered",
    "mention": "mentioned",
    "answer": "answered",
    "wonder": "wondered",
    "assure": "assured|reassured",
    "report": "reported",
    "reveal": "revealed",
    "underscore": "underscores|underscored|underscoring",
    "highlight": "highlighted",
    "threaten": "threatened",
    "demand": "demanded",
    "deny": "denies|denied|denying",
    "according to": "[Aa]ccording to",
}

#: Case-sensitive on purpose: "States" in "United States" is not a reporting verb.
#: Not after a hyphen: "so-called" is not a reporting verb.
CUE_RE = re.compile(r"(?<![\w-])(" + "|".join(_CUE_STEMS.values()) + r")\b")

#: Verbs whose object is usually not speech unless a quotation follows closely ("called for", "was called").
WEAK_CUES = {"alleges", "alleged", "alleging", "reported", "agreed", "maintained", "demanded", "threatened",
             "highlighted", "mentioned", "call", "calls", "called", "calling", "post", "posted", "deny", "denies", "denied", "denying",
             "confirm", "confirms", "confirmed", "confirming", "promise", "promises", "promised", "promising"}

#: Cue forms that carry no subject of their own: the speaker is the subject of the clause they hang on.
PARTICIPLE_CUES = re.compile(r"ing\b|^according to$", re.I)

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "they": "plural", "i": None, "we": None}
SUBJECT_PRONOUN_RE = re.compile(r"\b(he|she|they)\s*$", re.I)

#: Adverbs and auxiliaries between a subject and its reporting verb ("Sherman also said", "he has said").
BETWEEN_SUBJECT_AND_CUE = re.compile(
    r"(?:\s+(?:also|then|later|again|further|previously|earlier|once|had|has|have|would|will|was|is|since|already|"
    r"herself|himself|[a-z]+ly))+\s*$")

#: Heads of definite descriptions that stand for a person ("the alliance’s top official said").
DESCRIPTION_RE = re.compile(
    r"(?:\b(?:the|The)|\b[A-Z][\w.-]*[’']s)\s+(?:[\w’'-]+\s+){0,4}?(official|spokes(?:man|woman|person)|minister|secretary[- ]general|"
    r"chief|head|leader|president|envoy|ambassador|diplomat|chancellor|premier|senator|governor|mayor|negotiator|"
    r"commander|chairman|chairwoman|chair|director|executive|officer|prosecutor|judge|coach|manager|captain)\s*$")

#: Speakers that are organisations or institutions ("NATO said", "the Kremlin said").
ORG_SPEAKER_RE = re.compile(
    r"(?:\b(?:the|The)\s+)?\b((?:[A-Z][\w.&’'-]*\s+){0,4}(?:Kremlin|White House|Pentagon|Ministry(?: of [A-Z]\w+(?: [A-Z]\w+)*)?|"
    r"Department(?: of [A-Z]\w+)?|Commission|Council|Government|Office|Agency|Alliance|Embassy|Police|League|Union|"
    r"Organi[sz]ation|Committee|Court|Army)|"
    r"(?:[A-Z][\w.&’'-]*\s+){1,3}(?:(?:foreign|defen[cs]e|interior|justice|health|finance|state)\s+)?"
    r"(?:ministry|government|embassy|department|office|army|military|police|agency|commission|council)|"
    r"[A-Z]{2,6}(?:-[A-Z][a-z]+)?)\s*$")

#: Common nouns that head a sentence as speakers ("Prosecutors alleged …"): never a name.
GROUP_SPEAKERS = set("""
Officials Prosecutors Police Witnesses Analysts Experts Critics Residents Authorities Investigators Lawyers Sources
Researchers Scientists Doctors Teachers Officers Protesters Demonstrators Diplomats Lawmakers Legislators Activists
Observers Supporters Opponents Organizers Organisers Voters Workers Employees Staff Students Parents Neighbors
Neighbours Locals Villagers Survivors Victims Relatives Families Fans Players Members Leaders Ministers Senators
Democrats Republicans Economists Officers Troops Soldiers Rebels Militants Insurgents Negotiators Mediators Scholars
""".split())

#: Sentence starters and other capitalised words that never begin a person's name.
NOT_NAME_WORDS = set("""
The A An In On At But And Or If As While When After Before During Since Although Though Because So Yet Still
This That These Those There Here It Its He She They We I You His Her Their Our My Your Who What Where Why How
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Mr Mrs Ms Dr Sir Madam Speaking Citing Post Among Other Others Throughout
Besides Taking Meanwhile However Moreover According Asked Last Next Earlier Later Former Both Each Every Some
Western Eastern Northern Southern European Senate Democrats Republicans Congress Parliament God Allies Allied
""".split())
