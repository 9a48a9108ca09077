"""Build: the incremental pipeline over all stages and its worker processes."""

from generator.build.pipeline import build

__all__ = ["build"]
