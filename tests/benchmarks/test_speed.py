"""The speed harness's plumbing on tiny random configs: row names, the JSON schema, ratios,
the CLI entry. Never timings (those live in benchmarks/RESULTS.md)."""

from __future__ import annotations

import argparse
import importlib.util
import json
from dataclasses import replace
from pathlib import Path

import pytest

from app.commands_bench import run_bench
from benchmarks import speed
from benchmarks.measure import RunPolicy, Timing, count_flops, peak_rss_mb, time_calls

HAS_TRANSFORMERS = importlib.util.find_spec("transformers") is not None
CORE_NAMES = {
    "machine", "cpu-peak-fp32-matmul", "clip-rn50-trunk-800",
    "gridclip-rn50-640", "gridclip-rn50-800", "gridclip-vitb32-768", "gridclip-rn50-800-training-free",
    "gridclip-rn50-800-fp32", "gridclip-rn50-800-int8-static-pad32",
    "owlvit-b32-768", "owlv2-b16-768", "groundingdino-t-800",
    "interleaved-gridclip-rn50-800", "interleaved-gridclip-rn50-800-fp32", "interleaved-owlvit-b32-768",
    "interleaved-owlv2-b16-768", "interleaved-groundingdino-t-800",
    "two-stage-clip-100", "two-stage-clip-300",
    "gridclip-rn50-800-batch2", "gridclip-rn50-800-first-box",
    "gridclip-rn50-800-vocab-1", "gridclip-rn50-800-vocab-3",
    "finetune-epoch-4-cached", "finetune-epoch-4-uncached",
    "ls-predict-2-clients", "demo-world-rn", "process-peak-rss",
}  # fmt: skip


@pytest.fixture(scope="module")
def smoke_rows() -> list[dict]:
    return speed.run_benchmark(speed.BenchPlan.smoke())


@pytest.mark.slow  # one smoke run of every row (tiny models, a cold-start subprocess, two tiny epochs)
def test_every_row_is_there_once_with_the_json_schema(smoke_rows: list[dict]) -> None:
    names = [row["name"] for row in smoke_rows]
    assert sorted(names) == sorted(CORE_NAMES)
    for row in smoke_rows:
        assert isinstance(row["name"], str)
        assert isinstance(row["runs"], int) and row["runs"] >= 0
        assert row["ms"] is None or (isinstance(row["ms"], float) and row["ms"] > 0)
        if row["ms"] is None:
            assert row["runs"] == 0
        else:
            assert row["runs"] >= 1
    json.loads(json.dumps(smoke_rows))  # every field is plain JSON


@pytest.mark.slow  # one smoke run of every row (tiny models, a cold-start subprocess, two tiny epochs)
def test_every_row_is_measured(smoke_rows: list[dict]) -> None:
    by_name = {row["name"]: row for row in smoke_rows}
    peers = (*speed.PEER_NAMES, *speed.target_names())
    measured = [row["name"] for row in smoke_rows if row["name"] not in ("machine", "process-peak-rss", *peers)]
    if HAS_TRANSFORMERS:
        measured += peers
        interleaved = [by_name[name] for name in speed.target_names()]
        assert interleaved[0]["ratio_to_gridclip"] == 1.0
        assert all(row["ratio_to_gridclip"] > 0 and row["runs"] == interleaved[0]["runs"] for row in interleaved)
    for name in measured:
        assert by_name[name]["ms"] is not None, by_name[name].get("skipped")
    assert by_name["clip-rn50-trunk-800"]["gflop"] > 0
    # The default path runs the ResNet rows on the int8 trunk, the ViT and --no-int8 in fp32;
    # FLOPs are counted either way (on the fp32 twin for int8), and they are the same work.
    assert by_name["gridclip-rn50-800"]["int8_trunk"] is True and by_name["gridclip-vitb32-768"]["int8_trunk"] is False
    assert by_name["gridclip-rn50-800-fp32"]["int8_trunk"] is False
    assert by_name["gridclip-rn50-800"]["gflop"] == pytest.approx(by_name["gridclip-rn50-800-fp32"]["gflop"], rel=1e-6)
    assert by_name["two-stage-clip-300"]["gflop"] == pytest.approx(2 * by_name["two-stage-clip-100"]["gflop"], abs=0.02)
    assert by_name["machine"]["cores"] >= 1 and by_name["machine"]["torch_threads"] == speed.THREADS
    assert by_name["gridclip-rn50-800-vocab-3"]["classes"] == 3
    assert by_name["gridclip-rn50-800-batch2"]["images_per_s"] > 0
    assert by_name["finetune-epoch-4-cached"]["feature_cache_hits"] == 2  # measured on 2, scaled to 4
    server = by_name["ls-predict-2-clients"]
    assert server["runs"] == 4 and 0 < server["p50_ms"] <= server["p95_ms"]
    assert by_name["gridclip-rn50-800-first-box"]["peak_rss_mb"] > 0


