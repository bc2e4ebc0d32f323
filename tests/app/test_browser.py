"""The labeling app in a real browser: Debian's chromium, headless, driven by Playwright.

The app is started as ``make app`` starts it: ``gridclip app`` in its own process, its data
folder (database, exports, uploads) found by the same user-data-dir logic, here pointed into the
test's folder through ``XDG_DATA_HOME``. The child's temp folder and working folder are elsewhere,
as ``~/.local/share`` is for a real user, so a file Gradio may not serve from there (the export
download, once) fails here too.

Type a vocabulary, pre-label, drag a box on the canvas, accept, go to the next image with the
keyboard, export COCO; then read the database and the exported file and find the moved box.
Screenshots are left in ``test-artifacts/``.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.app_support import VOCAB, draw_pictures, free_port
from tests.services import missing_service

pytestmark = pytest.mark.integration

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PICTURE_SIZE = (480, 360)
TIMEOUT_MS = 90_000
START_TIMEOUT_S = 300.0  # importing torch and gradio and loading the model, on a busy 2-core machine


def _need_chromium() -> None:
    if Path(CHROMIUM).exists():
        return
    missing_service(f"{CHROMIUM} is missing: run scripts/setup_test_services.sh (make test-services)")


@dataclass
class LiveApp:
    """A ``gridclip app`` process: its address, its store (the same database file), its log."""

    url: str
    data_dir: Path
    log_path: Path
    process: subprocess.Popen

    @functools.cached_property
    def store(self):
        from storage import Store

        return Store.open(self.data_dir / "labels.db", create=False)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def _gridclip_command() -> list[str]:
    """The console script ``make app`` runs (``.venv/bin/gridclip``), else the same ``main``."""
    script = Path(sys.executable).with_name("gridclip")
    return [str(script)] if script.exists() else [sys.executable, "-m", "app"]


def start_gridclip_app(tmp_path: Path, *arguments: str) -> LiveApp:
    """``gridclip app ARGUMENTS`` on a free port, with its user data dir, temp and working
    folders apart inside ``tmp_path``; returns once it answers HTTP."""
    home, temp, cwd = tmp_path / "home", tmp_path / "tmp", tmp_path / "cwd"
    for folder in (home, temp, cwd):
        folder.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("GRIDCLIP_DB", "GRADIO_TEMP_DIR")}
    env.update(XDG_DATA_HOME=str(home / "share"), XDG_CACHE_HOME=str(home / "cache"),
               XDG_CONFIG_HOME=str(home / "config"), TMPDIR=str(temp), OMP_NUM_THREADS="1",
               GRADIO_ANALYTICS_ENABLED="False", PYTHONUNBUFFERED="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parents[2]), env.get("PYTHONPATH")]))
    port = free_port()
    log_path = tmp_path / "app.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen([*_gridclip_command(), "app", *arguments, "--port", str(port)],
                                   cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
    app = LiveApp(f"http://127.0.0.1:{port}/", home / "share" / "gridclip-studio", log_path, process)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"gridclip app exited with {process.returncode}:\n{app.log()[-3000:]}")
        try:
            with urllib.request.urlopen(app.url, timeout=5) as answer:
                if answer.status == 200:
                    return app
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(1.0)
    stop_gridclip_app(app)
    raise AssertionError(f"gridclip app did not answer in {START_TIMEOUT_S:.0f} s:\n{app.log()[-3000:]}")


def stop_gridclip_app(app: LiveApp) -> None:
    if "store" in vars(app):
        app.store.close()
    app.process.terminate()
    try:
        app.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        app.process.kill()
        app.process.wait(timeout=30)


@pytest.fixture()
def live_app(tmp_path: Path) -> Iterator[LiveApp]:
    """``gridclip app`` on two drawn pictures with the tiny random model (fp32: no calibration)."""
    _need_chromium()
    draw_pictures(tmp_path / "pictures", 2, size=PICTURE_SIZE)
    app = start_gridclip_app(tmp_path, "--images", str(tmp_path / "pictures"), "--model", "open_clip:tiny-rn",
                             "--no-int8")
    try:
        yield app
    finally:
        stop_gridclip_app(app)


@contextmanager
def _chromium_page(**page_options: Any) -> Iterator[Any]:
    """A new page (``page_options``: Playwright's ``new_page`` ones) of a headless chromium that is
    closed afterwards, whatever the test did."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser.new_page(**page_options)
        finally:
            browser.close()


def _open_with_vocabulary(page, url: str, prelabel: bool = False, vocabulary: str = VOCAB) -> None:
    """Open the app, type the test vocabulary and, with ``prelabel``, pre-label the first picture
    and wait until the canvas has drawn the proposals."""
    page.goto(url)
    _status_has(page, "Image 1/2")
    vocab_box = page.locator("#vocab textarea, #vocab input").first
    vocab_box.fill(vocabulary)
    vocab_box.press("Enter")
    # The tiny random model's scores are low: every candidate is wanted.
    _set_slider(page, "threshold", 0.0)
    if prelabel:
        page.click("#btn-prelabel")
        page.wait_for_function(
            "() => /[1-9][0-9]* proposed/.test(document.querySelector('#status').innerText)", timeout=TIMEOUT_MS
        )
        page.wait_for_timeout(500)  # let the canvas draw the boxes


def _status_has(page, text: str) -> None:
    page.wait_for_function(
        "(t) => { const s = document.querySelector('#status'); return s && s.innerText.includes(t); }",
        arg=text,
        timeout=TIMEOUT_MS,
    )


def _pick_box_to_drag(boxes: np.ndarray, handle: float = 12.0) -> tuple[int, tuple[float, float]]:
    """A box and a point that grabs it in drag mode: the canvas takes the first box (in list
    order) containing the point, so choose a point whose first container is that box and that
    is clear of every resize handle."""

    def near_handle(x: float, y: float) -> bool:
        for x0, y0, x1, y1 in boxes:
            for hx in (x0, (x0 + x1) / 2, x1):
                for hy in (y0, (y0 + y1) / 2, y1):
                    if abs(x - hx) < handle and abs(y - hy) < handle:
                        return True
        return False

    for k in sorted(range(len(boxes)), key=lambda i: (boxes[i][2] - boxes[i][0]) * (boxes[i][3] - boxes[i][1])):
        x0, y0, x1, y1 = boxes[k]
        for fx in np.linspace(0.2, 0.8, 7):
            for fy in np.linspace(0.2, 0.8, 7):
                x, y = x0 + fx * (x1 - x0), y0 + fy * (y1 - y0)
                inside = [i for i, b in enumerate(boxes) if b[0] <= x <= b[2] and b[1] <= y <= b[3]]
                if inside and inside[0] == k and not near_handle(x, y):
                    return k, (float(x), float(y))
    raise AssertionError(f"no box can be grabbed unambiguously among {boxes.tolist()}")


def test_label_move_accept_next_export_in_chromium(live_app, tmp_path: Path) -> None:
    store, url = live_app.store, live_app.url
    with _chromium_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True) as page:
        _open_with_vocabulary(page, url, prelabel=True)


        version = store.model_versions()[0]["version"]
        shown = store.predictions(1, model_version=version, vocabulary_text="square | box, circle")
        assert len(shown) > 0
        k, (gx, gy) = _pick_box_to_drag(shown.xyxy)
        original = shown.xyxy[k].copy()
        # Move toward the picture's centre, so the box stays inside and is not clipped.
        dx = 24.0 if gx < PICTURE_SIZE[0] / 2 else -24.0
        dy = 16.0 if gy < PICTURE_SIZE[1] / 2 else -16.0

        _, _, scale = _drag_on_canvas(page, "Drag boxes", (gx, gy), (gx + dx, gy + dy))

        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "label_view.png"))

        page.click("#btn-accept-all")
        _status_has(page, "Saved:")
        saved = store.annotations(1)
        assert len(saved) == len(shown)
        edited = saved.xyxy[saved.data["source"] == "edited"]
        assert len(edited) == 1, saved.data["source"]
        expected = original + np.array([dx, dy, dx, dy])
        assert np.allclose(edited[0], expected, atol=1.5 / scale + 0.5), (edited[0], expected)
        assert sorted(saved.data["source"].tolist()).count("predicted") == len(shown) - 1

        page.locator("body").click(position={"x": 5, "y": 5})  # focus outside any text field
        page.keyboard.press("n")  # the Next shortcut
        _status_has(page, "Image 2/2")

        page.get_by_role("tab", name="Export").click()
        page.click("#btn-export")
        link = page.locator("#export-file a").first
        link.wait_for(timeout=TIMEOUT_MS)
        with page.expect_download(timeout=TIMEOUT_MS) as download_info:
            link.click()
        exported = tmp_path / "export.json"
        download_info.value.save_as(exported)

        _choose(page, "export-format", "YOLO")
        page.click("#btn-export")
        page.wait_for_function("() => /\\.zip/.test(document.querySelector('#export-file').innerText)",
                               timeout=TIMEOUT_MS)
        with page.expect_download(timeout=TIMEOUT_MS) as download_info:
            page.locator("#export-file a").first.click()
        yolo_zip = tmp_path / "export-yolo.zip"
        download_info.value.save_as(yolo_zip)
        page.screenshot(path=str(ARTIFACTS / "export_yolo.png"))

    log = live_app.log()
    assert "Traceback" not in log and "InvalidPathError" not in log, log[-3000:]
    assert "file_name=" not in log, log[-3000:]  # Gradio's line per canvas file served
    coco = json.loads(exported.read_text())
    x0, y0, x1, y1 = (float(v) for v in edited[0])
    assert any(np.allclose(a["bbox"], [x0, y0, x1 - x0, y1 - y0], atol=1e-3) for a in coco["annotations"])
    assert len(coco["annotations"]) == len(shown)
    with zipfile.ZipFile(yolo_zip) as archive:
        names = set(archive.namelist())
        assert {"data.yaml", "images/scene_00.png", "labels/scene_00.txt"} <= names, names
        assert archive.read("data.yaml").decode().count("square") == 1
        assert len(archive.read("labels/scene_00.txt").decode().splitlines()) == len(shown)


