"""Services88 types: PocketStartupData.

Used by the Pocket agent.
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
    take_nillable,
    take_str_nillable,
    write_bool,
    write_int,
    write_str,
)
from .carrier import Carrier
from .e_table_right import (
    ETableRight,
    decode_json_list_of_e_table_right,
    decode_xml_list_of_e_table_right,
    encode_json_list_of_e_table_right,
    encode_xml_list_of_e_table_right,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .preference import (
    Preference,
    decode_json_list_of_preference,
    decode_xml_list_of_preference,
    encode_json_list_of_preference,
    encode_xml_list_of_preference,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .time_zone_data import (
    TimeZoneData,
    decode_json_time_zone_data,
    decode_xml_time_zone_data,
    encode_json_time_zone_data,
    encode_xml_time_zone_data,
)
from .web_panel_entity import (
    WebPanelEntity,
    decode_json_list_of_web_panel_entity,
    decode_xml_list_of_web_panel_entity,
    encode_json_list_of_web_panel_entity,
    encode_xml_list_of_web_panel_entity,
)

_BASE_LOCALE_TIME_ZONE_DATA = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}BaseLocaleTimeZoneData"
)
_CUSTOM_DATA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomData"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_PUSH_NOTIFICATION_ENABLED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsPushNotificationEnabled"
)
_NOTIFICATIONS_COUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NotificationsCount"
_OVERDUE_SALES_COUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OverdueSalesCount"
_PHONE_LOCALE_TIME_ZONE_DATA = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PhoneLocaleTimeZoneData"
)
_POCKET_PREFERENCES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PocketPreferences"
_POCKET_STARTUP_DATA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PocketStartupData"
_SYSTEM_WEB_PANELS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SystemWebPanels"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TABLE_RIGHTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRights"


@dataclasses.dataclass(kw_only=True, repr=False)
class PocketStartupData(Carrier):
    """The Pocket Service. The service implements pocket specific stuff, like consolidated
    post-login stuff.

    Carrier object for PocketStartupData. Services for the PocketStartupData Carrier is
    available from the Pocket Agent.
    """

    table_rights: list[ETableRight | str] | None | Unset = UNSET
    """List of tablerights for logged in user, in the same order as the Tables array parameter"""
    phone_locale_time_zone_data: TimeZoneData | None | Unset = UNSET
    base_locale_time_zone_data: TimeZoneData | None | Unset = UNSET
    overdue_sales_count: int | Unset = UNSET
    """Number of overdued sales for current user"""
    notifications_count: int | Unset = UNSET
    """Number of new invitations"""
    system_web_panels: list[WebPanelEntity | None] | None | Unset = UNSET
    """Web panels defined in Admin client, set to be shown in Pocket client"""
    pocket_preferences: list[Preference | None] | None | Unset = UNSET
    """All Pocket specific preferences, including WebPanels defined by the user in Pocket"""
    is_push_notification_enabled: bool | Unset = UNSET
    """Is push notification configured and enabled in Netserver"""
    custom_data: str | None | Unset = UNSET
    """Custom data for Pocket, in JSON format"""

    def to_xml(self) -> Element:
        return encode_xml_pocket_startup_data(None, _POCKET_STARTUP_DATA, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PocketStartupData:
        return record_from_xml(decode_xml_pocket_startup_data, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_pocket_startup_data(self)

    @classmethod
    def from_json(cls, data: Any) -> PocketStartupData:
        return record_from_json(decode_json_pocket_startup_data, data)


_POCKET_STARTUP_DATA_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TableRights",
        "PhoneLocaleTimeZoneData",
        "BaseLocaleTimeZoneData",
        "OverdueSalesCount",
        "NotificationsCount",
        "SystemWebPanels",
        "PocketPreferences",
        "IsPushNotificationEnabled",
        "CustomData",
    )
)


def decode_xml_pocket_startup_data(element: Element) -> PocketStartupData:
    value = PocketStartupData()
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
        elif tag == _TABLE_RIGHTS:
            value.table_rights = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_e_table_right(child)
            )
        elif tag == _PHONE_LOCALE_TIME_ZONE_DATA:
            value.phone_locale_time_zone_data = (
                None if child.get(XSI_NIL) in NIL else decode_xml_time_zone_data(child)
            )
        elif tag == _BASE_LOCALE_TIME_ZONE_DATA:
            value.base_locale_time_zone_data = (
                None if child.get(XSI_NIL) in NIL else decode_xml_time_zone_data(child)
            )
        elif tag == _OVERDUE_SALES_COUNT:
            value.overdue_sales_count = read_int(child)
        elif tag == _NOTIFICATIONS_COUNT:
            value.notifications_count = read_int(child)
        elif tag == _SYSTEM_WEB_PANELS:
            value.system_web_panels = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_web_panel_entity(child)
            )
        elif tag == _POCKET_PREFERENCES:
            value.pocket_preferences = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_preference(child)
            )
        elif tag == _IS_PUSH_NOTIFICATION_ENABLED:
            value.is_push_notification_enabled = read_bool(child)
        elif tag == _CUSTOM_DATA:
            value.custom_data = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_pocket_startup_data(
    parent: Element | None, tag: str, value: PocketStartupData
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TABLE_RIGHTS, value.table_rights, encode_xml_list_of_e_table_right)
    put(
        element,
        _PHONE_LOCALE_TIME_ZONE_DATA,
        value.phone_locale_time_zone_data,
        encode_xml_time_zone_data,
    )
    put(
        element,
        _BASE_LOCALE_TIME_ZONE_DATA,
        value.base_locale_time_zone_data,
        encode_xml_time_zone_data,
    )
    put(element, _OVERDUE_SALES_COUNT, value.overdue_sales_count, write_int)
    put(element, _NOTIFICATIONS_COUNT, value.notifications_count, write_int)
    put(element, _SYSTEM_WEB_PANELS, value.system_web_panels, encode_xml_list_of_web_panel_entity)
    put(element, _POCKET_PREFERENCES, value.pocket_preferences, encode_xml_list_of_preference)
    put(element, _IS_PUSH_NOTIFICATION_ENABLED, value.is_push_notification_enabled, write_bool)
    put(element, _CUSTOM_DATA, value.custom_data, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_pocket_startup_data(data: Any, path: str) -> PocketStartupData:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PocketStartupData)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.table_rights = take_nillable(
        data, "TableRights", path, decode_json_list_of_e_table_right
    )
    value.phone_locale_time_zone_data = take_nillable(
        data, "PhoneLocaleTimeZoneData", path, decode_json_time_zone_data
    )
    value.base_locale_time_zone_data = take_nillable(
        data, "BaseLocaleTimeZoneData", path, decode_json_time_zone_data
    )
    value.overdue_sales_count = take_int(data, "OverdueSalesCount", path)
    value.notifications_count = take_int(data, "NotificationsCount", path)
    value.system_web_panels = take_nillable(
        data, "SystemWebPanels", path, decode_json_list_of_web_panel_entity
    )
    value.pocket_preferences = take_nillable(
        data, "PocketPreferences", path, decode_json_list_of_preference
    )
    value.is_push_notification_enabled = take_bool(data, "IsPushNotificationEnabled", path)
    value.custom_data = take_str_nillable(data, "CustomData", path)
    value.extra = (
        None
        if _POCKET_STARTUP_DATA_KEYS.issuperset(data)
        else json_extra(data, _POCKET_STARTUP_DATA_KEYS)
    )
    return value


def encode_json_pocket_startup_data(value: PocketStartupData) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TableRights", value.table_rights, encode_json_list_of_e_table_right)
    put_json(
        result,
        "PhoneLocaleTimeZoneData",
        value.phone_locale_time_zone_data,
        encode_json_time_zone_data,
    )
    put_json(
        result,
        "BaseLocaleTimeZoneData",
        value.base_locale_time_zone_data,
        encode_json_time_zone_data,
    )
    put_json(result, "OverdueSalesCount", value.overdue_sales_count, json_write_int)
    put_json(result, "NotificationsCount", value.notifications_count, json_write_int)
    put_json(
        result, "SystemWebPanels", value.system_web_panels, encode_json_list_of_web_panel_entity
    )
    put_json(result, "PocketPreferences", value.pocket_preferences, encode_json_list_of_preference)
    put_json(
        result, "IsPushNotificationEnabled", value.is_push_notification_enabled, json_write_bool
    )
    put_json(result, "CustomData", value.custom_data, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


POCKET_STARTUP_DATA_CODEC = Codec(
    decode_xml_pocket_startup_data,
    encode_xml_pocket_startup_data,
    decode_json_pocket_startup_data,
    encode_json_pocket_startup_data,
)
