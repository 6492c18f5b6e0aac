"""Services88 types: BlobLinkType.

Used by the BLOB agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class BlobLinkType(enum.Enum):
    """The ``BlobLinkType`` enumeration."""

    PERSON_IMAGE = 1
    PROJECT_IMAGE = 2
    EVENT_IMAGE = 3
    THUMBNAIL = 4
    STATUS_MONITOR_IMAGE = 5
    BATCH_TASK = 6
    PRODUCT_IMAGE = 7
    PRODUCT_THUMBNAIL = 8
    QUOTE_LINE_IMAGE = 9
    QUOTE_LINE_THUMBNAIL = 10
    ACCESS_TOKEN = 11
    REFRESH_TOKEN = 12
    DASHBOARD = 13
    DASHBOARD_TILE = 14
    CHAT_TOPIC_IMAGE = 15
    FORMS_BACKGROUND_IMAGE = 16
    CONTACT_IMAGE = 17
    DASHBOARD_HTML_TILE_DATA = 18
    EXTRA_TABLE_ICON = 19


_BLOB_LINK_TYPE_NAMES: dict[BlobLinkType, str] = {
    BlobLinkType.PERSON_IMAGE: "PersonImage",
    BlobLinkType.PROJECT_IMAGE: "ProjectImage",
    BlobLinkType.EVENT_IMAGE: "EventImage",
    BlobLinkType.THUMBNAIL: "Thumbnail",
    BlobLinkType.STATUS_MONITOR_IMAGE: "StatusMonitorImage",
    BlobLinkType.BATCH_TASK: "BatchTask",
    BlobLinkType.PRODUCT_IMAGE: "ProductImage",
    BlobLinkType.PRODUCT_THUMBNAIL: "ProductThumbnail",
    BlobLinkType.QUOTE_LINE_IMAGE: "QuoteLineImage",
    BlobLinkType.QUOTE_LINE_THUMBNAIL: "QuoteLineThumbnail",
    BlobLinkType.ACCESS_TOKEN: "AccessToken",
    BlobLinkType.REFRESH_TOKEN: "RefreshToken",
    BlobLinkType.DASHBOARD: "Dashboard",
    BlobLinkType.DASHBOARD_TILE: "DashboardTile",
    BlobLinkType.CHAT_TOPIC_IMAGE: "ChatTopicImage",
    BlobLinkType.FORMS_BACKGROUND_IMAGE: "FormsBackgroundImage",
    BlobLinkType.CONTACT_IMAGE: "ContactImage",
    BlobLinkType.DASHBOARD_HTML_TILE_DATA: "DashboardHtmlTileData",
    BlobLinkType.EXTRA_TABLE_ICON: "ExtraTableIcon",
}
_BLOB_LINK_TYPE_BY_NAME: dict[str, BlobLinkType] = {
    "PersonImage": BlobLinkType.PERSON_IMAGE,
    "ProjectImage": BlobLinkType.PROJECT_IMAGE,
    "EventImage": BlobLinkType.EVENT_IMAGE,
    "Thumbnail": BlobLinkType.THUMBNAIL,
    "StatusMonitorImage": BlobLinkType.STATUS_MONITOR_IMAGE,
    "BatchTask": BlobLinkType.BATCH_TASK,
    "ProductImage": BlobLinkType.PRODUCT_IMAGE,
    "ProductThumbnail": BlobLinkType.PRODUCT_THUMBNAIL,
    "QuoteLineImage": BlobLinkType.QUOTE_LINE_IMAGE,
    "QuoteLineThumbnail": BlobLinkType.QUOTE_LINE_THUMBNAIL,
    "AccessToken": BlobLinkType.ACCESS_TOKEN,
    "RefreshToken": BlobLinkType.REFRESH_TOKEN,
    "Dashboard": BlobLinkType.DASHBOARD,
    "DashboardTile": BlobLinkType.DASHBOARD_TILE,
    "ChatTopicImage": BlobLinkType.CHAT_TOPIC_IMAGE,
    "FormsBackgroundImage": BlobLinkType.FORMS_BACKGROUND_IMAGE,
    "ContactImage": BlobLinkType.CONTACT_IMAGE,
    "DashboardHtmlTileData": BlobLinkType.DASHBOARD_HTML_TILE_DATA,
    "ExtraTableIcon": BlobLinkType.EXTRA_TABLE_ICON,
}
_BLOB_LINK_TYPE_BY_VALUE: dict[int, BlobLinkType] = {
    member.value: member for member in BlobLinkType
}


def decode_xml_blob_link_type(element: Element) -> BlobLinkType | str:
    return enum_from_text(element.text or "", _BLOB_LINK_TYPE_BY_NAME)


def encode_xml_blob_link_type(parent: Element, tag: str, value: BlobLinkType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _BLOB_LINK_TYPE_NAMES)


def decode_json_blob_link_type(data: Any, path: str) -> BlobLinkType | str:
    return json_enum(data, path, _BLOB_LINK_TYPE_BY_NAME, _BLOB_LINK_TYPE_BY_VALUE)


def encode_json_blob_link_type(value: BlobLinkType | str) -> str:
    return enum_to_text(value, _BLOB_LINK_TYPE_NAMES)


BLOB_LINK_TYPE_CODEC = Codec(
    decode_xml_blob_link_type,
    encode_xml_blob_link_type,
    decode_json_blob_link_type,
    encode_json_blob_link_type,
)
