"""planparse: Korean public-sector work plan PDFs (주요업무계획) to typed tables."""

__version__ = "0.1.0"
