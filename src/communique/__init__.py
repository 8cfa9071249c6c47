"""communique: a terminal reader for diplomatic and political news."""

__version__ = "0.1.0"
