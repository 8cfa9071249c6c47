from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# parsed data files are kept in a folder of this run, never in the user's cache
_CACHE = tempfile.mkdtemp(prefix="communique-test-cache-")
os.environ["COMMUNIQUE_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

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
