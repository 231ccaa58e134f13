"""Resolution: mentions -> canonical actors, per document (:mod:`~kg.resolve.actors`; pronouns and pairs in
:mod:`~kg.resolve.references`, the types in :mod:`~kg.resolve.local`) and across the corpus (:mod:`~kg.resolve.corpus`)."""
