"""Services88 types: ArrayOfVersionInfo, VersionInfo.

Used by the Document agent.
"""

from __future__ import annotations

import dataclasses
import datetime
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
    json_datetime,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_datetime,
    write_int,
    write_str,
)
from .list_of_str import (
    decode_json_list_of_str,
    decode_xml_list_of_str,
    encode_json_list_of_str,
    encode_xml_list_of_str,
)

_CHECKED_IN_BY_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CheckedInByAssociateId"
)
_CHECKED_IN_BY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CheckedInByName"
_CHECKED_IN_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CheckedInDate"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_DISPLAY_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayText"
_DOCUMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentId"
_EXTERNAL_REFERENCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExternalReference"
_EXTRA_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraFields"
_VERSION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VersionId"
_VERSION_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VersionInfo"


@dataclasses.dataclass(kw_only=True, repr=False)
class VersionInfo(Record):
    """The ``VersionInfo`` record."""

    external_reference: str | None | Unset = UNSET
    document_id: int | Unset = UNSET
    version_id: str | None | Unset = UNSET
    checked_in_date: datetime.datetime | Unset = UNSET
    checked_in_by_name: str | None | Unset = UNSET
    checked_in_by_associate_id: int | Unset = UNSET
    description: str | None | Unset = UNSET
    display_text: str | None | Unset = UNSET
    extra_fields: list[str | None] | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_version_info(None, _VERSION_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> VersionInfo:
        return record_from_xml(decode_xml_version_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_version_info(self)

    @classmethod
    def from_json(cls, data: Any) -> VersionInfo:
        return record_from_json(decode_json_version_info, data)


_VERSION_INFO_KEYS = frozenset(
    (
        "ExternalReference",
        "DocumentId",
        "VersionId",
        "CheckedInDate",
        "CheckedInByName",
        "CheckedInByAssociateId",
        "Description",
        "DisplayText",
        "ExtraFields",
    )
)


def decode_xml_version_info(element: Element) -> VersionInfo:
    value = VersionInfo()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _EXTERNAL_REFERENCE:
            value.external_reference = child.text or empty_or_nil(child)
        elif tag == _DOCUMENT_ID:
            value.document_id = read_int(child)
        elif tag == _VERSION_ID:
            value.version_id = child.text or empty_or_nil(child)
        elif tag == _CHECKED_IN_DATE:
            value.checked_in_date = read_datetime(child)
        elif tag == _CHECKED_IN_BY_NAME:
            value.checked_in_by_name = child.text or empty_or_nil(child)
        elif tag == _CHECKED_IN_BY_ASSOCIATE_ID:
            value.checked_in_by_associate_id = read_int(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_TEXT:
            value.display_text = child.text or empty_or_nil(child)
        elif tag == _EXTRA_FIELDS:
            value.extra_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_version_info(parent: Element | None, tag: str, value: VersionInfo) -> Element:
    element = new_child(parent, tag)
    put(element, _EXTERNAL_REFERENCE, value.external_reference, write_str)
    put(element, _DOCUMENT_ID, value.document_id, write_int)
    put(element, _VERSION_ID, value.version_id, write_str)
    put(element, _CHECKED_IN_DATE, value.checked_in_date, write_datetime)
    put(element, _CHECKED_IN_BY_NAME, value.checked_in_by_name, write_str)
    put(element, _CHECKED_IN_BY_ASSOCIATE_ID, value.checked_in_by_associate_id, write_int)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _DISPLAY_TEXT, value.display_text, write_str)
    put(element, _EXTRA_FIELDS, value.extra_fields, encode_xml_list_of_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_version_info(data: Any, path: str) -> VersionInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(VersionInfo)
    value.external_reference = take_str_nillable(data, "ExternalReference", path)
    value.document_id = take_int(data, "DocumentId", path)
    value.version_id = take_str_nillable(data, "VersionId", path)
    value.checked_in_date = take(data, "CheckedInDate", path, json_datetime)
    value.checked_in_by_name = take_str_nillable(data, "CheckedInByName", path)
    value.checked_in_by_associate_id = take_int(data, "CheckedInByAssociateId", path)
    value.description = take_str_nillable(data, "Description", path)
    value.display_text = take_str_nillable(data, "DisplayText", path)
    value.extra_fields = take_nillable(data, "ExtraFields", path, decode_json_list_of_str)
    value.extra = (
        None if _VERSION_INFO_KEYS.issuperset(data) else json_extra(data, _VERSION_INFO_KEYS)
    )
    return value


def encode_json_version_info(value: VersionInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "ExternalReference", value.external_reference, json_write_str)
    put_json(result, "DocumentId", value.document_id, json_write_int)
    put_json(result, "VersionId", value.version_id, json_write_str)
    put_json(result, "CheckedInDate", value.checked_in_date, json_write_datetime)
    put_json(result, "CheckedInByName", value.checked_in_by_name, json_write_str)
    put_json(result, "CheckedInByAssociateId", value.checked_in_by_associate_id, json_write_int)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "DisplayText", value.display_text, json_write_str)
    put_json(result, "ExtraFields", value.extra_fields, encode_json_list_of_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


VERSION_INFO_CODEC = Codec(
    decode_xml_version_info,
    encode_xml_version_info,
    decode_json_version_info,
    encode_json_version_info,
)


def decode_xml_list_of_version_info(element: Element) -> list[VersionInfo | None]:
    """``ArrayOfVersionInfo``: a list of ``VersionInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_version_info(child))
        for child in element
        if child.tag == _VERSION_INFO
    ]


def encode_xml_list_of_version_info(
    parent: Element | None, tag: str, value: list[VersionInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _VERSION_INFO, item, encode_xml_version_info)
    return element


def decode_json_list_of_version_info(data: Any, path: str) -> list[VersionInfo | None]:
    return json_items_nillable(data, path, decode_json_version_info)


def encode_json_list_of_version_info(value: list[VersionInfo | None]) -> list[Any]:
    return [(None if item is None else encode_json_version_info(item)) for item in value]


LIST_OF_VERSION_INFO_CODEC = Codec(
    decode_xml_list_of_version_info,
    encode_xml_list_of_version_info,
    decode_json_list_of_version_info,
    encode_json_list_of_version_info,
)
