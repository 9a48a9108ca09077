"""The consolidation's shortcuts give exactly what the plain definitions give.

Each speed-up (skipped Unicode pass, gated contraction rules, a tokenised tail, an alignment skipped when no
shared run can be long enough, a sentence placed through its earlier placement, a prefilter before an re.I
scan) is checked here against a straightforward reference written from the definition, on wire-style
sentences that are not in the demo corpus.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import defaultdict

from anyascii import anyascii

from generator.consolidate import quote_groups, statements
from generator.model.briefing import Briefing, Fact, Quote, SourceInfo
from generator.text import matching
from generator.text.matching import STOPWORDS, content_tokens, stem, words

SENTENCES = [
    "Ministers from the Eastern Partnership met in Chișinău on Thursday to discuss energy security.",
    "The EU’s foreign-policy chief said the bloc can’t accept “business as usual” with Minsk.",
    "It's the third round of talks since the cease-fire, and they'll meet again in Geneva next month.",
    "Protesters in Tbilisi — about 5,000, according to police — demanded the bill's withdrawal.",
    "We're not going to comment on leaks, the spokeswoman told reporters at the briefing.",
    "Kariņš and Nausėda signed the declaration; Šimonytė did not attend & sent a deputy.",
    "The OSCE mission couldn't verify claims that heavy weapons were pulled back from the line.",
    "Officials can not confirm whether the delegation, headed by Deputy Minister Ana Lupu, will return.",
    "#Ukraine: the council’s session was suspended after a walkout by two member states.",
    "Negotiators said there's no schedule for further meetings, though both sides agreed to talk.",
]


def _reference_fold(text: str) -> str:
    """Character by character: the accent-free decomposition, else a letter's or digit's transliteration."""
    out = []
    for ch in text.translate(matching._DASHES):
        plain = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii")
        out.append(plain if plain or unicodedata.category(ch)[0] not in "LN" else anyascii(ch).replace("'", ""))
    return "".join(out).lower()


def _reference_words(text: str) -> list[str]:
    t = _reference_fold(text).replace("#", " ").replace("&", " and ")
    for pattern, repl, _ in matching._CONTRACTIONS:
        t = pattern.sub(repl, t)
    return matching._WORD.findall(t)


def _reference_content_tokens(text: str) -> list[str]:
    return [stem(part) for w in _reference_words(text) for part in w.split("-") if part and part not in STOPWORDS]


def test_normalised_words_equal_the_plain_definition():
    for text in SENTENCES + ["cannot", "can not", "Cann't", "İstanbul ſtreet", "½ of ﬁve", "plain ascii words",
                        "Путин и Зеленський", "Wałęsa’s Straße", "习近平 visited Ørsted"]:
        assert matching.fold(text) == _reference_fold(text)
        assert words(text) == _reference_words(text)
        assert content_tokens(text) == _reference_content_tokens(text)
    assert words("They can not and won't") == ["they", "cannot", "and", "wo", "not"]


def test_the_last_words_of_a_long_text_are_those_of_the_whole_text():
    paragraph = " ".join(SENTENCES)
    rnd = random.Random(4)
    cuts = list(range(1, len(paragraph) + 1)) + [rnd.randrange(1, len(paragraph)) for _ in range(50)]
    for end in cuts:         # every cut: mid-word, mid-contraction, between "can" and "not", after a dash
        text = paragraph[:end]
        for n in (1, 8):
            assert quote_groups.last_words(text, n) == words(text)[-n:], text[-40:]
    compound = "It cited the " + "-".join(["counter-drone-interception"] * 12)     # a tail of one cut word
    assert quote_groups.last_words(compound, 1) == words(compound)[-1:]
    assert quote_groups.last_words(compound, 3) == ["cited", "the", words(compound)[-1]]


def _item(text: str, lead: str = "", partial: bool = False) -> quote_groups._Item:
    q = Quote(id=text[:10], text=text, partial=partial)
    return quote_groups._Item("s", q, words(text), frozenset(content_tokens(text)), frozenset(content_tokens(lead)))


def _reference_same_quote(a: quote_groups._Item, b: quote_groups._Item) -> bool:
    """The comparison as first written: every pair aligned, with no shortcut."""
    return (quote_groups._translation(a, b) or quote_groups._shared_clause(a, b, align_always=True)
            or quote_groups._fragments_of_one_lead(a, b))


def test_quote_comparison_without_alignment_agrees_with_the_full_one():
    quotes = [
        _item("We will not accept any deal that is made over our heads", "the president warned that"),
        _item("any deal that is made over our heads", "the president warned that", partial=True),
        _item("no deal made above our heads will be accepted", "the president said"),
        _item("are simply unacceptable", "some of the demands", partial=True),
        _item("are simply out of the question", "some of the demands", partial=True),
        _item("The door remains open for dialogue with Moscow", "she added"),
        _item("dialogue", "she added"),
        _item("We are ready to talk, but not under threat", "the minister told reporters"),
        _item("ready to talk", "the minister said", partial=True),
        _item("There is no schedule yet for another round of talks in Vienna", ""),
    ]
    pairs = [(a, b) for a in quotes for b in quotes if a is not b]
    verdicts = [quote_groups.same_statement(a, b) for a, b in pairs]
    assert verdicts == [_reference_same_quote(a, b) for a, b in pairs]
    assert any(verdicts) and not all(verdicts)


def _reference_group(items: list[statements._Said]) -> list[list[statements._Said]]:
    """The grouping as first written: every candidate group's first ten items compared in index order."""
    groups: list[list[statements._Said]] = []
    by_value: dict[str, int] = {}
    by_token: dict[str, list[int]] = defaultdict(list)
    for item in items:
        found = by_value.get(item.value_key) if item.value_key else None
        if found is None:
            candidates = sorted({g for t in item.tokens for g in by_token[t][:50]})
            found = next((g for g in candidates if any(statements.same_statement(item, o) for o in groups[g][:10])),
                         None)
        if found is None:
            found = len(groups)
            groups.append([])
            for t in item.tokens:
                by_token[t].append(found)
        groups[found].append(item)
        if item.value_key:
            by_value.setdefault(item.value_key, found)
    return groups


