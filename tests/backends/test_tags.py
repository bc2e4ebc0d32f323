"""Label Studio ``<Choices>`` / ``<Taxonomy>`` as image-level tags: parsed from the labeling
config, stored through the webhook and ``ls-pull``, and a project whose people only pick
choices (no boxes) still gives the store training data."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from backends.images import LabelStudioAccess
from backends.label_config import parse_label_config
from backends.learning import AnnotationSync
from backends.predictor import annotation_tags
from backends.sdk_jobs import pull
from gridclip.training.data import TagExample
from gridclip.training.fine_tune import store_training_data
from storage import Store
from tests.backends.test_server import images, make_client, png_data_uri, rect, store, tiny_detector  # noqa: F401  (fixtures)
from tests.backends.test_webhook_integrity import BOXES

TAG_CONFIG = f"""<View>
{BOXES}  <Choices name="seen" toName="image" choice="multiple">
    <Choice value="red square" alias="red"/>
    <Choice value="blue circle"/>
    <Choice value="green star"/>
  </Choices>
  <Taxonomy name="kinds" toName="image">
    <Choice value="shapes">
      <Choice value="yellow triangle"/>
    </Choice>
  </Taxonomy>
</View>"""


def choices(labels: list[str]) -> dict[str, Any]:
    return {"id": "c1", "from_name": "seen", "to_name": "image", "type": "choices", "value": {"choices": labels}}


def taxonomy(paths: list[list[str]]) -> dict[str, Any]:
    return {"id": "t1", "from_name": "kinds", "to_name": "image", "type": "taxonomy", "value": {"taxonomy": paths}}


def event(action: str, annotation_id: int, result: list[dict[str, Any]], config: str = TAG_CONFIG) -> dict[str, Any]:
    return {
        "action": action,
        "project": {"id": 7, "label_config": config},
        "task": {"id": 99, "data": {"image": png_data_uri()}},
        "annotation": {"id": annotation_id, "task": 99, "result": result, "completed_by": 3, "was_cancelled": False},
    }


def tags_of(the_store: Store) -> list[tuple[str, bool, str]]:
    (image,) = the_store.list_images()
    return [(t.class_name, t.present, t.source) for t in the_store.tags(image.id)]


def test_choices_and_taxonomy_controls_are_tag_classes() -> None:
    config = parse_label_config(TAG_CONFIG)
    seen, kinds = config.tag_controls
    assert (seen.kind, seen.class_names, seen.output_labels_) == (
        "choices", ("red square", "blue circle", "green star"), ("red", "blue circle", "green star"))
    assert (kinds.kind, kinds.class_names) == ("taxonomy", ("shapes", "yellow triangle"))
    picked = annotation_tags([choices(["red", "green star"]), taxonomy([["shapes", "yellow triangle"]]),
                              choices(["not in the config"])], config)
    assert picked == ["red square", "green star", "yellow triangle"]
    # A box-only config has none, and picks nothing.
    plain = parse_label_config(TAG_CONFIG.split("<Choices")[0] + "</View>")
    assert plain.tag_controls == () and annotation_tags([choices(["red"])], plain) == []


def test_a_project_with_choices_and_no_boxes_teaches_through_the_webhook(tiny_detector, images, store: Store,  # noqa: F811
                                                                        tmp_path: Path) -> None:
    client = make_client(tiny_detector, images, store, tmp_path)
    response = client.post("/webhook", json=event("ANNOTATION_CREATED", 41, [choices(["red", "blue circle"])]))
    assert response.status_code == 200 and response.json()["boxes"] == 0
    assert tags_of(store) == [("red square", True, "label-studio"), ("blue circle", True, "label-studio")]
    (image,) = store.list_images()
    store.add_tags(image.id, ["green star"], source="manual")  # ticked in the app

    # The person changes the picks: Label Studio's tags follow, the app's tag stays.
    client.post("/webhook", json=event("ANNOTATION_UPDATED", 41, [taxonomy([["shapes", "yellow triangle"]])]))
    assert sorted(tags_of(store)) == [("green star", True, "manual"), ("yellow triangle", True, "label-studio")]

    data = store_training_data(store)  # no box anywhere, and still something to train on
    assert [type(e) for e in data.examples] == [TagExample]
    assert [data.vocabulary.names[i] for i in data.examples[0].present] == ["green star", "yellow triangle"]


def test_a_box_only_project_leaves_tags_alone(tiny_detector, images, store: Store, tmp_path: Path) -> None:  # noqa: F811
    client = make_client(tiny_detector, images, store, tmp_path)
    box_only = TAG_CONFIG.split("<Choices")[0] + "</View>"
    client.post("/webhook", json=event("ANNOTATION_CREATED", 5, [rect("r", 0, 0, 10, 10, "red")], config=box_only))
    (image,) = store.list_images()
    store.add_tags(image.id, ["green star"])
    client.post("/webhook", json=event("ANNOTATION_UPDATED", 5, [rect("r", 0, 0, 20, 10, "red")], config=box_only))
    assert tags_of(store) == [("green star", True, "manual")]


def test_ls_pull_brings_the_tags_in(store: Store, tmp_path: Path) -> None:  # noqa: F811
    tasks = [{"id": 99, "data": {"image": png_data_uri()},
              "annotations": [{"id": 41, "result": [choices(["blue circle"])], "completed_by": {"id": 3, "email": "a@b.c"}}]}]
    client = SimpleNamespace(projects=SimpleNamespace(get=lambda id: SimpleNamespace(label_config=TAG_CONFIG)),
                             tasks=SimpleNamespace(list=lambda **kwargs: iter(tasks)))
    sync = AnnotationSync(store, tmp_path / "ls-images")
    report = pull(client, LabelStudioAccess("http://ls.invalid", "key"), 7, sync, progress=False)  # type: ignore[arg-type]
    assert report.failed == [] and report.annotations == 1
    (image,) = store.list_images()
    assert [(t.class_name, t.source, t.annotator) for t in store.tags(image.id)] == [("blue circle", "label-studio", "a@b.c")]


def test_deleting_an_annotation_takes_only_the_tags_it_picked(tiny_detector, images, store: Store,  # noqa: F811
                                                              tmp_path: Path) -> None:
    """The rule (backends/learning.py, storage/tags.py): a class stays a Label Studio tag of the
    picture while any of the picture's Label Studio annotations picks it; app and imported tags
    never go with a Label Studio annotation."""
    client = make_client(tiny_detector, images, store, tmp_path)
    client.post("/webhook", json=event("ANNOTATION_CREATED", 41, [choices(["red", "blue circle"])]))  # one person picks
    (image,) = store.list_images()
    store.add_tags(image.id, ["green star"], source="manual")  # ticked in the app
    # Another person boxes the same task and picks nothing: the first one's tags stay.
    client.post("/webhook", json=event("ANNOTATION_CREATED", 42, [rect("r", 0, 0, 10, 10, "red")]))
    expected = [("red square", True, "label-studio"), ("blue circle", True, "label-studio"), ("green star", True, "manual")]
    assert sorted(tags_of(store)) == sorted(expected)

    # Deleting the box annotation takes its box, not the picture's tags.
    response = client.post("/webhook", json={"action": "ANNOTATIONS_DELETED", "project": {"id": 7}, "annotations": [{"id": 42}]})
    assert response.status_code == 200 and response.json()["boxes_removed"] == 1
    assert store.annotations(image.id).is_empty() and sorted(tags_of(store)) == sorted(expected)

    # A third annotation picks blue circle too, with a box: deleting the first keeps blue circle.
    client.post("/webhook", json=event("ANNOTATION_CREATED", 43, [choices(["blue circle"]), rect("r", 0, 0, 10, 10, "red")]))
    client.post("/webhook", json={"action": "ANNOTATIONS_DELETED", "project": {"id": 7}, "annotations": [{"id": 41}]})
    assert sorted(tags_of(store)) == [("blue circle", True, "label-studio"), ("green star", True, "manual")]

    # Deleting the last annotation that picks it takes its tag (and its box) away; the app's tag stays.
    client.post("/webhook", json={"action": "ANNOTATIONS_DELETED", "project": {"id": 7}, "annotations": [{"id": 43}]})
    assert tags_of(store) == [("green star", True, "manual")] and store.annotations(image.id).is_empty()


def test_ls_pull_drops_the_tags_of_annotations_deleted_meanwhile(store: Store, tmp_path: Path) -> None:  # noqa: F811
    tasks = [{"id": 99, "data": {"image": png_data_uri()},
              "annotations": [{"id": 41, "result": [choices(["blue circle"])], "completed_by": 3},
                              {"id": 42, "result": [choices(["red"])], "completed_by": 4}]}]
    client = SimpleNamespace(projects=SimpleNamespace(get=lambda id: SimpleNamespace(label_config=TAG_CONFIG)),
                             tasks=SimpleNamespace(list=lambda **kwargs: iter(tasks)))
    sync = AnnotationSync(store, tmp_path / "ls-images")
    access = LabelStudioAccess("http://ls.invalid", "key")
    pull(client, access, 7, sync, progress=False)  # type: ignore[arg-type]
    assert sorted(tags_of(store)) == [("blue circle", True, "label-studio"), ("red square", True, "label-studio")]
    tasks[0]["annotations"] = tasks[0]["annotations"][:1]  # 42 was deleted while nobody listened
    report = pull(client, access, 7, sync, progress=False)  # type: ignore[arg-type]
    assert report.failed == [] and tags_of(store) == [("blue circle", True, "label-studio")]
