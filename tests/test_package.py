"""The package's shape: stages import each other without a cycle, the grammar's private
modules stay its own, Korean notation lives in data modules, evaluation tooling stays out.

Read from the source with ``ast`` (nothing is imported), so each check fails on the file
and line that breaks it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import regex

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "planparse"
HANGUL_RE = regex.compile(r"\p{Hangul}")
# Modules whose purpose is the Korean notation itself: data only, read by the stages.
DATA_MODULES = {"notation"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(path: Path) -> set[str]:
    """The planparse modules a file imports (``from a.b import c`` counts a.b.c if it is
    a module, else a.b)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in MODULES else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name in MODULES}


def test_the_stages_import_each_other_without_a_cycle():
    graph = {name: imports_of(path) - {name} for name, path in MODULES.items()}
    state: dict[str, str] = {}
    cycles: list[list[str]] = []

    def visit(name: str, path: list[str]) -> None:
        state[name] = "open"
        for dep in sorted(graph[name]):
            if state.get(dep) == "open":
                cycles.append([*path[path.index(dep) :], dep])
            elif dep not in state:
                visit(dep, [*path, dep])
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert len(graph) > 30
    assert cycles == []


def test_no_module_outside_the_grammar_imports_its_private_modules():
    private = [
        f"{name} imports {dep}"
        for name, path in MODULES.items()
        if not name.startswith("planparse.grammar")
        for dep in imports_of(path)
        if dep.startswith("planparse.grammar.") and dep.rsplit(".", 1)[-1].startswith("_")
    ]
    assert private == []


def hangul_in_functions(path: Path) -> list[str]:
    """Every string constant holding Hangul inside a function body, docstrings aside."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    found = set()
    for function in ast.walk(tree):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(function):
                if (
                    isinstance(node, ast.Constant)
                    and isinstance(node.value, str)
                    and id(node) not in docstrings
                    and HANGUL_RE.search(node.value)
                ):
                    found.add(f"{path.name}:{node.lineno}: {node.value!r}")
    return sorted(found)


def test_korean_notation_is_data_not_inside_logic():
    """A word the stages decide by is a named constant of a data module (``notation``),
    so another organisation's notation means adding data, not editing a function."""
    logic = [p for n, p in MODULES.items() if n.split(".")[1:2] != sorted(DATA_MODULES)]
    assert len(logic) > 25
    found = [hit for path in logic for hit in hangul_in_functions(path)]
    assert found == []


def test_the_check_finds_hangul_in_a_function(tmp_path):
    """The notation check is not vacuous: a literal in a function body is found, one in a
    docstring is not."""
    sample = tmp_path / "probe.py"
    sample.write_text(
        'WORD = "계"\n\n\ndef f(x):\n    """정원 docstring."""\n    return x == "현원"\n'
    )
    assert hangul_in_functions(sample) == ["probe.py:6: '현원'"]


def test_evaluation_tooling_is_not_in_the_package():
    for name in ("evaluate", "evaluate_tables", "parity", "samples"):
        assert not (PACKAGE / f"{name}.py").exists(), name
    support = Path(__file__).resolve().parent / "support"
    assert (support / "evaluate.py").exists() and (support / "parity.py").exists()


def names_assigned_twice(path: Path) -> list[str]:
    """Module-level names a file assigns more than once: a second list under a name already
    taken replaces the first for every stage that reads it."""
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in seen:
                    twice.append(f"{path.name}:{node.lineno}: {target.id}")
                seen[target.id] = node.lineno
    return twice


def test_no_module_assigns_a_name_twice(tmp_path):
    # 0.6.10 nearly shipped a second notation list named as an earlier one, which changed how
    # every amount's qualifiers were read
    assert [hit for path in MODULES.values() for hit in names_assigned_twice(path)] == []
    sample = tmp_path / "probe.py"
    sample.write_text('WORDS = ["약"]\nOTHER = 1\nWORDS = ["최대"]\n')
    assert names_assigned_twice(sample) == ["probe.py:3: WORDS"]
