"""The command line starts without the heavy stages: each command imports what it needs when it runs.
Checked in a fresh interpreter (this one has imported everything already) by reading its sys.modules."""
import json
import subprocess
import sys

from typer.testing import CliRunner

from pharmalens.analysis.exports import FORMATS
from pharmalens.interfaces.cli import app

NEVER_AT_START = ("sqlalchemy", "fastapi", "numpy", "scipy", "jinja2", "alembic", "mcp")
NOT_FOR_EXTRACT = ("sqlalchemy", "fastapi", "scipy", "jinja2", "alembic", "mcp", "openpyxl")

RUN_AND_LIST = """
import json, sys
sys.argv = ["pharmalens", *json.loads(sys.argv[1])]
from pharmalens.interfaces.cli import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
"""


def loaded_after(*args: str) -> set[str]:
    """Modules a fresh interpreter holds after running `pharmalens ARGS` (no args: the import alone)."""
    code = RUN_AND_LIST if args else (
        "import json, sys; import pharmalens.interfaces.cli; "
        "print('MODULES ' + json.dumps(sorted(sys.modules)), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code, json.dumps(list(args))], capture_output=True, text=True,
                          timeout=120, check=False)
    line = next((line for line in done.stderr.splitlines() if line.startswith("MODULES ")), None)
    assert line is not None, done.stderr
    return set(json.loads(line.removeprefix("MODULES ")))


def packages(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


def test_importing_the_cli_imports_no_heavy_module():
    loaded = packages(loaded_after())
    assert "typer" in loaded  # the probe sees what the import brought in
    assert not loaded & set(NEVER_AT_START), loaded & set(NEVER_AT_START)


def test_help_runs_without_the_store_or_numpy():
    loaded = packages(loaded_after("--help"))
    assert not loaded & set(NEVER_AT_START), loaded & set(NEVER_AT_START)
    assert not packages(loaded_after("kb", "--help")) & set(NEVER_AT_START)


def test_a_command_imports_the_stage_it_runs(tmp_path):
    loaded = loaded_after("show", "companies", "--json", "--database", f"sqlite:///{tmp_path / 'kb.db'}")
    assert "sqlalchemy" in packages(loaded)


def test_extract_imports_no_store_web_server_or_templates(tmp_path):
    news = tmp_path / "note.txt"
    news.write_text("Corvane Therapeutics licensed CV-88, a Phase 2 antibody, to Helmsgate Bio for "
                    "an upfront payment of $12 million, the companies said on 4 May 2026.\n", encoding="utf-8")
    modules = loaded_after("extract", "--json", str(news))
    assert "pharmalens.extraction.pipeline" in modules  # extraction ran
    loaded = packages(modules)
    assert not loaded & set(NOT_FOR_EXTRACT), loaded & set(NOT_FOR_EXTRACT)


def test_export_help_names_every_format():
    result = CliRunner().invoke(app, ["export", "--help"], terminal_width=200)
    assert result.exit_code == 0
    for fmt in FORMATS:
        assert fmt in result.output


def test_extract_with_a_warm_cache_reads_vocabulary_word_lists_and_pinyin_without_their_packages(tmp_path):
    from pathlib import Path
    news = Path(__file__).resolve().parents[2] / "examples" / "news"
    args = ("extract", "--json", str(news))
    loaded_after(*args)  # the start-up tables are in the cache from here on
    loaded = loaded_after(*args)
    assert {"pharmalens.resolve.names", "pharmalens.extraction.word_frequency"} <= loaded  # names keyed, words weighed
    parsed_or_built = {"pypinyin", "wordfreq", "numpy.ma", "numpy.random", "yaml"}
    assert not parsed_or_built & loaded, parsed_or_built & loaded


def test_extract_of_a_utf8_file_in_process_needs_no_worker_pool_or_charset_detection(tmp_path):
    news = tmp_path / "note.txt"
    news.write_text("Corvane Therapeutics licensed CV-88 to Helmsgate Bio for $12 million.\n", encoding="utf-8")
    loaded = packages(loaded_after("extract", "--json", str(news)))
    assert not {"multiprocessing", "concurrent", "charset_normalizer"} & loaded, loaded
