"""Services88 types: ArrayOfCustomCommand, CustomCommand.

Used by the User agent.
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
    take_nillable,
    take_str_nillable,
    write_str,
)
from .carrier import Carrier
from .command_action import (
    CommandAction,
    decode_json_command_action,
    decode_xml_command_action,
    encode_json_command_action,
    encode_xml_command_action,
)
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

_ACTIONS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Actions"
_ACTION_DATA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActionData"
_CUSTOM_COMMAND = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomCommand"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_DISPLAY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOL_TIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ToolTip"


@dataclasses.dataclass(kw_only=True, repr=False)
class CustomCommand(Carrier):
    """Generic carrier object for entity commands.

    Carrier object for CustomCommand.
    """

    name: str | None | Unset = UNSET
    """Unique name of the command"""
    display_name: str | None | Unset = UNSET
    """The name to show in GUI"""
    description: str | None | Unset = UNSET
    """Description of the command."""
    tool_tip: str | None | Unset = UNSET
    """Tooltip to be used in the GUI"""
    actions: CommandAction | str | Unset = UNSET
    """The actions to call when invoked"""
    action_data: str | None | Unset = UNSET
    """The data to be used when the command is invoked"""

    def to_xml(self) -> Element:
        return encode_xml_custom_command(None, _CUSTOM_COMMAND, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CustomCommand:
        return record_from_xml(decode_xml_custom_command, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_custom_command(self)

    @classmethod
    def from_json(cls, data: Any) -> CustomCommand:
        return record_from_json(decode_json_custom_command, data)


_CUSTOM_COMMAND_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Name",
        "DisplayName",
        "Description",
        "ToolTip",
        "Actions",
        "ActionData",
    )
)


def decode_xml_custom_command(element: Element) -> CustomCommand:
    value = CustomCommand()
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
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_NAME:
            value.display_name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _TOOL_TIP:
            value.tool_tip = child.text or empty_or_nil(child)
        elif tag == _ACTIONS:
            value.actions = decode_xml_command_action(child)
        elif tag == _ACTION_DATA:
            value.action_data = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_custom_command(parent: Element | None, tag: str, value: CustomCommand) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _NAME, value.name, write_str)
    put(element, _DISPLAY_NAME, value.display_name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _TOOL_TIP, value.tool_tip, write_str)
    put(element, _ACTIONS, value.actions, encode_xml_command_action)
    put(element, _ACTION_DATA, value.action_data, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_custom_command(data: Any, path: str) -> CustomCommand:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CustomCommand)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.name = take_str_nillable(data, "Name", path)
    value.display_name = take_str_nillable(data, "DisplayName", path)
    value.description = take_str_nillable(data, "Description", path)
    value.tool_tip = take_str_nillable(data, "ToolTip", path)
    value.actions = take(data, "Actions", path, decode_json_command_action)
    value.action_data = take_str_nillable(data, "ActionData", path)
    value.extra = (
        None if _CUSTOM_COMMAND_KEYS.issuperset(data) else json_extra(data, _CUSTOM_COMMAND_KEYS)
    )
    return value


def encode_json_custom_command(value: CustomCommand) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "DisplayName", value.display_name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "ToolTip", value.tool_tip, json_write_str)
    put_json(result, "Actions", value.actions, encode_json_command_action)
    put_json(result, "ActionData", value.action_data, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CUSTOM_COMMAND_CODEC = Codec(
    decode_xml_custom_command,
    encode_xml_custom_command,
    decode_json_custom_command,
    encode_json_custom_command,
)


def decode_xml_list_of_custom_command(element: Element) -> list[CustomCommand | None]:
    """``ArrayOfCustomCommand``: a list of ``CustomCommand`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_custom_command(child))
        for child in element
        if child.tag == _CUSTOM_COMMAND
    ]


def encode_xml_list_of_custom_command(
    parent: Element | None, tag: str, value: list[CustomCommand | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CUSTOM_COMMAND, item, encode_xml_custom_command)
    return element


def decode_json_list_of_custom_command(data: Any, path: str) -> list[CustomCommand | None]:
    return json_items_nillable(data, path, decode_json_custom_command)


def encode_json_list_of_custom_command(value: list[CustomCommand | None]) -> list[Any]:
    return [(None if item is None else encode_json_custom_command(item)) for item in value]


LIST_OF_CUSTOM_COMMAND_CODEC = Codec(
    decode_xml_list_of_custom_command,
    encode_xml_list_of_custom_command,
    decode_json_list_of_custom_command,
    encode_json_list_of_custom_command,
)
