"""Object ids: short, URL- and CMIIdentifier-safe, time-ordered, never reused.

Ids end up in package manifests, activity IRIs and suspend data, so they are lower-case
letters and digits only. The leading time part makes ids sort roughly by creation, and the
random part (30 bits per millisecond) makes a clash between two libraries practically impossible.
"""

from __future__ import annotations

import secrets
import time

_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"  # Crockford base32, lower-case


def _encode(number: int, length: int) -> str:
    chars = []
    for _ in range(length):
        number, rest = divmod(number, 32)
        chars.append(_ALPHABET[rest])
    return "".join(reversed(chars))


def new_id() -> str:
    """A 16-character id: a letter (XML ids must not start with a digit), time, randomness."""
    millis = int(time.time() * 1000)
    return "o" + _encode(millis, 9) + _encode(secrets.randbits(30), 6)
