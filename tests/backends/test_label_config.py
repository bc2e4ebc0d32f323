"""Labeling configs: which classes, labels, synonyms and thresholds the backend reads from them."""

from __future__ import annotations

import pytest

from backends.label_config import LabelConfigError, parse_label_config

TWO_CONTROLS = """
<View>
  <Image name="photo" value="$picture"/>
  <Image name="other" value="$second"/>
  <RectangleLabels name="vehicles" toName="photo" model_score_threshold="0.55">
    <Label value="Car" predicted_values="jeep, cab ,sedan"/>
    <Label value="Truck" alias="T"/>
  </RectangleLabels>
  <RectangleLabels name="people" toName="other">
    <Label value="Person" background="red"/>
  </RectangleLabels>
  <Choices name="weather" toName="photo"><Choice value="sunny"/></Choices>
</View>
"""


def test_every_label_of_every_rectangle_control_is_a_class() -> None:
    config = parse_label_config(TWO_CONTROLS)
    assert [c.name for c in config.controls] == ["vehicles", "people"]
    vehicles, people = config.controls
    assert vehicles.class_names == ("Car", "Truck")
    assert people.class_names == ("Person",)
    assert (vehicles.to_name, vehicles.image_key) == ("photo", "picture")
    assert (people.to_name, people.image_key) == ("other", "second")


def test_alias_is_the_written_label_and_value_is_what_the_model_reads() -> None:
    vehicles = parse_label_config(TWO_CONTROLS).control("vehicles")
    assert vehicles.output_labels == ["Car", "T"]
    assert vehicles.vocabulary.names == ["Car", "Truck"]
    assert vehicles.class_id_of_label("T") == 1
    assert vehicles.class_id_of_label("Truck") == 1
    with pytest.raises(KeyError):
        vehicles.class_id_of_label("Bus")


def test_predicted_values_become_synonyms_of_their_class_only() -> None:
    vehicles = parse_label_config(TWO_CONTROLS).control("vehicles")
    vocab = vehicles.vocabulary
    assert vocab.classes[0].synonyms == ("jeep", "cab", "sedan")
    assert vocab.classes[1].synonyms == ()
    assert len(vocab) == 2  # synonyms never become classes
    assert vocab.index("cab") == 0


def test_model_score_threshold_is_per_control() -> None:
    vehicles, people = parse_label_config(TWO_CONTROLS).controls
    assert vehicles.score_threshold == pytest.approx(0.55)
    assert people.score_threshold is None


@pytest.mark.parametrize(
    "xml, words",
    [
        ("", "empty"),
        ("<View><Image name='i' value='$image'/>", "not valid XML"),
        (
            "<View><Image name='i' value='$image'/><Choices name='c' toName='i'><Choice value='a'/></Choices></View>",
            "no <RectangleLabels>",
        ),
        (
            "<View><Text name='t' value='$text'/><RectangleLabels name='r' toName='t'><Label value='a'/></RectangleLabels></View>",
            "no <Image>",
        ),
        (
            "<View><Image name='i' value='$image'/><RectangleLabels name='r' toName='i' model_score_threshold='high'>"
            "<Label value='a'/></RectangleLabels></View>",
            "not a number",
        ),
        (
            "<View><Image name='i' value='$image'/><RectangleLabels name='r' toName='i' model_score_threshold='1.5'>"
            "<Label value='a'/></RectangleLabels></View>",
            "outside [0, 1]",
        ),
        (
            "<View><Image name='i' value='$image'/><RectangleLabels name='r' toName='i'>"
            "<Label value='car'/><Label value='bus' predicted_values='car'/></RectangleLabels></View>",
            "names two classes",
        ),
    ],
)
def test_unusable_configs_are_refused_with_a_reason(xml: str, words: str) -> None:
    with pytest.raises(LabelConfigError, match=words.replace("[", r"\[").replace("]", r"\]")):
        parse_label_config(xml)
