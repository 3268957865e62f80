"""Layout: characters into lines, rules and page furniture (footers, running heads)."""
