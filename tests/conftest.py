"""Shared fixtures: a fresh library per test, and image files made with Pillow."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PIL import Image

from authoring.model.library import Library


@pytest.fixture
def library(tmp_path):
    lib = Library.create(tmp_path / "Test.cslib", "en")
    try:
        yield lib
    finally:
        lib.close()


class Images:
    """Makes real image files in a folder: noisy, so JPEG cannot shrink them to nothing."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _picture(self, width: int, height: int, seed: int) -> Image.Image:
        rng = random.Random(seed)
        noise = Image.effect_noise((width, height), 60).convert("RGB")
        tint = Image.new("RGB", (width, height), tuple(rng.randrange(256) for _ in range(3)))
        return Image.blend(noise, tint, 0.5)

    def png(self, name: str = "picture.png", size: tuple[int, int] = (640, 480), seed: int = 1) -> Path:
        path = self.folder / name
        self._picture(*size, seed).save(path, "PNG")
        return path

    def jpeg(self, name: str = "photo.jpg", size: tuple[int, int] = (800, 600), seed: int = 2) -> Path:
        path = self.folder / name
        self._picture(*size, seed).save(path, "JPEG", quality=90)
        return path


@pytest.fixture
def images(tmp_path):
    folder = tmp_path / "images"
    folder.mkdir()
    return Images(folder)
