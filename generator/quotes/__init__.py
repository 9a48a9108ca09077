"""Quote stage: quotations in a cleaned body and who said them."""

from generator.quotes.stage import find_quotes

__all__ = ["find_quotes"]
