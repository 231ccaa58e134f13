"""kg: knowledge graphs of who did what to whom, from news.

Importing kg is cheap: no spaCy model is loaded and no file is read until you build.

>>> import kg
>>> kg.KnowledgeGraph.__name__
'KnowledgeGraph'
"""

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "__version__"]

if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph


def __getattr__(name: str):
    # The API pulls in pandas, rdflib and networkx: import it on first use, not with ``import kg``.
    if name == "KnowledgeGraph":
        from kg.graph import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
