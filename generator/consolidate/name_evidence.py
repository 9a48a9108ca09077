"""What the sources' texts say about a name that its spelling cannot: the gender a bare surname is used with,
and a woman's birth surname.

'Obama' where one source writes 'Mrs Obama' and another names only Michelle Obama is the woman, not Barack
Obama; 'Michelle Robinson' is Michelle Obama where a text says 'born Michelle Robinson', 'the former Michelle
Robinson', 'Michelle Obama (née Robinson)', gives her whole name ('Michelle LaVaughn Robinson Obama') or names
her kin by that surname ('Craig Robinson, Michelle's brother').  `name_merges` asks this only where two people
share a surname, or two women a given name.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Optional

from generator.consolidate.clusters import Clusters
from generator.consolidate.name_keys import given_key, name_parts, translit_key
from generator.lexicon.load import alternation
from generator.lexicon.names import BIRTH_NAME_CUES, GENDERED_SURNAME_HONORIFICS, HONORIFIC_GENDER
from generator.lexicon.persons import BIRTH_FAMILY_NOUNS
from generator.mentions.name_words import gender_of
from generator.model.briefing import Briefing, Person

_HONORIFIC = alternation(frozenset(GENDERED_SURNAME_HONORIFICS))
_CUE = alternation(frozenset(BIRTH_NAME_CUES))
_NAME_WORD = r"[A-Z][\w'’-]*"
#: How far a birth-name cue may stand after the married surname: 'Ann Lee, 45, née Roe'.
_CUE_REACH = 40


@dataclass
class NameTexts:
    """The sources' texts and people, and which sources write each form of a name."""

    bodies: dict[str, str]                  # source id -> its text
    people: dict[str, list[Person]]         # source id -> the people it names
    users: Mapping[str, Iterable[str]]      # form -> ids of the sources that write it

    @classmethod
    def of(cls, briefings: list[Briefing], users: Mapping[str, Iterable[str]]) -> NameTexts:
        return cls({b.source.id: " ".join(b.body) for b in briefings},
                   {b.source.id: list(b.people) for b in briefings}, users)

    def surname_gender(self, form: str) -> Optional[str]:
        """The one gender the sources that write the bare surname `form` use it with: the gender of the person
        it is a mention of in that source (by given name), and of the honorifics ('Mrs', 'Mr') they put
        before it; None when they give none or both."""
        surname = name_parts(form)[1]
        if not surname:
            return None
        before = re.compile(rf"\b({_HONORIFIC})\.?\s+{re.escape(surname)}\b")
        genders: set[str] = set()
        for sid in self.users.get(form, ()):
            genders.update(HONORIFIC_GENDER[m.group(1)] for m in before.finditer(self.bodies.get(sid, "")))
            for person in self.people.get(sid, ()):
                given = name_parts(person.name)[0]
                if given and form in person.mentions:
                    genders.add(gender_of(given[0]) or "?")
        return genders.pop() if len(genders) == 1 and "?" not in genders else None

    def birth_name_cue(self, given: str, married: set[str], birth: str, forms: Iterable[str]) -> Optional[str]:
        """Why `given` `birth` ('Ann Roe') is the birth name of the woman `given` + one of the `married`
        surnames ('Ann Lee'), or None."""
        g, b = re.escape(given), re.escape(birth)
        wed = alternation(frozenset(married))
        kin = BIRTH_FAMILY_NOUNS
        for f in forms:
            names, surname = name_parts(f)
            if surname in married and names[:1] == [given] and birth in names[1:]:
                return f"birth surname in her whole name ({f})"
        cues = [(rf"\b(?:{_CUE})\s+{g}\s+(?:{_NAME_WORD}\s+)*?{b}\b", "named as her birth name"),
                (rf"\b(?:{wed})\b[^.;]{{0,{_CUE_REACH}}}\b(?:{_CUE})\s+{b}\b", "named as her birth name"),
                (rf"\b{_NAME_WORD}\s+{b},\s+{g}(?:\s+(?:{wed}))?['’]s\s+(?:{kin})\b", "her family's surname"),
                (rf"\b{g}(?:\s+(?:{wed}))?['’]s\s+(?:{kin}),?\s+{_NAME_WORD}\s+{b}\b", "her family's surname")]
        for pattern, why in cues:
            rx = re.compile(pattern)
            if any(rx.search(text) for text in self.bodies.values()):
                return why
        return None


def join_birth_names(forms: list[str], clusters: Clusters, texts: NameTexts) -> None:
    """'Michelle Robinson' with 'Michelle Obama': a woman's name with another surname is her birth name when
    she is the only other woman of that given name and a text says so (see `NameTexts.birth_name_cue`)."""
    women: dict[str, list[tuple[str, str, str]]] = defaultdict(list)     # given key -> (form, given, surname)
    for f in forms:
        names, surname = name_parts(f)
        if names and surname and gender_of(names[0]) == "f":
            women[given_key(names[0])].append((f, names[0], surname))
    for members in women.values():
        for form, given, birth in members:
            others = {clusters.find(f) for f, _, s in members
                      if translit_key(s) != translit_key(birth) and clusters.find(f) != clusters.find(form)}
            if len(others) != 1:
                continue
            root = others.pop()
            married = {s for f, _, s in members if clusters.find(f) == root}
            why = texts.birth_name_cue(given, married, birth, forms)
            if why:
                clusters.union(root, form, f"birth name of {root}: {why}")


#: A name, two words or more, each capitalised: 'Calvin Broadus', 'Lilian Alicia Marks'.
_FULL_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+"
#: 'Snoop Dogg, real name Calvin Broadus', 'Mars - real name Bob Allen Deal -': the second name is the first one's.
_REAL_NAME = re.compile(rf"({_FULL_NAME})\s*(?:,|-|–|\()\s*real name\s+({_FULL_NAME})")
#: 'Born Jocelyn Stoker, the Devon diva …', 'She was born Lilian Alicia Marks in …': a birth name of the person the
#: sentence is about, whom a description or a pronoun stands for.
_BORN_AS = re.compile(rf"(?:(?:^|[.!?]\s+)Born\s+({_FULL_NAME}),\s+(?:the|a|an)\s|\b(?:She|He) was born\s+({_FULL_NAME}))")


def join_other_names(forms: list[str], clusters: Clusters, texts: NameTexts) -> None:
    """A person's real or birth name given beside their stage name ('X, real name Y') is X's; one given for
    the person a sentence is about ('Born Y, the Devon diva …') is the person the source names most."""
    known = set(forms)
    for sid, body in texts.bodies.items():
        for m in _REAL_NAME.finditer(body):
            if m.group(2) in known and _known_tail(m.group(1), known):
                clusters.union(_known_tail(m.group(1), known), m.group(2), "real name given beside the name")
        for m in _BORN_AS.finditer(body):
            birth = m.group(1) or m.group(2)
            main = _most_named(body, texts.people.get(sid, []), birth)
            if birth in known and main in known:
                clusters.union(main, birth, "birth name of the person the source names most")


def _known_tail(run: str, known: set[str]) -> str:
    """The longest known name that ends `run` ('Chart-topper Snoop Dogg' -> 'Snoop Dogg'), or ''."""
    words = run.split()
    return next((" ".join(words[i:]) for i in range(len(words) - 1) if " ".join(words[i:]) in known), "")


def _most_named(body: str, people: list[Person], other_than: str) -> str:
    """The person whose surname `body` writes most often, leaving out `other_than`."""
    counts = {p.name: body.count(name_parts(p.name)[1] or p.name) for p in people if p.name != other_than}
    return max(counts, key=lambda n: (counts[n], n)) if counts else ""
