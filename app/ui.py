"""The Gradio page: Label, Batch, Train and Export tabs, wired to a store and a detector.

``build_app`` takes objects, not paths, so tests can hand it a temporary store and a tiny
detector; ``gridclip app`` (``app/commands_app.py``) builds the real ones. Every event has an
``api_name``, so the whole flow is scriptable with ``gradio_client``.

>>> # demo = build_app(Store.open("labels.db"), load_detector("demo"), data_dir=folder)
>>> # launch(demo, folder, server_name="127.0.0.1", server_port=7860)
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from app.canvas import Canvas
from app.label_handlers import LabelHandlers, TabState
from app.page_notes import PageNotes
from app.session import QUEUE_ORDERS, LabelingService, ModelSlot
from app.tab_jobs import BatchJob, ExportJob, TrainJob
from app.tag_handlers import TAG_KEYS, TagHandlers
from app.vocab_handlers import VocabularyHandlers

if TYPE_CHECKING:
    from gridclip.inference.detector import Detector
    from storage import Store

DEFAULT_VOCABULARY = "forklift, pallet | skid, person"

# Keyboard shortcuts click the buttons below. Keys the canvas uses itself (C create, D drag,
# E edit label, Delete, Space) are left alone; nothing fires while typing in a text field.
SHORTCUTS = {
    "p": "btn-prelabel",
    "f": "btn-find-similar",
    "a": "btn-accept-all",
    "s": "btn-accept-selected",
    "r": "btn-reject",
    "n": "btn-next",
    "arrowright": "btn-next",
    "b": "btn-previous",
    "arrowleft": "btn-previous",
    "u": "btn-next-unlabeled",
}

SHORTCUTS_HEAD = (
    "<script>\n"
    "(() => {\n"
    f"  const keys = {{{', '.join(f'{k!r}: {v!r}' for k, v in SHORTCUTS.items())}}};\n"
    "  let tagPresses = 0;\n"
    "  document.addEventListener('keydown', (event) => {\n"
    "    if (event.ctrlKey || event.metaKey || event.altKey) return;\n"
    "    const target = event.target;\n"
    "    const tag = (target && target.tagName || '').toLowerCase();\n"
    "    if (tag === 'input' || tag === 'textarea' || tag === 'select' || (target && target.isContentEditable)) return;\n"
    # Digits toggle the picture's tag of class 1-9, Shift+digits its "not in this picture" tag,
    # saved at once: the key goes to the server through a hidden box and button (the tag
    # controls are multi-selects, which a script cannot tick). event.code: Shift+1 is "!" as a
    # key; the counter makes every press a new value.
    f"    if (event.code && event.code.startsWith('Digit') && {TAG_KEYS!r}.includes(event.code.slice(5))) {{\n"
    "      const box = document.querySelector('#tag-key textarea, #tag-key input');\n"
    "      const button = document.getElementById('btn-tag-key');\n"
    "      if (!box || !button) return;\n"
    "      event.preventDefault();\n"
    "      box.value = (event.shiftKey ? '-' : '+') + event.code.slice(5) + ':' + (++tagPresses);\n"
    "      box.dispatchEvent(new Event('input', { bubbles: true }));\n"
    "      button.click();\n"
    "      return;\n"
    "    }\n"
    "    const id = keys[event.key.toLowerCase()];\n"
    "    if (!id) return;\n"
    "    const button = document.getElementById(id);\n"
    "    if (!button || button.offsetParent === null) return;\n"
    "    event.preventDefault();\n"
    "    button.click();\n"
    "  });\n"
    "})();\n"
    "</script>"
)

CSS = """
#status { min-height: 3em; }
#tag-key, #btn-tag-key { display: none !important; }
.shortcut-help { font-size: 0.85em; opacity: 0.8; }
"""

HELP = (
    "**Shortcuts** (outside text fields): **P** pre-label · **F** find similar (to the box drawn last, or the"
    " one proposal ticked) · **A** accept all · **S** accept selected ·"
    " **R** reject · **N**/→ next · **B**/← previous · **U** next unlabeled · **1**–**9** tag the picture"
    " with class 1–9, **Shift+1**–**9** mark it absent (no box needed; fine-tuning learns from tags too)."
    " The canvas's keys need no click on it: **C** draw a box, **D** move/resize, **E** relabel,"
    " **Delete** remove, **Ctrl+Z** / **Ctrl+Y** undo / redo, wheel or **+**/**−** zoom, **0** fit; drag an"
    " empty spot (or Alt-drag) to pan. A box has its class's colour; the badge on its label is its state:"
    " amber **P**, dashed = proposed by the model (with its score), green **✓** = accepted, blue **+** ="
    " drawn or changed by you (saved on Accept)."
)


def export_folder(data_dir: Path) -> Path:
    """Where the Export tab writes the files it offers for download."""
    return data_dir / "exports"


def launch(demo: gr.Blocks, data_dir: Path, **options: Any) -> Any:
    """Serve ``demo`` (built with ``data_dir``) as ``gridclip app`` does; ``options`` go to
    ``Blocks.launch`` (host, port, auth, ``prevent_thread_lock``...).

    Gradio serves files only from the working folder, the temp folder and ``allowed_paths``: the
    export folder is allowed so downloads work from the user data dir too (never the whole data
    dir, which holds the database). Gradio 6 takes head and css here."""
    _quiet_component_file_log()
    return demo.queue(default_concurrency_limit=4).launch(
        head=SHORTCUTS_HEAD, css=CSS, show_error=False, allowed_paths=[str(export_folder(Path(data_dir)))], **options
    )


def _quiet_component_file_log() -> None:
    """Gradio prints ``id=..., environment=client, type=component, file_name=style.css`` for
    every file of a custom component it serves (the canvas: five per page load) with a bare
    ``print`` in ``gradio.routes``; that module's ``print`` is shadowed to drop just those lines."""
    import builtins
    import re

    import gradio.routes

    component_file = re.compile(r"id=\S+, environment=\S+, type=\S+, file_name=\S+$")

    def print_but_component_files(*values: Any, **options: Any) -> None:
        if len(values) == 1 and isinstance(values[0], str) and component_file.match(values[0]):
            return
        builtins.print(*values, **options)

    gradio.routes.print = print_but_component_files  # type: ignore[attr-defined]


