"""The synthetic world the demo lives in: scenes of coloured shapes with boxes and captions
(``synthetic``), and the small world CLIP pretrained on them (``clip_pretrain``). Used by
tests, the demo build and the quality report; inference never imports it."""
