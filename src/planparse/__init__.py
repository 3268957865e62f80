"""planparse: Korean public-sector work plan PDFs (주요업무계획) to typed tables."""

# Every row of `documents` and every manifest carries it (parser_version); see CHANGELOG.md.
__version__ = "0.3.0"