def _choose(page, elem_id: str, option: str) -> None:
    """Pick ``option`` (a prefix of its text) in a Gradio dropdown."""
    page.locator(f"#{elem_id} input").first.click()
    page.get_by_role("option", name=option).first.click()


def _canvas_geometry(page) -> tuple[float, float, float]:
    """Where the picture's top left corner is on the page, and the canvas pixels per picture pixel."""
    rect = page.locator("#canvas canvas").first.bounding_box()
    scale = rect["height"] / PICTURE_SIZE[1]  # the canvas is as tall as the picture drawn
    return rect["x"] + (rect["width"] - PICTURE_SIZE[0] * scale) / 2, rect["y"], scale  # centred horizontally


def _drag_on_canvas(page, tool: str, start: tuple[float, float], end: tuple[float, float]) -> tuple[float, float, float]:
    """With the canvas tool ``tool`` (its button's label: "Drag boxes", "Create box"), drag the
    mouse from ``start`` to ``end``, both in picture pixels; returns ``_canvas_geometry``."""
    left, top, scale = _canvas_geometry(page)
    page.click(f"#canvas button[aria-label='{tool}']")
    page.mouse.move(left + start[0] * scale, top + start[1] * scale)
    page.mouse.down()
    page.mouse.move(left + end[0] * scale, top + end[1] * scale, steps=8)
    page.mouse.up()
    page.wait_for_timeout(500)
    return left, top, scale


