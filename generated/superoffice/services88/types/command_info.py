"""Services88 types: ArrayOfCommandInfo, CommandInfo.

Used by the Document agent.
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
    take,
    take_str_nillable,
    write_str,
)
from .return_type import (
    ReturnType,
    decode_json_return_type,
    decode_xml_return_type,
    encode_json_return_type,
    encode_xml_return_type,
)

_COMMAND_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CommandInfo"
_DISPLAY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayName"
_DISPLAY_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayTooltip"
_ICON_HINT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IconHint"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RETURN_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReturnType"


@dataclasses.dataclass(kw_only=True, repr=False)
class CommandInfo(Record):
    """The ``CommandInfo`` record."""

    name: str | None | Unset = UNSET
    display_name: str | None | Unset = UNSET
    display_tooltip: str | None | Unset = UNSET
    icon_hint: str | None | Unset = UNSET
    return_type: ReturnType | str | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_command_info(None, _COMMAND_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CommandInfo:
        return record_from_xml(decode_xml_command_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_command_info(self)

    @classmethod
    def from_json(cls, data: Any) -> CommandInfo:
        return record_from_json(decode_json_command_info, data)


_COMMAND_INFO_KEYS = frozenset(
    (
        "Name",
        "DisplayName",
        "DisplayTooltip",
        "IconHint",
        "ReturnType",
    )
)


def decode_xml_command_info(element: Element) -> CommandInfo:
    value = CommandInfo()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_NAME:
            value.display_name = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_TOOLTIP:
            value.display_tooltip = child.text or empty_or_nil(child)
        elif tag == _ICON_HINT:
            value.icon_hint = child.text or empty_or_nil(child)
        elif tag == _RETURN_TYPE:
            value.return_type = decode_xml_return_type(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_command_info(parent: Element | None, tag: str, value: CommandInfo) -> Element:
    element = new_child(parent, tag)
    put(element, _NAME, value.name, write_str)
    put(element, _DISPLAY_NAME, value.display_name, write_str)
    put(element, _DISPLAY_TOOLTIP, value.display_tooltip, write_str)
    put(element, _ICON_HINT, value.icon_hint, write_str)
    put(element, _RETURN_TYPE, value.return_type, encode_xml_return_type)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_command_info(data: Any, path: str) -> CommandInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CommandInfo)
    value.name = take_str_nillable(data, "Name", path)
    value.display_name = take_str_nillable(data, "DisplayName", path)
    value.display_tooltip = take_str_nillable(data, "DisplayTooltip", path)
    value.icon_hint = take_str_nillable(data, "IconHint", path)
    value.return_type = take(data, "ReturnType", path, decode_json_return_type)
    value.extra = (
        None if _COMMAND_INFO_KEYS.issuperset(data) else json_extra(data, _COMMAND_INFO_KEYS)
    )
    return value


def encode_json_command_info(value: CommandInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "DisplayName", value.display_name, json_write_str)
    put_json(result, "DisplayTooltip", value.display_tooltip, json_write_str)
    put_json(result, "IconHint", value.icon_hint, json_write_str)
    put_json(result, "ReturnType", value.return_type, encode_json_return_type)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


COMMAND_INFO_CODEC = Codec(
    decode_xml_command_info,
    encode_xml_command_info,
    decode_json_command_info,
    encode_json_command_info,
)


def decode_xml_list_of_command_info(element: Element) -> list[CommandInfo | None]:
    """``ArrayOfCommandInfo``: a list of ``CommandInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_command_info(child))
        for child in element
        if child.tag == _COMMAND_INFO
    ]


def encode_xml_list_of_command_info(
    parent: Element | None, tag: str, value: list[CommandInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _COMMAND_INFO, item, encode_xml_command_info)
    return element


def decode_json_list_of_command_info(data: Any, path: str) -> list[CommandInfo | None]:
    return json_items_nillable(data, path, decode_json_command_info)


def encode_json_list_of_command_info(value: list[CommandInfo | None]) -> list[Any]:
    return [(None if item is None else encode_json_command_info(item)) for item in value]


LIST_OF_COMMAND_INFO_CODEC = Codec(
    decode_xml_list_of_command_info,
    encode_xml_list_of_command_info,
    decode_json_list_of_command_info,
    encode_json_list_of_command_info,
)