def test_a_failing_group_becomes_skipped_rows_under_its_names() -> None:
    def broken() -> list[dict]:
        raise RuntimeError("model exploded\nsecond line")

    rows = speed.guarded(["a-row", "b-row"], broken, log=lambda line: None)
    assert [row["name"] for row in rows] == ["a-row", "b-row"]
    assert all(row["ms"] is None and row["skipped"] == "RuntimeError: model exploded" for row in rows)


@pytest.mark.slow  # one smoke run of every row (tiny models, a cold-start subprocess, two tiny epochs)
def test_ratios_are_relative_to_gridclip_rn50_800(smoke_rows: list[dict]) -> None:
    by_name = {row["name"]: row for row in smoke_rows}
    reference = by_name[speed.REFERENCE]["ms"]
    if reference is None:
        assert all("ratio" not in row for row in smoke_rows)
        return
    assert by_name[speed.REFERENCE]["ratio"] == 1.0
    for row in smoke_rows:
        if "ratio" in row:
            assert row["ratio"] == pytest.approx(row["ms"] / reference, rel=1e-2, abs=1e-3)  # ratios keep 3 decimals


def test_add_ratios_leaves_rows_without_a_reference_alone() -> None:
    rows = speed.add_ratios([{"name": "owlvit-b32-768", "ms": 5.0, "runs": 2}])
    assert "ratio" not in rows[0]


def test_two_stage_baseline_returns_one_box_per_kept_proposal() -> None:
    import open_clip

    import gridclip
    from benchmarks import peers

    open_clip.add_model_config(Path(gridclip.__file__).parent / "model_configs")
    predict = peers.build_two_stage_clip(["cat", "dog"], num_proposals=6, clip_arch="tiny-rn", chunk=4)
    picture = speed.bench_picture((96, 64))
    detections = predict(picture)
    assert 1 <= len(detections) <= 6
    assert set(detections.class_id.tolist()) <= {0, 1}
    assert (detections.xyxy[:, 2] <= 96 + 1e-3).all() and (detections.xyxy[:, 3] <= 64 + 1e-3).all()


def test_time_calls_respects_the_run_policy() -> None:
    calls: list[int] = []
    timing = time_calls(lambda: calls.append(1), RunPolicy(warmup=2, min_runs=4, max_runs=4, budget_s=100.0))
    assert len(calls) == 6 and timing.runs == 4


def test_timing_is_per_image_median() -> None:
    assert Timing.from_seconds([0.4, 0.2, 0.8], images_per_call=4).ms == pytest.approx(100.0)


def test_count_flops_counts_a_matmul() -> None:
    import torch

    assert count_flops(lambda: torch.ones(3, 5) @ torch.ones(5, 7)) == 2 * 3 * 5 * 7


def test_peak_rss_is_positive() -> None:
    assert peak_rss_mb() > 0


@pytest.mark.slow  # one smoke run of every row (tiny models, a cold-start subprocess, two tiny epochs)
def test_markdown_table_has_a_line_per_row_but_the_machine(smoke_rows: list[dict]) -> None:
    table = speed.markdown_table(smoke_rows)
    assert len(table.splitlines()) == 2 + len(smoke_rows) - 1
    assert "| owlvit-b32-768 |" in table


