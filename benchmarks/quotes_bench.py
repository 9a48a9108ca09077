"""Quote and speaker accuracy against hand-made gold, scored the way published extractors report it.

Prints one table: quote precision/recall/F1 at >=30% and >=80% token overlap, speaker accuracy on
matched quotes, partial/unclosed flag accuracy, per file and in total, for the demo corpus
(`../shared/eval/seeds-gold`, all quotes and the strict "inside quote marks" variant), for any
annotated set under `benchmarks/data/`, and people-role pairs from `names.find_people`.

Issue 16's speaker batches (`benchmarks/data/speaker_quotes.yaml`: WikiRef story articles and more pages of
eval/article-extraction) print one row per batch plus the batch's recorded first look (scored once, before
any rule it could inspire).

Run: .venv/bin/python benchmarks/quotes_bench.py [-v]   (BRIEFING_SHARED overrides ../shared, BRIEFING_WIKIREF
overrides ../wikiref). -v adds per-page rows and the misses of the demo corpus and dev pages; test-page misses
only with --show-test; the speaker batches listed under `untouched:` run only with --score-test=BATCH (once, at the end; a bare
--score-test scores every untouched batch).  --as-annotated scores every gold quote as annotated, without joining
“A,” said X. “B.” pairs (see `join_cued_pairs`).
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.eval_data import SHARED  # noqa: E402
from benchmarks.wikiref import TITLE_FIRST, corpus_dir, skip_reason  # noqa: E402
from generator.clean import stage as clean  # noqa: E402
from generator.lexicon.cues import STRONG_CUE_RE  # noqa: E402
from generator.lexicon.names import SOVEREIGN_TITLES  # noqa: E402
from generator.mentions.names import find_people  # noqa: E402
from generator.quotes.stage import SAME_SPEAKER_AGAIN, find_quotes  # noqa: E402
from generator.read import sources  # noqa: E402

GOLD = SHARED / "eval" / "seeds-gold"
DATA = ROOT / "benchmarks" / "data"
ANCHORS = [("SFU Gender Gap Tracker (rule-based + spaCy lg), 98 news articles", "0.846", "0.827", "0.837", "0.865"),
           ("BBC citron on PARC 3.0 (source F1 at overlap)", "", "", "", "0.853 (F1)")]


@dataclass
class GoldQuote:
    text: str
    speaker: str | None
    partial: bool
    unclosed: bool
    marks: bool = True


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    matched30: int = 0
    matched80: int = 0
    speaker_ok: int = 0
    partial_ok: int = 0
    unclosed_ok: int = 0
    gold_partial: int = 0
    partial_flagged: int = 0
    gold_unclosed: int = 0
    unclosed_flagged: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for k, v in vars(other).items():
            if isinstance(v, int):
                setattr(self, k, getattr(self, k) + v)
            else:
                getattr(self, k).extend(v)


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def overlap(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    return sum((Counter(ta) & Counter(tb)).values()) / max(len(ta), len(tb))


def merge_chains(quotes: list[dict]) -> list[GoldQuote]:
    """Gold records a quote broken by its attribution as two spans linked by `continues:`; join them."""
    heads: dict[str, GoldQuote] = {}
    out: list[GoldQuote] = []
    for q in quotes:
        if q.get("continues") and q["continues"] in heads:
            head = heads[q["continues"]]
            head.text += " " + q["text"]
            head.unclosed = bool(q.get("unclosed"))
            heads[q["id"]] = head
            continue
        g = GoldQuote(q["text"], q.get("speaker"), bool(q.get("partial")), bool(q.get("unclosed")),
                      q.get("quote_marks", True) is not False)
        heads[q["id"]] = g
        out.append(g)
    return out


def score(gold: list[GoldQuote], found: list, label: str) -> Score:
    s = Score(gold=len(gold), found=len(found))
    s.gold_partial = sum(g.partial for g in gold)
    s.gold_unclosed = sum(g.unclosed for g in gold)
    pairs = sorted(((overlap(g.text, f.text), i, j) for i, g in enumerate(gold) for j, f in enumerate(found)),
                   reverse=True)
    used_g, used_f = set(), set()
    for ov, i, j in pairs:
        if ov < 0.3 or i in used_g or j in used_f:
            continue
        used_g.add(i)
        used_f.add(j)
        g, f = gold[i], found[j]
        s.matched30 += 1
        s.matched80 += ov >= 0.8
        same = speakers_match(g.speaker, f.speaker)
        s.speaker_ok += same
        s.partial_ok += g.partial == f.partial
        s.unclosed_ok += g.unclosed == f.unclosed
        s.partial_flagged += g.partial and f.partial
        s.unclosed_flagged += g.unclosed and f.unclosed
        if not same:
            s.misses.append(f"{label}: speaker {f.speaker!r} != gold {g.speaker!r}: {g.text[:50]!r}")
    s.misses += [f"{label}: missed {gold[i].text[:60]!r}" for i in range(len(gold)) if i not in used_g]
    s.misses += [f"{label}: extra {found[j].text[:60]!r}" for j in range(len(found)) if j not in used_f]
    return s


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in ("of", "for", "and", "on", "the", "&")).lower()


def speakers_match(gold: str | None, found: str | None) -> bool:
    """Same speaker, an acronym and its long form counting as one ('DEA' = 'Drug Enforcement Administration')."""
    if (gold or None) == (found or None):
        return True
    if not gold or not found or " " in gold and " " in found:
        return False
    short, long = (gold, found) if " " not in gold else (found, gold)
    return len(short) >= 2 and short.isalpha() and _initials(long) == short.lower()


def _prf(tp: int, found: int, gold: int) -> tuple[float, float, float]:
    p = tp / found if found else 1.0
    r = tp / gold if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def row(label: str, s: Score) -> str:
    p30, r30, f30 = _prf(s.matched30, s.found, s.gold)
    p80, r80, f80 = _prf(s.matched80, s.found, s.gold)
    m = s.matched30 or 1
    return (f"| {label} | {s.gold} | {s.found} | {p30:.3f} | {r30:.3f} | {f30:.3f} | {p80:.3f} | {r80:.3f} | {f80:.3f} "
            f"| {s.speaker_ok / m:.3f} | {s.partial_ok / m:.3f} ({s.partial_flagged}/{s.gold_partial}) "
            f"| {s.unclosed_ok / m:.3f} ({s.unclosed_flagged}/{s.gold_unclosed}) |")


def same_person(a: str, b: str) -> bool:
    """Same name, allowing transliteration variants of the first name (Aleksandr / Alexander)."""
    wa, wb = a.split(), b.split()
    if a == b:
        return True
    return len(wa) > 1 and len(wb) > 1 and wa[-1] == wb[-1] and fuzz.ratio(wa[0], wb[0]) >= 75


def norm_role(role: str | None) -> str:
    return re.sub(r"[\s-]+", " ", (role or "").lower()).strip()


def people_pairs(gold_people: list[dict], found) -> tuple[int, int, int, list[str]]:
    keep = [g for g in gold_people if not g.get("mentioned_in")]
    excluded = [g["name"] for g in gold_people if g.get("mentioned_in")]
    found = [p for p in found if not any(same_person(p.name, x) for x in excluded)
             or any(same_person(p.name, g["name"]) for g in keep)]
    ok, notes = 0, []
    for p in found:
        hit = [g for g in keep if same_person(p.name, g["name"])]
        if hit and norm_role(hit[0].get("role")) == norm_role(p.role):
            ok += 1
        else:
            notes.append(f"({p.name}, {p.role}) vs gold {[(g['name'], g.get('role')) for g in hit] or 'none'}")
    return ok, len(found), len(keep), notes


HEADER = ("| set | gold | found | P@30 | R@30 | F1@30 | P@80 | R@80 | F1@80 | speaker acc | partial acc (flagged) "
          "| unclosed acc (flagged) |")


@dataclass
class Report:
    """Rows of the one table, lines printed under it, and (with -v) every miss."""

    rows: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


def demo_corpus(out: Report) -> None:
    total_all, total_strict = Score(), Score()
    pp_ok = pp_found = pp_gold = 0
    for path in sorted(GOLD.glob("[0-9]*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        src = ROOT / "corpus" / gold["source"]
        cleaned = clean.clean(sources.decode(src.name, src.read_bytes()))
        found = find_quotes(cleaned.body, cleaned.notes)
        merged = merge_chains(gold["quotes"])
        s_all = score(merged, found, f"demo {path.stem[:3]}")
        s_strict = score([g for g in merged if g.marks], [f for f in found if f.kind != "tweet"], path.stem[:3])
        out.rows.append(row(f"demo {path.stem[:3]}", s_all))
        total_all.add(s_all)
        total_strict.add(s_strict)
        out.misses += s_all.misses
        ok, nf, ng, notes = people_pairs(gold.get("people", []), find_people(cleaned.body))
        pp_ok, pp_found, pp_gold = pp_ok + ok, pp_found + nf, pp_gold + ng
        out.misses += [f"demo {path.stem[:3]}: people {n}" for n in notes]
    out.rows.append(row("**demo total** (seeds-gold, 5 articles)", total_all))
    out.rows.append(row("demo, inside quote marks only (no tweets)", total_strict))
    p = pp_ok / pp_found if pp_found else 1.0
    r = pp_ok / pp_gold if pp_gold else 1.0
    out.notes.append(f"people-role pairs, demo (find_people vs gold people without mentioned_in): "
                     f"P {p:.3f} ({pp_ok}/{pp_found})  R {r:.3f} ({pp_ok}/{pp_gold})")


#: A sovereign's title before one given name: the extractor keeps it with the name ("Prince Charles", "Pope Leo"),
#: the BBC annotations write the name alone ("Charles"); both are the same person.
_SOVEREIGN_BEFORE_ONE_NAME = re.compile(r"^(?:" + "|".join(t.lower() for t in SOVEREIGN_TITLES) + r")\s+(?=\S+$)")


def norm_speaker(name: str | None) -> str | None:
    """Compare speakers loosely on case, articles and a sovereign's title ("the Arab League" = "Arab League",
    "Prince Charles" = "Charles")."""
    if not name:
        return None
    name = _SOVEREIGN_BEFORE_ONE_NAME.sub("", name.lower().strip())
    return re.sub(r"^the\s+|[’']s\b|\b[a-z]\.\s+|(?<=\s)[a-z]\s+(?=\w)|,?\s+(?:jr|sr)\.?$", "", name).strip()  # middle initials
    # (with or without their full stop: "George W Bush") and Jr./Sr. dropped, as the extractor's canonical names do


def heldout(out: Report, verbose: bool) -> None:
    """News pages from ../shared/eval/article-extraction, annotated by offsets in benchmarks/data/."""
    ann_path = DATA / "heldout_quotes.yaml"
    truth_path = SHARED / "eval" / "article-extraction" / "ground-truth.json"
    if not ann_path.exists() or not truth_path.exists():
        out.notes.append(f"news pages skipped: {ann_path if not ann_path.exists() else truth_path} not found")
        return
    ann = yaml.safe_load(ann_path.read_text(encoding="utf-8"))
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    totals = {"dev": Score(), "test": Score()}
    for art in ann["articles"]:
        body = [p.strip() for p in truth[art["id"]]["articleBody"].split("\n\n") if p.strip()]
        gold = [GoldQuote(" ".join(body[p][a:b] for p, a, b in q["spans"]), norm_speaker(q["speaker"]),
                          q["partial"], q["unclosed"]) for q in art["quotes"]]
        found = find_quotes(body, [])
        for f in found:
            f.speaker = norm_speaker(f.speaker)
        label = f"news {art.get('split', 'dev')} {art['id'][:8]}"
        s = score(gold, found, label)
        if verbose:
            out.rows.append(row(label, s))
        totals[art.get("split", "dev")].add(s)
        if art.get("split", "dev") == "dev" or "--show-test" in sys.argv:
            out.misses += s.misses      # test misses stay unread, so the test split stays a fair estimate
    for split, total in totals.items():
        if total.gold:
            n = sum(1 for a in ann["articles"] if a.get("split", "dev") == split)
            out.rows.append(row(f"**news {split} total** ({n} pages of eval/article-extraction)", total))
    out.notes.append("news pages: body = ground-truth articleBody (no cleaner); annotations by offsets in "
                     "benchmarks/data/heldout_quotes.yaml. " + ann.get("splits", ""))


def speaker_key(names) -> str | None:
    """One comparable value for a speaker or a list of joint speakers (order-free, loose on case and articles)."""
    if isinstance(names, str) or names is None:
        names = [names]
    keys = sorted({k for k in (norm_speaker(n) for n in names) if k})
    return "; ".join(keys) or None


def found_speakers(quote) -> str | None:
    return speaker_key(getattr(quote, "speakers", None) or quote.speaker)


def batch_paragraphs(art: dict, truth: dict | None) -> tuple[list[str] | None, str | None]:
    """Body paragraphs of one annotated page, or why it cannot be read."""
    if "file" in art:
        if skip_reason(art.get("corpus")):
            return None, skip_reason(art.get("corpus"))
        path = corpus_dir(art.get("corpus")) / art["file"]
        text = sources.decode(path.name, path.read_bytes()).text
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        return lines[1:] if art.get("corpus") in TITLE_FIRST else lines, None    # a first line is the title
    if truth is None or art["id"] not in truth:
        return None, f"{SHARED / 'eval' / 'article-extraction' / 'ground-truth.json'} not found"
    return [p.strip() for p in truth[art["id"]]["articleBody"].split("\n\n") if p.strip()], None


def first_look_row(batch: str, look: dict, label: str = "first look") -> str:
    return (f"| {label}: {batch} ({look['articles']} pages, {look['date']}, {look['commit']}) | {look['gold']} | {look['found']} "
            f"| {look['p30']:.3f} | {look['r30']:.3f} | {look['f30']:.3f} | {look['p80']:.3f} | {look['r80']:.3f} "
            f"| {look['f80']:.3f} | {look['speaker']:.3f} | | |")


def test_batches_to_score(untouched: set[str]) -> set[str]:
    """The untouched batches this run scores: those named by `--score-test=A,B` (one first look at a time;
    a bare `--score-test` scores them all)."""
    named = {b for arg in sys.argv if arg.startswith("--score-test=") for b in arg.split("=", 1)[1].split(",") if b}
    unknown = named - untouched
    if unknown:
        raise SystemExit(f"--score-test: no untouched batch named {', '.join(sorted(unknown))} "
                         f"(untouched: {', '.join(sorted(untouched)) or 'none'})")
    return named or (set(untouched) if "--score-test" in sys.argv else set())


def speaker_batches(out: Report, verbose: bool) -> None:
    """Issue 16's batches: WikiRef story articles and more news pages, each scored as a whole, plus first looks."""
    ann_path = DATA / "speaker_quotes.yaml"
    ann = yaml.safe_load(ann_path.read_text(encoding="utf-8"))
    truth_path = SHARED / "eval" / "article-extraction" / "ground-truth.json"
    truth = json.loads(truth_path.read_text(encoding="utf-8")) if truth_path.exists() else None
    totals: dict[str, Score] = {}
    pages: Counter = Counter()
    skipped: dict[str, str] = {}
    drift = 0
    joined: Counter = Counter()
    untouched = set(ann.get("untouched", []))
    scored = test_batches_to_score(untouched)
    for art in ann["articles"]:
        batch = art["batch"]
        if batch in untouched and batch not in scored:
            continue                    # not even run: an untouched batch is scored once, at the end
        body, why = batch_paragraphs(art, truth)
        if body is None:
            skipped[batch] = why
            continue
        for q in art["quotes"]:
            text = " ".join(body[p][a:b] for p, a, b in q["spans"])
            drift += hashlib.sha1(text.encode()).hexdigest()[:12] != q["text_sha1"]
        gold, pairs = join_cued_pairs(art["quotes"], body, "--as-annotated" not in sys.argv)
        joined[batch] += pairs
        found = find_quotes(body, [])
        for f in found:
            f.speaker = found_speakers(f)
        label = f"{batch} {art.get('file') or art['id'][:8]}"
        s = score(gold, found, label)
        if verbose:
            out.rows.append(row(label, s))
        totals.setdefault(batch, Score()).add(s)
        pages[batch] += 1
        if batch not in untouched or "--show-test" in sys.argv:
            out.misses += s.misses
    looks = ann.get("first_looks", {})
    for batch in dict.fromkeys(a["batch"] for a in ann["articles"]):
        if batch in untouched and batch not in scored:
            out.notes.append(f"{batch}: scored only with --score-test={batch} (kept untouched until its first look)")
        elif batch in totals:
            out.rows.append(row(f"**{batch}** ({pages[batch]} pages, now)", totals[batch]))
        if batch in looks:
            out.rows.append(first_look_row(batch, looks[batch]))
        if batch in ann.get("end_scores", {}):
            out.rows.append(first_look_row(batch, ann["end_scores"][batch], "scored once at the end"))
    out.notes += [f"{batch} skipped: {why}" for batch, why in skipped.items()]
    if sum(joined.values()):
        out.notes.append("speaker batches: gold pairs “A,” said X. “B.” in one paragraph, B with no cue of its own, "
                         "scored as one quote, the convention of the WikiRef and news batches (the BBC annotations "
                         "split them where the dataset's lost paragraph breaks had been): "
                         + ", ".join(f"{b} {n}" for b, n in joined.items() if n))
    if drift:
        out.notes.append(f"speaker batches: {drift} annotated spans no longer match their text_sha1 (source text changed?)")
    out.notes.append("speaker batches (issue 16): body = WikiRef lines after the title / articleBody blocks, no "
                     "cleaner; joint speakers compared as sets. " + ann.get("splits", ""))


