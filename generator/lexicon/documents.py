"""Nouns for documents whose words are their author's, by class (data/document-nouns.txt): each quote rule that
reads a statement, a report or a survey as its author's voice takes the class it needs, not a list of its own."""
from __future__ import annotations

from generator.lexicon.load import alternation, of_class

#: "the statement said", "The text messages read", "a letter from Acme Corp to shareholders stating".
AUTHORED_DOCUMENTS = alternation(of_class("document-nouns", "authored"))
#: "a 2018 survey by", "a study published by the": the author follows.
DOCUMENTS_BY_AUTHOR = alternation(of_class("document-nouns", "by-author"))
#: After an inverted verb, an organisation's document: "read a Liverpool statement", "said an Acme release".
ORG_VOICE_DOCUMENTS = alternation(of_class("document-nouns", "org-voice"))
#: After a reporting verb, on an organisation's page: "said a statement on the club's website".
ORG_PAGE_DOCUMENTS = alternation(of_class("document-nouns", "org-page"))
#: With the organisation named before it: "A White House statement on Sunday".
NAMED_VOICE_DOCUMENTS = alternation(of_class("document-nouns", "named-voice"))
#: On someone's own page: "A statement on Torres' official website", "the post on Ann Lee's account".
OWN_PAGE_DOCUMENTS = alternation(of_class("document-nouns", "on-page"))
#: Someone's own page, where their words appear: "on Torres' official website", "on Ann Lee's account".
PAGE_NOUNS = alternation(of_class("document-nouns", "page"))
#: An organisation's page or statement before a relative clause that speaks: "the club's website, which said".
WHICH_SAID_DOCUMENTS = alternation(of_class("document-nouns", "which-said"))
#: What a person speaks in, between the name and the verb: "Ann Lee in a blog post on the charity's website said".
MEDIUM_DOCUMENTS = alternation(of_class("document-nouns", "medium"))