@pytest.mark.slow  # one smoke run of every row (tiny models, a cold-start subprocess, two tiny epochs)
def test_cli_writes_the_json_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, smoke_rows: list[dict]) -> None:
    plans: list[speed.BenchPlan] = []

    def fake_run(plan: speed.BenchPlan, log=None, progress=None) -> list[dict]:
        plans.append(plan)
        return smoke_rows

    monkeypatch.setattr(speed, "run_benchmark", fake_run)
    out = tmp_path / "rows.json"
    assert run_bench(argparse.Namespace(quick=True, json=str(out))) == 0
    assert plans[0].policy == speed.RunPolicy.quick()
    assert "targets" not in plans[0].groups and not plans[0].pad32_row  # --quick: the 10-minute plan
    assert json.loads(out.read_text()) == smoke_rows
    assert run_bench(argparse.Namespace(quick=False, json=None, groups=["cpu-peak", "targets"])) == 0
    assert plans[1].groups == ("cpu-peak", "targets") and plans[1].policy == speed.RunPolicy.full()


def test_cli_refuses_an_unknown_group_before_running(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.errors import CommandError

    monkeypatch.setattr(speed, "run_benchmark", lambda *a, **k: pytest.fail("ran before checking --groups"))
    with pytest.raises(CommandError, match="unknown targetz"):
        run_bench(argparse.Namespace(quick=True, json=None, groups=["targetz"]))


def test_cli_parser_dispatches_bench_to_its_handler() -> None:
    from app.cli import build_parser

    args = build_parser().parse_args(["bench", "--quick", "--json", "x.json"])
    assert args.handler == "app.commands_bench:run_bench" and args.quick and args.json == "x.json"


def test_cli_refuses_a_json_path_in_a_missing_folder_before_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.errors import CommandError

    monkeypatch.setattr(speed, "run_benchmark", lambda *a, **k: pytest.fail("ran before checking --json"))
    with pytest.raises(CommandError, match="does not exist"):
        run_bench(argparse.Namespace(quick=True, json=str(tmp_path / "missing" / "rows.json")))


def test_module_entry_refuses_a_json_path_in_a_missing_folder_before_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(speed, "run_benchmark", lambda *a, **k: pytest.fail("ran before checking --json"))
    with pytest.raises(SystemExit) as exit_info:
        speed.main(["--quick", "--json", str(tmp_path / "missing" / "rows.json")])
    assert exit_info.value.code == 2 and "does not exist" in capsys.readouterr().err


@pytest.fixture(scope="module")
def tiny_world_vit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh tiny ViT detector saved as a checkpoint folder (what a ViT world detector run writes)."""
    from gridclip import load_detector
    from gridclip.world.synthetic import world_vocabulary

    folder = tmp_path_factory.mktemp("tiny-world-vit")
    load_detector("open_clip:tiny-vit", text_cache_dir=False).save(
        folder, vocabulary=world_vocabulary(), metrics={}, name="tiny-world-vit"
    )
    return folder


def test_world_group_times_the_demo_and_each_named_checkpoint_as_ratios_to_the_demo(tiny_world_vit: Path) -> None:
    checkpoints = speed.parse_world_checkpoints([f"tiny-world-vit={tiny_world_vit}"])
    plan = replace(speed.BenchPlan.smoke(), groups=("world",), world_checkpoints=checkpoints)
    rows = speed.run_benchmark(plan)
    assert [row["name"] for row in rows] == ["machine", "demo-world-rn", "tiny-world-vit", "process-peak-rss"]
    demo, vit = rows[1], rows[2]
    for row in (demo, vit):
        assert row["ms"] is not None, row.get("skipped")
        assert row["runs"] >= 1 and row["image_size"] == plan.world_long_side and row["gflop"] >= 0
    assert demo["source"] == "demo" and vit["source"] == str(tiny_world_vit)
    assert demo["ratio_to_demo"] == 1.0
    assert vit["ratio_to_demo"] == pytest.approx(vit["ms"] / demo["ms"], rel=1e-2, abs=1e-3)
    assert vit["int8_trunk"] is False  # int8 runs ResNet trunks only
    assert "ratio_to_demo=1.0" in speed.markdown_table(rows)
    json.loads(json.dumps(rows))


def test_world_rows_use_a_world_scene_and_each_checkpoint_at_its_own_size(
    monkeypatch: pytest.MonkeyPatch, tiny_world_vit: Path
) -> None:
    """Without ``world_long_side`` every checkpoint keeps its own inference size, and the
    picture is the demo's kind: a square world scene, scored against the world vocabulary."""
    from gridclip.inference.sources import DEMO_DIR
    from gridclip.world.synthetic import world_vocabulary

    seen: list[tuple[str, int, tuple[int, int], int]] = []

    def fake_time(name, detector, picture, vocab, plan, peak_gflops, note):
        seen.append((name, detector.config.image_size, picture.size, len(vocab)))
        return speed.make_row(name, Timing(ms=2.0 * len(seen), runs=1, min_ms=1.0, max_ms=3.0))

    monkeypatch.setattr(speed, "time_gridclip", fake_time)
    plan = replace(speed.BenchPlan.smoke(), world_long_side=None, world_picture_size=96,
                   world_checkpoints=(("tiny-world-vit", str(tiny_world_vit)),))  # fmt: skip
    rows = speed.world_rows(plan, peak_gflops=0.0)

    def own_size(folder: Path) -> int:
        return json.loads((folder / "config.json").read_text())["detector"]["image_size"]

    classes = len(world_vocabulary())
    assert seen == [
        ("demo-world-rn", own_size(DEMO_DIR), (96, 96), classes),
        ("tiny-world-vit", own_size(tiny_world_vit), (96, 96), classes),
    ]
    assert [row["ratio_to_demo"] for row in rows] == [1.0, 2.0]


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("runs/vit/det-vit-s0/demo", "give NAME=PATH"),
        ("demo-world-vit=", "give NAME=PATH"),
        ("=runs/x", "give NAME=PATH"),
        ("demo-world-vit={missing}", "no checkpoint in"),
        ("demo-world-rn={tiny}", "row name demo-world-rn is taken"),
    ],
)
def test_cli_refuses_a_bad_world_checkpoint_in_one_line_before_loading_a_model(
    spec: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tiny_world_vit: Path
) -> None:
    from app.errors import CommandError

    monkeypatch.setattr(speed, "run_benchmark", lambda *a, **k: pytest.fail("ran before checking --world-checkpoint"))
    monkeypatch.setattr(speed, "load_gridclip", lambda *a, **k: pytest.fail("loaded a model"))
    value = spec.format(missing=tmp_path / "missing", tiny=tiny_world_vit)
    with pytest.raises(CommandError, match=message) as error:
        run_bench(argparse.Namespace(quick=True, json=None, world_checkpoint=[value]))
    assert "\n" not in str(error.value)