#: B's own cue is only A's speaker again as a pronoun (“A,” X said. “B,” she added.): still one utterance, as the
#: extractor reports it and the WikiRef batches annotate it; here after B's closing mark.
_SAME_SPEAKER_AGAIN = re.compile(r"[,.]?[”\"’']?" + SAME_SPEAKER_AGAIN.pattern)
#: Between two gold quotes of one speaker: the first's closing mark, a short attribution sentence, the second's
#: opening mark ('," Orange said in a statement. "').
_CUE_BETWEEN = re.compile(r"[,.]?\s*[”\"’']?\s*(?P<cue>[^“”\".!?]{3,160})\.\s*[“\"‘']?")


def _unmarked(text: str) -> str:
    """A gold quote's words without the closing mark some annotators include in the span."""
    return text.rstrip().rstrip("”\"’'").rstrip()


def join_cued_pairs(quotes: list[dict], body: list[str], join: bool = True) -> tuple[list[GoldQuote], int]:
    """The annotated quotes as scored: “A,” said X. “B.” within one paragraph, B one span with no cue of its own
    in its sentence, is one quote, as the WikiRef and news batches annotate it and the extractor reports it
    (`join=False`, `--as-annotated`: every quote as annotated).  Returns the quotes and how many pairs were joined."""
    out: list[GoldQuote] = []
    joins = 0
    last: tuple[int, int] | None = None          # (paragraph, end) of the previous quote's last span
    for q in quotes:
        text = " ".join(body[p][a:b] for p, a, b in q["spans"])
        key = speaker_key(q["speaker"])
        (p0, a0, b0), single = q["spans"][0], len(q["spans"]) == 1
        if join and out and last and last[0] == p0 and single and out[-1].speaker == key \
                and _unmarked(out[-1].text).endswith(","):                    # “A,” … : A broken off by its cue
            between = _CUE_BETWEEN.fullmatch(body[p0][last[1]:a0])
            rest = "" if _unmarked(text)[-1:] in ".!?" else re.split(r"[.!?]", body[p0][b0:b0 + 80], maxsplit=1)[0]
            if between and STRONG_CUE_RE.search(between.group("cue")) and len(between.group("cue").split()) <= 24 \
                    and (not STRONG_CUE_RE.search(rest) or _SAME_SPEAKER_AGAIN.fullmatch(rest)):
                out[-1].text += " " + text
                last = (p0, b0)
                joins += 1
                continue
        out.append(GoldQuote(text, key, q["partial"], q["unclosed"]))
        last = (q["spans"][-1][0], q["spans"][-1][2])
    return out, joins


