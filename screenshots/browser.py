"""Screenshot the app served in a browser (run by hand, for the README).

    python screenshots/browser.py

Starts `campaign-tui serve` on a free localhost port with a temporary data dir, opens it in
headless Chromium (Debian's `chromium`, driven by Playwright), creates a campaign from a
sample with the keyboard (n, pick the sample, ctrl+s), waits for it to finish, exports it (x),
shows its Brief tab and saves screenshots/browser_dashboard.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from tests.browser_serve import browser_view, free_port, serving  # noqa: E402

OUT = HERE / "browser_dashboard.png"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        with (
            serving(Path(tmp) / "data", port),
            browser_view(f"http://127.0.0.1:{port}/", width=1280, height=760) as view,
        ):
            view.wait_for_text("No campaigns yet")
            view.press("n")
            view.wait_for_text("Start from a sample")
            view.press("Enter", "ArrowDown", "ArrowDown", "ArrowDown", "Enter", "Control+s")
            view.wait_for_text("15/15", timeout=60)
            view.press("x")
            view.wait_for_text("Exported", timeout=30)
            view.press("b")
            view.page.wait_for_timeout(9000)  # type: ignore[attr-defined]  # toasts fade
            view.page.screenshot(path=str(OUT))  # type: ignore[attr-defined]
    print(OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
