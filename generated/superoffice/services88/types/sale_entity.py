"""Services88 types: SaleEntity.

Used by the Sale agent.
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
    empty_or_nil,
    json_datetime,
    json_extra,
    json_float,
    json_object,
    json_short,
    json_write_bool,
    json_write_datetime,
    json_write_float,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_float,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_datetime,
    write_float,
    write_int,
    write_short,
    write_str,
)
from .activity_status import (
    ActivityStatus,
    decode_json_activity_status,
    decode_xml_activity_status,
    encode_json_activity_status,
    encode_xml_activity_status,
)
from .appointment import (
    Appointment,
    decode_json_appointment,
    decode_xml_appointment,
    encode_json_appointment,
    encode_xml_appointment,
)
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
)
from .carrier import Carrier
from .competitor import (
    Competitor,
    decode_json_competitor,
    decode_xml_competitor,
    encode_json_competitor,
    encode_xml_competitor,
)
from .contact import (
    Contact,
    decode_json_contact,
    decode_xml_contact,
    encode_json_contact,
    encode_xml_contact,
)
from .credited import (
    Credited,
    decode_json_credited,
    decode_xml_credited,
    encode_json_credited,
    encode_xml_credited,
)
from .currency import (
    Currency,
    decode_json_currency,
    decode_xml_currency,
    encode_json_currency,
    encode_xml_currency,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .link import (
    Link,
    decode_json_list_of_link,
    decode_xml_list_of_link,
    encode_json_list_of_link,
    encode_xml_list_of_link,
)
from .person import (
    Person,
    decode_json_person,
    decode_xml_person,
    encode_json_person,
    encode_xml_person,
)
from .project import (
    Project,
    decode_json_project,
    decode_xml_project,
    encode_json_project,
    encode_xml_project,
)
from .rating import (
    Rating,
    decode_json_rating,
    decode_xml_rating,
    encode_json_rating,
    encode_xml_rating,
)
from .reason import (
    Reason,
    decode_json_reason,
    decode_xml_reason,
    encode_json_reason,
    encode_xml_reason,
)
from .reason_sold import (
    ReasonSold,
    decode_json_reason_sold,
    decode_xml_reason_sold,
    encode_json_reason_sold,
    encode_xml_reason_sold,
)
from .reason_stalled import (
    ReasonStalled,
    decode_json_reason_stalled,
    decode_xml_reason_stalled,
    encode_json_reason_stalled,
    encode_xml_reason_stalled,
)
from .sale_stakeholder import (
    SaleStakeholder,
    decode_json_list_of_sale_stakeholder,
    decode_xml_list_of_sale_stakeholder,
    encode_json_list_of_sale_stakeholder,
    encode_xml_list_of_sale_stakeholder,
)
from .sale_status import (
    SaleStatus,
    decode_json_sale_status,
    decode_xml_sale_status,
    encode_json_sale_status,
    encode_xml_sale_status,
)
from .sale_type import (
    SaleType,
    decode_json_sale_type,
    decode_xml_sale_type,
    encode_json_sale_type,
    encode_xml_sale_type,
)
from .source import (
    Source,
    decode_json_source,
    decode_xml_source,
    encode_json_source,
    encode_xml_source,
)
from .string_dictionary import (
    decode_json_string_dictionary,
    decode_xml_string_dictionary,
    encode_json_string_dictionary,
    encode_xml_string_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .visible_for import (
    VisibleFor,
    decode_json_list_of_visible_for,
    decode_xml_list_of_visible_for,
    encode_json_list_of_visible_for,
    encode_xml_list_of_visible_for,
)

_ACTIVE_ERP_LINKS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveErpLinks"
_ACTIVE_LINKS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveLinks"
_AMOUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Amount"
_APPOINTMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Appointment"
_ASSOCIATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Associate"
_COMPETITOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Competitor"
_COMPLETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Completed"
_CONTACT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Contact"
_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CREATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedDate"
_CREDITED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Credited"
_CURRENCY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Currency"
_CUSTOM_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomFields"
_EARNING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Earning"
_EARNING_PERCENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EarningPercent"
_EXTRA_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraFields"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HEADING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Heading"
_IS_PUBLISHED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsPublished"
_LINKS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Links"
_NEXT_DUE_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NextDueDate"
_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Number"
_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Person"
_POSTIT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Postit"
_PROBABILITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Probability"
_PROJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Project"
_PUBLISH_EVENT_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishEventDate"
_PUBLISH_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishFrom"
_PUBLISH_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishTo"
_RATING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rating"
_REASON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Reason"
_REASON_SOLD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReasonSold"
_REASON_STALLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReasonStalled"
_REOPEN_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReopenDate"
_SALEDATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Saledate"
_SALE_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleEntity"
_SALE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleId"
_SALE_STAKEHOLDERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleStakeholders"
_SALE_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleText"
_SALE_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleType"
_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Source"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedBy"
_UPDATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedDate"
_USER_DEFINED_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserDefinedFields"
_VISIBLE_FOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VisibleFor"


@dataclasses.dataclass(kw_only=True, repr=False)
class SaleEntity(Carrier):
    """Partial SaleEntity class associating the generated SaleEntity with an interface."""

    appointment: Appointment | None | Unset = UNSET
    associate: Associate | None | Unset = UNSET
    """The sale owner

    Use MDO List name "associate" to get list items.
    """
    updated_by: Associate | None | Unset = UNSET
    """Who updated the sale"""
    created_by: Associate | None | Unset = UNSET
    """Who created to sale"""
    contact: Contact | None | Unset = UNSET
    """The contact associated with the sale. It may also be 0 if no contact is associated with the
    sale.

    Use MDO List name "contact" to get list items.
    """
    project: Project | None | Unset = UNSET
    """A sale may also be connected to a project, so you see the sale both on the company card, and
    on the project card. This does not mean that a project is required.

    Use MDO List name "project" to get list items.
    """
    sale_text: str | None | Unset = UNSET
    """Text describing the sale"""
    person: Person | None | Unset = UNSET
    """A sale may also be connected to a person - this must be a contact person registered on the
    current contact. This does not mean that a person is required.

    Use MDO List name "person" to get list items.
    """
    currency: Currency | None | Unset = UNSET
    """The currency the sale object was sold in

    Use MDO List name "currency" to get list items.
    """
    competitor: Competitor | None | Unset = UNSET
    """List of all possible competitors.

    Use MDO List name "comptr" to get list items.
    """
    credited: Credited | None | Unset = UNSET
    """List of who is to be credited for the sale.

    Use MDO List name "credited" to get list items.
    """
    rating: Rating | None | Unset = UNSET
    """The sale rating

    Use MDO List name "prob" to get list items.
    """
    reason: Reason | None | Unset = UNSET
    """The sale reason

    Use MDO List name "reason" to get list items.
    """
    source: Source | None | Unset = UNSET
    """The sale source

    Use MDO List name "source" to get list items.
    """
    status: SaleStatus | str | Unset = UNSET
    """The state of the Sale: Open / Sold / Lost / Stalled"""
    saledate: datetime.datetime | Unset = UNSET
    """(expected / lost / won) sales date"""
    amount: float | Unset = UNSET
    """Total sale amount"""
    sale_id: int | Unset = UNSET
    """Primary key"""
    earning: float | Unset = UNSET
    """Earning on sale"""
    earning_percent: float | Unset = UNSET
    """Earning as percent of total"""
    heading: str | None | Unset = UNSET
    """Sale heading (short description?)"""
    number: str | None | Unset = UNSET
    """Alphanumeric user field"""
    probability: int | Unset = UNSET
    """Actual probability, may differ from the one in the list"""
    created_date: datetime.datetime | Unset = UNSET
    """Registered date in UTC."""
    updated_date: datetime.datetime | Unset = UNSET
    """Last updated in UTC."""
    completed: ActivityStatus | str | Unset = UNSET
    """The Sale completed state. The completed state is either Started or Completed. NotStarted is
    treated as Started. The value maps to the Done database field.
    """
    active_links: int | Unset = UNSET
    """Number of active links to sale, document, appointment."""
    links: list[Link | None] | None | Unset = UNSET
    """List of all elements linked to the sale."""
    next_due_date: datetime.datetime | Unset = UNSET
    """Next due date, this is a denormalization of 'closest future activity date, or most recent if
    no future activities'. Maintained by the system, but very convenient for searching.
    """
    postit: str | None | Unset = UNSET
    """The actual text, max 2047 significant characters even though it is stored as a larger data
    type on some databases
    """
    sale_type: SaleType | None | Unset = UNSET
    """Use MDO List name "saletype" to get list items."""
    reason_sold: ReasonSold | None | Unset = UNSET
    """Use MDO List name "reasonsold" to get list items."""
    reason_stalled: ReasonStalled | None | Unset = UNSET
    """Use MDO List name "reasonstalled" to get list items."""
    reopen_date: datetime.datetime | Unset = UNSET
    """Date the sale is to be reopened; valid only for status=stalled. Not necessarily the same as
    the nextDueDate.
    """
    sale_stakeholders: list[SaleStakeholder | None] | None | Unset = UNSET
    active_erp_links: int | Unset = UNSET
    """The number of active erp links"""
    user_defined_fields: dict[str, str | None] | None | Unset = UNSET
    """Deprecated: Use {SuperOffice.CRM.Services.SaleEntity.CustomFields} instead. Dictionary of
    user defined field data. The key string is the ProgId of the UdefField, or if the ProgId is
    empty it is a string of the format "SuperOffice:[UdefFieldIdentity]", e.g.
    "SuperOffice:1234\"
    """
    extra_fields: dict[str, str | None] | None | Unset = UNSET
    """Deprecated: Use {SuperOffice.CRM.Services.SaleEntity.CustomFields} instead. Extra fields
    added to the carrier. This could be data from Plug-ins, the foreign key system, external
    applications, etc.
    """
    custom_fields: dict[str, str | None] | None | Unset = UNSET
    """Udef + Extra fields added to the carrier. Extra fields as defined by changes to database
    schema + user-defined fields as defined by admin. Custom fields combines user defined fields
    and extra fields into one bucket. The individual
    {SuperOffice.CRM.Services.SaleEntity.ExtraFields} and UserDefinedFields properties are
    deprecated in favor of this combined collection.
    """
    publish_event_date: datetime.datetime | Unset = UNSET
    """Publish event date"""
    publish_to: datetime.datetime | Unset = UNSET
    """Publication valid to (inclusive)"""
    publish_from: datetime.datetime | Unset = UNSET
    """Publication valid from (inclusive)"""
    is_published: bool | Unset = UNSET
    """Publication is published"""
    visible_for: list[VisibleFor | None] | None | Unset = UNSET
    """The set of users or groups the record is visible for"""

    def to_xml(self) -> Element:
        return encode_xml_sale_entity(None, _SALE_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SaleEntity:
        return record_from_xml(decode_xml_sale_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_sale_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> SaleEntity:
        return record_from_json(decode_json_sale_entity, data)


_SALE_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Appointment",
        "Associate",
        "UpdatedBy",
        "CreatedBy",
        "Contact",
        "Project",
        "SaleText",
        "Person",
        "Currency",
        "Competitor",
        "Credited",
        "Rating",
        "Reason",
        "Source",
        "Status",
        "Saledate",
        "Amount",
        "SaleId",
        "Earning",
        "EarningPercent",
        "Heading",
        "Number",
        "Probability",
        "CreatedDate",
        "UpdatedDate",
        "Completed",
        "ActiveLinks",
        "Links",
        "NextDueDate",
        "Postit",
        "SaleType",
        "ReasonSold",
        "ReasonStalled",
        "ReopenDate",
        "SaleStakeholders",
        "ActiveErpLinks",
        "UserDefinedFields",
        "ExtraFields",
        "CustomFields",
        "PublishEventDate",
        "PublishTo",
        "PublishFrom",
        "IsPublished",
        "VisibleFor",
    )
)


def decode_xml_sale_entity(element: Element) -> SaleEntity:
    value = SaleEntity()
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
        elif tag == _APPOINTMENT:
            value.appointment = (
                None if child.get(XSI_NIL) in NIL else decode_xml_appointment(child)
            )
        elif tag == _ASSOCIATE:
            value.associate = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _UPDATED_BY:
            value.updated_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _CREATED_BY:
            value.created_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _CONTACT:
            value.contact = None if child.get(XSI_NIL) in NIL else decode_xml_contact(child)
        elif tag == _PROJECT:
            value.project = None if child.get(XSI_NIL) in NIL else decode_xml_project(child)
        elif tag == _SALE_TEXT:
            value.sale_text = child.text or empty_or_nil(child)
        elif tag == _PERSON:
            value.person = None if child.get(XSI_NIL) in NIL else decode_xml_person(child)
        elif tag == _CURRENCY:
            value.currency = None if child.get(XSI_NIL) in NIL else decode_xml_currency(child)
        elif tag == _COMPETITOR:
            value.competitor = None if child.get(XSI_NIL) in NIL else decode_xml_competitor(child)
        elif tag == _CREDITED:
            value.credited = None if child.get(XSI_NIL) in NIL else decode_xml_credited(child)
        elif tag == _RATING:
            value.rating = None if child.get(XSI_NIL) in NIL else decode_xml_rating(child)
        elif tag == _REASON:
            value.reason = None if child.get(XSI_NIL) in NIL else decode_xml_reason(child)
        elif tag == _SOURCE:
            value.source = None if child.get(XSI_NIL) in NIL else decode_xml_source(child)
        elif tag == _STATUS:
            value.status = decode_xml_sale_status(child)
        elif tag == _SALEDATE:
            value.saledate = read_datetime(child)
        elif tag == _AMOUNT:
            value.amount = read_float(child)
        elif tag == _SALE_ID:
            value.sale_id = read_int(child)
        elif tag == _EARNING:
            value.earning = read_float(child)
        elif tag == _EARNING_PERCENT:
            value.earning_percent = read_float(child)
        elif tag == _HEADING:
            value.heading = child.text or empty_or_nil(child)
        elif tag == _NUMBER:
            value.number = child.text or empty_or_nil(child)
        elif tag == _PROBABILITY:
            value.probability = read_short(child)
        elif tag == _CREATED_DATE:
            value.created_date = read_datetime(child)
        elif tag == _UPDATED_DATE:
            value.updated_date = read_datetime(child)
        elif tag == _COMPLETED:
            value.completed = decode_xml_activity_status(child)
        elif tag == _ACTIVE_LINKS:
            value.active_links = read_int(child)
        elif tag == _LINKS:
            value.links = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_link(child)
        elif tag == _NEXT_DUE_DATE:
            value.next_due_date = read_datetime(child)
        elif tag == _POSTIT:
            value.postit = child.text or empty_or_nil(child)
        elif tag == _SALE_TYPE:
            value.sale_type = None if child.get(XSI_NIL) in NIL else decode_xml_sale_type(child)
        elif tag == _REASON_SOLD:
            value.reason_sold = (
                None if child.get(XSI_NIL) in NIL else decode_xml_reason_sold(child)
            )
        elif tag == _REASON_STALLED:
            value.reason_stalled = (
                None if child.get(XSI_NIL) in NIL else decode_xml_reason_stalled(child)
            )
        elif tag == _REOPEN_DATE:
            value.reopen_date = read_datetime(child)
        elif tag == _SALE_STAKEHOLDERS:
            value.sale_stakeholders = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_sale_stakeholder(child)
            )
        elif tag == _ACTIVE_ERP_LINKS:
            value.active_erp_links = read_int(child)
        elif tag == _USER_DEFINED_FIELDS:
            value.user_defined_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _EXTRA_FIELDS:
            value.extra_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _CUSTOM_FIELDS:
            value.custom_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _PUBLISH_EVENT_DATE:
            value.publish_event_date = read_datetime(child)
        elif tag == _PUBLISH_TO:
            value.publish_to = read_datetime(child)
        elif tag == _PUBLISH_FROM:
            value.publish_from = read_datetime(child)
        elif tag == _IS_PUBLISHED:
            value.is_published = read_bool(child)
        elif tag == _VISIBLE_FOR:
            value.visible_for = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_visible_for(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_sale_entity(parent: Element | None, tag: str, value: SaleEntity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _APPOINTMENT, value.appointment, encode_xml_appointment)
    put(element, _ASSOCIATE, value.associate, encode_xml_associate)
    put(element, _UPDATED_BY, value.updated_by, encode_xml_associate)
    put(element, _CREATED_BY, value.created_by, encode_xml_associate)
    put(element, _CONTACT, value.contact, encode_xml_contact)
    put(element, _PROJECT, value.project, encode_xml_project)
    put(element, _SALE_TEXT, value.sale_text, write_str)
    put(element, _PERSON, value.person, encode_xml_person)
    put(element, _CURRENCY, value.currency, encode_xml_currency)
    put(element, _COMPETITOR, value.competitor, encode_xml_competitor)
    put(element, _CREDITED, value.credited, encode_xml_credited)
    put(element, _RATING, value.rating, encode_xml_rating)
    put(element, _REASON, value.reason, encode_xml_reason)
    put(element, _SOURCE, value.source, encode_xml_source)
    put(element, _STATUS, value.status, encode_xml_sale_status)
    put(element, _SALEDATE, value.saledate, write_datetime)
    put(element, _AMOUNT, value.amount, write_float)
    put(element, _SALE_ID, value.sale_id, write_int)
    put(element, _EARNING, value.earning, write_float)
    put(element, _EARNING_PERCENT, value.earning_percent, write_float)
    put(element, _HEADING, value.heading, write_str)
    put(element, _NUMBER, value.number, write_str)
    put(element, _PROBABILITY, value.probability, write_short)
    put(element, _CREATED_DATE, value.created_date, write_datetime)
    put(element, _UPDATED_DATE, value.updated_date, write_datetime)
    put(element, _COMPLETED, value.completed, encode_xml_activity_status)
    put(element, _ACTIVE_LINKS, value.active_links, write_int)
    put(element, _LINKS, value.links, encode_xml_list_of_link)
    put(element, _NEXT_DUE_DATE, value.next_due_date, write_datetime)
    put(element, _POSTIT, value.postit, write_str)
    put(element, _SALE_TYPE, value.sale_type, encode_xml_sale_type)
    put(element, _REASON_SOLD, value.reason_sold, encode_xml_reason_sold)
    put(element, _REASON_STALLED, value.reason_stalled, encode_xml_reason_stalled)
    put(element, _REOPEN_DATE, value.reopen_date, write_datetime)
    put(element, _SALE_STAKEHOLDERS, value.sale_stakeholders, encode_xml_list_of_sale_stakeholder)
    put(element, _ACTIVE_ERP_LINKS, value.active_erp_links, write_int)
    put(element, _USER_DEFINED_FIELDS, value.user_defined_fields, encode_xml_string_dictionary)
    put(element, _EXTRA_FIELDS, value.extra_fields, encode_xml_string_dictionary)
    put(element, _CUSTOM_FIELDS, value.custom_fields, encode_xml_string_dictionary)
    put(element, _PUBLISH_EVENT_DATE, value.publish_event_date, write_datetime)
    put(element, _PUBLISH_TO, value.publish_to, write_datetime)
    put(element, _PUBLISH_FROM, value.publish_from, write_datetime)
    put(element, _IS_PUBLISHED, value.is_published, write_bool)
    put(element, _VISIBLE_FOR, value.visible_for, encode_xml_list_of_visible_for)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_sale_entity(data: Any, path: str) -> SaleEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SaleEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.appointment = take_nillable(data, "Appointment", path, decode_json_appointment)
    value.associate = take_nillable(data, "Associate", path, decode_json_associate)
    value.updated_by = take_nillable(data, "UpdatedBy", path, decode_json_associate)
    value.created_by = take_nillable(data, "CreatedBy", path, decode_json_associate)
    value.contact = take_nillable(data, "Contact", path, decode_json_contact)
    value.project = take_nillable(data, "Project", path, decode_json_project)
    value.sale_text = take_str_nillable(data, "SaleText", path)
    value.person = take_nillable(data, "Person", path, decode_json_person)
    value.currency = take_nillable(data, "Currency", path, decode_json_currency)
    value.competitor = take_nillable(data, "Competitor", path, decode_json_competitor)
    value.credited = take_nillable(data, "Credited", path, decode_json_credited)
    value.rating = take_nillable(data, "Rating", path, decode_json_rating)
    value.reason = take_nillable(data, "Reason", path, decode_json_reason)
    value.source = take_nillable(data, "Source", path, decode_json_source)
    value.status = take(data, "Status", path, decode_json_sale_status)
    value.saledate = take(data, "Saledate", path, json_datetime)
    value.amount = take(data, "Amount", path, json_float)
    value.sale_id = take_int(data, "SaleId", path)
    value.earning = take(data, "Earning", path, json_float)
    value.earning_percent = take(data, "EarningPercent", path, json_float)
    value.heading = take_str_nillable(data, "Heading", path)
    value.number = take_str_nillable(data, "Number", path)
    value.probability = take(data, "Probability", path, json_short)
    value.created_date = take(data, "CreatedDate", path, json_datetime)
    value.updated_date = take(data, "UpdatedDate", path, json_datetime)
    value.completed = take(data, "Completed", path, decode_json_activity_status)
    value.active_links = take_int(data, "ActiveLinks", path)
    value.links = take_nillable(data, "Links", path, decode_json_list_of_link)
    value.next_due_date = take(data, "NextDueDate", path, json_datetime)
    value.postit = take_str_nillable(data, "Postit", path)
    value.sale_type = take_nillable(data, "SaleType", path, decode_json_sale_type)
    value.reason_sold = take_nillable(data, "ReasonSold", path, decode_json_reason_sold)
    value.reason_stalled = take_nillable(data, "ReasonStalled", path, decode_json_reason_stalled)
    value.reopen_date = take(data, "ReopenDate", path, json_datetime)
    value.sale_stakeholders = take_nillable(
        data, "SaleStakeholders", path, decode_json_list_of_sale_stakeholder
    )
    value.active_erp_links = take_int(data, "ActiveErpLinks", path)
    value.user_defined_fields = take_nillable(
        data, "UserDefinedFields", path, decode_json_string_dictionary
    )
    value.extra_fields = take_nillable(data, "ExtraFields", path, decode_json_string_dictionary)
    value.custom_fields = take_nillable(data, "CustomFields", path, decode_json_string_dictionary)
    value.publish_event_date = take(data, "PublishEventDate", path, json_datetime)
    value.publish_to = take(data, "PublishTo", path, json_datetime)
    value.publish_from = take(data, "PublishFrom", path, json_datetime)
    value.is_published = take_bool(data, "IsPublished", path)
    value.visible_for = take_nillable(data, "VisibleFor", path, decode_json_list_of_visible_for)
    value.extra = (
        None if _SALE_ENTITY_KEYS.issuperset(data) else json_extra(data, _SALE_ENTITY_KEYS)
    )
    return value


def encode_json_sale_entity(value: SaleEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Appointment", value.appointment, encode_json_appointment)
    put_json(result, "Associate", value.associate, encode_json_associate)
    put_json(result, "UpdatedBy", value.updated_by, encode_json_associate)
    put_json(result, "CreatedBy", value.created_by, encode_json_associate)
    put_json(result, "Contact", value.contact, encode_json_contact)
    put_json(result, "Project", value.project, encode_json_project)
    put_json(result, "SaleText", value.sale_text, json_write_str)
    put_json(result, "Person", value.person, encode_json_person)
    put_json(result, "Currency", value.currency, encode_json_currency)
    put_json(result, "Competitor", value.competitor, encode_json_competitor)
    put_json(result, "Credited", value.credited, encode_json_credited)
    put_json(result, "Rating", value.rating, encode_json_rating)
    put_json(result, "Reason", value.reason, encode_json_reason)
    put_json(result, "Source", value.source, encode_json_source)
    put_json(result, "Status", value.status, encode_json_sale_status)
    put_json(result, "Saledate", value.saledate, json_write_datetime)
    put_json(result, "Amount", value.amount, json_write_float)
    put_json(result, "SaleId", value.sale_id, json_write_int)
    put_json(result, "Earning", value.earning, json_write_float)
    put_json(result, "EarningPercent", value.earning_percent, json_write_float)
    put_json(result, "Heading", value.heading, json_write_str)
    put_json(result, "Number", value.number, json_write_str)
    put_json(result, "Probability", value.probability, json_write_short)
    put_json(result, "CreatedDate", value.created_date, json_write_datetime)
    put_json(result, "UpdatedDate", value.updated_date, json_write_datetime)
    put_json(result, "Completed", value.completed, encode_json_activity_status)
    put_json(result, "ActiveLinks", value.active_links, json_write_int)
    put_json(result, "Links", value.links, encode_json_list_of_link)
    put_json(result, "NextDueDate", value.next_due_date, json_write_datetime)
    put_json(result, "Postit", value.postit, json_write_str)
    put_json(result, "SaleType", value.sale_type, encode_json_sale_type)
    put_json(result, "ReasonSold", value.reason_sold, encode_json_reason_sold)
    put_json(result, "ReasonStalled", value.reason_stalled, encode_json_reason_stalled)
    put_json(result, "ReopenDate", value.reopen_date, json_write_datetime)
    put_json(
        result, "SaleStakeholders", value.sale_stakeholders, encode_json_list_of_sale_stakeholder
    )
    put_json(result, "ActiveErpLinks", value.active_erp_links, json_write_int)
    put_json(result, "UserDefinedFields", value.user_defined_fields, encode_json_string_dictionary)
    put_json(result, "ExtraFields", value.extra_fields, encode_json_string_dictionary)
    put_json(result, "CustomFields", value.custom_fields, encode_json_string_dictionary)
    put_json(result, "PublishEventDate", value.publish_event_date, json_write_datetime)
    put_json(result, "PublishTo", value.publish_to, json_write_datetime)
    put_json(result, "PublishFrom", value.publish_from, json_write_datetime)
    put_json(result, "IsPublished", value.is_published, json_write_bool)
    put_json(result, "VisibleFor", value.visible_for, encode_json_list_of_visible_for)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SALE_ENTITY_CODEC = Codec(
    decode_xml_sale_entity,
    encode_xml_sale_entity,
    decode_json_sale_entity,
    encode_json_sale_entity,
)
