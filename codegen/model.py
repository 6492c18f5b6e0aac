"""The intermediate model: what the docs say about one Services version.

Service (version) -> Agent -> Operation -> parameters/result, plus the version's type definitions
(records, enums, flags, lists, dicts). Everything is frozen; nothing here does I/O.

Types are referenced by *key*: a primitive's key is its XSD name (``xs:int``, ``ser:duration``);
a defined type's key is its wire name (``PluginResponse``), prefixed when it lives outside the
service namespace (``arr:ArrayOfint``), and suffixed with ``@Agent`` for a variant that really
differs from the shared definition of the same name.

Every Python name generated code gives a thing is decided once, by the ``name_python`` pass,
and kept here (and so in the snapshot): ``py_name`` (a class, method, parameter, field, enum
member), a type's ``stem`` (its codec functions, ``decode_xml_<stem>``, its codec constant,
``<STEM>_CODEC``, and the module it lives in), an agent's ``module``, an operation's ``const``
(its descriptor) and ``result_class`` (where it has several results). Only the private names
inside one generated module (tag constants, locals) are the renderer's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, NamedTuple, TypeAlias

XS_NS = "http://www.w3.org/2001/XMLSchema"
SER_NS = "http://schemas.microsoft.com/2003/10/Serialization/"
ARRAYS_NS = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"

PRIMITIVES = frozenset(
    {
        "xs:string",
        "xs:int",
        "xs:short",
        "xs:long",
        "xs:byte",
        "xs:unsignedByte",
        "xs:unsignedShort",
        "xs:unsignedInt",
        "xs:unsignedLong",
        "xs:boolean",
        "xs:double",
        "xs:float",
        "xs:decimal",
        "xs:dateTime",
        "xs:base64Binary",
        "xs:anyURI",
        "xs:QName",
        "xs:anyType",
        "ser:duration",
        "ser:guid",
        "ser:char",
    }
)


MAX_BASES = 32
"""How many records a record may extend, one above the other (real schemas: one)."""
MAX_NESTING = 32
"""How deep lists and dictionaries may hold each other (``list[list[...]]``): Python's parser
stops at 200 nested brackets, and nobody writes more than a few."""

MIN_ENUM_VALUE = -(2**63)
MAX_ENUM_VALUE = 2**64 - 1
"""Enum values are .NET integers: the range of ``long`` and ``ulong`` together."""


_SOURCE = re.compile(r"(.+):(0|[1-9][0-9]*)\Z", re.DOTALL)


class Source(NamedTuple):
    """Where a fact was read: a file (as the docs root names it) and a line, 1-based (0: the
    file as a whole). Passes use ``path`` and ``line``; only the snapshot spells it as text,
    ``path:line`` (``str``), and reads that text back (:meth:`parse`)."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"

    @classmethod
    def parse(cls, text: str) -> Source:
        """``path:line`` as :meth:`__str__` writes it; ``ValueError`` for any other text, so
        that what is read always writes back the same."""
        match = _SOURCE.match(text)
        if match is None:
            raise ValueError(f"{text!r} is not 'path:line'")
        return cls(match.group(1), int(match.group(2)))


@dataclass(frozen=True)
class Field:
    """A record field, an operation parameter or an operation result (one XML element)."""

    name: str
    type: str
    py_name: str = ""
    min_occurs: int = 1
    repeated: bool = False
    nillable: bool = False
    doc: str = ""

    @property
    def optional(self) -> bool:
        return self.min_occurs == 0


@dataclass(frozen=True)
class RecordType:
    """A ``complexType`` with a sequence; ``base`` is the ``complexContent/extension`` parent."""

    key: str
    name: str
    namespace: str
    fields: tuple[Field, ...]
    base: str | None = None
    py_name: str = ""
    stem: str = ""
    doc: str = ""
    agents: tuple[str, ...] = ()
    kind: Literal["record"] = "record"


@dataclass(frozen=True)
class EnumMember:
    name: str
    value: int
    py_name: str = ""
    doc: str = ""


