"""Runtime support shared by every generated SuperOffice NetServer package.

Generated modules import what they need from here: the ``UNSET`` marker, the one decoding error
type, and the readers and writers of primitive values in their XML and JSON wire forms. It
imports only the standard library and lxml.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime
import decimal
import enum
import json
import math
import re
from collections.abc import Callable, Mapping
from typing import Any, Final, Generic, NamedTuple, TypeVar

from lxml import etree

XSI_NS: Final = "http://www.w3.org/2001/XMLSchema-instance"
XSI_NIL: Final = "{http://www.w3.org/2001/XMLSchema-instance}nil"
XSD_NS: Final = "http://www.w3.org/2001/XMLSchema"
ARRAYS_NS: Final = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
SOAP11_NS: Final = "http://schemas.xmlsoap.org/soap/envelope/"
SOAP12_NS: Final = "http://www.w3.org/2003/05/soap-envelope"

Element = etree._Element


class Unset(enum.Enum):
    """The type of :data:`UNSET`: a field that is absent from the message.

    Absent (``UNSET``), nil (``None``) and empty (``""``) are three different wire states: an
    absent element is not sent at all, a nil one is sent as ``xsi:nil="true"`` (JSON ``null``).
    """

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET: Final = Unset.UNSET


class DecodeError(ValueError):
    """A message that does not match its schema; ``path`` names the offending element or key."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def element_path(element: Element) -> str:
    """A readable path of local names from the document root, e.g. ``/Envelope/Body/X/Y``."""
    names = []
    node: Element | None = element
    while node is not None:
        names.append(etree.QName(node).localname)
        node = node.getparent()
    return "/" + "/".join(reversed(names))


def bad_element(element: Element, problem: str) -> DecodeError:
    return DecodeError(element_path(element), problem)


def new_root(tag: str, namespace: str) -> Element:
    """A standalone element whose descendants share one set of namespace declarations."""
    nsmap: dict[Any, str] = {None: namespace, "a": ARRAYS_NS, "i": XSI_NS}
    return etree.Element(tag, nsmap=nsmap)


def pair_elements(pair: Element, key_tag: str, value_tag: str) -> tuple[Element, Element]:
    """The key and value elements of a dictionary entry (in schema order, or found by name)."""
    if len(pair) == 2:
        key, value = pair[0], pair[1]
        if key.tag == key_tag and value.tag == value_tag:
            return key, value
    return find_element(pair, key_tag), find_element(pair, value_tag)


def find_element(root: Element, tag: str) -> Element:
    """``root`` if it is ``tag``, else its first child that is; an error naming both if none."""
    if root.tag == tag:
        return root
    found = root.find(tag)
    if found is None:
        raise bad_element(root, f"expected {etree.QName(tag).localname}")
    return found


# --- XML: reading primitives -----------------------------------------------------------------


def _text(element: Element) -> str:
    return element.text or ""


