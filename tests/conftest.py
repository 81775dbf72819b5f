"""Shared fixtures: one loaded pipeline per test session (spaCy loads in ~1 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def pipeline():
    from realpolitik.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def event_validator():
    from realpolitik.schema import validator

    return validator()


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or a clean skip where it is absent (a user's clone)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path
