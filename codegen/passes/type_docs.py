"""Pass 5: type and field docs from Swagger definitions and REST response tables.

WSDL pages carry no docs; Swagger describes the same carriers by name (``PluginResponse``).
"""

from __future__ import annotations

import dataclasses

from ..model import RecordType, Service, TypeDef
from ..sources.discover import DocFacts
from ..sources.swagger import TypeDoc
from .context import PassContext


def collect_type_docs(facts: DocFacts) -> dict[str, TypeDoc]:
    docs: dict[str, TypeDoc] = {}
    for file in sorted(facts.swaggers, key=lambda f: f.path):
        for name, doc in file.types.items():
            docs.setdefault(name, doc)
    for page in sorted(facts.rest_pages, key=lambda p: p.path):
        if not page.response_type:
            continue
        doc = docs.setdefault(page.response_type, TypeDoc())
        for prop in page.response_props:
            if prop.doc:
                doc.fields.setdefault(prop.name, prop.doc)
    return docs


def _document(t: TypeDef, docs: dict[str, TypeDoc]) -> TypeDef:
    doc = docs.get(t.name)
    if doc is None:
        return t
    if isinstance(t, RecordType):
        fields = tuple(
            (
                dataclasses.replace(f, doc=doc.fields[f.name])
                if not f.doc and doc.fields.get(f.name)
                else f
            )
            for f in t.fields
        )
        return dataclasses.replace(t, doc=t.doc or doc.doc, fields=fields)
    return dataclasses.replace(t, doc=t.doc or doc.doc)


def attach_type_docs(services: list[Service], context: PassContext) -> list[Service]:
    docs = collect_type_docs(context.facts)
    return [
        dataclasses.replace(s, types=tuple(_document(t, docs) for t in s.types)) for s in services
    ]
