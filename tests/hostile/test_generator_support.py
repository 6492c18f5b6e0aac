"""What the generator tests share: the hostile fixtures, parsing and generating them into a
temporary tree, and the checks that generated code is only code we meant to write."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from codegen.api import ParseResult, generate, parse_docs, write_snapshots
from codegen.render.render import render_sources
from codegen.snapshot import service_to_json

HOSTILE = Path(__file__).resolve().parent / "fixtures"
ROOT = Path(__file__).resolve().parents[2]
FIXTURE_DOCS = ROOT / "tests" / "fixtures" / "docs"

PAYLOAD = '"""; import os; os.system("touch PWNED") #'
"""What the outside probe put in a WSDL address: a module that runs it makes a file."""

HOSTILE_NAMES = [
    PAYLOAD,
    "'''; import os #",
    "\\",
    'ends in a quote"',
    "a\u2028b\u2029c\x85d",
    "\x00\x1b[2J\x07",
    "\u202egnp.exe",
    "../x",
    "../../etc/passwd",
    "/abs/olute",
    "C:\\win",
    "class",
    "match",
    "None",
    "__init__",
    "self",
    "Invoke",
    "Record",
    "Namespace",
    "Получить",
    "x" * 300,
    "",
    " ",
    "{x}",
    "%s",
    "\udc80",
]
"""Names that have broken generators: code in quotes, line and paragraph separators, control
and format characters, paths, keywords, names generated code uses, non-Latin, very long, empty,
lone surrogates."""

ALLOWED_IMPORTS = {"__future__", "dataclasses", "datetime", "decimal", "enum", "importlib"}
ALLOWED_IMPORTS |= {"typing", "lxml", "httpx"}
FORBIDDEN_NAMES = {"os", "sys", "subprocess", "system", "exec", "eval", "compile", "open"}
FORBIDDEN_NAMES |= {"__import__", "getattr_static", "breakpoint", "input", "globals_"}


def _import_time_nodes(body: list[ast.stmt]) -> list[ast.AST]:
    """The expressions of ``body`` that run when the module is imported: everything but the
    insides of functions (their decorators and defaults do run), class bodies included."""
    out: list[ast.AST] = []
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            out += node.decorator_list + node.args.defaults
            out += [d for d in node.args.kw_defaults if d is not None]
        elif isinstance(node, ast.ClassDef):
            out += node.decorator_list + node.bases + node.keywords
            out += _import_time_nodes(node.body)
        else:
            out.append(node)
    return out


_PASSED: set[str] = set()
"""Sources :func:`check_module` has passed. Its verdict depends on the text alone (``where``
only names it in a failure), and the fuzzers render the same modules over and over: about
4,000 checks of 250 texts. A text that failed is never here, so it is checked again."""


def check_module(source: str, where: str) -> None:
    """``source`` parses, imports only what generated code imports, and holds at module level
    only imports, classes, functions, assignments, docstrings, the ``if TYPE_CHECKING:`` block
    and ``register_xml_types``; nothing that runs on import names a way to run commands or
    code: importing it does nothing but define names."""
    if source in _PASSED:
        return
    _check_module(source, where)
    _PASSED.add(source)


def _check_module(source: str, where: str) -> None:
    tree = ast.parse(source, where)
    compile(tree, where, "exec")
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                assert alias.name.split(".")[0] in ALLOWED_IMPORTS, (where, alias.name)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            assert (node.module or "").split(".")[0] in ALLOWED_IMPORTS, (where, node.module)
    for top in _import_time_nodes(tree.body):
        for node in ast.walk(top):
            if isinstance(node, ast.Name):
                assert node.id not in FORBIDDEN_NAMES, (where, node.id, node.lineno)
            elif isinstance(node, ast.Attribute):
                assert node.attr not in {"system", "popen", "spawn", "remove", "unlink"}, (
                    where,
                    node.attr,
                )
    for index, node in enumerate(tree.body):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            # the module docstring, or the docstring of the assignment above it
            assert isinstance(node.value.value, str), (where, node.lineno)
            continue
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
            call = node.value.func
            assert isinstance(call, ast.Name) and call.id == "register_xml_types", (
                where,
                node.lineno,
                ast.dump(node)[:200],
            )
            continue
        if isinstance(node, ast.If):
            assert ast.unparse(node.test) == "TYPE_CHECKING", (where, node.lineno)
            assert all(isinstance(n, ast.ImportFrom) for n in node.body), (where, node.lineno)
            continue
        allowed = (
            ast.Import,
            ast.ImportFrom,
            ast.ClassDef,
            ast.FunctionDef,
            ast.AsyncFunctionDef,
            ast.Assign,
            ast.AnnAssign,
        )
        assert isinstance(node, allowed), (where, index, type(node).__name__, node.lineno)


def check_sources(files: dict[str, str]) -> None:
    """Every generated Python module checked with :func:`check_module`; every path plain."""
    for rel, text in files.items():
        assert not rel.startswith(("/", "\\")) and ".." not in rel.split("/"), rel
        if rel.endswith(".py") and rel.count("/") >= 2:  # not the static runtime modules
            check_module(text, rel)


def parse(*roots: Path) -> ParseResult:
    return parse_docs(list(roots))


def snapshots(result: ParseResult, specs: Path) -> Path:
    write_snapshots(result, specs)
    return specs


def generate_tree(result: ParseResult, base: Path) -> Path:
    """Snapshots of ``result`` in ``base/specs``, generated into ``base/out``."""
    generate(snapshots(result, base / "specs"), base / "out")
    return base / "out"


IMPORT_ALL = textwrap.dedent("""
    import importlib, pkgutil, sys
    import superoffice
    names = []
    for info in pkgutil.walk_packages(superoffice.__path__, "superoffice."):
        if info.name.split(".")[1] in ("online", "auth"):
            continue  # the Online flows need the optional extra; nothing generated there
        importlib.import_module(info.name)
        names.append(info.name)
    print(len(names))
    """)


def import_everything(out: Path, sandbox: Path) -> int:
    """Import every generated module in a fresh interpreter whose working folder is the empty
    ``sandbox``; the folder must still be empty afterwards (the payload writes a file there),
    and the import must not fail. Returns how many modules were imported."""
    sandbox.mkdir(parents=True, exist_ok=True)
    assert not any(sandbox.iterdir())
    env = {**os.environ, "PYTHONPATH": str(out), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL],
        cwd=sandbox,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert not any(sandbox.iterdir()), sorted(p.name for p in sandbox.iterdir())
    return int(done.stdout.strip())


def render_checked(result: ParseResult) -> dict[str, str]:
    """Render the parsed services from their snapshots (as ``generate`` would) and check
    every module; nothing is formatted or written."""
    from codegen.snapshot import service_from_json

    services = [service_from_json(service_to_json(s)) for s in result.services]
    files = render_sources(services)
    check_sources(files)
    return files


def test_check_module_rejects_what_it_should() -> None:
    # the checks themselves: each of these must fail
    for bad in [
        "import os\n",
        "x = 1\nprint(x)\n",
        '"""doc"""; import os\n',
        "if True:\n    pass\n",
        "from subprocess import run\n",
        "X = __import__('os')\n",
    ]:
        try:
            check_module(bad, "bad.py")
        except (AssertionError, SyntaxError):
            continue
        raise AssertionError(f"accepted {bad!r}")
    check_module('"""doc"""\nfrom __future__ import annotations\n\nX = 1\n', "good.py")
