"""How a run moves the weights: the optimiser's parameter groups, the learning-rate schedule
and the order pictures are seen in each epoch."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

import torch
from torch import nn
from torch.utils.data import DistributedSampler

from gridclip.model.network import GridCLIP
from gridclip.training.config import FINE_TUNE_LR, FRESH_HEAD_LR, TrainConfig
from gridclip.training.distributed import DistContext


def with_learning_rate(config: TrainConfig, is_trained: bool, resumed_state: dict | None) -> TrainConfig:
    """``config`` with ``lr`` filled in: a resumed run keeps the rate it started with, a fresh
    head starts at ``FRESH_HEAD_LR``, a trained detector fine-tunes at ``FINE_TUNE_LR``."""
    if config.lr is not None:
        return config
    started = (resumed_state or {}).get("config", {}).get("lr") or (FINE_TUNE_LR if is_trained else FRESH_HEAD_LR)
    return replace(config, lr=started)


def make_optimizer(net: GridCLIP, config: TrainConfig,
                   classes: nn.Module | None = None) -> tuple[torch.optim.Optimizer, list[nn.Parameter]]:
    """AdamW over the trainable parameters (and the list of them, for gradient clipping); the
    CLIP tower at ``backbone_lr_factor`` of the head's rate; learnable class embeddings at
    ``class_lr`` without weight decay (their pull back to the start is their regulariser)."""
    assert config.lr is not None, "with_learning_rate fills in lr before the optimiser is made"
    trainable = [p for p in net.parameters() if p.requires_grad]
    backbone_ids = {id(p) for p in net.backbone.parameters()}
    param_groups: list[dict[str, Any]] = [
        {"params": [p for p in trainable if id(p) not in backbone_ids], "lr": config.lr},
        {"params": [p for p in trainable if id(p) in backbone_ids], "lr": config.lr * config.backbone_lr_factor},
    ]
    if classes is not None:
        class_params = list(classes.parameters())
        param_groups.append({"params": class_params, "lr": config.class_lr, "weight_decay": 0.0})
        trainable = trainable + class_params
    param_groups = [g for g in param_groups if g["params"]]
    return torch.optim.AdamW(param_groups, lr=config.lr, weight_decay=config.weight_decay), trainable


def cosine_schedule(optimizer: torch.optim.Optimizer, total_steps: int) -> torch.optim.lr_scheduler.LambdaLR:
    """Cosine decay from the full rate to a tenth of it over ``total_steps``."""
    return torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(s, total_steps) / total_steps))
    )


class EpochOrder:
    """Which pictures each step of an epoch sees: this rank's share under DDP (a
    ``DistributedSampler``), else a seeded permutation of all of them."""

    def __init__(self, count: int, batch_size: int, seed: int, ctx: DistContext) -> None:
        self.count, self.batch_size, self.seed = count, batch_size, seed
        # The sampler reads only len() of its dataset, which torch types as a Dataset.
        self.sampler: DistributedSampler[int] | None = DistributedSampler(
            list(range(count)), num_replicas=ctx.world_size, rank=ctx.rank,  # type: ignore[arg-type]
            shuffle=True, seed=seed) if ctx.enabled else None
        per_rank = len(self.sampler) if self.sampler is not None else count
        self.steps_per_epoch = max(1, math.ceil(per_rank / batch_size))

    def batches(self, epoch: int) -> list[list[int]]:
        if self.sampler is not None:
            self.sampler.set_epoch(epoch)
            order = list(self.sampler)
        else:
            order = torch.randperm(self.count, generator=torch.Generator().manual_seed(self.seed + epoch)).tolist()
        return [order[s : s + self.batch_size] for s in range(0, len(order), self.batch_size)]


class TagStream:
    """The tag batches that follow the detection batches, one after each: a pass over the
    tag-only pictures in its own seeded order, the next pass starting where the last ended,
    whatever the epochs' lengths. ``batch(k)`` is the ``k``-th tag batch of the run, so a resumed
    run continues the stream where it stopped."""

    def __init__(self, count: int, batch_size: int, seed: int, ctx: DistContext) -> None:
        # Its own seed: the detection order of a run is the same with or without tags.
        self.order = EpochOrder(count, batch_size, seed + 7919, ctx)
        self._pass: tuple[int, list[list[int]]] | None = None

    @property
    def batches_per_pass(self) -> int:
        return self.order.steps_per_epoch

    def batch(self, k: int) -> list[int]:
        done, position = divmod(k, self.batches_per_pass)
        if self._pass is None or self._pass[0] != done:
            self._pass = (done, self.order.batches(done))
        return self._pass[1][position]
