"""Evaluation: scoring kg's statements against gold annotations, and its extractor against public
actor-event-actor benchmarks.

Modules: :mod:`~kg.eval.gold` (``kg eval PRED GOLD``: triples.jsonl against gold JSONL),
:mod:`~kg.eval.datasets` (where the benchmark data is, and its loaders), :mod:`~kg.eval.codes`
(actor names -> country codes), :mod:`~kg.eval.scoring` (dyad matching, P/R/F1, bootstrap),
:mod:`~kg.eval.report` (error kinds and examples) and :mod:`~kg.eval.benchmarks`
(``kg eval --benchmark NAME``).

Three benchmarks (data under ``shared/benchmarks/``, see its ``README.md`` for the recipe):

``plover``
    PLOVER gold-standard records (215 news-style sentences, ISO-3166 actor codes, PLOVER class).
``petrarch2-gsr``
    PETRARCH-2 validation records (78 sentences, CAMEO actor and event codes).
``re3d``
    Dstl re3d (Syria/Iraq documents with typed relations between entity spans).

How a run scores (all choices are made here, once, and reported in the result's ``scoring``):

* **Actors -> codes** (plover, petrarch2-gsr): a statement's subject and object are mapped to a
  country code (ISO-3166 alpha-3, or the classes ``IGO`` / ``NGO`` / ``IMG``) by :class:`~kg.eval.codes.CodeMapper`:
  the actor label first, then the label of the actor's affiliation, then the words of the surface
  text (longest, leftmost capitalised n-gram: "Moroccan diplomats" -> MAR). The name table is
  ``kg/data/actor_codes.json`` (built by ``scripts/build_actor_codes.py`` from the MIT-licensed CAMEO /
  PETRARCH dictionaries, plus a hand table and kg's own gazetteer). A statement with an end that
  does not map is not a prediction; such ends are counted in ``unmapped_actors``.
* **Dyads.** Per sentence, the gold set and the predicted set of (source, target) dyads, each
  deduplicated. A dyad is *undirected* when its class is symmetric (CONSULT / AGREE / COOPERATE,
  CAMEO roots 03 / 04 / 06), when the predicted verb is symmetric ("meet", "clash": kg's lexicon),
  or when a PLOVER record names two sources and no target ("Jordan and Britain have agreed").
  A (A, B) and (B, A) pair where either is undirected is one undirected dyad. A gold dyad and a
  predicted dyad match when they name the same two codes, in the same direction unless one of
  them is undirected. Precision = matched predictions / predictions, recall = matched gold /
  gold, micro-averaged over sentences; ``ci95`` is a sentence-bootstrap interval for F1.
* **Classes.** ``class_accuracy`` = among gold dyads that matched, the fraction where one of the
  matching predictions has the gold class (PLOVER: ``relation.event`` with the 2016 class names
  renamed; petrarch2-gsr: CAMEO root ``relation.cameo[:2]``). ``with_class`` scores dyad + class.
* **re3d** has no codes: a predicted statement matches a gold relation when the subject and the
  object each match the gold source / target text (the actor label or the surface text equals it,
  or one's words are a contiguous part of the other's, case-insensitive), per document.

``python scripts/run_benchmarks.py [NAME ...]`` prints the results of several benchmarks as one JSON
object; ``python scripts/build_actor_codes.py [CODEBOOK_DIR]`` regenerates the code table.
"""
