"""Sums of money: "$6.5 billion", "almost $6 million", "Rs 24 lakh", "€300m" -> value, currency, hedge.

A sum is written with its currency before the figure (a symbol or an ISO code) and an amount word after it
("bn", "lakh"), or with the currency's name after the figure ("4bn euros"); `numbers` turns each sum into a count
whose unit is the currency's name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from generator.text.numerals import DIGITS, QUALIFIER_PATTERN, parse_number

CURRENCIES = {"$": "dollars", "US$": "dollars", "A$": "dollars", "C$": "dollars", "HK$": "dollars", "€": "euros",
             "£": "pounds", "¥": "yen", "₹": "rupees", "Rs": "rupees", "Rs.": "rupees", "USD": "dollars",
             "EUR": "euros", "GBP": "pounds", "JPY": "yen", "CNY": "yuan", "INR": "rupees", "CHF": "francs"}
#: Amount words after a sum, as multipliers: "$5bn", "Rs 24 lakh" (2.4 million), "Rs 3 crore" (30 million).
MONEY_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
                "trillion": 1e12, "tn": 1e12, "lakh": 1e5, "crore": 1e7}
#: Currencies named after the figure that take no plural "s": "10 billion yuan".
INVARIABLE_CURRENCIES = {"yuan", "yen", "renminbi", "baht", "rupiah", "ringgit", "naira", "rand"}
_MONEY = re.compile(rf"(?:(?P<qual>(?i:{QUALIFIER_PATTERN}))\s+)?(?P<cur>(?:US|A|C|HK)\$|[$€£¥₹]|"
                    rf"(?<![A-Za-z])(?:Rs\.?|USD|EUR|GBP|JPY|CNY|INR|CHF)(?=\s?\d))\s?(?P<num>{DIGITS})"
                    r"(?:\s?(?P<scale>million|billion|trillion|bn|mn|tn|m|k|lakh|crore)\b)?")

#: Currencies named after the figure: "4bn euros", "10 billion yuan", "300m Swiss francs" (name -> unit).
CURRENCY_NAMES = {"euro": "euros", "euros": "euros", "dollar": "dollars", "dollars": "dollars", "pound": "pounds",
                  "pounds": "pounds", "yen": "yen", "yuan": "yuan", "renminbi": "yuan", "franc": "francs",
                  "francs": "francs", "rupee": "rupees", "rupees": "rupees", "rouble": "roubles", "roubles": "roubles",
                  "ruble": "roubles", "rubles": "roubles", "krona": "kronor", "kronor": "kronor", "krone": "kroner",
                  "kroner": "kroner", "baht": "baht", "rand": "rand", "peso": "pesos", "pesos": "pesos"}
_NAMED_MONEY = re.compile(rf"(?:(?P<qual>(?i:{QUALIFIER_PATTERN}))\s+)?(?<![\w$€£¥₹.,])(?P<num>{DIGITS})"
                          r"\s?(?P<scale>million|billion|trillion|bn|mn|tn|m|k)?\s+(?:(?:US|Swiss|Hong Kong|"
                          r"Australian|Canadian|Singapore|New Zealand)\s+)?(?P<name>" + "|".join(
                              sorted(CURRENCY_NAMES, key=len, reverse=True)) + r")\b")

#: Every currency mark `_MONEY` can match, case as written (the currency group is case-sensitive).
_CURRENCY_SIGNS = ("$", "€", "£", "¥", "₹", "Rs", "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF")


@dataclass
class Money:
    """One sum as written: its value in units of the currency, the currency's name and any hedge."""

    value: int | float
    unit: str
    qualifier: Optional[str]
    text: str
    start: int


def find_money(sentence: str) -> list[Money]:
    """Every sum of money in the sentence, in order: a currency sign before the figure ('£2.8bn') or its name
    after it ('4bn euros')."""
    out: list[Money] = []
    if any(sign in sentence for sign in _CURRENCY_SIGNS):       # most sentences name no currency: skip the regex
        out += [money for m in _MONEY.finditer(sentence) for money in [_money(m, CURRENCIES[m.group("cur")])] if money]
    if any(name in sentence for name in CURRENCY_NAMES):
        out += [money for m in _NAMED_MONEY.finditer(sentence)
                for money in [_money(m, CURRENCY_NAMES[m.group("name")])] if money]
    return sorted(out, key=lambda money: money.start)


def _money(m: re.Match, unit: str) -> Optional[Money]:
    value = parse_number(m.group("num"))
    if value is None:
        return None
    if m.group("scale"):
        value = round(value * MONEY_SCALES[m.group("scale")], 2)
        value = int(value) if float(value).is_integer() else value
    qualifier = m.group("qual").lower() if m.group("qual") else None
    return Money(value, unit, qualifier, m.group(0), m.start())
