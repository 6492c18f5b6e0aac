"""Services88 types: EjScriptVerb.

Used by the CRMScript agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class EjScriptVerb(enum.Flag, boundary=enum.KEEP):
    """The ``EjScriptVerb`` flags."""

    BLOCK_GET = 1
    BLOCK_POST = 2
    BLOCK_PUT = 4
    BLOCK_DELETE = 8
    BLOCK_PATCH = 16
    BLOCK_OPTIONS = 32
    BLOCK_HEAD = 64
    BLOCK_TRACE = 128
    BLOCK_CONNECT = 256
    BLOCK_OTHER = 512


_EJ_SCRIPT_VERB_NAMES: dict[EjScriptVerb, str] = {
    EjScriptVerb.BLOCK_GET: "BlockGET",
    EjScriptVerb.BLOCK_POST: "BlockPOST",
    EjScriptVerb.BLOCK_PUT: "BlockPUT",
    EjScriptVerb.BLOCK_DELETE: "BlockDELETE",
    EjScriptVerb.BLOCK_PATCH: "BlockPATCH",
    EjScriptVerb.BLOCK_OPTIONS: "BlockOPTIONS",
    EjScriptVerb.BLOCK_HEAD: "BlockHEAD",
    EjScriptVerb.BLOCK_TRACE: "BlockTRACE",
    EjScriptVerb.BLOCK_CONNECT: "BlockCONNECT",
    EjScriptVerb.BLOCK_OTHER: "BlockOTHER",
}
_EJ_SCRIPT_VERB_BY_NAME: dict[str, EjScriptVerb] = {
    "BlockGET": EjScriptVerb.BLOCK_GET,
    "BlockPOST": EjScriptVerb.BLOCK_POST,
    "BlockPUT": EjScriptVerb.BLOCK_PUT,
    "BlockDELETE": EjScriptVerb.BLOCK_DELETE,
    "BlockPATCH": EjScriptVerb.BLOCK_PATCH,
    "BlockOPTIONS": EjScriptVerb.BLOCK_OPTIONS,
    "BlockHEAD": EjScriptVerb.BLOCK_HEAD,
    "BlockTRACE": EjScriptVerb.BLOCK_TRACE,
    "BlockCONNECT": EjScriptVerb.BLOCK_CONNECT,
    "BlockOTHER": EjScriptVerb.BLOCK_OTHER,
}
_EJ_SCRIPT_VERB_NONE = EjScriptVerb(0)
_EJ_SCRIPT_VERB_SEEN: dict[str, EjScriptVerb | str] = {}


def decode_xml_ej_script_verb(element: Element) -> EjScriptVerb | str:
    return flags_from_xml(
        element.text or "", _EJ_SCRIPT_VERB_BY_NAME, _EJ_SCRIPT_VERB_NONE, _EJ_SCRIPT_VERB_SEEN
    )


def encode_xml_ej_script_verb(parent: Element, tag: str, value: EjScriptVerb | str) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _EJ_SCRIPT_VERB_NAMES, " ")


def decode_json_ej_script_verb(data: Any, path: str) -> EjScriptVerb | str:
    return json_flags(
        data, path, _EJ_SCRIPT_VERB_BY_NAME, _EJ_SCRIPT_VERB_NONE, _EJ_SCRIPT_VERB_SEEN
    )


def encode_json_ej_script_verb(value: EjScriptVerb | str) -> str | int:
    return flags_to_json(value, _EJ_SCRIPT_VERB_NAMES)


EJ_SCRIPT_VERB_CODEC = Codec(
    decode_xml_ej_script_verb,
    encode_xml_ej_script_verb,
    decode_json_ej_script_verb,
    encode_json_ej_script_verb,
)
