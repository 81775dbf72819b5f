"""The shipped knowledge base is what ``scripts/build_kb.py`` builds: a row added to a
data file by hand, and not to the script, would be lost at the next rebuild."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import REPO, shared_path

DATA = REPO / "src" / "realpolitik" / "data"


def test_build_reproduces_the_shipped_files(tmp_path: Path) -> None:
    reference = shared_path("reference", "petrarch-dictionaries").parent
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "build_kb.py"),
                          "--reference", str(reference), "--out", str(tmp_path), "--check"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    built = sorted(p.name for p in tmp_path.glob("*.tsv"))
    assert built, "the build wrote no data file"
    for name in built:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), (
            f"{name}: the shipped file differs from what scripts/build_kb.py builds")
