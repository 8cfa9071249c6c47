"""The reference article the project grew from is analysed exactly as its hand annotation says.

Every stage is measured here at once: a rule that breaks the reference (a position too many,
a meeting date lost) fails this test before it reaches a user.
"""

from __future__ import annotations

import json

from communique.article import load
from communique.evaluate import score_article
from communique.pipeline import analyze


def test_reference_article_matches_its_annotation_exactly(reference_path):
    gold = json.loads(reference_path.with_name("putin-biden-call.es.gold.json").read_text("utf-8"))
    result = score_article(gold, analyze(load(str(reference_path))).to_dict())
    assert result["actors"]["f1"] == 1.0, result["actors"]
    assert result["quotes"]["f1"] == 1.0 and result["quotes"]["attribution"] == 1.0
    assert result["meetings"]["f1"] == 1.0, result["meetings"]
    assert result["meetings"]["date_acc"] == 1.0 and result["meetings"]["place_acc"] == 1.0
    assert result["positions"]["f1"] == 1.0, result["positions"]
