"""Faster CPU paths for ``Detector.predict``: the backbone in ONNX Runtime (fp32 or static int8
convolutions), ``torch.compile``, and int8 dynamic quantisation.

Always on for a CPU detector (``detector.optimized_for_cpu``): batch norms folded,
channels-last, padding to a multiple of 128. On by default where it runs
(``int8_runs_here``: CPU, ResNet trunk; ``load_detector(int8_static=None)``, CLI ``--no-int8``
to leave it off): the static int8 trunk. The rest are *opt-in*, because each trades something
for its speed, measured in ``benchmarks/RESULTS.md`` (Speed):

- ``onnx_backbone`` (``Detector.int8_static`` / ``Detector.onnx``): the folded ResNet backbone
  exported once to ONNX with dynamic height and width (every input shape runs the same graph)
  and run by ONNX Runtime's CPU provider. With ``int8_static`` (the default) every
  convolution but the stem runs in static int8, calibrated on synthetic scenes: 1.3-1.5x
  faster per picture, scores move by up to ~0.1, AP50 never more than 0.5 below fp32 on held-out scenes.
  The calibration takes about a minute for RN50 at 800 px, once per trunk: the int8 graph
  is cached on disk (``default_onnx_cache_dir``). ``onnx`` alone (fp32) equals the torch
  path up to rounding and is no faster: it exists to compare with.
- ``compile_for_cpu``: ``torch.compile`` (inductor, C++ codegen with the system compiler) on the
  backbone and on the FPN + head towers. Results equal the eager path up to float rounding, but
  the first picture of each new input shape pays tens of seconds of compilation, and a
  C++ compiler must be installed.
- ``quantize_linear_int8``: every ``nn.Linear`` (ViT MLPs, the attention pool's value and output
  projections) as int8 dynamic quantisation. Convolutions have no dynamic int8 kernel, so it
  does little for RN50 trunks; ViT backbones are where it pays. Scores move by about 1e-2.

Switch them on per detector:

>>> from gridclip.inference.sources import load_detector
>>> det = load_detector("open_clip:tiny-vit", device="cpu", text_cache_dir=False)
>>> det.int8_linear = True                     # the next predict builds the quantised copy
>>> len(det.predict_raw(Image.new("RGB", (96, 64)), "cat")) == 1
True
>>> any(type(m) is nn.Linear for m in det.inference_model().backbone.modules())
False
"""

from __future__ import annotations

import copy
import hashlib
import io
import math
import os
import shutil
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import numpy as np
import torch
from PIL import Image
from torch import nn

from gridclip.files import write_bytes_atomically
from gridclip.model.network import INPUT_MULTIPLE

if TYPE_CHECKING:
    from gridclip.model.backbone import BackboneFeatures, ClipBackbone, ResNetBackbone
    from gridclip.model.network import GridCLIP

ModuleT = TypeVar("ModuleT", bound=nn.Module)


class CompileUnavailableError(RuntimeError):
    """``torch.compile`` cannot run here (no C++ compiler for inductor's CPU code)."""


def quantize_linear_int8(model: ModuleT) -> ModuleT:
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


def compile_for_cpu(model: ModuleT) -> ModuleT:
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


# -- ONNX Runtime ---------------------------------------------------------------------------

#: Synthetic scenes that calibrate static int8, committed as pictures so that inference never
#: imports the world (``scripts/write_calibration_pictures.py`` draws them: world seed 7).
CALIBRATION_DIR = Path(__file__).resolve().parent.parent / "assets" / "calibration"
CALIBRATION_SCENES = 16
_ONNX_OPSET = 17
#: What ``quantize_static_int8`` does, in words; part of the int8 cache key (change it with the recipe).
_INT8_RECIPE = "QDQ u8 activations per tensor, s8 weights per channel, MinMax averaged over pictures, Conv only, stem fp32"
TRUNK_OUTPUTS = ("c3", "c4", "c5", "dense")


class OnnxRuntimeUnavailableError(RuntimeError):
    """The ONNX Runtime path was asked for, but ``onnx`` / ``onnxruntime`` are not installed."""


class OnnxExportError(ValueError):
    """This backbone cannot be exported to one shape-independent ONNX graph."""


