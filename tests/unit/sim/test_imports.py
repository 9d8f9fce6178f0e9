"""The simulator's modules import one way only: no cycle, not even under TYPE_CHECKING."""

from __future__ import annotations

import ast
from pathlib import Path

SIM = Path(__file__).resolve().parents[3] / "app" / "sim"


def imports_of(path: Path) -> set[str]:
    """The app.sim modules ``path`` imports, wherever the import statement stands."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "app.sim":
                found.update(f"app.sim.{alias.name}" for alias in node.names)
            elif node.module.startswith("app.sim."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("app.sim."))
    modules = {f"app.sim.{p.stem}" for p in SIM.glob("*.py") if p.stem != "__init__"}
    return found & modules


def test_no_import_cycle_in_the_simulator() -> None:
    graph = {f"app.sim.{p.stem}": imports_of(p) for p in SIM.glob("*.py") if p.stem != "__init__"}

    def visit(module: str, path: list[str]) -> None:
        for target in graph.get(module, ()):
            assert target not in path, " -> ".join([*path, target])
            visit(target, [*path, target])

    for module in graph:
        visit(module, [module])
    # server builds the HTTP routes; they know it only through the SimHost interface.
    assert "app.sim.server" not in graph["app.sim.http_api"] | graph["app.sim.control"]
