"""The command line's vocabulary and help: one name for the build folder, flags that look like
flags, help text that keeps its brackets (#20 item 6)."""

from __future__ import annotations

import re

import typer
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()
WIDE = {"COLUMNS": "250"}  # one line an option


def _commands() -> dict:
    return typer.main.get_command(app).commands


def test_every_command_that_reads_or_writes_a_build_takes_out_and_o():
    options = {name: {opt for param in command.params for opt in param.opts} for name, command in _commands().items()}
    for name in ("build", "query", "serve", "push", "validate", "export", "view"):
        assert {"--out", "-o"} <= options[name], name
    assert "--store" in options["query"] and "--store" in options["serve"]  # the old name still works
    # export: --out is the build it reads, --to the one file it writes
    export = runner.invoke(app, ["export", "--help"], env=WIDE)
    assert re.search(r"--out\s+-o\s+<path>\s+The build folder to read \(what kg build --out wrote\)\.", export.output)
    assert re.search(r"--to\s+<path>\s+The file to write \(default: <out>/export\.<suffix>; - for stdout\)\.", export.output)


def test_flags_show_no_value_in_help():
    """Typer showed `--quiet -q <bool>`, as if the flag took a value."""
    for name in _commands():
        shown = runner.invoke(app, [name, "--help"], env=WIDE)
        assert shown.exit_code == 0, name
        assert "<bool>" not in shown.output, name
    build = runner.invoke(app, ["build", "--help"], env=WIDE).output
    assert re.search(r"--quiet\s+-q\s+No progress bar or summary; warnings only\.", build)
    assert re.search(r"--help\s+Show this message and exit\.", build)
    assert re.search(r"--jobs\s+-j\s+<int range>", build)  # options that take a value keep their type


def test_build_help_keeps_the_name_of_the_extra():
    """rich read "[cluster]" in "pip install 'kg[cluster]'" as markup and dropped it."""
    build = runner.invoke(app, ["build", "--help"], env=WIDE).output
    assert "Needs pip install 'kg[cluster]'." in build
