"""The view model: the facts templates print (names, annotations, codec functions, flags);
the code's shapes are the templates'.

For each type key the view knows its Python annotation and the functions that read and write
a value of it in XML and JSON (:class:`Ref`); for each record, list, dictionary, enumeration
and operation it hands its template a ``…View`` of those facts; for each version it assigns
types to modules and gives each module an empty :class:`~.imports.Imports` that the templates
fill with the names they print.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import (
    Agent,
    DictType,
    EnumType,
    Field,
    ListType,
    Operation,
    RecordType,
    Service,
    TypeDef,
)
from ..naming import (
    codec_const,
    constant_case,
    doc_line,
    with_article,
    wrap_doc,
)
from ..reserved import agent_class_names, agent_prefix
from .format import keyword_annotation
from .imports import Imports, all_key, version_symbols
from .modules import assign_modules

DOC_WIDTH = 92


@dataclass(frozen=True)
class Ref:
    """How one type appears in code: its annotation and its four codec functions, named as the
    runtime's ``Codec`` names them. Every XML writer takes ``(parent, tag, value)``;
    ``write_json`` is None where the value is already JSON (``int``, ``str``, ...)."""

    annotation: str
    read_xml: str
    write_xml: str
    read_json: str
    write_json: str | None
    codec: str
    names: tuple[str, ...] = ()
    """the names its annotation uses, to import (``ErpConnection``, ``datetime``)"""


def _prim(ann: str, read: str, write: str, jread: str, jwrite: str | None, codec: str) -> Ref:
    module = ann.partition(".")[0] if "." in ann else ""
    return Ref(ann, read, write, jread, jwrite, codec, (module,) if module else ())


PRIMITIVES: dict[str, Ref] = {
    "xs:string": _prim("str", "read_str", "write_str", "json_str", "json_write_str", "STR"),
    "xs:anyURI": _prim("str", "read_str", "write_str", "json_str", "json_write_str", "STR"),
    "xs:QName": _prim("str", "read_str", "write_str", "json_str", "json_write_str", "STR"),
    "ser:guid": _prim("str", "read_str", "write_str", "json_str", "json_write_str", "STR"),
    "xs:int": _prim("int", "read_int", "write_int", "json_int", "json_write_int", "INT"),
    "xs:short": _prim(
        "int", "read_short", "write_short", "json_short", "json_write_short", "SHORT"
    ),
    "xs:long": _prim("int", "read_long", "write_long", "json_long", "json_write_long", "LONG"),
    "xs:byte": _prim("int", "read_byte", "write_byte", "json_byte", "json_write_byte", "BYTE"),
    "xs:unsignedByte": _prim(
        "int",
        "read_unsigned_byte",
        "write_unsigned_byte",
        "json_unsigned_byte",
        "json_write_unsigned_byte",
        "UNSIGNED_BYTE",
    ),
    "xs:unsignedShort": _prim(
        "int",
        "read_unsigned_short",
        "write_unsigned_short",
        "json_unsigned_short",
        "json_write_unsigned_short",
        "UNSIGNED_SHORT",
    ),
    "xs:unsignedInt": _prim(
        "int",
        "read_unsigned_int",
        "write_unsigned_int",
        "json_unsigned_int",
        "json_write_unsigned_int",
        "UNSIGNED_INT",
    ),
    "xs:unsignedLong": _prim(
        "int",
        "read_unsigned_long",
        "write_unsigned_long",
        "json_unsigned_long",
        "json_write_unsigned_long",
        "UNSIGNED_LONG",
    ),
    "xs:boolean": _prim("bool", "read_bool", "write_bool", "json_bool", "json_write_bool", "BOOL"),
    "xs:double": _prim(
        "float", "read_float", "write_float", "json_float", "json_write_float", "FLOAT"
    ),
    "xs:float": _prim(
        "float", "read_float", "write_float", "json_float", "json_write_float", "FLOAT"
    ),
    "xs:decimal": _prim(
        "decimal.Decimal",
        "read_decimal",
        "write_decimal",
        "json_decimal",
        "json_write_decimal",
        "DECIMAL",
    ),
    "xs:dateTime": _prim(
        "datetime.datetime",
        "read_datetime",
        "write_datetime",
        "json_datetime",
        "json_write_datetime",
        "DATETIME",
    ),
    "ser:duration": _prim(
        "datetime.timedelta",
        "read_duration",
        "write_duration",
        "json_duration",
        "json_write_duration",
        "DURATION",
    ),
    "xs:base64Binary": _prim(
        "bytes", "read_bytes", "write_bytes", "json_bytes", "json_write_bytes", "BYTES"
    ),
    "ser:char": _prim("str", "read_char", "write_char", "json_char", "json_write_char", "CHAR"),
    "xs:anyType": _prim("object", "read_any", "write_any", "json_any", "json_write_any", "ANY"),
}


@dataclass(frozen=True)
class Annotation:
    """A type annotation as templates print it, and the names in it the module imports
    (templates declare them with ``use`` where they print the annotation)."""

    text: str
    names: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.text


_CODEC_VERBS = ("decode_xml", "encode_xml", "decode_json", "encode_json")
"""A type's codec functions are these, then ``_`` and its stem (``decode_xml_table_right``)."""

