"""Nouns that introduce a work ('the book Clinton Cash', 'Blood Diamond, a film by …'): a title written like a
name is a work, not a person, when the text calls it one of these.  General vocabulary, no story's own."""

WORK_NOUNS = frozenset("""
book books novel memoir biography autobiography film films movie documentary series sitcom show programme program
podcast album song single play opera musical report study essay poem painting magazine newspaper column bestseller
""".split())
