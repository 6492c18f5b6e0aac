"""Services88 types: ArrayOfAttachmentValidationResult, AttachmentValidationResult.

Used by the Ticket agent.
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
    json_items_nillable,
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
    take_bool,
    take_int,
    take_str_nillable,
    write_bool,
    write_int,
    write_str,
)

_ATTACHMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AttachmentId"
_ATTACHMENT_VALIDATION_RESULT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}AttachmentValidationResult"
)
_ERROR_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErrorMessage"
_IS_VALID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsValid"


@dataclasses.dataclass(kw_only=True, repr=False)
class AttachmentValidationResult(Record):
    """Attachment validation info

    Carrier object for AttachmentValidationResult. Services for the AttachmentValidationResult
    Carrier is available from the Ticket Agent.
    """

    attachment_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    is_valid: bool | Unset = UNSET
    """Indicates if the attachment is valid"""
    error_message: str | None | Unset = UNSET
    """Error message for invalid attachment"""

    def to_xml(self) -> Element:
        return encode_xml_attachment_validation_result(None, _ATTACHMENT_VALIDATION_RESULT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> AttachmentValidationResult:
        return record_from_xml(decode_xml_attachment_validation_result, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_attachment_validation_result(self)

    @classmethod
    def from_json(cls, data: Any) -> AttachmentValidationResult:
        return record_from_json(decode_json_attachment_validation_result, data)


_ATTACHMENT_VALIDATION_RESULT_KEYS = frozenset(
    (
        "AttachmentId",
        "IsValid",
        "ErrorMessage",
    )
)


def decode_xml_attachment_validation_result(element: Element) -> AttachmentValidationResult:
    value = AttachmentValidationResult()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _ATTACHMENT_ID:
            value.attachment_id = read_int(child)
        elif tag == _IS_VALID:
            value.is_valid = read_bool(child)
        elif tag == _ERROR_MESSAGE:
            value.error_message = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_attachment_validation_result(
    parent: Element | None, tag: str, value: AttachmentValidationResult
) -> Element:
    element = new_child(parent, tag)
    put(element, _ATTACHMENT_ID, value.attachment_id, write_int)
    put(element, _IS_VALID, value.is_valid, write_bool)
    put(element, _ERROR_MESSAGE, value.error_message, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_attachment_validation_result(data: Any, path: str) -> AttachmentValidationResult:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(AttachmentValidationResult)
    value.attachment_id = take_int(data, "AttachmentId", path)
    value.is_valid = take_bool(data, "IsValid", path)
    value.error_message = take_str_nillable(data, "ErrorMessage", path)
    value.extra = (
        None
        if _ATTACHMENT_VALIDATION_RESULT_KEYS.issuperset(data)
        else json_extra(data, _ATTACHMENT_VALIDATION_RESULT_KEYS)
    )
    return value


def encode_json_attachment_validation_result(value: AttachmentValidationResult) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "AttachmentId", value.attachment_id, json_write_int)
    put_json(result, "IsValid", value.is_valid, json_write_bool)
    put_json(result, "ErrorMessage", value.error_message, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ATTACHMENT_VALIDATION_RESULT_CODEC = Codec(
    decode_xml_attachment_validation_result,
    encode_xml_attachment_validation_result,
    decode_json_attachment_validation_result,
    encode_json_attachment_validation_result,
)


def decode_xml_list_of_attachment_validation_result(
    element: Element,
) -> list[AttachmentValidationResult | None]:
    """``ArrayOfAttachmentValidationResult``: a list of ``AttachmentValidationResult`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_attachment_validation_result(child))
        for child in element
        if child.tag == _ATTACHMENT_VALIDATION_RESULT
    ]


def encode_xml_list_of_attachment_validation_result(
    parent: Element | None, tag: str, value: list[AttachmentValidationResult | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ATTACHMENT_VALIDATION_RESULT, item, encode_xml_attachment_validation_result)
    return element


def decode_json_list_of_attachment_validation_result(
    data: Any, path: str
) -> list[AttachmentValidationResult | None]:
    return json_items_nillable(data, path, decode_json_attachment_validation_result)


def encode_json_list_of_attachment_validation_result(
    value: list[AttachmentValidationResult | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_attachment_validation_result(item))
        for item in value
    ]


LIST_OF_ATTACHMENT_VALIDATION_RESULT_CODEC = Codec(
    decode_xml_list_of_attachment_validation_result,
    encode_xml_list_of_attachment_validation_result,
    decode_json_list_of_attachment_validation_result,
    encode_json_list_of_attachment_validation_result,
)
