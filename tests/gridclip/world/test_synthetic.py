"""The synthetic world: deterministic by seed, a fixed composable split, honest boxes and captions."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from app.cli import main as cli_main
from gridclip.world.synthetic import (
    COLOURS,
    SHAPES,
    WORLD_CLASSES,
    caption_crops,
    class_names,
    distractor_names,
    draw_scene,
    draw_scenes,
    world_vocabulary,
    write_dataset,
)


def test_same_seed_same_scene_whatever_n() -> None:
    first = list(draw_scenes(seed=5, n=4))
    again = list(draw_scenes(seed=5, n=2, start=2))
    for a, b in zip(first[2:], again):
        assert np.array_equal(np.asarray(a.image), np.asarray(b.image))
        assert a.objects == b.objects and a.caption == b.caption


def test_different_seeds_differ() -> None:
    a, b = draw_scene(0, 0), draw_scene(1, 0)
    assert not np.array_equal(np.asarray(a.image), np.asarray(b.image))


def test_world_is_rich_and_split_about_seventy_thirty() -> None:
    assert len(WORLD_CLASSES) >= 40
    assert len(set(class_names())) == len(WORLD_CLASSES)
    novel = len(class_names("novel")) / len(WORLD_CLASSES)
    assert 0.25 <= novel <= 0.35


def test_every_novel_class_is_composable_from_base_attributes() -> None:
    base = [c for c in WORLD_CLASSES if c.split == "base"]
    for cls in WORLD_CLASSES:
        if cls.split != "novel":
            continue
        assert any(b.colour == cls.colour for b in base), cls.name
        assert any(b.shape == cls.shape for b in base), cls.name
    # and every attribute keeps most of its classes in base
    for ci in range(len(COLOURS)):
        assert sum(b.colour == ci for b in base) >= 3
    for si in range(len(SHAPES)):
        assert sum(b.shape == si for b in base) >= 4


def test_boxes_are_tight_on_visible_pixels_and_inside_the_image() -> None:
    for scene in draw_scenes(seed=2, n=20):
        w, h = scene.image.size
        assert 2 <= len(scene.objects) <= 6
        for obj in scene.objects:
            x0, y0, x1, y1 = obj.xyxy
            assert 0 <= x0 < x1 <= w and 0 <= y0 < y1 <= h
            assert obj.visible_fraction >= 0.6


def test_object_colour_is_where_its_box_says() -> None:
    scene = draw_scene(3, 0, class_ids=[0], n_objects=1)  # one red circle
    (obj,) = scene.objects
    x0, y0, x1, y1 = (int(v) for v in obj.xyxy)
    centre = np.asarray(scene.image)[(y0 + y1) // 2, (x0 + x1) // 2].astype(int)
    assert centre[0] > centre[1] + 40 and centre[0] > centre[2] + 40  # red dominates at the centre


def test_caption_names_every_object() -> None:
    vocab = world_vocabulary()
    for scene in draw_scenes(seed=4, n=15):
        text = scene.caption
        for obj in scene.objects:
            cls = vocab.classes[obj.class_id]
            assert any(name in text for name in cls.texts), (cls.name, text)


def test_crops_name_exactly_the_objects_inside() -> None:
    rng = np.random.default_rng(0)
    for scene in draw_scenes(seed=6, n=10):
        for crop, text, ids in caption_crops(scene, rng, count=3):
            assert crop.size[0] == crop.size[1] >= 32
            for class_id in ids:
                assert any(t in text for t in world_vocabulary().classes[class_id].texts)


def test_class_restriction_and_bad_input() -> None:
    scene = draw_scene(0, 1, class_ids=[5, 7], n_objects=3)
    assert {o.class_id for o in scene.objects} <= {5, 7}
    with pytest.raises(ValueError, match="class_ids is empty"):
        draw_scene(0, 0, class_ids=[])
    with pytest.raises(ValueError, match="at least 64 px"):
        draw_scene(0, 0, size=16)
    with pytest.raises(ValueError, match="n must be"):
        list(draw_scenes(0, -1))
    with pytest.raises(ValueError, match="distractor"):
        distractor_names(10_000)


def test_distractors_are_not_world_classes() -> None:
    names = distractor_names(5 * len(WORLD_CLASSES))
    world = {t for c in world_vocabulary() for t in c.texts}
    assert len(set(names)) == len(names) and not set(names) & world


def test_write_dataset_is_coco_with_split_and_synonyms(tmp_path: Path) -> None:
    coco = write_dataset(tmp_path, seed=9, n=3)
    on_disk = json.loads((tmp_path / "annotations.json").read_text())
    assert on_disk == json.loads(json.dumps(coco))
    assert {c["split"] for c in on_disk["categories"]} == {"base", "novel"}
    assert all(isinstance(c["synonyms"], list) for c in on_disk["categories"])
    for image in on_disk["images"]:
        assert (tmp_path / "images" / image["file_name"]).is_file()
    scenes = list(draw_scenes(9, 3))
    assert len(on_disk["annotations"]) == sum(len(s.objects) for s in scenes)
    captions = json.loads((tmp_path / "captions.json").read_text())
    assert [c["caption"] for c in captions] == [s.caption for s in scenes]
    # pycocotools reads it
    from pycocotools.coco import COCO

    assert len(COCO(str(tmp_path / "annotations.json")).getAnnIds()) == len(on_disk["annotations"])


def test_cli_synth_writes_the_world(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "w"
    assert cli_main(["synth", "--out", str(out), "--seed", "1", "--n", "4"]) == 0
    assert len(list((out / "images").glob("*.png"))) == 4
    assert "wrote 4 scenes" in capsys.readouterr().out
    # rerunning the same command is idempotent
    assert cli_main(["synth", "--out", str(out), "--seed", "1", "--n", "4"]) == 0


def test_cli_synth_refuses_bad_input_and_keeps_existing_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "w"
    assert cli_main(["synth", "--out", str(out), "--n", "0"]) == 2
    assert "--n must be at least 1" in capsys.readouterr().err
    assert cli_main(["synth", "--out", str(out), "--seed", "1", "--n", "2"]) == 0
    before = sorted(p.name for p in (out / "images").iterdir())
    assert cli_main(["synth", "--out", str(out), "--seed", "2", "--n", "2"]) == 2
    assert "already holds other files" in capsys.readouterr().err
    assert sorted(p.name for p in (out / "images").iterdir()) == before


def test_closeups_frame_their_subject_whole_and_name_it() -> None:
    import numpy as np

    from gridclip.world.synthetic import SHAPES, WORLD_CLASSES, closeup_crops, draw_scenes

    for scene in draw_scenes(3, 10):
        for crop, text, ids in closeup_crops(scene, np.random.default_rng(scene.index), count=3):
            assert crop.size[0] == crop.size[1] and len(ids) >= 1
            for cid in ids:
                shape = SHAPES[WORLD_CLASSES[cid].shape]
                assert any(word in text for word in shape.texts)
