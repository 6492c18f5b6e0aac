"""Services88 types: OperationResult.

Used by the User agent.
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
    take_bool,
    take_str_nillable,
    write_bool,
    write_str,
)

_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Message"
_OPERATION_RESULT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OperationResult"
_SUCCESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Success"


@dataclasses.dataclass(kw_only=True, repr=False)
class OperationResult(Record):
    """Operation result

    Carrier object for OperationResult.
    """

    success: bool | Unset = UNSET
    """Indicates if the operation was successful."""
    message: str | None | Unset = UNSET
    """Success/Error message. This can be a symbol ([SR_xxxx])"""

    def to_xml(self) -> Element:
        return encode_xml_operation_result(None, _OPERATION_RESULT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> OperationResult:
        return record_from_xml(decode_xml_operation_result, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_operation_result(self)

    @classmethod
    def from_json(cls, data: Any) -> OperationResult:
        return record_from_json(decode_json_operation_result, data)


_OPERATION_RESULT_KEYS = frozenset(
    (
        "Success",
        "Message",
    )
)


def decode_xml_operation_result(element: Element) -> OperationResult:
    value = OperationResult()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _SUCCESS:
            value.success = read_bool(child)
        elif tag == _MESSAGE:
            value.message = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_operation_result(
    parent: Element | None, tag: str, value: OperationResult
) -> Element:
    element = new_child(parent, tag)
    put(element, _SUCCESS, value.success, write_bool)
    put(element, _MESSAGE, value.message, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_operation_result(data: Any, path: str) -> OperationResult:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(OperationResult)
    value.success = take_bool(data, "Success", path)
    value.message = take_str_nillable(data, "Message", path)
    value.extra = (
        None
        if _OPERATION_RESULT_KEYS.issuperset(data)
        else json_extra(data, _OPERATION_RESULT_KEYS)
    )
    return value


def encode_json_operation_result(value: OperationResult) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Success", value.success, json_write_bool)
    put_json(result, "Message", value.message, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


OPERATION_RESULT_CODEC = Codec(
    decode_xml_operation_result,
    encode_xml_operation_result,
    decode_json_operation_result,
    encode_json_operation_result,
)
