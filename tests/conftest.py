from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# parsed data files are kept in a folder of this run, never in the user's cache
os.environ["COMMUNIQUE_CACHE_DIR"] = tempfile.mkdtemp(prefix="communique-test-cache-")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_articles"
REFERENCE = SAMPLES / "putin-biden-call.es.md"


@pytest.fixture(scope="session")
def reference_path() -> Path:
    return REFERENCE


@pytest.fixture(scope="session")
def reference_analysis():
    from communique.article import load
    from communique.pipeline import analyze

    return analyze(load(str(REFERENCE)))
