"""Scoring of conflicts, developing-story updates and person pages against an event's gold (issue 15).

`summary` is the `summary.yaml` mapping plus `_pages`: the titles of the person pages the site has.
Each function returns a dict that `event_bench.py` prints; the details name what was missed or wrong.

- A gold conflict is found when one summary conflict carries at least two of its values (numbers compared as
  numbers: '1,600' = 1600, '7' = 'seven' is not attempted).  A summary conflict that matches no gold conflict
  is spurious; one that carries a gold *update*'s values is an update shown as a conflict (also spurious:
  a developing number is not a disagreement).
- A gold update is found when an item of `summary['updates']` carries at least two of its values.
- Person pages: a page whose name is a gold `not_people` string or a bare title is not a person; a gold person
  whose name and aliases land on more than one page is a duplicate.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from wikiref import fold, name_key

_IN_TEXT = re.compile(r"(?<![\d:.])\d+(?:\.\d+)?(?![\d:])")
_NUMBER = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?$")
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "m": 1e6}
#: Titles and honorifics that are never a person's name on their own (independent of the generator's lexicon).
BARE_TITLES = {name_key(t) for t in (
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Rev", "Sen", "Rep", "Gov", "Gen", "Sir", "Lord", "Lady", "Chairman",
    "Chairwoman", "President", "Vice President", "Prime Minister", "Minister", "Chancellor", "Secretary",
    "Director", "Governor", "Mayor", "Judge", "Captain", "Colonel", "General", "King", "Queen", "Prince",
    "Senator", "Spokesman", "Spokeswoman", "Officials", "Police")}


def norm_value(value: Any) -> str:
    """A value for comparison: numbers as plain numbers ('1,600' -> '1600', '3.3 million' -> '3300000'),
    other text folded with spaces and dots dropped ('12:41 a.m.' -> '12:41am')."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return f"{float(value):g}" if float(value) != int(value) else str(int(value))
    text = fold(value).strip()
    m = re.fullmatch(r"([-+]?\d[\d,]*(?:\.\d+)?)\s*([a-z]+)?", text)
    if m and (m.group(2) is None or m.group(2) in _SCALE):
        number = float(m.group(1).replace(",", "")) * _SCALE.get(m.group(2) or "", 1)
        return norm_value(int(number) if number == int(number) else number)
    return re.sub(r"[\s.]+", "", text)


def _values(item: Any) -> set[str]:
    """The values an item of summary conflicts/updates carries (a list of {value: …} or of plain values)."""
    raw = item.get("values") if isinstance(item, dict) else None
    out = set()
    for v in raw or []:
        value = v.get("value") if isinstance(v, dict) else v
        out.add(norm_value(value))
        if isinstance(value, str):          # '227 passengers', 'at least 129 people': the number it states
            out |= {norm_value(n) for n in _IN_TEXT.findall(value.replace(",", ""))[:1]}
            if " (" in value:               # a date conflict's '1930s (in the 1930s)': the date before its wording
                out.add(norm_value(value.split(" (")[0]))
    return out


def _carries(item_values: set[str], gold_values: Iterable) -> bool:
    return len(item_values & {norm_value(v) for v in gold_values}) >= 2


def score_conflicts(summary: dict, gold: dict) -> dict:
    conflicts = [c for c in summary.get("conflicts") or [] if isinstance(c, dict)]
    found, spurious, as_update = [], [], []
    for c in conflicts:
        vals = _values(c)
        label = f"{c.get('subject')} / {c.get('attribute')}: {sorted(vals)}"
        hits = [g["id"] for g in gold["conflicts"] if _carries(vals, g.get("values") or [])]
        if hits:
            found += [h for h in hits if h not in found]
        else:
            spurious.append(label)
            if any(_carries(vals, u.get("values") or []) for u in gold["updates"]):
                as_update.append(label)
    return {"found": len(found), "gold": len(gold["conflicts"]), "spurious": len(spurious),
            "updates_as_conflicts": len(as_update), "total": len(conflicts),
            "missed": [g["id"] for g in gold["conflicts"] if g["id"] not in found], "spurious_items": spurious}


def score_updates(summary: dict, gold: dict) -> dict:
    updates = [u for u in summary.get("updates") or [] if isinstance(u, dict)]
    conflicts = [c for c in summary.get("conflicts") or [] if isinstance(c, dict)]
    found = [g["id"] for g in gold["updates"] if any(_carries(_values(u), g.get("values") or []) for u in updates)]
    as_conflict = [g["id"] for g in gold["updates"]
                   if any(_carries(_values(c), g.get("values") or []) for c in conflicts)]
    return {"found": len(found), "gold": len(gold["updates"]), "as_conflict": len(as_conflict),
            "missed": [g["id"] for g in gold["updates"] if g["id"] not in found]}


def score_people(summary: dict, gold: dict) -> dict:
    pages = [str(p) for p in summary.get("_pages") or []]
    keys = [name_key(p) for p in pages]
    banned = {name_key(n) for n in gold["not_people"]} | BARE_TITLES
    not_people = [p for p, k in zip(pages, keys) if k in banned or not k]
    duplicates, present = [], 0
    for person in gold["people"]:
        forms = {name_key(n) for n in [person["name"], *(person.get("aliases") or [])]}
        hit = [p for p, k in zip(pages, keys) if k in forms]
        present += bool(hit)
        if len(hit) > 1:
            duplicates.append(f"{person['name']}: {hit}")
    return {"pages": len(pages), "not_people": len(not_people), "duplicates": len(duplicates),
            "gold_people_with_page": present, "gold_people": len(gold["people"]),
            "not_people_items": not_people, "duplicate_items": duplicates}


__all__ = ["norm_value", "score_conflicts", "score_updates", "score_people", "BARE_TITLES"]
