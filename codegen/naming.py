"""Naming and text utilities: the one place that decides how things are spelled in Python."""

from __future__ import annotations

import html
import keyword
import re
import textwrap
import unicodedata
from collections.abc import Collection

_BOUNDARY = re.compile(
    r"""
    [A-Z]+(?=[A-Z][a-z])   # an acronym before a capitalised word: "URL" in "URLPath"
  | [A-Z]?[a-z]+           # a capitalised or lower-case word
  | [A-Z]+                 # a trailing acronym
  | [0-9]+                 # digits
    """,
    re.VERBOSE,
)

# Names that are legal Python but would shadow what generated code relies on.
_RESERVED = frozenset({"self", "cls"})
_RESERVED_MEMBERS = frozenset({"name", "value", "mro"})


IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
"""What may be printed as a Python name in generated code: ASCII only, whatever the source."""


def is_identifier(name: object) -> bool:
    """A name generated code may bind: the strict ASCII rule, no keyword or soft keyword."""
    return (
        isinstance(name, str)
        and IDENTIFIER.match(name) is not None
        and not keyword.iskeyword(name)
        and not keyword.issoftkeyword(name)
    )


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
    result = re.sub(r"[^0-9a-z]", "", name.lower()) or "agent"
    if result[0].isdigit():
        result = "m" + result
    return safe_identifier(result)


def codec_const(stem: str) -> str:
    """A type's codec constant, from its stem: ``table_right`` -> ``TABLE_RIGHT_CODEC``."""
    return constant_case(stem).rstrip("_") + "_CODEC"


def numbered(name: str, taken: Collection[str], separator: str = "") -> str:
    """``name``, or the first of ``name2``, ``name3``, ... (``name_2`` with ``separator="_"``)
    that is not taken."""
    if name not in taken:
        return name
    n = 2
    while f"{name}{separator}{n}" in taken:
        n += 1
    return f"{name}{separator}{n}"


# --- text that becomes source ----------------------------------------------------------------

_PLAIN_LITERAL = re.compile(r"[ !#-\[\]-~]*\Z")
_SHORT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def literal(value: str) -> str:
    """A Python string literal for ``value``: the one way text from the docs, a WSDL or a
    snapshot is printed into generated code as a value. Double-quoted and pure printable ASCII:
    quotes, backslashes, control characters, line separators, surrogates and everything beyond
    ASCII are escapes, so the literal ends where it should and reads back as ``value``."""
    if not isinstance(value, str):
        raise TypeError(f"literal() takes a str, not {type(value).__name__}")
    if _PLAIN_LITERAL.match(value):
        return f'"{value}"'
    out = []
    for char in value:
        if char in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[char])
        elif " " <= char <= "~":
            out.append(char)
        else:
            out.append(_escape_char(char))
    return '"' + "".join(out) + '"'


_DOC_SPACES = str.maketrans("\t\n\r\x0b\x0c", "     ")


def _doc_char_is_plain(char: str) -> bool:
    # printable, or a space separator (no-break space, ...): harmless between quotes
    return char.isprintable() or unicodedata.category(char) == "Zs"


def escape_doc(text: str) -> str:
    """Text as it may stand inside a ``\"\"\"`` docstring: the one escaping path of every
    docstring. Backslashes doubled; ASCII whitespace controls become spaces; any other
    control or format character, line or paragraph separator, private-use character and lone
    surrogate an escape (``\\x00``, ``\\u2028``, ``\\udc80``); every run of three quotes escaped,
    and a quote at the end, which would run into the closing quotes."""
    text = text.replace("\\", "\\\\").translate(_DOC_SPACES)
    if not all(_doc_char_is_plain(char) for char in text):
        text = "".join(char if _doc_char_is_plain(char) else _escape_char(char) for char in text)
    text = text.replace('"""', '\\"\\"\\"')
    return before_closing_quotes(text)


def before_closing_quotes(text: str) -> str:
    """Escaped docstring text that may be followed by the closing quotes: a quote at its end
    (before any trailing whitespace, which wrapping and formatting drop) escaped."""
    stripped = text.rstrip()
    if stripped.endswith('"'):
        body = stripped[:-1]
        if (len(body) - len(body.rstrip("\\"))) % 2 == 0:  # not already escaped
            return body + '\\"' + text[len(stripped) :]
    return text


_SEE_CREF = re.compile(r"""<see\s+cref=["'](?:[A-Z]:)?([^"']+)["']\s*/>""")
_SEE_CREF_OPEN = re.compile(r"""<see\s+cref=["'][^"']*["']\s*>(.*?)</see>""", re.S)
_PARA = re.compile(r"<para\s*/>|</?para>|<br\s*/?>", re.I)
_SPACES = re.compile(r"[ \t]+")

