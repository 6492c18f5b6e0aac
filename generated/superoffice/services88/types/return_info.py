"""Services88 types: ReturnInfo.

Used by the Document agent.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    UNSET,
    Codec,
    Element,
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
    json_object,
    json_write_bool,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_str_nillable,
    write_bool,
    write_str,
)
from .return_type import (
    ReturnType,
    decode_json_return_type,
    decode_xml_return_type,
    encode_json_return_type,
    encode_xml_return_type,
)

_ADDITIONAL_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AdditionalInfo"
_EXTERNAL_REFERENCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExternalReference"
_RETURN_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReturnInfo"
_SUCCESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Success"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"
_VERSION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VersionId"


@dataclasses.dataclass(kw_only=True, repr=False)
class ReturnInfo(Record):
    """The ``ReturnInfo`` record."""

    external_reference: str | None | Unset = UNSET
    version_id: str | None | Unset = UNSET
    success: bool | Unset = UNSET
    type: ReturnType | str | Unset = UNSET
    value: str | None | Unset = UNSET
    additional_info: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_return_info(None, _RETURN_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ReturnInfo:
        return record_from_xml(decode_xml_return_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_return_info(self)

    @classmethod
    def from_json(cls, data: Any) -> ReturnInfo:
        return record_from_json(decode_json_return_info, data)


_RETURN_INFO_KEYS = frozenset(
    (
        "ExternalReference",
        "VersionId",
        "Success",
        "Type",
        "Value",
        "AdditionalInfo",
    )
)


def decode_xml_return_info(element: Element) -> ReturnInfo:
    value = ReturnInfo()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _EXTERNAL_REFERENCE:
            value.external_reference = child.text or empty_or_nil(child)
        elif tag == _VERSION_ID:
            value.version_id = child.text or empty_or_nil(child)
        elif tag == _SUCCESS:
            value.success = read_bool(child)
        elif tag == _TYPE:
            value.type = decode_xml_return_type(child)
        elif tag == _VALUE:
            value.value = child.text or empty_or_nil(child)
        elif tag == _ADDITIONAL_INFO:
            value.additional_info = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_return_info(parent: Element | None, tag: str, value: ReturnInfo) -> Element:
    element = new_child(parent, tag)
    put(element, _EXTERNAL_REFERENCE, value.external_reference, write_str)
    put(element, _VERSION_ID, value.version_id, write_str)
    put(element, _SUCCESS, value.success, write_bool)
    put(element, _TYPE, value.type, encode_xml_return_type)
    put(element, _VALUE, value.value, write_str)
    put(element, _ADDITIONAL_INFO, value.additional_info, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_return_info(data: Any, path: str) -> ReturnInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ReturnInfo)
    value.external_reference = take_str_nillable(data, "ExternalReference", path)
    value.version_id = take_str_nillable(data, "VersionId", path)
    value.success = take_bool(data, "Success", path)
    value.type = take(data, "Type", path, decode_json_return_type)
    value.value = take_str_nillable(data, "Value", path)
    value.additional_info = take_str_nillable(data, "AdditionalInfo", path)
    value.extra = (
        None if _RETURN_INFO_KEYS.issuperset(data) else json_extra(data, _RETURN_INFO_KEYS)
    )
    return value


def encode_json_return_info(value: ReturnInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "ExternalReference", value.external_reference, json_write_str)
    put_json(result, "VersionId", value.version_id, json_write_str)
    put_json(result, "Success", value.success, json_write_bool)
    put_json(result, "Type", value.type, encode_json_return_type)
    put_json(result, "Value", value.value, json_write_str)
    put_json(result, "AdditionalInfo", value.additional_info, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RETURN_INFO_CODEC = Codec(
    decode_xml_return_info,
    encode_xml_return_info,
    decode_json_return_info,
    encode_json_return_info,
)
