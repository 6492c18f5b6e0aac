"""Services88 types: GeneratorEncoding.

Used by the Document agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class GeneratorEncoding(enum.Enum):
    """The ``GeneratorEncoding`` enumeration."""

    TEXT = 0
    HTML = 1
    XML = 2
    MS_WORD = 3
    MS_EXCEL = 4
    MS_POWERPOINT = 5
    MS_OFFICE_2007 = 6
    MS_OFFICE_2007_XML = 7
    URL = 8
    URL_UNICODE = 9
    PDF = 10
    MIME = 11
    OPEN_DOCUMENT = 12
    OPEN_DOCUMENT_XML = 13
    MS_WORD_2007 = 14


_GENERATOR_ENCODING_NAMES: dict[GeneratorEncoding, str] = {
    GeneratorEncoding.TEXT: "Text",
    GeneratorEncoding.HTML: "Html",
    GeneratorEncoding.XML: "Xml",
    GeneratorEncoding.MS_WORD: "MsWord",
    GeneratorEncoding.MS_EXCEL: "MsExcel",
    GeneratorEncoding.MS_POWERPOINT: "MsPowerpoint",
    GeneratorEncoding.MS_OFFICE_2007: "MsOffice2007",
    GeneratorEncoding.MS_OFFICE_2007_XML: "MsOffice2007Xml",
    GeneratorEncoding.URL: "Url",
    GeneratorEncoding.URL_UNICODE: "UrlUnicode",
    GeneratorEncoding.PDF: "Pdf",
    GeneratorEncoding.MIME: "Mime",
    GeneratorEncoding.OPEN_DOCUMENT: "OpenDocument",
    GeneratorEncoding.OPEN_DOCUMENT_XML: "OpenDocumentXml",
    GeneratorEncoding.MS_WORD_2007: "MsWord2007",
}
_GENERATOR_ENCODING_BY_NAME: dict[str, GeneratorEncoding] = {
    "Text": GeneratorEncoding.TEXT,
    "Html": GeneratorEncoding.HTML,
    "Xml": GeneratorEncoding.XML,
    "MsWord": GeneratorEncoding.MS_WORD,
    "MsExcel": GeneratorEncoding.MS_EXCEL,
    "MsPowerpoint": GeneratorEncoding.MS_POWERPOINT,
    "MsOffice2007": GeneratorEncoding.MS_OFFICE_2007,
    "MsOffice2007Xml": GeneratorEncoding.MS_OFFICE_2007_XML,
    "Url": GeneratorEncoding.URL,
    "UrlUnicode": GeneratorEncoding.URL_UNICODE,
    "Pdf": GeneratorEncoding.PDF,
    "Mime": GeneratorEncoding.MIME,
    "OpenDocument": GeneratorEncoding.OPEN_DOCUMENT,
    "OpenDocumentXml": GeneratorEncoding.OPEN_DOCUMENT_XML,
    "MsWord2007": GeneratorEncoding.MS_WORD_2007,
}
_GENERATOR_ENCODING_BY_VALUE: dict[int, GeneratorEncoding] = {
    member.value: member for member in GeneratorEncoding
}


def decode_xml_generator_encoding(element: Element) -> GeneratorEncoding | str:
    return enum_from_text(element.text or "", _GENERATOR_ENCODING_BY_NAME)


def encode_xml_generator_encoding(
    parent: Element, tag: str, value: GeneratorEncoding | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _GENERATOR_ENCODING_NAMES)


def decode_json_generator_encoding(data: Any, path: str) -> GeneratorEncoding | str:
    return json_enum(data, path, _GENERATOR_ENCODING_BY_NAME, _GENERATOR_ENCODING_BY_VALUE)


def encode_json_generator_encoding(value: GeneratorEncoding | str) -> str:
    return enum_to_text(value, _GENERATOR_ENCODING_NAMES)


GENERATOR_ENCODING_CODEC = Codec(
    decode_xml_generator_encoding,
    encode_xml_generator_encoding,
    decode_json_generator_encoding,
    encode_json_generator_encoding,
)
