"""`communique eval`: score analyses against gold annotations (NAME.md + NAME.gold.json).

Matching rules (docs/evaluation.md): names match case- and accent-insensitively against
a gold actor's name and aliases, ignoring leading articles; quotes match by token
overlap ≥ 0.7; meetings by equal start date or evidence overlap; positions when the
predicted evidence + statement covers ≥ 60% of the gold evidence tokens and an actor
agrees. Every match is one-to-one, best pairs first.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

_ARTICLES = frozenset("el la los las lo the le les l o a os as der die das il un una".split())
_TOKEN = re.compile(r"\w+")
CATEGORIES = ("actors", "quotes", "meetings", "positions")


def _fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def name_key(s: str | None) -> str:
    words = _TOKEN.findall(_fold(s))
    i = 0
    while i < len(words) and words[i] in _ARTICLES:
        i += 1
    return " ".join(words[i:])


def _bag(s: str | None) -> Counter:
    return Counter(_TOKEN.findall(_fold(s)))


def token_overlap(a: str, b: str) -> float:
    x, y = _bag(a), _bag(b)
    if not x or not y:
        return 0.0
    return sum((x & y).values()) / max(sum(x.values()), sum(y.values()))


def coverage(pred: str, gold: str) -> float:
    x, y = _bag(pred), _bag(gold)
    total = sum(y.values())
    return sum((x & y).values()) / total if total else 0.0


def _prf(tp: int, npred: int, ngold: int) -> dict[str, Any]:
    p = tp / npred if npred else (1.0 if ngold == 0 else 0.0)
    r = tp / ngold if ngold else 1.0
    return {
        "tp": tp,
        "pred": npred,
        "gold": ngold,
        "p": p,
        "r": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
    }


def _required(item: dict) -> bool:
    return bool(item.get("required", True))


def _one_to_one(
    preds: list, golds: list, score, threshold: float, strict: bool = False
) -> dict[int, int]:
    """pred index → gold index, greedily by best score; required gold items win ties."""
    rows = []
    for pi, p in enumerate(preds):
        for gi, g in enumerate(golds):
            s = score(p, g)
            if (s > threshold) if strict else (s >= threshold):
                rows.append((-s, not _required(g), pi, gi))
    rows.sort()
    used_p: dict[int, int] = {}
    used_g: set[int] = set()
    for _, _, pi, gi in rows:
        if pi in used_p or gi in used_g:
            continue
        used_p[pi] = gi
        used_g.add(gi)
    return used_p


class _GoldActors:
    def __init__(self, actors: list[dict]):
        self.actors = actors
        self.index: dict[str, int] = {}
        for i, a in enumerate(actors):
            for n in [a.get("name", ""), *a.get("aliases", [])]:
                self.index.setdefault(name_key(n), i)

    def find(self, name: str | None) -> int | None:
        return self.index.get(name_key(name))

    def find_all(self, names) -> set[int]:
        return {i for n in names or [] if (i := self.find(n)) is not None}


def score_article(gold: dict, pred: dict | None) -> dict[str, Any]:
    pred = pred if isinstance(pred, dict) else {}
    g_actors = _GoldActors(gold.get("actors", []))
    result: dict[str, Any] = {}

    # actors ----------------------------------------------------------------------------------
    pred_actors = pred.get("actors") or []
    to_gold: dict[str, int] = {}
    matched: set[int] = set()
    tp = fp = kind_ok = 0
    spurious = []

    def gold_of(pa: dict) -> int | None:
        i = g_actors.find(pa.get("name"))
        if i is not None:
            return i
        votes = Counter(
            j for m in pa.get("mentions") or [] if (j := g_actors.find(m.get("text"))) is not None
        )
        return votes.most_common(1)[0][0] if votes else None

    for pa in pred_actors:
        gi = gold_of(pa)
        if gi is None:
            fp += 1
            spurious.append(pa.get("name"))
            continue
        to_gold[pa.get("id")] = gi
        if gi in matched:
            fp += 1
            continue
        matched.add(gi)
        ga = g_actors.actors[gi]
        if _required(ga):
            tp += 1
            kind_ok += pa.get("kind") in ga.get("kind", [])
    n_req = sum(1 for a in g_actors.actors if _required(a))
    result["actors"] = _prf(tp, tp + fp, n_req)
    result["actors"]["kind_acc"] = kind_ok / tp if tp else 0.0
    result["actors"]["missed"] = [
        a["name"] for i, a in enumerate(g_actors.actors) if _required(a) and i not in matched
    ]
    result["actors"]["spurious"] = spurious

    def gold_ids(ids) -> set[int]:
        if ids is None:
            return set()
        if isinstance(ids, str):
            ids = [ids]
        return {to_gold[i] for i in ids if i in to_gold}

    # quotes ---------------------------------------------------------------------------------
    gq, pq = gold.get("quotes", []), pred.get("quotes") or []
    qmap = _one_to_one(pq, gq, lambda p, g: token_overlap(p.get("text", ""), g["text"]), 0.7)
    back = {gi: pi for pi, gi in qmap.items()}
    req = [i for i, g in enumerate(gq) if _required(g)]
    tp = sum(1 for gi in req if gi in back)
    result["quotes"] = _prf(tp, tp + sum(1 for pi in range(len(pq)) if pi not in qmap), len(req))
    ok = 0
    wrong = []
    for gi in req:
        if gi not in back:
            continue
        want = g_actors.find(gq[gi].get("speaker")) if gq[gi].get("speaker") else None
        if want is not None and want in gold_ids(pq[back[gi]].get("speaker")):
            ok += 1
        else:
            wrong.append(gq[gi]["text"][:40])
    result["quotes"]["attribution"] = ok / len(req) if req else 1.0
    result["quotes"]["missed"] = [gq[gi]["text"][:60] for gi in req if gi not in back]
    result["quotes"]["wrong_speaker"] = wrong

    # meetings ------------------------------------------------------------------------------------
    gm, pm = gold.get("meetings", []), pred.get("meetings") or []

    def evidence_text(p: dict) -> str:
        ev = p.get("evidence")
        return ev.get("text", "") if isinstance(ev, dict) else str(ev or "")

    def mscore(p: dict, g: dict) -> float:
        c = coverage(evidence_text(p), g.get("evidence", ""))
        if g.get("start") and p.get("start") == g["start"]:
            return 1.0 + c
        return c if c >= 0.5 else 0.0

    mmap = _one_to_one(pm, gm, mscore, 0.0, strict=True)
    back = {gi: pi for pi, gi in mmap.items()}
    req = [i for i, g in enumerate(gm) if _required(g)]
    tp = sum(1 for gi in req if gi in back)
    result["meetings"] = _prf(tp, tp + sum(1 for pi in range(len(pm)) if pi not in mmap), len(req))
    dated = [gi for gi in req if gm[gi].get("start")]
    result["meetings"]["date_acc"] = (
        sum(
            1
            for gi in dated
            if gi in back
            and pm[back[gi]].get("start") == gm[gi]["start"]
            and (pm[back[gi]].get("end") or None) == (gm[gi].get("end") or None)
        )
        / len(dated)
        if dated
        else 1.0
    )
    placed = [gi for gi in req if gm[gi].get("place")]
    result["meetings"]["place_acc"] = (
        sum(
            1
            for gi in placed
            if gi in back
            and g_actors.find(gm[gi]["place"]) is not None
            and g_actors.find(pm[back[gi]].get("place") or "") == g_actors.find(gm[gi]["place"])
        )
        / len(placed)
        if placed
        else 1.0
    )
    want_total = got = 0
    for gi in req:
        want = g_actors.find_all(gm[gi].get("participants"))
        want_total += len(want)
        if gi in back:
            got += len(want & gold_ids(pm[back[gi]].get("participants") or []))
    result["meetings"]["participants_r"] = got / want_total if want_total else 1.0
    result["meetings"]["missed"] = [gm[gi].get("evidence", "")[:60] for gi in req if gi not in back]
    result["meetings"]["spurious"] = [
        evidence_text(pm[pi])[:60] for pi in range(len(pm)) if pi not in mmap
    ]

    # positions -------------------------------------------------------------------------------------
    gp, pp = gold.get("positions", []), pred.get("positions") or []

    def pscore(p: dict, g: dict) -> float:
        c = coverage(evidence_text(p) + " " + str(p.get("statement") or ""), g["evidence"])
        if c < 0.6:
            return 0.0
        if not gold_ids(p.get("actors", p.get("actor"))) & g_actors.find_all(g.get("actors")):
            return 0.0
        return c

    pmap = _one_to_one(pp, gp, pscore, 0.0, strict=True)
    back = {gi: pi for pi, gi in pmap.items()}
    req = [i for i, g in enumerate(gp) if _required(g)]
    tp = sum(1 for gi in req if gi in back)
    result["positions"] = _prf(tp, tp + sum(1 for pi in range(len(pp)) if pi not in pmap), len(req))
    result["positions"]["missed"] = [gp[gi]["evidence"][:60] for gi in req if gi not in back]
    result["positions"]["spurious"] = [
        evidence_text(pp[pi])[:60] for pi in range(len(pp)) if pi not in pmap
    ]
    return result


def aggregate(results: dict[str, dict]) -> dict[str, Any]:
    agg: dict[str, Any] = {}
    for cat in CATEGORIES:
        agg[cat] = _prf(
            sum(r[cat]["tp"] for r in results.values()),
            sum(r[cat]["pred"] for r in results.values()),
            sum(r[cat]["gold"] for r in results.values()),
        )
    n = len(results) or 1
    agg["actors"]["kind_acc"] = sum(r["actors"]["kind_acc"] for r in results.values()) / n
    agg["quotes"]["attribution"] = sum(r["quotes"]["attribution"] for r in results.values()) / n
    for k in ("date_acc", "place_acc", "participants_r"):
        agg["meetings"][k] = sum(r["meetings"][k] for r in results.values()) / n
    parts = [
        agg["actors"]["f1"],
        agg["quotes"]["f1"],
        agg["quotes"]["attribution"],
        agg["meetings"]["f1"],
        agg["meetings"]["date_acc"],
        agg["positions"]["f1"],
    ]
    agg["overall"] = sum(parts) / len(parts)
    return agg


def gold_pairs(gold_dir: Path) -> list[tuple[str, Path, Path]]:
    out = []
    for gf in sorted(gold_dir.glob("*.gold.json")):
        name = gf.name[: -len(".gold.json")]
        md = gold_dir / f"{name}.md"
        if md.exists():
            out.append((name, md, gf))
    return out


def evaluate_dir(gold_dir: Path, pred_dir: Path | None = None) -> dict[str, Any]:
    from communique.article import ArticleError, load
    from communique.model import contract_errors
    from communique.pipeline import analyze

    results: dict[str, dict] = {}
    contract: dict[str, list[str]] = {}
    for name, md, gf in gold_pairs(gold_dir):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        pred: dict | None
        if pred_dir is not None:
            try:
                pred = json.loads((pred_dir / f"{name}.json").read_text(encoding="utf-8"))
            except (OSError, ValueError) as e:
                pred, contract[name] = None, [f"no readable prediction: {type(e).__name__}"]
        else:
            try:
                pred = analyze(load(str(md))).to_dict()
            except ArticleError as e:
                pred, contract[name] = None, [str(e)]
        if pred is not None:
            contract[name] = contract_errors(pred)
        results[name] = score_article(gold, pred)
    return {"aggregate": aggregate(results), "articles": results, "contract": contract}


def format_report(report: dict[str, Any], verbose: bool = False) -> str:
    lines = []
    for name, r in report["articles"].items():
        line = (
            f"{name:34s} actors {r['actors']['f1']:.2f}  quotes {r['quotes']['f1']:.2f}/{r['quotes']['attribution']:.2f}"
            f"  meetings {r['meetings']['f1']:.2f} date {r['meetings']['date_acc']:.2f}  positions {r['positions']['f1']:.2f}"
        )
        errs = report["contract"].get(name) or []
        if errs:
            line += f"  CONTRACT: {len(errs)} error(s)"
        lines.append(line)
        if verbose:
            for cat in CATEGORIES:
                for key in ("missed", "spurious", "wrong_speaker"):
                    if r[cat].get(key):
                        lines.append(f"    {cat}.{key}: {r[cat][key]}")
            lines.extend(f"    contract: {e}" for e in errs[:5])
    a = report["aggregate"]
    lines.append("")
    lines.append(f"{'category':12s} {'P':>6s} {'R':>6s} {'F1':>6s}   other")
    lines.append(
        f"{'actors':12s} {a['actors']['p']:6.3f} {a['actors']['r']:6.3f} {a['actors']['f1']:6.3f}   kind accuracy {a['actors']['kind_acc']:.3f}"
    )
    lines.append(
        f"{'quotes':12s} {a['quotes']['p']:6.3f} {a['quotes']['r']:6.3f} {a['quotes']['f1']:6.3f}   attribution {a['quotes']['attribution']:.3f}"
    )
    m = a["meetings"]
    lines.append(
        f"{'meetings':12s} {m['p']:6.3f} {m['r']:6.3f} {m['f1']:6.3f}   date {m['date_acc']:.3f} place {m['place_acc']:.3f} participants {m['participants_r']:.3f}"
    )
    lines.append(
        f"{'positions':12s} {a['positions']['p']:6.3f} {a['positions']['r']:6.3f} {a['positions']['f1']:6.3f}"
    )
    n_err = sum(len(v) for v in report["contract"].values())
    lines.append(
        f"overall {a['overall']:.3f} over {len(report['articles'])} article(s); contract errors {n_err}"
    )
    return "\n".join(lines)