def speed() -> str | None:
    """Whole-page text dumps (menus and footers included): time per page for find_quotes + find_people."""
    pages = sorted((SHARED / "eval" / "text-dumps" / "txt").glob("*.txt"))
    if not pages:
        return None
    find_quotes(["“Warm-up,” John Smith said."], [])       # lexicons load once per process
    times, quotes = [], 0
    for page in pages:
        body = [line.strip() for line in page.read_text(encoding="utf-8").split("\n") if line.strip()]
        start = time.perf_counter()
        quotes += len(find_quotes(body, []))
        find_people(body)
        times.append(time.perf_counter() - start)
    times.sort()
    return (f"speed on {len(pages)} whole-page text dumps: {quotes} quotes, mean {1000 * sum(times) / len(times):.0f} "
            f"ms/page, p95 {1000 * times[int(0.95 * (len(times) - 1))]:.0f} ms, max {1000 * times[-1]:.0f} ms (one process)")


def main() -> int:
    verbose = "-v" in sys.argv
    if not GOLD.exists():
        print(f"{GOLD} not found: evaluation data lives in ../shared/eval beside the clone")
        return 1
    out = Report()
    demo_corpus(out)
    heldout(out, verbose)
    speaker_batches(out, verbose)
    for label, *vals in ANCHORS:
        out.rows.append(f"| {label} | | | {vals[0]} | {vals[1]} | {vals[2]} | | | | {vals[3]} | | |")
    timing = speed()
    print(HEADER)
    print("|" + "---|" * (HEADER.count("|") - 1))
    print("\n".join(out.rows))
    print()
    print("\n".join(out.notes + ([timing] if timing else [])))
    if verbose and out.misses:
        print("\n" + "\n".join(out.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
