"""An office named by its title and its seat speaks through whoever holds it.

'The Archbishop of Canterbury said: "…"' and, further on, 'the Archbishop of Canterbury, Dr Rowan Williams, will
preside': the words are Rowan Williams'.  'The Mayor of Lyon said' in a text that never names the mayor stays
the office, as written.
"""
from __future__ import annotations

import re
from typing import Optional

from generator.lexicon.load import alternation
from generator.lexicon.names import HONORIFICS
from generator.lexicon.titles import TITLE_HEADS, TITLE_MODIFIERS
from generator.quotes.speaker_context import ArticleContext, per_article

#: A title's head with its seat: "Archbishop of Canterbury", "Deputy Mayor of London", "Governor of the Bank of
#: England".
OFFICE_RE = re.compile(rf"(?:(?:{TITLE_MODIFIERS})\s+)*(?:{TITLE_HEADS})\s+of\s+(?:the\s+)?[A-Z][\w’'-]*"
                       rf"(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'-]*){{0,3}}")
_HONORIFIC = alternation(HONORIFICS)


@per_article
def office_holder(ctx: ArticleContext, office: str) -> Optional[str]:
    """The one person the article names right after the office ('the Archbishop of Canterbury, Dr Rowan
    Williams,', 'Mayor of London Ken Livingstone') or gives it as their role; None for anything else."""
    if not OFFICE_RE.fullmatch(office):
        return None
    linked = re.compile(rf"\b{re.escape(office)},?\s+(?:(?:{_HONORIFIC})\.?\s+)?$", re.I)
    reach = len(office) + 16
    holders = [m.name for m in ctx.table.mentions
               if linked.search(ctx.masked[m.paragraph][max(0, m.start - reach):m.start])]
    holders += [r.name for r in ctx.table.people.values() if r.role and r.role.lower() == office.lower()]
    unique = list(dict.fromkeys(holders))
    return unique[0] if len(unique) == 1 else None


__all__ = ["OFFICE_RE", "office_holder"]