def test_cli_refuses_a_repeated_world_row_name_and_a_world_checkpoint_outside_the_world_group(
    tiny_world_vit: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.errors import CommandError

    monkeypatch.setattr(speed, "run_benchmark", lambda *a, **k: pytest.fail("ran before checking --world-checkpoint"))
    twice = [f"vit={tiny_world_vit}", f"vit={tiny_world_vit}"]
    with pytest.raises(CommandError, match="row name vit is taken"):
        run_bench(argparse.Namespace(quick=True, json=None, world_checkpoint=twice))
    with pytest.raises(CommandError, match="add world to --groups"):
        run_bench(argparse.Namespace(quick=True, json=None, groups=["cpu-peak"], world_checkpoint=twice[:1]))


def test_cli_passes_world_checkpoints_to_the_plan(tiny_world_vit: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli import build_parser

    plans: list[speed.BenchPlan] = []
    monkeypatch.setattr(speed, "run_plan", lambda plan, json_path=None: plans.append(plan) or 0)
    args = build_parser().parse_args(
        [
            "bench",
            "--groups",
            "world",
            "--world-checkpoint",
            f"vit={tiny_world_vit}",
            "--world-checkpoint",
            f"vit2={tiny_world_vit}",
        ]
    )
    assert run_bench(args) == 0
    assert plans[0].groups == ("world",)
    assert plans[0].world_checkpoints == (("vit", str(tiny_world_vit)), ("vit2", str(tiny_world_vit)))
    assert speed.world_names(plans[0]) == ["demo-world-rn", "vit", "vit2"]
    assert "world" in speed.BenchPlan.quick().groups  # the demo row is always there: world runs by default


def test_module_entry_refuses_a_bad_world_checkpoint_with_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(speed, "run_benchmark", lambda *a, **k: pytest.fail("ran before checking --world-checkpoint"))
    with pytest.raises(SystemExit) as exit_info:
        speed.main(["--quick", "--world-checkpoint", "no-equals-sign"])
    assert exit_info.value.code == 2 and "give NAME=PATH" in capsys.readouterr().err
