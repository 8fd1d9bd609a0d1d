"""The extraction package stays pure: no Django import, no I/O modules."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "stories" / "extraction"
FORBIDDEN = ("django", "stories.models", "os", "io", "pathlib", "socket", "subprocess", "requests")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_extraction_module_imports_nothing_impure(path):
    bad = {
        name
        for name in _imports(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
    }
    assert not bad, f"{path.name} imports {sorted(bad)}"


def test_purity_check_sees_a_django_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from django.db import models\nimport os.path\n", encoding="utf-8")
    assert {"django.db", "os.path"} <= _imports(sample)


def _names_bound_twice(source: str) -> list[str]:
    """Module-level names assigned or defined more than once: a rule list or a pattern written
    again under the same name silently replaces the first for every rule that uses it."""
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        twice.extend(n for n in names if n in seen)
        seen.update(names)
    return twice


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_extraction_module_binds_each_name_once(path):
    assert _names_bound_twice(path.read_text(encoding="utf-8")) == []


def test_the_name_check_sees_a_rule_list_written_twice():
    assert _names_bound_twice('_VERBS = {"said"}\nX = 1\n_VERBS = {"wrote"}\n') == ["_VERBS"]