# The doc-comment markup below is removed by scanning with str.find, not by regular
# expressions such as ``<[^>]+>``: on a page of ten thousand ``<`` or ``[`` those try every
# opening against the rest of the text, which takes quadratic time. Each function here gives
# exactly what ``re.sub`` with that expression gives, in one pass.


def _strip_tags(text: str) -> str:
    """``re.sub(r"<[^>]+>", "", text)`` in linear time: a tag runs from a ``<`` to the next
    ``>`` with at least one character between."""
    pieces = text.split(">")
    out: list[str] = []
    for piece in pieces[:-1]:
        start = piece.find("<")
        if 0 <= start < len(piece) - 1:
            out.append(piece[:start])
        else:
            out.append(piece + ">")
    out.append(pieces[-1])
    return "".join(out)


def _unlink_markdown(text: str) -> str:
    """What ``re.sub`` with the pattern ``[([^]]*)]([^)]*)`` (square brackets and parentheses
    escaped) and ``\\1`` gives, in linear time: ``[text](target)`` becomes ``text``."""
    out: list[str] = []
    done = 0
    while True:
        open_ = text.find("[", done)
        if open_ < 0:
            break
        close = text.find("]", open_ + 1)
        if close < 0:
            break
        if text.startswith("(", close + 1):
            end = text.find(")", close + 2)
            if end < 0:
                break  # no ")" after this "](": no later link can end either
            out.append(text[done:open_])
            out.append(text[open_ + 1 : close])
            done = end + 1
            continue
        # every "[" before ``close`` ends at the same "]" and fails the same way
        out.append(text[done : close + 1])
        done = close + 1
    out.append(text[done:])
    return "".join(out)


def _see_with_body(text: str) -> str:
    """``<see cref="...">body</see>`` to its body. Only the text up to the last ``</see>`` is
    searched: an opening after it cannot match, and trying each against the rest of the text
    would take quadratic time."""
    last = text.rfind("</see>")
    if last < 0:
        return text
    end = last + len("</see>")
    return _SEE_CREF_OPEN.sub(lambda m: m.group(1), text[:end]) + text[end:]


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_CODE_TAG = re.compile(r"</?c\s*>", re.I)
_ENTITY_SPACES = str.maketrans("\r\t\x0b\x0c\xa0", "     ")


def _unescape(text: str) -> str:
    """HTML character references (``&lt;``, ``&amp;``, ``&#39;``) to the characters they
    stand for; only complete ones, ending in ``;`` (``a&b`` and ``?x=1&para=2`` stay as they
    are). Twice, as the docs escape some text twice (``&amp;apos;``). A space character made
    this way (``&nbsp;``, ``&#13;``) is a plain space."""
    for _ in range(2):
        if "&" not in text:
            break
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)).translate(_ENTITY_SPACES), text)
    return text


def _see_and_para(text: str) -> str:
    text = _see_with_body(text)
    text = _SEE_CREF.sub(lambda m: m.group(1).rsplit(".", 1)[-1], text)
    return _PARA.sub("\n", text)


def clean_doc(text: str) -> str:
    """Doc-comment markup to plain text: ``<see cref>``, ``<para />``, HTML tags, md links,
    character references (``&lt;`` is ``<``, ``&amp;`` is ``&``).

    The markup is removed before the references are unescaped, so ``&lt;entity&gt;`` stays
    ``<entity>`` as text; of the markup the docs also write escaped (``&lt;para/&gt;``,
    ``&lt;c&gt;x&lt;/c&gt;``), ``see``, ``para``, ``br`` and ``c`` are then removed again.
    The result is text: docstrings escape it (:func:`escape_doc`). Linear in the length of the
    text, whatever it holds."""
    text = text.replace("\r\n", "\n")
    text = _see_and_para(text)
    text = _strip_tags(text)
    text = _unlink_markdown(text)
    text = text.replace("`", "")
    if "&" in text:
        text = _unescape(text)
        if "<" in text:
            text = _CODE_TAG.sub("", _see_and_para(text))
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
    """Wrap doc text into docstring lines (escaped by :func:`escape_doc`); paragraphs stay
    apart."""
    out: list[str] = []
    for i, para in enumerate(text.split("\n\n")):
        if i:
            out.append("")
        out.extend(
            textwrap.wrap(
                escape_doc(para),
                width=max(20, width - len(indent)),
                break_long_words=False,
                break_on_hyphens=False,
            )
            or [""]
        )
    return out


def with_article(word: str) -> str:
    """``word`` after its indefinite article, chosen by the letter it starts with: ``a Person``,
    ``an ErpConnection``. A simple rule for names, which are not words (``an UtmParameters``)."""
    return f"{'an' if word[:1].upper() in ('A', 'E', 'I', 'O', 'U') else 'a'} {word}"


def doc_line(text: str) -> list[str]:
    """One docstring line, escaped and not wrapped (short fixed sentences with a name in)."""
    return [escape_doc(" ".join(text.split("\n")))]
