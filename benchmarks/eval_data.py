"""Where the evaluation data lives: `$BRIEFING_SHARED` or `<repo>/../shared` (its `eval/` holds the gold files,
page dumps and seeds).  It is never committed (the texts carry no licence); one definition for every benchmark."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared"))
