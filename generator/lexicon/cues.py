"""Reporting verbs ("said", "told", "according to"): the one list that quotes and people detection share."""
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
    "write": "write|writes|wrote|writing|written",
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
    "comment": "comments|commented|commenting",
    "conclude": "concludes|concluded|concluding",
    "acknowledge": "acknowledges|acknowledged|acknowledging",
    "admit": "admits|admitted|admitting",
    "urge": "urges|urged|urging",
    "beg": "begs|begged|pleads|pleaded|implores|implored",
    "rule": "ruled",
    "suggest": "suggests|suggested|suggesting",
    "emphasise": "emphasi[sz]es|emphasi[sz]ed|emphasi[sz]ing",
    "underline": "underlines|underlined|underlining",
    "recall": "recalls|recalled|recalling",
    "continue": "continues|continued",
    "read": "reads|read",
    "issue": "issues|issued|releases|released",
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
    "assure": "assures|assured|assuring|reassures|reassured|reassuring",
    "report": "reported",
    "dub": "dubbed|dubbing",
    "blast": "blasted",
    "slam": "slammed",
    "criticise": "critici[sz]ed",
    "condemn": "condemned",
    "praise": "praised",
    "hail": "hailed",
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
WEAK_CUES = {"issues", "issued", "releases", "released", "alleges", "alleged", "alleging", "dubbed", "dubbing", "blasted", "slammed", "criticized", "criticised",
             "condemned", "praised", "hailed", "agreed", "maintained", "demanded", "threatened",
             "highlighted", "mentioned", "call", "calls", "called", "calling", "post", "posted", "deny", "denies", "denied", "denying",
             "confirm", "confirms", "confirmed", "confirming", "promise", "promises", "promised", "promising"}

#: Reporting verbs that mark their subject as someone speaking (people detection): the weak ones left out, so
#: "released through Big Machine" or "praised Smith" names nobody as a speaker.
STRONG_CUE_RE = re.compile(r"(?<![\w-])(" + "|".join(
    f for forms in _CUE_STEMS.values() for f in forms.split("|") if f.lower() not in WEAK_CUES) + r")\b")