def _set_slider(page, elem_id: str, value: float) -> None:
    """Type a value into the slider's number box and leave it, which fires its release event."""
    number = page.locator(f"#{elem_id} input[type=number]").first
    number.fill(str(value))
    number.press("Enter")
    number.blur()


def test_unsaved_canvas_edits_survive_the_sliders_and_are_asked_about_before_next(live_app) -> None:
    store, url = live_app.store, live_app.url
    with _chromium_page(viewport={"width": 1400, "height": 1000}) as page:
        _open_with_vocabulary(page, url, prelabel=True)
        version = store.model_versions()[0]["version"]
        shown = store.predictions(1, model_version=version, vocabulary_text="square | box, circle")
        k, (gx, gy) = _pick_box_to_drag(shown.xyxy)
        dx = 24.0 if gx < PICTURE_SIZE[0] / 2 else -24.0
        dy = 16.0 if gy < PICTURE_SIZE[1] / 2 else -16.0
        _, _, scale = _drag_on_canvas(page, "Drag boxes", (gx, gy), (gx + dx, gy + dy))

        # Move the threshold above every score but the moved box's, and the NMS slider: the
        # proposals are re-filtered, the moved box stays where the person put it.
        _set_slider(page, "threshold", 0.99)
        _status_has(page, "unsaved changes on the canvas are kept")
        _set_slider(page, "nms-iou", 0.3)
        page.wait_for_timeout(1000)
        _status_has(page, "unsaved changes on the canvas are kept")

        # Next is refused once, with the edits still on the canvas; Accept then saves them.
        page.click("#btn-next")
        _status_has(page, "Unsaved changes kept")
        assert "Image 1/2" in page.locator("#status").inner_text()
        page.click("#btn-accept-all")
        _status_has(page, "Saved:")

    saved = store.annotations(1)
    edited = saved.xyxy[saved.data["source"] == "edited"]
    assert len(edited) == 1, saved.data["source"]
    expected = shown.xyxy[k] + np.array([dx, dy, dx, dy])
    assert np.allclose(edited[0], expected, atol=1.5 / scale + 0.5), (edited[0], expected)


