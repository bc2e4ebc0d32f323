"""Opt-in faster CPU paths for ``Detector.predict``: ``torch.compile`` and int8 dynamic quantisation.

The default CPU path (``detector.optimized_for_cpu``: batch norms folded, channels-last, padding
to a multiple of 32) is always on. The two paths here are *opt-in* because each trades
something for its speed, measured in ``benchmarks/RESULTS.md`` (Speed):

- ``compile_for_cpu``: ``torch.compile`` (inductor, C++ codegen with the system compiler) on the
  backbone and on the FPN + head towers. Results equal the eager path up to float rounding, but
  the first picture of each new input shape pays tens of seconds of compilation, and a
  C++ compiler must be installed.
- ``quantize_linear_int8``: every ``nn.Linear`` (ViT MLPs, the attention pool's value and output
  projections) as int8 dynamic quantisation. Convolutions have no dynamic int8 kernel, so it
  does little for RN50 trunks; ViT backbones are where it pays. Scores move by about 1e-2.

Switch them on per detector:

>>> from gridclip.sources import load_detector
>>> det = load_detector("open_clip:tiny-vit", device="cpu", text_cache_dir=False)
>>> det.int8_linear = True                     # the next predict builds the quantised copy
>>> len(det.predict_raw(Image.new("RGB", (96, 64)), "cat")) == 1
True
>>> any(type(m) is nn.Linear for m in det.inference_model().backbone.modules())
False
"""

from __future__ import annotations

import copy
import shutil
import warnings

import torch
from torch import nn

from PIL import Image  # noqa: F401  (the module doctest draws a picture)


class CompileUnavailableError(RuntimeError):
    """``torch.compile`` cannot run here (no C++ compiler for inductor's CPU code)."""


def quantize_linear_int8(model: nn.Module) -> nn.Module:
    """A copy of ``model`` whose ``nn.Linear`` layers run as int8 dynamic quantisation
    (weights int8 per tensor, activations quantised on the fly); everything else unchanged.

    >>> layer = quantize_linear_int8(nn.Sequential(nn.Linear(4, 4)))[0]
    >>> type(layer).__name__
    'Linear'
    >>> type(layer).__module__.startswith("torch.ao.nn.quantized")
    True
    """
    from torch.ao.quantization import quantize_dynamic

    with warnings.catch_warnings():
        # The eager quantisation API is deprecated in favour of torchao's pt2e flow, which
        # is not a dependency here; it still runs and is what dynamic int8 Linear needs.
        warnings.simplefilter("ignore")
        return quantize_dynamic(copy.deepcopy(model), {nn.Linear}, dtype=torch.qint8)


def compile_for_cpu(model: nn.Module) -> nn.Module:
    """``model`` with its backbone and its FPN / head towers wrapped in ``torch.compile``
    (modified in place and returned). Raises ``CompileUnavailableError`` without a C++ compiler.

    The heavy modules are compiled one by one rather than the whole ``GridCLIP.forward``:
    its decoding and class-limit bookkeeping are data-dependent Python that would only break
    the graph, and the time is in the convolutions.
    """
    if not any(shutil.which(name) for name in ("c++", "g++", "clang++")):
        raise CompileUnavailableError(
            "torch.compile on CPU needs a C++ compiler (g++ or clang++) on PATH; install one "
            "(e.g. apt-get install g++) or leave compile off"
        )
    for name in ("backbone", "fpn", "cls_tower", "box_tower"):
        setattr(model, name, torch.compile(getattr(model, name), dynamic=None))
    return model
