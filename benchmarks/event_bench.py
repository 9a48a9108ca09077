"""Does the summary say what happened, on events nobody tuned for?  (issue 15)

Each WikiRef220 event with gold in `benchmarks/data/events/` is built as a new user would: a temp project whose
`corpus/` holds the event's articles, `briefing build --no-site` (extract + render).  Then per event:

- event: `summary.yaml`'s `event: {what, where, when}` against the gold (what: one alternative's words all
  occur; where: contains a gold place; when: a day inside the gold range, or, when the sources do not fix the
  day, a month or range of months that holds a gold day and lies within the gold range widened to whole
  months: 'August 2008' for 25 August 2008 is right; a year, or a range reaching into other months, is not,
  printed 'NO (wider)' when it holds the gold range, 'none' when the summary names no period: not right, but
  no wrong year either).  Before `event` existed: the title line;
- headline facts: how many of the top 8 (the home page's first 8, background excluded) match a key development,
  and how many of the ten developments they cover;
- conflicts found / gold and spurious, updates found / gold (`event_conflicts.py`);
- timeline: dates inside the story's window / all dates, and whether the first shown date is a story day;
- fragments: headline and timeline labels that are not a complete clause (starting lower-case, ending on a
  function word, cut mid-word or with an ellipsis, a subject with only its relative clause, a tweet's hashtags or
  links, unbalanced quotes), of which
  cut mid-word (the label stops inside a word of its source sentence);
- person pages: pages for a non-person or a bare title, and gold people split over several pages.

    .venv/bin/python benchmarks/event_bench.py [--split dev|test|all] [--event ID …] [--details] [--keep DIR]

`--split test` scores the event kept aside (issue 15: scored once, at the end, reported apart).
"""
from __future__ import annotations

import argparse
import calendar
import html
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Any, Optional

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import event_conflicts  # noqa: E402
import wikiref  # noqa: E402
from wikiref import fold, matches_any, words  # noqa: E402

TOP = 8
#: A label ending on one of these stops before its clause does ('… promised that it would someday be').
DANGLING = set("""a an the of to in on at by for with from and or but nor that which who whom whose as than be been
being is are was were has have had will would could should may might must can not its their his her our your my
this these those into onto over under about after before while although because if when where whether so such very
more most some any no every each also it they he she we i you there then including near like between among against
during without within upon via per amid despite toward towards""".split())
#: A label opening on one of these is a subordinate or coordinate piece, not a clause of its own.
OPENERS = {"although", "though", "which", "who", "whom", "whose", "whereas", "and", "but", "or", "nor"}
_TWEET = re.compile(r"(?:^|\s)[#@]\w|https?://|pic\.twitter|\bt\.co/")
_CUT_MARK = re.compile(r"(?:…|\.\.\.)\s*$")
#: A subject and a relative clause that runs to the label's end: 'Hewitt, who has not got past the fourth round.'
_RELATIVE_ONLY = re.compile(r"^[^,]{1,60},\s+(?:who|which|whose|whom)\b[^,]*$")


def fragment_reasons(label: str, bodies: str) -> list[str]:
    """Why `label` is not a complete short clause ([] when it is one).  `bodies`: the sources' text, to tell
    a label that stops inside a word of its sentence."""
    text = " ".join(str(label or "").split())
    ws = text.split()
    reasons = []
    if len(words(text)) < 2:
        reasons.append("too short")
    if text[:1].islower():
        reasons.append("starts lower-case")
    if _CUT_MARK.search(text):
        reasons.append("cut (ellipsis)")
    core = _CUT_MARK.sub("", text).rstrip(" .,;:")
    last = words(core)[-1:] if core else []
    own_end = text.endswith((".", "!", "?")) and (core + text[-1]) in bodies     # the source's sentence ends so
    if last and last[0] in DANGLING and not own_end:
        reasons.append(f"ends on '{last[0]}'")
    if _RELATIVE_ONLY.match(core) and not own_end:
        reasons.append("a subject and its relative clause only")
    if ws and words(ws[0])[:1] and words(ws[0])[0] in OPENERS:
        reasons.append(f"opens with '{ws[0]}'")
    if _TWEET.search(text):
        reasons.append("hashtag/handle/link")
    if text.count("“") != text.count("”") or text.count('"') % 2 or text.count("(") != text.count(")"):
        reasons.append("unbalanced quotes/brackets")
    if cut_mid_word(core, bodies):
        reasons.append("cut mid-word")
    return reasons


