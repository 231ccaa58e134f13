"""Events: relation lemma -> PLOVER class, CAMEO code, quad class (:mod:`~kg.events.classes`); the date
a statement gives (:mod:`~kg.events.dates`); statements grouped into real-world events (:mod:`~kg.events.grouping`)."""
