"""Services88 types: ExtAppEntity.

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
from .carrier import Carrier
from .execute_on_event import (
    ExecuteOnEvent,
    decode_json_execute_on_event,
    decode_xml_execute_on_event,
    encode_json_execute_on_event,
    encode_xml_execute_on_event,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .navigation import (
    Navigation,
    decode_json_navigation,
    decode_xml_navigation,
    encode_json_navigation,
    encode_xml_navigation,
)
from .show_state import (
    ShowState,
    decode_json_show_state,
    decode_xml_show_state,
    encode_json_show_state,
    encode_xml_show_state,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_EXECUTE_ON_EVENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExecuteOnEvent"
_EXT_APP_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtAppEntity"
_EXT_APP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtAppId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FILENAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Filename"
_ICON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Icon"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_ON_CENTRAL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OnCentral"
_ON_SALES_MARKETING_POCKET = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}OnSalesMarketingPocket"
)
_ON_SATELLITE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OnSatellite"
_ON_TRAVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OnTravel"
_PARAMETERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Parameters"
_PATH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Path"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_SHOW_IN_ADDRESS_BAR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShowInAddressBar"
_SHOW_IN_MENU_BAR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShowInMenuBar"
_SHOW_IN_STATUS_BAR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShowInStatusBar"
_SHOW_IN_TOOL_BAR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShowInToolBar"
_SHOW_STATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShowState"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_VISIBLE_IN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VisibleIn"
_WAIT_TO_FINISH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WaitToFinish"
_WORKDIR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Workdir"


@dataclasses.dataclass(kw_only=True, repr=False)
class ExtAppEntity(Carrier):
    """The ext app entity contains information on an external application

    Carrier object for ExtAppEntity. Services for the ExtAppEntity Carrier is available from the
    List Agent.
    """

    ext_app_id: int | Unset = UNSET
    """The identity of the external app"""
    name: str | None | Unset = UNSET
    """The name of the web panel"""
    tooltip: str | None | Unset = UNSET
    """The tooltip of the web panel"""
    deleted: bool | Unset = UNSET
    """True if the application is marked as deleted"""
    rank: int | Unset = UNSET
    """The rank of the application"""
    filename: str | None | Unset = UNSET
    """Filename of the programfile"""
    parameters: str | None | Unset = UNSET
    """&lt;template variable&gt; &lt;other template variable&gt;"""
    workdir: str | None | Unset = UNSET
    """Directory set to current when loading the application, if different from application's own"""
    show_state: ShowState | str | Unset = UNSET
    """The application is shown in which state Minimized, Maximized or Restored"""
    visible_in: Navigation | str | Unset = UNSET
    """The application is visible in"""
    on_central: bool | Unset = UNSET
    """Is the application visible when user is on central database"""
    on_satellite: bool | Unset = UNSET
    """Is the application visible when user is on a satellite"""
    on_travel: bool | Unset = UNSET
    """Is the application visible when user is on travel"""
    on_sales_marketing_pocket: bool | Unset = UNSET
    """Is the webpanel visible when user is on pocket client"""
    show_in_menu_bar: bool | Unset = UNSET
    """Does the application have a menu bar"""
    show_in_tool_bar: bool | Unset = UNSET
    """Does the webpanel have a toolbar"""
    show_in_address_bar: bool | Unset = UNSET
    """Does the webpanel have an address bar"""
    show_in_status_bar: bool | Unset = UNSET
    """Does the webpanel have a status bar"""
    icon: int | Unset = UNSET
    """The id of the icon of the external app"""
    wait_to_finish: bool | Unset = UNSET
    """True if the application shall wait for fininsh event"""
    execute_on_event: ExecuteOnEvent | str | Unset = UNSET
    """Events that cause automatic execution of this app"""
    path: str | None | Unset = UNSET
    """Path where the programfile is located; if empty, PATH is used"""

    def to_xml(self) -> Element:
        return encode_xml_ext_app_entity(None, _EXT_APP_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ExtAppEntity:
        return record_from_xml(decode_xml_ext_app_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ext_app_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> ExtAppEntity:
        return record_from_json(decode_json_ext_app_entity, data)


_EXT_APP_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ExtAppId",
        "Name",
        "Tooltip",
        "Deleted",
        "Rank",
        "Filename",
        "Parameters",
        "Workdir",
        "ShowState",
        "VisibleIn",
        "OnCentral",
        "OnSatellite",
        "OnTravel",
        "OnSalesMarketingPocket",
        "ShowInMenuBar",
        "ShowInToolBar",
        "ShowInAddressBar",
        "ShowInStatusBar",
        "Icon",
        "WaitToFinish",
        "ExecuteOnEvent",
        "Path",
    )
)


