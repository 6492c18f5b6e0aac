"""Services88 types: NetServerBuildType.

Used by the SoPrincipal agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class NetServerBuildType(enum.Enum):
    """The ``NetServerBuildType`` enumeration."""

    FEATURE = 0
    STABLE = 1
    ALPHA = 2
    BETA = 3
    RELEASE_CANDIDATE = 4
    RELEASE = 5


_NET_SERVER_BUILD_TYPE_NAMES: dict[NetServerBuildType, str] = {
    NetServerBuildType.FEATURE: "Feature",
    NetServerBuildType.STABLE: "Stable",
    NetServerBuildType.ALPHA: "Alpha",
    NetServerBuildType.BETA: "Beta",
    NetServerBuildType.RELEASE_CANDIDATE: "ReleaseCandidate",
    NetServerBuildType.RELEASE: "Release",
}
_NET_SERVER_BUILD_TYPE_BY_NAME: dict[str, NetServerBuildType] = {
    "Feature": NetServerBuildType.FEATURE,
    "Stable": NetServerBuildType.STABLE,
    "Alpha": NetServerBuildType.ALPHA,
    "Beta": NetServerBuildType.BETA,
    "ReleaseCandidate": NetServerBuildType.RELEASE_CANDIDATE,
    "Release": NetServerBuildType.RELEASE,
}
_NET_SERVER_BUILD_TYPE_BY_VALUE: dict[int, NetServerBuildType] = {
    member.value: member for member in NetServerBuildType
}


def decode_xml_net_server_build_type(element: Element) -> NetServerBuildType | str:
    return enum_from_text(element.text or "", _NET_SERVER_BUILD_TYPE_BY_NAME)


def encode_xml_net_server_build_type(
    parent: Element, tag: str, value: NetServerBuildType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _NET_SERVER_BUILD_TYPE_NAMES)


def decode_json_net_server_build_type(data: Any, path: str) -> NetServerBuildType | str:
    return json_enum(data, path, _NET_SERVER_BUILD_TYPE_BY_NAME, _NET_SERVER_BUILD_TYPE_BY_VALUE)


def encode_json_net_server_build_type(value: NetServerBuildType | str) -> str:
    return enum_to_text(value, _NET_SERVER_BUILD_TYPE_NAMES)


NET_SERVER_BUILD_TYPE_CODEC = Codec(
    decode_xml_net_server_build_type,
    encode_xml_net_server_build_type,
    decode_json_net_server_build_type,
    encode_json_net_server_build_type,
)
