"""Read one agent's WSDL (a ``.wsdl`` file, or the xml fence of a ``Services88-Agent.md`` page).

Yields the agent (binding, address, operations with their wrapper elements, headers and
soapAction) and the type definitions of its schemas, keyed as :mod:`codegen.model` describes.
Docs are not here: WSDL pages carry none.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..diagnostics import Diagnostics
from ..model import (
    ARRAYS_NS,
    MAX_BASES,
    MAX_ENUM_VALUE,
    MAX_NESTING,
    MIN_ENUM_VALUE,
    PRIMITIVES,
    SER_NS,
    XS_NS,
    Agent,
    DictType,
    EnumMember,
    EnumType,
    Field,
    Header,
    ListType,
    Operation,
    RecordType,
    Source,
    TypeDef,
)
from ..validate import wire_problem
from .page import PageError, read_text

WSDL_NS = "http://schemas.xmlsoap.org/wsdl/"
SOAP11_NS = "http://schemas.xmlsoap.org/wsdl/soap/"
SOAP12_NS = "http://schemas.xmlsoap.org/wsdl/soap12/"

_XS = f"{{{XS_NS}}}"
_W = f"{{{WSDL_NS}}}"
_SER = f"{{{SER_NS}}}"

# Serialization-schema simple types that are primitives in their own right.
_SER_PRIMITIVES = {"duration", "guid", "char"}

AGENT_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,99}\Z")
"""An agent's name (the portType's): it names modules, classes and REST paths."""


@dataclass
class WsdlFacts:
    """What one WSDL says: the agent and the types its schemas define."""

    version: str
    agent: Agent
    types: list[TypeDef] = field(default_factory=list)
    type_lines: dict[str, int] = field(default_factory=dict)
    """the line each type is defined on, for diagnostics (not part of the model)"""


def short_namespace(namespace: str, service_ns: str) -> str:
    """The key prefix of a namespace ('' for the service namespace)."""
    if namespace == service_ns:
        return ""
    if namespace == XS_NS:
        return "xs"
    if namespace == SER_NS:
        return "ser"
    if namespace == ARRAYS_NS:
        return "arr"
    return namespace.rstrip("/").rsplit("/", 1)[-1]


def type_key(namespace: str, name: str, service_ns: str) -> str:
    prefix = short_namespace(namespace, service_ns)
    return f"{prefix}:{name}" if prefix else name


_FENCE = re.compile(r"^(```|~~~)[ \t]*xml[ \t]*$", re.M)


def extract_wsdl_text(text: str) -> tuple[str, int] | None:
    """The xml fence of a WSDL page and the line its first XML line is on."""
    match = _FENCE.search(text)
    if not match:
        return None
    start = match.end() + 1
    end = text.find("\n" + match.group(1), start - 1)
    if end < 0:
        end = len(text)
    return text[start:end], text.count("\n", 0, start) + 1


class _Reader:
    def __init__(self, root: etree._Element, rel: str, line0: int, diags: Diagnostics) -> None:
        self.root = root
        self.rel = rel
        self.line0 = line0
        self.diags = diags
        self.service_ns = root.get("targetNamespace", "")
        # Top-level schema elements: (namespace, name) -> element.
        self.elements: dict[tuple[str, str], etree._Element] = {}
        self.aliases: dict[str, str] = {}
        self.type_lines: dict[str, int] = {}

    def line(self, el: etree._Element) -> int:
        line: int | None = el.sourceline  # type: ignore[assignment]
        return self.line0 + (line or 1) - 1

    def warn(self, el: etree._Element | None, kind: str, message: str) -> None:
        self.diags.warn(self.rel, self.line(el) if el is not None else self.line0, kind, message)

    def resolve(self, el: etree._Element, qname: str | None) -> str:
        """A ``type=""`` QName to a model type key (``xs:int``, ``PluginResponse``)."""
        if not qname:
            return "xs:anyType"
        prefix, _, local = qname.rpartition(":")
        ns = el.nsmap.get(prefix or None)
        if ns is None:
            self.warn(el, "wsdl-unresolved-prefix", f"type {qname!r}: unknown prefix {prefix!r}")
            return "xs:anyType"
        if ns == SER_NS and local in _SER_PRIMITIVES:
            return "ser:" + local
        key = type_key(ns, local, self.service_ns)
        return self.aliases.get(key, key)

    # --- schemas -------------------------------------------------------------------------

    def read_types(self, agent: str) -> list[TypeDef]:
        schemas = self.root.findall(f"{_W}types/{_XS}schema")
        # Aliases first (simple types that are neither enums nor serialization primitives).
        for schema in schemas:
            tns = schema.get("targetNamespace", "")
            for simple in schema.findall(f"{_XS}simpleType"):
                restriction = simple.find(f"{_XS}restriction")
                if (
                    restriction is not None
                    and restriction.find(f"{_XS}enumeration") is None
                    and not (tns == SER_NS and simple.get("name") in _SER_PRIMITIVES)
                ):
                    key = type_key(tns, simple.get("name", ""), self.service_ns)
                    self.aliases[key] = self.resolve(restriction, restriction.get("base"))
            for element in schema.findall(f"{_XS}element"):
                self.elements[(tns, element.get("name", ""))] = element
        types: list[TypeDef] = []
        for schema in schemas:
            tns = schema.get("targetNamespace", "")
            if tns in (SER_NS, XS_NS):
                continue  # the serialization schema: primitives and attributes, nothing to make
            for node in schema:
                if not isinstance(node.tag, str):
                    continue
                if node.tag not in (f"{_XS}complexType", f"{_XS}simpleType"):
                    continue
                name = node.get("name", "")
                key = type_key(tns, name, self.service_ns)
                if not self.xml_name(node, name, "type"):
                    continue
                if key in self.type_lines:
                    self.warn(
                        node,
                        "wsdl-duplicate-type",
                        f"type {key!r} is defined again (first at line {self.type_lines[key]}); "
                        "the first definition is kept",
                    )
                    continue
                if node.tag == f"{_XS}complexType":
                    typedef = self.complex_type(node, key, name, tns, agent)
                else:
                    if key in self.aliases:
                        continue
                    typedef = self.simple_type(node, key, name, tns, agent)
                if typedef is not None:
                    self.type_lines[key] = self.line(node)
                    types.append(typedef)
        return check_types(types, self.type_lines, self.rel, self.diags)

    def field(self, el: etree._Element) -> Field:
        name = el.get("name")
        if name is None:
            ref = el.get("ref", "")
            self.warn(
                el, "wsdl-unsupported", f"element ref={ref!r} is not supported; read as anyType"
            )
            return Field(ref.rpartition(":")[2] or "Any", "xs:anyType", min_occurs=0)
        if el.find(f"{_XS}complexType") is not None or el.find(f"{_XS}simpleType") is not None:
            self.warn(el, "wsdl-unsupported", f"element {name!r}: anonymous type read as anyType")
            type_ = "xs:anyType"
        else:
            type_ = self.resolve(el, el.get("type"))
        max_occurs = el.get("maxOccurs", "1")
        return Field(
            name=name,
            type=type_,
            min_occurs=self.occurs(el, "minOccurs"),
            repeated=max_occurs == "unbounded" or self.occurs(el, "maxOccurs") > 1,
            nillable=el.get("nillable") == "true",
        )

    def xml_name(self, el: etree._Element, name: str, what: str) -> bool:
        """Whether ``name`` can be an XML element's name; a warning where it cannot (the
        generated code could never write or read it)."""
        try:
            etree.QName(name)
        except ValueError:
            self.warn(
                el, "wsdl-bad-name", f"{what} name {name[:60]!r} is not an XML name; left out"
            )
            return False
        return True

    def occurs(self, el: etree._Element, attribute: str) -> int:
        """``minOccurs``/``maxOccurs`` as a number; anything but a plain one is a warning and
        counts as 1."""
        text = el.get(attribute, "1").strip()
        if re.fullmatch(r"[0-9]{1,9}", text):
            return int(text)
        self.warn(el, "wsdl-bad-value", f"{attribute}={text[:40]!r} is not a count; read as 1")
        return 1

    def sequence_fields(self, parent: etree._Element) -> list[Field]:
        sequence = parent.find(f"{_XS}sequence")
        if sequence is None:
            for other in ("choice", "all"):
                if parent.find(f"{_XS}{other}") is not None:
                    self.warn(parent, "wsdl-unsupported", f"xs:{other} read as a sequence")
                    sequence = parent.find(f"{_XS}{other}")
            if sequence is None:
                return []
        fields: list[Field] = []
        names: set[str] = set()
        for child in sequence:
            if not isinstance(child.tag, str):
                continue
            if child.tag == f"{_XS}element":
                f = self.field(child)
                if not self.xml_name(child, f.name, "element"):
                    continue
                if f.name in names:
                    self.warn(
                        child,
                        "wsdl-duplicate-element",
                        f"element {f.name!r} is declared twice in one sequence; the first is kept",
                    )
                    continue
                names.add(f.name)
                fields.append(f)
            else:
                self.warn(
                    child,
                    "wsdl-unsupported",
                    f"{etree.QName(child).localname} in a sequence is ignored",
                )
        return fields

    def complex_type(
        self, node: etree._Element, key: str, name: str, tns: str, agent: str
    ) -> TypeDef | None:
        is_dict = node.find(f"{_XS}annotation/{_XS}appinfo/{_SER}IsDictionary")
        if is_dict is not None and (is_dict.text or "").strip() == "true":
            return self.dict_type(node, key, name, tns, agent)
        base: str | None = None
        body = node
        content = node.find(f"{_XS}complexContent")
        if content is not None:
            ext = content.find(f"{_XS}extension")
            if ext is None:
                self.warn(content, "wsdl-unsupported", f"{name}: complexContent without extension")
                return None
            base = self.resolve(ext, ext.get("base"))
            body = ext
        if node.find(f"{_XS}simpleContent") is not None:
            self.warn(node, "wsdl-unsupported", f"{name}: simpleContent is not supported")
            return None
        fields = self.sequence_fields(body)
        if base is None and len(fields) == 1 and fields[0].repeated:
            item = fields[0]
            return ListType(key, name, tns, item.name, item.type, item.nillable, agents=(agent,))
        for repeated in (f for f in fields if f.repeated):
            self.warn(
                body,
                "wsdl-unsupported",
                f"{name}.{repeated.name} repeats (maxOccurs > 1) beside other fields: the"
                " record keeps one value of it (its last)",
            )
        return RecordType(key, name, tns, tuple(fields), base, agents=(agent,))

    def dict_type(
        self, node: etree._Element, key: str, name: str, tns: str, agent: str
    ) -> TypeDef | None:
        pair = node.find(f"{_XS}sequence/{_XS}element")
        inner = pair.find(f"{_XS}complexType") if pair is not None else None
        parts = self.sequence_fields(inner) if inner is not None else []
        if (
            pair is None
            or len(parts) != 2
            or not self.xml_name(pair, pair.get("name", ""), "pair")
        ):
            self.warn(node, "wsdl-unsupported", f"{name}: dictionary without a key/value pair")
            return None
        k, v = parts
        return DictType(
            key,
            name,
            tns,
            pair_name=pair.get("name", ""),
            key_name=k.name,
            key_type=k.type,
            value_name=v.name,
            value_type=v.type,
            value_nillable=v.nillable,
            agents=(agent,),
        )

    def simple_type(
        self, node: etree._Element, key: str, name: str, tns: str, agent: str
    ) -> TypeDef | None:
        flags = False
        restriction = node.find(f"{_XS}restriction")
        if restriction is None:
            restriction = node.find(f"{_XS}list/{_XS}simpleType/{_XS}restriction")
            flags = restriction is not None
        if restriction is None:
            self.warn(node, "wsdl-unsupported", f"simple type {name!r} is neither enum nor flags")
            return None
        backing = "xs:int"
        actual = node.find(f"{_XS}annotation/{_XS}appinfo/{_SER}ActualType")
        if actual is not None:
            backing = type_key(actual.get("Namespace", XS_NS), actual.get("Name", "int"), "")
        members: list[EnumMember] = []
        for index, enum in enumerate(restriction.findall(f"{_XS}enumeration")):
            explicit = enum.find(f"{_XS}annotation/{_XS}appinfo/{_SER}EnumerationValue")
            if explicit is not None:
                text = (explicit.text or "").strip()
                if re.fullmatch(r"-?[0-9]{1,20}", text):
                    value = int(text)
                else:
                    self.warn(
                        explicit, "wsdl-bad-value", f"{name}: EnumerationValue {text[:40]!r}"
                    )
                    value = index
            else:
                # WCF omits the value where it is the default: the index, or 2**index for flags.
                value = 1 << index if flags and index < 64 else index
            if not MIN_ENUM_VALUE <= value <= MAX_ENUM_VALUE:
                self.warn(
                    enum,
                    "wsdl-bad-value",
                    f"{name}: value {value} of {enum.get('value', '')!r} is beyond 64 bits; "
                    "member left out",
                )
                continue
            text = enum.get("value", "")
            if any(m.name == text for m in members):
                self.warn(enum, "wsdl-duplicate-value", f"{name}: {text!r} is listed twice")
                continue
            members.append(EnumMember(text, value))
        return EnumType(key, name, tns, tuple(members), flags, backing, agents=(agent,))

    # --- messages, port type, binding ----------------------------------------------------

    def element_fields(self, qname_el: etree._Element, qname: str) -> tuple[str, list[Field]]:
        prefix, _, local = qname.rpartition(":")
        ns = qname_el.nsmap.get(prefix or None, "")
        element = self.elements.get((ns, local))
        if element is None:
            self.warn(qname_el, "wsdl-missing-element", f"element {qname!r} is not declared")
            # the operation's own name stands for a name no element could have
            return (local if self.xml_name(qname_el, local, "message element") else ""), []
        inner = element.find(f"{_XS}complexType")
        if inner is None:
            f = self.field(element)
            return local, [f] if self.xml_name(element, f.name, "element") else []
        return local, self.sequence_fields(inner)

    def header(self, qname_el: etree._Element, qname: str) -> Header | None:
        prefix, _, local = qname.rpartition(":")
        ns = qname_el.nsmap.get(prefix or None, "")
        element = self.elements.get((ns, local))
        if not self.xml_name(qname_el, local, "header element"):
            return None
        if element is None:
            self.warn(
                qname_el, "wsdl-missing-element", f"header element {qname!r} is not declared"
            )
            return Header(local, "xs:anyType")
        return Header(local, self.resolve(element, element.get("type")))

    def message_parts(self) -> dict[str, list[etree._Element]]:
        return {
            m.get("name", ""): m.findall(f"{_W}part") for m in self.root.findall(f"{_W}message")
        }

    def read_agent(self, version: str) -> Agent | None:
        port_type = self.root.find(f"{_W}portType")
        binding = self.root.find(f"{_W}binding")
        if port_type is None or binding is None:
            self.warn(None, "wsdl-incomplete", "no portType or binding: not an agent WSDL")
            return None
        agent_name = port_type.get("name", "")
        known = set(self.type_lines) | PRIMITIVES
        messages = self.message_parts()
        soap_version = "1.1"
        soap_ns = SOAP11_NS
        if binding.find(f"{{{SOAP12_NS}}}binding") is not None:
            soap_version, soap_ns = "1.2", SOAP12_NS
            self.warn(
                binding,
                "wsdl-unsupported",
                f"{agent_name}: a SOAP 1.2 binding; the generated clients speak SOAP 1.1 only",
            )
        bound: dict[str, etree._Element] = {
            op.get("name", ""): op for op in binding.findall(f"{_W}operation")
        }
        address = ""
        addr = self.root.find(f"{_W}service/{_W}port/{{{soap_ns}}}address")
        if addr is not None:
            address = addr.get("location", "")
        operations = []
        names: dict[str, int] = {}
        for op in port_type.findall(f"{_W}operation"):
            name = op.get("name", "")
            if not self.xml_name(op, name, "operation"):
                continue
            if name in names:
                self.warn(
                    op,
                    "wsdl-duplicate-operation",
                    f"operation {name!r} is declared again (first at line {names[name]}); "
                    "the first is kept",
                )
                continue
            names[name] = self.line(op)
            bop = bound.get(name)
            if bop is None:
                self.warn(op, "wsdl-unbound-operation", f"operation {name!r} has no binding")
                continue
            soap_op = bop.find(f"{{{soap_ns}}}operation")
            action = soap_op.get("soapAction", "") if soap_op is not None else ""
            problem = wire_problem("soap action", action) if action else None
            if problem is not None:
                self.warn(
                    soap_op,
                    "wsdl-bad-action",
                    f"{name}: soapAction {problem}; the default action is sent instead",
                )
                action = ""
            in_el, params = self.message_element(op.find(f"{_W}input"), messages)
            out_el, results = self.message_element(op.find(f"{_W}output"), messages)
            params = [self.known(f, known, op, name) for f in params]
            results = [self.known(f, known, op, name) for f in results]
            operations.append(
                Operation(
                    name=name,
                    soap_action=action,
                    input_element=in_el,
                    output_element=out_el,
                    parameters=tuple(params),
                    results=tuple(results),
                    request_headers=self.known_headers(
                        self.bound_headers(bop.find(f"{_W}input"), soap_ns, messages), known, op
                    ),
                    response_headers=self.known_headers(
                        self.bound_headers(bop.find(f"{_W}output"), soap_ns, messages), known, op
                    ),
                    sources=(Source(self.rel, self.line(op)),),
                )
            )
        return Agent(
            name=agent_name,
            namespace=self.service_ns,
            address=address,
            soap_version=soap_version,
            operations=tuple(operations),
            sources=(Source(self.rel, self.line0),),
        )

    def known(self, f: Field, known: set[str], op: etree._Element, name: str) -> Field:
        """``f``, or ``f`` as ``xs:anyType`` where its type is defined nowhere (a warning)."""
        if f.type in known:
            return f
        self.warn(
            op,
            "wsdl-undefined-type",
            f"{name}: {f.name!r} is of type {f.type!r}, which is not defined; read as anyType",
        )
        return dataclasses.replace(f, type="xs:anyType")

    def known_headers(
        self, headers: tuple[Header, ...], known: set[str], op: etree._Element
    ) -> tuple[Header, ...]:
        out = []
        for h in headers:
            if h.type not in known:
                self.warn(
                    op,
                    "wsdl-undefined-type",
                    f"header {h.name!r} is of type {h.type!r}, which is not defined; "
                    "read as anyType",
                )
                h = Header(h.name, "xs:anyType")
            out.append(h)
        return tuple(out)

    def message_element(
        self, io: etree._Element | None, messages: dict[str, list[etree._Element]]
    ) -> tuple[str, list[Field]]:
        if io is None:
            return "", []
        message = io.get("message", "").rpartition(":")[2]
        parts = messages.get(message)
        if not parts:
            self.warn(io, "wsdl-missing-message", f"message {message!r} is not declared")
            return "", []
        part = parts[0]
        return self.element_fields(part, part.get("element", ""))

    def bound_headers(
        self, io: etree._Element | None, soap_ns: str, messages: dict[str, list[etree._Element]]
    ) -> tuple[Header, ...]:
        if io is None:
            return ()
        headers = []
        for h in io.findall(f"{{{soap_ns}}}header"):
            message = h.get("message", "").rpartition(":")[2]
            part_name = h.get("part")
            for part in messages.get(message, []):
                if part.get("name") != part_name:
                    continue
                header = self.header(part, part.get("element", ""))
                if header is not None:
                    headers.append(header)
        return tuple(headers)


_VERSION = re.compile(r"/(Services[0-9]{1,6})/?$")


def check_types(
    types: list[TypeDef], lines: dict[str, int], rel: str, diags: Diagnostics
) -> list[TypeDef]:
    """What a schema may say but no generated code can be: a reference to a type defined
    nowhere (read as ``xs:anyType``), a record that extends itself however far round or
    extends what is no record (the base is dropped), a list or dictionary that holds itself
    with no record between, or lists nested more than :data:`MAX_NESTING` deep (the inner
    reference is read as ``xs:anyType``), a chain of more than :data:`MAX_BASES` bases (the
    base that would exceed it is dropped). Each is a warning at the type's line."""
    by_key = {t.key: t for t in types}
    known = set(by_key) | PRIMITIVES

    def warn(key: str, kind: str, message: str) -> None:
        diags.warn(rel, lines.get(key, 0), kind, message)

    def anytype(key: str, ref: str) -> str:
        if ref in known:
            return ref
        warn(key, "wsdl-undefined-type", f"{key}: type {ref!r} is not defined; read as anyType")
        return "xs:anyType"

    for key, t in list(by_key.items()):
        if isinstance(t, RecordType):
            fields = tuple(dataclasses.replace(f, type=anytype(key, f.type)) for f in t.fields)
            base = t.base
            if base is not None and not isinstance(by_key.get(base), RecordType):
                warn(key, "wsdl-bad-base", f"{key}: base {base!r} is not a record type; dropped")
                base = None
            by_key[key] = dataclasses.replace(t, fields=fields, base=base)
        elif isinstance(t, ListType):
            by_key[key] = dataclasses.replace(t, item_type=anytype(key, t.item_type))
        elif isinstance(t, DictType):
            by_key[key] = dataclasses.replace(
                t, key_type=anytype(key, t.key_type), value_type=anytype(key, t.value_type)
            )
    # records that extend themselves: every member of such a cycle loses its base
    in_cycle: set[str] = set()
    explored: set[str] = set()
    for key in sorted(by_key):
        path: dict[str, int] = {}
        current: str | None = key
        while current is not None and current not in path and current not in explored:
            path[current] = len(path)
            parent = by_key[current]
            current = parent.base if isinstance(parent, RecordType) else None
        if current is not None and current in path:
            in_cycle.update(list(path)[path[current] :])
        explored.update(path)
    for key in sorted(in_cycle):
        t = by_key[key]
        assert isinstance(t, RecordType)
        warn(key, "wsdl-base-cycle", f"{key} extends itself (through {t.base!r}); base dropped")
        by_key[key] = dataclasses.replace(t, base=None)
    # no chain of bases longer than MAX_BASES
    levels: dict[str, int] = {}
    for key in sorted(by_key):
        chain = []
        current = key
        while current is not None and current not in levels:
            chain.append(current)
            parent = by_key[current]
            current = parent.base if isinstance(parent, RecordType) else None
        level = levels[current] if current is not None else 0
        for member in reversed(chain):
            level += 1
            if level > MAX_BASES:
                t = by_key[member]
                assert isinstance(t, RecordType)
                warn(
                    member,
                    "wsdl-too-deep",
                    f"{member}: more than {MAX_BASES} bases one above the other; "
                    f"base {t.base!r} dropped",
                )
                by_key[member] = dataclasses.replace(t, base=None)
                level = 1
            levels[member] = level
    # lists and dictionaries: no cycle without a record between, no deeper than MAX_NESTING
    depth: dict[str, int] = {}
    for root in sorted(k for k, t in by_key.items() if isinstance(t, ListType | DictType)):
        stack = [root]
        grey = {root}
        while stack:
            node = stack[-1]
            t = by_key[node]
            pending = [
                r
                for r in _held(t)
                if isinstance(by_key.get(r), ListType | DictType) and r not in depth
            ]
            cyclic = [r for r in pending if r in grey]
            if cyclic:
                warn(
                    node,
                    "wsdl-holds-itself",
                    f"{node} holds itself (through {cyclic[0]!r}) with no record between; "
                    "read as anyType there",
                )
                by_key[node] = t = _replace_held(t, set(cyclic))
                continue
            if pending:
                grey.add(pending[0])
                stack.append(pending[0])
                continue
            inner = [depth[r] for r in _held(t) if r in depth]
            depth[node] = 1 + max(inner, default=0)
            if depth[node] > MAX_NESTING:
                deep = {r for r in _held(t) if r in depth}
                warn(
                    node,
                    "wsdl-too-deep",
                    f"{node}: lists and dictionaries nested more than {MAX_NESTING} deep; "
                    "the inner ones read as anyType",
                )
                by_key[node] = _replace_held(t, deep)
                depth[node] = 1
            stack.pop()
            grey.discard(node)
    return [by_key[t.key] for t in types]


