"""Evaluation and parity tooling the tests and scripts share (not part of the package)."""
