"""Services88 Person agent (``Remote/Services88/Person.svc``).

``PersonAgent`` and ``AsyncPersonAgent`` call it over SOAP, ``PersonRestAgent`` and
``AsyncPersonRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

import datetime
from typing import Any

from ..runtime import BOOL, BYTES, DATETIME, INT, SHORT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.address import ADDRESS_CODEC, Address
from .types.associate_source_type import ASSOCIATE_SOURCE_TYPE_CODEC, AssociateSourceType
from .types.consent_info import LIST_OF_CONSENT_INFO_CODEC, ConsentInfo
from .types.consent_person import CONSENT_PERSON_CODEC, ConsentPerson
from .types.entity_element import LIST_OF_ENTITY_ELEMENT_CODEC, EntityElement
from .types.list_of_bool import LIST_OF_BOOL_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.person import LIST_OF_PERSON_CODEC, PERSON_CODEC, Person
from .types.person_entity import PERSON_ENTITY_CODEC, PersonEntity
from .types.person_image import LIST_OF_PERSON_IMAGE_CODEC, PERSON_IMAGE_CODEC, PersonImage
from .types.person_summary import PERSON_SUMMARY_CODEC, PersonSummary
from .types.reply_template_parsed import REPLY_TEMPLATE_PARSED_CODEC, ReplyTemplateParsed
from .types.resolved_person import RESOLVED_PERSON_CODEC, ResolvedPerson
from .types.string_dictionary import STRING_DICTIONARY_CODEC
from .types.temporary_key_domain import TEMPORARY_KEY_DOMAIN_CODEC, TemporaryKeyDomain
from .types.temporary_key_info import TEMPORARY_KEY_INFO_CODEC, TemporaryKeyInfo
from .types.user_candidate import USER_CANDIDATE_CODEC, UserCandidate
from .types.utm_parameters import UTM_PARAMETERS_CODEC, UtmParameters

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_CONSENT_PERSON: Operation[ConsentPerson | None] = Operation(
    "CreateDefaultConsentPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/CreateDefaultConsentPerson",
    results=(Param("response", "Response", CONSENT_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/CreateDefaultConsentPerson",
    rest_select=False,
)

SAVE_CONSENT_PERSON: Operation[ConsentPerson | None] = Operation(
    "SaveConsentPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SaveConsentPerson",
    params=(Param("consent_person", "ConsentPerson", CONSENT_PERSON_CODEC, nillable=True),),
    results=(Param("response", "Response", CONSENT_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/SaveConsentPerson",
    rest_body="consent_person",
    rest_select=False,
)

DELETE_CONSENT_PERSON: Operation[None] = Operation(
    "DeleteConsentPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/DeleteConsentPerson",
    params=(Param("consent_person_id", "ConsentPersonId", INT, query="consentPersonId"),),
    rest_path="/api/v1/Agents/Person/DeleteConsentPerson",
    rest_select=False,
)

CREATE_DEFAULT_PERSON_ENTITY: Operation[PersonEntity | None] = Operation(
    "CreateDefaultPersonEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/CreateDefaultPersonEntity",
    results=(Param("response", "Response", PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/CreateDefaultPersonEntity",
    rest_select=False,
)

SAVE_PERSON_ENTITY: Operation[PersonEntity | None] = Operation(
    "SavePersonEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SavePersonEntity",
    params=(Param("person_entity", "PersonEntity", PERSON_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/SavePersonEntity",
    rest_body="person_entity",
    rest_select=False,
)

DELETE_PERSON_ENTITY: Operation[None] = Operation(
    "DeletePersonEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/DeletePersonEntity",
    params=(Param("person_entity_id", "PersonEntityId", INT, query="personEntityId"),),
    rest_path="/api/v1/Agents/Person/DeletePersonEntity",
    rest_select=False,
)

CREATE_DEFAULT_PERSON_IMAGE: Operation[PersonImage | None] = Operation(
    "CreateDefaultPersonImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/CreateDefaultPersonImage",
    results=(Param("response", "Response", PERSON_IMAGE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/CreateDefaultPersonImage",
    rest_select=False,
)

GET_CONSENT_PERSON: Operation[ConsentPerson | None] = Operation(
    "GetConsentPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetConsentPerson",
    params=(Param("consent_person_id", "ConsentPersonId", INT, query="consentPersonId"),),
    results=(Param("response", "Response", CONSENT_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetConsentPerson",
)

GET_PERSON: Operation[Person | None] = Operation(
    "GetPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPerson",
    params=(Param("person_id", "PersonId", INT, query="personId"),),
    results=(Param("response", "Response", PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetPerson",
)

TRY_ADD_PERSONS_TO_EMAIL_FLOW: Operation[list[bool] | None] = Operation(
    "TryAddPersonsToEmailFlow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/TryAddPersonsToEmailFlow",
    params=(
        Param("email_flow_id", "EmailFlowId", INT),
        Param("person_ids", "PersonIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_BOOL_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/TryAddPersonsToEmailFlow",
)

GET_PERSON_ENTITY: Operation[PersonEntity | None] = Operation(
    "GetPersonEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPersonEntity",
    params=(Param("person_entity_id", "PersonEntityId", INT, query="personEntityId"),),
    results=(Param("response", "Response", PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetPersonEntity",
)

UNDELETE: Operation[None] = Operation(
    "Undelete",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/Undelete",
    params=(Param("id", "Id", INT),),
    rest_path="/api/v1/Agents/Person/Undelete",
)

GET_MY_PERSON: Operation[PersonEntity | None] = Operation(
    "GetMyPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetMyPerson",
    results=(Param("response", "Response", PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetMyPerson",
)

GET_SALES_REP: Operation[PersonEntity | None] = Operation(
    "GetSalesRep",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetSalesRep",
    params=(
        Param("contact_name", "ContactName", STR, nillable=True),
        Param("person_firstname", "PersonFirstname", STR, nillable=True),
        Param("person_lastname", "PersonLastname", STR, nillable=True),
        Param("email_address", "EmailAddress", STR, nillable=True),
        Param("phone_number", "PhoneNumber", STR, nillable=True),
    ),
    results=(Param("response", "Response", PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetSalesRep",
)

GET_PHONES: Operation[list[EntityElement | None] | None] = Operation(
    "GetPhones",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPhones",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", LIST_OF_ENTITY_ELEMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetPhones",
)

CHANGE_COUNTRY: Operation[PersonEntity | None] = Operation(
    "ChangeCountry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/ChangeCountry",
    params=(
        Param("person_entity", "PersonEntity", PERSON_ENTITY_CODEC, nillable=True),
        Param("to_country_id", "ToCountryId", INT),
    ),
    results=(Param("response", "Response", PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/ChangeCountry",
)

GET_ADDRESS: Operation[Address | None] = Operation(
    "GetAddress",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetAddress",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", ADDRESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetAddress",
)

GET_ADDRESS_BY_COUNTRY: Operation[Address | None] = Operation(
    "GetAddressByCountry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetAddressByCountry",
    params=(
        Param("person_id", "PersonId", INT),
        Param("country_id", "CountryId", INT),
    ),
    results=(Param("response", "Response", ADDRESS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetAddressByCountry",
)

GET_PERSON_IMAGE: Operation[bytes | None] = Operation(
    "GetPersonImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPersonImage",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetPersonImage",
)

GET_PERSON_IMAGE_AS_STREAM: Operation[bytes | None] = Operation(
    "GetPersonImageAsStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPersonImageAsStream",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
)

SET_PERSON_IMAGE: Operation[None] = Operation(
    "SetPersonImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SetPersonImage",
    params=(
        Param("person_id", "PersonId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/Person/SetPersonImage",
)

SET_PERSON_IMAGE_FROM_STREAM: Operation[None] = Operation(
    "SetPersonImageFromStream",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SetPersonImageFromStream",
    params=(
        Param("person_id", "PersonId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
)

CREATE_DEFAULT_BY_CONTACT_ID: Operation[PersonEntity | None] = Operation(
    "CreateDefaultByContactId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/CreateDefaultByContactId",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/CreateDefaultByContactId",
)

MOVE: Operation[None] = Operation(
    "Move",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/Move",
    params=(
        Param("person_id", "PersonId", INT),
        Param("destination_contact_id", "DestinationContactId", INT),
        Param("move_after_date", "MoveAfterDate", DATETIME),
    ),
    rest_path="/api/v1/Agents/Person/Move",
)

MERGE: Operation[None] = Operation(
    "Merge",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/Merge",
    params=(
        Param("source_person_id", "SourcePersonId", INT),
        Param("destination_person_id", "DestinationPersonId", INT),
        Param("move_after_date", "MoveAfterDate", DATETIME),
        Param("delete_source", "DeleteSource", BOOL),
        Param("replace_empty_fields_on_destination", "ReplaceEmptyFieldsOnDestination", BOOL),
    ),
    rest_path="/api/v1/Agents/Person/Merge",
)

CREATE_DEFAULT_FROM_CREDENTIAL: Operation[PersonEntity | None] = Operation(
    "CreateDefaultFromCredential",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/CreateDefaultFromCredential",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("credential_type", "CredentialType", STR, nillable=True),
        Param("credential_value", "CredentialValue", STR, nillable=True),
        Param("credential_display_value", "CredentialDisplayValue", STR, nillable=True),
    ),
    results=(Param("response", "Response", PERSON_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/CreateDefaultFromCredential",
)

IS_NUMBER_VALID: Operation[bool | None] = Operation(
    "IsNumberValid",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/IsNumberValid",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("number", "Number", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Person/IsNumberValid",
)

SET_CONSENT: Operation[None] = Operation(
    "SetConsent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SetConsent",
    params=(
        Param("person_id", "PersonId", INT),
        Param("purpose", "Purpose", STR, nillable=True),
        Param("source", "Source", STR, nillable=True),
        Param("legal_base", "LegalBase", STR, nillable=True),
        Param("comment", "Comment", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Person/SetConsent",
)

REMOVE_CONSENT: Operation[None] = Operation(
    "RemoveConsent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/RemoveConsent",
    params=(
        Param("person_id", "PersonId", INT),
        Param("purpose", "Purpose", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Person/RemoveConsent",
)

HAS_CONSENT: Operation[bool | None] = Operation(
    "HasConsent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/HasConsent",
    params=(
        Param("person_id", "PersonId", INT),
        Param("purpose", "Purpose", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Person/HasConsent",
)

GET_CONSENT_INFOS: Operation[list[ConsentInfo | None] | None] = Operation(
    "GetConsentInfos",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetConsentInfos",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", LIST_OF_CONSENT_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetConsentInfos",
)

SEND_CONSENT_CONFIRMATION_EMAIL: Operation[None] = Operation(
    "SendConsentConfirmationEmail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SendConsentConfirmationEmail",
    params=(
        Param("person_id", "PersonId", INT),
        Param("email_address", "EmailAddress", STR, nillable=True),
        Param("email_template_id", "EmailTemplateId", INT),
        Param("culture_lcid_id", "CultureLcidId", INT),
        Param("subject", "Subject", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Person/SendConsentConfirmationEmail",
)

RESOLVE_PERSON_FROM_INFO: Operation[ResolvedPerson | None] = Operation(
    "ResolvePersonFromInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/ResolvePersonFromInfo",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("person_name", "PersonName", STR, nillable=True),
        Param("phone_numbers", "PhoneNumbers", LIST_OF_STR_CODEC, nillable=True),
        Param("emails", "Emails", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", RESOLVED_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/ResolvePersonFromInfo",
)

ADD_EMAIL_ADDRESS_TO_PERSON: Operation[None] = Operation(
    "AddEmailAddressToPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/AddEmailAddressToPerson",
    params=(
        Param("person_id", "PersonId", INT),
        Param("email_address", "EmailAddress", STR, nillable=True),
        Param("set_as_primary_email", "SetAsPrimaryEmail", BOOL),
    ),
    rest_path="/api/v1/Agents/Person/AddEmailAddressToPerson",
)

CREATE_TEMPORARY_KEY: Operation[str | None] = Operation(
    "CreateTemporaryKey",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/CreateTemporaryKey",
    params=(
        Param("domain", "Domain", TEMPORARY_KEY_DOMAIN_CODEC),
        Param("target_id", "TargetId", INT),
        Param("person_id", "PersonId", INT),
        Param("expires", "Expires", DATETIME),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Person/CreateTemporaryKey",
)

CREATE_TEMPORARY_KEY_WITH_PAYLOAD: Operation[str | None] = Operation(
    "CreateTemporaryKeyWithPayload",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/CreateTemporaryKeyWithPayload",
    params=(
        Param("domain", "Domain", TEMPORARY_KEY_DOMAIN_CODEC),
        Param("target_id", "TargetId", INT),
        Param("person_id", "PersonId", INT),
        Param("expires", "Expires", DATETIME),
        Param("payload", "Payload", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Person/CreateTemporaryKeyWithPayload",
)

CHECK_TEMPORARY_KEY: Operation[TemporaryKeyInfo | None] = Operation(
    "CheckTemporaryKey",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/CheckTemporaryKey",
    params=(Param("temporary_key", "TemporaryKey", STR, nillable=True),),
    results=(Param("response", "Response", TEMPORARY_KEY_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/CheckTemporaryKey",
)

DELETE_TEMPORARY_KEYS_OF_DOMAIN: Operation[None] = Operation(
    "DeleteTemporaryKeysOfDomain",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/DeleteTemporaryKeysOfDomain",
    params=(
        Param("domain", "Domain", TEMPORARY_KEY_DOMAIN_CODEC),
        Param("person_id", "PersonId", INT),
    ),
    rest_path="/api/v1/Agents/Person/DeleteTemporaryKeysOfDomain",
)

DELETE_EXPIRED: Operation[None] = Operation(
    "DeleteExpired",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/DeleteExpired",
    rest_path="/api/v1/Agents/Person/DeleteExpired",
)

GET_PERSON_SUMMARY: Operation[PersonSummary | None] = Operation(
    "GetPersonSummary",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPersonSummary",
    params=(
        Param("person_id", "PersonId", INT),
        Param("limit", "Limit", INT),
    ),
    results=(Param("response", "Response", PERSON_SUMMARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetPersonSummary",
)

ADD_BOUNCE: Operation[None] = Operation(
    "AddBounce",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/AddBounce",
    params=(Param("email_address", "EmailAddress", STR, nillable=True),),
    rest_path="/api/v1/Agents/Person/AddBounce",
)

VALIDATE_PERSON_ENTITY: Operation[dict[str, str | None] | None] = Operation(
    "ValidatePersonEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/ValidatePersonEntity",
    params=(Param("person_entity", "PersonEntity", PERSON_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/ValidatePersonEntity",
)

ADD_BOUNCE_WITH_COUNT: Operation[None] = Operation(
    "AddBounceWithCount",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/AddBounceWithCount",
    params=(
        Param("email_address", "EmailAddress", STR, nillable=True),
        Param("counts", "Counts", INT),
    ),
    rest_path="/api/v1/Agents/Person/AddBounceWithCount",
)

GET_BEST_SO_LANGUAGE_FOR_TEMPLATE: Operation[str | None] = Operation(
    "GetBestSoLanguageForTemplate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetBestSoLanguageForTemplate",
    params=(
        Param("person_id", "PersonId", INT),
        Param("template_id", "TemplateId", INT),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetBestSoLanguageForTemplate",
)

ADD_BOUNCE_WITH_DETAILS: Operation[None] = Operation(
    "AddBounceWithDetails",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/AddBounceWithDetails",
    params=(
        Param("email_address", "EmailAddress", STR, nillable=True),
        Param("counts", "Counts", INT),
        Param("code", "Code", INT),
        Param("reason", "Reason", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Person/AddBounceWithDetails",
)

GET_PERSON_IMAGES: Operation[list[PersonImage | None] | None] = Operation(
    "GetPersonImages",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPersonImages",
    params=(
        Param("person_ids", "PersonIds", LIST_OF_INT_CODEC, nillable=True),
        Param("scaled_width", "ScaledWidth", INT),
        Param("scaled_height", "ScaledHeight", INT),
    ),
    results=(Param("response", "Response", LIST_OF_PERSON_IMAGE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetPersonImages",
)

CREATE_OR_UPDATE_USER_CANDIDATE: Operation[UserCandidate | None] = Operation(
    "CreateOrUpdateUserCandidate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/CreateOrUpdateUserCandidate",
    params=(
        Param("person_id", "PersonId", INT),
        Param("username", "Username", STR, nillable=True),
        Param("access_all_requests", "AccessAllRequests", BOOL),
    ),
    results=(Param("response", "Response", USER_CANDIDATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/CreateOrUpdateUserCandidate",
)

GET_USER_CANDIDATE_BY_PERSON: Operation[UserCandidate | None] = Operation(
    "GetUserCandidateByPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetUserCandidateByPerson",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", USER_CANDIDATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetUserCandidateByPerson",
)

GET_CUSTOMER_CENTRE_PASSWORD_REPLY_TEMPLATE: Operation[ReplyTemplateParsed | None] = Operation(
    "GetCustomerCentrePasswordReplyTemplate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetCustomerCentrePasswordReplyTemplate",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", REPLY_TEMPLATE_PARSED_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetCustomerCentrePasswordReplyTemplate",
)

SEND_CUSTOMER_CENTRE_PASSWORD_EMAIL: Operation[None] = Operation(
    "SendCustomerCentrePasswordEmail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SendCustomerCentrePasswordEmail",
    params=(
        Param("person_id", "PersonId", INT),
        Param("from_", "From", STR, nillable=True),
        Param("to", "To", STR, nillable=True),
        Param("subject", "Subject", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Person/SendCustomerCentrePasswordEmail",
)

SEND_EMAIL: Operation[None] = Operation(
    "SendEmail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SendEmail",
    params=(
        Param("from_", "From", STR, nillable=True),
        Param("to", "To", STR, nillable=True),
        Param("subject", "Subject", STR, nillable=True),
        Param("plain_body", "PlainBody", STR, nillable=True),
        Param("html_body", "HtmlBody", STR, nillable=True),
        Param("attachment_ids", "AttachmentIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Person/SendEmail",
)

SEND_EMAIL_WITH_EVENT_NAME: Operation[None] = Operation(
    "SendEmailWithEventName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SendEmailWithEventName",
    params=(
        Param("from_", "From", STR, nillable=True),
        Param("to", "To", STR, nillable=True),
        Param("subject", "Subject", STR, nillable=True),
        Param("plain_body", "PlainBody", STR, nillable=True),
        Param("html_body", "HtmlBody", STR, nillable=True),
        Param("attachment_ids", "AttachmentIds", LIST_OF_INT_CODEC, nillable=True),
        Param("event_name", "EventName", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Person/SendEmailWithEventName",
)

GET_UTM_PARAMETERS: Operation[UtmParameters | None] = Operation(
    "GetUtmParameters",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetUtmParameters",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", UTM_PARAMETERS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetUtmParameters",
)

SET_UTM_CREATED_PERSON_CONTACT_FOR_FORM_SUBMISSION: Operation[None] = Operation(
    "SetUtmCreatedPersonContactForFormSubmission",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SetUtmCreatedPersonContactForFormSubmission",
    params=(
        Param("form_submission_id", "FormSubmissionId", INT),
        Param("person_id", "PersonId", INT),
        Param("contact_id", "ContactId", INT),
    ),
    rest_path="/api/v1/Agents/Person/SetUtmCreatedPersonContactForFormSubmission",
)

GET_PERSON_LIST: Operation[list[Person | None] | None] = Operation(
    "GetPersonList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPersonList",
    params=(Param("person_ids", "PersonIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetPersonList",
    rest_body="person_ids",
)

GET_PERSONS_FROM_CONTACT: Operation[list[Person | None] | None] = Operation(
    "GetPersonsFromContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPersonsFromContact",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", LIST_OF_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetPersonsFromContact",
)

GET_PERSONS_FROM_PROJECT: Operation[list[Person | None] | None] = Operation(
    "GetPersonsFromProject",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetPersonsFromProject",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", LIST_OF_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetPersonsFromProject",
)

GET_COLLEAGUES: Operation[list[Person | None] | None] = Operation(
    "GetColleagues",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetColleagues",
    results=(Param("response", "Response", LIST_OF_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetColleagues",
)

GET_COLLEAGUES_BY_DEPARTMENT: Operation[list[Person | None] | None] = Operation(
    "GetColleaguesByDepartment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetColleaguesByDepartment",
    params=(Param("department_id", "DepartmentId", INT),),
    results=(Param("response", "Response", LIST_OF_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetColleaguesByDepartment",
)

GET_COLLEAGUES_BY_SOURCE: Operation[list[Person | None] | None] = Operation(
    "GetColleaguesBySource",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetColleaguesBySource",
    params=(
        Param("source_type", "SourceType", ASSOCIATE_SOURCE_TYPE_CODEC),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetColleaguesBySource",
)

GET_MY_OWNER: Operation[Person | None] = Operation(
    "GetMyOwner",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetMyOwner",
    results=(Param("response", "Response", PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetMyOwner",
)

GET_OWNER_ON_PERSON_ID: Operation[Person | None] = Operation(
    "GetOwnerOnPersonId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/GetOwnerOnPersonId",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", PERSON_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Person/GetOwnerOnPersonId",
)

CHANGE_PERSON_RANK: Operation[int | None] = Operation(
    "ChangePersonRank",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/ChangePersonRank",
    params=(
        Param("person_id", "PersonId", INT),
        Param("move_up", "MoveUp", BOOL),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Person/ChangePersonRank",
)

SET_PERSON_RANK: Operation[bool | None] = Operation(
    "SetPersonRank",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/SetPersonRank",
    params=(
        Param("person_id", "PersonId", INT),
        Param("desired_rank", "DesiredRank", SHORT),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Person/SetPersonRank",
)

NORMALIZE_RANKS: Operation[bool | None] = Operation(
    "NormalizeRanks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Person/NormalizeRanks",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Person/NormalizeRanks",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "CreateDefaultConsentPerson": CREATE_DEFAULT_CONSENT_PERSON,
    "SaveConsentPerson": SAVE_CONSENT_PERSON,
    "DeleteConsentPerson": DELETE_CONSENT_PERSON,
    "CreateDefaultPersonEntity": CREATE_DEFAULT_PERSON_ENTITY,
    "SavePersonEntity": SAVE_PERSON_ENTITY,
    "DeletePersonEntity": DELETE_PERSON_ENTITY,
    "CreateDefaultPersonImage": CREATE_DEFAULT_PERSON_IMAGE,
    "GetConsentPerson": GET_CONSENT_PERSON,
    "GetPerson": GET_PERSON,
    "TryAddPersonsToEmailFlow": TRY_ADD_PERSONS_TO_EMAIL_FLOW,
    "GetPersonEntity": GET_PERSON_ENTITY,
    "Undelete": UNDELETE,
    "GetMyPerson": GET_MY_PERSON,
    "GetSalesRep": GET_SALES_REP,
    "GetPhones": GET_PHONES,
    "ChangeCountry": CHANGE_COUNTRY,
    "GetAddress": GET_ADDRESS,
    "GetAddressByCountry": GET_ADDRESS_BY_COUNTRY,
    "GetPersonImage": GET_PERSON_IMAGE,
    "GetPersonImageAsStream": GET_PERSON_IMAGE_AS_STREAM,
    "SetPersonImage": SET_PERSON_IMAGE,
    "SetPersonImageFromStream": SET_PERSON_IMAGE_FROM_STREAM,
    "CreateDefaultByContactId": CREATE_DEFAULT_BY_CONTACT_ID,
    "Move": MOVE,
    "Merge": MERGE,
    "CreateDefaultFromCredential": CREATE_DEFAULT_FROM_CREDENTIAL,
    "IsNumberValid": IS_NUMBER_VALID,
    "SetConsent": SET_CONSENT,
    "RemoveConsent": REMOVE_CONSENT,
    "HasConsent": HAS_CONSENT,
    "GetConsentInfos": GET_CONSENT_INFOS,
    "SendConsentConfirmationEmail": SEND_CONSENT_CONFIRMATION_EMAIL,
    "ResolvePersonFromInfo": RESOLVE_PERSON_FROM_INFO,
    "AddEmailAddressToPerson": ADD_EMAIL_ADDRESS_TO_PERSON,
    "CreateTemporaryKey": CREATE_TEMPORARY_KEY,
    "CreateTemporaryKeyWithPayload": CREATE_TEMPORARY_KEY_WITH_PAYLOAD,
    "CheckTemporaryKey": CHECK_TEMPORARY_KEY,
    "DeleteTemporaryKeysOfDomain": DELETE_TEMPORARY_KEYS_OF_DOMAIN,
    "DeleteExpired": DELETE_EXPIRED,
    "GetPersonSummary": GET_PERSON_SUMMARY,
    "AddBounce": ADD_BOUNCE,
    "ValidatePersonEntity": VALIDATE_PERSON_ENTITY,
    "AddBounceWithCount": ADD_BOUNCE_WITH_COUNT,
    "GetBestSoLanguageForTemplate": GET_BEST_SO_LANGUAGE_FOR_TEMPLATE,
    "AddBounceWithDetails": ADD_BOUNCE_WITH_DETAILS,
    "GetPersonImages": GET_PERSON_IMAGES,
    "CreateOrUpdateUserCandidate": CREATE_OR_UPDATE_USER_CANDIDATE,
    "GetUserCandidateByPerson": GET_USER_CANDIDATE_BY_PERSON,
    "GetCustomerCentrePasswordReplyTemplate": GET_CUSTOMER_CENTRE_PASSWORD_REPLY_TEMPLATE,
    "SendCustomerCentrePasswordEmail": SEND_CUSTOMER_CENTRE_PASSWORD_EMAIL,
    "SendEmail": SEND_EMAIL,
    "SendEmailWithEventName": SEND_EMAIL_WITH_EVENT_NAME,
    "GetUtmParameters": GET_UTM_PARAMETERS,
    "SetUtmCreatedPersonContactForFormSubmission": SET_UTM_CREATED_PERSON_CONTACT_FOR_FORM_SUBMISSION,
    "GetPersonList": GET_PERSON_LIST,
    "GetPersonsFromContact": GET_PERSONS_FROM_CONTACT,
    "GetPersonsFromProject": GET_PERSONS_FROM_PROJECT,
    "GetColleagues": GET_COLLEAGUES,
    "GetColleaguesByDepartment": GET_COLLEAGUES_BY_DEPARTMENT,
    "GetColleaguesBySource": GET_COLLEAGUES_BY_SOURCE,
    "GetMyOwner": GET_MY_OWNER,
    "GetOwnerOnPersonId": GET_OWNER_ON_PERSON_ID,
    "ChangePersonRank": CHANGE_PERSON_RANK,
    "SetPersonRank": SET_PERSON_RANK,
    "NormalizeRanks": NORMALIZE_RANKS,
}


class PersonMethods(SyncCalls):
    """The Person operations, called synchronously (SOAP or REST)."""

    def create_default_consent_person(self) -> ConsentPerson | None:
        """Loading default values into a new ConsentPerson.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_CONSENT_PERSON, ())

    def save_consent_person(
        self, *, consent_person: ConsentPerson | None | Unset = UNSET
    ) -> ConsentPerson | None:
        """Updates the existing ConsentPerson or creates a new ConsentPerson if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_CONSENT_PERSON, (consent_person,))

    def delete_consent_person(self, *, consent_person_id: int | Unset = UNSET) -> None:
        """Deletes the ConsentPerson"""
        return self._call(DELETE_CONSENT_PERSON, (consent_person_id,))

    def create_default_person_entity(self) -> PersonEntity | None:
        """Loading default values into a new PersonEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_PERSON_ENTITY, ())

    def save_person_entity(
        self, *, person_entity: PersonEntity | None | Unset = UNSET
    ) -> PersonEntity | None:
        """Updates the existing PersonEntity or creates a new PersonEntity if the id parameter
        is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_PERSON_ENTITY, (person_entity,))

    def delete_person_entity(self, *, person_entity_id: int | Unset = UNSET) -> None:
        """Deletes the PersonEntity."""
        return self._call(DELETE_PERSON_ENTITY, (person_entity_id,))

    def create_default_person_image(self) -> PersonImage | None:
        """Loading default values into a new PersonImage.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_PERSON_IMAGE, ())

    def get_consent_person(
        self, *, consent_person_id: int | Unset = UNSET
    ) -> ConsentPerson | None:
        """Gets a ConsentPerson object.

        Returns:
            The result.
        """
        return self._call(GET_CONSENT_PERSON, (consent_person_id,))

    def get_person(self, *, person_id: int | Unset = UNSET) -> Person | None:
        """Gets a Person object.

        Returns:
            The result.
        """
        return self._call(GET_PERSON, (person_id,))

    def try_add_persons_to_email_flow(
        self, *, email_flow_id: int | Unset = UNSET, person_ids: list[int] | None | Unset = UNSET
    ) -> list[bool] | None:
        """Try to add a participant to the EmailFlow, Same function available in WorkflowAgent

        Returns:
            The result.
        """
        return self._call(TRY_ADD_PERSONS_TO_EMAIL_FLOW, (email_flow_id, person_ids))

    def get_person_entity(self, *, person_entity_id: int | Unset = UNSET) -> PersonEntity | None:
        """Gets a PersonEntity object.

        Returns:
            The result.
        """
        return self._call(GET_PERSON_ENTITY, (person_entity_id,))

    def undelete(self, *, id: int | Unset = UNSET) -> None:
        """This entity supports Soft Delete."""
        return self._call(UNDELETE, (id,))

    def get_my_person(self) -> PersonEntity | None:
        """Gets the person info belonging to the currently logged on user.

        Returns:
            The result.
        """
        return self._call(GET_MY_PERSON, ())

    def get_sales_rep(
        self,
        *,
        contact_name: str | None | Unset = UNSET,
        person_firstname: str | None | Unset = UNSET,
        person_lastname: str | None | Unset = UNSET,
        email_address: str | None | Unset = UNSET,
        phone_number: str | None | Unset = UNSET,
    ) -> PersonEntity | None:
        """Returns the sales representative for an external user.

        Returns:
            The result.
        """
        return self._call(
            GET_SALES_REP,
            (contact_name, person_firstname, person_lastname, email_address, phone_number),
        )

    def get_phones(self, *, person_id: int | Unset = UNSET) -> list[EntityElement | None] | None:
        """Returning all phones that belong to a person, ordered by the phone type.

        Returns:
            The result.
        """
        return self._call(GET_PHONES, (person_id,))

    def change_country(
        self,
        *,
        person_entity: PersonEntity | None | Unset = UNSET,
        to_country_id: int | Unset = UNSET,
    ) -> PersonEntity | None:
        """Change country regenerates the default values and localized information such as
        phone number and address format for this entity.

        Returns:
            The result.
        """
        return self._call(CHANGE_COUNTRY, (person_entity, to_country_id))

    def get_address(self, *, person_id: int | Unset = UNSET) -> Address | None:
        """Gets the person's localized address.

        Returns:
            The result.
        """
        return self._call(GET_ADDRESS, (person_id,))

    def get_address_by_country(
        self, *, person_id: int | Unset = UNSET, country_id: int | Unset = UNSET
    ) -> Address | None:
        """Gets the person's localized address.

        Returns:
            The result.
        """
        return self._call(GET_ADDRESS_BY_COUNTRY, (person_id, country_id))

    def get_person_image(self, *, person_id: int | Unset = UNSET) -> bytes | None:
        """Returns the person image that is displayed in the CRM application.

        Returns:
            The result.
        """
        return self._call(GET_PERSON_IMAGE, (person_id,))

    def get_person_image_as_stream(self, *, person_id: int | Unset = UNSET) -> bytes | None:
        """Call ``GetPersonImageAsStream``.

        Returns:
            The result.
        """
        return self._call(GET_PERSON_IMAGE_AS_STREAM, (person_id,))

    def set_person_image(
        self, *, person_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Stores the person image that is displayed in the CRM application."""
        return self._call(SET_PERSON_IMAGE, (person_id, image))

    def set_person_image_from_stream(
        self, *, person_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Call ``SetPersonImageFromStream``."""
        return self._call(SET_PERSON_IMAGE_FROM_STREAM, (person_id, image))

    def create_default_by_contact_id(
        self, *, contact_id: int | Unset = UNSET
    ) -> PersonEntity | None:
        """Creates a PersonEntity with default values based on the contactId.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_BY_CONTACT_ID, (contact_id,))

    def move(
        self,
        *,
        person_id: int | Unset = UNSET,
        destination_contact_id: int | Unset = UNSET,
        move_after_date: datetime.datetime | Unset = UNSET,
    ) -> None:
        """Move a person to a specified contact."""
        return self._call(MOVE, (person_id, destination_contact_id, move_after_date))

    def merge(
        self,
        *,
        source_person_id: int | Unset = UNSET,
        destination_person_id: int | Unset = UNSET,
        move_after_date: datetime.datetime | Unset = UNSET,
        delete_source: bool | Unset = UNSET,
        replace_empty_fields_on_destination: bool | Unset = UNSET,
    ) -> None:
        """Merge two persons."""
        return self._call(
            MERGE,
            (
                source_person_id,
                destination_person_id,
                move_after_date,
                delete_source,
                replace_empty_fields_on_destination,
            ),
        )

    def create_default_from_credential(
        self,
        *,
        contact_id: int | Unset = UNSET,
        credential_type: str | None | Unset = UNSET,
        credential_value: str | None | Unset = UNSET,
        credential_display_value: str | None | Unset = UNSET,
    ) -> PersonEntity | None:
        """Creates a PersonEntity with default values based on the contactId and credentials.

        Returns:
            The result.
        """
        return self._call(
            CREATE_DEFAULT_FROM_CREDENTIAL,
            (contact_id, credential_type, credential_value, credential_display_value),
        )

    def is_number_valid(
        self, *, contact_id: int | Unset = UNSET, number: str | None | Unset = UNSET
    ) -> bool | None:
        """Checks if the number is unique or required.

        Returns:
            The result.
        """
        return self._call(IS_NUMBER_VALID, (contact_id, number))

    def set_consent(
        self,
        *,
        person_id: int | Unset = UNSET,
        purpose: str | None | Unset = UNSET,
        source: str | None | Unset = UNSET,
        legal_base: str | None | Unset = UNSET,
        comment: str | None | Unset = UNSET,
    ) -> None:
        """Set a specified type of consent on the person."""
        return self._call(SET_CONSENT, (person_id, purpose, source, legal_base, comment))

    def remove_consent(
        self, *, person_id: int | Unset = UNSET, purpose: str | None | Unset = UNSET
    ) -> None:
        """Turn off consent for a specified person and purpose."""
        return self._call(REMOVE_CONSENT, (person_id, purpose))

    def has_consent(
        self, *, person_id: int | Unset = UNSET, purpose: str | None | Unset = UNSET
    ) -> bool | None:
        """Check if consent has been given by a specified person, for a specific purpose.

        Returns:
            The result.
        """
        return self._call(HAS_CONSENT, (person_id, purpose))

    def get_consent_infos(
        self, *, person_id: int | Unset = UNSET
    ) -> list[ConsentInfo | None] | None:
        """Get all consent information for a given person.

        Returns:
            The result.
        """
        return self._call(GET_CONSENT_INFOS, (person_id,))

    def send_consent_confirmation_email(
        self,
        *,
        person_id: int | Unset = UNSET,
        email_address: str | None | Unset = UNSET,
        email_template_id: int | Unset = UNSET,
        culture_lcid_id: int | Unset = UNSET,
        subject: str | None | Unset = UNSET,
    ) -> None:
        """Send confirmation email to the provided person, email address (id), using the
        document template
        """
        return self._call(
            SEND_CONSENT_CONFIRMATION_EMAIL,
            (person_id, email_address, email_template_id, culture_lcid_id, subject),
        )

    def resolve_person_from_info(
        self,
        *,
        contact_id: int | Unset = UNSET,
        person_name: str | None | Unset = UNSET,
        phone_numbers: list[str | None] | None | Unset = UNSET,
        emails: list[str | None] | None | Unset = UNSET,
    ) -> ResolvedPerson | None:
        """Get a person from the provided information.

        Returns:
            The result.
        """
        return self._call(
            RESOLVE_PERSON_FROM_INFO, (contact_id, person_name, phone_numbers, emails)
        )

    def add_email_address_to_person(
        self,
        *,
        person_id: int | Unset = UNSET,
        email_address: str | None | Unset = UNSET,
        set_as_primary_email: bool | Unset = UNSET,
    ) -> None:
        """Sets the primary email address on person, possibly re-ranking email addresses
        accordingly.
        """
        return self._call(
            ADD_EMAIL_ADDRESS_TO_PERSON, (person_id, email_address, set_as_primary_email)
        )

    def create_temporary_key(
        self,
        *,
        domain: TemporaryKeyDomain | str | Unset = UNSET,
        target_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
    ) -> str | None:
        """Create a temporary key in the database from the given parameters and return the key
        string.

        Returns:
            The result.
        """
        return self._call(CREATE_TEMPORARY_KEY, (domain, target_id, person_id, expires))

    def create_temporary_key_with_payload(
        self,
        *,
        domain: TemporaryKeyDomain | str | Unset = UNSET,
        target_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        payload: str | None | Unset = UNSET,
    ) -> str | None:
        """Create a temporary key in the database from the given parameters and return the key
        string.

        Returns:
            The result.
        """
        return self._call(
            CREATE_TEMPORARY_KEY_WITH_PAYLOAD, (domain, target_id, person_id, expires, payload)
        )

    def check_temporary_key(
        self, *, temporary_key: str | None | Unset = UNSET
    ) -> TemporaryKeyInfo | None:
        """Check a temporary key for validity, and in case it is valid, return its domain,
        targetId and personId

        Returns:
            The result.
        """
        return self._call(CHECK_TEMPORARY_KEY, (temporary_key,))

    def delete_temporary_keys_of_domain(
        self, *, domain: TemporaryKeyDomain | str | Unset = UNSET, person_id: int | Unset = UNSET
    ) -> None:
        """Delete all temporary keys for a given domain and person"""
        return self._call(DELETE_TEMPORARY_KEYS_OF_DOMAIN, (domain, person_id))

    def delete_expired(self) -> None:
        """Trigger deletion of persons that has been (soft) deleted and have timed out the
        expiry period (the SoftDeleteRetention preference).
        """
        return self._call(DELETE_EXPIRED, ())

    def get_person_summary(
        self, *, person_id: int | Unset = UNSET, limit: int | Unset = UNSET
    ) -> PersonSummary | None:
        """Get summary of person and recent activity.

        Returns:
            The result.
        """
        return self._call(GET_PERSON_SUMMARY, (person_id, limit))

    def add_bounce(self, *, email_address: str | None | Unset = UNSET) -> None:
        """Add a bounce count on the email address if it exists"""
        return self._call(ADD_BOUNCE, (email_address,))

    def validate_person_entity(
        self, *, person_entity: PersonEntity | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Check that entity is ready for saving, return error messages by field.

        Returns:
            The result.
        """
        return self._call(VALIDATE_PERSON_ENTITY, (person_entity,))

    def add_bounce_with_count(
        self, *, email_address: str | None | Unset = UNSET, counts: int | Unset = UNSET
    ) -> None:
        """Add a number of bounce counts on the email address if it exists"""
        return self._call(ADD_BOUNCE_WITH_COUNT, (email_address, counts))

    def get_best_so_language_for_template(
        self, *, person_id: int | Unset = UNSET, template_id: int | Unset = UNSET
    ) -> str | None:
        """Get the best language for this person on this template

        Returns:
            The result.
        """
        return self._call(GET_BEST_SO_LANGUAGE_FOR_TEMPLATE, (person_id, template_id))

    def add_bounce_with_details(
        self,
        *,
        email_address: str | None | Unset = UNSET,
        counts: int | Unset = UNSET,
        code: int | Unset = UNSET,
        reason: str | None | Unset = UNSET,
    ) -> None:
        """Add a number of bounce counts on the email address if it exists, and with possible
        bounce code and reason
        """
        return self._call(ADD_BOUNCE_WITH_DETAILS, (email_address, counts, code, reason))

    def get_person_images(
        self,
        *,
        person_ids: list[int] | None | Unset = UNSET,
        scaled_width: int | Unset = UNSET,
        scaled_height: int | Unset = UNSET,
    ) -> list[PersonImage | None] | None:
        """Get the image for a set of persons scaled to a specific size.

        Returns:
            The result.
        """
        return self._call(GET_PERSON_IMAGES, (person_ids, scaled_width, scaled_height))

    def create_or_update_user_candidate(
        self,
        *,
        person_id: int | Unset = UNSET,
        username: str | None | Unset = UNSET,
        access_all_requests: bool | Unset = UNSET,
    ) -> UserCandidate | None:
        """Creates a Customer Centre User (UserCandidate) for a given Contact (personId) with
        the supplied parameters.

        Returns:
            The result.
        """
        return self._call(
            CREATE_OR_UPDATE_USER_CANDIDATE, (person_id, username, access_all_requests)
        )

    def get_user_candidate_by_person(
        self, *, person_id: int | Unset = UNSET
    ) -> UserCandidate | None:
        """Gets user candidate linked to a person.

        Returns:
            The result.
        """
        return self._call(GET_USER_CANDIDATE_BY_PERSON, (person_id,))

    def get_customer_centre_password_reply_template(
        self, *, person_id: int | Unset = UNSET
    ) -> ReplyTemplateParsed | None:
        """Gets a parsed Customer Centre password reply template for a particular customer

        Returns:
            The result.
        """
        return self._call(GET_CUSTOMER_CENTRE_PASSWORD_REPLY_TEMPLATE, (person_id,))

    def send_customer_centre_password_email(
        self,
        *,
        person_id: int | Unset = UNSET,
        from_: str | None | Unset = UNSET,
        to: str | None | Unset = UNSET,
        subject: str | None | Unset = UNSET,
    ) -> None:
        """Sends a Customer Centre password email based on the reply template."""
        return self._call(SEND_CUSTOMER_CENTRE_PASSWORD_EMAIL, (person_id, from_, to, subject))

    def send_email(
        self,
        *,
        from_: str | None | Unset = UNSET,
        to: str | None | Unset = UNSET,
        subject: str | None | Unset = UNSET,
        plain_body: str | None | Unset = UNSET,
        html_body: str | None | Unset = UNSET,
        attachment_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Inserts into outbox an email with specified details."""
        return self._call(SEND_EMAIL, (from_, to, subject, plain_body, html_body, attachment_ids))

    def send_email_with_event_name(
        self,
        *,
        from_: str | None | Unset = UNSET,
        to: str | None | Unset = UNSET,
        subject: str | None | Unset = UNSET,
        plain_body: str | None | Unset = UNSET,
        html_body: str | None | Unset = UNSET,
        attachment_ids: list[int] | None | Unset = UNSET,
        event_name: str | None | Unset = UNSET,
    ) -> None:
        """Inserts into outbox an email with specified details and event name."""
        return self._call(
            SEND_EMAIL_WITH_EVENT_NAME,
            (from_, to, subject, plain_body, html_body, attachment_ids, event_name),
        )

    def get_utm_parameters(self, *, person_id: int | Unset = UNSET) -> UtmParameters | None:
        """Get all UTM parameters for a given person.

        Returns:
            The result.
        """
        return self._call(GET_UTM_PARAMETERS, (person_id,))

    def set_utm_created_person_contact_for_form_submission(
        self,
        *,
        form_submission_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        contact_id: int | Unset = UNSET,
    ) -> None:
        """Set created person and optinally contact on an UTM Parameters row related to a form
        submission.
        """
        return self._call(
            SET_UTM_CREATED_PERSON_CONTACT_FOR_FORM_SUBMISSION,
            (form_submission_id, person_id, contact_id),
        )

    def get_person_list(
        self, *, person_ids: list[int] | None | Unset = UNSET
    ) -> list[Person | None] | None:
        """Gets an array of Person objects.

        Returns:
            The result.
        """
        return self._call(GET_PERSON_LIST, (person_ids,))

    def get_persons_from_contact(
        self, *, contact_id: int | Unset = UNSET
    ) -> list[Person | None] | None:
        """Returns all the persons belonging to a contact.

        Returns:
            The result.
        """
        return self._call(GET_PERSONS_FROM_CONTACT, (contact_id,))

    def get_persons_from_project(
        self, *, project_id: int | Unset = UNSET
    ) -> list[Person | None] | None:
        """Returns all the persons belonging to a project.

        Returns:
            The result.
        """
        return self._call(GET_PERSONS_FROM_PROJECT, (project_id,))

    def get_colleagues(self) -> list[Person | None] | None:
        """Gets the persons working in the same company as the logged on user.

        Returns:
            The result.
        """
        return self._call(GET_COLLEAGUES, ())

    def get_colleagues_by_department(
        self, *, department_id: int | Unset = UNSET
    ) -> list[Person | None] | None:
        """Gets the persons working in a specific department in the same company as the logged
        on user.

        Returns:
            The result.
        """
        return self._call(GET_COLLEAGUES_BY_DEPARTMENT, (department_id,))

    def get_colleagues_by_source(
        self, *, source_type: AssociateSourceType | str | Unset = UNSET, count: int | Unset = UNSET
    ) -> list[Person | None] | None:
        """Gets the persons working in the same company as the logged on user.

        Returns:
            The result.
        """
        return self._call(GET_COLLEAGUES_BY_SOURCE, (source_type, count))

    def get_my_owner(self) -> Person | None:
        """Get the owner of the logged in person.

        Returns:
            The result.
        """
        return self._call(GET_MY_OWNER, ())

    def get_owner_on_person_id(self, *, person_id: int | Unset = UNSET) -> Person | None:
        """Get the owner of the person by id.

        Returns:
            The result.
        """
        return self._call(GET_OWNER_ON_PERSON_ID, (person_id,))

    def change_person_rank(
        self, *, person_id: int | Unset = UNSET, move_up: bool | Unset = UNSET
    ) -> int | None:
        """Move one person up or down in the ranking in the Person Archive, if possible.

        Returns:
            The result.
        """
        return self._call(CHANGE_PERSON_RANK, (person_id, move_up))

    def set_person_rank(
        self, *, person_id: int | Unset = UNSET, desired_rank: int | Unset = UNSET
    ) -> bool | None:
        """Directly set the rank field of a person record, adjusting all other person records
        under the same contact as needed.

        Returns:
            The result.
        """
        return self._call(SET_PERSON_RANK, (person_id, desired_rank))

    def normalize_ranks(self, *, contact_id: int | Unset = UNSET) -> bool | None:
        """Nomralize the ranks for all persons that belong to a contact.

        Returns:
            The result.
        """
        return self._call(NORMALIZE_RANKS, (contact_id,))


class AsyncPersonMethods(AsyncCalls):
    """The Person operations, called asynchronously (SOAP or REST)."""

    async def create_default_consent_person(self) -> ConsentPerson | None:
        """Loading default values into a new ConsentPerson.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_CONSENT_PERSON, ())

    async def save_consent_person(
        self, *, consent_person: ConsentPerson | None | Unset = UNSET
    ) -> ConsentPerson | None:
        """Updates the existing ConsentPerson or creates a new ConsentPerson if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_CONSENT_PERSON, (consent_person,))

    async def delete_consent_person(self, *, consent_person_id: int | Unset = UNSET) -> None:
        """Deletes the ConsentPerson"""
        return await self._call(DELETE_CONSENT_PERSON, (consent_person_id,))

    async def create_default_person_entity(self) -> PersonEntity | None:
        """Loading default values into a new PersonEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_PERSON_ENTITY, ())

    async def save_person_entity(
        self, *, person_entity: PersonEntity | None | Unset = UNSET
    ) -> PersonEntity | None:
        """Updates the existing PersonEntity or creates a new PersonEntity if the id parameter
        is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_PERSON_ENTITY, (person_entity,))

    async def delete_person_entity(self, *, person_entity_id: int | Unset = UNSET) -> None:
        """Deletes the PersonEntity."""
        return await self._call(DELETE_PERSON_ENTITY, (person_entity_id,))

    async def create_default_person_image(self) -> PersonImage | None:
        """Loading default values into a new PersonImage.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_PERSON_IMAGE, ())

    async def get_consent_person(
        self, *, consent_person_id: int | Unset = UNSET
    ) -> ConsentPerson | None:
        """Gets a ConsentPerson object.

        Returns:
            The result.
        """
        return await self._call(GET_CONSENT_PERSON, (consent_person_id,))

    async def get_person(self, *, person_id: int | Unset = UNSET) -> Person | None:
        """Gets a Person object.

        Returns:
            The result.
        """
        return await self._call(GET_PERSON, (person_id,))

    async def try_add_persons_to_email_flow(
        self, *, email_flow_id: int | Unset = UNSET, person_ids: list[int] | None | Unset = UNSET
    ) -> list[bool] | None:
        """Try to add a participant to the EmailFlow, Same function available in WorkflowAgent

        Returns:
            The result.
        """
        return await self._call(TRY_ADD_PERSONS_TO_EMAIL_FLOW, (email_flow_id, person_ids))

    async def get_person_entity(
        self, *, person_entity_id: int | Unset = UNSET
    ) -> PersonEntity | None:
        """Gets a PersonEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_PERSON_ENTITY, (person_entity_id,))

    async def undelete(self, *, id: int | Unset = UNSET) -> None:
        """This entity supports Soft Delete."""
        return await self._call(UNDELETE, (id,))

    async def get_my_person(self) -> PersonEntity | None:
        """Gets the person info belonging to the currently logged on user.

        Returns:
            The result.
        """
        return await self._call(GET_MY_PERSON, ())

    async def get_sales_rep(
        self,
        *,
        contact_name: str | None | Unset = UNSET,
        person_firstname: str | None | Unset = UNSET,
        person_lastname: str | None | Unset = UNSET,
        email_address: str | None | Unset = UNSET,
        phone_number: str | None | Unset = UNSET,
    ) -> PersonEntity | None:
        """Returns the sales representative for an external user.

        Returns:
            The result.
        """
        return await self._call(
            GET_SALES_REP,
            (contact_name, person_firstname, person_lastname, email_address, phone_number),
        )

    async def get_phones(
        self, *, person_id: int | Unset = UNSET
    ) -> list[EntityElement | None] | None:
        """Returning all phones that belong to a person, ordered by the phone type.

        Returns:
            The result.
        """
        return await self._call(GET_PHONES, (person_id,))

    async def change_country(
        self,
        *,
        person_entity: PersonEntity | None | Unset = UNSET,
        to_country_id: int | Unset = UNSET,
    ) -> PersonEntity | None:
        """Change country regenerates the default values and localized information such as
        phone number and address format for this entity.

        Returns:
            The result.
        """
        return await self._call(CHANGE_COUNTRY, (person_entity, to_country_id))

    async def get_address(self, *, person_id: int | Unset = UNSET) -> Address | None:
        """Gets the person's localized address.

        Returns:
            The result.
        """
        return await self._call(GET_ADDRESS, (person_id,))

    async def get_address_by_country(
        self, *, person_id: int | Unset = UNSET, country_id: int | Unset = UNSET
    ) -> Address | None:
        """Gets the person's localized address.

        Returns:
            The result.
        """
        return await self._call(GET_ADDRESS_BY_COUNTRY, (person_id, country_id))

    async def get_person_image(self, *, person_id: int | Unset = UNSET) -> bytes | None:
        """Returns the person image that is displayed in the CRM application.

        Returns:
            The result.
        """
        return await self._call(GET_PERSON_IMAGE, (person_id,))

    async def get_person_image_as_stream(self, *, person_id: int | Unset = UNSET) -> bytes | None:
        """Call ``GetPersonImageAsStream``.

        Returns:
            The result.
        """
        return await self._call(GET_PERSON_IMAGE_AS_STREAM, (person_id,))

    async def set_person_image(
        self, *, person_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Stores the person image that is displayed in the CRM application."""
        return await self._call(SET_PERSON_IMAGE, (person_id, image))

    async def set_person_image_from_stream(
        self, *, person_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Call ``SetPersonImageFromStream``."""
        return await self._call(SET_PERSON_IMAGE_FROM_STREAM, (person_id, image))

    async def create_default_by_contact_id(
        self, *, contact_id: int | Unset = UNSET
    ) -> PersonEntity | None:
        """Creates a PersonEntity with default values based on the contactId.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_BY_CONTACT_ID, (contact_id,))

    async def move(
        self,
        *,
        person_id: int | Unset = UNSET,
        destination_contact_id: int | Unset = UNSET,
        move_after_date: datetime.datetime | Unset = UNSET,
    ) -> None:
        """Move a person to a specified contact."""
        return await self._call(MOVE, (person_id, destination_contact_id, move_after_date))

    async def merge(
        self,
        *,
        source_person_id: int | Unset = UNSET,
        destination_person_id: int | Unset = UNSET,
        move_after_date: datetime.datetime | Unset = UNSET,
        delete_source: bool | Unset = UNSET,
        replace_empty_fields_on_destination: bool | Unset = UNSET,
    ) -> None:
        """Merge two persons."""
        return await self._call(
            MERGE,
            (
                source_person_id,
                destination_person_id,
                move_after_date,
                delete_source,
                replace_empty_fields_on_destination,
            ),
        )

    async def create_default_from_credential(
        self,
        *,
        contact_id: int | Unset = UNSET,
        credential_type: str | None | Unset = UNSET,
        credential_value: str | None | Unset = UNSET,
        credential_display_value: str | None | Unset = UNSET,
    ) -> PersonEntity | None:
        """Creates a PersonEntity with default values based on the contactId and credentials.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_DEFAULT_FROM_CREDENTIAL,
            (contact_id, credential_type, credential_value, credential_display_value),
        )

    async def is_number_valid(
        self, *, contact_id: int | Unset = UNSET, number: str | None | Unset = UNSET
    ) -> bool | None:
        """Checks if the number is unique or required.

        Returns:
            The result.
        """
        return await self._call(IS_NUMBER_VALID, (contact_id, number))

    async def set_consent(
        self,
        *,
        person_id: int | Unset = UNSET,
        purpose: str | None | Unset = UNSET,
        source: str | None | Unset = UNSET,
        legal_base: str | None | Unset = UNSET,
        comment: str | None | Unset = UNSET,
    ) -> None:
        """Set a specified type of consent on the person."""
        return await self._call(SET_CONSENT, (person_id, purpose, source, legal_base, comment))

    async def remove_consent(
        self, *, person_id: int | Unset = UNSET, purpose: str | None | Unset = UNSET
    ) -> None:
        """Turn off consent for a specified person and purpose."""
        return await self._call(REMOVE_CONSENT, (person_id, purpose))

    async def has_consent(
        self, *, person_id: int | Unset = UNSET, purpose: str | None | Unset = UNSET
    ) -> bool | None:
        """Check if consent has been given by a specified person, for a specific purpose.

        Returns:
            The result.
        """
        return await self._call(HAS_CONSENT, (person_id, purpose))

    async def get_consent_infos(
        self, *, person_id: int | Unset = UNSET
    ) -> list[ConsentInfo | None] | None:
        """Get all consent information for a given person.

        Returns:
            The result.
        """
        return await self._call(GET_CONSENT_INFOS, (person_id,))

    async def send_consent_confirmation_email(
        self,
        *,
        person_id: int | Unset = UNSET,
        email_address: str | None | Unset = UNSET,
        email_template_id: int | Unset = UNSET,
        culture_lcid_id: int | Unset = UNSET,
        subject: str | None | Unset = UNSET,
    ) -> None:
        """Send confirmation email to the provided person, email address (id), using the
        document template
        """
        return await self._call(
            SEND_CONSENT_CONFIRMATION_EMAIL,
            (person_id, email_address, email_template_id, culture_lcid_id, subject),
        )

    async def resolve_person_from_info(
        self,
        *,
        contact_id: int | Unset = UNSET,
        person_name: str | None | Unset = UNSET,
        phone_numbers: list[str | None] | None | Unset = UNSET,
        emails: list[str | None] | None | Unset = UNSET,
    ) -> ResolvedPerson | None:
        """Get a person from the provided information.

        Returns:
            The result.
        """
        return await self._call(
            RESOLVE_PERSON_FROM_INFO, (contact_id, person_name, phone_numbers, emails)
        )

    async def add_email_address_to_person(
        self,
        *,
        person_id: int | Unset = UNSET,
        email_address: str | None | Unset = UNSET,
        set_as_primary_email: bool | Unset = UNSET,
    ) -> None:
        """Sets the primary email address on person, possibly re-ranking email addresses
        accordingly.
        """
        return await self._call(
            ADD_EMAIL_ADDRESS_TO_PERSON, (person_id, email_address, set_as_primary_email)
        )

    async def create_temporary_key(
        self,
        *,
        domain: TemporaryKeyDomain | str | Unset = UNSET,
        target_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
    ) -> str | None:
        """Create a temporary key in the database from the given parameters and return the key
        string.

        Returns:
            The result.
        """
        return await self._call(CREATE_TEMPORARY_KEY, (domain, target_id, person_id, expires))

    async def create_temporary_key_with_payload(
        self,
        *,
        domain: TemporaryKeyDomain | str | Unset = UNSET,
        target_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        expires: datetime.datetime | Unset = UNSET,
        payload: str | None | Unset = UNSET,
    ) -> str | None:
        """Create a temporary key in the database from the given parameters and return the key
        string.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_TEMPORARY_KEY_WITH_PAYLOAD, (domain, target_id, person_id, expires, payload)
        )

    async def check_temporary_key(
        self, *, temporary_key: str | None | Unset = UNSET
    ) -> TemporaryKeyInfo | None:
        """Check a temporary key for validity, and in case it is valid, return its domain,
        targetId and personId

        Returns:
            The result.
        """
        return await self._call(CHECK_TEMPORARY_KEY, (temporary_key,))

    async def delete_temporary_keys_of_domain(
        self, *, domain: TemporaryKeyDomain | str | Unset = UNSET, person_id: int | Unset = UNSET
    ) -> None:
        """Delete all temporary keys for a given domain and person"""
        return await self._call(DELETE_TEMPORARY_KEYS_OF_DOMAIN, (domain, person_id))

    async def delete_expired(self) -> None:
        """Trigger deletion of persons that has been (soft) deleted and have timed out the
        expiry period (the SoftDeleteRetention preference).
        """
        return await self._call(DELETE_EXPIRED, ())

    async def get_person_summary(
        self, *, person_id: int | Unset = UNSET, limit: int | Unset = UNSET
    ) -> PersonSummary | None:
        """Get summary of person and recent activity.

        Returns:
            The result.
        """
        return await self._call(GET_PERSON_SUMMARY, (person_id, limit))

    async def add_bounce(self, *, email_address: str | None | Unset = UNSET) -> None:
        """Add a bounce count on the email address if it exists"""
        return await self._call(ADD_BOUNCE, (email_address,))

    async def validate_person_entity(
        self, *, person_entity: PersonEntity | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Check that entity is ready for saving, return error messages by field.

        Returns:
            The result.
        """
        return await self._call(VALIDATE_PERSON_ENTITY, (person_entity,))

    async def add_bounce_with_count(
        self, *, email_address: str | None | Unset = UNSET, counts: int | Unset = UNSET
    ) -> None:
        """Add a number of bounce counts on the email address if it exists"""
        return await self._call(ADD_BOUNCE_WITH_COUNT, (email_address, counts))

    async def get_best_so_language_for_template(
        self, *, person_id: int | Unset = UNSET, template_id: int | Unset = UNSET
    ) -> str | None:
        """Get the best language for this person on this template

        Returns:
            The result.
        """
        return await self._call(GET_BEST_SO_LANGUAGE_FOR_TEMPLATE, (person_id, template_id))

    async def add_bounce_with_details(
        self,
        *,
        email_address: str | None | Unset = UNSET,
        counts: int | Unset = UNSET,
        code: int | Unset = UNSET,
        reason: str | None | Unset = UNSET,
    ) -> None:
        """Add a number of bounce counts on the email address if it exists, and with possible
        bounce code and reason
        """
        return await self._call(ADD_BOUNCE_WITH_DETAILS, (email_address, counts, code, reason))

    async def get_person_images(
        self,
        *,
        person_ids: list[int] | None | Unset = UNSET,
        scaled_width: int | Unset = UNSET,
        scaled_height: int | Unset = UNSET,
    ) -> list[PersonImage | None] | None:
        """Get the image for a set of persons scaled to a specific size.

        Returns:
            The result.
        """
        return await self._call(GET_PERSON_IMAGES, (person_ids, scaled_width, scaled_height))

    async def create_or_update_user_candidate(
        self,
        *,
        person_id: int | Unset = UNSET,
        username: str | None | Unset = UNSET,
        access_all_requests: bool | Unset = UNSET,
    ) -> UserCandidate | None:
        """Creates a Customer Centre User (UserCandidate) for a given Contact (personId) with
        the supplied parameters.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_OR_UPDATE_USER_CANDIDATE, (person_id, username, access_all_requests)
        )

    async def get_user_candidate_by_person(
        self, *, person_id: int | Unset = UNSET
    ) -> UserCandidate | None:
        """Gets user candidate linked to a person.

        Returns:
            The result.
        """
        return await self._call(GET_USER_CANDIDATE_BY_PERSON, (person_id,))

    async def get_customer_centre_password_reply_template(
        self, *, person_id: int | Unset = UNSET
    ) -> ReplyTemplateParsed | None:
        """Gets a parsed Customer Centre password reply template for a particular customer

        Returns:
            The result.
        """
        return await self._call(GET_CUSTOMER_CENTRE_PASSWORD_REPLY_TEMPLATE, (person_id,))

    async def send_customer_centre_password_email(
        self,
        *,
        person_id: int | Unset = UNSET,
        from_: str | None | Unset = UNSET,
        to: str | None | Unset = UNSET,
        subject: str | None | Unset = UNSET,
    ) -> None:
        """Sends a Customer Centre password email based on the reply template."""
        return await self._call(
            SEND_CUSTOMER_CENTRE_PASSWORD_EMAIL, (person_id, from_, to, subject)
        )

    async def send_email(
        self,
        *,
        from_: str | None | Unset = UNSET,
        to: str | None | Unset = UNSET,
        subject: str | None | Unset = UNSET,
        plain_body: str | None | Unset = UNSET,
        html_body: str | None | Unset = UNSET,
        attachment_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Inserts into outbox an email with specified details."""
        return await self._call(
            SEND_EMAIL, (from_, to, subject, plain_body, html_body, attachment_ids)
        )

    async def send_email_with_event_name(
        self,
        *,
        from_: str | None | Unset = UNSET,
        to: str | None | Unset = UNSET,
        subject: str | None | Unset = UNSET,
        plain_body: str | None | Unset = UNSET,
        html_body: str | None | Unset = UNSET,
        attachment_ids: list[int] | None | Unset = UNSET,
        event_name: str | None | Unset = UNSET,
    ) -> None:
        """Inserts into outbox an email with specified details and event name."""
        return await self._call(
            SEND_EMAIL_WITH_EVENT_NAME,
            (from_, to, subject, plain_body, html_body, attachment_ids, event_name),
        )

    async def get_utm_parameters(self, *, person_id: int | Unset = UNSET) -> UtmParameters | None:
        """Get all UTM parameters for a given person.

        Returns:
            The result.
        """
        return await self._call(GET_UTM_PARAMETERS, (person_id,))

    async def set_utm_created_person_contact_for_form_submission(
        self,
        *,
        form_submission_id: int | Unset = UNSET,
        person_id: int | Unset = UNSET,
        contact_id: int | Unset = UNSET,
    ) -> None:
        """Set created person and optinally contact on an UTM Parameters row related to a form
        submission.
        """
        return await self._call(
            SET_UTM_CREATED_PERSON_CONTACT_FOR_FORM_SUBMISSION,
            (form_submission_id, person_id, contact_id),
        )

    async def get_person_list(
        self, *, person_ids: list[int] | None | Unset = UNSET
    ) -> list[Person | None] | None:
        """Gets an array of Person objects.

        Returns:
            The result.
        """
        return await self._call(GET_PERSON_LIST, (person_ids,))

    async def get_persons_from_contact(
        self, *, contact_id: int | Unset = UNSET
    ) -> list[Person | None] | None:
        """Returns all the persons belonging to a contact.

        Returns:
            The result.
        """
        return await self._call(GET_PERSONS_FROM_CONTACT, (contact_id,))

    async def get_persons_from_project(
        self, *, project_id: int | Unset = UNSET
    ) -> list[Person | None] | None:
        """Returns all the persons belonging to a project.

        Returns:
            The result.
        """
        return await self._call(GET_PERSONS_FROM_PROJECT, (project_id,))

    async def get_colleagues(self) -> list[Person | None] | None:
        """Gets the persons working in the same company as the logged on user.

        Returns:
            The result.
        """
        return await self._call(GET_COLLEAGUES, ())

    async def get_colleagues_by_department(
        self, *, department_id: int | Unset = UNSET
    ) -> list[Person | None] | None:
        """Gets the persons working in a specific department in the same company as the logged
        on user.

        Returns:
            The result.
        """
        return await self._call(GET_COLLEAGUES_BY_DEPARTMENT, (department_id,))

    async def get_colleagues_by_source(
        self, *, source_type: AssociateSourceType | str | Unset = UNSET, count: int | Unset = UNSET
    ) -> list[Person | None] | None:
        """Gets the persons working in the same company as the logged on user.

        Returns:
            The result.
        """
        return await self._call(GET_COLLEAGUES_BY_SOURCE, (source_type, count))

    async def get_my_owner(self) -> Person | None:
        """Get the owner of the logged in person.

        Returns:
            The result.
        """
        return await self._call(GET_MY_OWNER, ())

    async def get_owner_on_person_id(self, *, person_id: int | Unset = UNSET) -> Person | None:
        """Get the owner of the person by id.

        Returns:
            The result.
        """
        return await self._call(GET_OWNER_ON_PERSON_ID, (person_id,))

    async def change_person_rank(
        self, *, person_id: int | Unset = UNSET, move_up: bool | Unset = UNSET
    ) -> int | None:
        """Move one person up or down in the ranking in the Person Archive, if possible.

        Returns:
            The result.
        """
        return await self._call(CHANGE_PERSON_RANK, (person_id, move_up))

    async def set_person_rank(
        self, *, person_id: int | Unset = UNSET, desired_rank: int | Unset = UNSET
    ) -> bool | None:
        """Directly set the rank field of a person record, adjusting all other person records
        under the same contact as needed.

        Returns:
            The result.
        """
        return await self._call(SET_PERSON_RANK, (person_id, desired_rank))

    async def normalize_ranks(self, *, contact_id: int | Unset = UNSET) -> bool | None:
        """Nomralize the ranks for all persons that belong to a contact.

        Returns:
            The result.
        """
        return await self._call(NORMALIZE_RANKS, (contact_id,))


class PersonAgent(PersonMethods, SoapCaller):
    """Person over SOAP 1.1 (``Remote/Services88/Person.svc``), synchronous."""

    _PATH = "Remote/Services88/Person.svc"
    _HEADERS = HEADERS


class AsyncPersonAgent(AsyncPersonMethods, AsyncSoapCaller):
    """Person over SOAP 1.1 (``Remote/Services88/Person.svc``), asynchronous."""

    _PATH = "Remote/Services88/Person.svc"
    _HEADERS = HEADERS


class PersonRestAgent(PersonMethods, RestCaller):
    """Person over REST (``/api/v1/Agents/Person/...``), synchronous."""


class AsyncPersonRestAgent(AsyncPersonMethods, AsyncRestCaller):
    """Person over REST (``/api/v1/Agents/Person/...``), asynchronous."""