def _require_onnxruntime() -> Any:
    try:
        import onnx  # noqa: F401  (the exporter and the quantiser need it)
        import onnxruntime
    except ImportError as exc:
        raise OnnxRuntimeUnavailableError(
            "the ONNX Runtime CPU path (int8) needs the onnx and onnxruntime packages, which "
            "gridclip-studio installs: reinstall it (pip install -e .) or pip install onnx onnxruntime; "
            "or run fp32 (--no-int8, load_detector(int8_static=False))"
        ) from exc
    return onnxruntime


class _TrunkAsTuple(nn.Module):
    """A backbone whose ``BackboneFeatures`` come out as a flat tuple (what an ONNX graph returns)."""

    def __init__(self, backbone: nn.Module) -> None:
        super().__init__()
        self.backbone = backbone

    def forward(self, images: torch.Tensor) -> tuple[torch.Tensor, ...]:
        features = self.backbone(images)
        return (*features.levels, features.dense)


def _example_input(backbone: ResNetBackbone) -> torch.Tensor:
    """A tracing input whose dense grid differs from the positional embedding's own grid in both
    directions: tracing on the CLIP grid itself would record "no resize" and freeze it into the graph.

    >>> class B: dense_stride, pos_grid = 32, (7, 7)
    >>> tuple(_example_input(B()).shape)
    (1, 3, 256, 288)
    """
    stride = backbone.dense_stride
    grid_h, grid_w = backbone.pos_grid
    height = INPUT_MULTIPLE * math.ceil((grid_h + 1) * stride / INPUT_MULTIPLE)
    width = INPUT_MULTIPLE * math.ceil((grid_w + 2) * stride / INPUT_MULTIPLE)
    return torch.zeros(1, 3, height, width)


def export_backbone_onnx(backbone: nn.Module) -> bytes:
    """The backbone as an ONNX graph (fp32, opset 17) with dynamic batch, height and width:
    one export serves every input shape. Outputs ``c3, c4, c5, dense``.

    >>> import open_clip
    >>> from gridclip.model.backbone import build_backbone
    >>> from gridclip.inference.sources import register_model_configs
    >>> register_model_configs()
    >>> import onnx
    >>> graph = onnx.load_from_string(export_backbone_onnx(build_backbone(open_clip.create_model("tiny-rn").visual).eval()))
    >>> [d.dim_param or d.dim_value for d in graph.graph.input[0].type.tensor_type.shape.dim]
    ['batch', 3, 'height', 'width']
    >>> [output.name for output in graph.graph.output]
    ['c3', 'c4', 'c5', 'dense']
    """
    from gridclip.model.backbone import ResNetBackbone

    if not isinstance(backbone, ResNetBackbone):
        raise OnnxExportError(
            f"the ONNX Runtime path runs ResNet (RN50-family) trunks only, not {type(backbone).__name__}: "
            "the exported ViT attention keeps the example's token count; use Detector.int8_linear for ViTs"
        )
    _require_onnxruntime()
    buffer = io.BytesIO()
    # fp32 whatever the caller's autocast: ONNX Runtime's Conv has no bfloat16 kernel.
    with warnings.catch_warnings(), torch.inference_mode(False), torch.no_grad(), torch.autocast("cpu", enabled=False):
        # The TorchScript-based exporter is deprecated in favour of the dynamo one, which needs
        # onnxscript (not a dependency); the legacy one exports these conv/matmul graphs exactly.
        warnings.simplefilter("ignore")
        torch.onnx.export(
            # The legacy exporter writes to a file object too; torch types f as a path only.
            _TrunkAsTuple(backbone).eval(), (_example_input(backbone),), buffer,  # type: ignore[arg-type]
            dynamo=False,
            input_names=["images"], output_names=list(TRUNK_OUTPUTS), opset_version=_ONNX_OPSET,
            dynamic_axes={"images": {0: "batch", 2: "height", 3: "width"}},
        )  # fmt: skip
    return buffer.getvalue()


class _Calibration:
    """``onnxruntime.quantization.CalibrationDataReader`` over the graph input's sample tensors."""

    def __init__(self, input_name: str, batches: Sequence[torch.Tensor]) -> None:
        from tqdm.auto import tqdm

        self._input_name = input_name
        self._batches = iter(list(batches))
        # About a minute for RN50 at 800 px, once per trunk: say so on a terminal.
        self._bar = tqdm(total=len(batches), desc="int8 calibration (once per model)", leave=False, disable=None)

    def get_next(self) -> dict[str, np.ndarray] | None:
        batch = next(self._batches, None)
        if batch is None:
            self._bar.close()
            return None
        self._bar.update()
        return {self._input_name: batch.float().contiguous().numpy()}


