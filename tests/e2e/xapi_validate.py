"""xAPI statement validation with @learninglocker/xapi-validation (npm), run under node."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from .harness import NODE_MODULES

RUNNER = Path(__file__).resolve().parent / "xapi_validate.js"


def validate_statements(statements: list[dict]) -> list[str]:
    """The problems Learning Locker's validator finds in `statements`, one line each
    ("statement 0: statement.id: TypeWarning (expected Universal Unique Identifier (UUID);
    got "x")"); an empty list when every statement is valid."""
    node = shutil.which("node")
    if node is None:
        raise FileNotFoundError("node is missing (scripts/test.sh installs it)")
    if not (NODE_MODULES / "@learninglocker" / "xapi-validation").exists():
        raise FileNotFoundError("@learninglocker/xapi-validation is missing: run `npm ci` at the repo root")
    done = subprocess.run(
        [node, str(RUNNER), str(NODE_MODULES)],
        input=json.dumps(list(statements)),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the xAPI validator failed ({done.returncode}): {done.stderr.strip()}")
    return json.loads(done.stdout)
