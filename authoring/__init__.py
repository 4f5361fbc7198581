"""Coursesmith: an authoring tool (LCMS) for reusable, versioned, translatable e-learning."""

__version__ = "0.1.0"
