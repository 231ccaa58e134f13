"""What a build writes: ``triples.jsonl`` (:mod:`~kg.outputs.jsonl`), ``graph.trig`` (:mod:`~kg.outputs.rdf`),
the Oxigraph store and its named queries (:mod:`~kg.outputs.store`), ``graph.html`` (:mod:`~kg.outputs.viewer`;
a large build's overview page :mod:`~kg.outputs.overview` and its evidence files :mod:`~kg.outputs.evidence`);
and what is made from a build: exports (:mod:`~kg.outputs.export`), SHACL validation
(:mod:`~kg.outputs.validate`), upload to a Graph Store Protocol endpoint (:mod:`~kg.outputs.publish`)."""