def _bad_integer(element: Element, low: int, high: int, kind: str) -> DecodeError:
    try:
        value = int(element.text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return bad_element(element, f"{element.text!r} is not an {kind}")
    return bad_element(element, f"{value} is out of range for {kind}")


def _integer(element: Element, low: int, high: int, kind: str) -> int:
    try:
        value = int(element.text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise _bad_integer(element, low, high, kind) from None
    if low <= value <= high:
        return value
    raise _bad_integer(element, low, high, kind)


def read_str(element: Element) -> str:
    return element.text or ""


def empty_or_nil(element: Element) -> str | None:
    """A string element without text: ``None`` when it is ``xsi:nil``, else ``""``.

    Generated decoders read a nillable string as ``child.text or empty_or_nil(child)``."""
    return None if element.get(XSI_NIL) == "true" else ""


def read_int(element: Element) -> int:
    try:
        value = int(element.text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise _bad_integer(element, -(2**31), 2**31 - 1, "xs:int") from None
    if -(2**31) <= value <= 2**31 - 1:
        return value
    raise _bad_integer(element, -(2**31), 2**31 - 1, "xs:int")


def read_short(element: Element) -> int:
    try:
        value = int(element.text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise _bad_integer(element, -(2**15), 2**15 - 1, "xs:short") from None
    if -(2**15) <= value <= 2**15 - 1:
        return value
    raise _bad_integer(element, -(2**15), 2**15 - 1, "xs:short")


def read_long(element: Element) -> int:
    try:
        value = int(element.text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise _bad_integer(element, -(2**63), 2**63 - 1, "xs:long") from None
    if -(2**63) <= value <= 2**63 - 1:
        return value
    raise _bad_integer(element, -(2**63), 2**63 - 1, "xs:long")


def read_byte(element: Element) -> int:
    try:
        value = int(element.text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise _bad_integer(element, -128, 127, "xs:byte") from None
    if -128 <= value <= 127:
        return value
    raise _bad_integer(element, -128, 127, "xs:byte")


def read_unsigned_byte(element: Element) -> int:
    try:
        value = int(element.text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise _bad_integer(element, 0, 2**8 - 1, "xs:unsignedByte") from None
    if 0 <= value <= 2**8 - 1:
        return value
    raise _bad_integer(element, 0, 2**8 - 1, "xs:unsignedByte")


def read_unsigned_short(element: Element) -> int:
    try:
        value = int(element.text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise _bad_integer(element, 0, 2**16 - 1, "xs:unsignedShort") from None
    if 0 <= value <= 2**16 - 1:
        return value
    raise _bad_integer(element, 0, 2**16 - 1, "xs:unsignedShort")


def read_unsigned_int(element: Element) -> int:
    try:
        value = int(element.text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise _bad_integer(element, 0, 2**32 - 1, "xs:unsignedInt") from None
    if 0 <= value <= 2**32 - 1:
        return value
    raise _bad_integer(element, 0, 2**32 - 1, "xs:unsignedInt")


def read_unsigned_long(element: Element) -> int:
    try:
        value = int(element.text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise _bad_integer(element, 0, 2**64 - 1, "xs:unsignedLong") from None
    if 0 <= value <= 2**64 - 1:
        return value
    raise _bad_integer(element, 0, 2**64 - 1, "xs:unsignedLong")


def read_bool(element: Element) -> bool:
    text = _text(element).strip()
    if text in ("true", "1"):
        return True
    if text in ("false", "0"):
        return False
    raise bad_element(element, f"{text!r} is not an xs:boolean")


def _float(text: str) -> float:
    special = {"INF": math.inf, "-INF": -math.inf, "NaN": math.nan}
    return special[text] if text in special else float(text)


def read_float(element: Element) -> float:
    try:
        return _float(_text(element).strip())
    except ValueError:
        raise bad_element(element, f"{element.text!r} is not a number") from None


def read_decimal(element: Element) -> decimal.Decimal:
    try:
        return decimal.Decimal(_text(element).strip())
    except decimal.InvalidOperation:
        raise bad_element(element, f"{element.text!r} is not an xs:decimal") from None


_DATETIME = re.compile(
    r"^(-?\d{4,})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)?$"
)


def parse_datetime(text: str) -> datetime.datetime:
    """ISO 8601 as WCF writes it; fractions beyond microseconds (.NET ticks) are truncated."""
    match = _DATETIME.match(text.strip())
    if not match:
        raise ValueError(text)
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    tz: datetime.tzinfo | None = None
    if zone == "Z":
        tz = datetime.UTC
    elif zone:
        sign = -1 if zone[0] == "-" else 1
        offset = datetime.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
        tz = datetime.timezone(sign * offset)
    return datetime.datetime(
        int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tz
    )


def format_datetime(value: datetime.datetime) -> str:
    text = value.strftime("%Y-%m-%dT%H:%M:%S").rjust(19, "0")
    if value.microsecond:
        text += f".{value.microsecond:06d}".rstrip("0")
    offset = value.utcoffset()
    if offset is not None:
        minutes = int(offset.total_seconds()) // 60
        sign = "-" if minutes < 0 else "+"
        text += f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return text


def read_datetime(element: Element) -> datetime.datetime:
    try:
        return parse_datetime(_text(element))
    except ValueError:
        raise bad_element(element, f"{element.text!r} is not an xs:dateTime") from None


_DURATION = re.compile(r"^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


def parse_duration(text: str) -> datetime.timedelta:
    match = _DURATION.match(text.strip())
    if not match or text.strip() in ("P", "-P", "PT", "-PT") or text.strip().endswith("T"):
        raise ValueError(text)
    sign, days, hours, minutes, seconds = match.groups()
    value = datetime.timedelta(
        days=int(days or 0),
        hours=int(hours or 0),
        minutes=int(minutes or 0),
        seconds=float(decimal.Decimal(seconds or "0")),
    )
    return -value if sign else value


def format_duration(value: datetime.timedelta) -> str:
    sign = "-" if value < datetime.timedelta(0) else ""
    value = abs(value)
    hours, rest = divmod(value.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = f"{sign}P"
    if value.days:
        text += f"{value.days}D"
    second_text = f"{seconds}.{value.microseconds:06d}".rstrip("0").rstrip(".")
    text += "T"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if seconds or value.microseconds or text.endswith("T"):
        text += f"{second_text}S"
    return text


def read_duration(element: Element) -> datetime.timedelta:
    try:
        return parse_duration(_text(element))
    except ValueError:
        raise bad_element(element, f"{element.text!r} is not a duration") from None


def read_bytes(element: Element) -> bytes:
    try:
        return base64.b64decode(_text(element), validate=False)
    except (binascii.Error, ValueError):
        raise bad_element(element, "not valid base64") from None


def read_char(element: Element) -> str:
    return chr(_integer(element, 0, 0xFFFF, "ser:char"))


def read_any(element: Element) -> object:
    """``xs:anyType`` content: its text (structured content is not modelled)."""
    return element.text or ""


# --- XML: writing primitives -----------------------------------------------------------------


def write_str(parent: Element, tag: str, value: str) -> None:
    etree.SubElement(parent, tag).text = value


def write_int(parent: Element, tag: str, value: int) -> None:
    etree.SubElement(parent, tag).text = str(value)


def write_bool(parent: Element, tag: str, value: bool) -> None:
    etree.SubElement(parent, tag).text = "true" if value else "false"


def format_float(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    return repr(value)


def write_float(parent: Element, tag: str, value: float) -> None:
    etree.SubElement(parent, tag).text = format_float(value)


def write_decimal(parent: Element, tag: str, value: decimal.Decimal) -> None:
    etree.SubElement(parent, tag).text = format(value, "f")


def write_datetime(parent: Element, tag: str, value: datetime.datetime) -> None:
    etree.SubElement(parent, tag).text = format_datetime(value)


def write_duration(parent: Element, tag: str, value: datetime.timedelta) -> None:
    etree.SubElement(parent, tag).text = format_duration(value)


def write_bytes(parent: Element, tag: str, value: bytes) -> None:
    etree.SubElement(parent, tag).text = base64.b64encode(value).decode("ascii")


def write_char(parent: Element, tag: str, value: str) -> None:
    etree.SubElement(parent, tag).text = str(ord(value))


def write_any(parent: Element, tag: str, value: object) -> None:
    etree.SubElement(parent, tag).text = str(value)


# --- JSON ------------------------------------------------------------------------------------


def json_object(data: Any, path: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise DecodeError(path, f"expected an object, got {type(data).__name__}")
    return data


def json_list(data: Any, path: str) -> list[Any]:
    if not isinstance(data, list):
        raise DecodeError(path, f"expected an array, got {type(data).__name__}")
    return data


def json_str(data: Any, path: str) -> str:
    if not isinstance(data, str):
        raise DecodeError(path, f"expected a string, got {type(data).__name__}")
    return data


def json_int(data: Any, path: str) -> int:
    if isinstance(data, bool) or not isinstance(data, int):
        if isinstance(data, float) and data.is_integer():
            return int(data)
        raise DecodeError(path, f"expected an integer, got {type(data).__name__}")
    return data


def json_bool(data: Any, path: str) -> bool:
    if not isinstance(data, bool):
        raise DecodeError(path, f"expected true or false, got {type(data).__name__}")
    return data


def json_float(data: Any, path: str) -> float:
    if isinstance(data, bool) or not isinstance(data, int | float):
        if isinstance(data, str):
            try:
                return _float(data)
            except ValueError:
                pass
        raise DecodeError(path, f"expected a number, got {type(data).__name__}")
    return float(data)


def json_decimal(data: Any, path: str) -> decimal.Decimal:
    if isinstance(data, bool) or not isinstance(data, int | float | str):
        raise DecodeError(path, f"expected a number, got {type(data).__name__}")
    try:
        return decimal.Decimal(str(data))
    except decimal.InvalidOperation:
        raise DecodeError(path, f"{data!r} is not a decimal") from None


def json_write_decimal(value: decimal.Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def json_datetime(data: Any, path: str) -> datetime.datetime:
    try:
        return parse_datetime(json_str(data, path))
    except ValueError:
        raise DecodeError(path, f"{data!r} is not a date and time") from None


_TIMESPAN = re.compile(r"^(-)?(?:(\d+)\.)?(\d+):(\d\d):(\d\d)(?:\.(\d+))?$")


def json_duration(data: Any, path: str) -> datetime.timedelta:
    """A .NET TimeSpan as JSON writes it (``d.hh:mm:ss.fffffff``), or ISO 8601."""
    text = json_str(data, path)
    match = _TIMESPAN.match(text)
    if match:
        sign, days, hours, minutes, seconds, fraction = match.groups()
        value = datetime.timedelta(
            days=int(days or 0),
            hours=int(hours),
            minutes=int(minutes),
            seconds=int(seconds),
            microseconds=int((fraction or "0")[:6].ljust(6, "0")),
        )
        return -value if sign else value
    try:
        return parse_duration(text)
    except ValueError:
        raise DecodeError(path, f"{text!r} is not a duration") from None


def json_write_duration(value: datetime.timedelta) -> str:
    sign = "-" if value < datetime.timedelta(0) else ""
    value = abs(value)
    hours, rest = divmod(value.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    days = f"{value.days}." if value.days else ""
    fraction = f".{value.microseconds:06d}0" if value.microseconds else ""
    return f"{sign}{days}{hours:02d}:{minutes:02d}:{seconds:02d}{fraction}"


def json_bytes(data: Any, path: str) -> bytes:
    try:
        return base64.b64decode(json_str(data, path))
    except (binascii.Error, ValueError):
        raise DecodeError(path, "not valid base64") from None


def json_write_bytes(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def json_char(data: Any, path: str) -> str:
    if isinstance(data, int) and not isinstance(data, bool):
        return chr(data)
    text = json_str(data, path)
    if len(text) != 1:
        raise DecodeError(path, f"expected one character, got {text!r}")
    return text


def json_any(data: Any, path: str) -> object:
    return data


def json_missing(path: str, key: str) -> DecodeError:
    return DecodeError(path, f"required key {key!r} is missing")


def xml_missing(element: Element, name: str) -> DecodeError:
    return bad_element(element, f"required element {name} is missing")


# --- enums -----------------------------------------------------------------------------------
# Enums are open: a name the generated enum does not know (a newer server, a doc placeholder)
# decodes to the plain string and encodes back unchanged.

_E = TypeVar("_E", bound=enum.Enum)
_F = TypeVar("_F", bound=enum.Flag)


def enum_from_text(text: str, by_name: Mapping[str, _E]) -> _E | str:
    return by_name.get(text.strip(), text)


def flags_from_text(
    text: str, by_name: Mapping[str, _F], none: _F, separator: str | None
) -> _F | str:
    """``"Select Update"`` (XML) or ``"Select, Update"`` (JSON) to a flag value."""
    value = none
    for name in text.split(separator):
        member = by_name.get(name.strip())
        if member is None:
            if name.strip():
                return text
            continue
        value |= member
    return value


def flags_from_xml(
    text: str, by_name: Mapping[str, _F], none: _F, seen: dict[str, _F | str]
) -> _F | str:
    """:func:`flags_from_text` for XML, remembering the (few) combinations a server sends."""
    value = seen.get(text)
    if value is None:
        value = flags_from_text(text, by_name, none, None)
        if len(seen) < 1024:
            seen[text] = value
    return value


def enum_to_text(value: _E | str, names: Mapping[_E, str]) -> str:
    return value if isinstance(value, str) else names[value]


def flags_to_text(value: _F | str, names: Mapping[_F, str], separator: str) -> str:
    if isinstance(value, str):
        return value
    name = names.get(value)
    if name is not None:
        return name
    return separator.join(names[member] for member in value)


def json_enum(
    data: Any, path: str, by_name: Mapping[str, _E], by_value: Mapping[int, _E]
) -> _E | str:
    if isinstance(data, int) and not isinstance(data, bool) and data in by_value:
        return by_value[data]
    return enum_from_text(json_str(data, path), by_name)


def json_flags(
    data: Any, path: str, by_name: Mapping[str, _F], none: _F, seen: dict[str, _F | str]
) -> _F | str:
    if type(data) is str:
        text = data
    elif isinstance(data, int) and not isinstance(data, bool):
        return type(none)(data)
    else:
        text = json_str(data, path)
    value = seen.get(text)
    if value is None:
        value = flags_from_text(text, by_name, none, ",")
        if len(seen) < 1024:
            seen[text] = value
    return value


# --- field helpers used by generated codecs --------------------------------------------------
# Each keeps the three wire states apart: UNSET (absent), None (nil / null) and a value.

_T = TypeVar("_T")
_Writer = Callable[[Element, str, _T], object]
_JsonReader = Callable[[Any, str], _T]


def nillable(read: Callable[[Element], _T], element: Element) -> _T | None:
    """``None`` for an ``xsi:nil="true"`` element, else what ``read`` makes of it."""
    return None if element.get(XSI_NIL) == "true" else read(element)


def put(element: Element, tag: str, value: Any, write: _Writer[Any]) -> None:
    """Append ``value`` as a ``tag`` child: nothing if UNSET, ``xsi:nil`` if None."""
    if value is UNSET:
        return
    if value is None:
        etree.SubElement(element, tag).set(XSI_NIL, "true")
        return
    write(element, tag, value)


def new_child(parent: Element | None, tag: str) -> Element:
    """A ``tag`` child of ``parent``, or a new root declaring the tag's namespace."""
    if parent is None:
        return new_root(tag, etree.QName(tag).namespace or "")
    return etree.SubElement(parent, tag)


def json_items(data: Any, path: str, read: _JsonReader[_T]) -> list[_T]:
    """A JSON array decoded item by item (item paths built only for a bad item, as in
    :func:`take`)."""
    items = json_list(data, path)
    try:
        return [read(item, path) for item in items]
    except DecodeError:
        return [read(item, f"{path}[{index}]") for index, item in enumerate(items)]


def json_items_nillable(data: Any, path: str, read: _JsonReader[_T]) -> list[_T | None]:
    """:func:`json_items` where an item may be null."""
    items = json_list(data, path)
    try:
        return [None if item is None else read(item, path) for item in items]
    except DecodeError:
        return [
            None if item is None else read(item, f"{path}[{index}]")
            for index, item in enumerate(items)
        ]


def json_plain_items(data: Any, path: str, kind: type[_T], read: _JsonReader[_T]) -> list[_T]:
    """A JSON array of strings, integers or booleans: copied as it is when every item is a
    ``kind`` already (the usual case, checked without a call per item), else :func:`json_items`."""
    items = json_list(data, path)
    for item in items:
        if type(item) is not kind:
            return json_items(items, path, read)
    return items.copy()


def json_plain_items_nillable(
    data: Any, path: str, kind: type[_T], read: _JsonReader[_T]
) -> list[_T | None]:
    """:func:`json_plain_items` where an item may be null."""
    items = json_list(data, path)
    for item in items:
        if type(item) is not kind and item is not None:
            return json_items_nillable(items, path, read)
    return items.copy()


def json_plain_values(
    data: Any, path: str, kind: type[_T], read: _JsonReader[_T]
) -> dict[str, _T]:
    """A JSON object of strings, integers or booleans: :func:`json_plain_items` for objects."""
    pairs = json_object(data, path)
    for item in pairs.values():
        if type(item) is not kind:
            return json_values(pairs, path, read)
    return pairs.copy()


def json_plain_values_nillable(
    data: Any, path: str, kind: type[_T], read: _JsonReader[_T]
) -> dict[str, _T | None]:
    """:func:`json_plain_values` where a value may be null."""
    pairs = json_object(data, path)
    for item in pairs.values():
        if type(item) is not kind and item is not None:
            return json_values_nillable(pairs, path, read)
    return pairs.copy()


def json_values(data: Any, path: str, read: _JsonReader[_T]) -> dict[str, _T]:
    """A JSON object with string keys decoded value by value (paths as in :func:`take`)."""
    pairs = json_object(data, path).items()
    try:
        return {key: read(item, path) for key, item in pairs}
    except DecodeError:
        return {key: read(item, f"{path}.{key}") for key, item in pairs}


def json_values_nillable(data: Any, path: str, read: _JsonReader[_T]) -> dict[str, _T | None]:
    """:func:`json_values` where a value may be null."""
    pairs = json_object(data, path).items()
    try:
        return {key: None if item is None else read(item, path) for key, item in pairs}
    except DecodeError:
        return {key: None if item is None else read(item, f"{path}.{key}") for key, item in pairs}


def blank(cls: type[_T]) -> _T:
    """An instance of a record class made without ``__init__``, for a JSON decoder that then
    sets every field itself: that is about half the cost of passing them all by keyword."""
    return object.__new__(cls)


def take(data: dict[str, Any], key: str, path: str, read: _JsonReader[_T]) -> _T | Unset:
    """``data[key]`` decoded; UNSET if the key is absent.

    The item's path, ``f"{path}.{key}"``, is only built when the item is bad: decoding is pure,
    so a failed decode is run again with the full path, and the error then says where."""
    item = data.get(key, UNSET)
    if item is UNSET:
        return item
    try:
        return read(item, path)
    except DecodeError:
        return read(item, f"{path}.{key}")


def take_nillable(
    data: dict[str, Any], key: str, path: str, read: _JsonReader[_T]
) -> _T | Unset | None:
    """``data[key]`` decoded; UNSET if absent, None if null (the path as for :func:`take`)."""
    item = data.get(key, UNSET)
    if item is UNSET or item is None:
        return item
    try:
        return read(item, path)
    except DecodeError:
        return read(item, f"{path}.{key}")


def take_required(data: dict[str, Any], key: str, path: str, read: _JsonReader[_T]) -> _T:
    if key not in data:
        raise json_missing(path, key)
    return read(data[key], f"{path}.{key}")


def take_required_nillable(
    data: dict[str, Any], key: str, path: str, read: _JsonReader[_T]
) -> _T | None:
    if key not in data:
        raise json_missing(path, key)
    item = data[key]
    return None if item is None else read(item, f"{path}.{key}")


def put_json(
    result: dict[str, Any], key: str, value: Any, write: Callable[[Any], Any] | None = None
) -> None:
    """Set ``result[key]``: nothing if UNSET, ``null`` if None, else ``write(value)``."""
    if value is UNSET:
        return
    result[key] = value if value is None or write is None else write(value)


def identity(value: _T) -> _T:
    return value


def parse_xml(data: Element | str | bytes) -> Element:
    """An element as it is, or XML text parsed without network access or entity expansion."""
    if isinstance(data, str | bytes):
        if isinstance(data, str):
            data = data.encode("utf-8")
        try:
            return etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as exc:
            raise DecodeError(f"line {exc.lineno}", f"not well-formed XML: {exc.msg}") from None
    return data


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)


class Codec(NamedTuple, Generic[_T]):
    """The four functions that read and write one type in XML and JSON."""

    read_xml: Callable[[Element], _T]
    write_xml: Callable[[Element, str, _T], object]
    read_json: Callable[[Any, str], _T]
    write_json: Callable[[_T], Any]


STR: Final = Codec(read_str, write_str, json_str, identity)
INT: Final = Codec(read_int, write_int, json_int, identity)
SHORT: Final = Codec(read_short, write_int, json_int, identity)
LONG: Final = Codec(read_long, write_int, json_int, identity)
BYTE: Final = Codec(read_byte, write_int, json_int, identity)
UNSIGNED_BYTE: Final = Codec(read_unsigned_byte, write_int, json_int, identity)
UNSIGNED_SHORT: Final = Codec(read_unsigned_short, write_int, json_int, identity)
UNSIGNED_INT: Final = Codec(read_unsigned_int, write_int, json_int, identity)
UNSIGNED_LONG: Final = Codec(read_unsigned_long, write_int, json_int, identity)
BOOL: Final = Codec(read_bool, write_bool, json_bool, identity)
FLOAT: Final = Codec(read_float, write_float, json_float, identity)
DECIMAL: Final = Codec(read_decimal, write_decimal, json_decimal, json_write_decimal)
DATETIME: Final = Codec(read_datetime, write_datetime, json_datetime, format_datetime)
DURATION: Final = Codec(read_duration, write_duration, json_duration, json_write_duration)
BYTES: Final = Codec(read_bytes, write_bytes, json_bytes, json_write_bytes)
CHAR: Final = Codec(read_char, write_char, json_char, identity)
ANY: Final = Codec(read_any, write_any, json_any, identity)


# --- operations ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Param:
    """One parameter or result of an operation: its Python name, wire name and codec."""

    name: str
    wire: str
    codec: Codec[Any]
    nillable: bool = False
    optional: bool = True


_R = TypeVar("_R")
DEFAULT_HEADERS = ("ApplicationToken", "Credentials", "TimeZone")


@dataclasses.dataclass(frozen=True)
class Operation(Generic[_R]):
    """What the WSDL binding and the REST reference say about one operation; ``_R`` is what
    a call returns."""

    name: str
    namespace: str
    action: str
    params: tuple[Param, ...] = ()
    results: tuple[Param, ...] = ()
    rest_path: str = ""
    rest_method: str = "POST"
    request_element: str = ""
    response_element: str = ""
    rest_body: str = ""
    """The parameter sent as the whole REST body; empty when the body holds every parameter."""
    headers: tuple[str, ...] = DEFAULT_HEADERS
    """The SOAP request headers the binding declares for this operation."""

    @property
    def request_tag(self) -> str:
        return f"{{{self.namespace}}}{self.request_element or self.name}"

    @property
    def response_tag(self) -> str:
        return f"{{{self.namespace}}}{self.response_element or self.name + 'Response'}"

    def tag(self, param: Param) -> str:
        return f"{{{self.namespace}}}{param.wire}"


def encode_request(operation: Operation[Any], values: Mapping[str, Any]) -> Element:
    """The SOAP body element of a call; parameters missing from ``values`` are not sent."""
    element = new_root(operation.request_tag, operation.namespace)
    for param in operation.params:
        put(element, operation.tag(param), values.get(param.name, UNSET), param.codec.write_xml)
    return element


def _decode_fields(
    operation: Operation[Any], element: Element, params: tuple[Param, ...]
) -> dict[str, Any]:
    by_tag = {operation.tag(p): p for p in params}
    values: dict[str, Any] = {p.name: UNSET for p in params}
    for child in element:
        param = by_tag.get(child.tag)
        if param is not None:
            values[param.name] = (
                nillable(param.codec.read_xml, child)
                if param.nillable
                else param.codec.read_xml(child)
            )
    for param in params:
        if not param.optional and values[param.name] is UNSET:
            raise xml_missing(element, param.wire)
    return values


def decode_request(operation: Operation[Any], element: Element) -> dict[str, Any]:
    """A request body element back to ``{parameter name: value}`` (UNSET where absent)."""
    return _decode_fields(
        operation, find_element(element, operation.request_tag), operation.params
    )


def decode_response(operation: Operation[Any], element: Element) -> dict[str, Any]:
    """A response body element to ``{result name: value}`` (UNSET where absent)."""
    return _decode_fields(
        operation, find_element(element, operation.response_tag), operation.results
    )


def encode_response(operation: Operation[Any], values: Mapping[str, Any]) -> Element:
    element = new_root(operation.response_tag, operation.namespace)
    for param in operation.results:
        put(element, operation.tag(param), values.get(param.name, UNSET), param.codec.write_xml)
    return element


def request_json(operation: Operation[Any], values: Mapping[str, Any]) -> Any:
    """The REST body of a call: parameters by wire name, absent ones left out (or the one
    parameter that is the whole body)."""
    if operation.rest_body:
        (param,) = (p for p in operation.params if p.name == operation.rest_body)
        value = values.get(param.name, UNSET)
        return None if value is UNSET or value is None else param.codec.write_json(value)
    result: dict[str, Any] = {}
    for param in operation.params:
        put_json(result, param.wire, values.get(param.name, UNSET), param.codec.write_json)
    return result


def decode_request_json(operation: Operation[Any], data: Any) -> dict[str, Any]:
    """A REST request body back to ``{parameter name: value}``; no body means no parameters."""
    if operation.rest_body:
        (param,) = (p for p in operation.params if p.name == operation.rest_body)
        return {param.name: None if data is None else param.codec.read_json(data, "$")}
    data = {} if data is None else json_object(data, "$")
    values: dict[str, Any] = {}
    for param in operation.params:
        values[param.name] = take_nillable(data, param.wire, "$", param.codec.read_json)
    return values


def json_key_text(value: Any) -> str:
    """A dictionary key as JSON wants it: text (``3`` -> ``"3"``, ``True`` -> ``"true"``)."""
    return value if isinstance(value, str) else json.dumps(value)


def json_key_value(text: str) -> Any:
    """A JSON object key back to the number or boolean it stands for."""
    try:
        return json.loads(text)
    except ValueError:
        return text


# Fast paths for the common JSON primitives: no path string is built unless the value is wrong.


def take_str(data: dict[str, Any], key: str, path: str) -> str | Unset:
    value = data.get(key, UNSET)
    return value if value is UNSET or type(value) is str else json_str(value, f"{path}.{key}")


def take_str_nillable(data: dict[str, Any], key: str, path: str) -> str | Unset | None:
    value = data.get(key, UNSET)
    if value is UNSET or value is None or type(value) is str:
        return value
    return json_str(value, f"{path}.{key}")


def take_int(data: dict[str, Any], key: str, path: str) -> int | Unset:
    value = data.get(key, UNSET)
    return value if value is UNSET or type(value) is int else json_int(value, f"{path}.{key}")


def take_int_nillable(data: dict[str, Any], key: str, path: str) -> int | Unset | None:
    value = data.get(key, UNSET)
    if value is UNSET or value is None or type(value) is int:
        return value
    return json_int(value, f"{path}.{key}")


def take_bool(data: dict[str, Any], key: str, path: str) -> bool | Unset:
    value = data.get(key, UNSET)
    return value if value is UNSET or type(value) is bool else json_bool(value, f"{path}.{key}")


def take_bool_nillable(data: dict[str, Any], key: str, path: str) -> bool | Unset | None:
    value = data.get(key, UNSET)
    if value is UNSET or value is None or type(value) is bool:
        return value
    return json_bool(value, f"{path}.{key}")
