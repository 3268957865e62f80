"""Series: one programme across the documents of one organisation (issue 27).

A corpus step, run after extraction (``planparse series DATASET``, and at the end of
``planparse extract``): it reads the dataset, gives every project a ``series_id`` shared by
its mentions in the organisation's other documents (last year's plan, a budget sheet),
applies the team's crosswalk (``series.csv`` beside the manifest), and writes
``projects.series_id`` and the ``programmes`` table (one row per programme per document,
with its mention in the plan of the year before). ``suggest_links`` lists the links its
rules did not make, for a person to put in the crosswalk.
"""

from planparse.series.link import SeriesReport, Suggestion, link_dataset, suggest_links

__all__ = ["SeriesReport", "Suggestion", "link_dataset", "suggest_links"]
