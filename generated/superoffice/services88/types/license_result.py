"""Services88 types: LicenseResult.

Used by the License agent.
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
_LICENSE_RESULT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LicenseResult"
_REASON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Reason"
_SUCCEEDED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Succeeded"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class LicenseResult(Carrier):
    """Carrier object for LicenseResult. Services for the LicenseResult Carrier is available from
    the License Agent.
    """

    succeeded: bool | Unset = UNSET
    reason: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_license_result(None, _LICENSE_RESULT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> LicenseResult:
        return record_from_xml(decode_xml_license_result, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_license_result(self)

    @classmethod
    def from_json(cls, data: Any) -> LicenseResult:
        return record_from_json(decode_json_license_result, data)


_LICENSE_RESULT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Succeeded",
        "Reason",
    )
)


def decode_xml_license_result(element: Element) -> LicenseResult:
    value = LicenseResult()
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
        elif tag == _SUCCEEDED:
            value.succeeded = read_bool(child)
        elif tag == _REASON:
            value.reason = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_license_result(parent: Element | None, tag: str, value: LicenseResult) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SUCCEEDED, value.succeeded, write_bool)
    put(element, _REASON, value.reason, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_license_result(data: Any, path: str) -> LicenseResult:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(LicenseResult)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.succeeded = take_bool(data, "Succeeded", path)
    value.reason = take_str_nillable(data, "Reason", path)
    value.extra = (
        None if _LICENSE_RESULT_KEYS.issuperset(data) else json_extra(data, _LICENSE_RESULT_KEYS)
    )
    return value


def encode_json_license_result(value: LicenseResult) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Succeeded", value.succeeded, json_write_bool)
    put_json(result, "Reason", value.reason, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


LICENSE_RESULT_CODEC = Codec(
    decode_xml_license_result,
    encode_xml_license_result,
    decode_json_license_result,
    encode_json_license_result,
)
