"""Shared fixtures.  Tests that need ../shared/eval skip with a reason when it is absent."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared"))
EVAL = SHARED / "eval"
CORPUS = ROOT / "corpus"


def eval_dir(name: str) -> Path:
    """Path to ../shared/eval/<name>, or skip the test when it is not beside this clone."""
    path = EVAL / name
    if not path.exists():
        pytest.skip(f"{path} not found: evaluation data lives in ../shared/eval beside the clone (CI has it)")
    return path


@pytest.fixture
def gold_dir() -> Path:
    return eval_dir("seeds-gold")


@pytest.fixture
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A throwaway copy of the project (corpus, mkdocs.yml), no briefings; templates come from the package."""
    dest = tmp_path / "proj"
    dest.mkdir()
    shutil.copytree(ROOT / "corpus", dest / "corpus")
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    (dest / "briefings").mkdir()
    return dest
