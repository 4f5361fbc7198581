"""The import contracts in pyproject.toml hold (the model and exporters never import Qt)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    script = Path(sys.executable).with_name("lint-imports")
    assert script.exists(), f"import-linter (a test dependency) is missing next to {sys.executable}"
    result = subprocess.run(
        [str(script), "--no-cache", "--no-logo", str(ROOT / "pyproject.toml")],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KEPT" in result.stdout and "BROKEN" not in result.stdout
