"""Services88 types: VideoMeetingStatus.

Used by 4 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class VideoMeetingStatus(enum.Enum):
    """The ``VideoMeetingStatus`` enumeration."""

    NO_CHANGE = 0
    VIDEO_MEETING_ON = 1
    VIDEO_MEETING_OFF = 2


_VIDEO_MEETING_STATUS_NAMES: dict[VideoMeetingStatus, str] = {
    VideoMeetingStatus.NO_CHANGE: "NoChange",
    VideoMeetingStatus.VIDEO_MEETING_ON: "VideoMeetingOn",
    VideoMeetingStatus.VIDEO_MEETING_OFF: "VideoMeetingOff",
}
_VIDEO_MEETING_STATUS_BY_NAME: dict[str, VideoMeetingStatus] = {
    "NoChange": VideoMeetingStatus.NO_CHANGE,
    "VideoMeetingOn": VideoMeetingStatus.VIDEO_MEETING_ON,
    "VideoMeetingOff": VideoMeetingStatus.VIDEO_MEETING_OFF,
}
_VIDEO_MEETING_STATUS_BY_VALUE: dict[int, VideoMeetingStatus] = {
    member.value: member for member in VideoMeetingStatus
}


def decode_xml_video_meeting_status(element: Element) -> VideoMeetingStatus | str:
    return enum_from_text(element.text or "", _VIDEO_MEETING_STATUS_BY_NAME)


def encode_xml_video_meeting_status(
    parent: Element, tag: str, value: VideoMeetingStatus | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _VIDEO_MEETING_STATUS_NAMES)


def decode_json_video_meeting_status(data: Any, path: str) -> VideoMeetingStatus | str:
    return json_enum(data, path, _VIDEO_MEETING_STATUS_BY_NAME, _VIDEO_MEETING_STATUS_BY_VALUE)


def encode_json_video_meeting_status(value: VideoMeetingStatus | str) -> str:
    return enum_to_text(value, _VIDEO_MEETING_STATUS_NAMES)


VIDEO_MEETING_STATUS_CODEC = Codec(
    decode_xml_video_meeting_status,
    encode_xml_video_meeting_status,
    decode_json_video_meeting_status,
    encode_json_video_meeting_status,
)
