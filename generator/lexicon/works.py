"""Nouns that introduce a work ('the book Clinton Cash', 'Blood Diamond, a film by …'): a title written like a
name is a work, not a person, when the text calls it one of these (data/work-nouns.txt)."""
from generator.lexicon.load import words

WORK_NOUNS = words("work-nouns")
