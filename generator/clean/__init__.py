"""Clean stage: the article body of a page (text or HTML), without menus, ads and boilerplate."""

from generator.clean.stage import clean

__all__ = ["clean"]
