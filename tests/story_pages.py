"""Made-up coverage of a made-up event (floods in Velmora, November 2026) for the follow-a-story tests:
seven first reports, then two later ones in which the toll rises and a new speaker appears.  Not a test module."""
from __future__ import annotations

OUTLETS = ["Harbour Post", "Valley Times", "North Wire", "Coast Daily", "River News", "Town Courier",
           "Evening Ledger", "Morning Star", "Delta Herald"]



def page(i: int, title: str, paras: list[str], day: int) -> str:
    """A news page of outlet `i` with its own title, published on `day` November 2026."""
    outlet = OUTLETS[i]
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title} | {outlet}</title>"
            f"<meta property='og:site_name' content='{outlet}'>"
            f"<meta property='article:published_time' content='2026-11-{day:02d}T08:00:00Z'></head>"
            f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{title}</h1>"
            f"<p class='byline'>By Staff Reporter</p>{body}</article>"
            f"<footer>Copyright 2026 {outlet}. All rights reserved.</footer></body></html>")


FIRST = [
 ("Floods kill 12 in Velmora as river bursts its banks", [
   "At least 12 people were killed when the Velm river burst its banks in the harbour town of Velmora on Monday, officials said.",
   "About 300 residents were evacuated from the old town overnight.",
   "“We have never seen water rise this fast,” said Ana Rask, the mayor of Velmora.",
   "Rescue teams from three neighbouring towns worked through the night."]),
 ("Velmora counts the cost after deadly floods", [
   "The floods in Velmora killed at least 12 people, the regional council said on Tuesday.",
   "Some 300 residents were evacuated as the Velm river rose by two metres in six hours.",
   "“The barrier was never finished,” said Ivo Tamm, a shopkeeper whose store was flooded.",
   "Council chair Ana Rask promised an inquiry into the delays."]),
 ("Rescue teams search flooded streets of Velmora", [
   "Rescue teams searched the flooded streets of Velmora on Tuesday after floods killed 12 people.",
   "“We have never seen water rise this fast,” Mayor Ana Rask told reporters.",
   "About 300 residents spent the night in the town's sports hall.",
   "The army sent 40 soldiers to help with the clean-up."]),
 ("Questions over unfinished flood barrier in Velmora", [
   "Residents of Velmora asked why the flood barrier was still unfinished when the river burst its banks on Monday, killing 12 people.",
   "“The barrier was never finished,” said Ivo Tamm, who has run a shop in the old town for 20 years.",
   "The barrier was due to be completed in 2024 at a cost of 30 million euros.",
   "Ana Rask, the mayor, said the work had been delayed by a court case."]),
 ("Velmora floods: what we know", [
   "Floods in the harbour town of Velmora killed 12 people on Monday.",
   "About 300 residents were evacuated and 40 soldiers were sent to help.",
   "The flood barrier, planned to cost 30 million euros, was not finished.",
   "“We will rebuild,” said Ana Rask, the mayor."]),
 ("Velmora mourns flood victims", [
   "Hundreds gathered in Velmora on Wednesday to mourn the 12 people killed in Monday's floods.",
   "“We will rebuild,” said Ana Rask, the council chair, at the service.",
   "Churches in the region held prayers for the victims on Wednesday evening."]),
 ("Clean-up begins in flooded Velmora", [
   "The clean-up began in Velmora on Wednesday, two days after floods killed 12 people.",
   "About 300 residents were still unable to return to their homes.",
   "“It will take months,” said Ivo Tamm, a local shopkeeper."]),
]


LATER = [
 ("Velmora flood toll rises to 15", [
   "The floods in Velmora have killed 15 people, police said on Thursday after three more bodies were found.",
   "“This is the darkest week in our history,” said Lena Okafor, the regional governor.",
   "About 300 residents remain in temporary shelters."]),
 ("Governor visits Velmora as flood toll climbs", [
   "Regional governor Lena Okafor visited Velmora on Thursday, after police said the floods had killed 15 people.",
   "“This is the darkest week in our history,” Okafor said.",
   "She promised 50 million euros for the reconstruction of the old town."]),
]
