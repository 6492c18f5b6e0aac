"""Services88 types: SmtpTestResult.

Used by the CustomerService agent.
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

_ERROR_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErrorMessage"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_SMTP_TEST_RESULT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SmtpTestResult"
_SUCCESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Success"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class SmtpTestResult(Carrier):
    """Carrier containing information about the result of a SMTP test

    Carrier object for SmtpTestResult. Services for the SmtpTestResult Carrier is available from
    the CustomerService Agent.
    """

    success: bool | Unset = UNSET
    """True if the test went ok. False if it failed. See the error message for details"""
    error_message: str | None | Unset = UNSET
    """If an error occured, this member will contain a description of the error"""

    def to_xml(self) -> Element:
        return encode_xml_smtp_test_result(None, _SMTP_TEST_RESULT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SmtpTestResult:
        return record_from_xml(decode_xml_smtp_test_result, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_smtp_test_result(self)

    @classmethod
    def from_json(cls, data: Any) -> SmtpTestResult:
        return record_from_json(decode_json_smtp_test_result, data)


_SMTP_TEST_RESULT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Success",
        "ErrorMessage",
    )
)


def decode_xml_smtp_test_result(element: Element) -> SmtpTestResult:
    value = SmtpTestResult()
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
        elif tag == _SUCCESS:
            value.success = read_bool(child)
        elif tag == _ERROR_MESSAGE:
            value.error_message = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_smtp_test_result(
    parent: Element | None, tag: str, value: SmtpTestResult
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SUCCESS, value.success, write_bool)
    put(element, _ERROR_MESSAGE, value.error_message, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_smtp_test_result(data: Any, path: str) -> SmtpTestResult:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SmtpTestResult)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.success = take_bool(data, "Success", path)
    value.error_message = take_str_nillable(data, "ErrorMessage", path)
    value.extra = (
        None
        if _SMTP_TEST_RESULT_KEYS.issuperset(data)
        else json_extra(data, _SMTP_TEST_RESULT_KEYS)
    )
    return value


def encode_json_smtp_test_result(value: SmtpTestResult) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Success", value.success, json_write_bool)
    put_json(result, "ErrorMessage", value.error_message, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SMTP_TEST_RESULT_CODEC = Codec(
    decode_xml_smtp_test_result,
    encode_xml_smtp_test_result,
    decode_json_smtp_test_result,
    encode_json_smtp_test_result,
)
