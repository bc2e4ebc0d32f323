"""Distributed training under ``torchrun``: the process group, the device of each rank, and
the one agreement ranks must reach every step (whether to skip it)."""

from __future__ import annotations

import os
from dataclasses import dataclass

import torch
import torch.distributed as dist

from gridclip.training.config import TrainConfig


@dataclass
class DistContext:
    rank: int = 0
    world_size: int = 1
    local_rank: int = 0
    owns_group: bool = False

    @property
    def enabled(self) -> bool:
        return self.world_size > 1

    @property
    def is_main(self) -> bool:
        return self.rank == 0


def init_distributed(device_hint: str | None) -> DistContext:
    """Join the process group torchrun describes in the environment (``WORLD_SIZE > 1``)."""
    world_size = int(os.environ.get("WORLD_SIZE", "1"))
    if world_size <= 1:
        return DistContext()
    if dist.is_initialized():
        return DistContext(dist.get_rank(), dist.get_world_size(), int(os.environ.get("LOCAL_RANK", "0")))
    use_cuda = torch.cuda.is_available() and (device_hint is None or str(device_hint).startswith("cuda"))
    dist.init_process_group(backend="nccl" if use_cuda else "gloo")
    return DistContext(dist.get_rank(), dist.get_world_size(), int(os.environ.get("LOCAL_RANK", "0")), owns_group=True)


def all_finite(value: torch.Tensor, ctx: DistContext) -> bool:
    """True when the loss is finite on every rank (all must skip together or none)."""
    flag = torch.tensor([1.0 if bool(torch.isfinite(value).all()) else 0.0], device=value.device)
    if ctx.enabled:
        dist.all_reduce(flag, op=dist.ReduceOp.MIN)
    return bool(flag.item() > 0)


def device_for(config: TrainConfig, ctx: DistContext) -> str:
    if config.device is not None:
        if ctx.enabled and str(config.device) == "cuda":
            return f"cuda:{ctx.local_rank}"
        return str(config.device)
    if torch.cuda.is_available():
        return f"cuda:{ctx.local_rank}" if ctx.enabled else "cuda"
    return "cpu"
