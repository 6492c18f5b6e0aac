"""Services88 types: ArrayOfdateTime.

Used by the Appointment, List, Ticket agents.
"""

from __future__ import annotations

import datetime
from typing import Any

from ...runtime import (
    Codec,
    Element,
    json_datetime,
    json_items,
    json_write_datetime,
    new_child,
    put,
    read_datetime,
    write_datetime,
)

_DATE_TIME = "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}dateTime"


def decode_xml_list_of_datetime(element: Element) -> list[datetime.datetime]:
    """``ArrayOfdateTime``: a list of ``dateTime`` elements."""
    return [read_datetime(child) for child in element if child.tag == _DATE_TIME]


def encode_xml_list_of_datetime(
    parent: Element | None, tag: str, value: list[datetime.datetime]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _DATE_TIME, item, write_datetime)
    return element


def decode_json_list_of_datetime(data: Any, path: str) -> list[datetime.datetime]:
    return json_items(data, path, json_datetime)


def encode_json_list_of_datetime(value: list[datetime.datetime]) -> list[Any]:
    return [json_write_datetime(item) for item in value]


LIST_OF_DATETIME_CODEC = Codec(
    decode_xml_list_of_datetime,
    encode_xml_list_of_datetime,
    decode_json_list_of_datetime,
    encode_json_list_of_datetime,
)