def _first_convolution(graph: Any) -> list[str]:
    """The name of the graph's first convolution (nodes are stored in topological order): the
    stem convolution on the picture itself.

    It stays fp32: quantising it too cost the demo model 1.8 AP50 on held-out scenes; with
    every other convolution in int8 it is within 0.2 (benchmarks/RESULTS.md).
    """
    return [node.name for node in graph.graph.node if node.op_type == "Conv"][:1]


def quantize_static_int8(graph: bytes, calibration: Sequence[torch.Tensor]) -> bytes:
    """``graph`` with every convolution but the first in static int8 (QDQ: activations u8 per
    tensor, weights s8 per output channel, each activation's range the mean over the
    ``calibration`` pictures of its min / max on each);
    the stem convolution on the picture and the matrix products (the dense CLIP projection)
    stay fp32. ``calibration``: prepared [B, 3, H, W]
    picture tensors, any sizes."""
    _require_onnxruntime()
    import onnx
    from onnxruntime.quantization import CalibrationDataReader, QuantFormat, QuantType, quantize_static
    from onnxruntime.quantization.shape_inference import quant_pre_process

    if not calibration:
        raise ValueError("static int8 needs at least one calibration picture")
    with tempfile.TemporaryDirectory(prefix="gridclip-int8-") as folder:
        fp32, prepared, int8 = (Path(folder) / name for name in ("fp32.onnx", "pre.onnx", "int8.onnx"))
        fp32.write_bytes(graph)
        quant_pre_process(str(fp32), str(prepared), skip_symbolic_shape=True)
        model = onnx.load(str(prepared))
        reader = type("CalibrationReader", (_Calibration, CalibrationDataReader), {})(model.graph.input[0].name, calibration)
        quantize_static(
            str(prepared), str(int8), reader, quant_format=QuantFormat.QDQ, op_types_to_quantize=["Conv"],
            per_channel=True, activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8,
            nodes_to_exclude=_first_convolution(model),
            # The global min / max let one picture's outliers stretch a range for all (on the
            # session 9 demo: −0.6 AP50 on one held-out set, averaged: +0.3; a percentile does
            # as well but keeps every activation of every picture in memory, too much for RN50
            # at 800 px). docs/history.md, "int8 calibration".
            extra_options={"CalibMovingAverage": True},
        )  # fmt: skip
        return int8.read_bytes()


def _cpu_session(graph: bytes, threads: int | None) -> Any:
    """An ONNX Runtime session on the CPU provider, all graph optimisations, ``threads``
    intra-op threads (default: torch's)."""
    onnxruntime = _require_onnxruntime()
    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = threads or torch.get_num_threads()
    options.inter_op_num_threads = 1
    # ORT's idle workers spin-wait for the next run by default; on 2 shared cores they would
    # compete with torch's FPN and head, which run right after the trunk.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return onnxruntime.InferenceSession(graph, options, providers=["CPUExecutionProvider"])


class OnnxBackbone(nn.Module):
    """A drop-in inference backbone that runs an exported trunk in ONNX Runtime (CPU provider,
    all graph optimisations, ``threads`` intra-op threads) and returns ``BackboneFeatures``.
    Frozen: it has no torch parameters."""

    trainable = False

    def __init__(self, graph: bytes, like: ClipBackbone, threads: int | None = None) -> None:
        super().__init__()
        self.session = _cpu_session(graph, threads)
        self.out_channels = list(like.out_channels)
        self.embed_dim = like.embed_dim
        self.dense_stride = like.dense_stride

    def forward(self, images: torch.Tensor) -> BackboneFeatures:
        from gridclip.model.backbone import BackboneFeatures

        arrays = self.session.run(list(TRUNK_OUTPUTS), {"images": images.float().contiguous().numpy()})
        *levels, dense = (torch.from_numpy(a) for a in arrays)
        return BackboneFeatures(levels, dense)


def default_onnx_cache_dir() -> Path:
    """``$GRIDCLIP_CACHE_DIR/onnx``, else the user cache dir (platformdirs)."""
    root = os.environ.get("GRIDCLIP_CACHE_DIR")
    if root:
        return Path(root) / "onnx"
    import platformdirs

    return Path(platformdirs.user_cache_dir("gridclip")) / "onnx"


