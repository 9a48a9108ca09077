"""Nouns that introduce a work ('the book Clinton Cash', 'Blood Diamond, a film by …'): a title written like a
name is a work, not a person, when the text calls it one of these (data/work-nouns.txt)."""
from generator.lexicon.load import words

WORK_NOUNS = words("work-nouns")

#: Nouns a quoted name modifies when it names a rule, a plan or a saying ('the “don't ask, don't tell” policy'):
#: data/rule-nouns.txt.
RULE_NOUNS = words("rule-nouns")
