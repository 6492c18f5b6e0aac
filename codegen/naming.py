"""Naming and text utilities: the one place that decides how things are spelled in Python."""

from __future__ import annotations

import keyword
import re
import textwrap

_BOUNDARY = re.compile(
    r"""
    [A-Z]+(?=[A-Z][a-z])   # an acronym before a capitalised word: "URL" in "URLPath"
  | [A-Z]?[a-z]+           # a capitalised or lower-case word
  | [A-Z]+                 # a trailing acronym
  | [0-9]+                 # digits
    """,
    re.VERBOSE,
)

LINE_LENGTH = 99
"""The line length generated code is formatted to."""

# Names that are legal Python but would shadow what generated code relies on.
_RESERVED = frozenset({"self", "cls"})
_RESERVED_MEMBERS = frozenset({"name", "value", "mro"})


def words(name: str) -> list[str]:
    """Split a wire name (``ErpConnectionId``, ``URLPath``, ``ArrayOfint``) into words."""
    return _BOUNDARY.findall(name)


def snake_case(name: str) -> str:
    """``ErpConnectionId`` -> ``erp_connection_id``; keyword-safe."""
    result = "_".join(w.lower() for w in words(name)) or "value"
    if result[0].isdigit():
        result = "n" + result
    return safe_identifier(result)


def safe_identifier(name: str) -> str:
    """Append an underscore to Python keywords and reserved names (``from`` -> ``from_``)."""
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _RESERVED:
        return name + "_"
    return name


def pascal_case(name: str) -> str:
    """PascalCase: ``ArrayOfint`` -> ``ArrayOfInt``, ``soCredentials`` -> ``SoCredentials``."""
    parts = words(name)
    if not parts:
        return "Type"
    result = "".join(p if p.isupper() and len(p) > 1 else p[:1].upper() + p[1:] for p in parts)
    if result[0].isdigit():
        result = "T" + result
    return safe_identifier(result)


def constant_case(name: str) -> str:
    """Enum member names: ``ErpActorType.Customer`` -> ``CUSTOMER``; ``R`` -> ``R``."""
    result = "_".join(w.upper() for w in words(name)) or "VALUE"
    if result[0].isdigit():
        result = "V" + result
    if result.lower() in _RESERVED_MEMBERS:
        result += "_"
    return result


def module_name(name: str) -> str:
    """Agent module names: ``ErpSync`` -> ``erpsync``; ``CRMScript`` -> ``crmscript``."""
    return safe_identifier(re.sub(r"[^0-9a-z]", "", name.lower()) or "agent")


_TAGS = re.compile(r"<[^>]+>")
_SEE_CREF = re.compile(r"""<see\s+cref=["'](?:[A-Z]:)?([^"']+)["']\s*/>""")
_SEE_CREF_BODY = re.compile(r"""<see\s+cref=["'][^"']*["']\s*>(.*?)</see>""", re.S)
_PARA = re.compile(r"<para\s*/>|</?para>|<br\s*/?>", re.I)
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_SPACES = re.compile(r"[ \t]+")


def clean_doc(text: str) -> str:
    """Doc-comment markup to plain text: ``<see cref>``, ``<para />``, HTML tags, md links."""
    text = text.replace("\r\n", "\n")
    text = _SEE_CREF_BODY.sub(lambda m: m.group(1), text)
    text = _SEE_CREF.sub(lambda m: m.group(1).rsplit(".", 1)[-1], text)
    text = _PARA.sub("\n", text)
    text = _TAGS.sub("", text)
    text = _MD_LINK.sub(lambda m: m.group(1), text)
    text = text.replace("`", "")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def wrap_doc(text: str, width: int, indent: str = "") -> list[str]:
    """Wrap cleaned doc text into lines for a docstring; paragraphs stay apart."""
    out: list[str] = []
    for i, para in enumerate(text.split("\n\n")):
        if i:
            out.append("")
        escaped = para.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
        if escaped.endswith('"'):
            escaped = escaped[:-1] + '\\"'  # a quote right before the closing quotes
        out.extend(
            textwrap.wrap(
                escaped,
                width=max(20, width - len(indent)),
                break_long_words=False,
                break_on_hyphens=False,
            )
            or [""]
        )
    return out


def keyword_annotation(name: str, annotation: str) -> str:
    """A keyword parameter's annotation, in parentheses when its line would be too long.

    The parameter stands alone on a line in an exploded signature (``        name: ann =
    UNSET,``). black adds parentheses to split a long annotation and ruff does not, so
    giving them here makes both formatters write the same code."""
    if len(f"        {name}: {annotation} = UNSET,") > LINE_LENGTH:
        return f"({annotation})"
    return annotation
