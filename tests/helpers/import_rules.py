"""A small import-graph checker (what import-linter does, for the rules of this project).

Reads every module of a package with ``ast`` (nothing is imported or run) and records each
import, wherever it is: at the top, inside a function (lazy imports count: they still run), or
under ``if TYPE_CHECKING:`` (counted too: a cycle through type hints is still a tangle to read).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Graph:
    """Modules of one package and what each imports (first-party targets resolved to modules,
    third-party ones kept as written)."""

    modules: set[str] = field(default_factory=set)
    imports: dict[str, set[str]] = field(default_factory=dict)

    def internal(self, module: str) -> set[str]:
        return {target for target in self.imports.get(module, set()) if target in self.modules}


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def build_graph(package_dir: Path) -> Graph:
    graph = Graph()
    files = sorted(p for p in package_dir.rglob("*.py") if "__pycache__" not in p.parts)
    for path in files:
        graph.modules.add(module_name(package_dir, path))
    for path in files:
        name = module_name(package_dir, path)
        is_package = path.name == "__init__.py"
        graph.imports[name] = _imports_of(path, name, is_package, graph.modules)
    return graph


def _imports_of(path: Path, name: str, is_package: bool, modules: set[str]) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".")
                if not is_package:
                    anchor = anchor[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in modules else base)
    found.discard(name)
    return found


def cycles(graph: Graph) -> list[list[str]]:
    """The import cycles: strongly connected groups of two or more modules (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0

    def visit(module: str) -> None:
        nonlocal counter
        index[module] = low[module] = counter
        counter += 1
        stack.append(module)
        on_stack.add(module)
        for target in sorted(graph.internal(module)):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return sorted(groups)


def forbidden(graph: Graph, sources: str, targets: tuple[str, ...]) -> list[str]:
    """``module -> import`` for every module in package ``sources`` importing one of
    ``targets`` (modules or packages, first- or third-party)."""

    def inside(module: str, package: str) -> bool:
        return module == package or module.startswith(package + ".")

    return sorted(
        f"{module} -> {target}"
        for module in graph.modules
        if inside(module, sources)
        for target in graph.imports[module]
        if any(inside(target, t) for t in targets)
    )
