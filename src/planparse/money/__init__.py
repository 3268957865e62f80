"""Money: the money lines of items and cells into fundings, their boxes and projects."""
