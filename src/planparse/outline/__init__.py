"""Outline: the contents page, the anchors it gives, and the tree of sections and items."""
