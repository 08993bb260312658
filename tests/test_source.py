"""Checks on the source itself that the linters do not make."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _top_level_names(tree: ast.Module):
    for node in tree.body:
        if isinstance(node, ast.Assign):
            yield from ((target.id, node.lineno) for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            yield node.target.id, node.lineno
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            yield node.name, node.lineno


def test_no_module_defines_a_name_twice():
    # a second `_PERCEIVING = ...` far down a long module silently replaced the first for the code above it
    twice = []
    for path in sorted((ROOT / "compare").rglob("*.py")) + sorted((ROOT / "corpus").rglob("*.py")):
        seen: dict[str, int] = {}
        for name, line in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))):
            if name in seen:
                twice.append(f"{path.relative_to(ROOT)}: {name} at lines {seen[name]} and {line}")
            seen[name] = line
    assert not twice, "\n".join(twice)
