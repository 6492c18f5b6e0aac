"""Services88 FileManager agent (``Remote/Services88/FileManager.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, INT, LONG, Operation, Param, STR

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_FILE = Operation(
    "CreateFile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FileManager/CreateFile",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("overwrite_existing_stream", "OverwriteExistingStream", BOOL),
    ),
)
"""The ``CreateFile`` operation."""

READ_FILE = Operation(
    "ReadFile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FileManager/ReadFile",
    params=(Param("document_id", "DocumentId", INT),),
    results=(
        Param("file_name", "FileName", STR, nillable=True),
        Param("length", "Length", INT),
        Param("response", "Response", STR, nillable=True),
    ),
)
"""The ``ReadFile`` operation."""

WRITE_FILE = Operation(
    "WriteFile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FileManager/WriteFile",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("document", "Document", STR, nillable=True),
    ),
)
"""The ``WriteFile`` operation."""

BEGIN_READ_FILE_PART = Operation(
    "BeginReadFilePart",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FileManager/BeginReadFilePart",
    params=(Param("document_id", "DocumentId", INT),),
    results=(
        Param("file_name", "FileName", STR, nillable=True),
        Param("length", "Length", LONG),
    ),
)
"""The ``BeginReadFilePart`` operation."""

READ_FILE_PART = Operation(
    "ReadFilePart",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FileManager/ReadFilePart",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("file_position", "FilePosition", LONG),
        Param("length", "Length", INT),
    ),
    results=(
        Param("response", "Response", STR, nillable=True),
        Param("length", "Length", INT),
    ),
)
"""The ``ReadFilePart`` operation."""

END_READ_FILE_PART = Operation(
    "EndReadFilePart",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FileManager/EndReadFilePart",
    params=(Param("document_id", "DocumentId", INT),),
)
"""The ``EndReadFilePart`` operation."""

BEGIN_WRITE_FILE_PART = Operation(
    "BeginWriteFilePart",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FileManager/BeginWriteFilePart",
    params=(Param("document_id", "DocumentId", INT),),
)
"""The ``BeginWriteFilePart`` operation."""

WRITE_FILE_PART = Operation(
    "WriteFilePart",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FileManager/WriteFilePart",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("file_position", "FilePosition", LONG),
        Param("document_data", "DocumentData", STR, nillable=True),
    ),
)
"""The ``WriteFilePart`` operation."""

END_WRITE_FILE_PART = Operation(
    "EndWriteFilePart",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FileManager/EndWriteFilePart",
    params=(Param("document_id", "DocumentId", INT),),
)
"""The ``EndWriteFilePart`` operation."""

OPERATIONS: dict[str, Operation] = {
    "CreateFile": CREATE_FILE,
    "ReadFile": READ_FILE,
    "WriteFile": WRITE_FILE,
    "BeginReadFilePart": BEGIN_READ_FILE_PART,
    "ReadFilePart": READ_FILE_PART,
    "EndReadFilePart": END_READ_FILE_PART,
    "BeginWriteFilePart": BEGIN_WRITE_FILE_PART,
    "WriteFilePart": WRITE_FILE_PART,
    "EndWriteFilePart": END_WRITE_FILE_PART,
}
