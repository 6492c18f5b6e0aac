"""Services88 types: AiTextStyle.

Used by the AI agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class AiTextStyle(enum.Enum):
    """The ``AiTextStyle`` enumeration."""

    NONE = 0
    REPHRASE = 1
    CORRECT = 2
    CASUAL = 3
    FORMAL = 4


_AI_TEXT_STYLE_NAMES: dict[AiTextStyle, str] = {
    AiTextStyle.NONE: "None",
    AiTextStyle.REPHRASE: "Rephrase",
    AiTextStyle.CORRECT: "Correct",
    AiTextStyle.CASUAL: "Casual",
    AiTextStyle.FORMAL: "Formal",
}
_AI_TEXT_STYLE_BY_NAME: dict[str, AiTextStyle] = {
    "None": AiTextStyle.NONE,
    "Rephrase": AiTextStyle.REPHRASE,
    "Correct": AiTextStyle.CORRECT,
    "Casual": AiTextStyle.CASUAL,
    "Formal": AiTextStyle.FORMAL,
}
_AI_TEXT_STYLE_BY_VALUE: dict[int, AiTextStyle] = {member.value: member for member in AiTextStyle}


def decode_xml_ai_text_style(element: Element) -> AiTextStyle | str:
    return enum_from_text(element.text or "", _AI_TEXT_STYLE_BY_NAME)


def encode_xml_ai_text_style(parent: Element, tag: str, value: AiTextStyle | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _AI_TEXT_STYLE_NAMES)


def decode_json_ai_text_style(data: Any, path: str) -> AiTextStyle | str:
    return json_enum(data, path, _AI_TEXT_STYLE_BY_NAME, _AI_TEXT_STYLE_BY_VALUE)


def encode_json_ai_text_style(value: AiTextStyle | str) -> str:
    return enum_to_text(value, _AI_TEXT_STYLE_NAMES)


AI_TEXT_STYLE_CODEC = Codec(
    decode_xml_ai_text_style,
    encode_xml_ai_text_style,
    decode_json_ai_text_style,
    encode_json_ai_text_style,
)
