"""Blocs: who sides with whom, by community detection on the signed relation graph.

Method. Each pair of actors gets a signed weight, its net cooperation over the
window (cooperative minus conflictual events, from :func:`~.dyads.dyads`).
Blocs are the partition that best fits structural balance ("the friend of my
friend..."): it minimises the Doreian–Mrvar imbalance, conflict inside blocs plus
cooperation across them (equal weights). We start from Louvain communities of the
positive graph (networkx, fixed seed, so results are deterministic), then move
single actors to the bloc (or a bloc of their own) that lowers the imbalance, and
merge blocs whose cross ties are on balance cooperative, until nothing helps. An
actor tied to the others only by conflict ends up alone. (Signed modularity was
tried first: on small graphs its null model splits weakly tied allies off.)

Stability: the window is cut into ``windows`` equal parts and blocs are found in
each; an actor's stability is the mean Jaccard similarity of its bloc in the whole
window and in each part where it appears (1.0 = the same company every time).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from realpolitik.analysis._filters import as_date
from realpolitik.analysis.dyads import dyads

if TYPE_CHECKING:
    import pandas as pd

    from realpolitik.store import EventStore

Edge = tuple[str, str]


def frustration(weights: dict[Edge, float], part: dict[str, int], alpha: float = 0.5) -> float:
    """Doreian–Mrvar imbalance: ``alpha`` × conflict inside blocs + (1 − alpha) × cooperation
    between blocs."""
    total = 0.0
    for (a, b), w in weights.items():
        same = part[a] == part[b]
        if w < 0 and same:
            total += alpha * -w
        elif w > 0 and not same:
            total += (1 - alpha) * w
    return total


def signed_communities(weights: dict[Edge, float], nodes: Iterable[str] | None = None,
                       *, seed: int = 0, max_rounds: int = 50) -> list[set[str]]:
    """Blocs of a signed graph (edge weight > 0 cooperation, < 0 conflict), largest first."""
    import networkx as nx

    all_nodes = sorted(set(nodes or ()) | {n for e in weights for n in e})
    if not all_nodes:
        return []
    g = nx.Graph()
    g.add_nodes_from(all_nodes)
    g.add_weighted_edges_from((a, b, w) for (a, b), w in weights.items() if w > 0)
    part: dict[str, int] = {}
    for i, com in enumerate(nx.community.louvain_communities(g, weight="weight", seed=seed)):
        for n in com:
            part[n] = i
    best = frustration(weights, part)
    for _ in range(max_rounds):
        improved = False
        for n in all_nodes:  # move one actor to the bloc (or a new one) that lowers imbalance
            current = part[n]
            choice, choice_p = current, best
            for c in sorted(set(part.values()) | {max(part.values()) + 1}):
                if c == current:
                    continue
                part[n] = c
                p = frustration(weights, part)
                if p < choice_p - 1e-12:
                    choice, choice_p = c, p
            part[n] = choice
            if choice != current:
                best, improved = choice_p, True
        for c1 in sorted(set(part.values())):  # merge two blocs when that lowers it
            for c2 in sorted(set(part.values())):
                if c1 >= c2 or c1 not in part.values() or c2 not in part.values():
                    continue
                trial = {n: (c1 if c == c2 else c) for n, c in part.items()}
                p = frustration(weights, trial)
                if p < best - 1e-12:
                    part, best, improved = trial, p, True
        if not improved:
            break
    groups: dict[int, set[str]] = defaultdict(set)
    for n, c in part.items():
        groups[c].add(n)
    return sorted(groups.values(), key=lambda s: (-len(s), sorted(s)))


def _weights(store: EventStore, start: date | None, end: date | None,
             factuality: str | Iterable[str] | None, min_events: int
             ) -> tuple[dict[Edge, float], dict[str, tuple[int, int]]]:
    frame = dyads(store, start=start, end=end, factuality=factuality, min_events=min_events)
    weights: dict[Edge, float] = {}
    ties: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for a, b, net in zip(frame["a"], frame["b"], frame["net_cooperation"], strict=True):
        weights[(a, b)] = float(net)
        for n in (a, b):
            ties[n][0 if net > 0 else 1] += int(net != 0)
    return weights, {n: (p, m) for n, (p, m) in ties.items()}


def blocs(store: EventStore, *, start: str | date | None = None, end: str | date | None = None,
          factuality: str | Iterable[str] | None = None, windows: int = 4,
          min_events: int = 1, countries_only: bool = True) -> pd.DataFrame:
    """One row per actor: its bloc, the bloc's members, its ties and its stability.

    ``countries_only`` keeps actors with an ISO code (drops IGOs and named groups).
    """
    import pandas as pd

    start_d, end_d = as_date(start), as_date(end)
    weights, ties = _weights(store, start_d, end_d, factuality, min_events)
    if countries_only:
        weights = {e: w for e, w in weights.items()
                   if all(len(n) == 3 and n.isupper() for n in e)}
    weights = {e: w for e, w in weights.items() if w != 0}
    groups = signed_communities(weights)
    stability = _stability(store, groups, weights, start_d, end_d, factuality, windows,
                           min_events)
    rows = []
    for i, group in enumerate(groups, 1):
        members = ", ".join(sorted(group))
        for actor in sorted(group):
            pos, neg = ties.get(actor, (0, 0))
            rows.append({"bloc": i, "actor": actor, "bloc_size": len(group), "members": members,
                         "cooperative_ties": pos, "conflictual_ties": neg,
                         "stability": stability.get(actor)})
    return pd.DataFrame(rows, columns=["bloc", "actor", "bloc_size", "members",
                                       "cooperative_ties", "conflictual_ties", "stability"])


def _stability(store: EventStore, groups: list[set[str]], weights: dict[Edge, float],
               start: date | None, end: date | None, factuality: str | Iterable[str] | None,
               windows: int, min_events: int) -> dict[str, float]:
    if windows < 2 or not groups:
        return {}
    if start is None or end is None:
        span = store.scalar("SELECT [min(date), max(date)] FROM dyad_facts")
        start, end = start or span[0], end or span[1]
    if start is None or end is None or end <= start:
        return {}
    days = (end - start).days + 1
    whole = {n: g for g in groups for n in g}
    scores: dict[str, list[float]] = defaultdict(list)
    for k in range(windows):
        lo = start + timedelta(days=days * k // windows)
        hi = start + timedelta(days=days * (k + 1) // windows - 1)
        part_weights, _ = _weights(store, lo, hi, factuality, min_events)
        part_weights = {e: w for e, w in part_weights.items() if e in weights and w != 0}
        present = {n for e in part_weights for n in e}
        for g in signed_communities(part_weights):
            for n in g:
                mine = whole[n] & present
                scores[n].append(len(mine & g) / len(mine | g))
        del present
    return {n: round(sum(v) / len(v), 2) for n, v in scores.items()}