def cut_mid_word(core: str, bodies: str) -> bool:
    """The label's text occurs in a source only as the start of a longer word ('… imminent R' of 'Russian')."""
    if len(core) < 12 or not core[-1:].isalnum():
        return False
    starts = [m.end() for m in re.finditer(re.escape(core), bodies)]
    return bool(starts) and all(end < len(bodies) and bodies[end].isalnum() for end in starts)


# --- the built project -------------------------------------------------------------------------------------------

@dataclass
class Built:
    summary: dict
    bodies: str                         # every source's cleaned paragraphs, one per line
    pages: list[str]                    # person page titles
    seconds: float
    error: Optional[str] = None


def build(project: Path) -> Built:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "generator", "--root", str(project), "build", "--no-site"],
                         cwd=wikiref.ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    folder = project / "briefings"
    summary_path = folder / "summary.yaml"
    if run.returncode != 0 or not summary_path.is_file():
        return Built({}, "", [], seconds, error=(run.stderr or run.stdout).strip().splitlines()[-1:] or ["failed"])
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    summary = yaml.load(summary_path.read_text(encoding="utf-8"), Loader=loader) or {}
    paragraphs = []
    for path in sorted(folder.glob("*.yaml")):
        if path.name != summary_path.name:
            doc = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}
            paragraphs += [" ".join(str(p).split()) for p in doc.get("body") or []]
    return Built(summary, "\n".join(paragraphs), person_pages(project / "docs"), seconds)


def person_pages(docs: Path) -> list[str]:
    """The titles of the person pages the site has (their '# ' heading, Markdown escapes undone)."""
    titles = []
    for path in sorted((docs / "people").glob("*.md")):
        if path.name == "index.md":
            continue
        heading = next((ln[2:] for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith("# ")), "")
        titles.append(re.sub(r"\\(.)", r"\1", html.unescape(heading)).strip())
    return titles


# --- scores ------------------------------------------------------------------------------------------------------

def day_range(value: Any) -> Optional[tuple[Date, Date]]:
    """'2015-11-13' -> that day; '2015-11' -> the month; a bare year or anything else -> None."""
    text = str(value or "")
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", text):
            d = Date.fromisoformat(text[:10])
            return d, d
        if re.fullmatch(r"\d{4}-\d{2}", text):
            y, m = int(text[:4]), int(text[5:7])
            return Date(y, m, 1), Date(y, m, calendar.monthrange(y, m)[1])
    except ValueError:
        return None
    return None


def period_range(value: Any) -> Optional[tuple[Date, Date]]:
    """`day_range`, and also a year ('2014': the whole year) and a range 'A/B' (A's first day to B's last)."""
    text = str(value or "")
    if "/" in text:
        start, end = (period_range(part) for part in text.split("/", 1))
        return (start[0], end[1]) if start and end else None
    if re.fullmatch(r"\d{4}", text):
        return Date(int(text), 1, 1), Date(int(text), 12, 31)
    return day_range(text)


def when_right(when: Optional[tuple[Date, Date]], start: Date, end: Date) -> bool:
    """The summary's `when` (a day, a month, a range) is right when it holds a gold day and lies within the
    gold range widened to whole months: a day inside the range, or the month that holds the gold day ('August
    2008' for 25 August 2008), is right; a year, or a range reaching into other months, is not."""
    if not when:
        return False
    first = start.replace(day=1)
    last = end.replace(day=calendar.monthrange(end.year, end.month)[1])
    return when[0] <= end and when[1] >= start and first <= when[0] and when[1] <= last


