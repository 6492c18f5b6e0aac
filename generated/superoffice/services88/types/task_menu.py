"""Services88 types: ArrayOfTaskMenu, TaskMenu.

Used by the List agent.
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
    json_short,
    json_write_bool,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_int,
    write_short,
    write_str,
)
from .archive_behaviour import (
    ArchiveBehaviour,
    decode_json_archive_behaviour,
    decode_xml_archive_behaviour,
    encode_json_archive_behaviour,
    encode_xml_archive_behaviour,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .show_task_item_in_client import (
    ShowTaskItemInClient,
    decode_json_show_task_item_in_client,
    decode_xml_show_task_item_in_client,
    encode_json_show_task_item_in_client,
    encode_xml_show_task_item_in_client,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .task_list_item_type import (
    TaskListItemType,
    decode_json_task_list_item_type,
    decode_xml_task_list_item_type,
    encode_json_task_list_item_type,
    encode_xml_task_list_item_type,
)
from .url_encoding import (
    UrlEncoding,
    decode_json_url_encoding,
    decode_xml_url_encoding,
    encode_json_url_encoding,
    encode_xml_url_encoding,
)

_ARCHIVE_BEHAVIOUR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArchiveBehaviour"
_AREA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Area"
_CRM_SCRIPT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CrmScriptId"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_ENCODING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Encoding"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PROG_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProgId"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_SHOW_IN_CLIENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShowInClient"
_TABLE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableName"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TASK_MENU = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TaskMenu"
_TASK_MENU_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TaskMenuId"
_TASK_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TaskType"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_URL_OR_SOPROTOCOL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UrlOrSoprotocol"


@dataclasses.dataclass(kw_only=True, repr=False)
class TaskMenu(Carrier):
    """Configurable Menu Items are items that will be merged into menus in given area and entity

    Carrier object for TaskMenu. Services for the TaskMenu Carrier is available from the List
    Agent.
    """

    task_menu_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """The list item"""
    tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    table_name: str | None | Unset = UNSET
    """The name of entity that this task item can be used at"""
    area: str | None | Unset = UNSET
    """Can be Task or other that can identify which menu recipe to merge the item into"""
    url_or_soprotocol: str | None | Unset = UNSET
    """The url or soprotocol"""
    task_type: TaskListItemType | str | Unset = UNSET
    """Type of task item Url, SoProtocol or CRMScript."""
    crm_script_id: int | Unset = UNSET
    """The CRMScript or Macro which will be run task item is selected."""
    show_in_client: ShowTaskItemInClient | str | Unset = UNSET
    """Show task list item in which clients (web, mobile)"""
    archive_behaviour: ArchiveBehaviour | str | Unset = UNSET
    """None, rightclick on, multiselect"""
    rank: int | Unset = UNSET
    """Rank order"""
    encoding: UrlEncoding | str | Unset = UNSET
    """Encoding for url"""
    prog_id: str | None | Unset = UNSET
    """String key that can be used to uniquely retrieve the task menu; particularly useful for
    partners and others who do not wish to store database ID's
    """
    deleted: bool | Unset = UNSET
    """True if deleted"""

    def to_xml(self) -> Element:
        return encode_xml_task_menu(None, _TASK_MENU, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TaskMenu:
        return record_from_xml(decode_xml_task_menu, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_task_menu(self)

    @classmethod
    def from_json(cls, data: Any) -> TaskMenu:
        return record_from_json(decode_json_task_menu, data)


_TASK_MENU_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TaskMenuId",
        "Name",
        "Tooltip",
        "TableName",
        "Area",
        "UrlOrSoprotocol",
        "TaskType",
        "CrmScriptId",
        "ShowInClient",
        "ArchiveBehaviour",
        "Rank",
        "Encoding",
        "ProgId",
        "Deleted",
    )
)


def decode_xml_task_menu(element: Element) -> TaskMenu:
    value = TaskMenu()
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
        elif tag == _TASK_MENU_ID:
            value.task_menu_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _TABLE_NAME:
            value.table_name = child.text or empty_or_nil(child)
        elif tag == _AREA:
            value.area = child.text or empty_or_nil(child)
        elif tag == _URL_OR_SOPROTOCOL:
            value.url_or_soprotocol = child.text or empty_or_nil(child)
        elif tag == _TASK_TYPE:
            value.task_type = decode_xml_task_list_item_type(child)
        elif tag == _CRM_SCRIPT_ID:
            value.crm_script_id = read_int(child)
        elif tag == _SHOW_IN_CLIENT:
            value.show_in_client = decode_xml_show_task_item_in_client(child)
        elif tag == _ARCHIVE_BEHAVIOUR:
            value.archive_behaviour = decode_xml_archive_behaviour(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _ENCODING:
            value.encoding = decode_xml_url_encoding(child)
        elif tag == _PROG_ID:
            value.prog_id = child.text or empty_or_nil(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_task_menu(parent: Element | None, tag: str, value: TaskMenu) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TASK_MENU_ID, value.task_menu_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _TABLE_NAME, value.table_name, write_str)
    put(element, _AREA, value.area, write_str)
    put(element, _URL_OR_SOPROTOCOL, value.url_or_soprotocol, write_str)
    put(element, _TASK_TYPE, value.task_type, encode_xml_task_list_item_type)
    put(element, _CRM_SCRIPT_ID, value.crm_script_id, write_int)
    put(element, _SHOW_IN_CLIENT, value.show_in_client, encode_xml_show_task_item_in_client)
    put(element, _ARCHIVE_BEHAVIOUR, value.archive_behaviour, encode_xml_archive_behaviour)
    put(element, _RANK, value.rank, write_short)
    put(element, _ENCODING, value.encoding, encode_xml_url_encoding)
    put(element, _PROG_ID, value.prog_id, write_str)
    put(element, _DELETED, value.deleted, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_task_menu(data: Any, path: str) -> TaskMenu:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TaskMenu)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.task_menu_id = take_int(data, "TaskMenuId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.table_name = take_str_nillable(data, "TableName", path)
    value.area = take_str_nillable(data, "Area", path)
    value.url_or_soprotocol = take_str_nillable(data, "UrlOrSoprotocol", path)
    value.task_type = take(data, "TaskType", path, decode_json_task_list_item_type)
    value.crm_script_id = take_int(data, "CrmScriptId", path)
    value.show_in_client = take(data, "ShowInClient", path, decode_json_show_task_item_in_client)
    value.archive_behaviour = take(data, "ArchiveBehaviour", path, decode_json_archive_behaviour)
    value.rank = take(data, "Rank", path, json_short)
    value.encoding = take(data, "Encoding", path, decode_json_url_encoding)
    value.prog_id = take_str_nillable(data, "ProgId", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.extra = None if _TASK_MENU_KEYS.issuperset(data) else json_extra(data, _TASK_MENU_KEYS)
    return value


def encode_json_task_menu(value: TaskMenu) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TaskMenuId", value.task_menu_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "TableName", value.table_name, json_write_str)
    put_json(result, "Area", value.area, json_write_str)
    put_json(result, "UrlOrSoprotocol", value.url_or_soprotocol, json_write_str)
    put_json(result, "TaskType", value.task_type, encode_json_task_list_item_type)
    put_json(result, "CrmScriptId", value.crm_script_id, json_write_int)
    put_json(result, "ShowInClient", value.show_in_client, encode_json_show_task_item_in_client)
    put_json(result, "ArchiveBehaviour", value.archive_behaviour, encode_json_archive_behaviour)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "Encoding", value.encoding, encode_json_url_encoding)
    put_json(result, "ProgId", value.prog_id, json_write_str)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TASK_MENU_CODEC = Codec(
    decode_xml_task_menu, encode_xml_task_menu, decode_json_task_menu, encode_json_task_menu
)


def decode_xml_list_of_task_menu(element: Element) -> list[TaskMenu | None]:
    """``ArrayOfTaskMenu``: a list of ``TaskMenu`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_task_menu(child))
        for child in element
        if child.tag == _TASK_MENU
    ]


def encode_xml_list_of_task_menu(
    parent: Element | None, tag: str, value: list[TaskMenu | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TASK_MENU, item, encode_xml_task_menu)
    return element


def decode_json_list_of_task_menu(data: Any, path: str) -> list[TaskMenu | None]:
    return json_items_nillable(data, path, decode_json_task_menu)


def encode_json_list_of_task_menu(value: list[TaskMenu | None]) -> list[Any]:
    return [(None if item is None else encode_json_task_menu(item)) for item in value]


LIST_OF_TASK_MENU_CODEC = Codec(
    decode_xml_list_of_task_menu,
    encode_xml_list_of_task_menu,
    decode_json_list_of_task_menu,
    encode_json_list_of_task_menu,
)
