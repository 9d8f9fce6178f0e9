"""A smaller ICU data library for the Linux bundle (used by sop-companion.spec).

Qt links ICU, whose data library (libicudata.so.NN, 31 MB) holds every locale of the world.
The app speaks four languages, so the spec swaps in a copy that keeps the root locale, en, fr,
nl, de (with their regional variants) and everything that is not per-locale (converters,
normalisation, time zones, break rules and dictionaries, collation root), and drops the other
locales' .res files and the transliterators, which Qt never uses: about 13 MB instead of 31.

How: the data is the symbol ``icudtNN_dat`` of the library's .rodata. ``objcopy`` takes it out
as an ICU package (.dat), ``icupkg -r`` removes items (keeping any that a kept item needs),
and ``gcc`` wraps the result into a library with the same soname and symbol. Needs binutils,
gcc and icupkg (Debian: icu-devtools); without them the full library is kept and a line says so.

    python packaging/icu_data.py LIBICUDATA OUT_DIR      -> OUT_DIR/libicudata.so.NN
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

KEEP_LANGUAGES = ("root", "en", "fr", "nl", "de")  # app.core.language.SUPPORTED and the root
_LOCALE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9]+)*\.res$")
_NOT_LOCALES = {"res_index.res", "pool.res"}
_MISSING = re.compile(r"depends on missing item (\S+)")
TOOLS = ("objcopy", "icupkg", "gcc")


def dropped(item: str) -> bool:
    """Whether the package item ``item`` (``coll/fr.res``, ``af.res``...) can go."""
    tree, _, name = item.rpartition("/")
    if tree == "translit":
        return True
    match = _LOCALE.match(name)
    if match is None or name in _NOT_LOCALES:
        return False
    return match.group(1) not in KEEP_LANGUAGES


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)


def trim(library: Path, out_dir: Path) -> Path | None:
    """A trimmed copy of ``library`` in ``out_dir``; None (with the reason printed) if the tools
    are missing or a step fails, in which case the caller keeps the original."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        print(f"icu_data: {', '.join(missing)} missing, full ICU data kept ({library.name})")
        return None
    version = re.search(r"\.so\.(\d+)", library.name)
    if version is None:
        print(f"icu_data: {library.name} is not libicudata.so.NN, kept as it is")
        return None
    package = f"icudt{version.group(1)}l"  # little-endian, as ICU names it
    work = out_dir / "icu-work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    dat = work / f"{package}.dat"
    done = _run(["objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(dat)], work)
    listing = _run(["icupkg", "-l", str(dat)], work) if done.returncode == 0 else done
    if listing.returncode != 0:
        print(f"icu_data: cannot read the ICU package: {listing.stderr.strip()}")
        return None
    drop = {item for item in listing.stdout.split() if dropped(item)}
    original = work / "original.dat"
    shutil.copyfile(dat, original)
    for _attempt in range(10):  # put back what kept items depend on, then try again
        shutil.copyfile(original, dat)
        (work / "drop.txt").write_text("\n".join(sorted(drop)) + "\n")
        done = _run(["icupkg", "-r", "drop.txt", str(dat)], work)
        needed = set(_MISSING.findall(done.stdout + done.stderr))
        if done.returncode == 0 and not needed:
            break
        if not needed & drop:
            print(f"icu_data: icupkg failed: {done.stderr.strip()}")
            return None
        drop -= needed
    else:
        print("icu_data: icupkg kept asking for more items, full ICU data kept")
        return None
    original.unlink()
    asm = work / "icudata.S"
    asm.write_text(
        "    .section .rodata\n    .balign 16\n"
        f"    .globl {package[:-1]}_dat\n    .type {package[:-1]}_dat, @object\n"
        f'{package[:-1]}_dat:\n    .incbin "{dat.name}"\n'
        f"    .size {package[:-1]}_dat, . - {package[:-1]}_dat\n"
        '    .section .note.GNU-stack,"",@progbits\n'
    )
    out = out_dir / library.name
    done = _run(
        ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-Wl,-z,noexecstack",
         "-o", str(out), asm.name],
        work,
    )  # fmt: skip
    if done.returncode != 0:
        print(f"icu_data: gcc failed: {done.stderr.strip()}")
        return None
    before, after = library.stat().st_size, out.stat().st_size
    print(
        f"icu_data: {library.name} {before / 2**20:.1f} MiB -> {after / 2**20:.1f} MiB "
        f"({len(drop)} items dropped)"
    )
    return out


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    result = trim(Path(sys.argv[1]), Path(sys.argv[2]))
    raise SystemExit(0 if result else 1)
