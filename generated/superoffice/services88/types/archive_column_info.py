"""Services88 types: ArchiveColumnInfo, ArrayOfArchiveColumnInfo.

Used by 8 agents.
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

_ARCHIVE_COLUMN_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArchiveColumnInfo"
_CAN_ORDER_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CanOrderBy"
_CAN_RESTRICT_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CanRestrictBy"
_DISPLAY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayName"
_DISPLAY_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayTooltip"
_DISPLAY_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayType"
_EXTRA_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraInfo"
_HEADING_ICON_HINT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HeadingIconHint"
_ICON_HINT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IconHint"
_IS_VISIBLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsVisible"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RESTRICTION_LIST_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RestrictionListName"
)
_RESTRICTION_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RestrictionType"
_WIDTH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Width"


@dataclasses.dataclass(kw_only=True, repr=False)
class ArchiveColumnInfo(Record):
    """This class carries information about the definition and properties of an archive display
    column. It is used by the archive MDO providers to construct column lists for the
    configuration dialogs, and by the archive control to know what type (and other properties)
    each column has. The class is serializable and used on both the application and Web server
    sides.
    """

    display_name: str | None | Unset = UNSET
    """The column name to show, can be a resource identifier string"""
    display_tooltip: str | None | Unset = UNSET
    """The column tooltip, used in the column list and in the column headings"""
    display_type: str | None | Unset = UNSET
    """Type of column, so that the archive knows how to display it (actual display values are
    always strings, invariant-culture formatted). This name can contain resource tags.
    """
    can_order_by: bool | Unset = UNSET
    """Can this column be used for sorting?"""
    name: str | None | Unset = UNSET
    """Unique identity of this column (in this particular context); the name to be used when
    requesting the column from a provider, setting restrictions or order by criteria
    """
    can_restrict_by: bool | Unset = UNSET
    """Can this column be used as a restriction"""
    restriction_type: str | None | Unset = UNSET
    """The data type of the restriction; use this to retrieve the legal operators for the
    restriction
    """
    restriction_list_name: str | None | Unset = UNSET
    """If the restriction data type is 'list', this property contains the name of the SoList so
    that choices can be shown
    """
    is_visible: bool | Unset = UNSET
    """Is this column visible to the user in configuration dialogs etc"""
    width: str | None | Unset = UNSET
    """The width specification, if the column info has been extended with GUI-based information. It
    is either "n%" or "nc", where n is an integer. Percent-formatted fields grow and shrink;
    number-of-characters formatted fields have constant width when the whole archive width
    changes.
    """
    icon_hint: str | None | Unset = UNSET
    """Icon hint corresponding to the display name; this icon hint is used in the configuration
    dialog and other places where we 'talk about' the columns of the archive. The actual heading
    of the archive may also contain icons in lieu of textual names, the icon hint for that is
    specified in {SuperOffice.CRM.ArchiveLists.ArchiveColumnInfo.HeadingIconHint} and is a
    different one.
    """
    heading_icon_hint: str | None | Unset = UNSET
    """Icon hint for the archive heading only. If this is a nonempty string, the archive header
    should use this icon and ignore the
    {SuperOffice.CRM.ArchiveLists.ArchiveColumnInfo.DisplayName}. Otherwise, the DisplayName
    should be used as the heading.
    """
    extra_info: str | None | Unset = UNSET
    """Example: "navigator" -&gt; Should this column be mapped to a hyperlinked navigator text
    type?
    """

    def to_xml(self) -> Element:
        return encode_xml_archive_column_info(None, _ARCHIVE_COLUMN_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ArchiveColumnInfo:
        return record_from_xml(decode_xml_archive_column_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_archive_column_info(self)

    @classmethod
    def from_json(cls, data: Any) -> ArchiveColumnInfo:
        return record_from_json(decode_json_archive_column_info, data)


_ARCHIVE_COLUMN_INFO_KEYS = frozenset(
    (
        "DisplayName",
        "DisplayTooltip",
        "DisplayType",
        "CanOrderBy",
        "Name",
        "CanRestrictBy",
        "RestrictionType",
        "RestrictionListName",
        "IsVisible",
        "Width",
        "IconHint",
        "HeadingIconHint",
        "ExtraInfo",
    )
)


def decode_xml_archive_column_info(element: Element) -> ArchiveColumnInfo:
    value = ArchiveColumnInfo()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _DISPLAY_NAME:
            value.display_name = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_TOOLTIP:
            value.display_tooltip = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_TYPE:
            value.display_type = child.text or empty_or_nil(child)
        elif tag == _CAN_ORDER_BY:
            value.can_order_by = read_bool(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _CAN_RESTRICT_BY:
            value.can_restrict_by = read_bool(child)
        elif tag == _RESTRICTION_TYPE:
            value.restriction_type = child.text or empty_or_nil(child)
        elif tag == _RESTRICTION_LIST_NAME:
            value.restriction_list_name = child.text or empty_or_nil(child)
        elif tag == _IS_VISIBLE:
            value.is_visible = read_bool(child)
        elif tag == _WIDTH:
            value.width = child.text or empty_or_nil(child)
        elif tag == _ICON_HINT:
            value.icon_hint = child.text or empty_or_nil(child)
        elif tag == _HEADING_ICON_HINT:
            value.heading_icon_hint = child.text or empty_or_nil(child)
        elif tag == _EXTRA_INFO:
            value.extra_info = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_archive_column_info(
    parent: Element | None, tag: str, value: ArchiveColumnInfo
) -> Element:
    element = new_child(parent, tag)
    put(element, _DISPLAY_NAME, value.display_name, write_str)
    put(element, _DISPLAY_TOOLTIP, value.display_tooltip, write_str)
    put(element, _DISPLAY_TYPE, value.display_type, write_str)
    put(element, _CAN_ORDER_BY, value.can_order_by, write_bool)
    put(element, _NAME, value.name, write_str)
    put(element, _CAN_RESTRICT_BY, value.can_restrict_by, write_bool)
    put(element, _RESTRICTION_TYPE, value.restriction_type, write_str)
    put(element, _RESTRICTION_LIST_NAME, value.restriction_list_name, write_str)
    put(element, _IS_VISIBLE, value.is_visible, write_bool)
    put(element, _WIDTH, value.width, write_str)
    put(element, _ICON_HINT, value.icon_hint, write_str)
    put(element, _HEADING_ICON_HINT, value.heading_icon_hint, write_str)
    put(element, _EXTRA_INFO, value.extra_info, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_archive_column_info(data: Any, path: str) -> ArchiveColumnInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ArchiveColumnInfo)
    value.display_name = take_str_nillable(data, "DisplayName", path)
    value.display_tooltip = take_str_nillable(data, "DisplayTooltip", path)
    value.display_type = take_str_nillable(data, "DisplayType", path)
    value.can_order_by = take_bool(data, "CanOrderBy", path)
    value.name = take_str_nillable(data, "Name", path)
    value.can_restrict_by = take_bool(data, "CanRestrictBy", path)
    value.restriction_type = take_str_nillable(data, "RestrictionType", path)
    value.restriction_list_name = take_str_nillable(data, "RestrictionListName", path)
    value.is_visible = take_bool(data, "IsVisible", path)
    value.width = take_str_nillable(data, "Width", path)
    value.icon_hint = take_str_nillable(data, "IconHint", path)
    value.heading_icon_hint = take_str_nillable(data, "HeadingIconHint", path)
    value.extra_info = take_str_nillable(data, "ExtraInfo", path)
    value.extra = (
        None
        if _ARCHIVE_COLUMN_INFO_KEYS.issuperset(data)
        else json_extra(data, _ARCHIVE_COLUMN_INFO_KEYS)
    )
    return value


def encode_json_archive_column_info(value: ArchiveColumnInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "DisplayName", value.display_name, json_write_str)
    put_json(result, "DisplayTooltip", value.display_tooltip, json_write_str)
    put_json(result, "DisplayType", value.display_type, json_write_str)
    put_json(result, "CanOrderBy", value.can_order_by, json_write_bool)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "CanRestrictBy", value.can_restrict_by, json_write_bool)
    put_json(result, "RestrictionType", value.restriction_type, json_write_str)
    put_json(result, "RestrictionListName", value.restriction_list_name, json_write_str)
    put_json(result, "IsVisible", value.is_visible, json_write_bool)
    put_json(result, "Width", value.width, json_write_str)
    put_json(result, "IconHint", value.icon_hint, json_write_str)
    put_json(result, "HeadingIconHint", value.heading_icon_hint, json_write_str)
    put_json(result, "ExtraInfo", value.extra_info, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ARCHIVE_COLUMN_INFO_CODEC = Codec(
    decode_xml_archive_column_info,
    encode_xml_archive_column_info,
    decode_json_archive_column_info,
    encode_json_archive_column_info,
)


def decode_xml_list_of_archive_column_info(element: Element) -> list[ArchiveColumnInfo | None]:
    """``ArrayOfArchiveColumnInfo``: a list of ``ArchiveColumnInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_archive_column_info(child))
        for child in element
        if child.tag == _ARCHIVE_COLUMN_INFO
    ]


def encode_xml_list_of_archive_column_info(
    parent: Element | None, tag: str, value: list[ArchiveColumnInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ARCHIVE_COLUMN_INFO, item, encode_xml_archive_column_info)
    return element


def decode_json_list_of_archive_column_info(
    data: Any, path: str
) -> list[ArchiveColumnInfo | None]:
    return json_items_nillable(data, path, decode_json_archive_column_info)


def encode_json_list_of_archive_column_info(value: list[ArchiveColumnInfo | None]) -> list[Any]:
    return [(None if item is None else encode_json_archive_column_info(item)) for item in value]


LIST_OF_ARCHIVE_COLUMN_INFO_CODEC = Codec(
    decode_xml_list_of_archive_column_info,
    encode_xml_list_of_archive_column_info,
    decode_json_list_of_archive_column_info,
    encode_json_list_of_archive_column_info,
)
