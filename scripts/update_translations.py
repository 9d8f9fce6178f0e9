"""Refresh i18n/app_<lang>.ts from the code, then fill them from i18n/translations/<lang>.json.

The JSON files are the source of truth that people edit; the .ts files are generated from them
and the code (never edit a .ts by hand), and scripts/build_translations.py compiles the .ts into
.qm. Run this after adding or changing a user-visible string:

    python scripts/update_translations.py                # rewrite the .ts; list what is missing
    python scripts/update_translations.py --add-missing  # also add empty entries to the JSON
    python scripts/update_translations.py --prune        # drop JSON entries the code lost
    python scripts/update_translations.py --check        # write nothing; exit 1 unless current

JSON layout: ``{"Context": {"source": "translation", "%n source(s)": ["one", "other"]}}``.
The context is the class name for ``self.tr`` and the first argument of
``QCoreApplication.translate`` / ``QT_TRANSLATE_NOOP``. A plural message (``tr(text, "", n)``)
takes a list with one form per plural form of the language (Qt's order: fr, nl, de, en have
two, singular first). A message with a disambiguation comment is keyed ``source + "\\u0004" +
comment``. app_en.ts holds only the plural messages: English needs no other translation.

Exit status: 0 when every message of every language is translated and valid (with --check:
and the .ts files are up to date and the JSON files hold no obsolete entry), else 1.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
SOURCES = I18N / "translations"
LANGUAGES = ("en", "fr", "nl", "de")
PLURAL_ONLY = {"en"}  # the source language: only plural messages need an entry
KEY_SEP = "\u0004"  # between source and disambiguation comment in a JSON key

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d")
_ACCEL = re.compile(r"&(?!&)")

Value = str | list[str]


def lupdate() -> str:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(here) if here.exists() else shutil.which("pyside6-lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate not found: install PySide6-Essentials")
    return found


def source_files(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / "app").rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts: Path, lang: str, root: Path = ROOT) -> None:
    """Extract the messages of app/ into a new ``ts`` (no translations, no locations)."""
    files = [str(p) for p in source_files(root)]
    args = [lupdate(), "-silent", "-no-obsolete", "-locations", "none"]
    args += ["-source-language", "en", "-target-language", lang]
    if lang in PLURAL_ONLY:
        args.append("-pluralonly")
    subprocess.run([*args, *files, "-ts", str(ts)], check=True)


def key_of(message: Any) -> str:
    source = message.findtext("source") or ""
    comment = message.findtext("comment")
    return f"{source}{KEY_SEP}{comment}" if comment else source


def placeholders(text: str) -> list[str]:
    return sorted(set(_PLACEHOLDER.findall(text)))


def problems(source: str, value: Value | None, forms: int | None) -> str | None:
    """Why ``value`` cannot be used for ``source`` (None: it can). ``forms``: plural forms
    wanted, None for a message without plural."""
    if value is None or value == "" or (isinstance(value, list) and not any(value)):
        return "missing"  # --add-missing writes empty entries
    if forms is None:
        if not isinstance(value, str):
            return "a plain string is expected"
        texts = [value]
    else:
        if not isinstance(value, list) or len(value) != forms:
            return f"a list of {forms} plural forms is expected"
        texts = value
    for text in texts:
        if not text.strip():
            return "empty"
        if placeholders(text) != placeholders(source):
            return f"placeholders {placeholders(text)} differ from {placeholders(source)}"
        if len(_ACCEL.findall(text.replace("&&", ""))) != len(
            _ACCEL.findall(source.replace("&&", ""))
        ):
            return "keyboard accelerators (&) differ"
    return None


def load_json(lang: str) -> dict[str, dict[str, Value]]:
    path = SOURCES / f"{lang}.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SystemExit(f"{path}: the top level must be an object of contexts")
    return data


def save_json(lang: str, data: dict[str, dict[str, Value]]) -> None:
    SOURCES.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    (SOURCES / f"{lang}.json").write_text(text, encoding="utf-8")


class Result:
    """What filling one language found."""

    def __init__(self) -> None:
        self.total = 0
        self.done = 0
        self.missing: list[tuple[str, str]] = []
        self.invalid: list[tuple[str, str, str]] = []
        self.obsolete: list[tuple[str, str]] = []


def fill(
    ts: Path, data: dict[str, dict[str, Value]], *, add_missing: bool = False
) -> tuple[bytes, Result, dict]:
    """Fill the lupdate output ``ts`` from ``data``: the new .ts bytes, a report, and ``data``
    in the code's order (obsolete entries last; missing ones as empty entries if asked)."""
    tree = etree.parse(str(ts))
    result = Result()
    ordered: dict[str, dict[str, Value]] = {}
    seen: set[tuple[str, str]] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        known = data.get(name, {})
        out = ordered.setdefault(name, {})
        for message in context.iter("message"):
            key = key_of(message)
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                raise SystemExit(f"{ts}: a message without <translation>")
            plural = message.get("numerus") == "yes"
            forms = translation.findall("numerusform") if plural else []
            value = known.get(key)
            seen.add((name, key))
            result.total += 1
            why = problems(source, value, len(forms) if plural else None)
            if why == "missing":
                result.missing.append((name, key))
                if add_missing:
                    out[key] = [""] * len(forms) if plural else ""
                continue
            assert value is not None
            out[key] = value
            if why is not None:
                result.invalid.append((name, key, why))
                continue
            if plural:
                for form, text in zip(forms, value, strict=True):
                    form.text = text
            else:
                translation.text = str(value)
            if "type" in translation.attrib:
                del translation.attrib["type"]
            result.done += 1
    for name, messages in data.items():
        for key, value in messages.items():
            if (name, key) not in seen:
                result.obsolete.append((name, key))
                ordered.setdefault(name, {})[key] = value
    head = b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'  # as lupdate writes it
    body = head + etree.tostring(tree.getroot(), encoding="utf-8") + b"\n"
    return body, result, {c: m for c, m in ordered.items() if m}


