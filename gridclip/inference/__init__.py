"""Labeling pictures with a GridCLIP network: ``Detector``, model sources (``demo``,
``open_clip:…``, checkpoint folders), checkpoints, image loading and the CPU/ONNX path."""
