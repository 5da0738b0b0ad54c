"""Build the double-clickable Attest app with PyInstaller (one folder), and check that it works.

    python packaging/build.py                 # build into <tmp>/attest-pyinstaller/dist/attest
    python packaging/build.py --check         # ... then run the bundle's smoke checks
    python packaging/build.py --dist DIR --work DIR --check

Run it with the Python of an environment where Attest's dependencies and PyInstaller are installed
(``pip install . pyinstaller``); the same script builds on Windows, macOS and Linux, each for itself
(PyInstaller does not cross-compile). See packaging/README.md.

Why a staging copy of the package: the checkout *is* the ``attest`` package (``"attest" = "."`` in
pyproject's package-dir), which PyInstaller cannot find by itself from the source tree, and an
editable install maps it through an import hook that PyInstaller's module graph does not follow.
:func:`stage_package` lays the files out as a wheel would, from the same pyproject tables, so the
bundle holds exactly this checkout's code and package data however (or whether) Attest is installed.
The spec imports it from here, so ``pyinstaller packaging/attest.spec`` works on its own too.

Outputs go under the system temporary folder by default, never into the checkout.
"""

from __future__ import annotations

import argparse
import fnmatch
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPEC = Path(__file__).resolve().with_name("attest.spec")
DEFAULT_ROOT = Path(tempfile.gettempdir()) / "attest-pyinstaller"


def stage_package(repo: Path, target: Path) -> Path:
    """Copy the ``attest`` package out of ``repo`` into ``target/attest/...`` as pyproject maps it.

    Only the listed packages' own ``.py`` files and their declared package data are copied (tests,
    benchmarks, docs and build leftovers stay out). Returns ``target``, the folder to put on the
    import path. ``target`` is emptied first, so a file removed from the checkout leaves the bundle.
    """
    config = tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    package_dir: dict[str, str] = config.get("package-dir", {})
    package_data: dict[str, list[str]] = config.get("package-data", {})
    if target.exists():
        shutil.rmtree(target)
    for package in config["packages"]:
        source = repo / _source_dir(package, package_dir)
        destination = target.joinpath(*package.split("."))
        destination.mkdir(parents=True, exist_ok=True)
        for module in sorted(source.glob("*.py")):
            shutil.copy2(module, destination / module.name)
        for pattern in package_data.get(package, []):
            for path in sorted(source.glob(pattern)):
                if path.is_file() and not fnmatch.fnmatch(path.name, "*.py[co]"):
                    (destination / path.relative_to(source)).parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(path, destination / path.relative_to(source))
        if not (destination / "__init__.py").is_file():
            raise SystemExit(f"build: {package} has no __init__.py in {source}; check pyproject's package-dir")
    return target


def _source_dir(package: str, package_dir: dict[str, str]) -> str:
    """Where setuptools finds ``package``: its own package-dir entry, else its parent's plus its name."""
    if package in package_dir:
        return package_dir[package]
    parent, _, name = package.rpartition(".")
    if not parent:
        return package_dir.get("", ".") + "/" + name
    return _source_dir(parent, package_dir) + "/" + name


def build(dist: Path, work: Path, *, clean: bool) -> float:
    """Run PyInstaller on the spec; returns the seconds it took."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("build: PyInstaller is not installed in this Python; pip install pyinstaller") from None
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--distpath", str(dist),
               "--workpath", str(work)]
    if clean:
        command.append("--clean")
    began = time.perf_counter()
    subprocess.run(command, check=True, cwd=REPO)
    return time.perf_counter() - began


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def executable(dist: Path) -> Path:
    """The console executable inside the built folder (or .app on macOS)."""
    name = "attest.exe" if sys.platform == "win32" else "attest"
    for candidate in (dist / "attest" / name, dist / "Attest.app" / "Contents" / "MacOS" / name):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"build: no {name} under {dist}")


def check(dist: Path) -> list[str]:
    """The smoke checks: --version, the demo (OCR of screenshots, so the bundled models must load),
    the leak scan of the demo pack, the demo plan's completion report (charts), and the app opening on
    the offscreen platform. Returns the report
    lines; exits non-zero on the first failure."""
    exe = executable(dist)
    report: list[str] = []
    with tempfile.TemporaryDirectory(prefix="attest-bundle-check-") as scratch:
        workspace = Path(scratch) / "ws"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": scratch, "XDG_DATA_HOME": scratch,
               "XDG_CONFIG_HOME": scratch}
        env.pop("ATTEST_WORKSPACE", None)

        def run(label: str, *args: str, expect: str | tuple[str, ...]) -> str:
            began = time.perf_counter()
            done = subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, timeout=600)
            seconds = time.perf_counter() - began
            wanted = (expect,) if isinstance(expect, str) else expect  # any of them
            if done.returncode != 0 or not any(w in done.stdout + done.stderr for w in wanted):
                sys.stderr.write(done.stdout + done.stderr)
                raise SystemExit(f"build: check failed: {label} (exit {done.returncode}; wanted {expect!r})")
            report.append(f"{label}: ok in {seconds:.1f} s")
            return done.stdout + done.stderr

        run("attest --version", "--version", expect="attest ")
        run("attest demo", "--workspace", str(workspace), "demo", expect="leak scan clean")
        pack = next(workspace.glob("*.docx"))
        run("attest verify (demo pack)", "verify", str(pack), expect="verified: ")
        run("attest scan (demo evidence, OCR of the screenshots)", "scan", str(workspace / "evidence"),
            expect="clean: ")
        # matplotlib's charts and the bank holidays table (work-off dates) must be in the bundle too
        run("attest report completion (demo plan, charts)", "--workspace", str(workspace), "report", "completion",
            "1", "--out", str(Path(scratch) / "completion.docx"), expect="test completion report written")
        run("attest defect list (work-off dates)", "--workspace", str(workspace), "defect", "list", expect="due ")
        # times shown in a named zone: the zone data (tzdata) must be in the bundle where the system has none
        run("attest runs (UK time)", "--workspace", str(workspace), "runs", "--time-zone", "Europe/London",
            expect=(" GMT", " BST"))
        said = run("attest gui --smoke", "--workspace", str(workspace), "gui", "--smoke", expect="ready in ")
        report[-1] += "".join(f" ({line.strip()})" for line in said.splitlines() if line.startswith("ready in"))
        run("attest gui --run 1 --smoke (a run reopened)", "--workspace", str(workspace), "gui", "--run", "1",
            "--smoke", expect="run 1 ")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=DEFAULT_ROOT / "dist", help="where the app folder goes")
    parser.add_argument("--work", type=Path, default=DEFAULT_ROOT / "build", help="PyInstaller's work folder")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    parser.add_argument("--check", action="store_true", help="run the smoke checks on the result")
    parser.add_argument("--check-only", action="store_true", help="only run the smoke checks on an earlier build")
    args = parser.parse_args(argv)
    if not args.check_only:
        seconds = build(args.dist.resolve(), args.work.resolve(), clean=args.clean)
        app = args.dist / ("Attest.app" if sys.platform == "darwin" else "attest")
        print(f"built {app} in {seconds:.0f} s: {folder_size(app) / 2**20:.0f} MiB")
    if args.check or args.check_only:
        for line in check(args.dist.resolve()):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
