"""pyproject.toml installs every package of the app, and builds without setuptools' warnings.

Before, app.doctor and app.platform.hotkeys were missing from the list (an installed wheel had
no ``doctor`` and no global hotkey), and every install printed screens of warnings about them,
about resources/icons and about the licence's TOML-table form."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def folder_of(name: str, roots: dict[str, Path]) -> Path:
    for root, folder in sorted(roots.items(), key=lambda item: -len(item[0])):
        if name == root or name.startswith(root + "."):
            return folder.joinpath(*name[len(root) :].strip(".").split(".") if name != root else ())
    raise AssertionError(name)


def test_every_package_is_listed() -> None:
    setuptools = config()["tool"]["setuptools"]
    listed = set(setuptools["packages"])
    roots = {"app": ROOT / "app"}
    roots |= {name: ROOT / folder for name, folder in setuptools["package-dir"].items()}
    found = set()
    for name, folder in roots.items():
        for module in folder.rglob("*.py"):  # code: a package Python imports
            found.add(".".join([name, *module.parent.relative_to(folder).parts]))
    # Data files the package data reaches in a sub-folder: setuptools wants that folder listed.
    for name, patterns in setuptools["package-data"].items():
        base = folder_of(name, roots)
        for pattern in patterns:
            for path in base.glob(pattern):
                if path.is_file():
                    found.add(".".join([name, *path.parent.relative_to(base).parts]))
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    assert listed - found == set(), "no such package"


def test_the_licence_is_an_spdx_expression() -> None:
    project = config()["project"]
    assert isinstance(project["license"], str) and project["license"] == "MIT"