def test_digit_keys_tag_the_picture_in_chromium(live_app) -> None:
    """One key per class: 1 ticks the first class as shown, Shift+2 marks the second absent,
    and both land in the store at once (no Save button)."""
    store, url = live_app.store, live_app.url
    with _chromium_page(viewport={"width": 1400, "height": 1000}) as page:
        _open_with_vocabulary(page, url)
        _vocabulary_note_has(page, "2 classes")
        page.locator("body").click(position={"x": 5, "y": 5})  # focus outside any text field
        page.keyboard.press("1")
        page.keyboard.press("Shift+Digit2")
        deadline = 60
        while deadline and [(t.class_name, t.present) for t in store.tags(1)] != [("square", True), ("circle", False)]:
            page.wait_for_timeout(500)
            deadline -= 1
        assert [(t.class_name, t.present, t.source) for t in store.tags(1)] == [
            ("square", True, "manual"), ("circle", False, "manual")]
        # The page must show the tick before the second press: on a loaded machine a press
        # sent while the first round trip re-renders the control can be lost.
        for _ in range(60):
            if _chosen(page, "tags") == ["square [1]"]:
                break
            page.wait_for_timeout(500)
        assert _chosen(page, "tags") == ["square [1]"] and _chosen(page, "tags-absent") == ["circle [2]"]
        page.wait_for_timeout(500)
        page.keyboard.press("1")  # again: unticked, its tag goes
        deadline = 60
        while deadline and len(store.tags(1)) != 1:
            page.wait_for_timeout(500)
            deadline -= 1
        assert [(t.class_name, t.present) for t in store.tags(1)] == [("circle", False)]


