"""Services88 types: ArchiveBehaviour.

Used by the List agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class ArchiveBehaviour(enum.Flag, boundary=enum.KEEP):
    """The ``ArchiveBehaviour`` flags."""

    IN_ARCHIVES = 1
    MULTI_SELECT_IN_ARCHIVES = 2


_ARCHIVE_BEHAVIOUR_NAMES: dict[ArchiveBehaviour, str] = {
    ArchiveBehaviour.IN_ARCHIVES: "InArchives",
    ArchiveBehaviour.MULTI_SELECT_IN_ARCHIVES: "MultiSelectInArchives",
}
_ARCHIVE_BEHAVIOUR_BY_NAME: dict[str, ArchiveBehaviour] = {
    "InArchives": ArchiveBehaviour.IN_ARCHIVES,
    "MultiSelectInArchives": ArchiveBehaviour.MULTI_SELECT_IN_ARCHIVES,
}
_ARCHIVE_BEHAVIOUR_NONE = ArchiveBehaviour(0)
_ARCHIVE_BEHAVIOUR_SEEN: dict[str, ArchiveBehaviour | str] = {}


def decode_xml_archive_behaviour(element: Element) -> ArchiveBehaviour | str:
    return flags_from_xml(
        element.text or "",
        _ARCHIVE_BEHAVIOUR_BY_NAME,
        _ARCHIVE_BEHAVIOUR_NONE,
        _ARCHIVE_BEHAVIOUR_SEEN,
    )


def encode_xml_archive_behaviour(parent: Element, tag: str, value: ArchiveBehaviour | str) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _ARCHIVE_BEHAVIOUR_NAMES, " ")


def decode_json_archive_behaviour(data: Any, path: str) -> ArchiveBehaviour | str:
    return json_flags(
        data, path, _ARCHIVE_BEHAVIOUR_BY_NAME, _ARCHIVE_BEHAVIOUR_NONE, _ARCHIVE_BEHAVIOUR_SEEN
    )


def encode_json_archive_behaviour(value: ArchiveBehaviour | str) -> str | int:
    return flags_to_json(value, _ARCHIVE_BEHAVIOUR_NAMES)


ARCHIVE_BEHAVIOUR_CODEC = Codec(
    decode_xml_archive_behaviour,
    encode_xml_archive_behaviour,
    decode_json_archive_behaviour,
    encode_json_archive_behaviour,
)
