"""Services88 types: ArrayOfStatusScreenPanelType, StatusScreenPanelType.

Used by the CustomerService agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import (
    Codec,
    Element,
    enum_from_text,
    enum_to_text,
    json_enum,
    json_items,
    new_child,
    put,
)

_STATUS_SCREEN_PANEL_TYPE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}StatusScreenPanelType"
)


class StatusScreenPanelType(enum.Enum):
    """The ``StatusScreenPanelType`` enumeration."""

    NONE = 0
    OPEN_REQUESTS_PER_CATEGORY = 1
    OPEN_REQUESTS_PER_TOP_CATEGORY = 2
    OPEN_REQUESTS_PER_USER = 3
    OPEN_REQUESTS_PER_USER_GROUP = 4
    OPEN_REQUESTS_PER_PRIORITY = 5
    OPEN_REQUESTS_PER_STATUS = 6
    OPEN_REQUESTS_PER_ORIGIN = 7
    NUMBER_OF_CREATED_REQUESTS_PER_DAY = 11
    NUMBER_OF_CREATED_REQUESTS_PER_WEEK = 12
    NUMBER_OF_CREATED_REQUESTS_PER_MONTH = 13
    USER_RESPONSE_TIME_PER_DAY = 21
    USER_REPONSE_TIME_PER_WEEK = 22
    USER_RESPONSE_TIME_PER_MONTH = 23
    OWN_OPEN_REQUESTS = 101
    UNASSIGNED_REQUESTS = 102
    HOTLIST = 103
    STATUS_SCREEN = 111


_STATUS_SCREEN_PANEL_TYPE_NAMES: dict[StatusScreenPanelType, str] = {
    StatusScreenPanelType.NONE: "None",
    StatusScreenPanelType.OPEN_REQUESTS_PER_CATEGORY: "OpenRequestsPerCategory",
    StatusScreenPanelType.OPEN_REQUESTS_PER_TOP_CATEGORY: "OpenRequestsPerTopCategory",
    StatusScreenPanelType.OPEN_REQUESTS_PER_USER: "OpenRequestsPerUser",
    StatusScreenPanelType.OPEN_REQUESTS_PER_USER_GROUP: "OpenRequestsPerUserGroup",
    StatusScreenPanelType.OPEN_REQUESTS_PER_PRIORITY: "OpenRequestsPerPriority",
    StatusScreenPanelType.OPEN_REQUESTS_PER_STATUS: "OpenRequestsPerStatus",
    StatusScreenPanelType.OPEN_REQUESTS_PER_ORIGIN: "OpenRequestsPerOrigin",
    StatusScreenPanelType.NUMBER_OF_CREATED_REQUESTS_PER_DAY: "NumberOfCreatedRequestsPerDay",
    StatusScreenPanelType.NUMBER_OF_CREATED_REQUESTS_PER_WEEK: "NumberOfCreatedRequestsPerWeek",
    StatusScreenPanelType.NUMBER_OF_CREATED_REQUESTS_PER_MONTH: "NumberOfCreatedRequestsPerMonth",
    StatusScreenPanelType.USER_RESPONSE_TIME_PER_DAY: "UserResponseTimePerDay",
    StatusScreenPanelType.USER_REPONSE_TIME_PER_WEEK: "UserReponseTimePerWeek",
    StatusScreenPanelType.USER_RESPONSE_TIME_PER_MONTH: "UserResponseTimePerMonth",
    StatusScreenPanelType.OWN_OPEN_REQUESTS: "OwnOpenRequests",
    StatusScreenPanelType.UNASSIGNED_REQUESTS: "UnassignedRequests",
    StatusScreenPanelType.HOTLIST: "Hotlist",
    StatusScreenPanelType.STATUS_SCREEN: "StatusScreen",
}
_STATUS_SCREEN_PANEL_TYPE_BY_NAME: dict[str, StatusScreenPanelType] = {
    "None": StatusScreenPanelType.NONE,
    "OpenRequestsPerCategory": StatusScreenPanelType.OPEN_REQUESTS_PER_CATEGORY,
    "OpenRequestsPerTopCategory": StatusScreenPanelType.OPEN_REQUESTS_PER_TOP_CATEGORY,
    "OpenRequestsPerUser": StatusScreenPanelType.OPEN_REQUESTS_PER_USER,
    "OpenRequestsPerUserGroup": StatusScreenPanelType.OPEN_REQUESTS_PER_USER_GROUP,
    "OpenRequestsPerPriority": StatusScreenPanelType.OPEN_REQUESTS_PER_PRIORITY,
    "OpenRequestsPerStatus": StatusScreenPanelType.OPEN_REQUESTS_PER_STATUS,
    "OpenRequestsPerOrigin": StatusScreenPanelType.OPEN_REQUESTS_PER_ORIGIN,
    "NumberOfCreatedRequestsPerDay": StatusScreenPanelType.NUMBER_OF_CREATED_REQUESTS_PER_DAY,
    "NumberOfCreatedRequestsPerWeek": StatusScreenPanelType.NUMBER_OF_CREATED_REQUESTS_PER_WEEK,
    "NumberOfCreatedRequestsPerMonth": StatusScreenPanelType.NUMBER_OF_CREATED_REQUESTS_PER_MONTH,
    "UserResponseTimePerDay": StatusScreenPanelType.USER_RESPONSE_TIME_PER_DAY,
    "UserReponseTimePerWeek": StatusScreenPanelType.USER_REPONSE_TIME_PER_WEEK,
    "UserResponseTimePerMonth": StatusScreenPanelType.USER_RESPONSE_TIME_PER_MONTH,
    "OwnOpenRequests": StatusScreenPanelType.OWN_OPEN_REQUESTS,
    "UnassignedRequests": StatusScreenPanelType.UNASSIGNED_REQUESTS,
    "Hotlist": StatusScreenPanelType.HOTLIST,
    "StatusScreen": StatusScreenPanelType.STATUS_SCREEN,
}
_STATUS_SCREEN_PANEL_TYPE_BY_VALUE: dict[int, StatusScreenPanelType] = {
    member.value: member for member in StatusScreenPanelType
}


def decode_xml_status_screen_panel_type(element: Element) -> StatusScreenPanelType | str:
    return enum_from_text(element.text or "", _STATUS_SCREEN_PANEL_TYPE_BY_NAME)


def encode_xml_status_screen_panel_type(
    parent: Element, tag: str, value: StatusScreenPanelType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _STATUS_SCREEN_PANEL_TYPE_NAMES)


def decode_json_status_screen_panel_type(data: Any, path: str) -> StatusScreenPanelType | str:
    return json_enum(
        data, path, _STATUS_SCREEN_PANEL_TYPE_BY_NAME, _STATUS_SCREEN_PANEL_TYPE_BY_VALUE
    )


def encode_json_status_screen_panel_type(value: StatusScreenPanelType | str) -> str:
    return enum_to_text(value, _STATUS_SCREEN_PANEL_TYPE_NAMES)


STATUS_SCREEN_PANEL_TYPE_CODEC = Codec(
    decode_xml_status_screen_panel_type,
    encode_xml_status_screen_panel_type,
    decode_json_status_screen_panel_type,
    encode_json_status_screen_panel_type,
)


def decode_xml_list_of_status_screen_panel_type(
    element: Element,
) -> list[StatusScreenPanelType | str]:
    """``ArrayOfStatusScreenPanelType``: a list of ``StatusScreenPanelType`` elements."""
    return [
        decode_xml_status_screen_panel_type(child)
        for child in element
        if child.tag == _STATUS_SCREEN_PANEL_TYPE
    ]


def encode_xml_list_of_status_screen_panel_type(
    parent: Element | None, tag: str, value: list[StatusScreenPanelType | str]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _STATUS_SCREEN_PANEL_TYPE, item, encode_xml_status_screen_panel_type)
    return element


def decode_json_list_of_status_screen_panel_type(
    data: Any, path: str
) -> list[StatusScreenPanelType | str]:
    return json_items(data, path, decode_json_status_screen_panel_type)


def encode_json_list_of_status_screen_panel_type(
    value: list[StatusScreenPanelType | str],
) -> list[Any]:
    return [encode_json_status_screen_panel_type(item) for item in value]


LIST_OF_STATUS_SCREEN_PANEL_TYPE_CODEC = Codec(
    decode_xml_list_of_status_screen_panel_type,
    encode_xml_list_of_status_screen_panel_type,
    decode_json_list_of_status_screen_panel_type,
    encode_json_list_of_status_screen_panel_type,
)
