"""The GridCLIP network and its parts: the CLIP backbone and its dense grid, the FPN and
FCOS-style head (``network``), text embeddings, losses, post-processing and the
training-free start. Nothing here loads files or knows about checkpoints."""