def _gold_range(r: dict) -> tuple[Date, Date]:
    return Date.fromisoformat(str(r["start"])), Date.fromisoformat(str(r["end"]))


def event_of(summary: dict) -> dict:
    """The summary's event; before it had one, the title line (what and where) and the anchor (when)."""
    event = summary.get("event")
    if isinstance(event, dict):
        return {k: event.get(k) for k in ("what", "where", "when")}
    title = summary.get("title") or ""
    return {"what": title, "where": title, "when": summary.get("anchor")}


def score_event(summary: dict, gold: dict) -> dict:
    ev = event_of(summary)
    when = period_range(ev.get("when"))
    start, end = _gold_range(gold["when"])
    return {"event": ev,
            "what": bool(ev.get("what")) and matches_any(ev["what"], gold["what"]),
            "where": any(fold(p) in fold(ev.get("where")) for p in gold["where"]),
            "when": when_right(when, start, end),
            "when_wide": bool(when) and not when_right(when, start, end) and when[0] <= start and end <= when[1]}


def headline_facts(summary: dict) -> list[dict]:
    """The home page's headline facts in order: the summary's facts (ranked), background ones excluded."""
    return [f for f in summary.get("facts") or [] if isinstance(f, dict) and not f.get("background")
            and f.get("section") != "background"]


def score_headline(summary: dict, gold: dict, bodies: str) -> dict:
    top = headline_facts(summary)[:TOP]
    rows, covered = [], set()
    for f in top:
        hits = [d["id"] for d in gold["developments"] if matches_any(f.get("statement"), d["match"])]
        covered.update(hits)
        rows.append((str(f.get("statement") or ""), hits, len(f.get("sources") or []),
                     fragment_reasons(f.get("statement") or "", bodies)))
    return {"top": len(top), "developments": sum(bool(r[1]) for r in rows), "covered": len(covered), "rows": rows}


def score_timeline(summary: dict, gold: dict, bodies: str) -> dict:
    items = [t for t in summary.get("timeline") or [] if isinstance(t, dict)]
    start, end = _gold_range(gold["window"])
    inside = []
    for t in items:
        r = day_range(t.get("date"))
        inside.append(bool(r) and r[1] >= start and r[0] <= end and (r[0] == r[1] or r[0] >= start))
    rows = [(str(t.get("date")), str(t.get("event") or ""), ok, fragment_reasons(t.get("event") or "", bodies))
            for t, ok in zip(items, inside)]
    return {"total": len(items), "inside": sum(inside), "story_days": len({r[0] for r in rows if r[2]}),
            "first_is_story": bool(inside) and inside[0], "rows": rows}


@dataclass
class Result:
    gold: dict
    built: Built
    scores: dict = field(default_factory=dict)


def score(gold: dict, built: Built) -> Result:
    s, bodies = {**built.summary, "_pages": built.pages}, built.bodies
    head, tl = score_headline(s, gold, bodies), score_timeline(s, gold, bodies)
    labels = [r[3] for r in head["rows"]] + [r[3] for r in tl["rows"]]
    return Result(gold, built, {
        "event": score_event(s, gold), "headline": head, "timeline": tl,
        "fragments": sum(bool(r) for r in labels), "mid_word": sum("cut mid-word" in r for r in labels),
        "labels": len(labels), "conflicts": event_conflicts.score_conflicts(s, gold),
        "updates": event_conflicts.score_updates(s, gold), "people": event_conflicts.score_people(s, gold)})


# --- report ------------------------------------------------------------------------------------------------------

HEADER = ["event", "split", "articles", "what", "where", "when", "top-8 key devs", "devs covered",
          "conflicts found", "spurious", "updates found", "timeline in window", "first is story day",
          "fragment labels", "mid-word cuts", "person pages", "not people", "duplicates", "s"]


