"""Read a corpus: find the article files and decode their bytes into a source document."""

from generator.read.sources import decode

__all__ = ["decode"]