def build_app(
    store: Store,
    detector: Detector,
    *,
    data_dir: Path | None = None,
    default_vocabulary: str = DEFAULT_VOCABULARY,
    default_threshold: float = 0.3,
    service: LabelingService | None = None,
    model_source: str | None = None,
    images_folder: Path | None = None,
) -> gr.Blocks:
    """The app on ``store`` with ``detector`` as the starting model.

    ``data_dir`` keeps uploads, exports and fine-tuned checkpoints (a temporary folder if None);
    ``model_source`` (e.g. ``"demo"``) lets the Train tab switch back to the starting model.
    The page opens with the vocabulary last used on ``images_folder``'s pictures, else in the
    store, else ``default_vocabulary``.
    """
    data_dir = Path(data_dir) if data_dir is not None else Path(tempfile.mkdtemp(prefix="gridclip-app-"))
    service = service or LabelingService(store, ModelSlot(detector))
    service.ensure_model_registered(model_source)  # so the versions list names the starting model
    label = LabelHandlers(service, upload_dir=data_dir / "uploads")
    tagging = TagHandlers(service)
    notes = PageNotes(service)
    vocabs = VocabularyHandlers(service, default_vocabulary, images_folder)
    default_vocabulary = vocabs.opening_text()
    batch = BatchJob(service)
    training = TrainJob(service, checkpoints_dir=data_dir / "checkpoints")
    exporting = ExportJob(service, export_dir=export_folder(data_dir))

    with gr.Blocks(title="GridCLIP Studio") as demo:
        state = gr.State(TabState())
        gr.Markdown("## GridCLIP Studio — type words, get boxes, accept, fine-tune, export")
        with gr.Tabs():
            with gr.Tab("Label", id="label"):
                with gr.Row():
                    with gr.Column(scale=3):
                        canvas = Canvas(
                            label_list=[n.strip() for n in default_vocabulary.split(",")][:1] or ["object"],
                            label_colors=["#2563eb"],
                            sources=[],
                            image_type="filepath",
                            show_label=False,
                            show_clear_button=False,
                            show_remove_button=True,
                            use_default_label=True,
                            boxes_alpha=0.15,
                            box_min_size=4,
                            height=520,  # the picture is fitted into this height and the width
                            elem_id="canvas",
                        )
                        status = gr.Markdown("Loading…", elem_id="status")
                        hint = gr.Markdown("", elem_id="hint")
                        # Under the canvas, not at the foot of the side column (700 px down at 1440×900).
                        detections = gr.CheckboxGroup(choices=[], label="Proposals (tick to accept/reject some)",
                                                      elem_id="detections")
                        gr.Markdown(HELP, elem_classes=["shortcut-help"])
                    with gr.Column(scale=1, min_width=280):
                        vocab = gr.Textbox(
                            value=default_vocabulary,
                            label="Vocabulary (classes by commas, synonyms after |)",
                            placeholder="forklift, pallet | skid",
                            lines=1,
                            max_lines=5,  # a long list scrolls instead of pushing the controls down
                            elem_id="vocab",
                        )
                        vocab_note = gr.Markdown("", elem_id="vocab-note")
                        recent = gr.Dropdown(choices=[], value=None, label="Recent vocabularies", elem_id="recent-vocab",
                                             interactive=True)
                        threshold = gr.Slider(0.0, 1.0, value=default_threshold, step=0.01, label="Score threshold", elem_id="threshold")
                        nms_iou = gr.Slider(0.05, 1.0, value=0.5, step=0.05, label="NMS IoU", elem_id="nms-iou")
                        agnostic = gr.Checkbox(False, label="Class-agnostic NMS", elem_id="agnostic")
                        use_exemplars = gr.Checkbox(
                            True, label="Exemplars: blend each class's accepted boxes into its text (untick: text only)",
                            elem_id="use-exemplars")
                        with gr.Row():
                            prelabel_btn = gr.Button("Pre-label [P]", variant="primary", min_width=100, elem_id="btn-prelabel")
                            accept_btn = gr.Button("Accept all [A]", variant="primary", min_width=100, elem_id="btn-accept-all")
                        with gr.Row():
                            similar_btn = gr.Button("Find similar [F]", min_width=100, elem_id="btn-find-similar")
                            forget_btn = gr.Button("Forget example", min_width=100, elem_id="btn-forget-similar")
                        with gr.Row():
                            accept_sel_btn = gr.Button("Accept selected [S]", min_width=100, elem_id="btn-accept-selected")
                            reject_btn = gr.Button("Reject [R]", variant="stop", min_width=100, elem_id="btn-reject")
                        with gr.Row():
                            prev_btn = gr.Button("◀ Previous [B]", min_width=100, elem_id="btn-previous")
                            next_btn = gr.Button("Next [N] ▶", min_width=100, elem_id="btn-next")
                        next_unlabeled_btn = gr.Button("Next unlabeled [U]", min_width=100, elem_id="btn-next-unlabeled")
                        order = gr.Dropdown(
                            choices=[
                                ("in order", "order"),
                                ("no decisions yet", "unlabeled"),
                                ("most uncertain first", "uncertainty"),
                            ],
                            value=QUEUE_ORDERS[0],
                            label="Queue",
                            elem_id="order",
                        )
                        # Multi-selects, not checkbox lists: with 48 classes two lists made the page 3,700 px tall.
                        tags = gr.Dropdown(choices=tagging.choices(default_vocabulary), value=[], multiselect=True,
                                           label="Tags: classes this picture shows [1-9]", elem_id="tags")
                        absent_tags = gr.Dropdown(choices=tagging.choices(default_vocabulary), value=[], multiselect=True,
                                                  label="Not in this picture [Shift+1-9]", elem_id="tags-absent")
                        tag_key = gr.Textbox("", show_label=False, container=False, elem_id="tag-key")
                        tag_key_btn = gr.Button("tag key", elem_id="btn-tag-key")
                        uploads = gr.File(file_count="multiple", label="Add images", elem_id="upload", height=120)

            with gr.Tab("Batch", id="batch"):
                gr.Markdown(
                    "Pre-label many images with the vocabulary, thresholds and exemplars of the Label tab (its"
                    " *Exemplars* switch, and its **Find similar** example if one is in force). Each image is"
                    " saved as soon as it is done; a run started again skips what is already done."
                )
                with gr.Row():
                    image_filter = gr.Dropdown(
                        choices=[("not yet pre-labeled", "unpredicted"), ("without decisions", "unlabeled"), ("all", "all")],
                        value="unpredicted",
                        label="Images",
                    )
                    batch_size = gr.Number(value=4, precision=0, minimum=1, maximum=64, label="Batch size")
                with gr.Row():
                    batch_btn = gr.Button("Pre-label images", variant="primary", elem_id="btn-batch")
                    cancel_btn = gr.Button("Cancel", variant="stop", elem_id="btn-cancel-batch")
                batch_out = gr.Markdown(elem_id="batch-status")

            with gr.Tab("Train", id="train"):
                gr.Markdown("Fine-tune the active model on every accepted box. Head-only keeps the CLIP backbone frozen"
                            " (fast on CPU). Epochs 0: chosen from the number of pictures. Pictures marked held-out"
                            " (val/test; else one in ten once there are 30) are not trained on: the model is scored"
                            " on them before and after.")
                from gridclip.training.fine_tune import QUICK_FINE_TUNE  # START_TRAINING runs the same

                with gr.Row():
                    epochs = gr.Number(value=0, precision=0, minimum=0, maximum=200, label="Epochs (0: from the data)")
                    head_only = gr.Checkbox(QUICK_FINE_TUNE["head_only"], label="Head only")
                    train_btn = gr.Button("Fine-tune", variant="primary", elem_id="btn-train")
                train_status = gr.Markdown()
                loss_plot = gr.LinePlot(x="epoch", y="loss", x_title="epoch", title="Training loss", height=260)
                versions = gr.Dataframe(label="Model versions", interactive=False, elem_id="versions")
                with gr.Row():
                    version_pick = gr.Dropdown(choices=[], label="Version")
                    activate_btn = gr.Button("Make active", elem_id="btn-activate")
                activate_status = gr.Markdown()

            with gr.Tab("Export", id="export", elem_id="tab-export") as export_tab:
                with gr.Row():
                    export_format = gr.Dropdown(
                        choices=[("COCO (JSON)", "coco"), ("YOLO (zip: images, labels, data.yaml)", "yolo"),
                                 ("Pascal VOC (zip: images, Annotations)", "voc")],
                        value="coco", label="Format", elem_id="export-format")
                    include_rejected = gr.Checkbox(False, label="Include rejected boxes (COCO only)")
                    export_btn = gr.Button("Export", variant="primary", elem_id="btn-export")
                export_file = gr.File(label="Download", elem_id="export-file")
                export_status = gr.Markdown()
                stats_btn = gr.Button("Refresh chart", elem_id="btn-stats")
                stats_plot = gr.Plot(label="Boxes per class")

        nav_inputs = [state, vocab, threshold, nms_iou, agnostic, order]
        model_inputs = [state, vocab, threshold, nms_iou, agnostic]
        view_outputs = [state, canvas, detections, status]

        # Whatever changes what the canvas shows then updates the note under the status line.
        def show_hint(event: gr.events.Dependency) -> gr.events.Dependency:
            event.then(notes.proposals, [state, threshold], hint, api_name=False)
            return event

        # Whatever changes the picture (or the vocabulary) then shows its tags.
        def show_tags(event: gr.events.Dependency) -> None:
            show_hint(event).then(tagging.view, [state, vocab], tags, api_name=False).then(
                tagging.view_absent, [state, vocab], absent_tags, api_name=False)

        restored = demo.load(vocabs.restore, None, [vocab, recent], api_name=False)
        show_tags(restored.then(label.load, nav_inputs, view_outputs, api_name="load"))
        # The canvas goes along (last, optional for API clients), so unsaved edits are kept or
        # asked about instead of being drawn over.
        show_tags(next_btn.click(label.next, nav_inputs + [canvas], view_outputs, api_name="next"))
        show_tags(prev_btn.click(label.previous, nav_inputs + [canvas], view_outputs, api_name="previous"))
        show_tags(next_unlabeled_btn.click(label.next_unlabeled, nav_inputs + [canvas], view_outputs,
                                           api_name="next_unlabeled"))
        show_tags(order.input(label.set_order, nav_inputs + [canvas], view_outputs, api_name="set_order"))
        # Ticking a class in one control takes it out of the other.
        # One queue for both (concurrency_id): key presses are saved in the order they were made.
        tags.input(tagging.save, [state, vocab, tags], tags, api_name="set_tags", concurrency_id="tags").then(
            tagging.view_absent, [state, vocab], absent_tags, api_name=False)
        absent_tags.input(tagging.save_absent, [state, vocab, absent_tags], absent_tags, api_name="set_absent_tags",
                          concurrency_id="tags").then(tagging.view, [state, vocab], tags, api_name=False)
        # Digit keys: one at a time, in the order pressed.
        tag_key_btn.click(tagging.toggle_key, [state, vocab, tag_key], [tags, absent_tags], api_name="tag_key",
                          concurrency_limit=1, concurrency_id="tag-keys", trigger_mode="multiple")
        tag_view_api = gr.Button(visible=False)  # API clients read the current picture's tags
        tag_view_api.click(tagging.view, [state, vocab], tags, api_name="tags")
        show_hint(prelabel_btn.click(label.prelabel, model_inputs + [use_exemplars], view_outputs, api_name="prelabel")
                  ).then(vocabs.remember_used, [state, vocab], recent, api_name=False)
        show_hint(similar_btn.click(label.find_similar, model_inputs + [use_exemplars, canvas, detections], view_outputs,
                                    api_name="find_similar"))
        forget_btn.click(label.forget_similar, [state, vocab], view_outputs, api_name="forget_similar")
        # Re-filtering uses the cached candidates only, so it can follow the controls live.
        show_hint(threshold.release(label.refilter, model_inputs + [canvas], view_outputs, api_name="refilter"))
        show_hint(nms_iou.release(label.refilter, model_inputs + [canvas], view_outputs, api_name=False))
        show_hint(agnostic.input(label.refilter, model_inputs + [canvas], view_outputs, api_name=False))
        # Enter (or a recent vocabulary picked) sets it, says so under the box and remembers it.
        def vocabulary_set(event: gr.events.Dependency) -> None:
            show_tags(event)
            event.then(vocabs.confirm, [state, vocab], [vocab_note, recent], api_name=False)

        vocabulary_set(vocab.submit(label.set_vocabulary, model_inputs, view_outputs, api_name="set_vocabulary"))
        vocabulary_set(recent.input(vocabs.pick, recent, vocab, api_name=False).then(
            label.set_vocabulary, model_inputs, view_outputs, api_name=False))
        show_hint(accept_btn.click(label.accept_all, model_inputs + [canvas], view_outputs, api_name="accept_all"))
        show_hint(accept_sel_btn.click(label.accept_selected, model_inputs + [canvas, detections], view_outputs,
                                       api_name="accept_selected"))
        show_hint(reject_btn.click(label.reject, model_inputs + [detections], view_outputs, api_name="reject"))
        show_tags(uploads.upload(label.upload, [state, uploads, vocab, threshold, nms_iou, agnostic], view_outputs,
                                 api_name="upload"))

        batch_btn.click(
            batch.run,
            [vocab, threshold, nms_iou, agnostic, image_filter, batch_size, use_exemplars, state],
            batch_out,
            api_name="batch",
            concurrency_id="batch",
        ).then(vocabs.remember_used, [state, vocab], recent, api_name=False)
        cancel_btn.click(batch.cancel, None, batch_out, api_name="cancel_batch", queue=False)

        train_btn.click(
            training.run, [epochs, head_only], [train_status, loss_plot, versions, version_pick], api_name="train"
        )
        activate_btn.click(training.activate, version_pick, [activate_status, versions], api_name="activate_version")
        demo.load(
            lambda: (training.versions_table(), gr.update(choices=training.version_choices(), value=service.model_version)),
            None,
            [versions, version_pick],
            api_name=False,
        )

        export_btn.click(exporting.export, [include_rejected, export_format], [export_file, export_status],
                         api_name="export")
        stats_btn.click(exporting.chart, None, stats_plot, api_name="stats")
        demo.load(exporting.chart, None, stats_plot, api_name=False)
        # Drawn at page load, the chart would still say "no classes yet" after a session of labeling.
        export_tab.select(exporting.chart, None, stats_plot, api_name=False)
    return demo
