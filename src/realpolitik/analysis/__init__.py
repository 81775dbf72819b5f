"""Analysis over the event store: plain functions ``(store, filters...) -> pandas.DataFrame``.

:func:`events` lists events (or reports), :func:`dyads` summarises each pair of
actors, :func:`timeline` follows one pair over time, :func:`blocs` finds who sides
with whom on the signed cooperation/conflict graph, and :func:`shifts` ranks the
pairs whose relation changed most between two windows. Events are counted once
per event cluster unless ``reports=True``.
"""

from __future__ import annotations

from realpolitik.analysis.blocs import blocs, signed_communities
from realpolitik.analysis.dyads import dyads, shifts, timeline
from realpolitik.analysis.events import events

__all__ = ["blocs", "dyads", "events", "shifts", "signed_communities", "timeline"]
