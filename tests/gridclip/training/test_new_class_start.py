"""Exemplars of classes new to the model on a detector with a new-class start (issue 28): the
silent classes are pooled again in the start's head (a head taught broad kinds of thing, whose grid
finds objects the detector's own head was never boxed on) and scored by it, one trunk pass for both
heads; every other class keeps the detector's own head. On the committed demo and the "parts"
domain (names the text tower never read)."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import numpy as np
import pytest
import supervision as sv
import torch

from gridclip.inference.exemplars import ClassPrototypes
from tests.gridclip.training.test_new_classes import _domain_examples


@pytest.fixture(scope="module")
def demo():
    from gridclip import load_detector

    return load_detector("demo", device="cpu", int8_static=False, text_cache_dir=False)


def _same(a: list[sv.Detections], b: list[sv.Detections]) -> bool:
    return len(a) == len(b) and all(
        np.array_equal(x.xyxy, y.xyxy) and np.array_equal(x.confidence, y.confidence)
        and np.array_equal(x.class_id, y.class_id) for x, y in zip(a, b))


def test_silent_classes_are_pooled_and_scored_in_the_new_class_head(demo, tmp_path: Path) -> None:
    from gridclip.training.exemplars import class_prototypes

    assert demo.new_class_start is not None
    parts, vocab = _domain_examples(tmp_path, "parts", 6)
    protos = class_prototypes(demo, parts, vocab, cache_dir=None)
    assert protos.silent and protos.new_head is not None
    assert set(protos.new_head.names) == set(protos.silent)
    # The same boxes, another grid: the two heads' prototypes of a class differ.
    name = sorted(protos.silent)[0]
    own, broad = protos.prototypes[name][0], protos.new_head.prototypes[name][0]
    assert float(own @ broad) < 0.999
    routed = protos.new_head.names_in(vocab)
    heads = [head for head, _ in demo.head_routes(vocab, protos)]
    assert demo.inference_new_class_head() in heads and bool(routed.any())
    assert (demo.inference_model() in heads) == (not bool(routed.all()))
    # Scored by it: the boxes differ from the same prototypes read by the detector's own head.
    pictures = [ex.image for ex in parts[:3]]
    plain = dataclasses.replace(protos, new_head=None)
    assert demo.head_routes(vocab, plain) == [(demo.inference_model(), None)]
    assert not _same(demo.predict_raw(pictures, vocab, exemplars=protos),
                     demo.predict_raw(pictures, vocab, exemplars=plain))
    # They travel in the prototype file (to float rounding: a file's unit vectors are normalised
    # again on reading), and name the blend's cache key.
    assert protos.digest != plain.digest
    again = ClassPrototypes.from_bytes(protos.to_bytes())
    assert again.new_head is not None and set(again.new_head.names) == set(protos.new_head.names)
    assert torch.allclose(demo.class_embeddings(vocab, again), demo.class_embeddings(vocab, protos), atol=1e-6)


def test_known_classes_and_detectors_without_a_start_are_as_before(demo, tmp_path: Path) -> None:
    from gridclip.training.exemplars import class_prototypes
    from gridclip.world.synthetic import draw_scenes, world_vocabulary

    # World classes: their text knows them, nothing is silent, nothing is pooled twice.
    scenes = list(draw_scenes(7, 4))
    world = []
    for i, scene in enumerate(scenes):
        path = tmp_path / f"w{i}.png"
        scene.image.save(path)
        world.append((path, np.array([o.xyxy for o in scene.objects], np.float32),
                      np.array([o.class_id for o in scene.objects], np.int64)))
    known = class_prototypes(demo, world, world_vocabulary(), cache_dir=None)
    assert not known.silent and known.new_head is None
    # A detector without a start pools the silent classes once, in its own head.
    bare = copy.deepcopy(demo)
    bare.new_class_start = None
    bare.weights_changed()
    parts, vocab = _domain_examples(tmp_path, "parts", 6)
    protos = class_prototypes(bare, parts, vocab, cache_dir=None)
    assert protos.silent and protos.new_head is None
    assert bare.head_routes(vocab, protos) == [(bare.inference_model(), None)]
    # On the int8 trunk the new-class head shares the inference copy's trunk.
    fast = copy.deepcopy(demo)
    fast.int8_static = True
    assert fast.inference_new_class_head().backbone is fast.inference_model().backbone


def test_silent_classes_read_on_crops_take_their_boxes_from_what_the_start_was_taught(demo, tmp_path: Path) -> None:
    """With crop rows for every silent class, the new-class head scores the kinds of thing it was
    taught (``new_class_objects``) for their boxes, and the crops name each box: the classes'
    own prototype rows in its grid no longer decide where their boxes are."""
    from gridclip.inference.crop_classes import EXEMPLAR_CROP_TEMPERATURE
    from gridclip.training.exemplars import class_prototypes
    from gridclip.vocabulary import Vocabulary
    from gridclip.world.things import THING_NAMES

    assert demo.new_class_objects == THING_NAMES
    parts, vocab = _domain_examples(tmp_path, "parts", 6)
    protos = class_prototypes(demo, parts, vocab, cache_dir=None)
    assert protos.crops is not None and protos.new_head is not None and len(protos.crops.names) >= 2
    assert protos.crops.temperature == EXEMPLAR_CROP_TEMPERATURE
    rows = demo.new_class_proposals(vocab, protos)
    assert rows is not None and torch.equal(rows, demo.text_embeddings(Vocabulary.from_names(list(THING_NAMES))))
    # Other rows for the silent classes in the new head's grid: the same boxes, the same scores.
    # (The detector's own head scores the class whose text is not silent: its rows are blended
    # anew, equal to float rounding.)
    pictures = [ex.image for ex in parts[:3]]
    found = demo.predict_raw(pictures, vocab, exemplars=protos)
    again = demo.predict_raw(pictures, vocab, exemplars=_scrambled_new_head(protos))
    assert any(len(f) for f in found)
    assert all(np.array_equal(x.xyxy, y.xyxy) and np.array_equal(x.class_id, y.class_id)
               and np.allclose(x.confidence, y.confidence, rtol=1e-5, atol=1e-7) for x, y in zip(found, again))
    # Without taught kinds, those rows find the boxes again.
    unnamed = copy.deepcopy(demo)
    unnamed.new_class_objects = ()
    unnamed.weights_changed()
    own = class_prototypes(unnamed, parts, vocab, cache_dir=None)
    assert unnamed.new_class_proposals(vocab, own) is None
    assert not _same(unnamed.predict_raw(pictures, vocab, exemplars=own),
                     unnamed.predict_raw(pictures, vocab, exemplars=_scrambled_new_head(own)))


def _scrambled_new_head(protos: ClassPrototypes) -> ClassPrototypes:
    """``protos`` with random rows for its classes in the new-class head's grid."""
    assert protos.new_head is not None
    rng = np.random.default_rng(0)
    return dataclasses.replace(protos, new_head=dataclasses.replace(protos.new_head, prototypes={
        name: (rng.normal(size=vector.shape).astype(np.float32), count)
        for name, (vector, count) in protos.new_head.prototypes.items()}))


