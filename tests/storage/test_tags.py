"""Image-level tags in the store (storage/tags.py): present / absent per class with provenance,
replaced as a whole by what a person ticks, and the training set's tag-only pictures; on SQLite
and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from gridclip.training.data import TagExample, TrainingExample
from gridclip.training.fine_tune import store_training_data
from storage import NotFound, Store
from tests.pg_server import postgres_server  # noqa: F401  (fixture)
from tests.storage.test_store import image_id, make_image, postgres_url, store  # noqa: F401  (fixtures)


def _tags(the_store: Store, image: int) -> list[tuple[str, bool, str, str | None]]:
    return [(t.class_name, t.present, t.source, t.annotator) for t in the_store.tags(image)]


def test_tags_round_trip_with_provenance(store: Store, image_id: int) -> None:  # noqa: F811
    ids = store.add_tags(image_id, ["forklift", "Pallet"], absent=["person"], annotator="ana")
    assert len(ids) == 3
    assert _tags(store, image_id) == [("forklift", True, "manual", "ana"), ("Pallet", True, "manual", "ana"),
                                      ("person", False, "manual", "ana")]
    # A later decision about a class replaces the earlier one (case-insensitive names), in place.
    assert store.add_tags(image_id, absent=["PALLET"], source="label-studio", annotator="bo") == [ids[1]]
    assert _tags(store, image_id)[1] == ("Pallet", False, "label-studio", "bo")  # present first, then by id
    assert store.remove_tags(image_id, ["person"]) == 1
    assert [t[0] for t in _tags(store, image_id)] == ["forklift", "Pallet"]
    assert store.remove_tags(image_id) == 2 and store.tags(image_id) == []
    assert store.count_tags() == 0


def test_set_tags_is_what_the_person_ticked_now(store: Store, image_id: int) -> None:  # noqa: F811
    store.set_tags(image_id, ["forklift", "pallet"])
    store.set_tags(image_id, ["pallet"], absent=["forklift"], annotator="ana")
    assert _tags(store, image_id) == [("pallet", True, "manual", "ana"), ("forklift", False, "manual", "ana")]
    store.set_tags(image_id, [])
    assert store.tags(image_id) == []


def test_bad_tags_write_nothing(store: Store, image_id: int) -> None:  # noqa: F811
    store.add_tags(image_id, ["forklift"])
    with pytest.raises(ValueError, match="tag list is empty"):
        store.add_tags(image_id, [], [])
    with pytest.raises(ValueError, match="both present and absent"):
        store.add_tags(image_id, ["pallet"], absent=[" Pallet"])
    with pytest.raises(ValueError, match="unknown tag source"):
        store.add_tags(image_id, ["pallet"], source="predicted")
    with pytest.raises(ValueError, match="list of class names"):
        store.add_tags(image_id, "pallet")  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        store.add_tags(image_id + 99, ["pallet"])
    with pytest.raises(ValueError, match="empty"):  # a blank class name: nothing of the call is written
        store.add_tags(image_id, ["pallet", "  "])
    assert _tags(store, image_id) == [("forklift", True, "manual", None)]
    assert [name for name, _ in store.categories()] == ["forklift"]


def test_training_set_carries_tag_only_pictures(store: Store, tmp_path: Path) -> None:  # noqa: F811
    for k, name in enumerate(("boxed", "tagged", "absent_only", "plain")):
        make_image(tmp_path / "imgs" / f"{name}.png", colour=(k * 60, 0, 0))  # distinct content, distinct images
    ids = {Path(store.get_image(i).relpath).stem: i for i in store.add_images(tmp_path / "imgs").added}
    store.add_annotation(ids["boxed"], (2, 2, 20, 20), "forklift")
    store.add_tags(ids["boxed"], ["pallet"])  # taught by its box: not a tag-only picture
    store.add_tags(ids["tagged"], ["pallet", "safety vest, yellow"], absent=["forklift"])
    store.add_tags(ids["absent_only"], absent=["pallet"])  # says nothing is there: nothing to align
    training = store.training_set()
    assert training.categories == ["forklift", "pallet", "safety vest, yellow"]
    assert len(training.examples) == 1
    (tag_example,) = training.tag_examples
    assert tag_example.image == store.get_image(ids["tagged"]).path
    assert tag_example.present == (1, 2) and tag_example.absent == (0,)

    data = store_training_data(store)
    assert [type(e) for e in data.examples] == [TrainingExample, TagExample]
    # Names are data: the comma in "safety vest, yellow" does not split the class.
    assert [c.name for c in data.vocabulary.classes] == training.categories
    assert data.examples[1].present == (1, 2) and data.examples[1].absent == (0,)


def test_a_store_with_only_tags_is_training_data(store: Store, image_id: int, tmp_path: Path) -> None:  # noqa: F811
    store.add_tags(image_id, ["pallet"])
    data = store_training_data(store)
    assert data.vocabulary is not None and [type(e) for e in data.examples] == [TagExample]


def test_deleting_an_image_deletes_its_tags(store: Store, image_id: int) -> None:  # noqa: F811
    store.add_tags(image_id, ["pallet"])
    from sqlalchemy import delete

    from storage.models import Image

    with store.write_transaction() as session:
        session.execute(delete(Image).where(Image.id == image_id))
    assert store.count_tags() == 0


def test_picked_tags_live_while_some_annotation_picks_them(store: Store, image_id: int) -> None:  # noqa: F811
    store.add_tags(image_id, ["person"], annotator="ana")  # ticked in the app
    store.set_external_tags(image_id, "ls:7:41:", ["forklift", "person"], annotator="bo")
    store.set_external_tags(image_id, "ls:7:42:", ["Forklift", "pallet"], annotator="cy")
    assert _tags(store, image_id) == [("person", True, "manual", "ana"), ("forklift", True, "label-studio", "bo"),
                                      ("pallet", True, "label-studio", "cy")]
    assert store.external_tag_ids("ls:7:") == ["ls:7:41:", "ls:7:42:"]
    # 41 picks again without forklift: 42 still picks it, so it stays.
    store.set_external_tags(image_id, "ls:7:41:", ["person"], annotator="bo")
    assert [t.class_name for t in store.tags(image_id)] == ["person", "forklift", "pallet"]
    # Deleting 42 takes the tags only it picked; the app's tag never goes with a pick.
    assert store.delete_external_tags(["ls:7:42:"]) == 2
    assert _tags(store, image_id) == [("person", True, "manual", "ana")]
    assert store.delete_external_tags(["ls:7:41:"]) == 0
    assert _tags(store, image_id) == [("person", True, "manual", "ana")] and store.external_tag_ids() == []
    with pytest.raises(NotFound):
        store.set_external_tags(10_000, "ls:7:43:", ["pallet"])
