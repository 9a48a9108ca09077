"""Issue 15: an estimate revised by a later report is an update, not nothing and not a conflict -- even when the
later value's hedge ('up to 55%') allows the estimate, and when the two are too far apart to be read as one
value.  A share that savers lose is a slot of its own ('lose', 'levy', 'haircut').  The sentences are made up
(a pension fund's rescue), not the demo's nor the WikiRef development events'."""
from __future__ import annotations

from generator.build.pipeline import extract_bytes
from generator.consolidate.entities import build_entities
from generator.consolidate.slots import compare
from generator.model.briefing import Briefing


def brief(sid: str, text: str) -> Briefing:
    b = extract_bytes(f"{sid}.txt", text.encode())
    b.source.id = sid
    return b


def slots(*briefings: Briefing):
    conflicts, updates = compare(list(briefings), build_entities(list(briefings)))
    return ({c.subject: sorted(str(v.value) for v in c.values) for c in conflicts},
            {u.subject: ([str(v.value) for v in u.values], u.order) for u in updates})


EARLY = brief("early", "Pension fund rescue agreed\n\nMembers of the two largest funds face a levy of an estimated "
                       "30% on their savings above the guaranteed amount, the regulator said.\n")
LATER = brief("later", "Pension savers count the cost\n\nMembers were angered when it emerged they would lose up to "
                       "55% of their savings under the terms of the rescue.\n")


def test_an_estimate_then_a_larger_share_lost_is_an_update_in_that_order():
    conflicts, updates = slots(EARLY, LATER)
    assert conflicts == {}
    assert updates == {"percent lost": (["an estimated 30 percent", "up to 55 percent"], "revision words")}


def test_the_order_of_the_sources_does_not_matter():
    assert slots(LATER, EARLY) == slots(EARLY, LATER)


def test_two_unmarked_shares_whose_hedges_overlap_stay_apart():
    plain = brief("plain", "Pension fund rescue agreed\n\nMembers of the two largest funds face a levy of about 30% on "
                           "their savings above the guaranteed amount, the regulator said.\n")
    assert slots(plain, LATER) == ({}, {})