def test_proposals_need_every_silent_class_named_on_its_crops(demo, tmp_path: Path) -> None:
    from gridclip.inference.crop_classes import CropClasses
    from gridclip.training.exemplars import class_prototypes

    parts, vocab = _domain_examples(tmp_path, "parts", 6)
    protos = class_prototypes(demo, parts, vocab, cache_dir=None)
    assert protos.crops is not None and demo.new_class_proposals(vocab, protos) is not None
    assert demo.new_class_proposals(vocab, dataclasses.replace(protos, crops=None)) is None
    one = protos.crops.names[0]
    alone = CropClasses((one,), protos.crops.weights[:1], protos.crops.temperature)
    assert demo.new_class_proposals(vocab, dataclasses.replace(protos, crops=alone)) is None  # routed, no crop row
    assert demo.new_class_proposals(vocab, dataclasses.replace(protos, new_head=None)) is None


def test_find_similar_reads_one_box_of_a_kind_the_model_cannot_name_on_its_crop(demo, tmp_path: Path) -> None:
    """One picked box of a made-up name: its crop is the class's row (how alike each of the
    start's proposals is, ``crop_probability``); one of a world class keeps the grid."""
    from gridclip.inference.crop_classes import EXEMPLAR_CROP_TEMPERATURE
    from gridclip.training.exemplars import box_prototypes
    from gridclip.vocabulary import Vocabulary
    from gridclip.world.synthetic import WORLD_CLASSES, draw_scenes
    from tests.gridclip.training.test_new_classes import _world_examples

    parts, vocab = _domain_examples(tmp_path, "parts", 2)
    example = parts[0]
    name = vocab.names[int(example.class_ids[0])]
    protos = box_prototypes(demo, example.image, example.xyxy[0], name, cache_dir=None)
    assert protos.crops is not None and protos.crops.names == (name,)
    assert protos.crops.temperature == EXEMPLAR_CROP_TEMPERATURE
    one = Vocabulary.from_names([name])
    assert demo.new_class_proposals(one, protos) is not None
    found = demo.predict_raw([example.image], one, exemplars=protos)[0]
    assert len(found)
    # Another box as the example: the same proposals, read against another crop.
    other = next(i for i, c in enumerate(example.class_ids) if c != example.class_ids[0])
    elsewhere = box_prototypes(demo, example.image, example.xyxy[other], name, cache_dir=None)
    moved = demo.predict_raw([example.image], one, exemplars=elsewhere)[0]
    assert sorted(map(tuple, found.xyxy.tolist())) == sorted(map(tuple, moved.xyxy.tolist()))
    assert not np.allclose(np.sort(found.confidence), np.sort(moved.confidence))
    # A world class: its text knows the box, so no crop row (colour counts, the crop tower reads
    # shapes in any colour alike).
    world, world_vocab = _world_examples(tmp_path, 1)
    picked = world_vocab.names[int(world[0].class_ids[0])]
    assert picked in {c.name for c in WORLD_CLASSES} and draw_scenes  # a world name
    kept = box_prototypes(demo, world[0].image, world[0].xyxy[0], picked, cache_dir=None)
    assert kept.crops is None and demo.new_class_proposals(Vocabulary.from_names([picked]), kept) is None
