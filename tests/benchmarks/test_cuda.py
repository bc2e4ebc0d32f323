"""The CUDA benchmark's plumbing and the CUDA precision settings, on a CPU: row names, ratios,
the AP-tolerance code, the no-GPU exit, ``Detector.cuda_dtype``, the training AMP dtype. No test
needs a GPU and none asserts a time (the H100 figures live in benchmarks/RESULTS.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from unittest import mock

import pytest
import torch
from PIL import Image

from benchmarks import cuda
from benchmarks.speed import GridclipRow
from gridclip import load_detector
from gridclip.inference.detector import Detector, cuda_autocast_dtype
from gridclip.model.text import used_lengths
from gridclip.training.step import amp_dtype

TINY = GridclipRow("gridclip-rn50-800", "open_clip:tiny-rn", 128)


def tiny_plan(**changes: object) -> cuda.CudaPlan:
    plan = replace(cuda.CudaPlan.smoke(), gridclip=(TINY,), dtypes=("float32", "bfloat16"), batch_sizes=(1, 2))
    return replace(plan, **changes)


def explicit_head(self: Detector, model, tensor, text):
    """``Detector.head_outputs`` as it runs on CUDA (the explicit forward), for CPU runs of the
    autocast paths: the CPU's factorised ``detect`` is never autocast in ``predict``."""
    return model(tensor, text, self.class_limit)


@pytest.fixture(scope="module")
def gridclip_rows() -> list[dict]:
    with mock.patch.object(Detector, "head_outputs", explicit_head):
        return cuda.run_benchmark(tiny_plan(groups=("gridclip",)), "cpu")


def test_gridclip_rows_cover_every_precision_and_batch(gridclip_rows: list[dict]) -> None:
    names = [row["name"] for row in gridclip_rows]
    assert names == ["machine"] + [f"gridclip-rn50-800-{d}-b{b}" for d in ("fp32", "bf16") for b in (1, 2)]
    for row in gridclip_rows[1:]:
        assert row["ms"] > 0 and row["runs"] == 1 and row["forward_ms"] > 0 and row["images_per_s"] > 0
        assert row["peak_gpu_mb"] is None  # a CPU has no CUDA allocator to read
    json.loads(json.dumps(gridclip_rows))


def test_ratios_are_to_the_reference_at_the_same_precision(gridclip_rows: list[dict]) -> None:
    by_name = {row["name"]: row for row in gridclip_rows}
    for dtype in ("fp32", "bf16"):
        reference = by_name[f"gridclip-rn50-800-{dtype}-b1"]
        batched = by_name[f"gridclip-rn50-800-{dtype}-b2"]
        assert reference["ratio"] == 1.0
        assert batched["ratio"] == round(batched["ms"] / reference["ms"], 3)
    bf16 = by_name["gridclip-rn50-800-bf16-b2"]
    assert bf16["speedup_vs_fp32"] == round(by_name["gridclip-rn50-800-fp32-b2"]["ms"] / bf16["ms"], 2)
    assert "gridclip-rn50-800-bf16-b2 | bf16 | 2 |" in cuda.speed_table(gridclip_rows)


@mock.patch.object(Detector, "head_outputs", explicit_head)
def test_a_failing_group_becomes_skipped_rows_and_the_run_goes_on() -> None:
    plan = tiny_plan(groups=("gridclip", "tolerance"), tolerance_source="open_clip:no-such-arch")
    rows = cuda.run_benchmark(plan, "cpu")
    skipped = [row for row in rows if row.get("skipped")]
    assert [row["name"] for row in skipped] == [f"tolerance-no-such-arch-{d}" for d in ("fp32", "bf16")]
    assert all(row["ms"] for row in rows if row["name"].startswith("gridclip-"))
    assert "no-such-arch" in cuda.tolerance_table(rows)


@mock.patch.object(Detector, "head_outputs", explicit_head)
def test_tolerance_rows_give_deltas_against_fp32_of_the_same_aspect() -> None:
    rows = cuda.tolerance_rows(tiny_plan(tolerance_scenes=2, tolerance_aspects=(1.0, 0.75)), torch.device("cpu"))
    assert [row["name"] for row in rows] == [
        "tolerance-demo-fp32", "tolerance-demo-bf16", "tolerance-demo-fp32-aspect0.75", "tolerance-demo-bf16-aspect0.75"
    ]  # fmt: skip
    for fp32, other in (rows[0:2], rows[2:4]):
        assert fp32["delta_ap50"] == 0.0 and fp32["max_score_diff"] == 0.0
        assert other["delta_ap50"] == round(other["ap50"] - fp32["ap50"], 2)
        assert other["within_0.5_ap50"] == (abs(other["delta_ap50"]) <= 0.5)
        assert 0 <= other["ap50"] <= 100


