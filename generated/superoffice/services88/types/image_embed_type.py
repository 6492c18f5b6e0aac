"""Services88 types: ImageEmbedType.

Used by the Ticket agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ImageEmbedType(enum.Enum):
    """The ``ImageEmbedType`` enumeration."""

    LINK = 0
    INLINE = 1


_IMAGE_EMBED_TYPE_NAMES: dict[ImageEmbedType, str] = {
    ImageEmbedType.LINK: "Link",
    ImageEmbedType.INLINE: "Inline",
}
_IMAGE_EMBED_TYPE_BY_NAME: dict[str, ImageEmbedType] = {
    "Link": ImageEmbedType.LINK,
    "Inline": ImageEmbedType.INLINE,
}
_IMAGE_EMBED_TYPE_BY_VALUE: dict[int, ImageEmbedType] = {
    member.value: member for member in ImageEmbedType
}


def decode_xml_image_embed_type(element: Element) -> ImageEmbedType | str:
    return enum_from_text(element.text or "", _IMAGE_EMBED_TYPE_BY_NAME)


def encode_xml_image_embed_type(parent: Element, tag: str, value: ImageEmbedType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _IMAGE_EMBED_TYPE_NAMES)


def decode_json_image_embed_type(data: Any, path: str) -> ImageEmbedType | str:
    return json_enum(data, path, _IMAGE_EMBED_TYPE_BY_NAME, _IMAGE_EMBED_TYPE_BY_VALUE)


def encode_json_image_embed_type(value: ImageEmbedType | str) -> str:
    return enum_to_text(value, _IMAGE_EMBED_TYPE_NAMES)


IMAGE_EMBED_TYPE_CODEC = Codec(
    decode_xml_image_embed_type,
    encode_xml_image_embed_type,
    decode_json_image_embed_type,
    encode_json_image_embed_type,
)
