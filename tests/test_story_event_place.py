"""Issue 15: where the event happened is where a lead puts the event itself ('sold at auction in New York'),
when another lead bears the place out, even if a court case elsewhere fills more leads; one lead's aside
('a sale in Paris last year') moves nothing.  An invented story (a sketch auctioned in New York, contested in
London), not the demo or a development event."""
from __future__ import annotations

from generator.consolidate.story import event_what, event_where
from generator.model.briefing import Briefing, SourceInfo


def source(sid: str, title: str, body: list[str]) -> Briefing:
    return Briefing(source=SourceInfo(id=sid, file=f"{sid}.txt", title=title), body=body)


PLACES = {"New York": "New York", "London": "London", "Paris": "Paris"}
SKETCH = [
    source("a", "Rare sketch fetches $12m at auction",
           ["A rare sketch by the painter was sold at auction in New York for $12m on Tuesday.",
            "The buyer was not named."]),
    source("b", "Heirs take sketch sale to court",
           ["Heirs of the sketch's former owner asked a court in London to freeze the proceeds of the auction.",
            "A judge in London will rule on Friday."]),
    source("c", "London court freezes sketch proceeds",
           ["A court in London has frozen the proceeds of the New York auction of the sketch.",
            "The auction house said it would appeal."]),
    source("d", "Auction house to appeal London ruling",
           ["The auction house will appeal against the ruling in London, its lawyers said.",
            "The heirs welcomed the decision."]),
]


def test_an_auction_is_an_event_and_happened_where_a_lead_puts_it():
    what, _ = event_what(SKETCH)
    assert "auction" in what.lower()
    assert event_where(SKETCH, PLACES) == "London"             # without the event: the place most leads name
    assert event_where(SKETCH, PLACES, what) == "New York"     # 'sold at auction in New York', borne out by c


def test_one_leads_aside_does_not_place_the_event():
    aside = [SKETCH[1], SKETCH[2], SKETCH[3],
             source("e", "Sketch sold", ["The sketch, bought at an auction in Paris in 1990, sold on Tuesday."])]
    what, _ = event_what(aside)
    assert event_where(aside, PLACES, what) == "London"        # Paris: named by one lead only
