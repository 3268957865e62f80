"""Disjoint sets (union-find): items joined pairwise, read back as groups."""

from __future__ import annotations


class DisjointSets:
    """``n`` items, each in a set of its own until joined."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        """The item standing for i's set (paths halved on the way)."""
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        self.parent[self.find(j)] = self.find(i)

    def groups(self) -> list[list[int]]:
        """The sets, each as its items in order, in the order of their first item."""
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return list(out.values())
