"""Distributed training: two CPU processes (gloo) must end a step with the same weights.

The ranks see different images (``DistributedSampler``), so equal weights afterwards can only
come from DDP averaging the gradients; a comparison with the untouched model shows that the
step really moved them. Only rank 0 may write the checkpoint and the metrics. With tag-only
pictures in the stream (DetCLIPv2's alternation), the tag steps are averaged the same way.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest
import torch
import torch.multiprocessing as mp


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _worker(rank: int, world_size: int, port: int, workdir: str, tags: bool = False) -> None:
    os.environ.update({
        "MASTER_ADDR": "127.0.0.1", "MASTER_PORT": str(port), "RANK": str(rank), "LOCAL_RANK": str(rank),
        "WORLD_SIZE": str(world_size), "GRIDCLIP_CACHE_DIR": str(Path(workdir) / f"cache{rank}"),
    })
    torch.set_num_threads(1)
    from gridclip.training import train
    from gridclip.training.config import TrainConfig
    from gridclip.training.data import TagExample, load_coco

    coco = load_coco(Path(workdir) / "coco.json", Path(workdir) / "images")
    examples: list = list(coco.examples)
    if tags:  # two pictures keep their boxes, four become tag-only, tagged square and circle in turn
        examples = examples[:2] + [TagExample(ex.image, [i % 2]) for i, ex in enumerate(examples[2:])]
    config = TrainConfig(epochs=1, batch_size=1, image_size=128, head_only=True, image_level_alignment=True,
                         show_progress=False, device="cpu", tag_batch_size=2)
    result = train("open_clip:tiny-rn", examples, coco.vocabulary, config, out_dir=Path(workdir) / "ck")
    weights = {k: v.detach().clone() for k, v in result.detector.model.state_dict().items()}
    torch.save({"weights": weights, "checkpoint_dir": None if result.checkpoint_dir is None else str(result.checkpoint_dir), "metrics": result.metrics},
               Path(workdir) / f"rank{rank}.pt")


@pytest.mark.slow
def test_two_gloo_ranks_agree_on_the_weights_after_a_step(tmp_path: Path):
    from gridclip import load_detector
    from tests.drawing import write_shape_dataset

    write_shape_dataset(tmp_path, n_images=4, seed=5)
    mp.spawn(_worker, args=(2, _free_port(), str(tmp_path)), nprocs=2, join=True)

    rank0 = torch.load(tmp_path / "rank0.pt", weights_only=True)
    rank1 = torch.load(tmp_path / "rank1.pt", weights_only=True)
    initial = load_detector("open_clip:tiny-rn", device="cpu", image_size=128).model.state_dict()
    moved = [k for k, v in rank0["weights"].items() if not torch.equal(v, initial[k])]
    assert moved, "the step did not change any weight"
    for name, value in rank0["weights"].items():
        assert torch.allclose(value, rank1["weights"][name], atol=1e-6), f"ranks disagree on {name}"

    # Two images per rank, one per step: both ranks report the global average over 4 steps.
    assert rank0["metrics"][0]["steps"] == 4 == rank1["metrics"][0]["steps"]
    assert rank0["metrics"][0]["loss"] == pytest.approx(rank1["metrics"][0]["loss"])
    assert rank0["checkpoint_dir"] == str(tmp_path / "ck") and rank1["checkpoint_dir"] is None
    lines = (tmp_path / "ck" / "metrics.jsonl").read_text().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["epoch"] == 1


@pytest.mark.slow
def test_two_gloo_ranks_agree_after_tag_steps_too(tmp_path: Path):
    from tests.drawing import write_shape_dataset

    write_shape_dataset(tmp_path, n_images=6, seed=5)
    mp.spawn(_worker, args=(2, _free_port(), str(tmp_path), True), nprocs=2, join=True)

    rank0 = torch.load(tmp_path / "rank0.pt", weights_only=True)
    rank1 = torch.load(tmp_path / "rank1.pt", weights_only=True)
    for name, value in rank0["weights"].items():
        assert torch.allclose(value, rank1["weights"][name], atol=1e-6), f"ranks disagree on {name}"
    # Per rank: one boxed picture (a detection step), then two tag pictures (one tag step); both
    # ranks report the sum over the ranks, 4 steps.
    record0, record1 = rank0["metrics"][0], rank1["metrics"][0]
    assert record0["steps"] == 4 == record1["steps"]
    assert record0["loss_tags"] > 0 and record0["loss_tags"] == pytest.approx(record1["loss_tags"])
    assert record0["loss_cls"] == pytest.approx(record1["loss_cls"])
