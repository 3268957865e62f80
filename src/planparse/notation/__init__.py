"""Notation: the Korean vocabulary and glyphs the stages decide by, as data."""
