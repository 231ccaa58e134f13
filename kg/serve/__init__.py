"""Serving a build: the read-only SPARQL endpoint (:mod:`~kg.serve.endpoint`) and the viewer page
(:mod:`~kg.serve.viewer`)."""
