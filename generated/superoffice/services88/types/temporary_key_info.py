"""Services88 types: TemporaryKeyInfo.

Used by the Person agent.
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
    empty_or_nil,
    json_extra,
    json_object,
    json_write_bool,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_int,
    write_str,
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
from .temporary_key_domain import (
    TemporaryKeyDomain,
    decode_json_temporary_key_domain,
    decode_xml_temporary_key_domain,
    encode_json_temporary_key_domain,
    encode_xml_temporary_key_domain,
)

_DOMAIN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Domain"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_EXPIRED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsExpired"
_PAYLOAD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Payload"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TARGET_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetId"
_TEMPORARY_KEY_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TemporaryKeyInfo"


@dataclasses.dataclass(kw_only=True, repr=False)
class TemporaryKeyInfo(Carrier):
    """The fields returned when checking a temporary key

    Carrier object for TemporaryKeyInfo. Services for the TemporaryKeyInfo Carrier is available
    from the Person Agent.
    """

    domain: TemporaryKeyDomain | str | Unset = UNSET
    """The domain for this key. Unknown if key is not valid."""
    target_id: int | Unset = UNSET
    """The primary key of the entity this temporary key is for, dependent of dmain"""
    person_id: int | Unset = UNSET
    """The person id this key is related to. May be null."""
    is_expired: bool | Unset = UNSET
    """Whether the key is expired or not."""
    payload: str | None | Unset = UNSET
    """The payload for this key. May be null or empty."""

    def to_xml(self) -> Element:
        return encode_xml_temporary_key_info(None, _TEMPORARY_KEY_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TemporaryKeyInfo:
        return record_from_xml(decode_xml_temporary_key_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_temporary_key_info(self)

    @classmethod
    def from_json(cls, data: Any) -> TemporaryKeyInfo:
        return record_from_json(decode_json_temporary_key_info, data)


_TEMPORARY_KEY_INFO_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Domain",
        "TargetId",
        "PersonId",
        "IsExpired",
        "Payload",
    )
)


def decode_xml_temporary_key_info(element: Element) -> TemporaryKeyInfo:
    value = TemporaryKeyInfo()
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
        elif tag == _DOMAIN:
            value.domain = decode_xml_temporary_key_domain(child)
        elif tag == _TARGET_ID:
            value.target_id = read_int(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _IS_EXPIRED:
            value.is_expired = read_bool(child)
        elif tag == _PAYLOAD:
            value.payload = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_temporary_key_info(
    parent: Element | None, tag: str, value: TemporaryKeyInfo
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DOMAIN, value.domain, encode_xml_temporary_key_domain)
    put(element, _TARGET_ID, value.target_id, write_int)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _IS_EXPIRED, value.is_expired, write_bool)
    put(element, _PAYLOAD, value.payload, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_temporary_key_info(data: Any, path: str) -> TemporaryKeyInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TemporaryKeyInfo)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.domain = take(data, "Domain", path, decode_json_temporary_key_domain)
    value.target_id = take_int(data, "TargetId", path)
    value.person_id = take_int(data, "PersonId", path)
    value.is_expired = take_bool(data, "IsExpired", path)
    value.payload = take_str_nillable(data, "Payload", path)
    value.extra = (
        None
        if _TEMPORARY_KEY_INFO_KEYS.issuperset(data)
        else json_extra(data, _TEMPORARY_KEY_INFO_KEYS)
    )
    return value


def encode_json_temporary_key_info(value: TemporaryKeyInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Domain", value.domain, encode_json_temporary_key_domain)
    put_json(result, "TargetId", value.target_id, json_write_int)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "IsExpired", value.is_expired, json_write_bool)
    put_json(result, "Payload", value.payload, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TEMPORARY_KEY_INFO_CODEC = Codec(
    decode_xml_temporary_key_info,
    encode_xml_temporary_key_info,
    decode_json_temporary_key_info,
    encode_json_temporary_key_info,
)
