"""The long jobs of the app's Batch, Train and Export tabs.

Batch pre-labeling runs the same :func:`app.engine.prelabel` as ``gridclip prelabel``;
fine-tuning runs ``gridclip.training.fine_tune.fine_tune_on_store`` (the same call as ``gridclip
train --db`` and Label Studio's START_TRAINING, with ``QUICK_FINE_TUNE`` and the tab's fields on
top; epochs 0 lets ``fit_to_data`` choose) on a copy of the active model in a worker thread and
streams its loss to a live plot; when it ends the tab shows ``gridclip.training.report``'s report (the
held-out AP50 before → after and its change, the classes new to the model, the settings that
ran); the finished model is a model version in the store and becomes the active
model of every tab.
"""

from __future__ import annotations

import copy
import logging
import queue
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from app import engine
from app.batch import BatchProgress, PrelabelJob
from app.exemplars import describe
from app.label_handlers import TabState, user_facing
from app.session import LabelingService, Thresholds, UserError, parse_vocabulary

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)


class BatchJob:
    """At most one batch run at a time per app; ``cancel`` stops it after the current image."""

    def __init__(self, service: LabelingService) -> None:
        self.service = service
        self._running = threading.Lock()
        self._cancel = threading.Event()

    @user_facing(1)
    def run(
        self,
        vocab_text: str,
        threshold: float,
        nms_iou: float,
        agnostic: bool,
        image_filter: str,
        batch_size: float,
        use_exemplars: bool = True,
        state: TabState | None = None,
        progress: gr.Progress = gr.Progress(),
    ) -> str:
        """Pre-label the chosen images; returns the summary (failures listed). As the Label tab's
        Pre-label: with ``use_exemplars`` the store's accepted boxes blend into their classes, and
        the tab's "Find similar" box (``state.similar``) stands for its class; without, text only."""
        vocab = parse_vocabulary(vocab_text, self.service.max_classes)
        if not self._running.acquire(blocking=False):
            raise UserError("a batch is already running: wait for it or cancel it first")
        try:
            self._cancel.clear()
            similar = state.similar if state is not None and use_exemplars else None
            exemplars = self.service.exemplar_prototypes(vocab, True, similar) if use_exemplars else None
            scored_with = describe(exemplars, vocab, similar)

            def tell(p: BatchProgress) -> None:
                progress((p.done, max(p.total, 1)), desc=p.describe())

            thresholds = Thresholds(float(threshold), float(nms_iou), bool(agnostic))
            batch = max(1, int(batch_size))
            job = PrelabelJob(vocab, thresholds, image_filter=image_filter, exemplars=exemplars, progress=tell,
                              cancel=self._cancel)
            report = engine.prelabel(
                self.service.store, self.service.slot.detector, job,
                engine=engine.ray_options(batch),  # this process, unless GRIDCLIP_BATCH_ENGINE=ray
                batch_size=batch, model_lock=self.service.slot.lock,
            )
        finally:
            self._running.release()
        lines = [f"**{report.summary()}**", f"Scored with {scored_with}."]
        if similar is not None:
            lines[-1] += f" Find similar: {similar.describe()}."
        lines += [f"- `{path}`: {message}" for path, message in report.errors[:50]]
        if len(report.errors) > 50:
            lines.append(f"- … and {len(report.errors) - 50} more")
        if report.cancelled:
            gr.Info("Batch cancelled; every image finished so far is saved. Run again to resume.")
        return "\n".join(lines)

    def cancel(self) -> str:
        """Ask the running batch to stop after its current image."""
        if not self._running.locked():
            return "No batch is running."
        self._cancel.set()
        return "Cancelling after the current image…"


