"""Services88 types: CategorizationModelDetails.

Used by the AI agent.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

from ...runtime import (
    NIL,
    UNSET,
    XSI_NIL,
    Codec,
    Element,
    Unset,
    blank,
    json_datetime,
    json_extra,
    json_float,
    json_object,
    json_write_datetime,
    json_write_float,
    json_write_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_float,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    write_datetime,
    write_float,
    write_int,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ACCURACY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Accuracy"
_CATEGORIZATION_MODEL_DETAILS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CategorizationModelDetails"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_MODEL_BUILT_DATE_TIME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ModelBuiltDateTime"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TICKET_COUNT_FOR_TRAINING = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketCountForTraining"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class CategorizationModelDetails(Carrier):
    """Details about a categorization model in HugoAI

    Carrier object for CategorizationModelDetails. Services for the CategorizationModelDetails
    Carrier is available from the AI Agent.
    """

    model_built_date_time: datetime.datetime | Unset = UNSET
    """Time the training finished"""
    accuracy: float | Unset = UNSET
    """Accuracy of the trained model"""
    ticket_count_for_training: int | Unset = UNSET
    """Number of tickets used to train the model"""

    def to_xml(self) -> Element:
        return encode_xml_categorization_model_details(None, _CATEGORIZATION_MODEL_DETAILS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CategorizationModelDetails:
        return record_from_xml(decode_xml_categorization_model_details, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_categorization_model_details(self)

    @classmethod
    def from_json(cls, data: Any) -> CategorizationModelDetails:
        return record_from_json(decode_json_categorization_model_details, data)


_CATEGORIZATION_MODEL_DETAILS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ModelBuiltDateTime",
        "Accuracy",
        "TicketCountForTraining",
    )
)


def decode_xml_categorization_model_details(element: Element) -> CategorizationModelDetails:
    value = CategorizationModelDetails()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TABLE_RIGHT:
            value.table_right = (
                None if child.get(XSI_NIL) in NIL else decode_xml_table_right(child)
            )
        elif tag == _FIELD_PROPERTIES:
            value.field_properties = (
                None if child.get(XSI_NIL) in NIL else decode_xml_field_property_dictionary(child)
            )
        elif tag == _MODEL_BUILT_DATE_TIME:
            value.model_built_date_time = read_datetime(child)
        elif tag == _ACCURACY:
            value.accuracy = read_float(child)
        elif tag == _TICKET_COUNT_FOR_TRAINING:
            value.ticket_count_for_training = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_categorization_model_details(
    parent: Element | None, tag: str, value: CategorizationModelDetails
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _MODEL_BUILT_DATE_TIME, value.model_built_date_time, write_datetime)
    put(element, _ACCURACY, value.accuracy, write_float)
    put(element, _TICKET_COUNT_FOR_TRAINING, value.ticket_count_for_training, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_categorization_model_details(data: Any, path: str) -> CategorizationModelDetails:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CategorizationModelDetails)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.model_built_date_time = take(data, "ModelBuiltDateTime", path, json_datetime)
    value.accuracy = take(data, "Accuracy", path, json_float)
    value.ticket_count_for_training = take_int(data, "TicketCountForTraining", path)
    value.extra = (
        None
        if _CATEGORIZATION_MODEL_DETAILS_KEYS.issuperset(data)
        else json_extra(data, _CATEGORIZATION_MODEL_DETAILS_KEYS)
    )
    return value


def encode_json_categorization_model_details(value: CategorizationModelDetails) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ModelBuiltDateTime", value.model_built_date_time, json_write_datetime)
    put_json(result, "Accuracy", value.accuracy, json_write_float)
    put_json(result, "TicketCountForTraining", value.ticket_count_for_training, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CATEGORIZATION_MODEL_DETAILS_CODEC = Codec(
    decode_xml_categorization_model_details,
    encode_xml_categorization_model_details,
    decode_json_categorization_model_details,
    encode_json_categorization_model_details,
)
