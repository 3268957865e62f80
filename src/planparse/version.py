"""The version, written once: `planparse --version`, `planparse.__version__`,
`parser_version` on every `documents` row and manifest, and the build (pyproject.toml).
See CHANGELOG.md."""

__version__ = "0.6.18"
