"""Services88 types: CallerIDCollection.

Used by the Pocket agent.
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
from .caller_id import (
    CallerID,
    decode_json_list_of_caller_id,
    decode_xml_list_of_caller_id,
    encode_json_list_of_caller_id,
    encode_xml_list_of_caller_id,
)

_CALLER_ID_COLLECTION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CallerIDCollection"
)
_CALLER_ID_HASH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CallerIDHash"
_CALLER_I_DS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CallerIDs"


@dataclasses.dataclass(kw_only=True, repr=False)
class CallerIDCollection(Record):
    """Collection of caller ids with their corresponding hash

    Carrier object for CallerIDCollection. Services for the CallerIDCollection Carrier is
    available from the Pocket Agent.
    """

    caller_id_hash: str | None | Unset = UNSET
    """Hash of the caller ids, used for checking if the same set of caller ids was sent earlier"""
    caller_i_ds: list[CallerID | None] | None | Unset = UNSET
    """Array of caller ids, sorted numerically on the phone number"""

    def to_xml(self) -> Element:
        return encode_xml_caller_id_collection(None, _CALLER_ID_COLLECTION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CallerIDCollection:
        return record_from_xml(decode_xml_caller_id_collection, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_caller_id_collection(self)

    @classmethod
    def from_json(cls, data: Any) -> CallerIDCollection:
        return record_from_json(decode_json_caller_id_collection, data)


_CALLER_ID_COLLECTION_KEYS = frozenset(
    (
        "CallerIDHash",
        "CallerIDs",
    )
)


def decode_xml_caller_id_collection(element: Element) -> CallerIDCollection:
    value = CallerIDCollection()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _CALLER_ID_HASH:
            value.caller_id_hash = child.text or empty_or_nil(child)
        elif tag == _CALLER_I_DS:
            value.caller_i_ds = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_caller_id(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_caller_id_collection(
    parent: Element | None, tag: str, value: CallerIDCollection
) -> Element:
    element = new_child(parent, tag)
    put(element, _CALLER_ID_HASH, value.caller_id_hash, write_str)
    put(element, _CALLER_I_DS, value.caller_i_ds, encode_xml_list_of_caller_id)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_caller_id_collection(data: Any, path: str) -> CallerIDCollection:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CallerIDCollection)
    value.caller_id_hash = take_str_nillable(data, "CallerIDHash", path)
    value.caller_i_ds = take_nillable(data, "CallerIDs", path, decode_json_list_of_caller_id)
    value.extra = (
        None
        if _CALLER_ID_COLLECTION_KEYS.issuperset(data)
        else json_extra(data, _CALLER_ID_COLLECTION_KEYS)
    )
    return value


def encode_json_caller_id_collection(value: CallerIDCollection) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "CallerIDHash", value.caller_id_hash, json_write_str)
    put_json(result, "CallerIDs", value.caller_i_ds, encode_json_list_of_caller_id)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CALLER_ID_COLLECTION_CODEC = Codec(
    decode_xml_caller_id_collection,
    encode_xml_caller_id_collection,
    decode_json_caller_id_collection,
    encode_json_caller_id_collection,
)
