"""Nouns for a person by role, relation or title (data/person-nouns.txt), one table with classes: each name or
quote rule that reads "the spokesman", "her lawyer" or "a passenger" as a person takes the class it needs, not a
list of its own.  Each class is a regex group, longest noun first (so 'chairman' is tried before 'chair')."""
from __future__ import annotations

from generator.lexicon.load import alternation, keys, of_class

_TABLE = "person-nouns"


def _group(kind: str) -> str:
    """The nouns of one class as a regex group, longest first."""
    return alternation(of_class(_TABLE, kind))


#: 'spokesman', 'spokeswoman', 'spokesperson' as one group written 'spokes(?:man|woman|person)': the title regexes
#: take their capitalised words ('Spokes') from it as titles, so it keeps that one spelling.
SPOKESPERSON_FORMS = of_class(_TABLE, "spokesperson")
SPOKESPERSON = "spokes(?:" + "|".join(form.removeprefix("spokes") for form in SPOKESPERSON_FORMS) + ")"
#: The same, capitalised, as a title before a name: "Foreign Ministry Spokeswoman Maria Zakharova".
CAPITALISED_SPOKESPERSON = SPOKESPERSON.capitalize()

#: A description in apposition to a name: "The minister, Kofi Mensah," / "her lawyer, Ann Lee,".
PERSON_NOUNS = _group("person")
#: Titles in lower case after or before a name: "Ann Lee, the spokeswoman", "rebel leader Jo Ek".
LOWER_CASE_TITLES = _group("title")
#: Lower-case titles that make the name before them a person's: "Jo Ek, the company's spokesman".
APPOSED_TITLES = frozenset(of_class(_TABLE, "apposed"))
#: Heads of a definite description that stands for a person: "the alliance's top official said".
DESCRIPTION_NOUNS = _group("description")
#: A noun for a person, in apposition or as a description's head: "striker", "the alliance's top official".
PERSON_OR_DESCRIPTION_NOUN = f"(?:{PERSON_NOUNS}|{DESCRIPTION_NOUNS})"
#: A person a place before them gives the nationality of, not a venue of the story: "US tycoon", "Irish investors".
NATIONALITY_NOUNS = _group("nationality")
#: Descriptions by age or standing, no title: "the teenager", "the veteran".
UNTITLED_NOUNS = _group("untitled")
#: One unnamed person as a subject besides the person nouns: "A passenger said", "One fan told".
SOMEONE_NOUNS = _group("someone")
#: An unnamed person opening a sentence besides the person nouns: "One source said", "A relative who ...".
ANONYMOUS_NOUNS = _group("anonymous")
#: Before 'named' and a name: "a Belgian man named Farouk Ben Abbes".
NAMED_NOUNS = _group("named")
#: A company's staff after its name: "Commerzbank analyst Jane Roe", "Amazon founder Jeff Bezos".
STAFF_NOUNS = _group("staff")
#: Who speaks for someone else, never the person a story is about: "the official said".
SPEAKS_FOR_NOUNS = _group("speaks-for")
#: The plural of a one-word description that may stand for people named together before: "the judges said" after
#: "Lord Justice Ann Lee and Mr Justice Tom Vale ruled"; not of those who speak for others ("officials said").
PLURAL_DESCRIPTION_NOUNS = alternation(frozenset(
    n + "s" for n in set(of_class(_TABLE, "description")) - set(of_class(_TABLE, "speaks-for")) if n.isalpha()))
#: Before 'for', 'of' or 'from' and the organisation it speaks for: "representatives of the union".
FOR_ORG_NOUNS = _group("for-org")
#: Words of an office's title that two sources' titles of one person are compared by.
TITLE_KEY_NOUNS = frozenset(of_class(_TABLE, "title-key"))
_MALE, _FEMALE = frozenset(of_class(_TABLE, "male")), frozenset(of_class(_TABLE, "female"))
#: The gender a title gives ('spokeswoman' -> 'f', 'chairman' -> 'm'), in file order.
TITLE_NOUN_GENDER: dict[str, str] = {noun: "m" if noun in _MALE else "f" for noun in keys(_TABLE)
                                     if noun in _MALE or noun in _FEMALE}
#: Kin who carry a woman's birth surname ('Jo Roe, Ann's brother': Ann Lee was born Ann Roe).
BIRTH_FAMILY_NOUNS = _group("birth-family")
#: Kin named by a given name alone after a person's name, who carry that surname: "Tom Lee's wife Ann" is Ann Lee.
SURNAME_KIN_NOUNS = _group("surname-kin")
#: Relatives, in apposition to whose relative a person is named: "Lee's mother, Ann Roe Lee," (not the bare "Lee").
KIN_NOUNS = _group("kin")
#: Who made or is in a work, between its quoted title and a name: "“Harbour Lights” director Ann Lee".
CREDIT_NOUNS = _group("credit")
#: A body's staff as a group, whose findings are the body's: "the Acme team reports", "Acme's engineers found".
CREW_NOUNS = _group("crew")
