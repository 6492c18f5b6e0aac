"""Services88 types: ArrayOfPocketDeviceInfo, PocketDeviceInfo.

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
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_str_nillable,
    write_int,
    write_str,
)
from .notification_platform import (
    NotificationPlatform,
    decode_json_notification_platform,
    decode_xml_notification_platform,
    encode_json_notification_platform,
    encode_xml_notification_platform,
)

_DEVICE_IDENTIFIER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DeviceIdentifier"
_DEVICE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DeviceName"
_LANGUAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Language"
_OS_VERSION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OSVersion"
_PLATFORM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Platform"
_PNS_HANDLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PNSHandle"
_POCKET_DEVICE_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PocketDeviceInfo"
_POCKET_VERSION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PocketVersion"
_TIME_ZONE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeZoneId"


@dataclasses.dataclass(kw_only=True, repr=False)
class PocketDeviceInfo(Record):
    """Describes a device running Pocket CRM

    Carrier object for PocketDeviceInfo. Services for the PocketDeviceInfo Carrier is available
    from the Pocket Agent.
    """

    device_name: str | None | Unset = UNSET
    """A friendly display name for the device. Ex: 'Bobbys iPhone 5S'"""
    device_identifier: str | None | Unset = UNSET
    """A unique identifier of this device. This value should always be the same for the same device"""
    pocket_version: str | None | Unset = UNSET
    """What version of Pocket CRM this device is running. Ex: '8.0.37'"""
    language: str | None | Unset = UNSET
    """The language which this device will receive notifications translated in"""
    pns_handle: str | None | Unset = UNSET
    """The identifier associated with the device that will be used when talking with vendors push
    services
    """
    platform: NotificationPlatform | str | Unset = UNSET
    """What platform does this device belong to"""
    os_version: str | None | Unset = UNSET
    """The operating system version. Ex: 'iOS v10.2'"""
    time_zone_id: int | Unset = UNSET
    """The timezone to show for dates in messages"""

    def to_xml(self) -> Element:
        return encode_xml_pocket_device_info(None, _POCKET_DEVICE_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PocketDeviceInfo:
        return record_from_xml(decode_xml_pocket_device_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_pocket_device_info(self)

    @classmethod
    def from_json(cls, data: Any) -> PocketDeviceInfo:
        return record_from_json(decode_json_pocket_device_info, data)


_POCKET_DEVICE_INFO_KEYS = frozenset(
    (
        "DeviceName",
        "DeviceIdentifier",
        "PocketVersion",
        "Language",
        "PNSHandle",
        "Platform",
        "OSVersion",
        "TimeZoneId",
    )
)


def decode_xml_pocket_device_info(element: Element) -> PocketDeviceInfo:
    value = PocketDeviceInfo()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _DEVICE_NAME:
            value.device_name = child.text or empty_or_nil(child)
        elif tag == _DEVICE_IDENTIFIER:
            value.device_identifier = child.text or empty_or_nil(child)
        elif tag == _POCKET_VERSION:
            value.pocket_version = child.text or empty_or_nil(child)
        elif tag == _LANGUAGE:
            value.language = child.text or empty_or_nil(child)
        elif tag == _PNS_HANDLE:
            value.pns_handle = child.text or empty_or_nil(child)
        elif tag == _PLATFORM:
            value.platform = decode_xml_notification_platform(child)
        elif tag == _OS_VERSION:
            value.os_version = child.text or empty_or_nil(child)
        elif tag == _TIME_ZONE_ID:
            value.time_zone_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_pocket_device_info(
    parent: Element | None, tag: str, value: PocketDeviceInfo
) -> Element:
    element = new_child(parent, tag)
    put(element, _DEVICE_NAME, value.device_name, write_str)
    put(element, _DEVICE_IDENTIFIER, value.device_identifier, write_str)
    put(element, _POCKET_VERSION, value.pocket_version, write_str)
    put(element, _LANGUAGE, value.language, write_str)
    put(element, _PNS_HANDLE, value.pns_handle, write_str)
    put(element, _PLATFORM, value.platform, encode_xml_notification_platform)
    put(element, _OS_VERSION, value.os_version, write_str)
    put(element, _TIME_ZONE_ID, value.time_zone_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_pocket_device_info(data: Any, path: str) -> PocketDeviceInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PocketDeviceInfo)
    value.device_name = take_str_nillable(data, "DeviceName", path)
    value.device_identifier = take_str_nillable(data, "DeviceIdentifier", path)
    value.pocket_version = take_str_nillable(data, "PocketVersion", path)
    value.language = take_str_nillable(data, "Language", path)
    value.pns_handle = take_str_nillable(data, "PNSHandle", path)
    value.platform = take(data, "Platform", path, decode_json_notification_platform)
    value.os_version = take_str_nillable(data, "OSVersion", path)
    value.time_zone_id = take_int(data, "TimeZoneId", path)
    value.extra = (
        None
        if _POCKET_DEVICE_INFO_KEYS.issuperset(data)
        else json_extra(data, _POCKET_DEVICE_INFO_KEYS)
    )
    return value


def encode_json_pocket_device_info(value: PocketDeviceInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "DeviceName", value.device_name, json_write_str)
    put_json(result, "DeviceIdentifier", value.device_identifier, json_write_str)
    put_json(result, "PocketVersion", value.pocket_version, json_write_str)
    put_json(result, "Language", value.language, json_write_str)
    put_json(result, "PNSHandle", value.pns_handle, json_write_str)
    put_json(result, "Platform", value.platform, encode_json_notification_platform)
    put_json(result, "OSVersion", value.os_version, json_write_str)
    put_json(result, "TimeZoneId", value.time_zone_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


POCKET_DEVICE_INFO_CODEC = Codec(
    decode_xml_pocket_device_info,
    encode_xml_pocket_device_info,
    decode_json_pocket_device_info,
    encode_json_pocket_device_info,
)


def decode_xml_list_of_pocket_device_info(element: Element) -> list[PocketDeviceInfo | None]:
    """``ArrayOfPocketDeviceInfo``: a list of ``PocketDeviceInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_pocket_device_info(child))
        for child in element
        if child.tag == _POCKET_DEVICE_INFO
    ]


def encode_xml_list_of_pocket_device_info(
    parent: Element | None, tag: str, value: list[PocketDeviceInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _POCKET_DEVICE_INFO, item, encode_xml_pocket_device_info)
    return element


def decode_json_list_of_pocket_device_info(data: Any, path: str) -> list[PocketDeviceInfo | None]:
    return json_items_nillable(data, path, decode_json_pocket_device_info)


def encode_json_list_of_pocket_device_info(value: list[PocketDeviceInfo | None]) -> list[Any]:
    return [(None if item is None else encode_json_pocket_device_info(item)) for item in value]


LIST_OF_POCKET_DEVICE_INFO_CODEC = Codec(
    decode_xml_list_of_pocket_device_info,
    encode_xml_list_of_pocket_device_info,
    decode_json_list_of_pocket_device_info,
    encode_json_list_of_pocket_device_info,
)