class TrainJob:
    """Fine-tune on accepted boxes and tag-only pictures; the versions table lists every model the store knows."""

    def __init__(self, service: LabelingService, checkpoints_dir: Path) -> None:
        self.service = service
        self.checkpoints_dir = checkpoints_dir
        self._running = threading.Lock()

    def run(self, epochs: float, head_only: bool) -> Iterator[tuple[str, pd.DataFrame, pd.DataFrame, Any]]:
        """Yields ``(status, loss curve, versions table, version choices)`` as training goes."""
        import pandas as pd

        losses: list[dict[str, float]] = []
        curve = lambda: pd.DataFrame(losses or [{"epoch": 0.0, "loss": float("nan")}])  # noqa: E731
        try:
            data = self._training_data()
        except UserError as exc:
            gr.Warning(str(exc))
            yield str(exc), curve(), self.versions_table(), gr.skip()
            return
        if not self._running.acquire(blocking=False):
            gr.Warning("a fine-tuning run is already going")
            yield "A fine-tuning run is already going.", curve(), self.versions_table(), gr.skip()
            return
        try:
            messages: queue.Queue = queue.Queue()
            outcome: dict[str, Any] = {}
            thread = threading.Thread(
                target=self._train_in_thread, args=(data, int(epochs), bool(head_only), messages, outcome),
                daemon=True,
            )
            thread.start()
            started = time.monotonic()
            epoch, of = None, (int(epochs) or None)
            held: dict[str, float | None] = {}
            while thread.is_alive() or not messages.empty():
                try:
                    info = messages.get(timeout=0.5)
                except queue.Empty:
                    continue
                loss = info.get("loss")
                event = info.get("event", "step")
                if event == "step" and loss is not None:
                    losses.append(loss_point(info))
                if event == "step":
                    epoch, of = info.get("epoch", epoch), info.get("epochs", of)
                if event == "held_out":
                    held[info.get("stage", "?")] = info.get("AP50")
                ap = "".join(f", held-out AP50 {stage} {value:.3f}" for stage, value in held.items() if value is not None)
                yield (
                    f"Training on {len(data.examples)} images… epoch {epoch if epoch is not None else '?'}"
                    f" of {of if of is not None else '?'}, {time.monotonic() - started:.0f} s{ap}",
                    curve(),
                    gr.skip(),
                    gr.skip(),
                )
            thread.join()
            if "error" in outcome:
                gr.Warning(f"Fine-tuning failed: {outcome['error']}")
                yield f"Fine-tuning failed: {outcome['error']}", curve(), self.versions_table(), gr.skip()
                return
            result = outcome["result"]  # registered in the store by fine_tune_on_store
            self.service.slot.switch(result.detector)
            from gridclip.training.report import report_fine_tune

            ran = result.config or {}
            report = report_fine_tune(result, data.vocabulary.names)
            done = (f"Done: new version {result.detector.version[:12]} is now active ({len(data.examples)} images, "
                    f"{ran.get('epochs')} epochs at lr {ran.get('lr')})")
            gr.Info(f"{done}; {report.held_out}.")
            yield (report.markdown(done + "."), curve(), self.versions_table(),
                   gr.update(choices=self.version_choices(), value=result.detector.version))
        finally:
            self._running.release()

    def _training_data(self) -> Any:
        from gridclip.training.fine_tune import NoAcceptedBoxes, require_training_data, store_training_data

        try:
            return require_training_data(store_training_data(self.service.store))
        except NoAcceptedBoxes as exc:
            raise UserError(f"{exc} (in the Label tab)") from None

    def _train_in_thread(self, data, epochs: int, head_only: bool, messages: queue.Queue, outcome: dict) -> None:
        from gridclip.training.fine_tune import QUICK_FINE_TUNE, fine_tune_on_store

        # Epochs 0 (or less): chosen from the data (fit_to_data, QUICK_FINE_TUNE's target steps).
        settings = {**QUICK_FINE_TUNE, "head_only": head_only, **({"epochs": epochs} if epochs > 0 else {})}
        try:
            out_dir = Path(tempfile.mkdtemp(prefix="finetune-", dir=self._ensure_dir()))
            # Train a copy: the served model keeps labeling (and keeps its version) meanwhile.
            with self.service.slot.lock:
                student = copy.deepcopy(self.service.slot.detector)
            outcome["result"] = fine_tune_on_store(
                self.service.store, student, out_dir=out_dir, progress=messages.put, data=data, **settings,
            )
        except Exception as exc:  # reported to the person by the generator
            log.exception("fine-tuning failed")
            outcome["error"] = (str(exc).strip().splitlines() or [exc.__class__.__name__])[0]

    def _ensure_dir(self) -> Path:
        self.checkpoints_dir.mkdir(parents=True, exist_ok=True)
        return self.checkpoints_dir

    def versions_table(self) -> pd.DataFrame:
        """One row per model version: name, version, parent, metrics, checkpoint, active mark."""
        import pandas as pd

        active = self.service.model_version
        rows = []
        for v in self.service.store.model_versions():
            metrics = v.get("metrics") or {}
            rows.append(
                {
                    "active": "●" if v["version"] == active else "",
                    "name": v["name"],
                    "version": v["version"][:16],
                    "parent": (v.get("parent") or "")[:16],
                    "metrics": ", ".join(f"{k}={_short(val)}" for k, val in metrics.items()),
                    "checkpoint": (v.get("config") or {}).get("checkpoint_dir", ""),
                }
            )
        return pd.DataFrame(rows, columns=["active", "name", "version", "parent", "metrics", "checkpoint"])

    def version_choices(self) -> list[tuple[str, str]]:
        """Versions that can be activated: the active one and those with a checkpoint on disk."""
        active = self.service.model_version
        choices = []
        for v in self.service.store.model_versions():
            checkpoint = (v.get("config") or {}).get("checkpoint_dir")
            source = (v.get("config") or {}).get("source")
            if v["version"] == active or source or (checkpoint and Path(checkpoint).is_dir()):
                choices.append((f"{v['name']} · {v['version'][:12]}", v["version"]))
        return choices

    @user_facing(2)
    def activate(self, version: str | None) -> tuple[str, pd.DataFrame]:
        """Make a stored version the model of every tab."""
        from gridclip import load_detector

        if not version:
            raise UserError("pick a version to activate")
        if version == self.service.model_version:
            return "That version is already active.", self.versions_table()
        match = [v for v in self.service.store.model_versions() if v["version"] == version]
        config = (match[0].get("config") or {}) if match else {}
        checkpoint, source = config.get("checkpoint_dir"), config.get("source")
        # A person who chose --no-int8 keeps fp32 on every version; otherwise int8 where it runs.
        int8 = None if self.service.slot.detector.int8_static else False
        if checkpoint and Path(checkpoint).is_dir():
            detector = load_detector(checkpoint, int8_static=int8)
        elif source:
            detector = load_detector(source, int8_static=int8)
        else:
            raise UserError(f"version {version[:12]} has no checkpoint on this machine to load")
        if detector.version != version:
            raise UserError(f"{checkpoint or source} now holds another model than version {version[:12]}; not switched")
        self.service.slot.switch(detector)
        note = f"Active model: {detector.name} ({detector.version[:12]})"
        gr.Info(note)
        return note, self.versions_table()


