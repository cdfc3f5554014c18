"""The Qt-free core: corpus, flyers, layout and rendering, usable from the CLI and tests."""
