"""Services88 NumberAllocation agent (``Remote/Services88/NumberAllocation.svc``): its
operations.
"""

from __future__ import annotations

from ..runtime import BOOL, INT, Operation, Param
from .types.ref_count_entity import REF_COUNT_ENTITY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_REF_COUNT_ENTITY = Operation(
    "CreateDefaultRefCountEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/NumberAllocation/CreateDefaultRefCountEntity",
    results=(Param("response", "Response", REF_COUNT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/NumberAllocation/CreateDefaultRefCountEntity",
)
"""Loading default values into a new RefCountEntity."""

SAVE_REF_COUNT_ENTITY = Operation(
    "SaveRefCountEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/NumberAllocation/SaveRefCountEntity",
    params=(Param("ref_count_entity", "RefCountEntity", REF_COUNT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", REF_COUNT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/NumberAllocation/SaveRefCountEntity",
    rest_body="ref_count_entity",
)
"""Updates the existing RefCountEntity or creates a new RefCountEntity if the id parameter is
0."""

DELETE_REF_COUNT_ENTITY = Operation(
    "DeleteRefCountEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/NumberAllocation/DeleteRefCountEntity",
    params=(Param("ref_count_entity_id", "RefCountEntityId", INT),),
    rest_path="/api/v1/Agents/NumberAllocation/DeleteRefCountEntity",
)
"""Deletes the RefCountEntity"""

GET_REF_COUNT_ENTITY = Operation(
    "GetRefCountEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/NumberAllocation/GetRefCountEntity",
    params=(Param("ref_count_entity_id", "RefCountEntityId", INT),),
    results=(Param("response", "Response", REF_COUNT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/NumberAllocation/GetRefCountEntity",
)
"""Gets a RefCountEntity object."""

SAVE_DEFAULT_NUMBERING = Operation(
    "SaveDefaultNumbering",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/NumberAllocation/SaveDefaultNumbering",
    params=(Param("ref_count_entity", "RefCountEntity", REF_COUNT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/NumberAllocation/SaveDefaultNumbering",
)
"""Saves default numbering values in preferences"""

GET_NUMBER_EACH_TEMPLATE = Operation(
    "GetNumberEachTemplate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/NumberAllocation/GetNumberEachTemplate",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/NumberAllocation/GetNumberEachTemplate",
)
"""Returns true or false if Automatically create new counters for new document templates"""

SET_NUMBER_EACH_TEMPLATE = Operation(
    "SetNumberEachTemplate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/NumberAllocation/SetNumberEachTemplate",
    params=(Param("set_value", "SetValue", BOOL),),
    rest_path="/api/v1/Agents/NumberAllocation/SetNumberEachTemplate",
)
"""Saves true or false if Automatically create new counters for new document templates"""

OPERATIONS: dict[str, Operation] = {
    "CreateDefaultRefCountEntity": CREATE_DEFAULT_REF_COUNT_ENTITY,
    "SaveRefCountEntity": SAVE_REF_COUNT_ENTITY,
    "DeleteRefCountEntity": DELETE_REF_COUNT_ENTITY,
    "GetRefCountEntity": GET_REF_COUNT_ENTITY,
    "SaveDefaultNumbering": SAVE_DEFAULT_NUMBERING,
    "GetNumberEachTemplate": GET_NUMBER_EACH_TEMPLATE,
    "SetNumberEachTemplate": SET_NUMBER_EACH_TEMPLATE,
}
