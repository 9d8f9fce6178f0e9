"""The layers and the feature seam, checked on the import graph of app/ (read with ast, never
imported): app/sop and app/sim use no Qt, app/core no widgets, a feature's logic no widgets,
features never import each other, only the shell's list names them, and no import cycles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers.import_rules import Graph, build_graph, cycles, forbidden

ROOT = Path(__file__).resolve().parents[2]
QT = ("PySide6", "shiboken6", "qasync")
WIDGETS = ("PySide6.QtWidgets", "PySide6.QtGui", "app.ui")
FEATURES = (
    "call", "desktop", "dial", "favourites", "forward", "history", "hotdesk", "incoming",
    "parked", "queues", "registration", "rules",
)  # fmt: skip
# A feature's modules that may hold widgets; every other module of a feature is its logic.
WIDGET_MODULES = {
    "feature", "menu", "window", "settings", "dialog", "popup", "redirect_dialog", "table_model",
}  # fmt: skip
KNOWN_CYCLES: list[list[str]] = []  # none: a cycle that must stay is listed here, with why


@pytest.fixture(scope="module")
def graph() -> Graph:
    return build_graph(ROOT / "app")


def new_cycles(graph: Graph) -> list[list[str]]:
    return [group for group in cycles(graph) if group not in KNOWN_CYCLES]


def test_no_import_cycles_in_app(graph: Graph) -> None:
    assert new_cycles(graph) == []


def test_protocol_and_simulator_use_no_qt(graph: Graph) -> None:
    assert forbidden(graph, "app.sop", QT) == []
    assert forbidden(graph, "app.sim", QT) == []
    assert forbidden(graph, "app.sop", ("app.core", "app.ui", "app.features", "app.sim")) == []


def test_core_uses_no_widgets_and_nothing_above_it(graph: Graph) -> None:
    assert forbidden(graph, "app.core", (*WIDGETS, "app.features", "app.platform")) == []


def test_a_features_logic_uses_no_widgets(graph: Graph) -> None:
    logic = [
        m
        for m in sorted(graph.modules)
        if m.count(".") == 3 and m.startswith("app.features.")
        if m.rsplit(".", 1)[1] not in WIDGET_MODULES
    ]
    assert "app.features.dial.model" in logic and "app.features.history.store" in logic
    assert [v for m in logic for v in forbidden(graph, m, WIDGETS)] == []


def test_features_never_import_each_other(graph: Graph) -> None:
    assert {m.split(".")[2] for m in graph.modules if m.startswith("app.features.")} == set(
        FEATURES
    )
    for name in FEATURES:
        others = tuple(f"app.features.{other}" for other in FEATURES if other != name)
        assert forbidden(graph, f"app.features.{name}", others) == []


def test_the_shell_knows_only_the_list_of_features(graph: Graph) -> None:
    packages = ("app.cli", "app.core", "app.ui", "app.platform", "app.sop", "app.sim")
    shell = [v for package in packages for v in forbidden(graph, package, ("app.features",))]
    assert all(v.endswith(" -> app.features") for v in shell), shell
    assert "app.cli -> app.features" in shell  # feature subcommands come from the list too


def test_the_command_line_imports_no_widgets(graph: Graph) -> None:
    commands = [
        m for m in graph.modules if m.startswith("app.features.") and m.endswith(".commands")
    ]
    assert commands, "no feature offers subcommands"
    for module in ["app.core.cli_command", *commands]:
        assert forbidden(graph, module, WIDGETS) == []
    # The command line imports the GUI only to start the tray (a function-level import).
    assert forbidden(graph, "app.cli", WIDGETS) == ["app.cli -> app.ui.application"]


def test_only_the_demo_starts_the_simulator(graph: Graph) -> None:
    users = [v for v in forbidden(graph, "app", ("app.sim",)) if not v.startswith("app.sim")]
    assert users == ["app.ui.application -> app.sim"]


# -- the checker itself ---------------------------------------------------------------------


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root / next(iter(files)).split("/")[0]


def test_the_checker_reports_a_deliberate_cycle(tmp_path: Path) -> None:
    # a -> b at the top, b -> c inside a function, c -> a for type hints only: still a cycle.
    files = {
        "pkg/__init__.py": "",
        "pkg/a.py": "from pkg import b\n",
        "pkg/b.py": "def f():\n    from pkg.c import x\n    return x\n",
        "pkg/c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import A\n",
        "pkg/d.py": "import pkg.a\n",
    }
    pkg = write(tmp_path, files)
    assert cycles(build_graph(pkg)) == [["pkg.a", "pkg.b", "pkg.c"]]
    (pkg / "c.py").write_text("x = 1\n")
    assert cycles(build_graph(pkg)) == []


def test_the_rules_fail_on_a_cycle_or_a_layer_break_added_to_app(tmp_path: Path) -> None:
    app = tmp_path / "app"
    shutil.copytree(ROOT / "app", app, ignore=shutil.ignore_patterns("__pycache__"))
    assert new_cycles(build_graph(app)) == []
    settings = app / "core" / "settings.py"
    settings.write_text(settings.read_text() + "\n\ndef _tray():\n    from app.ui import tray\n")
    graph = build_graph(app)
    assert any("app.core.settings" in group for group in new_cycles(graph))
    assert forbidden(graph, "app.core", WIDGETS) == ["app.core.settings -> app.ui.tray"]
    errors = app / "sop" / "errors.py"
    errors.write_text(errors.read_text() + "\nfrom PySide6.QtCore import QObject\n")
    assert forbidden(build_graph(app), "app.sop", QT) == ["app.sop.errors -> PySide6.QtCore"]
