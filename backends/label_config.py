"""What a Label Studio labeling config asks of the detector.

Every ``<Label>`` of every ``<RectangleLabels>`` control is one class. The label written into
results is the one Label Studio itself writes (the ``alias`` when set, else the ``value``);
the words the text tower sees are the ``value`` plus the comma-separated
``predicted_values`` synonyms. ``model_score_threshold`` on the control overrides the server's
default threshold; ``exemplars="false"`` on it scores its classes by their text alone (by
default the project's submitted boxes also act as exemplar prototypes: ``backends.exemplars``).

``<Choices>`` and ``<Taxonomy>`` controls on the same image are image-level tags: every
``<Choice>`` (at any depth of a taxonomy) is a class, and what a person picks becomes the
picture's tags in the store (no box needed), which fine-tuning learns from. The backend still
needs a ``<RectangleLabels>`` control: it predicts boxes.

>>> config = parse_label_config('''
... <View>
...   <Image name="img" value="$image"/>
...   <RectangleLabels name="box" toName="img" model_score_threshold="0.4">
...     <Label value="Car" predicted_values="jeep,cab"/>
...     <Label value="Person" alias="P"/>
...   </RectangleLabels>
... </View>''')
>>> control = config.controls[0]
>>> control.name, control.to_name, control.image_key, control.score_threshold
('box', 'img', 'image', 0.4)
>>> control.output_labels
['Car', 'P']
>>> control.vocabulary.to_text()
'Car | jeep | cab, Person'
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache

from label_studio_sdk.label_interface import LabelInterface

from gridclip.vocabulary import Vocabulary, VocabularyError


class LabelConfigError(ValueError):
    """A labeling config this backend cannot serve (no RectangleLabels, broken XML, ...)."""


@dataclass(frozen=True)
class RectangleControl:
    """One ``<RectangleLabels>`` control and the ``<Image>`` it draws on."""

    name: str
    to_name: str
    image_key: str
    class_names: tuple[str, ...]
    output_labels_: tuple[str, ...]
    synonyms: tuple[tuple[str, ...], ...]
    score_threshold: float | None
    exemplars: bool = True  # blend the project's submitted boxes into the classes (``exemplars="false"``: text only)

    @property
    def output_labels(self) -> list[str]:
        """The exact strings Label Studio expects in ``rectanglelabels``, by class id."""
        return list(self.output_labels_)

    @property
    def vocabulary(self) -> Vocabulary:
        return Vocabulary.from_names((name, *syn) for name, syn in zip(self.class_names, self.synonyms))

    def class_id_of_label(self, label: str) -> int:
        """The class id of a label as Label Studio writes it (alias or value).

        >>> c = RectangleControl("b", "i", "image", ("Car",), ("C",), ((),), None)
        >>> c.class_id_of_label("C"), c.class_id_of_label("Car")
        (0, 0)
        """
        for i, (out, name) in enumerate(zip(self.output_labels_, self.class_names)):
            if label in (out, name):
                return i
        raise KeyError(label)


@dataclass(frozen=True)
class TagControl:
    """One ``<Choices>`` or ``<Taxonomy>`` control on an image: each choice a class.
    ``class_names[i]`` is the ``value``, ``output_labels_[i]`` what Label Studio writes (``alias``
    or ``value``)."""

    name: str
    to_name: str
    kind: str  # "choices" | "taxonomy"
    class_names: tuple[str, ...]
    output_labels_: tuple[str, ...]

    def class_name_of_label(self, label: str) -> str:
        """The class a picked label stands for (alias or value).

        >>> TagControl("t", "i", "choices", ("Forklift",), ("F",), ).class_name_of_label("F")
        'Forklift'
        """
        for out, name in zip(self.output_labels_, self.class_names):
            if label in (out, name):
                return name
        raise KeyError(label)


@dataclass(frozen=True)
class LabelConfig:
    controls: tuple[RectangleControl, ...]
    tag_controls: tuple[TagControl, ...] = ()

    def control(self, name: str) -> RectangleControl:
        for c in self.controls:
            if c.name == name:
                return c
        raise KeyError(name)


def _split_synonyms(text: str | None) -> tuple[str, ...]:
    words = [" ".join(w.split()) for w in (text or "").split(",")]
    return tuple(dict.fromkeys(w for w in words if w))


_TRUE, _FALSE = ("true", "yes", "on", "1"), ("false", "no", "off", "0")


def _parse_switch(control_name: str, attribute: str, text: str | None, default: bool = True) -> bool:
    """An on/off attribute (``true``/``false``, ``yes``/``no``, ``on``/``off``, ``1``/``0``).

    >>> _parse_switch("b", "exemplars", None), _parse_switch("b", "exemplars", " Off ")
    (True, False)
    """
    if text is None or text.strip() == "":
        return default
    word = text.strip().lower()
    if word in _TRUE or word in _FALSE:
        return word in _TRUE
    raise LabelConfigError(f"RectangleLabels {control_name!r}: {attribute}={text!r} is not true or false")


def _parse_threshold(control_name: str, text: str | None) -> float | None:
    if text is None or text.strip() == "":
        return None
    try:
        value = float(text)
    except ValueError:
        raise LabelConfigError(
            f"RectangleLabels {control_name!r}: model_score_threshold={text!r} is not a number"
        ) from None
    if not 0.0 <= value <= 1.0:
        raise LabelConfigError(f"RectangleLabels {control_name!r}: model_score_threshold={value} is outside [0, 1]")
    return value


def parse_label_config(xml: str) -> LabelConfig:
    """Parse a labeling config; raise ``LabelConfigError`` when it has nothing to predict."""
    if not isinstance(xml, str):  # checked before the cache, which needs a hashable key
        raise LabelConfigError(f"the labeling config must be XML text, got {type(xml).__name__}")
    return _parse_label_config(xml)


@lru_cache(maxsize=64)
def _parse_label_config(xml: str) -> LabelConfig:
    if not xml.strip():
        raise LabelConfigError("the labeling config is empty")
    try:
        ET.fromstring(xml)
        interface = LabelInterface(xml)
    except Exception as exc:  # the SDK raises several types for broken XML
        raise LabelConfigError(f"the labeling config is not valid XML: {exc}") from None

    images = {tag.name: tag for tag in interface.objects if tag.tag.lower() == "image"}
    controls: list[RectangleControl] = []
    for tag in interface.controls:
        if tag.tag.lower() != "rectanglelabels":
            continue
        targets = [name for name in tag.to_name if name in images]
        if not targets:
            raise LabelConfigError(f"RectangleLabels {tag.name!r} points at {tag.to_name}, which is no <Image> tag")
        image_value = images[targets[0]].value or ""
        if not image_value.startswith("$") or len(image_value) < 2:
            raise LabelConfigError(f"<Image name={targets[0]!r}> has value={image_value!r}; expected '$key'")
        labels = list(tag.labels_attrs.values())
        if not labels:
            raise LabelConfigError(f"RectangleLabels {tag.name!r} has no <Label> children")
        class_names = tuple(lab.attr["value"] for lab in labels)
        output_labels = tuple(lab.attr.get("alias") or lab.attr["value"] for lab in labels)
        synonyms = tuple(_split_synonyms(lab.attr.get("predicted_values")) for lab in labels)
        control = RectangleControl(
            name=tag.name,
            to_name=targets[0],
            image_key=image_value[1:],
            class_names=class_names,
            output_labels_=output_labels,
            synonyms=synonyms,
            score_threshold=_parse_threshold(tag.name, tag.attr.get("model_score_threshold")),
            exemplars=_parse_switch(tag.name, "exemplars", tag.attr.get("exemplars")),
        )
        try:
            _ = control.vocabulary  # parsed now so a bad vocabulary is refused at setup
        except VocabularyError as exc:
            raise LabelConfigError(f"RectangleLabels {tag.name!r}: {exc}") from None
        controls.append(control)
    if not controls:
        raise LabelConfigError(
            "the labeling config has no <RectangleLabels> control: this backend predicts boxes, "
            "add e.g. <RectangleLabels name=\"label\" toName=\"image\"><Label value=\"car\"/></RectangleLabels>"
        )
    return LabelConfig(tuple(controls), _tag_controls(xml, set(images)))


def _tag_controls(xml: str, image_names: set[str]) -> tuple[TagControl, ...]:
    """The ``<Choices>`` / ``<Taxonomy>`` controls that point at an image, read from the XML
    itself (a taxonomy nests its ``<Choice>`` elements)."""
    found = []
    for element in ET.fromstring(xml).iter():
        kind = element.tag.lower()
        if kind not in ("choices", "taxonomy"):
            continue
        targets = [t.strip() for t in (element.get("toName") or "").split(",") if t.strip() in image_names]
        choices = [c for c in element.iter() if c.tag.lower() == "choice" and (c.get("value") or "").strip()]
        if not targets or not choices:
            continue  # a choice about something else (a text field, a whole-task flag)
        names = tuple(" ".join(c.get("value", "").split()) for c in choices)
        labels = tuple(c.get("alias") or c.get("value", "") for c in choices)
        found.append(TagControl(element.get("name") or kind, targets[0], kind, names, labels))
    return tuple(found)
