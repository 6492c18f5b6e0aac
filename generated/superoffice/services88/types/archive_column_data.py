"""Services88 types: ArchiveColumnData, ColumnDataDictionary.

Used by the Archive, Find, Selection agents.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from lxml import etree

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
    json_key_text,
    json_object,
    json_values_nillable,
    json_write_str,
    keep_element,
    new_child,
    pair_elements,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_str_nillable,
    write_str,
)

_ARCHIVE_COLUMN_DATA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArchiveColumnData"
_COLUMN_DATA_KEY_VALUE_PAIR = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ColumnDataKeyValuePair"
)
_DISPLAY_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayValue"
_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Key"
_LINK_HINT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LinkHint"
_TOOLTIP_HINT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TooltipHint"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class ArchiveColumnData(Record):
    """Data carrier class for an item (cell) in an archive. This class contains properties and
    members for three distinct values: The (visible) display value; the tooltip hint, and the
    link hint.
    """

    display_value: str | None | Unset = UNSET
    """The visible display value for an archive cell. It is always a string, and other data types
    are converted to string according to the invariant culture. Further conversion to the local
    culture is the responsibility of the client.
    """
    tooltip_hint: str | None | Unset = UNSET
    """The tooltip hint is either a text to be shown (after resource tag substitution), or a
    tooltip key to be given to the tooltip provider system in order to asynchronoously retrieve
    the actual tooltip.
    """
    link_hint: str | None | Unset = UNSET
    """The link hint consists of information to construct an actual link; additional information
    (such as a view context) must be provided by the client, who is also responsible for
    building the link. The content of the link will generally be one or more ids, such as
    contact_id=123.
    """

    def to_xml(self) -> Element:
        return encode_xml_archive_column_data(None, _ARCHIVE_COLUMN_DATA, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ArchiveColumnData:
        return record_from_xml(decode_xml_archive_column_data, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_archive_column_data(self)

    @classmethod
    def from_json(cls, data: Any) -> ArchiveColumnData:
        return record_from_json(decode_json_archive_column_data, data)


_ARCHIVE_COLUMN_DATA_KEYS = frozenset(
    (
        "DisplayValue",
        "TooltipHint",
        "LinkHint",
    )
)


def decode_xml_archive_column_data(element: Element) -> ArchiveColumnData:
    value = ArchiveColumnData()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _DISPLAY_VALUE:
            value.display_value = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP_HINT:
            value.tooltip_hint = child.text or empty_or_nil(child)
        elif tag == _LINK_HINT:
            value.link_hint = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_archive_column_data(
    parent: Element | None, tag: str, value: ArchiveColumnData
) -> Element:
    element = new_child(parent, tag)
    put(element, _DISPLAY_VALUE, value.display_value, write_str)
    put(element, _TOOLTIP_HINT, value.tooltip_hint, write_str)
    put(element, _LINK_HINT, value.link_hint, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_archive_column_data(data: Any, path: str) -> ArchiveColumnData:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ArchiveColumnData)
    value.display_value = take_str_nillable(data, "DisplayValue", path)
    value.tooltip_hint = take_str_nillable(data, "TooltipHint", path)
    value.link_hint = take_str_nillable(data, "LinkHint", path)
    value.extra = (
        None
        if _ARCHIVE_COLUMN_DATA_KEYS.issuperset(data)
        else json_extra(data, _ARCHIVE_COLUMN_DATA_KEYS)
    )
    return value


def encode_json_archive_column_data(value: ArchiveColumnData) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "DisplayValue", value.display_value, json_write_str)
    put_json(result, "TooltipHint", value.tooltip_hint, json_write_str)
    put_json(result, "LinkHint", value.link_hint, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ARCHIVE_COLUMN_DATA_CODEC = Codec(
    decode_xml_archive_column_data,
    encode_xml_archive_column_data,
    decode_json_archive_column_data,
    encode_json_archive_column_data,
)


def decode_xml_column_data_dictionary(element: Element) -> dict[str, ArchiveColumnData | None]:
    """``ColumnDataDictionary``: a dictionary of ``Key``/``Value`` pairs."""
    result: dict[str, ArchiveColumnData | None] = {}
    for pair in element:
        if pair.tag == _COLUMN_DATA_KEY_VALUE_PAIR:
            key_element, value_element = pair_elements(pair, _KEY, _VALUE)
            result[key_element.text or ""] = (
                None
                if value_element.get(XSI_NIL) in NIL
                else decode_xml_archive_column_data(value_element)
            )
    return result


def encode_xml_column_data_dictionary(
    parent: Element | None, tag: str, value: dict[str, ArchiveColumnData | None]
) -> Element:
    element = new_child(parent, tag)
    for key, item in value.items():
        pair = etree.SubElement(element, _COLUMN_DATA_KEY_VALUE_PAIR)
        put(pair, _KEY, key, write_str)
        put(pair, _VALUE, item, encode_xml_archive_column_data)
    return element


def decode_json_column_data_dictionary(
    data: Any, path: str
) -> dict[str, ArchiveColumnData | None]:
    return json_values_nillable(data, path, decode_json_archive_column_data)


def encode_json_column_data_dictionary(
    value: dict[str, ArchiveColumnData | None],
) -> dict[str, Any]:
    return {
        json_key_text(json_write_str(key)): (
            None if item is None else encode_json_archive_column_data(item)
        )
        for key, item in value.items()
    }


COLUMN_DATA_DICTIONARY_CODEC = Codec(
    decode_xml_column_data_dictionary,
    encode_xml_column_data_dictionary,
    decode_json_column_data_dictionary,
    encode_json_column_data_dictionary,
)