def decode_xml_ext_app_entity(element: Element) -> ExtAppEntity:
    value = ExtAppEntity()
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
        elif tag == _EXT_APP_ID:
            value.ext_app_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        elif tag == _FILENAME:
            value.filename = child.text or empty_or_nil(child)
        elif tag == _PARAMETERS:
            value.parameters = child.text or empty_or_nil(child)
        elif tag == _WORKDIR:
            value.workdir = child.text or empty_or_nil(child)
        elif tag == _SHOW_STATE:
            value.show_state = decode_xml_show_state(child)
        elif tag == _VISIBLE_IN:
            value.visible_in = decode_xml_navigation(child)
        elif tag == _ON_CENTRAL:
            value.on_central = read_bool(child)
        elif tag == _ON_SATELLITE:
            value.on_satellite = read_bool(child)
        elif tag == _ON_TRAVEL:
            value.on_travel = read_bool(child)
        elif tag == _ON_SALES_MARKETING_POCKET:
            value.on_sales_marketing_pocket = read_bool(child)
        elif tag == _SHOW_IN_MENU_BAR:
            value.show_in_menu_bar = read_bool(child)
        elif tag == _SHOW_IN_TOOL_BAR:
            value.show_in_tool_bar = read_bool(child)
        elif tag == _SHOW_IN_ADDRESS_BAR:
            value.show_in_address_bar = read_bool(child)
        elif tag == _SHOW_IN_STATUS_BAR:
            value.show_in_status_bar = read_bool(child)
        elif tag == _ICON:
            value.icon = read_short(child)
        elif tag == _WAIT_TO_FINISH:
            value.wait_to_finish = read_bool(child)
        elif tag == _EXECUTE_ON_EVENT:
            value.execute_on_event = decode_xml_execute_on_event(child)
        elif tag == _PATH:
            value.path = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_ext_app_entity(parent: Element | None, tag: str, value: ExtAppEntity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _EXT_APP_ID, value.ext_app_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _RANK, value.rank, write_int)
    put(element, _FILENAME, value.filename, write_str)
    put(element, _PARAMETERS, value.parameters, write_str)
    put(element, _WORKDIR, value.workdir, write_str)
    put(element, _SHOW_STATE, value.show_state, encode_xml_show_state)
    put(element, _VISIBLE_IN, value.visible_in, encode_xml_navigation)
    put(element, _ON_CENTRAL, value.on_central, write_bool)
    put(element, _ON_SATELLITE, value.on_satellite, write_bool)
    put(element, _ON_TRAVEL, value.on_travel, write_bool)
    put(element, _ON_SALES_MARKETING_POCKET, value.on_sales_marketing_pocket, write_bool)
    put(element, _SHOW_IN_MENU_BAR, value.show_in_menu_bar, write_bool)
    put(element, _SHOW_IN_TOOL_BAR, value.show_in_tool_bar, write_bool)
    put(element, _SHOW_IN_ADDRESS_BAR, value.show_in_address_bar, write_bool)
    put(element, _SHOW_IN_STATUS_BAR, value.show_in_status_bar, write_bool)
    put(element, _ICON, value.icon, write_short)
    put(element, _WAIT_TO_FINISH, value.wait_to_finish, write_bool)
    put(element, _EXECUTE_ON_EVENT, value.execute_on_event, encode_xml_execute_on_event)
    put(element, _PATH, value.path, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ext_app_entity(data: Any, path: str) -> ExtAppEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ExtAppEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.ext_app_id = take_int(data, "ExtAppId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.rank = take_int(data, "Rank", path)
    value.filename = take_str_nillable(data, "Filename", path)
    value.parameters = take_str_nillable(data, "Parameters", path)
    value.workdir = take_str_nillable(data, "Workdir", path)
    value.show_state = take(data, "ShowState", path, decode_json_show_state)
    value.visible_in = take(data, "VisibleIn", path, decode_json_navigation)
    value.on_central = take_bool(data, "OnCentral", path)
    value.on_satellite = take_bool(data, "OnSatellite", path)
    value.on_travel = take_bool(data, "OnTravel", path)
    value.on_sales_marketing_pocket = take_bool(data, "OnSalesMarketingPocket", path)
    value.show_in_menu_bar = take_bool(data, "ShowInMenuBar", path)
    value.show_in_tool_bar = take_bool(data, "ShowInToolBar", path)
    value.show_in_address_bar = take_bool(data, "ShowInAddressBar", path)
    value.show_in_status_bar = take_bool(data, "ShowInStatusBar", path)
    value.icon = take(data, "Icon", path, json_short)
    value.wait_to_finish = take_bool(data, "WaitToFinish", path)
    value.execute_on_event = take(data, "ExecuteOnEvent", path, decode_json_execute_on_event)
    value.path = take_str_nillable(data, "Path", path)
    value.extra = (
        None if _EXT_APP_ENTITY_KEYS.issuperset(data) else json_extra(data, _EXT_APP_ENTITY_KEYS)
    )
    return value


def encode_json_ext_app_entity(value: ExtAppEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ExtAppId", value.ext_app_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "Filename", value.filename, json_write_str)
    put_json(result, "Parameters", value.parameters, json_write_str)
    put_json(result, "Workdir", value.workdir, json_write_str)
    put_json(result, "ShowState", value.show_state, encode_json_show_state)
    put_json(result, "VisibleIn", value.visible_in, encode_json_navigation)
    put_json(result, "OnCentral", value.on_central, json_write_bool)
    put_json(result, "OnSatellite", value.on_satellite, json_write_bool)
    put_json(result, "OnTravel", value.on_travel, json_write_bool)
    put_json(result, "OnSalesMarketingPocket", value.on_sales_marketing_pocket, json_write_bool)
    put_json(result, "ShowInMenuBar", value.show_in_menu_bar, json_write_bool)
    put_json(result, "ShowInToolBar", value.show_in_tool_bar, json_write_bool)
    put_json(result, "ShowInAddressBar", value.show_in_address_bar, json_write_bool)
    put_json(result, "ShowInStatusBar", value.show_in_status_bar, json_write_bool)
    put_json(result, "Icon", value.icon, json_write_short)
    put_json(result, "WaitToFinish", value.wait_to_finish, json_write_bool)
    put_json(result, "ExecuteOnEvent", value.execute_on_event, encode_json_execute_on_event)
    put_json(result, "Path", value.path, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


EXT_APP_ENTITY_CODEC = Codec(
    decode_xml_ext_app_entity,
    encode_xml_ext_app_entity,
    decode_json_ext_app_entity,
    encode_json_ext_app_entity,
)
