"""Read one agent's WSDL (a ``.wsdl`` file, or the xml fence of a ``Services88-Agent.md`` page).

Yields the agent (binding, address, operations with their wrapper elements, headers and
soapAction) and the type definitions of its schemas, keyed as :mod:`codegen.model` describes.
Docs are not here: WSDL pages carry none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..diagnostics import Diagnostics
from ..model import (
    ARRAYS_NS,
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
    TypeDef,
)
from .page import PageError, read_text

WSDL_NS = "http://schemas.xmlsoap.org/wsdl/"
SOAP11_NS = "http://schemas.xmlsoap.org/wsdl/soap/"
SOAP12_NS = "http://schemas.xmlsoap.org/wsdl/soap12/"

_XS = f"{{{XS_NS}}}"
_W = f"{{{WSDL_NS}}}"
_SER = f"{{{SER_NS}}}"

# Serialization-schema simple types that are primitives in their own right.
_SER_PRIMITIVES = {"duration", "guid", "char"}


@dataclass
class WsdlFacts:
    """What one WSDL says: the agent and the types its schemas define."""

    version: str
    agent: Agent
    types: list[TypeDef] = field(default_factory=list)


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


_FENCE = re.compile(r"^(```|~~~)\s*xml\s*$", re.M)


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
                name = node.get("name", "")
                key = type_key(tns, name, self.service_ns)
                if node.tag == f"{_XS}complexType":
                    typedef = self.complex_type(node, key, name, tns, agent)
                elif node.tag == f"{_XS}simpleType":
                    if key in self.aliases:
                        continue
                    typedef = self.simple_type(node, key, name, tns, agent)
                else:
                    continue
                if typedef is not None:
                    types.append(typedef)
        return types

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
            min_occurs=int(el.get("minOccurs", "1")),
            repeated=max_occurs == "unbounded" or int(max_occurs) > 1,
            nillable=el.get("nillable") == "true",
        )

    def sequence_fields(self, parent: etree._Element) -> list[Field]:
        sequence = parent.find(f"{_XS}sequence")
        if sequence is None:
            for other in ("choice", "all"):
                if parent.find(f"{_XS}{other}") is not None:
                    self.warn(parent, "wsdl-unsupported", f"xs:{other} read as a sequence")
                    sequence = parent.find(f"{_XS}{other}")
            if sequence is None:
                return []
        fields = []
        for child in sequence:
            if not isinstance(child.tag, str):
                continue
            if child.tag == f"{_XS}element":
                fields.append(self.field(child))
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
        return RecordType(key, name, tns, tuple(fields), base, agents=(agent,))

    def dict_type(
        self, node: etree._Element, key: str, name: str, tns: str, agent: str
    ) -> TypeDef | None:
        pair = node.find(f"{_XS}sequence/{_XS}element")
        inner = pair.find(f"{_XS}complexType") if pair is not None else None
        parts = self.sequence_fields(inner) if inner is not None else []
        if pair is None or len(parts) != 2:
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
        members = []
        for index, enum in enumerate(restriction.findall(f"{_XS}enumeration")):
            explicit = enum.find(f"{_XS}annotation/{_XS}appinfo/{_SER}EnumerationValue")
            if explicit is not None:
                try:
                    value = int((explicit.text or "").strip())
                except ValueError:
                    self.warn(
                        explicit, "wsdl-bad-value", f"{name}: EnumerationValue {explicit.text!r}"
                    )
                    value = index
            else:
                # WCF omits the value where it is the default: the index, or 2**index for flags.
                value = 1 << index if flags else index
            members.append(EnumMember(enum.get("value", ""), value))
        return EnumType(key, name, tns, tuple(members), flags, backing, agents=(agent,))

    # --- messages, port type, binding ----------------------------------------------------

    def element_fields(self, qname_el: etree._Element, qname: str) -> tuple[str, list[Field]]:
        prefix, _, local = qname.rpartition(":")
        ns = qname_el.nsmap.get(prefix or None, "")
        element = self.elements.get((ns, local))
        if element is None:
            self.warn(qname_el, "wsdl-missing-element", f"element {qname!r} is not declared")
            return local, []
        inner = element.find(f"{_XS}complexType")
        if inner is None:
            return local, [self.field(element)]
        return local, self.sequence_fields(inner)

    def header(self, qname_el: etree._Element, qname: str) -> Header:
        prefix, _, local = qname.rpartition(":")
        ns = qname_el.nsmap.get(prefix or None, "")
        element = self.elements.get((ns, local))
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
        messages = self.message_parts()
        soap_version = "1.1"
        soap_ns = SOAP11_NS
        if binding.find(f"{{{SOAP12_NS}}}binding") is not None:
            soap_version, soap_ns = "1.2", SOAP12_NS
        bound: dict[str, etree._Element] = {
            op.get("name", ""): op for op in binding.findall(f"{_W}operation")
        }
        address = ""
        addr = self.root.find(f"{_W}service/{_W}port/{{{soap_ns}}}address")
        if addr is not None:
            address = addr.get("location", "")
        operations = []
        for op in port_type.findall(f"{_W}operation"):
            name = op.get("name", "")
            bop = bound.get(name)
            if bop is None:
                self.warn(op, "wsdl-unbound-operation", f"operation {name!r} has no binding")
                continue
            soap_op = bop.find(f"{{{soap_ns}}}operation")
            action = soap_op.get("soapAction", "") if soap_op is not None else ""
            in_el, params = self.message_element(op.find(f"{_W}input"), messages)
            out_el, results = self.message_element(op.find(f"{_W}output"), messages)
            operations.append(
                Operation(
                    name=name,
                    soap_action=action,
                    input_element=in_el,
                    output_element=out_el,
                    parameters=tuple(params),
                    results=tuple(results),
                    request_headers=self.bound_headers(bop.find(f"{_W}input"), soap_ns, messages),
                    response_headers=self.bound_headers(
                        bop.find(f"{_W}output"), soap_ns, messages
                    ),
                    sources=(f"{self.rel}:{self.line(op)}",),
                )
            )
        return Agent(
            name=agent_name,
            namespace=self.service_ns,
            address=address,
            soap_version=soap_version,
            operations=tuple(operations),
            sources=(f"{self.rel}:{self.line0}",),
        )

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
                if part.get("name") == part_name:
                    headers.append(self.header(part, part.get("element", "")))
        return tuple(headers)


_VERSION = re.compile(r"/(Services\d+)/?$")


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
    match = _VERSION.search(reader.service_ns)
    if not match:
        diags.error(
            rel, line0, "wsdl-no-version", f"namespace {reader.service_ns!r} names no version"
        )
        return None
    version = match.group(1)
    port_type = root.find(f"{_W}portType")
    agent_name = port_type.get("name", "") if port_type is not None else ""
    types = reader.read_types(agent_name)
    agent = reader.read_agent(version)
    if agent is None:
        return None
    return WsdlFacts(version, agent, types)
