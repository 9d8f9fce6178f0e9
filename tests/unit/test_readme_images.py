"""Every image the README shows is in the repository (screenshots are replaced, not lost)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_readme_image_exists() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert images
    missing = [path for path in images if not (ROOT / path).is_file()]
    assert missing == []
