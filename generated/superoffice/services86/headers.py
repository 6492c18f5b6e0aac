"""Services86 SOAP headers: credentials and time zone out; exception info, extra info and time
zone back.
"""

from __future__ import annotations

from ..runtime import UNSET
from ..transport import HeaderCodecs
from .types.so_credentials import SoCredentials, encode_xml_so_credentials
from .types.so_exception_info import decode_xml_so_exception_info
from .types.so_extra_info import decode_xml_so_extra_info
from .types.so_time_zone import SoTimeZone, decode_xml_so_time_zone, encode_xml_so_time_zone

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services86"


def _credentials(ticket: str) -> SoCredentials:
    return SoCredentials(ticket=ticket)


def _time_zone(zone_id: int | None, code: str | None) -> SoTimeZone:
    return SoTimeZone(
        so_time_zone_id=UNSET if zone_id is None else zone_id,
        so_time_zone_location_code=UNSET if code is None else code,
    )


HEADERS = HeaderCodecs(
    namespace=NAMESPACE,
    read_exception_info=decode_xml_so_exception_info,
    read_extra_info=decode_xml_so_extra_info,
    read_time_zone=decode_xml_so_time_zone,
    write_credentials=encode_xml_so_credentials,
    write_time_zone=encode_xml_so_time_zone,
    make_credentials=_credentials,
    make_time_zone=_time_zone,
)
"""The SOAP headers of every agent of this version."""