def _said(i: int, sentence: str, value=None) -> statements._Said:
    b = Briefing(source=SourceInfo(id=f"src-{i:04d}", file=f"{i}.txt"))
    return statements._said(b, Fact(id=f"t{i}", kind="text", statement=sentence, value=value, evidence=sentence))


def test_statement_groups_equal_the_plain_pairwise_grouping():
    """Wire copy repeats sentences: repeated, paraphrased and unrelated ones, in a shuffled order, with many
    groups per word (so the 50-candidate cap and groups still under ten items both come into play)."""
    rnd = random.Random(11)
    base = SENTENCES + [
        "Energy ministers agreed to double gas storage before the winter, officials in Brussels said.",
        "Gas storage will be doubled before winter, energy ministers agreed in Brussels.",
        "The central bank raised its key rate by half a point to curb inflation.",
        "Inflation pushed the central bank to raise the key rate by half a point.",
    ]
    variants = [f"{s[:-1]} in round {k}." for s in base for k in range(12)]     # many groups share words
    pool = base * 6 + variants
    rnd.shuffle(pool)
    items = [_said(i, s, value=("gas storage" if "storage" in s and i % 7 == 0 else None)) for i, s in enumerate(pool)]
    fast = [[x.fact.id for x in g.items] for g in statements._group(items)]
    plain = [[x.fact.id for x in g] for g in _reference_group(items)]
    assert fast == plain
    assert len(fast) < len(items) and any(len(g) > 10 for g in fast)


def test_a_repeated_sentence_joins_an_earlier_group_that_has_since_come_to_match_it():
    rate = "The central bank raised interest rates sharply before winter."
    storage = "Ministers agreed to raise gas storage levels before winter."
    bridge = "The central bank raised gas storage levels before winter, ministers agreed."   # like both
    items = [_said(i, s) for i, s in enumerate([rate, storage, bridge, storage])]
    groups = [[x.fact.statement for x in g.items] for g in statements._group(items)]
    assert groups == [[rate, bridge, storage], [storage]]
    assert groups == [[x.fact.statement for x in g] for g in _reference_group(items)]


def test_re_ignorecase_folds_only_the_listed_characters_to_ascii():
    """`may_contain` relies on this: any other non-ASCII character that re.I matched to an ASCII letter
    would have to be listed."""
    letter = re.compile(r"[a-z]", re.I)
    folded = {chr(c) for c in range(128, 0x110000) if letter.match(chr(c))}
    assert folded == set(matching._FOLDED_TO_ASCII)
