"""Services88 types: Sentiment.

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
    Unset,
    blank,
    json_extra,
    json_object,
    json_write_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_int,
    take_nillable,
    write_int,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CONFIDENCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Confidence"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_SCORE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Score"
_SENTIMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Sentiment"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class Sentiment(Carrier):
    """Sentiment information: Score (-100 to 100) and Confidence (0 to 100)

    Carrier object for Sentiment. Services for the Sentiment Carrier is available from the AI
    Agent.
    """

    score: int | Unset = UNSET
    """Sentiment score, -100 = very unhappy, 100 = very happy, 0 = no idea (not recognized)"""
    confidence: int | Unset = UNSET
    """Sentiment analysis confidence, where available. 0 = no idea, 100 = perfectly confident, -1 =
    no confidence score available
    """

    def to_xml(self) -> Element:
        return encode_xml_sentiment(None, _SENTIMENT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Sentiment:
        return record_from_xml(decode_xml_sentiment, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_sentiment(self)

    @classmethod
    def from_json(cls, data: Any) -> Sentiment:
        return record_from_json(decode_json_sentiment, data)


_SENTIMENT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Score",
        "Confidence",
    )
)


def decode_xml_sentiment(element: Element) -> Sentiment:
    value = Sentiment()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TABLE_RIGHT:
            value.table_right = (
                None if child.get(XSI_NIL) in NIL else decode_xml_table_right(child)
            )
        elif tag == _FIELD_PROPERTIES:
            value.field_properties = (
                None if child.get(XSI_NIL) in NIL else decode_xml_field_property_dictionary(child)
            )
        elif tag == _SCORE:
            value.score = read_int(child)
        elif tag == _CONFIDENCE:
            value.confidence = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_sentiment(parent: Element | None, tag: str, value: Sentiment) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SCORE, value.score, write_int)
    put(element, _CONFIDENCE, value.confidence, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_sentiment(data: Any, path: str) -> Sentiment:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Sentiment)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.score = take_int(data, "Score", path)
    value.confidence = take_int(data, "Confidence", path)
    value.extra = None if _SENTIMENT_KEYS.issuperset(data) else json_extra(data, _SENTIMENT_KEYS)
    return value


def encode_json_sentiment(value: Sentiment) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Score", value.score, json_write_int)
    put_json(result, "Confidence", value.confidence, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SENTIMENT_CODEC = Codec(
    decode_xml_sentiment, encode_xml_sentiment, decode_json_sentiment, encode_json_sentiment
)