@dataclass(frozen=True)
class EnumType:
    """An ``xs:simpleType`` enumeration; ``flags`` when it is an ``xs:list`` of one."""

    key: str
    name: str
    namespace: str
    members: tuple[EnumMember, ...]
    flags: bool = False
    backing: str = "xs:int"
    py_name: str = ""
    stem: str = ""
    doc: str = ""
    agents: tuple[str, ...] = ()
    kind: Literal["enum"] = "enum"


@dataclass(frozen=True)
class ListType:
    """A WCF ``ArrayOfX``: a sequence of ``item_name`` elements."""

    key: str
    name: str
    namespace: str
    item_name: str
    item_type: str
    item_nillable: bool = False
    py_name: str = ""
    stem: str = ""
    doc: str = ""
    agents: tuple[str, ...] = ()
    kind: Literal["list"] = "list"


@dataclass(frozen=True)
class DictType:
    """A WCF ``IsDictionary`` type: repeated ``pair_name`` elements holding a key and a value."""

    key: str
    name: str
    namespace: str
    pair_name: str
    key_name: str
    key_type: str
    value_name: str
    value_type: str
    value_nillable: bool = True
    py_name: str = ""
    stem: str = ""
    doc: str = ""
    agents: tuple[str, ...] = ()
    kind: Literal["dict"] = "dict"


TypeDef: TypeAlias = RecordType | EnumType | ListType | DictType


@dataclass(frozen=True)
class Header:
    """A SOAP header part: its element name and type key."""

    name: str
    type: str


@dataclass(frozen=True)
class Example:
    """A doc example, by reference: the page and line where its text starts."""

    kind: Literal["soap-request", "soap-response", "rest-request", "rest-response"]
    source: Source


@dataclass(frozen=True)
class RestParam:
    name: str
    type: str = ""
    doc: str = ""
    param: str = ""
    """The operation parameter (WSDL name) this is, where REST spells it another way."""


@dataclass(frozen=True)
class RestEndpoint:
    """``POST /api/v1/Agents/ErpSync/ForceSyncAll`` and what goes in and out."""

    method: str
    path: str
    doc: str = ""
    query: tuple[RestParam, ...] = ()
    headers: tuple[RestParam, ...] = ()
    body: tuple[RestParam, ...] = ()
    status: int = 200
    response_type: str = ""
    body_param: str = ""
    """The parameter sent as the whole body, where the body is not a wrapper of all of them."""
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Operation:
    """One operation; ``results`` are the response wrapper's elements (``Response``, and out
    parameters such as ``Length`` where WCF has them); empty for a void operation."""

    name: str
    soap_action: str
    input_element: str
    output_element: str
    parameters: tuple[Field, ...]
    results: tuple[Field, ...]
    request_headers: tuple[Header, ...] = ()
    response_headers: tuple[Header, ...] = ()
    py_name: str = ""
    const: str = ""
    result_class: str = ""
    doc: str = ""
    returns_doc: str = ""
    restrictions: tuple[str, ...] = ()
    examples: tuple[Example, ...] = ()
    rest: RestEndpoint | None = None
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Agent:
    name: str
    namespace: str
    address: str
    soap_version: str
    operations: tuple[Operation, ...]
    py_name: str = ""
    module: str = ""
    doc: str = ""
    sources: tuple[Source, ...] = ()

    @property
    def path(self) -> str:
        """The service path below the installation URL: ``Remote/Services88/ErpSync.svc``."""
        marker = "/Remote/"
        index = self.address.find(marker)
        return self.address[index + 1 :] if index >= 0 else self.address


@dataclass(frozen=True)
class Service:
    """One Services version: its agents and every type they use (each defined once)."""

    version: str
    agents: tuple[Agent, ...]
    types: tuple[TypeDef, ...] = ()
    conflicts: tuple[str, ...] = field(default=())

    @property
    def package(self) -> str:
        return self.version.lower()

    def type_map(self) -> dict[str, TypeDef]:
        return {t.key: t for t in self.types}

    def agent(self, name: str) -> Agent:
        for agent in self.agents:
            if agent.name == name:
                return agent
        raise KeyError(name)
