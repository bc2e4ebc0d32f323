"""Regenerate docs/screenshot.png: the app on the demo model and demo images, after a pre-label.

    .venv/bin/python scripts/readme_screenshot.py     # needs Debian's chromium (make test-services)

Starts ``gridclip app`` on a temporary database, drives it with Playwright, stops it.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, XDG_DATA_HOME=tmp)
        server = subprocess.Popen([sys.executable, "-m", "app", "app", "--port", str(port)], cwd=ROOT, env=env)
        try:
            url = f"http://127.0.0.1:{port}/"
            for _ in range(240):
                try:
                    urllib.request.urlopen(url, timeout=1)
                    break
                except OSError:
                    time.sleep(0.5)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1400, "height": 1150})
                page.goto(url)
                page.get_by_text("Image 1/").first.wait_for(timeout=120_000)
                page.get_by_role("button", name="Pre-label").first.click()
                # Wait for the proposals themselves (a loaded machine takes its time), not a fixed delay.
                page.get_by_text(re.compile(r"[1-9][0-9]* proposed")).first.wait_for(timeout=180_000)
                page.wait_for_timeout(1_000)
                page.evaluate("window.scrollTo(0, 0)")
                page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