_FAST_JSON = {"json_str": "str", "json_int": "int", "json_bool": "bool"}


@dataclass(frozen=True)
class ValueView:
    """What ``templates/macros/codec.j2`` needs to read and write one value (a field, a list's
    item, a dictionary's key or value): its codec functions and how it may be read inline."""

    read_xml: str
    write_xml: str
    read_json: str
    write_json: str | None
    """None where the value is JSON as it is (``int``, ``str``, ...)"""
    nillable: bool
    text: bool
    """a string: read from the element's text inline"""
    fast: str
    """``str``, ``int`` or ``bool``: the JSON type checked inline before calling ``read_json``"""
    str_key: bool
    """as a dictionary key: a string, as JSON object keys are"""
    scalar_key: bool
    """as a dictionary key: a number or bool, read from the key's text"""

    @classmethod
    def of(cls, ref: Ref, nillable: bool) -> ValueView:
        return cls(
            read_xml=ref.read_xml,
            write_xml=ref.write_xml,
            read_json=ref.read_json,
            write_json=ref.write_json,
            nillable=nillable,
            text=ref.read_xml == "read_str",
            fast=_FAST_JSON.get(ref.read_json, ""),
            str_key=ref.annotation == "str" and ref.read_json == "json_str",
            scalar_key=ref.annotation in ("int", "float", "bool"),
        )

    def read_xml_names(self) -> set[str]:
        """The names ``codec.read_xml`` uses besides its element."""
        if self.text:
            return {"empty_or_nil"} if self.nillable else set()
        return {self.read_xml, "XSI_NIL", "NIL"} if self.nillable else {self.read_xml}


@dataclass
class FieldView:
    name: str
    local: str
    """the local variable holding the field in the XML decoder's required-field path"""
    wire: str
    annotation: Annotation
    secret: bool
    """a ticket or password: kept out of the record's repr"""
    doc: list[str]
    tag_const: str
    required: bool
    value: ValueView


@dataclass
class RecordView:
    class_name: str
    element_name: str
    base: str | None
    doc: list[str]
    stem: str
    tag_const: str
    codec_const: str
    keys_const: str
    """the module constant holding the JSON keys the record knows (its wire names)"""
    expected: str
    """what its writers say they expected of a value that is not one: ``an ErpConnection``"""
    fields: list[FieldView]
    all_fields: list[FieldView]
    required: list[FieldView]


@dataclass
class EnumMemberView:
    name: str
    wire: str
    value: int
    canonical: bool


@dataclass
class EnumView:
    class_name: str
    doc: list[str]
    stem: str
    flags: bool
    members: list[EnumMemberView]
    codec_const: str
    names_const: str
    by_name_const: str
    by_value_const: str
    zero_member: str
    """the member whose value is 0 (a flags enumeration's "none"), or empty"""
    none_const: str
    seen_const: str


@dataclass
class ListView:
    stem: str
    codec_const: str
    annotation: Annotation
    item_tag_const: str
    item: ValueView
    doc: list[str]


