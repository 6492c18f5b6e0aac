"""Services88 types: ErpSyncResponseCode.

Used by the ErpSync agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ErpSyncResponseCode(enum.Enum):
    """The ``ErpSyncResponseCode`` enumeration."""

    NO_ERROR = 0
    ERROR_CONNECTOR_HAS_CONNECTIONS = 1
    ERROR_NOT_FOUND = 2


_ERP_SYNC_RESPONSE_CODE_NAMES: dict[ErpSyncResponseCode, str] = {
    ErpSyncResponseCode.NO_ERROR: "NoError",
    ErpSyncResponseCode.ERROR_CONNECTOR_HAS_CONNECTIONS: "ErrorConnectorHasConnections",
    ErpSyncResponseCode.ERROR_NOT_FOUND: "ErrorNotFound",
}
_ERP_SYNC_RESPONSE_CODE_BY_NAME: dict[str, ErpSyncResponseCode] = {
    "NoError": ErpSyncResponseCode.NO_ERROR,
    "ErrorConnectorHasConnections": ErpSyncResponseCode.ERROR_CONNECTOR_HAS_CONNECTIONS,
    "ErrorNotFound": ErpSyncResponseCode.ERROR_NOT_FOUND,
}
_ERP_SYNC_RESPONSE_CODE_BY_VALUE: dict[int, ErpSyncResponseCode] = {
    member.value: member for member in ErpSyncResponseCode
}


def decode_xml_erp_sync_response_code(element: Element) -> ErpSyncResponseCode | str:
    return enum_from_text(element.text or "", _ERP_SYNC_RESPONSE_CODE_BY_NAME)


def encode_xml_erp_sync_response_code(
    parent: Element, tag: str, value: ErpSyncResponseCode | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _ERP_SYNC_RESPONSE_CODE_NAMES)


def decode_json_erp_sync_response_code(data: Any, path: str) -> ErpSyncResponseCode | str:
    return json_enum(data, path, _ERP_SYNC_RESPONSE_CODE_BY_NAME, _ERP_SYNC_RESPONSE_CODE_BY_VALUE)


def encode_json_erp_sync_response_code(value: ErpSyncResponseCode | str) -> str:
    return enum_to_text(value, _ERP_SYNC_RESPONSE_CODE_NAMES)


ERP_SYNC_RESPONSE_CODE_CODEC = Codec(
    decode_xml_erp_sync_response_code,
    encode_xml_erp_sync_response_code,
    decode_json_erp_sync_response_code,
    encode_json_erp_sync_response_code,
)
