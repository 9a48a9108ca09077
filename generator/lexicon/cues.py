"""Reporting verbs ("said", "told", "according to"): the one list that quotes, people detection and quote
grouping share (data/reporting-verbs.txt, data/weak-cues.txt, data/plain-reporting-verbs.txt)."""
from __future__ import annotations

import re

from generator.lexicon.load import entries, pairs, words

#: Reporting verb -> every form of it we attribute quotes with ('say': 'say', 'says', 'said', 'saying').
VERB_FORMS: dict[str, tuple[str, ...]] = {
    verb: tuple(form.strip() for form in forms.split(",")) for verb, forms in pairs("reporting-verbs").items()}

#: Case-sensitive on purpose: "States" in "United States" is not a reporting verb.
#: Not after a hyphen: "so-called" is not a reporting verb.
#: Verbs that with 'to' and a verb report nothing ("Iraq continued to defy", "prices continue to fall").
_NOT_BEFORE_TO = ("continue",)
CUE_RE = re.compile(r"(?<![\w-])(" + "|".join(
    re.escape(f) + (r"\b(?!\s+to\b)" if verb in _NOT_BEFORE_TO else "") for verb, forms in VERB_FORMS.items()
    for f in forms) + r")\b")

#: Verbs whose object is usually not speech unless a quotation follows closely ("called for", "was called").
WEAK_CUES = words("weak-cues")

#: The forms of the reporting verbs that mark their subject as someone speaking ('said', 'warns', 'points out'):
#: the weak ones left out, so "released through Big Machine" or "praised Smith" names nobody as a speaker.
STRONG_FORMS: tuple[str, ...] = tuple(f for forms in VERB_FORMS.values() for f in forms if f.lower() not in WEAK_CUES)
#: Any strong form (people detection).
STRONG_CUE_RE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in STRONG_FORMS) + r")\b")
#: The finite one-word strong forms ('said', 'tweeted', 'warns'; not the base form or the '-ing' form, which are
#: nouns as often: 'warning', 'tweet'), matched as written like `CUE_RE` ('the United States' ends on no verb): a
#: phrase that ends on one ('Barack Obama said') is cut before the words it reports, not the name of an event
#: ('Tsunami warning'; 'Peace deal agreed': a weak form).
FINITE_CUE_WORDS = frozenset(f for verb, forms in VERB_FORMS.items() for f in forms
                             if f in STRONG_FORMS and " " not in f and f != verb and not f.endswith("ing"))

#: The words of the plain reporting verbs in every form ('say', 'said', 'saying', 'according'; not 'to'): what a
#: quote's lead-in is compared without (consolidate's quote groups).
REPORTING_VERBS = frozenset(w for verb in entries("plain-reporting-verbs") for f in (verb, *VERB_FORMS[verb])
                            for w in f.lower().split() if w != "to")

#: Verbs of a test's or a study's findings ('found', 'measured'), not of speech: a cue only after a body's staff
#: (data/finding-verbs.txt; `generator.quotes.staff_voice`).
FINDING_VERBS = words("finding-verbs")
