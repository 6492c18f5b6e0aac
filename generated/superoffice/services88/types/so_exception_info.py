"""Services88 types: SoExceptionInfo.

Used by 58 agents.
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
from .so_exception_info_parameters import (
    decode_json_so_exception_info_parameters,
    decode_xml_so_exception_info_parameters,
    encode_json_so_exception_info_parameters,
    encode_xml_so_exception_info_parameters,
)

_EXCEPTION_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExceptionType"
_FRIENDLY_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FriendlyText"
_INNER_EXCEPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InnerException"
_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Message"
_PARAMETERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Parameters"
_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Source"
_SO_EXCEPTION_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SoExceptionInfo"
_STACK_TRACE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StackTrace"


@dataclasses.dataclass(kw_only=True, repr=False)
class SoExceptionInfo(Record):
    """The ``SoExceptionInfo`` record."""

    message: str | None | Unset = UNSET
    stack_trace: str | None | Unset = UNSET
    friendly_text: str | None | Unset = UNSET
    exception_type: str | None | Unset = UNSET
    source: str | None | Unset = UNSET
    inner_exception: SoExceptionInfo | None | Unset = UNSET
    parameters: dict[str, str | None] | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_so_exception_info(None, _SO_EXCEPTION_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SoExceptionInfo:
        return record_from_xml(decode_xml_so_exception_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_so_exception_info(self)

    @classmethod
    def from_json(cls, data: Any) -> SoExceptionInfo:
        return record_from_json(decode_json_so_exception_info, data)


_SO_EXCEPTION_INFO_KEYS = frozenset(
    (
        "Message",
        "StackTrace",
        "FriendlyText",
        "ExceptionType",
        "Source",
        "InnerException",
        "Parameters",
    )
)


def decode_xml_so_exception_info(element: Element) -> SoExceptionInfo:
    value = SoExceptionInfo()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _MESSAGE:
            value.message = child.text or empty_or_nil(child)
        elif tag == _STACK_TRACE:
            value.stack_trace = child.text or empty_or_nil(child)
        elif tag == _FRIENDLY_TEXT:
            value.friendly_text = child.text or empty_or_nil(child)
        elif tag == _EXCEPTION_TYPE:
            value.exception_type = child.text or empty_or_nil(child)
        elif tag == _SOURCE:
            value.source = child.text or empty_or_nil(child)
        elif tag == _INNER_EXCEPTION:
            value.inner_exception = (
                None if child.get(XSI_NIL) in NIL else decode_xml_so_exception_info(child)
            )
        elif tag == _PARAMETERS:
            value.parameters = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_so_exception_info_parameters(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_so_exception_info(
    parent: Element | None, tag: str, value: SoExceptionInfo
) -> Element:
    element = new_child(parent, tag)
    put(element, _MESSAGE, value.message, write_str)
    put(element, _STACK_TRACE, value.stack_trace, write_str)
    put(element, _FRIENDLY_TEXT, value.friendly_text, write_str)
    put(element, _EXCEPTION_TYPE, value.exception_type, write_str)
    put(element, _SOURCE, value.source, write_str)
    put(element, _INNER_EXCEPTION, value.inner_exception, encode_xml_so_exception_info)
    put(element, _PARAMETERS, value.parameters, encode_xml_so_exception_info_parameters)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_so_exception_info(data: Any, path: str) -> SoExceptionInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SoExceptionInfo)
    value.message = take_str_nillable(data, "Message", path)
    value.stack_trace = take_str_nillable(data, "StackTrace", path)
    value.friendly_text = take_str_nillable(data, "FriendlyText", path)
    value.exception_type = take_str_nillable(data, "ExceptionType", path)
    value.source = take_str_nillable(data, "Source", path)
    value.inner_exception = take_nillable(
        data, "InnerException", path, decode_json_so_exception_info
    )
    value.parameters = take_nillable(
        data, "Parameters", path, decode_json_so_exception_info_parameters
    )
    value.extra = (
        None
        if _SO_EXCEPTION_INFO_KEYS.issuperset(data)
        else json_extra(data, _SO_EXCEPTION_INFO_KEYS)
    )
    return value


def encode_json_so_exception_info(value: SoExceptionInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Message", value.message, json_write_str)
    put_json(result, "StackTrace", value.stack_trace, json_write_str)
    put_json(result, "FriendlyText", value.friendly_text, json_write_str)
    put_json(result, "ExceptionType", value.exception_type, json_write_str)
    put_json(result, "Source", value.source, json_write_str)
    put_json(result, "InnerException", value.inner_exception, encode_json_so_exception_info)
    put_json(result, "Parameters", value.parameters, encode_json_so_exception_info_parameters)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SO_EXCEPTION_INFO_CODEC = Codec(
    decode_xml_so_exception_info,
    encode_xml_so_exception_info,
    decode_json_so_exception_info,
    encode_json_so_exception_info,
)