@dataclass
class DictView:
    stem: str
    codec_const: str
    annotation: Annotation
    pair_tag_const: str
    key_tag_const: str
    value_tag_const: str
    key: ValueView
    value: ValueView
    doc: list[str]


@dataclass
class MethodParam:
    name: str
    annotation: Annotation


@dataclass
class ParamView:
    """An operation's parameter or result, as the runtime's ``Param`` describes it."""

    name: str
    wire: str
    codec: str
    nillable: bool
    required: bool
    query: str
    """its name in the REST query string, where REST sends it there"""
    json: str
    """its name in the REST body, where that differs from ``wire``"""


@dataclass
class ResultFieldView:
    name: str
    annotation: Annotation
    doc: list[str]


@dataclass
class ResultClassView:
    """The class holding the results of an operation with several result elements."""

    name: str
    doc: list[str]
    fields: list[ResultFieldView]


@dataclass
class OperationView:
    const: str
    method: str
    result: Annotation
    method_params: list[MethodParam]
    method_doc: list[str]
    headers: list[str]
    """the SOAP headers it sends, where they are not the usual three (empty)"""
    name: str
    action: str
    """the SOAPAction where it is not the default ``{namespace}/{agent}/{name}``, else empty"""
    params: list[ParamView]
    results: list[ParamView]
    has_rest: bool
    rest_path: str
    """the REST path where it is not the default ``/api/v1/Agents/{agent}/{name}``, else empty"""
    rest_body: str
    rest_select: bool
    """whether the REST endpoint takes ``$select``"""
    request_element: str
    response_element: str
    result_class: ResultClassView | None = None


@dataclass
class HeadersView:
    """The codecs of the header types of one version (``SoCredentials``, ``SoTimeZone``, ...)."""

    namespace: str
    read_exception_info: str
    read_extra_info: str
    read_time_zone: str
    write_credentials: str
    write_time_zone: str
    credentials_class: str
    ticket_field: str
    time_zone_class: str
    zone_id_field: str
    zone_code_field: str


@dataclass
class AgentDocs:
    """The docstrings of an agent module's classes (they name the agent and its path)."""

    methods: list[str]
    async_methods: list[str]
    soap: list[str]
    async_soap: list[str]
    rest: list[str]
    async_rest: list[str]


@dataclass
class ModuleView:
    """One generated module: its imports, tag constants and the types it defines."""

    name: str
    doc: str
    imports: Imports
    """what the module imports: templates declare what they print with ``use``"""
    tags: list[tuple[str, str, str]] = field(default_factory=list)
    namespaces: list[tuple[str, str]] = field(default_factory=list)
    enums: list[EnumView] = field(default_factory=list)
    records: list[RecordView] = field(default_factory=list)
    lists: list[ListView] = field(default_factory=list)
    dicts: list[DictView] = field(default_factory=list)
    operations: list[OperationView] = field(default_factory=list)
    namespace: str = ""
    agent: str = ""
    agent_class: str = ""
    prefix: str = ""
    """what the method sets and REST agent classes are named after (``ErpSync``)"""
    path: str = ""
    agent_docs: AgentDocs | None = None
    exports: list[str] = field(default_factory=list)
    """an agent module's ``__all__``: its classes, operation constants and ``OPERATIONS``"""


def docstring_lines(text: str) -> list[str]:
    """The docs' text as docstring lines; none where the docs say nothing (no filler)."""
    return wrap_doc(text, DOC_WIDTH) if text else []


