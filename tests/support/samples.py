"""Samples: the project's own rendered PDF and pointers to real PDFs kept outside the repository."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Sample:
    """A sample folder: where its PDF is (if it can be found) and where its golden files go."""

    name: str
    folder: Path
    pdf: Path | None
    missing: str | None  # why the PDF cannot be used, when it cannot

    @property
    def golden(self) -> Path:
        return self.folder / "golden"


def find_samples(samples_dir: Path, shared_pdfs: Path) -> list[Sample]:
    """Every sample under samples_dir; a pointer resolves into shared_pdfs and is checked by sha256."""
    out = []
    for folder in sorted(p for p in samples_dir.iterdir() if p.is_dir()):
        own = folder / "sample.pdf"
        pointer = folder / "source.json"
        if own.exists():
            out.append(Sample(folder.name, folder, own, None))
        elif pointer.exists():
            info = json.loads(pointer.read_text(encoding="utf-8"))
            pdf = shared_pdfs / info["pdf"]
            if not pdf.exists():
                out.append(Sample(folder.name, folder, None, f"{pdf} is absent"))
            elif hashlib.sha256(pdf.read_bytes()).hexdigest() != info["sha256"]:
                out.append(
                    Sample(
                        folder.name,
                        folder,
                        None,
                        f"{pdf} is not the file the golden files were made from",
                    )
                )
            else:
                out.append(Sample(folder.name, folder, pdf, None))
    return out
