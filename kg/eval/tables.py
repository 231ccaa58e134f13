"""The tables ``kg eval`` prints: built here from the figures, printed by the CLI."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from kg.eval.gold import Evaluation


def print_gold_report(out: Console, result: Evaluation) -> None:
    """``kg eval PRED GOLD``: a row per document, the event grouping, the misses and false positives."""
    table = Table(title=f"kg eval ({'actor pairs' if result.pairs else 'strict relations'})", title_justify="left")
    for column in ("document", "pred", "correct", "precision", "recall core", "recall core+hard", "F1"):
        table.add_column(column, justify="left" if column == "document" else "right")
    for doc, score in [*sorted(result.by_doc.items()), ("all", result.overall)]:
        table.add_row(
            doc, str(score.n_pred), str(score.n_pred_correct), f"{score.precision:.2f}",
            f"{score.recall_core:.2f} ({score.n_core_found}/{score.n_core})",
            f"{score.recall:.2f} ({score.n_core_found + score.n_hard_found}/{score.n_core + score.n_hard})",
            f"{score.f1:.2f}", style="bold" if doc == "all" else None,
        )  # fmt: skip
    out.print(table)
    if result.grouping is not None:
        g = result.grouping
        out.print(
            f"event grouping (pairwise, {g.matched} matched predictions): precision {g.precision:.2f} "
            f"({g.both}/{g.pred_pairs}), recall {g.recall:.2f} ({g.both}/{g.gold_pairs}), F1 {g.f1:.2f}",
            highlight=False,
        )
    if result.misses:
        out.print(f"[bold]missed ({len(result.misses)})[/bold]")
        for g in result.misses:
            out.print(f"  {g.doc} [{g.tier}] {g.describe()}", highlight=False, soft_wrap=True)
    if result.false_positives:
        out.print(f"[bold]false positives ({len(result.false_positives)})[/bold]")
        for p in result.false_positives:
            out.print(f"  {p.doc} {p.describe()}", highlight=False, soft_wrap=True)


def benchmark_table(figures: dict[str, Any]) -> Table:
    """``kg eval --benchmark plover|petrarch2-gsr|re3d``: the headline figures."""
    scorer = " (strict names)" if figures.get("strict") else ""
    title = f"kg eval --benchmark {figures.get('benchmark', '')} --split {figures.get('split', 'all')}{scorer}"
    table = Table(title=title, title_justify="left", show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    for key in ("precision", "recall", "f1", "class_accuracy", "n_gold", "n_pred", "seconds"):
        value = figures.get(key)
        table.add_row(key, "n/a" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value))
    return table


def news_table(report: dict[str, Any]) -> Table:
    """``kg eval --benchmark news-dev|news-test``: a row per story and the whole split."""
    table = Table(title=f"kg eval --benchmark {report['benchmark']} (actor labels, as the evaluations score)", title_justify="left")
    columns = ("story", "pages", "pred", "precision", "core recall", "all recall", "F1", "pairs F1", "doc dates", "page dates",
               "stated dates", "event dates", "same-event F1")  # fmt: skip
    for column in columns:
        table.add_column(column, justify="left" if column == "story" else "right", no_wrap=True)
    for story, entry in [*report["stories"].items(), ("all", report)]:
        label, dates, events = entry["label"], entry["doc_dates"], entry.get("events")
        table.add_row(
            story, str(entry["pages"]), str(label["predicted"]), f"{label['precision']:.2f}",
            f"{label['recall_core']:.2f} ({label['core_found']}/{label['core']})",
            f"{label['recall']:.2f} ({label['core_found'] + label['hard_found']}/{label['core'] + label['hard']})",
            f"{label['f1']:.2f}", f"{entry['pairs']['f1']:.2f}", f"{dates['found']}/{dates['gold']}",
            f"{entry['document_dates']['found']}/{entry['document_dates']['gold']}" if "document_dates" in entry else "n/a",
            f"{events['stated_right']}/{events['stated']}" if events else "n/a",
            f"{events['right']}/{events['dated']}" if events else "n/a",
            f"{events['same_f1']:.2f} ({events['both_same']}/{events['kg_same']}/{events['gold_same']})" if events else "n/a",
            style="bold" if story == "all" else None,
        )  # fmt: skip
    table.caption = (
        "doc dates: pages whose stated date the rows' doc_date gives (a page without a statement has no row); "
        "page dates: the same from every document's schema:datePublished in the RDF; "
        "stated dates: found statements whose own page lets a careful reader date them, dated right / all; "
        "event dates: found statements whose event has a gold date (from any page of the story), dated right / all; "
        "same-event F1: pairwise over "
        "found statements (pairs kg and gold both group / kg groups / gold groups)"
    )
    return table
