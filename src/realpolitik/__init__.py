"""realpolitik: political event data from news — who did what to whom, when, where, with evidence.

The public API: :class:`Pipeline` codes articles into :class:`Event` records;
:func:`read_documents` reads the contract's input formats.
"""

from realpolitik.model import Actor, Article, Event, Evidence, Place

__version__ = "0.1.0"

__all__ = ["Actor", "Article", "Event", "Evidence", "Place", "__version__"]
