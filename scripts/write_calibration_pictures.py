"""Write the synthetic scenes that calibrate the static int8 CPU trunk into
``gridclip/assets/calibration/`` (committed), so inference never imports the world.

    .venv/bin/python scripts/write_calibration_pictures.py

Deterministic: the same world seed draws the same pictures; ``tests/gridclip/inference/test_cpu_inference.py``
checks the committed files against a fresh drawing.
"""

from __future__ import annotations

from gridclip.inference.cpu_inference import CALIBRATION_DIR
from gridclip.world.synthetic import draw_scenes

#: World seed of the calibration scenes (held-out evaluation uses seeds ≥ 1000).
CALIBRATION_SEED = 7
CALIBRATION_SCENES = 16


def calibration_scenes():
    return draw_scenes(CALIBRATION_SEED, CALIBRATION_SCENES)


def main() -> None:
    CALIBRATION_DIR.mkdir(parents=True, exist_ok=True)
    for i, scene in enumerate(calibration_scenes()):
        scene.image.save(CALIBRATION_DIR / f"scene_{i:02d}.png", optimize=True)
    print(f"wrote {CALIBRATION_SCENES} pictures to {CALIBRATION_DIR}")


if __name__ == "__main__":
    main()
