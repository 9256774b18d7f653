"""The headless command line of design.md: each command prints results, or one sentence and exits.

Every command's implementation lives in its own module, imported only when the
command runs (documents, charts and worksheets pull in heavy libraries).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__, i18n
from app.errors import RencanaError

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
DOC_KINDS = ("masterplan", "analysis", "quickwins", "summary", "minutes", "attendance",
             "commitment", "programmes", "slides", "realisation", "evaluation")
COMMANDS = ("demo", "check", "dump", "import", "export", "merge", "chart", "room")


def _demo(args: argparse.Namespace) -> int:
    from app import demo

    demo.write_demo(Path(args.out)).close()
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from app.check import check_file

    print("\n".join(check_file(Path(args.file)).lines()))
    return EXIT_OK


def _dump(args: argparse.Namespace) -> int:
    from app import dump
    from app.storage import safe

    db = safe.load_copy(Path(args.file))
    sys.stdout.write(dump.dumps(db))
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from app import worksheets
    from app.progress import terminal

    if args.realisation:
        return _import_realisation(args)
    kind = "people" if args.participants else "programmes"
    source = Path(args.participants or args.programmes)
    count = worksheets.import_file(Path(args.file), kind, source, terminal(label=source.name))
    print(i18n.translate("{count} rows imported.", i18n.cli_language()).format(count=count))
    return EXIT_OK


def _import_realisation(args: argparse.Namespace) -> int:
    from app.evaluation.sheet_import import import_realisation

    done = import_realisation(Path(args.file), Path(args.realisation))
    print(i18n.translate("{values} realisation values and {budgets} budget cells imported.",
                         i18n.cli_language()).format(values=done.values, budgets=done.budgets))
    return EXIT_OK


def _export_evaluation(args: argparse.Namespace) -> int:
    from app.errors import ValidationError
    from app.progress import terminal

    if args.year is None:
        raise ValidationError("Name the year to evaluate with --year YYYY.")
    out = Path(args.output)
    if args.doc == "realisation":
        from app.evaluation.sheet import export_realisation

        export_realisation(Path(args.file), args.year, out, args.opd, args.lang)
        return EXIT_OK
    from app.evaluation.report import export_report

    export_report(Path(args.file), args.year, out, lang=args.lang, paper=args.paper,
                  progress=terminal(label=out.name))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from app.progress import terminal

    if args.doc in ("realisation", "evaluation"):
        return _export_evaluation(args)
    out = Path(args.output)
    if args.doc == "programmes":
        from app import worksheets

        worksheets.export_programmes(Path(args.file), out)
        return EXIT_OK
    if args.doc == "slides":
        from app.slides import export_deck

        export_deck(Path(args.file), out, lang=args.lang, progress=terminal(label=out.name))
        return EXIT_OK
    from app.documents import export_document

    export_document(Path(args.file), args.doc, out, session=args.session, lang=args.lang,
                    paper=args.paper, progress=terminal(label=out.name))
    return EXIT_OK


def _merge(args: argparse.Namespace) -> int:
    from app import merge
    from app.progress import terminal

    report = merge.merge_files(Path(args.out), [Path(p) for p in args.inputs],
                               progress=terminal(label=Path(args.out).name))
    print("\n".join(report.lines()))
    return EXIT_OK


def _chart(args: argparse.Namespace) -> int:
    from app import charts

    charts.write_chart(Path(args.file), args.kind, Path(args.output))
    return EXIT_OK


def _room(args: argparse.Namespace) -> int:
    from app.room import headless

    return headless.serve(Path(args.file), args.host, args.port, code=args.code,
                          session=args.session, accept_all=args.accept_all, votes=args.votes,
                          say=lambda line: print(line, flush=True))


def _add_room(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    room = _add(sub, "room", _room, "serve room mode: phones send cards and votes (Ctrl+C stops)")
    room.description = (
        "Serve the phone page and its JSON API until Ctrl+C; print the address and the join "
        "code. Cards from phones are stored at once as pending (see them with dump; accept "
        "them in the window's Room panel) unless --accept-all puts them straight on the board.")
    room.add_argument("file")
    room.add_argument("--host", default="127.0.0.1", metavar="ADDR",
                      help="address to listen on (default 127.0.0.1: this laptop only; give "
                           "the laptop's Wi-Fi address, e.g. 192.168.8.10, for phones)")
    room.add_argument("--port", type=int, default=8080, metavar="N",
                      help="port (default 8080; 0 picks a free one)")
    room.add_argument("--code", metavar="NNNNNN", help="six-digit join code (default: random)")
    room.add_argument("--session", type=int, metavar="N",
                      help="put the cards in session N (1 = the first); phones see its cards")
    room.add_argument("--accept-all", action="store_true",
                      help="accept every card without moderation (default: pending)")
    room.add_argument("--votes", type=int, default=5, metavar="N",
                      help="dot votes per phone (default 5; 0 keeps voting closed)")


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the headless commands."""
    parser = argparse.ArgumentParser(prog="main.py", description="Rencana workbook commands")
    parser.add_argument("--version", action="version", version=f"Rencana {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    _add(sub, "demo", _demo, "write the bundled Kota Madiun demo").add_argument("out")
    _add(sub, "check", _check, "integrity, version and counts").add_argument("file")
    _add(sub, "dump", _dump, "canonical JSON of the user content").add_argument("file")
    imp = _add(sub, "import", _import, "import a people or programme worksheet")
    imp.add_argument("file")
    which = imp.add_mutually_exclusive_group(required=True)
    which.add_argument("--participants", metavar="IN")
    which.add_argument("--programmes", metavar="IN")
    which.add_argument("--realisation", metavar="IN")
    exp = _add(sub, "export", _export, "export a document or the programme worksheet")
    exp.add_argument("file")
    exp.add_argument("--doc", required=True, choices=DOC_KINDS)
    exp.add_argument("--session", type=int, default=1)
    exp.add_argument("--year", type=int, default=None)
    exp.add_argument("--opd", default=None)
    exp.add_argument("--lang", choices=i18n.LANGUAGES, default=i18n.DEFAULT_LANGUAGE)
    exp.add_argument("--paper", choices=("a4", "f4"), default="a4")
    exp.add_argument("-o", "--output", required=True)
    mrg = _add(sub, "merge", _merge, "merge team copies into a new workbook")
    mrg.add_argument("out")
    mrg.add_argument("inputs", nargs="+")
    cht = _add(sub, "chart", _chart, "draw a chart as PNG or SVG")
    cht.add_argument("file")
    cht.add_argument("--kind", required=True, choices=("roadmap", "budget", "readiness"))
    cht.add_argument("-o", "--output", required=True)
    _add_room(sub)
    return parser


def _add(sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str,
         handler: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_text)
    parser.set_defaults(handler=handler)
    return parser


def run(argv: Sequence[str]) -> int:
    """Run one headless command; return the process exit code. Never raises."""
    args = build_parser().parse_args(argv)
    lang = i18n.cli_language()
    try:
        code: int = args.handler(args)
        return code
    except RencanaError as exc:
        return _fail(exc.message(lang))
    except sqlite3.Error as exc:
        return _fail(i18n.translate("The workbook could not be read or written: {reason}.",
                                    lang).format(reason=exc))
    except OSError as exc:
        reason = exc.strerror or str(exc)
        name = Path(exc.filename).name if exc.filename else ""
        return _fail(i18n.translate("Cannot use {name}: {reason}.", lang).format(
            name=name, reason=reason))
    except KeyboardInterrupt:
        return _fail(i18n.translate("Cancelled.", lang))
    except Exception as exc:  # a bug: still one sentence, never a traceback
        return _fail(i18n.translate("Rencana hit an unexpected problem: {reason}.", lang)
                     .format(reason=f"{type(exc).__name__}: {exc}"))


def _fail(sentence: str) -> int:
    print(sentence, file=sys.stderr)
    return EXIT_PROBLEM


i18n.register({
    "{count} rows imported.": "{count} baris diimpor.",
    "{values} realisation values and {budgets} budget cells imported.":
        "{values} nilai realisasi dan {budgets} sel anggaran diimpor.",
    "Name the year to evaluate with --year YYYY.": "Sebutkan tahun evaluasi dengan --year YYYY.",
    "The workbook could not be read or written: {reason}.":
        "Buku kerja tidak dapat dibaca atau ditulis: {reason}.",
    "Cannot use {name}: {reason}.": "Tidak dapat memakai {name}: {reason}.",
    "Cancelled.": "Dibatalkan.",
    "Rencana hit an unexpected problem: {reason}.":
        "Rencana mengalami masalah tak terduga: {reason}.",
})
