"""Services88 types: CopilotDataSourceType.

Used by the AI agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class CopilotDataSourceType(enum.Enum):
    """The ``CopilotDataSourceType`` enumeration."""

    REQUESTS = 0
    FA_QS = 1
    REPLY_TEMPLATES = 2
    DOCUMENTS = 3
    PRODUCTS = 4
    WEB_CONTENT = 5


_COPILOT_DATA_SOURCE_TYPE_NAMES: dict[CopilotDataSourceType, str] = {
    CopilotDataSourceType.REQUESTS: "Requests",
    CopilotDataSourceType.FA_QS: "FAQs",
    CopilotDataSourceType.REPLY_TEMPLATES: "ReplyTemplates",
    CopilotDataSourceType.DOCUMENTS: "Documents",
    CopilotDataSourceType.PRODUCTS: "Products",
    CopilotDataSourceType.WEB_CONTENT: "WebContent",
}
_COPILOT_DATA_SOURCE_TYPE_BY_NAME: dict[str, CopilotDataSourceType] = {
    "Requests": CopilotDataSourceType.REQUESTS,
    "FAQs": CopilotDataSourceType.FA_QS,
    "ReplyTemplates": CopilotDataSourceType.REPLY_TEMPLATES,
    "Documents": CopilotDataSourceType.DOCUMENTS,
    "Products": CopilotDataSourceType.PRODUCTS,
    "WebContent": CopilotDataSourceType.WEB_CONTENT,
}
_COPILOT_DATA_SOURCE_TYPE_BY_VALUE: dict[int, CopilotDataSourceType] = {
    member.value: member for member in CopilotDataSourceType
}


def decode_xml_copilot_data_source_type(element: Element) -> CopilotDataSourceType | str:
    return enum_from_text(element.text or "", _COPILOT_DATA_SOURCE_TYPE_BY_NAME)


def encode_xml_copilot_data_source_type(
    parent: Element, tag: str, value: CopilotDataSourceType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _COPILOT_DATA_SOURCE_TYPE_NAMES)


def decode_json_copilot_data_source_type(data: Any, path: str) -> CopilotDataSourceType | str:
    return json_enum(
        data, path, _COPILOT_DATA_SOURCE_TYPE_BY_NAME, _COPILOT_DATA_SOURCE_TYPE_BY_VALUE
    )


def encode_json_copilot_data_source_type(value: CopilotDataSourceType | str) -> str:
    return enum_to_text(value, _COPILOT_DATA_SOURCE_TYPE_NAMES)


COPILOT_DATA_SOURCE_TYPE_CODEC = Codec(
    decode_xml_copilot_data_source_type,
    encode_xml_copilot_data_source_type,
    decode_json_copilot_data_source_type,
    encode_json_copilot_data_source_type,
)
