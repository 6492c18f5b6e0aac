"""Services88 types: ArrayOfRelatedData, RelatedData.

Used by the Archive agent.
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
from .archive_column_data import (
    ArchiveColumnData,
    decode_json_archive_column_data,
    decode_xml_archive_column_data,
    encode_json_archive_column_data,
    encode_xml_archive_column_data,
)

_FIELD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Field"
_FIELD_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldValue"
_RELATED_DATA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RelatedData"


@dataclasses.dataclass(kw_only=True, repr=False)
class RelatedData(Record):
    """Display data items for one or more related-table fields, specified using a root entity and
    dot-syntax

    Carrier object for RelatedData. Services for the RelatedData Carrier is available from the
    Archive Agent.
    """

    field: str | None | Unset = UNSET
    """The name of a 'related field'. This must be a valid column name in the DotSyntax/Dynamic
    system, implicitly starting with the given root table
    """
    field_value: ArchiveColumnData | None | Unset = UNSET
    """The value for the Field, expressed as an archive column data cell"""

    def to_xml(self) -> Element:
        return encode_xml_related_data(None, _RELATED_DATA, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> RelatedData:
        return record_from_xml(decode_xml_related_data, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_related_data(self)

    @classmethod
    def from_json(cls, data: Any) -> RelatedData:
        return record_from_json(decode_json_related_data, data)


_RELATED_DATA_KEYS = frozenset(
    (
        "Field",
        "FieldValue",
    )
)


def decode_xml_related_data(element: Element) -> RelatedData:
    value = RelatedData()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _FIELD:
            value.field = child.text or empty_or_nil(child)
        elif tag == _FIELD_VALUE:
            value.field_value = (
                None if child.get(XSI_NIL) in NIL else decode_xml_archive_column_data(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_related_data(parent: Element | None, tag: str, value: RelatedData) -> Element:
    element = new_child(parent, tag)
    put(element, _FIELD, value.field, write_str)
    put(element, _FIELD_VALUE, value.field_value, encode_xml_archive_column_data)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_related_data(data: Any, path: str) -> RelatedData:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(RelatedData)
    value.field = take_str_nillable(data, "Field", path)
    value.field_value = take_nillable(data, "FieldValue", path, decode_json_archive_column_data)
    value.extra = (
        None if _RELATED_DATA_KEYS.issuperset(data) else json_extra(data, _RELATED_DATA_KEYS)
    )
    return value


def encode_json_related_data(value: RelatedData) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Field", value.field, json_write_str)
    put_json(result, "FieldValue", value.field_value, encode_json_archive_column_data)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RELATED_DATA_CODEC = Codec(
    decode_xml_related_data,
    encode_xml_related_data,
    decode_json_related_data,
    encode_json_related_data,
)


def decode_xml_list_of_related_data(element: Element) -> list[RelatedData | None]:
    """``ArrayOfRelatedData``: a list of ``RelatedData`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_related_data(child))
        for child in element
        if child.tag == _RELATED_DATA
    ]


def encode_xml_list_of_related_data(
    parent: Element | None, tag: str, value: list[RelatedData | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _RELATED_DATA, item, encode_xml_related_data)
    return element


def decode_json_list_of_related_data(data: Any, path: str) -> list[RelatedData | None]:
    return json_items_nillable(data, path, decode_json_related_data)


def encode_json_list_of_related_data(value: list[RelatedData | None]) -> list[Any]:
    return [(None if item is None else encode_json_related_data(item)) for item in value]


LIST_OF_RELATED_DATA_CODEC = Codec(
    decode_xml_list_of_related_data,
    encode_xml_list_of_related_data,
    decode_json_list_of_related_data,
    encode_json_list_of_related_data,
)
