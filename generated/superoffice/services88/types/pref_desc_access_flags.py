"""Services88 types: PrefDescAccessFlags.

Used by the Preference agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class PrefDescAccessFlags(enum.Flag, boundary=enum.KEEP):
    """The ``PrefDescAccessFlags`` flags."""

    WIZARD_MODE = 1
    LEVEL_0 = 2
    ADMIN_GUI = 4
    CRMGUI = 8


_PREF_DESC_ACCESS_FLAGS_NAMES: dict[PrefDescAccessFlags, str] = {
    PrefDescAccessFlags.WIZARD_MODE: "WizardMode",
    PrefDescAccessFlags.LEVEL_0: "Level0",
    PrefDescAccessFlags.ADMIN_GUI: "adminGUI",
    PrefDescAccessFlags.CRMGUI: "CRMGUI",
}
_PREF_DESC_ACCESS_FLAGS_BY_NAME: dict[str, PrefDescAccessFlags] = {
    "WizardMode": PrefDescAccessFlags.WIZARD_MODE,
    "Level0": PrefDescAccessFlags.LEVEL_0,
    "adminGUI": PrefDescAccessFlags.ADMIN_GUI,
    "CRMGUI": PrefDescAccessFlags.CRMGUI,
}
_PREF_DESC_ACCESS_FLAGS_NONE = PrefDescAccessFlags(0)
_PREF_DESC_ACCESS_FLAGS_SEEN: dict[str, PrefDescAccessFlags | str] = {}


def decode_xml_pref_desc_access_flags(element: Element) -> PrefDescAccessFlags | str:
    return flags_from_xml(
        element.text or "",
        _PREF_DESC_ACCESS_FLAGS_BY_NAME,
        _PREF_DESC_ACCESS_FLAGS_NONE,
        _PREF_DESC_ACCESS_FLAGS_SEEN,
    )


def encode_xml_pref_desc_access_flags(
    parent: Element, tag: str, value: PrefDescAccessFlags | str
) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _PREF_DESC_ACCESS_FLAGS_NAMES, " ")


def decode_json_pref_desc_access_flags(data: Any, path: str) -> PrefDescAccessFlags | str:
    return json_flags(
        data,
        path,
        _PREF_DESC_ACCESS_FLAGS_BY_NAME,
        _PREF_DESC_ACCESS_FLAGS_NONE,
        _PREF_DESC_ACCESS_FLAGS_SEEN,
    )


def encode_json_pref_desc_access_flags(value: PrefDescAccessFlags | str) -> str | int:
    return flags_to_json(value, _PREF_DESC_ACCESS_FLAGS_NAMES)


PREF_DESC_ACCESS_FLAGS_CODEC = Codec(
    decode_xml_pref_desc_access_flags,
    encode_xml_pref_desc_access_flags,
    decode_json_pref_desc_access_flags,
    encode_json_pref_desc_access_flags,
)
