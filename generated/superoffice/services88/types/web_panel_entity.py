"""Services88 types: ArrayOfWebPanelEntity, WebPanelEntity.

Used by the List, Pocket agents.
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
from .carrier import Carrier
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
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .url_encoding import (
    UrlEncoding,
    decode_json_url_encoding,
    decode_xml_url_encoding,
    encode_json_url_encoding,
    encode_xml_url_encoding,
)

_ALWAYS_RELOAD_ON_SHOW = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}AlwaysReloadOnShow"
)
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_ICON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Icon"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_NEVER_RELOAD_ON_CURRENT_CHANGE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}NeverReloadOnCurrentChange"
)
_ON_CENTRAL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OnCentral"
_ON_SALES_MARKETING_POCKET = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}OnSalesMarketingPocket"
)
_ON_SALES_MARKETING_WEB = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}OnSalesMarketingWeb"
)
_ON_SATELLITE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OnSatellite"
_ON_TRAVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OnTravel"
_PROG_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProgId"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_SHOW_IN_ADDRESS_BAR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShowInAddressBar"
_SHOW_IN_MENU_BAR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShowInMenuBar"
_SHOW_IN_STATUS_BAR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShowInStatusBar"
_SHOW_IN_TOOL_BAR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShowInToolBar"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Url"
_URL_ENCODING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UrlEncoding"
_VISIBLE_IN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VisibleIn"
_WEB_PANEL_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WebPanelEntity"
_WEB_PANEL_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WebPanelId"
_WINDOW_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WindowName"


@dataclasses.dataclass(kw_only=True, repr=False)
class WebPanelEntity(Carrier):
    """The web panel entity contains information on a web panel

    Carrier object for WebPanelEntity. Services for the WebPanelEntity Carrier is available from
    the List Agent.
    """

    web_panel_id: int | Unset = UNSET
    """The identity of the web panel"""
    name: str | None | Unset = UNSET
    """The name of the web panel"""
    tooltip: str | None | Unset = UNSET
    """The tooltip of the web panel"""
    deleted: bool | Unset = UNSET
    """True if the web panel is marked as deleted"""
    rank: int | Unset = UNSET
    """The rank of the web panel"""
    url_encoding: UrlEncoding | str | Unset = UNSET
    """The encoding of the URL"""
    visible_in: Navigation | str | Unset = UNSET
    """The webpanel is visible in"""
    on_central: bool | Unset = UNSET
    """Is the webpanel visible when user is on central database"""
    on_satellite: bool | Unset = UNSET
    """Is the webpanel visible when user is on a satellite"""
    on_travel: bool | Unset = UNSET
    """Is the webpanel visible when user is on travel"""
    on_sales_marketing_web: bool | Unset = UNSET
    """Is the webpanel visible when user is on web client"""
    on_sales_marketing_pocket: bool | Unset = UNSET
    """Is the webpanel visible when user is on pocket client"""
    show_in_menu_bar: bool | Unset = UNSET
    """Does the webpanel have a menu bar"""
    show_in_tool_bar: bool | Unset = UNSET
    """Does the webpanel have a toolbar"""
    show_in_address_bar: bool | Unset = UNSET
    """Does the webpanel have an address bar"""
    show_in_status_bar: bool | Unset = UNSET
    """Does the webpanel have a status bar"""
    window_name: str | None | Unset = UNSET
    """The window which the URL address is to open in (webpanel only)"""
    url: str | None | Unset = UNSET
    """The url"""
    prog_id: str | None | Unset = UNSET
    """String key that can be used to uniquely retrieve the panel; particularly useful for partners
    and others who do not wish to store database ID's
    """
    icon: int | Unset = UNSET
    """The icon of the webpanel"""
    always_reload_on_show: bool | Unset = UNSET
    """If set to true, the content will reload every time the panel is shown"""
    never_reload_on_current_change: bool | Unset = UNSET
    """If set to true, the content will not reload on current changes, only applies to sidepanels"""

    def to_xml(self) -> Element:
        return encode_xml_web_panel_entity(None, _WEB_PANEL_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WebPanelEntity:
        return record_from_xml(decode_xml_web_panel_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_web_panel_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> WebPanelEntity:
        return record_from_json(decode_json_web_panel_entity, data)


_WEB_PANEL_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "WebPanelId",
        "Name",
        "Tooltip",
        "Deleted",
        "Rank",
        "UrlEncoding",
        "VisibleIn",
        "OnCentral",
        "OnSatellite",
        "OnTravel",
        "OnSalesMarketingWeb",
        "OnSalesMarketingPocket",
        "ShowInMenuBar",
        "ShowInToolBar",
        "ShowInAddressBar",
        "ShowInStatusBar",
        "WindowName",
        "Url",
        "ProgId",
        "Icon",
        "AlwaysReloadOnShow",
        "NeverReloadOnCurrentChange",
    )
)


def decode_xml_web_panel_entity(element: Element) -> WebPanelEntity:
    value = WebPanelEntity()
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
        elif tag == _WEB_PANEL_ID:
            value.web_panel_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        elif tag == _URL_ENCODING:
            value.url_encoding = decode_xml_url_encoding(child)
        elif tag == _VISIBLE_IN:
            value.visible_in = decode_xml_navigation(child)
        elif tag == _ON_CENTRAL:
            value.on_central = read_bool(child)
        elif tag == _ON_SATELLITE:
            value.on_satellite = read_bool(child)
        elif tag == _ON_TRAVEL:
            value.on_travel = read_bool(child)
        elif tag == _ON_SALES_MARKETING_WEB:
            value.on_sales_marketing_web = read_bool(child)
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
        elif tag == _WINDOW_NAME:
            value.window_name = child.text or empty_or_nil(child)
        elif tag == _URL:
            value.url = child.text or empty_or_nil(child)
        elif tag == _PROG_ID:
            value.prog_id = child.text or empty_or_nil(child)
        elif tag == _ICON:
            value.icon = read_short(child)
        elif tag == _ALWAYS_RELOAD_ON_SHOW:
            value.always_reload_on_show = read_bool(child)
        elif tag == _NEVER_RELOAD_ON_CURRENT_CHANGE:
            value.never_reload_on_current_change = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_web_panel_entity(
    parent: Element | None, tag: str, value: WebPanelEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _WEB_PANEL_ID, value.web_panel_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _RANK, value.rank, write_int)
    put(element, _URL_ENCODING, value.url_encoding, encode_xml_url_encoding)
    put(element, _VISIBLE_IN, value.visible_in, encode_xml_navigation)
    put(element, _ON_CENTRAL, value.on_central, write_bool)
    put(element, _ON_SATELLITE, value.on_satellite, write_bool)
    put(element, _ON_TRAVEL, value.on_travel, write_bool)
    put(element, _ON_SALES_MARKETING_WEB, value.on_sales_marketing_web, write_bool)
    put(element, _ON_SALES_MARKETING_POCKET, value.on_sales_marketing_pocket, write_bool)
    put(element, _SHOW_IN_MENU_BAR, value.show_in_menu_bar, write_bool)
    put(element, _SHOW_IN_TOOL_BAR, value.show_in_tool_bar, write_bool)
    put(element, _SHOW_IN_ADDRESS_BAR, value.show_in_address_bar, write_bool)
    put(element, _SHOW_IN_STATUS_BAR, value.show_in_status_bar, write_bool)
    put(element, _WINDOW_NAME, value.window_name, write_str)
    put(element, _URL, value.url, write_str)
    put(element, _PROG_ID, value.prog_id, write_str)
    put(element, _ICON, value.icon, write_short)
    put(element, _ALWAYS_RELOAD_ON_SHOW, value.always_reload_on_show, write_bool)
    put(element, _NEVER_RELOAD_ON_CURRENT_CHANGE, value.never_reload_on_current_change, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_web_panel_entity(data: Any, path: str) -> WebPanelEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WebPanelEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.web_panel_id = take_int(data, "WebPanelId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.rank = take_int(data, "Rank", path)
    value.url_encoding = take(data, "UrlEncoding", path, decode_json_url_encoding)
    value.visible_in = take(data, "VisibleIn", path, decode_json_navigation)
    value.on_central = take_bool(data, "OnCentral", path)
    value.on_satellite = take_bool(data, "OnSatellite", path)
    value.on_travel = take_bool(data, "OnTravel", path)
    value.on_sales_marketing_web = take_bool(data, "OnSalesMarketingWeb", path)
    value.on_sales_marketing_pocket = take_bool(data, "OnSalesMarketingPocket", path)
    value.show_in_menu_bar = take_bool(data, "ShowInMenuBar", path)
    value.show_in_tool_bar = take_bool(data, "ShowInToolBar", path)
    value.show_in_address_bar = take_bool(data, "ShowInAddressBar", path)
    value.show_in_status_bar = take_bool(data, "ShowInStatusBar", path)
    value.window_name = take_str_nillable(data, "WindowName", path)
    value.url = take_str_nillable(data, "Url", path)
    value.prog_id = take_str_nillable(data, "ProgId", path)
    value.icon = take(data, "Icon", path, json_short)
    value.always_reload_on_show = take_bool(data, "AlwaysReloadOnShow", path)
    value.never_reload_on_current_change = take_bool(data, "NeverReloadOnCurrentChange", path)
    value.extra = (
        None
        if _WEB_PANEL_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _WEB_PANEL_ENTITY_KEYS)
    )
    return value


def encode_json_web_panel_entity(value: WebPanelEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "WebPanelId", value.web_panel_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "UrlEncoding", value.url_encoding, encode_json_url_encoding)
    put_json(result, "VisibleIn", value.visible_in, encode_json_navigation)
    put_json(result, "OnCentral", value.on_central, json_write_bool)
    put_json(result, "OnSatellite", value.on_satellite, json_write_bool)
    put_json(result, "OnTravel", value.on_travel, json_write_bool)
    put_json(result, "OnSalesMarketingWeb", value.on_sales_marketing_web, json_write_bool)
    put_json(result, "OnSalesMarketingPocket", value.on_sales_marketing_pocket, json_write_bool)
    put_json(result, "ShowInMenuBar", value.show_in_menu_bar, json_write_bool)
    put_json(result, "ShowInToolBar", value.show_in_tool_bar, json_write_bool)
    put_json(result, "ShowInAddressBar", value.show_in_address_bar, json_write_bool)
    put_json(result, "ShowInStatusBar", value.show_in_status_bar, json_write_bool)
    put_json(result, "WindowName", value.window_name, json_write_str)
    put_json(result, "Url", value.url, json_write_str)
    put_json(result, "ProgId", value.prog_id, json_write_str)
    put_json(result, "Icon", value.icon, json_write_short)
    put_json(result, "AlwaysReloadOnShow", value.always_reload_on_show, json_write_bool)
    put_json(
        result, "NeverReloadOnCurrentChange", value.never_reload_on_current_change, json_write_bool
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WEB_PANEL_ENTITY_CODEC = Codec(
    decode_xml_web_panel_entity,
    encode_xml_web_panel_entity,
    decode_json_web_panel_entity,
    encode_json_web_panel_entity,
)


def decode_xml_list_of_web_panel_entity(element: Element) -> list[WebPanelEntity | None]:
    """``ArrayOfWebPanelEntity``: a list of ``WebPanelEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_web_panel_entity(child))
        for child in element
        if child.tag == _WEB_PANEL_ENTITY
    ]


def encode_xml_list_of_web_panel_entity(
    parent: Element | None, tag: str, value: list[WebPanelEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _WEB_PANEL_ENTITY, item, encode_xml_web_panel_entity)
    return element


def decode_json_list_of_web_panel_entity(data: Any, path: str) -> list[WebPanelEntity | None]:
    return json_items_nillable(data, path, decode_json_web_panel_entity)


def encode_json_list_of_web_panel_entity(value: list[WebPanelEntity | None]) -> list[Any]:
    return [(None if item is None else encode_json_web_panel_entity(item)) for item in value]


LIST_OF_WEB_PANEL_ENTITY_CODEC = Codec(
    decode_xml_list_of_web_panel_entity,
    encode_xml_list_of_web_panel_entity,
    decode_json_list_of_web_panel_entity,
    encode_json_list_of_web_panel_entity,
)
