"""The section tree of every Busan plan against its contents page, written by hand.

tests/data/contents/<plan>.json lists each plan's contents entries (kind, number,
title, printed page) read by hand from the PDF, and whether the body really has
each one there (`body_check`). Every entry the body has must come out as a
section of that kind and number, on that printed page, with the contents' title
(in `title`, or in `toc_title` where the body words it differently).
"""

from __future__ import annotations

import json

import pytest
import regex

from tests.conftest import DATA, extracted, real_pdf

CONTENTS = sorted((DATA / "contents").glob("*.json"))


def squash(text: str) -> str:
    return regex.sub(r"[^\p{L}\p{Nd}]", "", text or "")


@pytest.mark.parametrize("path", CONTENTS, ids=[p.stem for p in CONTENTS])
def test_every_contents_entry_is_a_section_on_its_page(path):
    contents = json.loads(path.read_text(encoding="utf-8"))
    result = extracted(real_pdf(f"busan-2025/{contents['source']}"))
    by_id = {s.section_id: s for s in result.sections}
    chapters = {s.section_id: s.number for s in result.sections if s.kind == "chapter"}
    for entry, check in zip(contents["entries"], contents["body_check"], strict=True):
        if entry["kind"] not in ("chapter", "strategy", "appendix"):
            continue
        candidates = [
            s
            for s in result.sections
            if s.kind == entry["kind"]
            and (entry["number"] is None or s.number == entry["number"])
            and squash(s.toc_title or s.title) == squash(entry["title"])
        ]
        if not check["found"]:  # the document itself lacks it: reported, not invented
            assert not candidates, entry
            assert any(
                i.code == "toc_entry_not_found" and squash(i.raw) == squash(entry["title"])
                for i in result.issues
            ), entry
            continue
        assert len(candidates) == 1, (entry, [s.title for s in candidates])
        [section] = candidates
        assert section.printed_page_start == entry["printed_page"], entry
        if entry["kind"] == "strategy":
            assert chapters.get(by_id[section.parent_id].section_id) == entry["chapter"], entry


@pytest.mark.parametrize("path", CONTENTS, ids=[p.stem for p in CONTENTS])
def test_no_contents_issue_but_where_the_document_disagrees(path):
    contents = json.loads(path.read_text(encoding="utf-8"))
    result = extracted(real_pdf(f"busan-2025/{contents['source']}"))
    missing = sum(1 for check in contents["body_check"] if not check["found"])
    toc_issues = [i for i in result.issues if i.code.startswith("toc_")]
    assert len(toc_issues) == missing, [i.message for i in toc_issues]
    assert result.sections and all(s.title.strip() for s in result.sections)
