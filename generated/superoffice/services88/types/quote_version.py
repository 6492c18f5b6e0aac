"""Services88 types: ArrayOfQuoteVersion, QuoteVersion.

Used by the Quote agent.
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
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_int,
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
    write_int,
    write_str,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .quote_alternative import (
    QuoteAlternative,
    decode_json_list_of_quote_alternative,
    decode_xml_list_of_quote_alternative,
    encode_json_list_of_quote_alternative,
    encode_xml_list_of_quote_alternative,
)
from .quote_status import (
    QuoteStatus,
    decode_json_quote_status,
    decode_xml_quote_status,
    encode_json_quote_status,
    encode_xml_quote_status,
)
from .quote_version_state import (
    QuoteVersionState,
    decode_json_quote_version_state,
    decode_xml_quote_version_state,
    encode_json_quote_version_state,
    encode_xml_quote_version_state,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_APPROVED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ApprovedBy"
_APPROVED_REGISTERED_BY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ApprovedRegisteredBy"
)
_APPROVED_REGISTERED_DATE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ApprovedRegisteredDate"
)
_APPROVED_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ApprovedText"
_ARCHIVED_STATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArchivedState"
_DELIVERY_COUNTRY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DeliveryCountryId"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_ERP_DELIVERY_TERMS_KEY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ERPDeliveryTermsKey"
)
_ERP_DELIVERY_TYPE_KEY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ERPDeliveryTypeKey"
)
_ERP_PAYMENT_TERMS_KEY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ERPPaymentTermsKey"
)
_ERP_PAYMENT_TYPE_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ERPPaymentTypeKey"
_ERP_QUOTE_VERSION_KEY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ERPQuoteVersionKey"
)
_EXPIRATION_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExpirationDate"
_EXTRA_FIELD_1 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField1"
_EXTRA_FIELD_2 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField2"
_EXTRA_FIELD_3 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField3"
_EXTRA_FIELD_4 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField4"
_EXTRA_FIELD_5 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField5"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FOLLOWUP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FollowupId"
_HAS_OWN_DELIVERY_ADDRESS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}HasOwnDeliveryAddress"
)
_HAS_OWN_INVOICE_ADDRESS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}HasOwnInvoiceAddress"
)
_INVOICE_COUNTRY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InvoiceCountryId"
_LAST_RECALCULATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LastRecalculated"
_LIKELY_QUOTE_ALTERNATIVE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}LikelyQuoteAlternativeId"
)
_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Number"
_QUOTE_ALTERNATIVES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteAlternatives"
_QUOTE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteId"
_QUOTE_VERSION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteVersion"
_QUOTE_VERSION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteVersionId"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_REASON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Reason"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"
_REGISTERED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RegisteredAssociateId"
)
_REQUEST_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RequestAssociateId"
)
_REQUEST_COMMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RequestComment"
_SENT_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SentDate"
_STATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}State"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updated"
_UPDATED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedAssociateId"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class QuoteVersion(Carrier):
    """Information about a version of the .

    Carrier object for QuoteVersion. Services for the QuoteVersion Carrier is available from the
    Quote Agent.
    """

    quote_version_id: int | Unset = UNSET
    """Primary key"""
    erp_quote_version_key: str | None | Unset = UNSET
    """Key in the ERP system that uniquely identifies this Version within the ERP system (if
    available, the field may be empty).
    """
    quote_id: int | Unset = UNSET
    """Foreign key to CRM quote (the conceptual parent). Owning Quote of this Quote Version."""
    description: str | None | Unset = UNSET
    """Description of Version. Potentially longer text description, typically used in a tooltip.
    Max 2K.
    """
    number: str | None | Unset = UNSET
    """A quote number that the user (or ERP connector) can fill out."""
    state: QuoteVersionState | str | Unset = UNSET
    """Current state of this quote version."""
    archived_state: QuoteVersionState | str | Unset = UNSET
    """State that this quote version had, right before it was changed to Archived; in this way we
    can show what happened before the archiving.
    """
    status: QuoteStatus | str | Unset = UNSET
    """If there was a problem with for instance calculation, this field is set to warning or error."""
    reason: str | None | Unset = UNSET
    """If there was a problem, this field contains a localized explanation of the problem and
    possible steps to fix it that the user can be shown.
    """
    likely_quote_alternative_id: int | Unset = UNSET
    """The alternative that is considered most likely to be accepted. Used to calculate probable
    income.
    """
    sent_date: datetime.datetime | Unset = UNSET
    """The date the version was sent to the customer."""
    followup_id: int | Unset = UNSET
    """Link to a follow-up activity, created when this quote version was sent to the customer."""
    expiration_date: datetime.datetime | Unset = UNSET
    """Last date the quote Version is valid, expiration is at midnight end of this day."""
    delivery_country_id: int | Unset = UNSET
    """Country of delivery address, typically copied from the contact record"""
    has_own_delivery_address: bool | Unset = UNSET
    """The delivery address is not the same as the contact's Street address"""
    invoice_country_id: int | Unset = UNSET
    """Country of invoice address, typically copied from contact record"""
    has_own_invoice_address: bool | Unset = UNSET
    """The quote has an address for Invoicing. This will typically be copied from the company's
    addresses.
    """
    erp_payment_terms_key: str | None | Unset = UNSET
    """Either a List id to an id from a connector provided list, or, if the connection doesn’t
    support lists, a text. For instance: ‘Standard 30 days’.
    """
    erp_payment_type_key: str | None | Unset = UNSET
    """Either a List id to an id from a connector provided list, or, if the connection doesn’t
    support lists, a text. For instance: 'Invoice'.
    """
    erp_delivery_terms_key: str | None | Unset = UNSET
    """Either a List id to an id from a connector provided list, or, if the connection doesn’t
    support lists, a text. For instance: ‘FOB’ (‘Free on board’).
    """
    erp_delivery_type_key: str | None | Unset = UNSET
    """Either a List id to an id from a connector provided list, or, if the connection doesn’t
    support lists, a text. For instance: ‘Air’.
    """
    rank: int | Unset = UNSET
    """Rank/Version number, starts at 1"""
    approved_by: int | Unset = UNSET
    """Id of associate who approved (or rejected approval) for this version"""
    approved_text: str | None | Unset = UNSET
    """Text with comments on why approval was granted (or rejected)"""
    approved_registered_by: int | Unset = UNSET
    """Id of associate who actually entered the approval; might be different from ApprovedBy (f.x.
    due to telephone consultation/approval)
    """
    approved_registered_date: datetime.datetime | Unset = UNSET
    """When was approval granted or rejected"""
    extra_field_1: str | None | Unset = UNSET
    """Optional information added by Quote Connector; usable in the quote document merge process"""
    extra_field_2: str | None | Unset = UNSET
    """Optional information added by Quote Connector; usable in the quote document merge process"""
    extra_field_3: str | None | Unset = UNSET
    """Optional information added by Quote Connector; usable in the quote document merge process"""
    extra_field_4: str | None | Unset = UNSET
    """Optional information added by Quote Connector; usable in the quote document merge process"""
    extra_field_5: str | None | Unset = UNSET
    """Optional information added by Quote Connector; usable in the quote document merge process"""
    last_recalculated: datetime.datetime | Unset = UNSET
    """When this version was last subjected to a total recalculation. This field must be set by the
    connector, since the connector may choose to ignore a RecalculateVersion call based on
    policies and possibly the current value of this field. SuperOffice will set this field to
    1.1.1760 whenever any change occurs to the quote, to indicate that a recalculation is
    needed.
    """
    updated: datetime.datetime | Unset = UNSET
    """Last updated when in UTC."""
    updated_associate_id: int | Unset = UNSET
    """Last updated by whom"""
    registered: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    registered_associate_id: int | Unset = UNSET
    """Registered by whom"""
    request_associate_id: int | Unset = UNSET
    """User to whom the request proposal should be delivered"""
    request_comment: str | None | Unset = UNSET
    """Comment for why quote should be approved"""
    quote_alternatives: list[QuoteAlternative | None] | None | Unset = UNSET
    """The QuoteAlternatives for the QuoteVersion"""

    def to_xml(self) -> Element:
        return encode_xml_quote_version(None, _QUOTE_VERSION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> QuoteVersion:
        return record_from_xml(decode_xml_quote_version, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_quote_version(self)

    @classmethod
    def from_json(cls, data: Any) -> QuoteVersion:
        return record_from_json(decode_json_quote_version, data)


_QUOTE_VERSION_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "QuoteVersionId",
        "ERPQuoteVersionKey",
        "QuoteId",
        "Description",
        "Number",
        "State",
        "ArchivedState",
        "Status",
        "Reason",
        "LikelyQuoteAlternativeId",
        "SentDate",
        "FollowupId",
        "ExpirationDate",
        "DeliveryCountryId",
        "HasOwnDeliveryAddress",
        "InvoiceCountryId",
        "HasOwnInvoiceAddress",
        "ERPPaymentTermsKey",
        "ERPPaymentTypeKey",
        "ERPDeliveryTermsKey",
        "ERPDeliveryTypeKey",
        "Rank",
        "ApprovedBy",
        "ApprovedText",
        "ApprovedRegisteredBy",
        "ApprovedRegisteredDate",
        "ExtraField1",
        "ExtraField2",
        "ExtraField3",
        "ExtraField4",
        "ExtraField5",
        "LastRecalculated",
        "Updated",
        "UpdatedAssociateId",
        "Registered",
        "RegisteredAssociateId",
        "RequestAssociateId",
        "RequestComment",
        "QuoteAlternatives",
    )
)


