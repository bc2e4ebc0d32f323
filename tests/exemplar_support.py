"""The detector the exemplar tests share (inference, the app's labeling tab, the Label Studio backend)."""

from __future__ import annotations

from typing import Any

#: The exemplar blend the tests run at. The demo's own k (its checkpoint's, chosen on validation)
#: leans on its strong text; these tests check the mechanism's direction at a blend where a few
#: boxes weigh.
MECHANISM_K = 4.0


def mechanism_detector() -> Any:
    """The demo detector on the CPU, one thread, no text cache on disk, blending at ``MECHANISM_K``."""
    import torch

    from gridclip import load_detector

    torch.set_num_threads(1)
    detector = load_detector("demo", device="cpu", text_cache_dir=False)
    detector.exemplar_blend_k = MECHANISM_K
    return detector
