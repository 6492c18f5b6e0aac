"""Services88 types: UserValidationResult.

Used by the User agent.
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
    take_bool,
    take_nillable,
    take_str_nillable,
    write_bool,
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

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_REASON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Reason"
_RESULT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Result"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_USER_VALIDATION_RESULT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserValidationResult"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class UserValidationResult(Carrier):
    """Carrier object for UserValidationResult. Services for the UserValidationResult Carrier is
    available from the User Agent.
    """

    reason: str | None | Unset = UNSET
    result: bool | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_user_validation_result(None, _USER_VALIDATION_RESULT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> UserValidationResult:
        return record_from_xml(decode_xml_user_validation_result, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_user_validation_result(self)

    @classmethod
    def from_json(cls, data: Any) -> UserValidationResult:
        return record_from_json(decode_json_user_validation_result, data)


_USER_VALIDATION_RESULT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Reason",
        "Result",
    )
)


def decode_xml_user_validation_result(element: Element) -> UserValidationResult:
    value = UserValidationResult()
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
        elif tag == _REASON:
            value.reason = child.text or empty_or_nil(child)
        elif tag == _RESULT:
            value.result = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_user_validation_result(
    parent: Element | None, tag: str, value: UserValidationResult
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _REASON, value.reason, write_str)
    put(element, _RESULT, value.result, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_user_validation_result(data: Any, path: str) -> UserValidationResult:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(UserValidationResult)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.reason = take_str_nillable(data, "Reason", path)
    value.result = take_bool(data, "Result", path)
    value.extra = (
        None
        if _USER_VALIDATION_RESULT_KEYS.issuperset(data)
        else json_extra(data, _USER_VALIDATION_RESULT_KEYS)
    )
    return value


def encode_json_user_validation_result(value: UserValidationResult) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Reason", value.reason, json_write_str)
    put_json(result, "Result", value.result, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


USER_VALIDATION_RESULT_CODEC = Codec(
    decode_xml_user_validation_result,
    encode_xml_user_validation_result,
    decode_json_user_validation_result,
    encode_json_user_validation_result,
)
