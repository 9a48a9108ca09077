"""People: names, titles (roles) and affiliations, and a per-article name table.

Shared by `quotes` (who is speaking) and `facts` (people with their roles).
(v1 placeholder: see issues 4 and 5.)
"""
from __future__ import annotations

from .models import Person


def find_people(body: list[str]) -> list[Person]:
    """People named in the body, each once under their longest name, with role and affiliation."""
    return []
