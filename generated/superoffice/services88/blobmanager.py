"""Services88 BlobManager agent (``Remote/Services88/BlobManager.svc``): its operations."""

from __future__ import annotations

from ..runtime import INT, LONG, Operation, Param, STR

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

READ_BLOB = Operation(
    "ReadBlob",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BlobManager/ReadBlob",
    params=(Param("blob_id", "BlobId", INT),),
    results=(
        Param("length", "Length", INT),
        Param("response", "Response", STR, nillable=True),
    ),
)
"""The ``ReadBlob`` operation."""

WRITE_BLOB = Operation(
    "WriteBlob",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BlobManager/WriteBlob",
    params=(
        Param("blob_id", "BlobId", INT),
        Param("blob", "Blob", STR, nillable=True),
    ),
)
"""The ``WriteBlob`` operation."""

BEGIN_READ_BLOB_PART = Operation(
    "BeginReadBlobPart",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BlobManager/BeginReadBlobPart",
    params=(Param("blob_id", "BlobId", INT),),
    results=(Param("response", "Response", LONG),),
)
"""The ``BeginReadBlobPart`` operation."""

READ_BLOB_PART = Operation(
    "ReadBlobPart",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BlobManager/ReadBlobPart",
    params=(
        Param("blob_id", "BlobId", INT),
        Param("blob_position", "BlobPosition", LONG),
        Param("length", "Length", INT),
    ),
    results=(
        Param("response", "Response", STR, nillable=True),
        Param("length", "Length", INT),
    ),
)
"""The ``ReadBlobPart`` operation."""

END_READ_BLOB_PART = Operation(
    "EndReadBlobPart",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BlobManager/EndReadBlobPart",
    params=(Param("blob_id", "BlobId", INT),),
)
"""The ``EndReadBlobPart`` operation."""

OPERATIONS: dict[str, Operation] = {
    "ReadBlob": READ_BLOB,
    "WriteBlob": WRITE_BLOB,
    "BeginReadBlobPart": BEGIN_READ_BLOB_PART,
    "ReadBlobPart": READ_BLOB_PART,
    "EndReadBlobPart": END_READ_BLOB_PART,
}