def cached_static_int8(graph: bytes, calibration: Sequence[torch.Tensor], cache_dir: Path | None) -> bytes:
    """``quantize_static_int8`` through a content-addressed file cache: the key hashes the fp32
    graph (so the weights), the calibration tensors and the quantiser's version, so a cached
    graph is only ever reused for exactly the same inputs. ``cache_dir=None``: no cache.

    Calibrating RN50 at 800 pixels takes about a minute; a cache hit takes the export only.
    """
    if cache_dir is None:
        return quantize_static_int8(graph, calibration)
    import onnxruntime

    digest = hashlib.sha256(graph)
    for batch in calibration:
        digest.update(repr(tuple(batch.shape)).encode())
        digest.update(batch.float().contiguous().numpy().tobytes())
    digest.update(f"{_INT8_RECIPE} onnxruntime {onnxruntime.__version__}".encode())
    path = Path(cache_dir) / f"trunk-{digest.hexdigest()[:32]}.int8.onnx"
    if path.is_file():
        return path.read_bytes()
    int8 = quantize_static_int8(graph, calibration)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomically(path, int8)  # a reader never sees half a graph
    return int8


def onnx_backbone(
    backbone: ClipBackbone, calibration: Sequence[torch.Tensor] | None = None, threads: int | None = None,
    cache_dir: Path | None = None,
) -> OnnxBackbone:
    """``backbone`` (best a folded copy) exported and run by ONNX Runtime: fp32, or static
    int8 convolutions when ``calibration`` pictures are given (``cached_static_int8`` in
    ``cache_dir``). Raises ``OnnxRuntimeUnavailableError`` without onnx / onnxruntime."""
    graph = export_backbone_onnx(backbone)
    if calibration is not None:
        graph = cached_static_int8(graph, calibration, cache_dir)
    return OnnxBackbone(graph, backbone, threads)


def onnx_trunk(
    model: GridCLIP, calibration: Sequence[torch.Tensor] | None = None, threads: int | None = None,
    cache_dir: Path | None = None,
) -> GridCLIP:
    """``model`` (a ``GridCLIP``, best its ``optimized_for_cpu`` copy) with its backbone run by
    ONNX Runtime (``onnx_backbone``), modified in place and returned."""
    # cast: the ONNX trunk stands in for the ClipBackbone at inference (same call, outputs and
    # the attributes GridCLIP reads), with no tower to train.
    model.backbone = cast("ClipBackbone", onnx_backbone(model.backbone, calibration, threads, cache_dir))
    return model


def int8_runs_here(detector: Any) -> bool:
    """Whether ``detector`` can take the static int8 trunk: on a CPU, with the optimised copy
    (``optimize``), a ResNet trunk and onnxruntime installed. ``load_detector`` switches int8
    on by default exactly when this holds.

    >>> from gridclip.inference.sources import load_detector
    >>> int8_runs_here(load_detector("demo", device="cpu", text_cache_dir=False, int8_static=False))
    True
    >>> int8_runs_here(load_detector("open_clip:tiny-vit", device="cpu", text_cache_dir=False))
    False
    """
    from gridclip.model.backbone import ResNetBackbone

    if detector.device.type != "cpu" or not detector.optimize:
        return False
    if not isinstance(detector.model.backbone, ResNetBackbone):
        return False
    try:
        _require_onnxruntime()
    except OnnxRuntimeUnavailableError:
        return False
    return True


def calibration_pictures(count: int = CALIBRATION_SCENES) -> list[Image.Image]:
    """The first ``count`` of the committed synthetic scenes to calibrate static int8 on. Real
    photos calibrate a real-CLIP model better: pass the user's own.

    >>> [p.size for p in calibration_pictures(2)]
    [(192, 192), (192, 192)]
    """
    paths = sorted(CALIBRATION_DIR.glob("scene_*.png"))[:count]
    if len(paths) < count:
        raise FileNotFoundError(f"{CALIBRATION_DIR} holds {len(paths)} calibration pictures, {count} asked for "
                                "(scripts/write_calibration_pictures.py writes them)")
    pictures = []
    for path in paths:
        with Image.open(path) as picture:
            pictures.append(picture.convert("RGB"))
    return pictures