def row(r: Result, n: int) -> list[str]:
    if r.built.error:
        return [r.gold["event"], r.gold.get("split", ""), str(n), f"build failed: {r.built.error}"] + [""] * 15
    s = r.scores
    ev, head, tl, c, u, p = s["event"], s["headline"], s["timeline"], s["conflicts"], s["updates"], s["people"]
    yes = lambda b: "yes" if b else "NO"  # noqa: E731
    when = "NO (wider)" if ev.get("when_wide") else yes(ev["when"]) if ev["event"].get("when") else "none"
    return [r.gold["event"], r.gold.get("split", ""), str(n), yes(ev["what"]), yes(ev["where"]), when,
            f"{head['developments']}/{head['top']}", f"{head['covered']}/{len(r.gold['developments'])}",
            f"{c['found']}/{c['gold']}", str(c["spurious"]), f"{u['found']}/{u['gold']}",
            f"{tl['inside']}/{tl['total']}", yes(tl["first_is_story"]), f"{s['fragments']}/{s['labels']}",
            str(s["mid_word"]), str(p["pages"]), str(p["not_people"]), str(p["duplicates"]),
            f"{r.built.seconds:.1f}"]


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"  # noqa: E731
    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


def details(r: Result) -> str:
    s = r.scores
    out = [f"## {r.gold['event']}", f"event: {s['event']['event']}", f"top {TOP} headline facts:"]
    for text, hits, n, why in s["headline"]["rows"]:
        out.append(f"  [{','.join(hits) or '-'}] ({n} src) {text[:150]}" + (f"  <- FRAGMENT: {why}" if why else ""))
    out.append(f"timeline ({s['timeline']['inside']}/{s['timeline']['total']} in window):")
    for d, label, ok, why in s["timeline"]["rows"][:40]:
        out.append(f"  {'*' if ok else ' '} {d}: {label[:120]}" + (f"  <- FRAGMENT: {why}" if why else ""))
    c, u, p = s["conflicts"], s["updates"], s["people"]
    out.append(f"conflicts missed {c['missed']}; spurious {c['spurious_items'][:8]}")
    out.append(f"updates missed {u['missed']}; shown as conflicts {u['as_conflict']}")
    out.append(f"not people {p['not_people_items'][:12]}; duplicates {p['duplicate_items'][:8]}; "
               f"gold people with a page {p['gold_people_with_page']}/{p['gold_people']}")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", choices=["dev", "test", "held", "all"],
                    help="held: test events kept for a later session's first look (not in test or all)")
    ap.add_argument("--event", action="append", help="only this event id (repeatable)")
    ap.add_argument("--details", action="store_true", help="print each event's facts, timeline and misses")
    ap.add_argument("--keep", type=Path, help="build the projects under this folder and keep them")
    args = ap.parse_args()
    golds = wikiref.events(args.split, args.event)
    if not golds:
        print(f"no gold events for split {args.split!r} / {args.event}")
        return 1
    reasons = {gold["event"]: wikiref.skip_reason(gold.get("corpus")) for gold in golds}
    for reason in dict.fromkeys(r for r in reasons.values() if r):
        print(f"skipped: {reason}")
    golds = [gold for gold in golds if not reasons[gold["event"]]]
    if not golds:
        return 0
    results, rows = [], []
    with tempfile.TemporaryDirectory(prefix="event-bench-") as tmp:
        base = args.keep or Path(tmp)
        for gold in golds:
            project = wikiref.make_project(gold, base / gold["event"])
            n = len(wikiref.event_files(gold))
            built = build(project)
            r = score(gold, built) if not built.error else Result(gold, built)
            results.append(r)
            rows.append(row(r, n))
    print(f"Events (WikiRef220 and BBC News; gold in benchmarks/data/events/; split {args.split}); targets: what/where/when "
          f"right, >=5 of top {TOP} key developments, >=80% conflicts and updates, <=1 spurious, 0 fragments")
    print(table(HEADER, rows))
    if args.details:
        for r in results:
            if not r.built.error:
                print()
                print(details(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
