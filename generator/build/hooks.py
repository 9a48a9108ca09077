"""Named points in a build where a test can stop it: `BRIEFING_PAUSE_AT=point:marker` makes the
build create `marker` on reaching `point` and wait until the file is deleted.  This forces the
timing of "an edit saved during a build" or "a second build started meanwhile" without a sleep race.
Without the variable a point costs one dictionary look-up."""
from __future__ import annotations

import os
import time
from pathlib import Path

#: The points a build passes, in order.
POINTS = ("extract-write", "summary-write")


def reached(point: str) -> None:
    setting = os.environ.get("BRIEFING_PAUSE_AT")
    if not setting:
        return
    name, _, marker = setting.partition(":")
    if name != point or not marker:
        return
    path = Path(marker)
    path.write_text(str(os.getpid()), encoding="utf-8")
    deadline = time.monotonic() + 600
    while path.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