def decode_xml_quote_version(element: Element) -> QuoteVersion:
    value = QuoteVersion()
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
        elif tag == _QUOTE_VERSION_ID:
            value.quote_version_id = read_int(child)
        elif tag == _ERP_QUOTE_VERSION_KEY:
            value.erp_quote_version_key = child.text or empty_or_nil(child)
        elif tag == _QUOTE_ID:
            value.quote_id = read_int(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _NUMBER:
            value.number = child.text or empty_or_nil(child)
        elif tag == _STATE:
            value.state = decode_xml_quote_version_state(child)
        elif tag == _ARCHIVED_STATE:
            value.archived_state = decode_xml_quote_version_state(child)
        elif tag == _STATUS:
            value.status = decode_xml_quote_status(child)
        elif tag == _REASON:
            value.reason = child.text or empty_or_nil(child)
        elif tag == _LIKELY_QUOTE_ALTERNATIVE_ID:
            value.likely_quote_alternative_id = read_int(child)
        elif tag == _SENT_DATE:
            value.sent_date = read_datetime(child)
        elif tag == _FOLLOWUP_ID:
            value.followup_id = read_int(child)
        elif tag == _EXPIRATION_DATE:
            value.expiration_date = read_datetime(child)
        elif tag == _DELIVERY_COUNTRY_ID:
            value.delivery_country_id = read_int(child)
        elif tag == _HAS_OWN_DELIVERY_ADDRESS:
            value.has_own_delivery_address = read_bool(child)
        elif tag == _INVOICE_COUNTRY_ID:
            value.invoice_country_id = read_int(child)
        elif tag == _HAS_OWN_INVOICE_ADDRESS:
            value.has_own_invoice_address = read_bool(child)
        elif tag == _ERP_PAYMENT_TERMS_KEY:
            value.erp_payment_terms_key = child.text or empty_or_nil(child)
        elif tag == _ERP_PAYMENT_TYPE_KEY:
            value.erp_payment_type_key = child.text or empty_or_nil(child)
        elif tag == _ERP_DELIVERY_TERMS_KEY:
            value.erp_delivery_terms_key = child.text or empty_or_nil(child)
        elif tag == _ERP_DELIVERY_TYPE_KEY:
            value.erp_delivery_type_key = child.text or empty_or_nil(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        elif tag == _APPROVED_BY:
            value.approved_by = read_int(child)
        elif tag == _APPROVED_TEXT:
            value.approved_text = child.text or empty_or_nil(child)
        elif tag == _APPROVED_REGISTERED_BY:
            value.approved_registered_by = read_int(child)
        elif tag == _APPROVED_REGISTERED_DATE:
            value.approved_registered_date = read_datetime(child)
        elif tag == _EXTRA_FIELD_1:
            value.extra_field_1 = child.text or empty_or_nil(child)
        elif tag == _EXTRA_FIELD_2:
            value.extra_field_2 = child.text or empty_or_nil(child)
        elif tag == _EXTRA_FIELD_3:
            value.extra_field_3 = child.text or empty_or_nil(child)
        elif tag == _EXTRA_FIELD_4:
            value.extra_field_4 = child.text or empty_or_nil(child)
        elif tag == _EXTRA_FIELD_5:
            value.extra_field_5 = child.text or empty_or_nil(child)
        elif tag == _LAST_RECALCULATED:
            value.last_recalculated = read_datetime(child)
        elif tag == _UPDATED:
            value.updated = read_datetime(child)
        elif tag == _UPDATED_ASSOCIATE_ID:
            value.updated_associate_id = read_int(child)
        elif tag == _REGISTERED:
            value.registered = read_datetime(child)
        elif tag == _REGISTERED_ASSOCIATE_ID:
            value.registered_associate_id = read_int(child)
        elif tag == _REQUEST_ASSOCIATE_ID:
            value.request_associate_id = read_int(child)
        elif tag == _REQUEST_COMMENT:
            value.request_comment = child.text or empty_or_nil(child)
        elif tag == _QUOTE_ALTERNATIVES:
            value.quote_alternatives = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_quote_alternative(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_quote_version(parent: Element | None, tag: str, value: QuoteVersion) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _QUOTE_VERSION_ID, value.quote_version_id, write_int)
    put(element, _ERP_QUOTE_VERSION_KEY, value.erp_quote_version_key, write_str)
    put(element, _QUOTE_ID, value.quote_id, write_int)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _NUMBER, value.number, write_str)
    put(element, _STATE, value.state, encode_xml_quote_version_state)
    put(element, _ARCHIVED_STATE, value.archived_state, encode_xml_quote_version_state)
    put(element, _STATUS, value.status, encode_xml_quote_status)
    put(element, _REASON, value.reason, write_str)
    put(element, _LIKELY_QUOTE_ALTERNATIVE_ID, value.likely_quote_alternative_id, write_int)
    put(element, _SENT_DATE, value.sent_date, write_datetime)
    put(element, _FOLLOWUP_ID, value.followup_id, write_int)
    put(element, _EXPIRATION_DATE, value.expiration_date, write_datetime)
    put(element, _DELIVERY_COUNTRY_ID, value.delivery_country_id, write_int)
    put(element, _HAS_OWN_DELIVERY_ADDRESS, value.has_own_delivery_address, write_bool)
    put(element, _INVOICE_COUNTRY_ID, value.invoice_country_id, write_int)
    put(element, _HAS_OWN_INVOICE_ADDRESS, value.has_own_invoice_address, write_bool)
    put(element, _ERP_PAYMENT_TERMS_KEY, value.erp_payment_terms_key, write_str)
    put(element, _ERP_PAYMENT_TYPE_KEY, value.erp_payment_type_key, write_str)
    put(element, _ERP_DELIVERY_TERMS_KEY, value.erp_delivery_terms_key, write_str)
    put(element, _ERP_DELIVERY_TYPE_KEY, value.erp_delivery_type_key, write_str)
    put(element, _RANK, value.rank, write_int)
    put(element, _APPROVED_BY, value.approved_by, write_int)
    put(element, _APPROVED_TEXT, value.approved_text, write_str)
    put(element, _APPROVED_REGISTERED_BY, value.approved_registered_by, write_int)
    put(element, _APPROVED_REGISTERED_DATE, value.approved_registered_date, write_datetime)
    put(element, _EXTRA_FIELD_1, value.extra_field_1, write_str)
    put(element, _EXTRA_FIELD_2, value.extra_field_2, write_str)
    put(element, _EXTRA_FIELD_3, value.extra_field_3, write_str)
    put(element, _EXTRA_FIELD_4, value.extra_field_4, write_str)
    put(element, _EXTRA_FIELD_5, value.extra_field_5, write_str)
    put(element, _LAST_RECALCULATED, value.last_recalculated, write_datetime)
    put(element, _UPDATED, value.updated, write_datetime)
    put(element, _UPDATED_ASSOCIATE_ID, value.updated_associate_id, write_int)
    put(element, _REGISTERED, value.registered, write_datetime)
    put(element, _REGISTERED_ASSOCIATE_ID, value.registered_associate_id, write_int)
    put(element, _REQUEST_ASSOCIATE_ID, value.request_associate_id, write_int)
    put(element, _REQUEST_COMMENT, value.request_comment, write_str)
    put(
        element,
        _QUOTE_ALTERNATIVES,
        value.quote_alternatives,
        encode_xml_list_of_quote_alternative,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_quote_version(data: Any, path: str) -> QuoteVersion:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(QuoteVersion)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.quote_version_id = take_int(data, "QuoteVersionId", path)
    value.erp_quote_version_key = take_str_nillable(data, "ERPQuoteVersionKey", path)
    value.quote_id = take_int(data, "QuoteId", path)
    value.description = take_str_nillable(data, "Description", path)
    value.number = take_str_nillable(data, "Number", path)
    value.state = take(data, "State", path, decode_json_quote_version_state)
    value.archived_state = take(data, "ArchivedState", path, decode_json_quote_version_state)
    value.status = take(data, "Status", path, decode_json_quote_status)
    value.reason = take_str_nillable(data, "Reason", path)
    value.likely_quote_alternative_id = take_int(data, "LikelyQuoteAlternativeId", path)
    value.sent_date = take(data, "SentDate", path, json_datetime)
    value.followup_id = take_int(data, "FollowupId", path)
    value.expiration_date = take(data, "ExpirationDate", path, json_datetime)
    value.delivery_country_id = take_int(data, "DeliveryCountryId", path)
    value.has_own_delivery_address = take_bool(data, "HasOwnDeliveryAddress", path)
    value.invoice_country_id = take_int(data, "InvoiceCountryId", path)
    value.has_own_invoice_address = take_bool(data, "HasOwnInvoiceAddress", path)
    value.erp_payment_terms_key = take_str_nillable(data, "ERPPaymentTermsKey", path)
    value.erp_payment_type_key = take_str_nillable(data, "ERPPaymentTypeKey", path)
    value.erp_delivery_terms_key = take_str_nillable(data, "ERPDeliveryTermsKey", path)
    value.erp_delivery_type_key = take_str_nillable(data, "ERPDeliveryTypeKey", path)
    value.rank = take_int(data, "Rank", path)
    value.approved_by = take_int(data, "ApprovedBy", path)
    value.approved_text = take_str_nillable(data, "ApprovedText", path)
    value.approved_registered_by = take_int(data, "ApprovedRegisteredBy", path)
    value.approved_registered_date = take(data, "ApprovedRegisteredDate", path, json_datetime)
    value.extra_field_1 = take_str_nillable(data, "ExtraField1", path)
    value.extra_field_2 = take_str_nillable(data, "ExtraField2", path)
    value.extra_field_3 = take_str_nillable(data, "ExtraField3", path)
    value.extra_field_4 = take_str_nillable(data, "ExtraField4", path)
    value.extra_field_5 = take_str_nillable(data, "ExtraField5", path)
    value.last_recalculated = take(data, "LastRecalculated", path, json_datetime)
    value.updated = take(data, "Updated", path, json_datetime)
    value.updated_associate_id = take_int(data, "UpdatedAssociateId", path)
    value.registered = take(data, "Registered", path, json_datetime)
    value.registered_associate_id = take_int(data, "RegisteredAssociateId", path)
    value.request_associate_id = take_int(data, "RequestAssociateId", path)
    value.request_comment = take_str_nillable(data, "RequestComment", path)
    value.quote_alternatives = take_nillable(
        data, "QuoteAlternatives", path, decode_json_list_of_quote_alternative
    )
    value.extra = (
        None if _QUOTE_VERSION_KEYS.issuperset(data) else json_extra(data, _QUOTE_VERSION_KEYS)
    )
    return value


def encode_json_quote_version(value: QuoteVersion) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "QuoteVersionId", value.quote_version_id, json_write_int)
    put_json(result, "ERPQuoteVersionKey", value.erp_quote_version_key, json_write_str)
    put_json(result, "QuoteId", value.quote_id, json_write_int)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Number", value.number, json_write_str)
    put_json(result, "State", value.state, encode_json_quote_version_state)
    put_json(result, "ArchivedState", value.archived_state, encode_json_quote_version_state)
    put_json(result, "Status", value.status, encode_json_quote_status)
    put_json(result, "Reason", value.reason, json_write_str)
    put_json(result, "LikelyQuoteAlternativeId", value.likely_quote_alternative_id, json_write_int)
    put_json(result, "SentDate", value.sent_date, json_write_datetime)
    put_json(result, "FollowupId", value.followup_id, json_write_int)
    put_json(result, "ExpirationDate", value.expiration_date, json_write_datetime)
    put_json(result, "DeliveryCountryId", value.delivery_country_id, json_write_int)
    put_json(result, "HasOwnDeliveryAddress", value.has_own_delivery_address, json_write_bool)
    put_json(result, "InvoiceCountryId", value.invoice_country_id, json_write_int)
    put_json(result, "HasOwnInvoiceAddress", value.has_own_invoice_address, json_write_bool)
    put_json(result, "ERPPaymentTermsKey", value.erp_payment_terms_key, json_write_str)
    put_json(result, "ERPPaymentTypeKey", value.erp_payment_type_key, json_write_str)
    put_json(result, "ERPDeliveryTermsKey", value.erp_delivery_terms_key, json_write_str)
    put_json(result, "ERPDeliveryTypeKey", value.erp_delivery_type_key, json_write_str)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "ApprovedBy", value.approved_by, json_write_int)
    put_json(result, "ApprovedText", value.approved_text, json_write_str)
    put_json(result, "ApprovedRegisteredBy", value.approved_registered_by, json_write_int)
    put_json(result, "ApprovedRegisteredDate", value.approved_registered_date, json_write_datetime)
    put_json(result, "ExtraField1", value.extra_field_1, json_write_str)
    put_json(result, "ExtraField2", value.extra_field_2, json_write_str)
    put_json(result, "ExtraField3", value.extra_field_3, json_write_str)
    put_json(result, "ExtraField4", value.extra_field_4, json_write_str)
    put_json(result, "ExtraField5", value.extra_field_5, json_write_str)
    put_json(result, "LastRecalculated", value.last_recalculated, json_write_datetime)
    put_json(result, "Updated", value.updated, json_write_datetime)
    put_json(result, "UpdatedAssociateId", value.updated_associate_id, json_write_int)
    put_json(result, "Registered", value.registered, json_write_datetime)
    put_json(result, "RegisteredAssociateId", value.registered_associate_id, json_write_int)
    put_json(result, "RequestAssociateId", value.request_associate_id, json_write_int)
    put_json(result, "RequestComment", value.request_comment, json_write_str)
    put_json(
        result,
        "QuoteAlternatives",
        value.quote_alternatives,
        encode_json_list_of_quote_alternative,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


QUOTE_VERSION_CODEC = Codec(
    decode_xml_quote_version,
    encode_xml_quote_version,
    decode_json_quote_version,
    encode_json_quote_version,
)


def decode_xml_list_of_quote_version(element: Element) -> list[QuoteVersion | None]:
    """``ArrayOfQuoteVersion``: a list of ``QuoteVersion`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_quote_version(child))
        for child in element
        if child.tag == _QUOTE_VERSION
    ]


def encode_xml_list_of_quote_version(
    parent: Element | None, tag: str, value: list[QuoteVersion | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _QUOTE_VERSION, item, encode_xml_quote_version)
    return element


def decode_json_list_of_quote_version(data: Any, path: str) -> list[QuoteVersion | None]:
    return json_items_nillable(data, path, decode_json_quote_version)


def encode_json_list_of_quote_version(value: list[QuoteVersion | None]) -> list[Any]:
    return [(None if item is None else encode_json_quote_version(item)) for item in value]


LIST_OF_QUOTE_VERSION_CODEC = Codec(
    decode_xml_list_of_quote_version,
    encode_xml_list_of_quote_version,
    decode_json_list_of_quote_version,
    encode_json_list_of_quote_version,
)
