"""Render snapshots into packages: view model -> Jinja templates -> formatter -> files.

``render_files`` is pure (model in, ``{path: bytes}`` out); writing is the caller's job.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from ..model import Service
from ..naming import before_closing_quotes, literal, wrap_doc
from ..reserved import static_exports
from .format import DEFAULT_FORMATTER, Formatter, Progress, format_all
from .imports import import_block, module_key, name_key
from .view import DOC_WIDTH, ServiceView


def _templates() -> Path:
    """The templates: installed beside the package (``codegen/templates``), or in a checkout,
    the top-level ``templates/`` folder."""
    installed = Path(__file__).resolve().parents[1] / "templates"
    return installed if installed.is_dir() else Path(__file__).resolve().parents[2] / "templates"


TEMPLATES = _templates()
TOP = "superoffice"


def docstring_literal(lines: list[str], indent: int) -> str:
    """Docstring lines as a ``\"\"\"`` literal indented for its place. The lines come from
    :func:`~codegen.naming.wrap_doc` or :func:`~codegen.naming.doc_line`, which escape them;
    a bare string here is a template bug."""
    if not isinstance(lines, list):
        raise TypeError(f"docstring takes escaped lines, not {type(lines).__name__}")
    if len(lines) == 1:
        return f'"""{before_closing_quotes(lines[0])}"""'
    pad = " " * indent
    body = "\n".join(pad + line if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{body}\n{pad}"""'


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.filters["docstring"] = docstring_literal
    env.filters["literal"] = literal
    return env


def docstring(text: str) -> str:
    """A module docstring from doc text."""
    return docstring_literal(wrap_doc(text, DOC_WIDTH), 0)


def module_source(doc: str, body: str, symbols: dict[str, str], name: str) -> str:
    """A module's unformatted source: docstring, the imports its body uses, the body."""
    header = docstring(doc) + "\n\n" + import_block(body, symbols)
    return header + "\n\n" + body.strip() + "\n"


def _symbols(pairs: list[tuple[str, str]], depth: int) -> dict[str, str]:
    """Importable names -> module, relative to a module ``depth`` packages below ``superoffice``.

    ``pairs`` are relative to the version package (``..runtime``, ``.types.table_right``)."""
    symbols = dict.fromkeys(static_exports("runtime"), "." * (depth + 1) + "runtime")
    if depth == 1:
        symbols.update(dict.fromkeys(static_exports("transport"), "..transport"))
        symbols["HEADERS"] = ".headers"
    for module, name in pairs:
        if module.startswith(".types.") and depth == 2:
            module = "." + module[len(".types.") :]
        elif module == "..runtime":
            continue
        symbols[name] = module
    return symbols


def render_service(service: Service, progress: Progress | None = None) -> dict[str, str]:
    """``{relative path: source}`` for one version's package."""
    view = ServiceView(service)
    package = f"{TOP}/{service.package}"
    files: dict[str, str] = {}
    env = environment()
    type_template = env.get_template("types_module.py.j2")
    modules = view.type_modules()
    for module in modules:
        body = type_template.render(module=module)
        symbols = _symbols(view.module_imports[module.name], depth=2)
        files[f"{package}/types/{module.name}.py"] = module_source(
            module.doc, body, symbols, module.name
        )
    exports = view.exported_types()
    type_checking = sorted(
        exports, key=lambda pair: (module_key("." + pair[1]), name_key(pair[0]))
    )
    index_body = env.get_template("types_index.py.j2").render(
        exports=exports,
        type_checking=type_checking,
        namespace=service.agents[0].namespace if service.agents else "",
        wire_types=view.wire_types(),
    )
    files[f"{package}/types/__init__.py"] = module_source(
        f"Every {service.version} record and enumeration, by name.\n\n"
        "Each type lives in a small module of its own (types that refer to each other in a "
        "cycle share one); this index imports a module only when one of its names is first used, "
        "and tells ``xs:anyType`` values which type an ``xsi:type`` names.",
        index_body,
        _symbols([], depth=2),
        "types/__init__",
    )
    headers_body = env.get_template("headers.py.j2").render(headers=view.headers_view())
    files[f"{package}/headers.py"] = module_source(
        f"{service.version} SOAP headers: credentials and time zone out; exception info, extra "
        "info and time zone back.",
        headers_body,
        _symbols(view.module_imports["headers"], depth=1),
        "headers",
    )
    agent_template = env.get_template("agent_module.py.j2")
    for index, agent in enumerate(service.agents):
        if progress:
            progress(index + 1, len(service.agents), f"{service.version} {agent.name}")
        module = view.agent_module(agent)
        body = agent_template.render(module=module)
        symbols = _symbols(view.module_imports[agent.module], depth=1)
        files[f"{package}/{agent.module}.py"] = module_source(
            module.doc, body, symbols, agent.module
        )
    files[f"{package}/__init__.py"] = module_source(
        f"SuperOffice NetServer {service.version}: one module per agent, types in ``types``.\n\n"
        + "Agents: "
        + ", ".join(f"``{a.module}`` ({a.name})" for a in service.agents)
        + ".",
        "",
        {},
        "__init__",
    )
    return files


def render_sources(services: list[Service], progress: Progress | None = None) -> dict[str, str]:
    """Every generated file's source, before formatting."""
    files: dict[str, str] = {
        f"{TOP}/__init__.py": '"""Generated clients for SuperOffice NetServer web services, one'
        ' package per Services version."""\n',
        f"{TOP}/py.typed": "",
        "pyproject.toml": (TEMPLATES / "static" / "pyproject.toml").read_text(encoding="utf-8"),
    }
    # the version-independent modules (runtime, transport, ...), copied as they are
    for path in sorted((TEMPLATES / "static").glob("*.py")):
        files[f"{TOP}/{path.name}"] = path.read_text(encoding="utf-8")
    for service in services:
        files.update(render_service(service, progress))
    return files


def render_files(
    services: list[Service],
    progress: Progress | None = None,
    formatter: Formatter = DEFAULT_FORMATTER,
) -> dict[str, bytes]:
    """Every generated file, formatted from scratch (no reuse of earlier output)."""
    formatted = format_all(render_sources(services, progress), formatter, progress)
    return {path: text.encode("utf-8") for path, text in sorted(formatted.items())}