@mock.patch.object(Detector, "head_outputs", explicit_head)
def test_precision_difference_sees_what_autocast_changes() -> None:
    detector = load_detector("demo", device="cpu", text_cache_dir=False)
    pictures = [Image.new("RGB", (96, 64), (200, 40, 40))]
    assert cuda.precision_difference(detector, pictures, "red square", "float32") == (0.0, 0.0)
    score_diff, box_diff = cuda.precision_difference(detector, pictures, "red square", "bfloat16")
    assert 0.0 < score_diff < 0.5 and box_diff > 0.0


def test_finetune_row_reports_steps_and_the_amp_dtype_used() -> None:
    plan = tiny_plan(finetune=(cuda.FinetuneSpec("demo", head_only=True),), finetune_scenes=2, finetune_epochs=2)
    rows = cuda.finetune_rows(plan, torch.device("cpu"))
    assert [row["name"] for row in rows] == ["finetune-demo-head-amp-off", "finetune-demo-head-amp-bf16"]
    for row in rows:
        assert row["amp_dtype"] == "float32"  # AMP is CUDA-only: on a CPU both rows train in fp32
        assert row["steps_per_epoch"] == 1 and row["skipped_steps"] == 0 and row["runs"] == 1
        assert row["ms"] == pytest.approx(1000 * row["epoch_s"], abs=0.02)
    assert "finetune-demo-head-amp-bf16 | bf16 |" in cuda.finetune_table(rows)


def test_the_command_exits_with_a_clear_message_without_cuda(capsys: pytest.CaptureFixture[str]) -> None:
    with mock.patch.object(torch.cuda, "is_available", return_value=False):
        assert cuda.main(["--quick"]) == 2
    message = capsys.readouterr().err
    assert "torch.cuda.is_available() is False" in message and "gridclip bench" in message


@pytest.mark.skipif(torch.cuda.is_available(), reason="this machine has a GPU: the command would run")
def test_python_dash_m_exits_2_without_cuda() -> None:
    done = subprocess.run([sys.executable, "-m", "benchmarks.cuda"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "CUDA GPU" in done.stderr and "benchmarks.cpu_paths" in done.stderr


def test_cuda_dtype_names_map_to_torch_dtypes_and_a_typo_fails_on_cpu_too() -> None:
    assert [cuda_autocast_dtype(n) for n in ("float16", "bfloat16", "float32")] == [
        torch.float16, torch.bfloat16, torch.float32
    ]  # fmt: skip
    detector = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
    assert detector.cuda_dtype == "float16"
    detector.cuda_dtype = "fp16"
    with pytest.raises(ValueError, match="unknown cuda_dtype 'fp16': choose from float16, bfloat16, float32"):
        detector.predict([Image.new("RGB", (64, 64))], "cat")


def test_head_outputs_runs_the_explicit_forward_on_cuda_and_detect_elsewhere() -> None:
    detector = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
    tensor = detector.prepare([Image.new("RGB", (64, 64))]).tensor
    text = detector.text_embeddings("cat, dog")
    on_cpu = detector.head_outputs(detector.model, tensor, text)
    assert on_cpu.grid_embeddings == []  # GridCLIP.detect skips the D-channel grid maps
    detector.device = torch.device("cuda")  # only the dispatch is read; the tensors stay on the CPU
    on_cuda = detector.head_outputs(detector.model, tensor, text)
    assert len(on_cuda.grid_embeddings) == len(on_cuda.strides)
    for a, b in zip(on_cpu.cls_logits, on_cuda.cls_logits):
        torch.testing.assert_close(a, b, atol=1e-4, rtol=1e-4)


def test_training_free_boxes_survive_bfloat16_autocast() -> None:
    # numpy has no bfloat16: the region scoring must leave autocast (it failed on CUDA in bf16).
    detector = load_detector("open_clip:tiny-rn", device="cpu", text_cache_dir=False)
    assert not detector.is_trained
    picture = Image.new("RGB", (96, 64), (30, 160, 60))
    with torch.autocast("cpu", dtype=torch.bfloat16):
        detections = detector.predict_raw([picture], "green square, cat")
    assert detections[0].xyxy.dtype.name == "float32"


def test_training_amp_is_bf16_on_cuda_with_bf16_and_fp32_otherwise() -> None:
    gpu = torch.device("cuda")
    with mock.patch.object(torch.cuda, "is_bf16_supported", return_value=True):
        assert amp_dtype(gpu) is torch.bfloat16
        assert amp_dtype(gpu, enabled=False) is None
        assert amp_dtype(torch.device("cpu")) is None
    with mock.patch.object(torch.cuda, "is_bf16_supported", return_value=False):
        assert amp_dtype(gpu) is None  # no fp16 + GradScaler fallback (RESULTS.md, Speed, CUDA)


def test_prompt_lengths_are_counted_on_the_tokens_device() -> None:
    # On CUDA the tokens live on the GPU; a CPU arange beside them broke every text encoding.
    tokens = torch.zeros(2, 5, dtype=torch.long, device="meta")  # any device but the CPU
    assert used_lengths(tokens).device == tokens.device