class ExportJob:
    """The labels as a download (COCO JSON, or a zipped YOLO / Pascal VOC folder) and the per-class chart."""

    def __init__(self, service: LabelingService, export_dir: Path) -> None:
        self.service = service
        self.export_dir = export_dir

    @user_facing(2)
    def export(self, include_rejected: bool, format: str = "coco") -> tuple[str, str]:
        """Write the export; returns (file path for download, summary line)."""
        from storage.export_formats import DatasetFormatError, export_dataset, zip_folder

        self.export_dir.mkdir(parents=True, exist_ok=True)
        stamp, again = time.strftime("%Y%m%d-%H%M%S"), 1
        name = lambda: f"labels-{stamp}{'' if again == 1 else f'-{again}'}"  # noqa: E731
        while any(self.export_dir.glob(name() + ".*")) or (self.export_dir / f"{name()}-{format}").exists():
            again += 1  # two exports in one second
        out = self.export_dir / (f"{name()}.coco.json" if format == "coco" else f"{name()}-{format}")
        try:
            report = export_dataset(self.service.store, out, format,  # type: ignore[arg-type]
                                    status="all" if include_rejected else "accepted")
        except DatasetFormatError as exc:
            raise UserError(str(exc)) from None
        download = out if format == "coco" else zip_folder(out)
        left_out = self.service.store.counts()["images"] - report.images
        return str(download), (f"Exported {report.images} image(s), {report.annotations} box(es), "
                               f"{report.categories} class(es) as {format.upper()}: `{download.name}`"
                               + (f"; {left_out} picture(s) with no decision yet (or tagged, not boxed) left out"
                                  if left_out else ""))

    @user_facing(1)
    def chart(self) -> Figure:
        return stats_figure(self.service.store.stats())


def loss_point(step_event: dict[str, Any]) -> dict[str, float]:
    """One point of the loss plot from the trainer's step event: x in epochs, the epoch's
    fraction done included, so 3 on the axis is the end of the third epoch.

    >>> loss_point({"event": "step", "epoch": 2, "epochs": 3, "step": 1, "steps": 4, "loss": 0.5})
    {'epoch': 1.25, 'loss': 0.5}
    """
    done = float(step_event["step"]) / float(step_event["steps"])
    return {"epoch": float(step_event["epoch"]) - 1 + done, "loss": float(step_event["loss"])}


def stats_figure(stats: list) -> Figure:
    """A grouped bar chart: predicted / accepted / rejected boxes per class."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(max(5.0, 0.9 * len(stats) + 2), 3.6), dpi=100)
    axes = figure.add_subplot()
    names = [s.name for s in stats]
    width = 0.27
    for offset, (field, colour) in enumerate(
        (("predicted", "#f59e0b"), ("accepted", "#16a34a"), ("rejected", "#dc2626"))
    ):
        xs = [i + (offset - 1) * width for i in range(len(stats))]
        axes.bar(xs, [getattr(s, field) for s in stats], width, label=field, color=colour)
    axes.set_xticks(range(len(stats)), names, rotation=30 if len(stats) > 6 else 0, ha="right" if len(stats) > 6 else "center")
    axes.set_ylabel("boxes")
    axes.legend(loc="upper right")
    if not stats:
        axes.text(0.5, 0.5, "no classes yet", ha="center", va="center", transform=axes.transAxes)
    figure.tight_layout()
    return figure


def _short(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)