class Tags:
    """The tag constants of one module (``_GADGET_ID = "{ns}GadgetId"``): one per element,
    none taking a name the module binds otherwise."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self.values: dict[str, tuple[str, str]] = {}
        """constant -> (its namespace's prefix constant, the element's local name)"""
        self.by_clark: dict[str, str] = {}
        self.prefixes: dict[str, str] = {}
        """namespace -> the constant of its Clark prefix (``_NS = "{http://...}"``)"""
        self.used = set(taken)
        """the names given in the module and the constants made so far"""
        self._next: dict[str, int] = {}
        """per base name, the number its next ``_2``, ``_3``, ... search starts at: the ones
        below are taken, and stay taken (so many elements of one name cost linear time)"""

    def const(self, namespace: str, name: str) -> str:
        clark = f"{{{namespace}}}{name}"
        found = self.by_clark.get(clark)
        if found is not None:
            return found
        const = self._fresh("_" + constant_case(name).rstrip("_"))
        self.values[const] = (self._prefix(namespace), name)
        self.by_clark[clark] = const
        return const

    def _prefix(self, namespace: str) -> str:
        """The module's constant for ``{namespace}``: ``_NS`` for the first, ``_NS_2``, ..."""
        found = self.prefixes.get(namespace)
        if found is None:
            found = self.prefixes[namespace] = self._fresh("_NS")
        return found

    def _fresh(self, base: str) -> str:
        """``base``, or the first free ``base_2``, ``base_3``, ... (what ``numbered(base,
        self.used, "_")`` gives), now taken."""
        const = base
        if base in self.used:
            n = self._next.get(base, 2)
            while f"{base}_{n}" in self.used:
                n += 1
            const, self._next[base] = f"{base}_{n}", n + 1
        self.used.add(const)
        return const

    def items(self) -> list[tuple[str, str, str]]:
        """(constant, prefix constant, local name) of each tag, by constant."""
        return sorted((const, prefix, name) for const, (prefix, name) in self.values.items())

    def namespaces(self) -> list[tuple[str, str]]:
        """(prefix constant, ``{namespace}``) of each namespace the tags are in."""
        return sorted((const, f"{{{ns}}}") for ns, const in self.prefixes.items())


_NAMES_IN = re.compile(r"(?<![.\w])[A-Za-z_]\w*")


