"""Extraction stages: small pure functions over the article and what earlier stages found."""
