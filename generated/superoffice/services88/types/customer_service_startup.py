"""Services88 types: CustomerServiceStartup.

Used by the CustomerService agent.
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

_CUSTOMER_SERVICE_STARTUP = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomerServiceStartup"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_RECAPTCHA_SITE_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecaptchaSiteKey"
_SELECTED_PREFERENCES = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SelectedPreferences"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TIMEZONE_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimezoneEnabled"
_TZ_OFFSET = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TZOffset"


@dataclasses.dataclass(kw_only=True, repr=False)
class CustomerServiceStartup(Carrier):
    """This carrier contains various data needed by Service for startup. Do not use this API, as it
    is for internal use and might change without notice

    Carrier object for CustomerServiceStartup. Services for the CustomerServiceStartup Carrier
    is available from the CustomerService Agent.
    """

    timezone_enabled: bool | Unset = UNSET
    """Is timezone enabled"""
    tz_offset: int | Unset = UNSET
    """The offset in minutes compared with UTC, calculated for DateTime.Now"""
    recaptcha_site_key: str | None | Unset = UNSET
    """A global recaptcha site key, used with the google recaptcha component. This value is taken
    from the web.config file
    """
    selected_preferences: list[Preference | None] | None | Unset = UNSET
    """An array of selected preferences needed by Service"""

    def to_xml(self) -> Element:
        return encode_xml_customer_service_startup(None, _CUSTOMER_SERVICE_STARTUP, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CustomerServiceStartup:
        return record_from_xml(decode_xml_customer_service_startup, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_customer_service_startup(self)

    @classmethod
    def from_json(cls, data: Any) -> CustomerServiceStartup:
        return record_from_json(decode_json_customer_service_startup, data)


_CUSTOMER_SERVICE_STARTUP_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TimezoneEnabled",
        "TZOffset",
        "RecaptchaSiteKey",
        "SelectedPreferences",
    )
)


def decode_xml_customer_service_startup(element: Element) -> CustomerServiceStartup:
    value = CustomerServiceStartup()
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
        elif tag == _TIMEZONE_ENABLED:
            value.timezone_enabled = read_bool(child)
        elif tag == _TZ_OFFSET:
            value.tz_offset = read_int(child)
        elif tag == _RECAPTCHA_SITE_KEY:
            value.recaptcha_site_key = child.text or empty_or_nil(child)
        elif tag == _SELECTED_PREFERENCES:
            value.selected_preferences = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_preference(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_customer_service_startup(
    parent: Element | None, tag: str, value: CustomerServiceStartup
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TIMEZONE_ENABLED, value.timezone_enabled, write_bool)
    put(element, _TZ_OFFSET, value.tz_offset, write_int)
    put(element, _RECAPTCHA_SITE_KEY, value.recaptcha_site_key, write_str)
    put(element, _SELECTED_PREFERENCES, value.selected_preferences, encode_xml_list_of_preference)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_customer_service_startup(data: Any, path: str) -> CustomerServiceStartup:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CustomerServiceStartup)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.timezone_enabled = take_bool(data, "TimezoneEnabled", path)
    value.tz_offset = take_int(data, "TZOffset", path)
    value.recaptcha_site_key = take_str_nillable(data, "RecaptchaSiteKey", path)
    value.selected_preferences = take_nillable(
        data, "SelectedPreferences", path, decode_json_list_of_preference
    )
    value.extra = (
        None
        if _CUSTOMER_SERVICE_STARTUP_KEYS.issuperset(data)
        else json_extra(data, _CUSTOMER_SERVICE_STARTUP_KEYS)
    )
    return value


def encode_json_customer_service_startup(value: CustomerServiceStartup) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TimezoneEnabled", value.timezone_enabled, json_write_bool)
    put_json(result, "TZOffset", value.tz_offset, json_write_int)
    put_json(result, "RecaptchaSiteKey", value.recaptcha_site_key, json_write_str)
    put_json(
        result, "SelectedPreferences", value.selected_preferences, encode_json_list_of_preference
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CUSTOMER_SERVICE_STARTUP_CODEC = Codec(
    decode_xml_customer_service_startup,
    encode_xml_customer_service_startup,
    decode_json_customer_service_startup,
    encode_json_customer_service_startup,
)
