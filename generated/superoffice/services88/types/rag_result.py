"""Services88 types: ArrayOfRagResult, RagResult.

Used by the AI agent.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    NIL,
    UNSET,
    XSI_NIL,
    Codec,
    Element,
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
    json_float,
    json_items_nillable,
    json_object,
    json_write_float,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_float,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_nillable,
    take_str_nillable,
    write_float,
    write_str,
)
from .rag_type import (
    RagType,
    decode_json_rag_type,
    decode_xml_rag_type,
    encode_json_rag_type,
    encode_xml_rag_type,
)
from .string_object_dictionary import (
    decode_json_string_object_dictionary,
    decode_xml_string_object_dictionary,
    encode_json_string_object_dictionary,
    encode_xml_string_object_dictionary,
)

_CHUNK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Chunk"
_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Id"
_METADATA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Metadata"
_RAG_RESULT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RagResult"
_SCORE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Score"
_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Title"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"


@dataclasses.dataclass(kw_only=True, repr=False)
class RagResult(Record):
    """Contains the result of an AI search, with relevance score, document refernce, relevant text
    chunk.

    Carrier object for RagResult. Services for the RagResult Carrier is available from the AI
    Agent.
    """

    chunk: str | None | Unset = UNSET
    """Markdown text that matched query."""
    title: str | None | Unset = UNSET
    """Title or filename of matched document, extracted from the Metadata"""
    id: str | None | Unset = UNSET
    """Matched document's unique id. Typically a URI."""
    type: RagType | str | Unset = UNSET
    """Content type (web/faq/ticket/...)"""
    score: float | Unset = UNSET
    """Relevancy score (0-1). How close this chunk of the document matched the query."""
    metadata: dict[str, object | None] | None | Unset = UNSET
    """Dictionary of metadata for this result. Keys depend on the source of the document. e.g.
    'Title', 'Filename', 'Url', etc.
    """

    def to_xml(self) -> Element:
        return encode_xml_rag_result(None, _RAG_RESULT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> RagResult:
        return record_from_xml(decode_xml_rag_result, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_rag_result(self)

    @classmethod
    def from_json(cls, data: Any) -> RagResult:
        return record_from_json(decode_json_rag_result, data)


_RAG_RESULT_KEYS = frozenset(
    (
        "Chunk",
        "Title",
        "Id",
        "Type",
        "Score",
        "Metadata",
    )
)


def decode_xml_rag_result(element: Element) -> RagResult:
    value = RagResult()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _CHUNK:
            value.chunk = child.text or empty_or_nil(child)
        elif tag == _TITLE:
            value.title = child.text or empty_or_nil(child)
        elif tag == _ID:
            value.id = child.text or empty_or_nil(child)
        elif tag == _TYPE:
            value.type = decode_xml_rag_type(child)
        elif tag == _SCORE:
            value.score = read_float(child)
        elif tag == _METADATA:
            value.metadata = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_object_dictionary(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_rag_result(parent: Element | None, tag: str, value: RagResult) -> Element:
    element = new_child(parent, tag)
    put(element, _CHUNK, value.chunk, write_str)
    put(element, _TITLE, value.title, write_str)
    put(element, _ID, value.id, write_str)
    put(element, _TYPE, value.type, encode_xml_rag_type)
    put(element, _SCORE, value.score, write_float)
    put(element, _METADATA, value.metadata, encode_xml_string_object_dictionary)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_rag_result(data: Any, path: str) -> RagResult:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(RagResult)
    value.chunk = take_str_nillable(data, "Chunk", path)
    value.title = take_str_nillable(data, "Title", path)
    value.id = take_str_nillable(data, "Id", path)
    value.type = take(data, "Type", path, decode_json_rag_type)
    value.score = take(data, "Score", path, json_float)
    value.metadata = take_nillable(data, "Metadata", path, decode_json_string_object_dictionary)
    value.extra = None if _RAG_RESULT_KEYS.issuperset(data) else json_extra(data, _RAG_RESULT_KEYS)
    return value


def encode_json_rag_result(value: RagResult) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Chunk", value.chunk, json_write_str)
    put_json(result, "Title", value.title, json_write_str)
    put_json(result, "Id", value.id, json_write_str)
    put_json(result, "Type", value.type, encode_json_rag_type)
    put_json(result, "Score", value.score, json_write_float)
    put_json(result, "Metadata", value.metadata, encode_json_string_object_dictionary)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RAG_RESULT_CODEC = Codec(
    decode_xml_rag_result, encode_xml_rag_result, decode_json_rag_result, encode_json_rag_result
)


def decode_xml_list_of_rag_result(element: Element) -> list[RagResult | None]:
    """``ArrayOfRagResult``: a list of ``RagResult`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_rag_result(child))
        for child in element
        if child.tag == _RAG_RESULT
    ]


def encode_xml_list_of_rag_result(
    parent: Element | None, tag: str, value: list[RagResult | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _RAG_RESULT, item, encode_xml_rag_result)
    return element


def decode_json_list_of_rag_result(data: Any, path: str) -> list[RagResult | None]:
    return json_items_nillable(data, path, decode_json_rag_result)


def encode_json_list_of_rag_result(value: list[RagResult | None]) -> list[Any]:
    return [(None if item is None else encode_json_rag_result(item)) for item in value]


LIST_OF_RAG_RESULT_CODEC = Codec(
    decode_xml_list_of_rag_result,
    encode_xml_list_of_rag_result,
    decode_json_list_of_rag_result,
    encode_json_list_of_rag_result,
)
