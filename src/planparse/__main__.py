"""`python -m planparse …` runs the command line."""

from planparse.cli import entry

entry()