def test_empty_threshold_is_named_and_find_similar_keeps_the_drawn_box_marked_as_drawn(live_app) -> None:
    """Pre-label above every score: the page says so. Draw an example, Find similar: the drawn
    box keeps its class's colour and the blue badge the help text promises for a box drawn by
    hand (it turned dark grey once)."""
    from PIL import Image

    from app.boxes import class_palette

    with _chromium_page(viewport={"width": 1400, "height": 1000}) as page:
        # The canvas labels a new box with the vocabulary's first class, "forklift".
        _open_with_vocabulary(page, live_app.url, vocabulary=f"forklift, {VOCAB}")
        _set_slider(page, "threshold", 0.99)
        page.click("#btn-prelabel")
        page.wait_for_function("() => document.querySelector('#hint').innerText.includes('No boxes above 0.99')",
                               timeout=TIMEOUT_MS)
        assert "lower the threshold?" in page.locator("#hint").inner_text()

        # An example box in the empty lower right of the picture, away from the two shapes.
        x0, y0, x1, y1 = 300, 200, 420, 320
        left, top, scale = _drag_on_canvas(page, "Create box", (x0, y0), (x1, y1))
        page.click("#btn-find-similar")
        _status_has(page, "Find similar:")
        page.wait_for_timeout(1000)  # the canvas redraws
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "find_similar_example.png"
        page.screenshot(path=str(shot))

    picture = np.asarray(Image.open(shot).convert("RGB"), dtype=np.int16)

    def pixels_like(color: tuple[int, int, int], px0: float, py0: float, px1: float, py1: float) -> int:
        region = picture[round(py0):round(py1), round(px0):round(px1)]
        return int((np.abs(region - np.array(color)).max(axis=2) <= 12).sum())

    # Above the box's top-left corner: an 18-px badge, blue for "drawn by you, not saved", then
    # the label "forklift" on the class's colour (the palette of the canvas's classes).
    corner_x, corner_y = left + x0 * scale, top + y0 * scale
    forklift = class_palette(["forklift", "square", "circle"])["forklift"]
    assert pixels_like((37, 99, 235), corner_x + 2, corner_y - 16, corner_x + 8, corner_y - 4) >= 12
    assert pixels_like(forklift, corner_x + 19, corner_y - 17, corner_x + 23, corner_y - 1) >= 20


def _chosen(page, elem_id: str) -> list[str]:
    """The values a Gradio multi-select shows as chosen (its tokens)."""
    return [t.strip() for t in page.locator(f"#{elem_id} .token").all_inner_texts()]


def _vocabulary_note_has(page, text: str) -> None:
    page.wait_for_function(
        "(t) => { const n = document.querySelector('#vocab-note'); return n && n.innerText.includes(t); }",
        arg=text, timeout=TIMEOUT_MS)


def test_vocabulary_is_kept_recent_ones_offered_and_tags_stay_compact(live_app) -> None:
    """Enter confirms under the box; a reload opens with it; the demo's classes (41 with their
    synonyms, about 1,100 characters) keep the page short (the tag lists were two columns of
    checkboxes); a recent vocabulary comes back in one pick."""
    from app.commands_app import demo_vocabulary
    from app.session import parse_vocabulary

    demo = demo_vocabulary()
    with _chromium_page(viewport={"width": 1440, "height": 900}) as page:
        _open_with_vocabulary(page, live_app.url)
        _vocabulary_note_has(page, "Vocabulary set: 2 classes")

        page.reload()
        _status_has(page, "Image 1/2")
        vocab_box = page.locator("#vocab textarea, #vocab input").first
        assert vocab_box.input_value() == VOCAB

        vocab_box.fill(demo)
        vocab_box.press("Enter")
        _vocabulary_note_has(page, f"{len(parse_vocabulary(demo))} classes")
        page.wait_for_timeout(1000)
        height = page.evaluate("document.documentElement.scrollHeight")
        tags_height = page.locator("#tags").bounding_box()["height"]
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "vocabulary_demo_classes.png"), full_page=True)
        assert tags_height < 150, tags_height
        assert height < 2000, height  # 3,733 px with the checkbox lists

        page.locator("#recent-vocab input").first.click()
        page.get_by_role("option", name="square | box, circle").first.click()
        _vocabulary_note_has(page, "Vocabulary set: 2 classes")
        assert vocab_box.input_value() == VOCAB
    from storage.vocabularies import recent_vocabularies

    assert recent_vocabularies(live_app.store)[:2] == [VOCAB, demo]
