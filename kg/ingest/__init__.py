"""Reading: paths, stdin, JSONL and HTML -> :class:`~kg.types.Document`, page furniture removed (:mod:`~kg.ingest.readers`)."""
