"""Reading: paths, stdin, JSONL and HTML -> :class:`~kg.types.Document` (:mod:`~kg.ingest.readers`), page
furniture removed (:mod:`~kg.ingest.clean`)."""
