"""A person named by nationality or party instead of a name: "The Scot initially defended Beattie, saying …", "the
Frenchman said", "The Republican insisted": the person the story is about, never a person called 'Republican'."""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.countries import DEMONYMS
from generator.lexicon.verbs import IRREGULAR_PASTS
from generator.quotes.lexicon import UNTITLED_DESCRIPTION_RE
from generator.quotes.speaker_context import Subject


def _epithet(native: Optional[re.Match], offset: int) -> Optional[Subject]:
    """"The Scot added", "the Frenchman said": the man the story is about, as 'he' would be; "The Republican
    insisted": a person by party, a description (never a person named 'Republican')."""
    if native is None:
        return None
    noun, at = native.group("noun"), offset + native.start("noun")
    if UNTITLED_DESCRIPTION_RE.fullmatch(noun.lower()):
        return Subject("description", f"the {noun.lower()}", at)
    if native.group("age") and not noun.endswith("man"):
        return None         # "the 24-year-old Swiss added": an age, read as a description, not as 'he'
    if noun in DEMONYMS or noun in _NATIONAL_NOUNS or noun.endswith("man"):
        return Subject("pronoun", "she" if noun.endswith("woman") else "he", at)
    return None


def nationality_opening(masked: str, start: int, end: int) -> Optional[Subject]:
    """"The Scot initially defended Beattie, saying …": a person by nationality opening the sentence, its verb next,
    is its subject, not the person named after as an object ("The Danish navy dismissed …" is no person)."""
    native = _NATIONAL_OPENING.match(masked, start, end)
    verb = native.group("verb") if native else ""
    if re.fullmatch(r"[a-z]+(?:ly|ed)|has|have|had|is|was|will|would|could|also", verb) or verb in IRREGULAR_PASTS:
        return _epithet(native, 0)
    return None


#: "the Scot", "the Spaniard", "the Frenchman": a person by nationality, standing for a pronoun.
_AGED = r"(?P<age>\d+-year-old\s+)?"      # "The 55-year-old Frenchman told"
_NATIONAL_NOUN = re.compile(r"\b(?:the|The)\s+" + _AGED + r"(?P<noun>[A-Z][a-z]+)$")
_NATIONAL_OPENING = re.compile(r"\s*(?:[^,_]{0,40},\s*)?(?:the|The)\s+" + _AGED + r"(?P<noun>[A-Z][a-z]+)\s+(?P<verb>[a-z]+)\b")
_NATIONAL_NOUNS = frozenset({"Scot", "Briton", "Spaniard", "Swede", "Dane", "Finn", "Pole", "Serb", "Croat", "Czech",
                             "Slovak", "Turk", "Argentine", "Swiss", "Portuguese"})


def epithet_at_end(text: str, offset: int) -> Optional[Subject]:
    """The person by nationality or party a subject phrase ends with ("… the Scot added")."""
    return _epithet(_NATIONAL_NOUN.search(text), offset)
