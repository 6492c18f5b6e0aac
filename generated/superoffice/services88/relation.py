"""Services88 Relation agent (``Remote/Services88/Relation.svc``): its operations."""

from __future__ import annotations

from ..runtime import INT, Operation, Param
from .types.contact_relation_entity import CONTACT_RELATION_ENTITY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_CONTACT_RELATION_ENTITY = Operation(
    "CreateDefaultContactRelationEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Relation/CreateDefaultContactRelationEntity",
    results=(Param("response", "Response", CONTACT_RELATION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Relation/CreateDefaultContactRelationEntity",
)
"""Loading default values into a new ContactRelationEntity."""

GET_CONTACT_RELATION_ENTITY = Operation(
    "GetContactRelationEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Relation/GetContactRelationEntity",
    params=(Param("contact_relation_entity_id", "ContactRelationEntityId", INT),),
    results=(Param("response", "Response", CONTACT_RELATION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Relation/GetContactRelationEntity",
)
"""Gets a ContactRelationEntity object."""

SAVE_CONTACT_RELATION = Operation(
    "SaveContactRelation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Relation/SaveContactRelation",
    params=(
        Param(
            "contact_relation_entity",
            "ContactRelationEntity",
            CONTACT_RELATION_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", CONTACT_RELATION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Relation/SaveContactRelation",
)
"""Creates a new or updates an existing contact relation."""

DELETE_CONTACT_RELATION = Operation(
    "DeleteContactRelation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Relation/DeleteContactRelation",
    params=(Param("contact_relation_entity_id", "ContactRelationEntityId", INT),),
    rest_path="/api/v1/Agents/Relation/DeleteContactRelation",
)
"""Deletes the spesified contact relation."""

OPERATIONS: dict[str, Operation] = {
    "CreateDefaultContactRelationEntity": CREATE_DEFAULT_CONTACT_RELATION_ENTITY,
    "GetContactRelationEntity": GET_CONTACT_RELATION_ENTITY,
    "SaveContactRelation": SAVE_CONTACT_RELATION,
    "DeleteContactRelation": DELETE_CONTACT_RELATION,
}
