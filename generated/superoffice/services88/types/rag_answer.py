"""Services88 types: RagAnswer.

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
    json_object,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
    take_str_nillable,
    write_str,
)
from .rag_result import (
    RagResult,
    decode_json_list_of_rag_result,
    decode_xml_list_of_rag_result,
    encode_json_list_of_rag_result,
    encode_xml_list_of_rag_result,
)

_ANSWER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Answer"
_RAG_ANSWER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RagAnswer"
_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Source"
_TRACKING_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TrackingId"


@dataclasses.dataclass(kw_only=True, repr=False)
class RagAnswer(Record):
    """Contains the answer to an AI search, with sources used.

    Carrier object for RagAnswer. Services for the RagAnswer Carrier is available from the AI
    Agent.
    """

    answer: str | None | Unset = UNSET
    """Response to the question"""
    source: list[RagResult | None] | None | Unset = UNSET
    """Array of sources used to ground the answer. Each source has a chunk of text, relevancy
    score, title.
    """
    tracking_id: str | None | Unset = UNSET
    """Unique identifier for this answer. Used for correlating feedback to answers"""

    def to_xml(self) -> Element:
        return encode_xml_rag_answer(None, _RAG_ANSWER, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> RagAnswer:
        return record_from_xml(decode_xml_rag_answer, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_rag_answer(self)

    @classmethod
    def from_json(cls, data: Any) -> RagAnswer:
        return record_from_json(decode_json_rag_answer, data)


_RAG_ANSWER_KEYS = frozenset(
    (
        "Answer",
        "Source",
        "TrackingId",
    )
)


def decode_xml_rag_answer(element: Element) -> RagAnswer:
    value = RagAnswer()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _ANSWER:
            value.answer = child.text or empty_or_nil(child)
        elif tag == _SOURCE:
            value.source = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_rag_result(child)
            )
        elif tag == _TRACKING_ID:
            value.tracking_id = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_rag_answer(parent: Element | None, tag: str, value: RagAnswer) -> Element:
    element = new_child(parent, tag)
    put(element, _ANSWER, value.answer, write_str)
    put(element, _SOURCE, value.source, encode_xml_list_of_rag_result)
    put(element, _TRACKING_ID, value.tracking_id, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_rag_answer(data: Any, path: str) -> RagAnswer:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(RagAnswer)
    value.answer = take_str_nillable(data, "Answer", path)
    value.source = take_nillable(data, "Source", path, decode_json_list_of_rag_result)
    value.tracking_id = take_str_nillable(data, "TrackingId", path)
    value.extra = None if _RAG_ANSWER_KEYS.issuperset(data) else json_extra(data, _RAG_ANSWER_KEYS)
    return value


def encode_json_rag_answer(value: RagAnswer) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Answer", value.answer, json_write_str)
    put_json(result, "Source", value.source, encode_json_list_of_rag_result)
    put_json(result, "TrackingId", value.tracking_id, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RAG_ANSWER_CODEC = Codec(
    decode_xml_rag_answer, encode_xml_rag_answer, decode_json_rag_answer, encode_json_rag_answer
)