def prune(data: dict[str, dict[str, Value]], obsolete: list[tuple[str, str]]) -> dict:
    gone = set(obsolete)
    kept = {c: {k: v for k, v in m.items() if (c, k) not in gone} for c, m in data.items()}
    return {c: m for c, m in kept.items() if m}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="write nothing; 1 unless current")
    parser.add_argument("--add-missing", action="store_true", help="add empty JSON entries")
    parser.add_argument("--prune", action="store_true", help="drop obsolete JSON entries")
    parser.add_argument("--quiet", action="store_true", help="print only the summary")
    args = parser.parse_args(argv)

    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            fresh = Path(tmp) / f"app_{lang}.ts"
            run_lupdate(fresh, lang)
            data = load_json(lang)
            body, result, ordered = fill(fresh, data, add_missing=args.add_missing)
            target = I18N / f"app_{lang}.ts"
            if args.check:
                if not target.exists() or target.read_bytes() != body:
                    print(f"{target.name}: not up to date (run scripts/update_translations.py)")
                    ok = False
            else:
                target.write_bytes(body)
                if args.prune:
                    ordered = prune(ordered, result.obsolete)
                if (args.add_missing or args.prune) and json.dumps(ordered) != json.dumps(data):
                    save_json(lang, ordered)
            report(lang, result, quiet=args.quiet)
            ok = ok and not result.missing and not result.invalid
            if args.check and result.obsolete:
                ok = False  # current also means no dead JSON entries (--prune drops them)
    return 0 if ok else 1


def report(lang: str, result: Result, *, quiet: bool) -> None:
    print(
        f"{lang}: {result.done}/{result.total} translated, {len(result.missing)} missing, "
        f"{len(result.invalid)} invalid, {len(result.obsolete)} obsolete in {lang}.json"
    )
    if quiet:
        return
    for context, key in result.missing:
        print(f"  missing   [{context}] {key!r}")
    for context, key, why in result.invalid:
        print(f"  invalid   [{context}] {key!r}: {why}")
    for context, key in result.obsolete:
        print(f"  obsolete  [{context}] {key!r} (--prune drops it)")


if __name__ == "__main__":
    sys.exit(main())
