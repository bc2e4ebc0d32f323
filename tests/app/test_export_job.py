"""The Export tab's job (app.tab_jobs.ExportJob), without a browser: every format downloads as one
file, two exports in one second do not collide, and pictures YOLO would misread are counted."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from app.session import LabelingService, ModelSlot
from app.tab_jobs import ExportJob
from tests.app_support import open_store, tiny_detector


def test_exports_in_one_second_and_what_is_left_out(tmp_path: Path, monkeypatch) -> None:
    store = open_store(tmp_path, images=3)
    store.add_annotation(store.list_images()[0].id, (5, 5, 40, 40), "square")
    job = ExportJob(LabelingService(store, ModelSlot(tiny_detector())), tmp_path / "exports")
    monkeypatch.setattr("app.tab_jobs.time.strftime", lambda _: "20261206-120000")  # one second for all
    downloads = [job.export(False, fmt) for fmt in ("yolo", "yolo", "coco", "coco", "voc")]
    paths = [Path(path) for path, _ in downloads]
    assert len(set(paths)) == 5 and all(p.is_file() for p in paths)
    assert json.loads(paths[2].read_text())["annotations"][0]["bbox"] == [5.0, 5.0, 35.0, 35.0]
    with zipfile.ZipFile(paths[0]) as archive:
        assert sorted(n for n in archive.namelist() if n.startswith("labels/") and n.endswith(".txt")) == [
            "labels/scene_00.txt"]
    assert downloads[0][1].endswith("; 2 picture(s) with no decision yet (or tagged, not boxed) left out")
    assert "left out" not in downloads[2][1]  # COCO keeps every picture
