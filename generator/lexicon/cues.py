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
CUE_RE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for forms in VERB_FORMS.values() for f in forms) + r")\b")

#: Verbs whose object is usually not speech unless a quotation follows closely ("called for", "was called").
WEAK_CUES = words("weak-cues")

#: Reporting verbs that mark their subject as someone speaking (people detection): the weak ones left out, so
#: "released through Big Machine" or "praised Smith" names nobody as a speaker.
STRONG_CUE_RE = re.compile(r"(?<![\w-])(" + "|".join(
    re.escape(f) for forms in VERB_FORMS.values() for f in forms if f.lower() not in WEAK_CUES) + r")\b")

#: The words of the plain reporting verbs in every form ('say', 'said', 'saying', 'according'; not 'to'): what a
#: quote's lead-in is compared without (consolidate's quote groups).
REPORTING_VERBS = frozenset(w for verb in entries("plain-reporting-verbs") for f in (verb, *VERB_FORMS[verb])
                            for w in f.lower().split() if w != "to")