class ServiceView:
    """Refs and module layout for one Services version."""

    def __init__(self, service: Service) -> None:
        self.service = service
        self.types = service.type_map()
        self.module_of = assign_modules(service)
        self._refs: dict[str, Ref] = {}
        self.symbols = version_symbols()
        """every name a module of this version may import -> its module (``.types.x``)"""
        for t in service.types:
            s, module = t.stem, f".types.{self.module_of[t.key]}"
            names = [f"{verb}_{s}" for verb in _CODEC_VERBS] + [codec_const(s)]
            if isinstance(t, RecordType | EnumType):
                names.append(t.py_name)
            self.symbols.update(dict.fromkeys(names, module))

    def imports_for(self, own: str) -> Imports:
        """An empty import list for the module ``own`` (``.types.x``, ``.erpsync``)."""
        return Imports(own, self.symbols)

    # --- refs ----------------------------------------------------------------------------

    def ref(self, key: str) -> Ref:
        cached = self._refs.get(key)
        if cached is not None:
            return cached
        if key in PRIMITIVES:
            return PRIMITIVES[key]
        t = self.types.get(key)
        if t is None:
            # A reference the schemas never define: read it as text rather than fail.
            return PRIMITIVES["xs:anyType"]
        s = t.stem
        fns = [f"{verb}_{s}" for verb in _CODEC_VERBS]
        names: tuple[str, ...]
        if isinstance(t, RecordType | EnumType):
            annotation = t.py_name if isinstance(t, RecordType) else f"{t.py_name} | str"
            names = (t.py_name,)
        elif isinstance(t, ListType):
            annotation = f"list[{self.item_annotation(t)}]"
            names = self.ref(t.item_type).names
        else:
            assert isinstance(t, DictType)
            annotation = self.dict_annotation(t)
            names = self.ref(t.key_type).names + self.ref(t.value_type).names
        ref = Ref(annotation, fns[0], fns[1], fns[2], fns[3], codec_const(s), names)
        self._refs[key] = ref
        return ref

    def item_annotation(self, t: ListType) -> str:
        ann = self.ref(t.item_type).annotation
        return f"{ann} | None" if t.item_nillable else ann

    def dict_annotation(self, t: DictType) -> str:
        value = self.ref(t.value_type).annotation
        if t.value_nillable:
            value += " | None"
        return f"dict[{self.ref(t.key_type).annotation}, {value}]"

    def annotation(self, f: Field) -> Annotation:
        """A field's, parameter's or result's annotation."""
        ref = self.ref(f.type)
        ann = ref.annotation + (" | None" if f.nillable else "")
        if f.optional:
            return Annotation(ann + " | Unset", (*ref.names, "Unset"))
        return Annotation(ann, ref.names)

    # --- fields --------------------------------------------------------------------------

    def keyword_annotation(self, f: Field) -> Annotation:
        """A method's keyword parameter's annotation (see :func:`keyword_annotation`)."""
        ann = self.annotation(f)
        return Annotation(keyword_annotation(f.py_name, ann.text), ann.names)

    def field_view(self, f: Field, tags: Tags, namespace: str) -> FieldView:
        ref = self.ref(f.type)
        tag_const = tags.const(namespace, f.name)
        var = f.py_name
        return FieldView(
            name=var,
            local=var,
            wire=f.name,
            annotation=self.annotation(f),
            # kept out of repr, as the clients keep credentials out of it
            secret=f.type == "xs:string" and _SECRET.match(f.name) is not None,
            doc=wrap_doc(f.doc, DOC_WIDTH) if f.doc else [],
            tag_const=tag_const,
            required=not f.optional,
            value=ValueView.of(ref, f.nillable),
        )

    def record_fields(self, t: RecordType) -> list[tuple[Field, str]]:
        """The fields of ``t`` and of every record it extends, the base's first."""
        chain: list[RecordType] = [t]
        current = self.types.get(t.base) if t.base else None
        while isinstance(current, RecordType) and current not in chain:
            chain.append(current)
            current = self.types.get(current.base) if current.base else None
        return [(f, r.namespace) for r in reversed(chain) for f in r.fields]

    def record_view(self, t: RecordType, tags: Tags) -> RecordView:
        all_fields = []
        for f, namespace in self.record_fields(t):
            all_fields.append(self.field_view(f, tags, namespace))
        if any(f.required for f in all_fields):
            _name_locals(all_fields, t.py_name, tags)
        base = None
        if t.base and isinstance(self.types.get(t.base), RecordType):
            base_t = self.types[t.base]
            base = base_t.py_name
        s = t.stem
        return RecordView(
            class_name=t.py_name,
            element_name=t.name,
            base=base,
            doc=docstring_lines(t.doc),
            stem=s,
            tag_const=tags.const(t.namespace, t.name),
            codec_const=codec_const(s),
            keys_const=_keys_const(s),
            expected=with_article(t.py_name),
            fields=all_fields[len(all_fields) - len(t.fields) :],
            all_fields=all_fields,
            required=[f for f in all_fields if f.required],
        )

    def enum_view(self, t: EnumType) -> EnumView:
        s = t.stem
        const = _enum_const(t)
        seen: set[int] = set()
        members = []
        for m in t.members:
            members.append(EnumMemberView(m.py_name, m.name, m.value, m.value not in seen))
            seen.add(m.value)
        zero = next((m.py_name for m in t.members if m.value == 0), "")
        return EnumView(
            class_name=t.py_name,
            doc=docstring_lines(t.doc),
            stem=s,
            flags=t.flags,
            members=members,
            codec_const=codec_const(s),
            names_const=f"_{const}_NAMES",
            by_name_const=f"_{const}_BY_NAME",
            by_value_const=f"_{const}_BY_VALUE",
            zero_member=zero,
            none_const=f"_{const}_NONE",
            seen_const=f"_{const}_SEEN",
        )

    def list_view(self, t: ListType, tags: Tags) -> ListView:
        ref = self.ref(t.item_type)
        item_tag = tags.const(t.namespace, t.item_name)
        s = t.stem
        return ListView(
            stem=s,
            codec_const=codec_const(s),
            annotation=Annotation(f"list[{self.item_annotation(t)}]", ref.names),
            item_tag_const=item_tag,
            item=ValueView.of(ref, t.item_nillable),
            doc=doc_line(f"``{t.name}``: a list of ``{t.item_name}`` elements."),
        )

    def dict_view(self, t: DictType, tags: Tags) -> DictView:
        kref, vref = self.ref(t.key_type), self.ref(t.value_type)
        key_tag = tags.const(t.namespace, t.key_name)
        value_tag = tags.const(t.namespace, t.value_name)
        s = t.stem
        return DictView(
            stem=s,
            codec_const=codec_const(s),
            annotation=Annotation(self.dict_annotation(t), kref.names + vref.names),
            pair_tag_const=tags.const(t.namespace, t.pair_name),
            key_tag_const=key_tag,
            value_tag_const=value_tag,
            key=ValueView.of(kref, False),
            value=ValueView.of(vref, t.value_nillable),
            doc=doc_line(
                f"``{t.name}``: a dictionary of ``{t.key_name}``/``{t.value_name}`` pairs."
            ),
        )

    # --- modules -------------------------------------------------------------------------

    def type_modules(self) -> list[ModuleView]:
        grouped: dict[str, list[TypeDef]] = {}
        for t in self.service.types:
            grouped.setdefault(self.module_of[t.key], []).append(t)
        out = []
        for name in sorted(grouped):
            members = grouped[name]
            module = ModuleView(name=name, doc="", imports=self.imports_for(f".types.{name}"))
            tags = Tags(self.own_names(members))
            for t in members:
                if isinstance(t, EnumType):
                    module.enums.append(self.enum_view(t))
                elif isinstance(t, RecordType):
                    module.records.append(self.record_view(t, tags))
                elif isinstance(t, ListType):
                    module.lists.append(self.list_view(t, tags))
                else:
                    module.dicts.append(self.dict_view(t, tags))
            # records must follow their in-module base classes
            module.records = _bases_first(module.records)
            names = [t.name for t in members]
            agents = sorted({a for t in members for a in t.agents})
            users = (
                f"the {', '.join(agents)} agent{'s' if len(agents) > 1 else ''}"
                if len(agents) <= 3
                else f"{len(agents)} agents"
            )
            module.doc = f"{self.service.version} types: {', '.join(names)}.\n\nUsed by {users}."
            module.tags = tags.items()
            module.namespaces = tags.namespaces()
            out.append(module)
        return out

    def exported_types(self) -> list[tuple[str, str]]:
        """(class name, module) of every record and enum, for the lazy ``types`` index."""
        return sorted(
            (t.py_name, self.module_of[t.key])
            for t in self.service.types
            if isinstance(t, RecordType | EnumType)
        )

    def wire_types(self) -> list[tuple[str, str, str, str]]:
        """(wire name, module, codec constant, class name or "") of every type in the version's
        namespace, for reading and writing ``xsi:type`` in ``xs:anyType`` values."""
        namespace = self.service.agents[0].namespace if self.service.agents else ""
        out = []
        for t in self.service.types:
            if t.namespace != namespace or "@" in t.key:
                continue
            cls = t.py_name if isinstance(t, RecordType | EnumType) else ""
            codec = codec_const(t.stem)
            out.append((t.name, self.module_of[t.key], codec, cls))
        return sorted(out)

    def param(self, f: Field, query: str = "", json: str = "") -> ParamView:
        codec = self.ref(f.type).codec
        return ParamView(f.py_name, f.name, codec, f.nillable, not f.optional, query, json)

    def own_names(self, members: Iterable[TypeDef]) -> set[str]:
        """The private module-level names the types of one module define besides their tags."""
        names: set[str] = set()
        for t in members:
            if isinstance(t, EnumType):
                const = _enum_const(t)
                names |= {
                    f"_{const}_{s}" for s in ("NAMES", "BY_NAME", "BY_VALUE", "NONE", "SEEN")
                }
            elif isinstance(t, RecordType):
                names.add(_keys_const(t.stem))
        return names

    def result_class(self, op: Operation) -> ResultClassView | None:
        """A class for the results of an operation with several (``ReadBlobResult``)."""
        if len(op.results) < 2:
            return None
        fields = []
        for r in op.results:
            doc = wrap_doc(r.doc, DOC_WIDTH) if r.doc else []
            fields.append(ResultFieldView(r.py_name, self.annotation(r), doc))
        doc = wrap_doc(
            f"What ``{op.name}`` returns: its {len(op.results)} result elements"
            + (f". {op.returns_doc}" if op.returns_doc else "."),
            DOC_WIDTH,
        )
        return ResultClassView(op.result_class, doc, fields)

    def result_annotation(self, op: Operation) -> Annotation:
        if not op.results:
            return Annotation("None")
        if len(op.results) > 1:
            return Annotation(op.result_class)
        (result,) = op.results
        ref = self.ref(result.type)
        return Annotation(ref.annotation + " | None", ref.names)

    def method_doc(self, op: Operation) -> list[str]:
        parts = [op.doc] if op.doc else []
        parts += [f"Online restricted: {r.rstrip('.')}." for r in op.restrictions]
        lines = wrap_doc("\n\n".join(parts), DOC_WIDTH - 8) if parts else []
        documented = [p for p in op.parameters if p.doc]
        if documented:
            lines += ["", "Args:"] if lines else ["Args:"]
            for p in documented:
                wrapped = wrap_doc(f"{p.py_name}: {p.doc}", DOC_WIDTH - 12)
                lines += ["    " + wrapped[0]] + ["        " + w for w in wrapped[1:]]
        if op.returns_doc or len(op.results) > 1:
            text = op.returns_doc or "Every result element, as fields."
            returns = ["Returns:"] + ["    " + w for w in wrap_doc(text, DOC_WIDTH - 12)]
            lines += ["", *returns] if lines else returns
        return lines

    def agent_module(self, agent: Agent) -> ModuleView:
        """The agent's module: operation descriptors, sync and async method sets, and the
        SOAP and REST agent classes built from them."""
        prefix = agent_prefix(agent.py_name)
        module = ModuleView(
            name=agent.module,
            doc="",
            imports=self.imports_for(f".{agent.module}"),
            namespace=agent.namespace,
            agent=agent.name,
            agent_class=agent.py_name,
            prefix=prefix,
            path=agent.path,
            agent_docs=AgentDocs(
                methods=doc_line(
                    f"The {agent.name} operations, called synchronously (SOAP or REST)."
                ),
                async_methods=doc_line(
                    f"The {agent.name} operations, called asynchronously (SOAP or REST)."
                ),
                soap=doc_line(f"{agent.name} over SOAP 1.1 (``{agent.path}``), synchronous."),
                async_soap=doc_line(
                    f"{agent.name} over SOAP 1.1 (``{agent.path}``), asynchronous."
                ),
                rest=doc_line(
                    f"{agent.name} over REST (``/api/v1/Agents/{agent.name}/...``), synchronous."
                ),
                async_rest=doc_line(
                    f"{agent.name} over REST (``/api/v1/Agents/{agent.name}/...``), asynchronous."
                ),
            ),
        )
        for op in agent.operations:
            # parameters REST sends in the query string, by the SOAP name, in Swagger's spelling
            query_names = {q.name.lower(): q.name for q in (op.rest.query if op.rest else ())}
            # and those REST's body spells another way
            json_names = {b.param: b.name for b in (op.rest.body if op.rest else ()) if b.param}
            result = self.result_annotation(op)
            headers = tuple(h.name for h in op.request_headers)
            module.operations.append(
                OperationView(
                    const=op.const,
                    method=op.py_name,
                    result=result,
                    method_params=[
                        MethodParam(p.py_name, self.keyword_annotation(p)) for p in op.parameters
                    ],
                    method_doc=self.method_doc(op),
                    headers=(
                        []
                        if headers == ("ApplicationToken", "Credentials", "TimeZone")
                        else list(headers)
                    ),
                    name=op.name,
                    action=(
                        ""
                        if op.soap_action == f"{agent.namespace}/{agent.name}/{op.name}"
                        else op.soap_action
                    ),
                    params=[
                        self.param(
                            p,
                            query_names.get(p.name.lower(), ""),
                            json_names.get(p.name, ""),
                        )
                        for p in op.parameters
                    ],
                    results=[self.param(r) for r in op.results],
                    has_rest=op.rest is not None,
                    rest_path=(
                        ""
                        if op.rest is None
                        or op.rest.path == f"/api/v1/Agents/{agent.name}/{op.name}"
                        else op.rest.path
                    ),
                    rest_select=any(
                        q.name == "$select" for q in (op.rest.query if op.rest else ())
                    ),
                    rest_body=next(
                        (
                            p.py_name
                            for p in op.parameters
                            if op.rest and p.name == op.rest.body_param
                        ),
                        "",
                    ),
                    # only where the WSDL departs from the WCF default names
                    request_element="" if op.input_element == op.name else op.input_element,
                    response_element=(
                        "" if op.output_element == op.name + "Response" else op.output_element
                    ),
                    result_class=self.result_class(op),
                )
            )
        module.doc = (
            f"{self.service.version} {agent.name} agent (``{agent.path}``).\n\n"
            f"``{agent.py_name}`` and ``Async{agent.py_name}`` call it over SOAP, "
            f"``{prefix}RestAgent`` and "
            f"``Async{prefix}RestAgent`` over REST; all four share "
            "the same typed methods and dataclasses."
        )
        module.exports = sorted(
            [*agent_class_names(agent.py_name), "OPERATIONS"]
            + [op.const for op in module.operations]
            + [op.result_class.name for op in module.operations if op.result_class],
            key=all_key,
        )
        return module

    def headers_view(self) -> HeadersView:
        """How this version reads and writes its SOAP headers (for ``headers.py``)."""
        found: dict[str, str] = {}
        for agent in self.service.agents:
            for op in agent.operations:
                for h in op.request_headers + op.response_headers:
                    found.setdefault(h.name, h.type)

        def codec(header: str, kind: str, fallback: str) -> str:
            key = found.get(header)
            if key is None or key not in self.types:
                return fallback
            return str(getattr(self.ref(key), kind))

        def record(header: str, fields: int) -> RecordType | None:
            t = self.types.get(found.get(header, ""))
            if not isinstance(t, RecordType) or len(t.fields) < fields:
                return None
            return t

        credentials, time_zone = record("Credentials", 1), record("TimeZone", 2)
        view = HeadersView(
            namespace=self.service.agents[0].namespace if self.service.agents else "",
            read_exception_info=codec("ExceptionInfo", "read_xml", "read_any"),
            read_extra_info=codec("ExtraInfo", "read_xml", "read_any"),
            read_time_zone=codec("TimeZone", "read_xml", "read_any"),
            write_credentials=codec("Credentials", "write_xml", "write_any"),
            write_time_zone=codec("TimeZone", "write_xml", "write_any"),
            credentials_class=credentials.py_name if credentials else "",
            ticket_field=credentials.fields[0].py_name if credentials else "",
            time_zone_class=time_zone.py_name if time_zone else "",
            zone_id_field=time_zone.fields[0].py_name if time_zone else "",
            zone_code_field=time_zone.fields[1].py_name if time_zone else "",
        )
        return view


