"""CLIP image towers as detection backbones: multi-scale features plus dense CLIP embeddings.

A backbone returns ``BackboneFeatures``: three feature maps for the FPN (C3, C4, C5 at strides
8, 16, 32) and ``dense``, one CLIP-space embedding per grid cell (not normalised), which is
what the text embeddings are compared with.

- ``ModifiedResNet`` (RN50 family): C3-C5 are ``layer2``-``layer4``. The dense embedding is
  the MaskCLIP trick: the attention pool's value projection then output projection applied
  at every C5 location (the positional embedding resized to the grid), skipping the
  query-key attention that would collapse the grid into one vector.
- ``VisionTransformer``: patch tokens through all blocks but the last, then the last block
  without attention (value -> out-proj, residual, MLP) -> ``ln_post`` -> ``proj``, CLIPSelf's
  dense path. The single-stride token map is turned into C3-C5 by 2x upsampling and 2x
  pooling (a simple feature pyramid).

>>> import open_clip, torch
>>> from gridclip.inference.sources import register_model_configs
>>> register_model_configs()
>>> clip = open_clip.create_model("tiny-rn")
>>> backbone = build_backbone(clip.visual)
>>> feats = backbone(torch.zeros(1, 3, 128, 256))
>>> [tuple(f.shape[-2:]) for f in feats.levels], tuple(feats.dense.shape)
([(16, 32), (8, 16), (4, 8)], (1, 64, 4, 8))
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import torch
import torch.nn.functional as F
from torch import nn

if TYPE_CHECKING:
    # open_clip ships no type information, so mypy sees these towers as Any: the attributes read
    # off them (layer1, attnpool, transformer.resblocks, ...) are checked by the backbone tests.
    from open_clip.modified_resnet import ModifiedResNet
    from open_clip.transformer import VisionTransformer


class BackboneError(ValueError):
    """A CLIP image tower this detector cannot use."""


@dataclass
class BackboneFeatures:
    """``levels``: [C3, C4, C5] (strides 8, 16, 32); ``dense``: [B, D, h, w] CLIP embeddings."""

    levels: list[torch.Tensor]
    dense: torch.Tensor

    def detach(self) -> BackboneFeatures:
        return BackboneFeatures([t.detach() for t in self.levels], self.dense.detach())

    def to(self, device: torch.device | str) -> BackboneFeatures:
        return BackboneFeatures([t.to(device) for t in self.levels], self.dense.to(device))

    def select(self, index: int | slice | torch.Tensor) -> BackboneFeatures:
        """The features of some images of the batch (e.g. for a per-image feature cache)."""
        return BackboneFeatures([t[index] for t in self.levels], self.dense[index])

    @staticmethod
    def cat(items: list[BackboneFeatures]) -> BackboneFeatures:
        """Concatenate cached features of same-size images back into one batch."""
        levels = [torch.cat([f.levels[i] for f in items]) for i in range(len(items[0].levels))]
        return BackboneFeatures(levels, torch.cat([f.dense for f in items]))


def resize_positional_embedding(spatial: torch.Tensor, grid: tuple[int, int], size: tuple[int, int]) -> torch.Tensor:
    """Bicubically resize a [gh*gw, C] positional embedding to [h*w, C] for a new grid ``size``."""
    if tuple(grid) == tuple(size):
        return spatial
    channels = spatial.shape[-1]
    image = spatial.reshape(1, grid[0], grid[1], channels).permute(0, 3, 1, 2)
    image = F.interpolate(image.float(), size=size, mode="bicubic", align_corners=False).to(spatial.dtype)
    return image.permute(0, 2, 3, 1).reshape(size[0] * size[1], channels)


class ClipBackbone(nn.Module):
    """Common part: freezing. Batch norm statistics always stay frozen (tiny detection
    batches would ruin CLIP's), trainable or not."""

    out_channels: list[int]
    embed_dim: int
    dense_stride: int

    def __init__(self, visual: nn.Module, trainable: bool = False) -> None:
        super().__init__()
        self.visual = visual
        self.set_trainable(trainable)

    def set_trainable(self, trainable: bool) -> None:
        self.trainable = trainable
        for p in self.visual.parameters():
            p.requires_grad_(trainable)

    def train(self, mode: bool = True) -> ClipBackbone:
        super().train(mode)
        for module in self.visual.modules():
            if isinstance(module, nn.modules.batchnorm._BatchNorm):
                module.eval()
        if not self.trainable:
            self.visual.eval()
        return self


class ResNetBackbone(ClipBackbone):
    """open_clip ``ModifiedResNet`` -> C3-C5 and MaskCLIP dense embeddings at stride 32."""

    dense_stride = 32
    visual: ModifiedResNet

    def __init__(self, visual: ModifiedResNet, trainable: bool = False) -> None:
        super().__init__(visual, trainable)
        width = visual.layer1[0].conv1.in_channels
        self.out_channels = [width * 8, width * 16, width * 32]
        self.embed_dim = visual.attnpool.c_proj.out_features
        side = round((visual.attnpool.positional_embedding.shape[0] - 1) ** 0.5)
        self.pos_grid = (side, side)

    def forward(self, images: torch.Tensor) -> BackboneFeatures:
        v = self.visual
        x = v.layer1(v.stem(images.to(v.conv1.weight.dtype)))
        c3 = v.layer2(x)
        c4 = v.layer3(c3)
        c5 = v.layer4(c4)
        return BackboneFeatures([c3, c4, c5], self.dense_from_c5(c5))

    def dense_from_c5(self, c5: torch.Tensor) -> torch.Tensor:
        pool = self.visual.attnpool
        b, c, h, w = c5.shape
        tokens = c5.flatten(2).transpose(1, 2)  # B, HW, C
        pos = resize_positional_embedding(pool.positional_embedding[1:], self.pos_grid, (h, w))
        tokens = tokens + pos.to(tokens.dtype)
        dense = pool.c_proj(pool.v_proj(tokens))  # B, HW, D
        return dense.transpose(1, 2).reshape(b, -1, h, w)


class ViTBackbone(ClipBackbone):
    """open_clip ``VisionTransformer`` -> a simple pyramid and CLIPSelf dense embeddings."""

    visual: VisionTransformer

    def __init__(self, visual: VisionTransformer, trainable: bool = False) -> None:
        super().__init__(visual, trainable)
        blocks = visual.transformer.resblocks
        last = blocks[-1]
        if not isinstance(getattr(last, "attn", None), nn.MultiheadAttention):
            raise BackboneError(
                f"the ViT's blocks use {type(getattr(last, 'attn', None)).__name__} attention; "
                "only open_clip's standard nn.MultiheadAttention blocks are supported"
            )
        if getattr(visual, "attn_pool", None) is not None:
            raise BackboneError("ViTs with an attentional pooler (CoCa) are not supported")
        patch = visual.patch_size[0]
        if patch not in (8, 16, 32):
            raise BackboneError(f"patch size {patch} is not supported (use 8, 16 or 32)")
        self.patch = patch
        self.dense_stride = patch
        width = visual.conv1.out_channels
        self.out_channels = [width, width, width]
        self.embed_dim = visual.proj.shape[1]
        self.pos_grid = tuple(visual.grid_size)
        self.batch_first = getattr(visual.transformer, "batch_first", True)

    def forward(self, images: torch.Tensor) -> BackboneFeatures:
        v = self.visual
        b = images.shape[0]
        x = v.conv1(images.to(v.conv1.weight.dtype))
        h, w = x.shape[-2:]
        x = x.flatten(2).transpose(1, 2)
        cls = v.class_embedding.to(x.dtype).expand(b, 1, -1)
        pos = v.positional_embedding.to(x.dtype)
        pos = torch.cat([pos[:1], resize_positional_embedding(pos[1:], self.pos_grid, (h, w))])
        x = v.ln_pre(torch.cat([cls, x], dim=1) + pos)
        if not self.batch_first:
            x = x.transpose(0, 1)
        for block in v.transformer.resblocks[:-1]:
            x = block(x)
        if not self.batch_first:
            x = x.transpose(0, 1)
        tokens = self._last_block_without_attention(x[:, 1:])
        dense = v.ln_post(tokens) @ v.proj
        dense = dense.transpose(1, 2).reshape(b, -1, h, w)
        grid = tokens.transpose(1, 2).reshape(b, -1, h, w)
        levels = self._pyramid(grid)
        return BackboneFeatures(levels, dense)

    def _last_block_without_attention(self, x: torch.Tensor) -> torch.Tensor:
        block = self.visual.transformer.resblocks[-1]
        attn = block.attn
        width = x.shape[-1]
        value = F.linear(block.ln_1(x), attn.in_proj_weight[2 * width :], attn.in_proj_bias[2 * width :])
        x = x + block.ls_1(attn.out_proj(value))
        return x + block.ls_2(block.mlp(block.ln_2(x)))

    def _pyramid(self, grid: torch.Tensor) -> list[torch.Tensor]:
        """C3, C4, C5 at strides 8, 16, 32 from the single-stride token map."""
        levels = []
        for stride in (8, 16, 32):
            factor = stride / self.patch
            if factor == 1:
                levels.append(grid)
            elif factor < 1:
                levels.append(F.interpolate(grid, scale_factor=1 / factor, mode="bilinear", align_corners=False))
            else:
                levels.append(F.avg_pool2d(grid, int(factor)))
        return levels


def build_backbone(visual: nn.Module, trainable: bool = False) -> ClipBackbone:
    """Wrap an open_clip image tower (``clip.visual``); raises ``BackboneError`` if unsupported."""
    if hasattr(visual, "attnpool") and hasattr(visual, "layer4"):
        return ResNetBackbone(visual, trainable)
    if hasattr(visual, "transformer") and hasattr(visual, "conv1") and hasattr(visual, "proj"):
        return ViTBackbone(visual, trainable)
    raise BackboneError(
        f"unsupported CLIP image tower {type(visual).__name__}: use an open_clip ModifiedResNet (RN50, ...) "
        "or VisionTransformer (ViT-B-16, ...) architecture"
    )
