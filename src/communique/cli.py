"""The command line: `communique ARTICLE`, `extract`, `brief`, `eval`, `batch`.

Errors the user can cause print one line on stderr and exit with status 2 (bad input)
or 1 (a failure while working); never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from communique import __version__

COMMANDS = ("read", "extract", "brief", "eval", "batch", "lexicon")
EXIT_INPUT = 2


class CliError(Exception):
    pass


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--date", metavar="YYYY-MM-DD", help="publication date (overrides the front matter)"
    )
    p.add_argument(
        "--lang", metavar="CODE", help="article language: es, en, fr, pt (overrides detection)"
    )
    p.add_argument(
        "--lexicon",
        metavar="DIR",
        action="append",
        default=[],
        help="extra lexicon/actor folder (repeatable)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="communique",
        description="A terminal reader for diplomatic and political news: actors, quotes, meetings and positions.",
        epilog="Run `communique COMMAND --help` for a command's options. `communique ARTICLE` opens the reader.",
    )
    parser.add_argument("--version", action="version", version=f"communique {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("read", help="open an article (or a folder of articles) in the reader")
    p.add_argument("article", help="article file, folder, URL, or - for standard input")
    _common(p)

    p = sub.add_parser(
        "extract", help="analyse an article and write the analysis JSON or the Markdown brief"
    )
    p.add_argument("article", help="article file, URL, or - for standard input")
    p.add_argument(
        "--format",
        choices=("json", "markdown", "md"),
        default="json",
        help="output format (default: json)",
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    p.add_argument(
        "--brief-lang",
        metavar="CODE",
        help="language of the brief's labels (default: the article's)",
    )
    _common(p)

    p = sub.add_parser("brief", help="write the Markdown brief of an article")
    p.add_argument("article", help="article file, URL, or - for standard input")
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    p.add_argument(
        "--brief-lang",
        metavar="CODE",
        help="language of the brief's labels (default: the article's)",
    )
    _common(p)

    p = sub.add_parser(
        "eval", help="score the analyser on NAME.md + NAME.gold.json pairs in a folder"
    )
    p.add_argument("gold_dir", help="folder with NAME.md and NAME.gold.json files")
    p.add_argument(
        "--verbose", "-v", action="store_true", help="list missed and spurious items per article"
    )
    p.add_argument("--json", metavar="FILE", help="also write the full scores as JSON")
    p.add_argument(
        "--pred-dir",
        metavar="DIR",
        help="score existing NAME.json predictions instead of running the analyser",
    )

    p = sub.add_parser(
        "batch", help="analyse many articles (files and folders) into an output folder"
    )
    p.add_argument(
        "paths", nargs="+", help="files and folders (searched recursively for .md, .txt, .html)"
    )
    p.add_argument("--out", required=True, metavar="DIR", help="output folder")
    p.add_argument(
        "--format", choices=("md", "json", "both"), default="both", help="what to write per article"
    )
    p.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=0,
        metavar="N",
        help="worker processes (default: CPU count)",
    )
    p.add_argument("--force", action="store_true", help="overwrite existing outputs")
    _common(p)

    p = sub.add_parser("lexicon", help="check user lexicon and actor files")
    p.add_argument("action", choices=("check",), help="what to do")
    p.add_argument("dir", nargs="?", help="folder to check (default: the user's config folder)")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if (
        argv
        and argv[0] not in COMMANDS
        and not argv[0].startswith("-")
        or (argv and argv[0] == "-")
    ):
        argv = ["read", *argv]
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 0
    try:
        for d in getattr(args, "lexicon", []) or []:
            from communique.resources import add_lexicon_dir

            if not Path(d).is_dir():
                raise CliError(f"--lexicon {d}: not a folder")
            add_lexicon_dir(Path(d))
        return COMMAND_FUNCS[args.command](args)
    except CliError as e:
        print(f"communique: {e}", file=sys.stderr)
        return EXIT_INPUT
    except _input_errors() as e:
        print(f"communique: {e}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("communique: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        except OSError:
            pass
        return 0


def _input_errors() -> tuple[type[BaseException], ...]:
    from communique.article import ArticleError

    return (ArticleError,)


def load_article(args):
    source = args.article
    if source.startswith(("http://", "https://")):
        from communique.fetch import fetch_article

        return fetch_article(source, date_override=args.date, lang_override=args.lang)
    from communique.article import load

    return load(source, date_override=args.date, lang_override=args.lang)


def _write(text: str, output: str | None) -> None:
    if output and output != "-":
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as e:
            raise CliError(f"cannot write {output}: {e.strerror or e}") from None
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def cmd_extract(args) -> int:
    from communique.pipeline import analyze

    article = load_article(args)
    analysis = analyze(article)
    if args.format == "json":
        _write(analysis.to_json(), args.output)
    else:
        from communique.brief import render_brief

        _write(render_brief(analysis, lang=args.brief_lang), args.output)
    return 0


def cmd_brief(args) -> int:
    args.format = "markdown"
    return cmd_extract(args)


def cmd_eval(args) -> int:
    from communique.evaluate import evaluate_dir, format_report

    gold_dir = Path(args.gold_dir)
    if not gold_dir.is_dir():
        raise CliError(f"{gold_dir}: not a folder")
    report = evaluate_dir(gold_dir, pred_dir=Path(args.pred_dir) if args.pred_dir else None)
    if not report["articles"]:
        raise CliError(f"{gold_dir}: no NAME.gold.json files with a NAME.md beside them")
    print(format_report(report, verbose=args.verbose))
    if args.json:
        import json

        Path(args.json).write_text(
            json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return 0


def cmd_batch(args) -> int:
    from communique.batch import run_batch

    return run_batch(args)


def cmd_read(args) -> int:
    target = args.article
    if target != "-" and not target.startswith(("http://", "https://")) and Path(target).is_dir():
        from communique.reader.app import run_folder

        return run_folder(Path(target), date_override=args.date, lang_override=args.lang)
    article = load_article(args)
    if not sys.stdout.isatty() or os.environ.get("COMMUNIQUE_NO_TUI"):
        # not a terminal: print the summary instead of starting a full-screen app
        from communique.pipeline import analyze
        from communique.summary import print_summary

        print_summary(analyze(article))
        return 0
    from communique.reader.app import run_reader

    return run_reader(article)


def cmd_lexicon(args) -> int:
    from communique.resources.check import check_dir

    problems = check_dir(Path(args.dir) if args.dir else None)
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


COMMAND_FUNCS = {
    "read": cmd_read,
    "extract": cmd_extract,
    "brief": cmd_brief,
    "eval": cmd_eval,
    "batch": cmd_batch,
    "lexicon": cmd_lexicon,
}
