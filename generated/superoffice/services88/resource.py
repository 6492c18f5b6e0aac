"""Services88 Resource agent (``Remote/Services88/Resource.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, Operation, Param, STR
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.resource_override import LIST_OF_RESOURCE_OVERRIDE_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

SET_RESOURCE_SUBSTITUTION = Operation(
    "SetResourceSubstitution",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Resource/SetResourceSubstitution",
    params=(
        Param("resource_name", "ResourceName", STR, nillable=True),
        Param("resource_values", "ResourceValues", STR, nillable=True),
        Param("culture", "Culture", STR, nillable=True),
        Param("is_active", "IsActive", BOOL),
    ),
    rest_path="/api/v1/Agents/Resource/SetResourceSubstitution",
)
"""Create or update a resource substitution"""

DELETE_RESOURCE_SUBSTITUTION = Operation(
    "DeleteResourceSubstitution",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Resource/DeleteResourceSubstitution",
    params=(
        Param("resource_name", "ResourceName", STR, nillable=True),
        Param("culture", "Culture", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Resource/DeleteResourceSubstitution",
)
"""Permanentely delete a resource substitution for one or more cultures"""

ACTIVATE_RESOURCE_SUBSTITUTION = Operation(
    "ActivateResourceSubstitution",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Resource/ActivateResourceSubstitution",
    params=(
        Param("resource_name", "ResourceName", STR, nillable=True),
        Param("culture", "Culture", STR, nillable=True),
        Param("is_active", "IsActive", BOOL),
    ),
    rest_path="/api/v1/Agents/Resource/ActivateResourceSubstitution",
)
"""Activate or deactive a resource substitution for one or more cultures"""

GET_RESOURCE_SUBSTITUTIONS = Operation(
    "GetResourceSubstitutions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Resource/GetResourceSubstitutions",
    params=(
        Param("resource_names", "ResourceNames", LIST_OF_STR_CODEC, nillable=True),
        Param("culture", "Culture", STR, nillable=True),
        Param("active_only", "ActiveOnly", BOOL),
    ),
    results=(Param("response", "Response", LIST_OF_RESOURCE_OVERRIDE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Resource/GetResourceSubstitutions",
)
"""Get substitutions for some or all resources for one culture"""

IS_RESOURCE_SUBSTITUTION_ACTIVE = Operation(
    "IsResourceSubstitutionActive",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Resource/IsResourceSubstitutionActive",
    params=(
        Param("resource_names", "ResourceNames", LIST_OF_STR_CODEC, nillable=True),
        Param("culture", "Culture", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_RESOURCE_OVERRIDE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Resource/IsResourceSubstitutionActive",
)
"""Determine if resource substitution/override is active, globally or for a subset of
resources/cultures"""

OPERATIONS: dict[str, Operation] = {
    "SetResourceSubstitution": SET_RESOURCE_SUBSTITUTION,
    "DeleteResourceSubstitution": DELETE_RESOURCE_SUBSTITUTION,
    "ActivateResourceSubstitution": ACTIVATE_RESOURCE_SUBSTITUTION,
    "GetResourceSubstitutions": GET_RESOURCE_SUBSTITUTIONS,
    "IsResourceSubstitutionActive": IS_RESOURCE_SUBSTITUTION_ACTIVE,
}
