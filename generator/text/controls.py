"""Characters that must not reach a page: C0/C1 control characters (NUL, ESC, BEL …; tab and line
feed are text) and the bidirectional overrides and isolates that reorder what a reader sees
("Trojan Source").  Marks that only hint direction (LRM, RLM, ALM) stay: right-to-left text needs them."""
from __future__ import annotations

import re

_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_BIDI = "\u202a-\u202e\u2066-\u2069"
FORBIDDEN = re.compile(f"[{_CONTROLS}{_BIDI}]")
#: For str.translate: every forbidden character deleted.
DELETE_TABLE = {c: None for c in [*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), *range(0x7f, 0xa0),
                                  *range(0x202a, 0x202f), *range(0x2066, 0x206a)]}


def strip_controls(text: str) -> tuple[str, int]:
    """`text` without control and bidi-override characters, and how many were removed."""
    cleaned, count = FORBIDDEN.subn("", text)
    return cleaned, count