def _held(t: TypeDef) -> list[str]:
    if isinstance(t, ListType):
        return [t.item_type]
    if isinstance(t, DictType):
        return [t.key_type, t.value_type]
    return []


def _replace_held(t: TypeDef, refs: set[str]) -> TypeDef:
    if isinstance(t, ListType):
        return dataclasses.replace(t, item_type="xs:anyType")
    assert isinstance(t, DictType)
    return dataclasses.replace(
        t,
        key_type="xs:anyType" if t.key_type in refs else t.key_type,
        value_type="xs:anyType" if t.value_type in refs else t.value_type,
    )


def read_wsdl(path: Path, rel: str, diags: Diagnostics) -> WsdlFacts | None:
    """Read a WSDL file or WSDL page. Problems become diagnostics; ``None`` if nothing usable."""
    try:
        text = read_text(path)
    except PageError as exc:
        diags.error(rel, 0, "unreadable", str(exc))
        return None
    line0 = 1
    if not text.lstrip().startswith("<"):
        fenced = extract_wsdl_text(text)
        if fenced is None:
            diags.error(rel, 0, "wsdl-missing", "no ```xml fence with a WSDL in this page")
            return None
        text, line0 = fenced
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
        root = etree.fromstring(text.strip().encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        line = line0 + (exc.lineno or 1) - 1
        diags.error(rel, line, "wsdl-malformed", f"XML is not well-formed: {exc.msg}")
        return None
    if root.tag != f"{_W}definitions":
        diags.error(
            rel, line0, "wsdl-missing", f"root element is {root.tag}, not wsdl:definitions"
        )
        return None
    reader = _Reader(root, rel, line0, diags)
    for el in [root, *root.iterfind(f"{_W}types/{_XS}schema")]:
        problem = wire_problem("xml namespace", el.get("targetNamespace", ""))
        if problem is not None:  # it goes on the wire as it is, in every element
            diags.error(
                rel,
                reader.line(el),
                "wsdl-bad-namespace",
                f"targetNamespace {problem}; WSDL skipped",
            )
            return None
    match = _VERSION.search(reader.service_ns)
    if not match:
        diags.error(
            rel, line0, "wsdl-no-version", f"namespace {reader.service_ns!r} names no version"
        )
        return None
    version = match.group(1)
    port_type = root.find(f"{_W}portType")
    agent_name = port_type.get("name", "") if port_type is not None else ""
    if port_type is not None and not AGENT_NAME.match(agent_name):
        diags.error(
            rel,
            reader.line(port_type),
            "wsdl-bad-name",
            f"portType name {agent_name[:60]!r} is not an agent name (letters, digits and _, "
            "up to 100); WSDL skipped",
        )
        return None
    types = reader.read_types(agent_name)
    agent = reader.read_agent(version)
    if agent is None:
        return None
    return WsdlFacts(version, agent, types, reader.type_lines)
