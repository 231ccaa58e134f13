"""Parsing: the spaCy pipeline loaded once (:mod:`~kg.nlp.model`), parsing and extraction here, in worker
processes or on Dask (:mod:`~kg.nlp.parallel`), and the cache of parsed documents (:mod:`~kg.nlp.cache`)."""
