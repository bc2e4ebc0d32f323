"""The documentation's copy-paste examples run as written.

A fenced ``bash`` or ``python`` block right after a line starting ``<!-- runnable`` in README.md
or docs/*.md is run, each page's blocks in order in one shell (so a Python block sees what a
shell block exported), from the repository's folder, with the venv's ``gridclip`` and
``python`` first on PATH and the temp folder inside the test's own.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
MARKED_BLOCK = re.compile(r"^<!-- runnable[^\n]*-->\n```(bash|python)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def runnable_blocks(page: Path) -> list[tuple[str, str]]:
    """``(language, code)`` of each marked block of ``page``, in order."""
    return [(m.group(1), m.group(2)) for m in MARKED_BLOCK.finditer(page.read_text(encoding="utf-8"))]


def as_one_script(blocks: list[tuple[str, str]]) -> str:
    parts = ["set -euo pipefail"]
    for language, code in blocks:
        parts.append(code if language == "bash" else f"python - <<'PYTHON_BLOCK'\n{code}PYTHON_BLOCK")
    return "\n".join(parts) + "\n"


def test_the_store_page_has_runnable_blocks() -> None:
    """The store page's examples stay under test (a marker lost in an edit would skip them)."""
    assert [language for language, _ in runnable_blocks(ROOT / "docs" / "store.md")] == ["bash", "python"]


@pytest.mark.slow
@pytest.mark.parametrize("page", [p for p in PAGES if runnable_blocks(p)], ids=lambda p: p.name)
def test_marked_blocks_run_as_written(page: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "GRIDCLIP_DB"}
    env.update(PATH=os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")]), TMPDIR=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path / "share"), XDG_CACHE_HOME=str(tmp_path / "cache"), OMP_NUM_THREADS="1")
    run = subprocess.run(["bash", "-c", as_one_script(runnable_blocks(page))], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, f"{page.name} examples failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
