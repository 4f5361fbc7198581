"""Text that every format can hold: control characters stripped where text enters.

XML 1.0 cannot hold most C0 control characters (lxml refuses them: "All strings must be
XML compatible"), nor U+FFFE/U+FFFF or lone surrogates; C1 controls are legal but never
meant (mis-decoded bytes, pasted terminal output). None of them is text a learner reads,
so the model strips them from titles, tags and content as they come in (import, edit,
translation), and exporters strip them again for what an older version stored.
Tab, line feed and carriage return stay: they are white space.
"""

from __future__ import annotations

import re
from typing import Any

_UNWANTED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def strip_controls(text: str) -> str:
    """`text` without the characters XML cannot hold (and C1 controls)."""
    return _UNWANTED.sub("", text) if _UNWANTED.search(text) else text


def strip_controls_deep(value: Any) -> Any:
    """The same, through the strings of a JSON value (dict keys included)."""
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, dict):
        return {strip_controls_deep(k): strip_controls_deep(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [strip_controls_deep(item) for item in value]
    return value
