"""Resolution: mentions -> canonical actors, per document and across the corpus (:mod:`~kg.resolve.actors`)."""
