"""Resolution: mentions -> canonical actors, per document (:mod:`~kg.resolve.actors`) and across the corpus (:mod:`~kg.resolve.corpus`)."""