_SECRET = re.compile(r"(?i)^(ticket|.*password|.*secret|.*token|.*api_?key)$")


def _bases_first(records: list[RecordView]) -> list[RecordView]:
    """Records in their order, each after its base where the base is in the same module."""
    by_name = {r.class_name: r for r in records}
    done: list[RecordView] = []
    seen: set[str] = set()
    for r in records:
        chain = []
        current: RecordView | None = r
        while current is not None and current.class_name not in seen:
            seen.add(current.class_name)
            chain.append(current)
            current = by_name.get(current.base) if current.base else None
        done.extend(reversed(chain))
    return done


def _keys_const(s: str) -> str:
    return "_" + constant_case(s).rstrip("_") + "_KEYS"


def _enum_const(t: EnumType) -> str:
    return constant_case(t.py_name).rstrip("_")


def _name_locals(fields: list[FieldView], class_name: str, tags: Tags) -> None:
    """The XML decoder of a record with required fields keeps each field in a local variable
    named after it; one that would hide a name the decoder uses (``element``, ``child``,
    ``tag``, ``extra``, a reader such as ``read_int``, a tag constant) gets underscores."""
    used = {"element", "child", "tag", "extra", "Extra", "Unset", "UNSET", "isinstance"}
    used |= {"keep_element", "xml_missing", class_name}
    used |= set(tags.values)
    for f in fields:
        used |= f.value.read_xml_names()
    taken: set[str] = set()
    for f in fields:
        local = f.name
        while local in used or local in taken:
            local += "_"
        taken.add(local)
        f.local = local
