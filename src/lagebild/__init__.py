"""lagebild: German-first news intelligence, offline."""

__version__ = "0.1.0"
