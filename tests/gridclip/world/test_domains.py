"""Second domains (``gridclip.world.domains``): deterministic, disjoint kinds, colour not tied to
class, names outside the world's words, COCO out like the world, and ``gridclip synth --domain``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from gridclip.world.domains import DOMAINS, KINDS, domain, draw_domain_scene, draw_domain_scenes, write_domain_dataset
from gridclip.world.synthetic import COLOURS, SHAPES, class_names


def test_scenes_are_deterministic_by_seed_and_independent_of_n() -> None:
    first = [s.image.tobytes() for s in draw_domain_scenes("parts", 3, 4)]
    again = [s.image.tobytes() for s in draw_domain_scenes("parts", 3, 2, start=2)]
    assert first[2:] == again
    assert draw_domain_scene("parts", 4, 0).image.tobytes() != draw_domain_scene("parts", 3, 0).image.tobytes()
    assert draw_domain_scene("symbols", 3, 0).image.tobytes() != draw_domain_scene("parts", 3, 0).image.tobytes()


def test_the_domains_draw_disjoint_kinds_under_names_the_world_never_uses() -> None:
    kinds = [set(d.kinds) for d in DOMAINS.values()]
    assert len(kinds) >= 2 and not set.intersection(*kinds)
    assert all(set(d.kinds) <= set(KINDS) for d in DOMAINS.values())
    world_words = {w for a in (*COLOURS, *SHAPES) for w in a.texts} | set(class_names())
    for spec in DOMAINS.values():
        for name in spec.class_names:
            assert not set(name.lower().replace("-", " ").split()) & world_words, name


def test_every_object_is_boxed_tightly_and_every_kind_appears() -> None:
    seen = set()
    for scene in draw_domain_scenes("symbols", 0, 30):
        assert 1 <= len(scene.objects) <= 6
        for obj in scene.objects:
            x0, y0, x1, y1 = obj.xyxy
            assert 0 <= x0 < x1 <= 192 and 0 <= y0 < y1 <= 192 and obj.visible_fraction >= 0.6
            seen.add(obj.class_id)
    assert seen == set(range(len(DOMAINS["symbols"].kinds)))


def test_colour_is_not_tied_to_class() -> None:
    """The mean colour inside boxes of one kind spreads as widely as across kinds."""
    by_class: dict[int, list[np.ndarray]] = {}
    for scene in draw_domain_scenes("parts", 1, 40):
        pixels = np.asarray(scene.image, dtype=np.float32)
        for obj in scene.objects:
            x0, y0, x1, y1 = (int(v) for v in obj.xyxy)
            by_class.setdefault(obj.class_id, []).append(pixels[y0:y1, x0:x1].reshape(-1, 3).mean(0))
    within = np.mean([np.std(np.stack(v), axis=0).mean() for v in by_class.values()])
    means = np.stack([np.stack(v).mean(0) for v in by_class.values()])
    assert within > 3 * np.std(means, axis=0).mean()


def test_coco_out_like_the_world(tmp_path: Path) -> None:
    coco = write_domain_dataset(tmp_path, "parts", seed=0, n=3)
    on_disk = json.loads((tmp_path / "annotations.json").read_text())
    assert on_disk == coco and len(coco["images"]) == 3
    assert [c["name"] for c in coco["categories"]] == list(DOMAINS["parts"].class_names)
    assert all((tmp_path / "images" / img["file_name"]).is_file() for img in coco["images"])
    assert {a["category_id"] for a in coco["annotations"]} <= {c["id"] for c in coco["categories"]}
    (tmp_path / "images" / "other.png").write_bytes(b"x")
    with pytest.raises(FileExistsError):
        write_domain_dataset(tmp_path, "parts", seed=0, n=3)


def test_an_unknown_domain_is_a_one_line_error() -> None:
    with pytest.raises(ValueError, match="unknown domain 'nope': choose from parts, symbols"):
        domain("nope")


def test_gridclip_synth_domain(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "app", "synth", "--domain", "symbols", "--out", str(tmp_path / "d"),
                          "--n", "2", "--seed", "5"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "domain symbols" in run.stdout and "sym-A3" in run.stdout
    coco = json.loads((tmp_path / "d" / "annotations.json").read_text())
    assert coco["images"][0]["file_name"] == "symbols_s5_000000.png"
    bad = subprocess.run([sys.executable, "-m", "app", "synth", "--domain", "nope", "--out", str(tmp_path / "e")],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode != 0 and "Traceback" not in bad.stderr and "choose from parts, symbols" in bad.stderr
