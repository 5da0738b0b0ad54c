"""Time to a shown main window: `attest gui --smoke` next to a bare PySide6 window, in the same run.

    python benchmarks/startup.py [--repeat 5]

Both are fresh processes on the offscreen platform (or the display you have), timed from process
start to the first event-loop turn after the window is shown. Target (issue 6): Attest under 2 s
and under 3x the bare window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import time
started = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 760)
window.show()
def ready():
    print(f"ready in {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def timed(command: list[str], env: dict[str, str]) -> float:
    """Wall time of the whole process, start to exit (what a person waits), in ms."""
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0 or "ready in" not in done.stdout:
        sys.exit(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    attest = str(Path(sys.executable).with_name("attest"))
    with tempfile.TemporaryDirectory() as tmp:
        ws = str(Path(tmp) / "ws")
        subprocess.run([attest, "--workspace", ws, "demo"], capture_output=True, check=True, env=env)
        bare = [timed([sys.executable, "-c", BARE], env) for _ in range(args.repeat)]
        app = [timed([attest, "--workspace", ws, "gui", "--smoke"], env) for _ in range(args.repeat)]
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window: median {b:.0f} ms; attest gui --smoke: median {a:.0f} ms "
          f"({a / b:.1f}x the bare window; targets < 2000 ms and < 3x), {args.repeat} runs each, "
          f"platform {env.get('QT_QPA_PLATFORM', 'display')}")


if __name__ == "__main__":
    main()
