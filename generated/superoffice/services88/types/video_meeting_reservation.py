"""Services88 types: VideoMeetingReservation.

Used by the Appointment agent.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    UNSET,
    Codec,
    Element,
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
    json_object,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_str_nillable,
    write_str,
)

_VIDEO_MEETING_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VideoMeetingId"
_VIDEO_MEETING_RESERVATION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}VideoMeetingReservation"
)
_VIDEO_MEETING_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VideoMeetingUrl"


@dataclasses.dataclass(kw_only=True, repr=False)
class VideoMeetingReservation(Record):
    """VideoMeetingReservation - Create or delete a VideoMeetingReservation. The
    VideoMeetingReservation.MeetingId can be linked to an Appointment

    Carrier object for VideoMeetingReservation. Services for the VideoMeetingReservation Carrier
    is available from the Appointment Agent.
    """

    video_meeting_id: str | None | Unset = UNSET
    """The ID for the meeting, as considered from the central meeting service, not SO"""
    video_meeting_url: str | None | Unset = UNSET
    """The URL for the meeting."""

    def to_xml(self) -> Element:
        return encode_xml_video_meeting_reservation(None, _VIDEO_MEETING_RESERVATION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> VideoMeetingReservation:
        return record_from_xml(decode_xml_video_meeting_reservation, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_video_meeting_reservation(self)

    @classmethod
    def from_json(cls, data: Any) -> VideoMeetingReservation:
        return record_from_json(decode_json_video_meeting_reservation, data)


_VIDEO_MEETING_RESERVATION_KEYS = frozenset(
    (
        "VideoMeetingId",
        "VideoMeetingUrl",
    )
)


def decode_xml_video_meeting_reservation(element: Element) -> VideoMeetingReservation:
    value = VideoMeetingReservation()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _VIDEO_MEETING_ID:
            value.video_meeting_id = child.text or empty_or_nil(child)
        elif tag == _VIDEO_MEETING_URL:
            value.video_meeting_url = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_video_meeting_reservation(
    parent: Element | None, tag: str, value: VideoMeetingReservation
) -> Element:
    element = new_child(parent, tag)
    put(element, _VIDEO_MEETING_ID, value.video_meeting_id, write_str)
    put(element, _VIDEO_MEETING_URL, value.video_meeting_url, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_video_meeting_reservation(data: Any, path: str) -> VideoMeetingReservation:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(VideoMeetingReservation)
    value.video_meeting_id = take_str_nillable(data, "VideoMeetingId", path)
    value.video_meeting_url = take_str_nillable(data, "VideoMeetingUrl", path)
    value.extra = (
        None
        if _VIDEO_MEETING_RESERVATION_KEYS.issuperset(data)
        else json_extra(data, _VIDEO_MEETING_RESERVATION_KEYS)
    )
    return value


def encode_json_video_meeting_reservation(value: VideoMeetingReservation) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "VideoMeetingId", value.video_meeting_id, json_write_str)
    put_json(result, "VideoMeetingUrl", value.video_meeting_url, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


VIDEO_MEETING_RESERVATION_CODEC = Codec(
    decode_xml_video_meeting_reservation,
    encode_xml_video_meeting_reservation,
    decode_json_video_meeting_reservation,
    encode_json_video_meeting_reservation,
)
