"""The world's broad things: disjoint from the world's shapes and the second domains' kinds,
deterministic, drawn only into free space, and boxed beside the base classes for the build."""

from __future__ import annotations

import json

import numpy as np
import pytest

from gridclip.world.domains import KINDS
from gridclip.world.synthetic import SHAPES, UNSEEN_SHAPES, class_names
from gridclip.world.things import (
    THING_KINDS,
    THING_NAMES,
    broad_training_examples,
    draw_broad_scene,
    write_broad_dataset,
)


def test_things_are_no_world_shape_no_domain_kind_and_no_distractor_word():
    words = {w for name in THING_NAMES for w in name.split()}
    world_words = {w for s in SHAPES for text in s.texts for w in text.split()}
    domain_words = {w for kind in KINDS for w in kind.split()}
    assert not words & world_words
    assert not words & domain_words
    assert not words & set(UNSEEN_SHAPES), "the vocabulary-robustness test's distractors must stay unseen"


@pytest.mark.parametrize("name", THING_NAMES)
def test_every_kind_draws_a_solid_silhouette_inside_the_unit_disc(name):
    for seed in range(3):
        pieces = THING_KINDS[name](np.random.default_rng(seed))
        points = np.array([p for polygon, filled in pieces if filled for p in polygon])
        assert len(points) >= 3
        assert np.abs(points).max() <= 1.35, f"{name} reaches outside its frame"


def test_broad_scenes_are_deterministic_and_keep_things_off_world_objects():
    for index in range(12):
        scene = draw_broad_scene(5, index)
        again = draw_broad_scene(5, index)
        assert scene.image.tobytes() == again.image.tobytes() and scene.things == again.things
        for _, (x0, y0, x1, y1) in scene.things:
            for obj in scene.world.objects:
                bx0, by0, bx1, by1 = obj.xyxy
                assert x1 <= bx0 or bx1 <= x0 or y1 <= by0 or by1 <= y0, "a thing covers a world object"
    assert sum(len(draw_broad_scene(5, i).things) for i in range(12)) >= 12


def test_the_build_data_boxes_base_classes_and_things_but_not_novel_ones(tmp_path):
    coco = write_broad_dataset(tmp_path, seed=3, n=4)
    thing_ids = {c["id"] for c in coco["categories"] if c["split"] == "thing"}
    assert len(thing_ids) == len(THING_NAMES)
    examples, vocabulary = broad_training_examples(tmp_path / "annotations.json")
    assert vocabulary.names == [*class_names("base"), *THING_NAMES]
    boxed_things = sum(int((ex.class_ids >= len(class_names("base"))).sum()) for ex in examples)
    assert boxed_things == sum(a["category_id"] in thing_ids for a in json.loads(
        (tmp_path / "annotations.json").read_text())["annotations"])
    novel = set(class_names("novel"))
    assert not any(vocabulary.names[c] in novel for ex in examples for c in ex.class_ids)


def test_broad_backdrops_span_dark_to_light_where_the_worlds_stay_mid_tone():
    from gridclip.world.synthetic import world_background
    from gridclip.world.things import broad_background

    def means(draw):
        return [float(np.asarray(draw(64, np.random.default_rng(i))).mean()) for i in range(60)]

    world, broad = means(world_background), means(broad_background)
    assert min(world) > 60 and max(world) < 200
    assert min(broad) < 60 and max(broad) > 200
