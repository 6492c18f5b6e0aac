"""Save a :class:`~codegen.model.Service` as a reviewable JSON snapshot and load it back.

Keys follow the dataclass field order, fields equal to their default are left out, and lists keep
the model's order, so the same model always gives the same bytes. A :class:`~codegen.model.Source`
is the string ``path:line``: this module is the only place that writes or reads that text.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any

from . import model
from .fsutil import OutsideError, inside
from .model import Service
from .validate import Invalid, validate_service

FORMAT = 2
"""2: every final Python name is in the snapshot (a type's ``stem``, an operation's ``const``
and ``result_class``)."""
_TYPE_KINDS: dict[str, type] = {
    "record": model.RecordType,
    "enum": model.EnumType,
    "list": model.ListType,
    "dict": model.DictType,
}


class SnapshotError(Exception):
    """A snapshot file that cannot be loaded; the message names the file, where in the JSON
    (``$.service.agents[2].module``) and what is wrong."""


def _dump(value: Any) -> Any:
    if isinstance(value, model.Source):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if f.name == "kind":
                out[f.name] = item
                continue
            default = f.default if f.default is not dataclasses.MISSING else None
            if f.default is dataclasses.MISSING and f.default_factory is not dataclasses.MISSING:
                default = f.default_factory()
            if (
                f.default is not dataclasses.MISSING
                or f.default_factory is not dataclasses.MISSING
            ) and item == default:
                continue
            out[f.name] = _dump(item)
        return out
    if isinstance(value, tuple | list):
        return [_dump(v) for v in value]
    return value


def service_to_json(service: Service) -> str:
    doc = {"format": FORMAT, "service": _dump(service)}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(model))


def _kind(data: Any) -> str:
    return "null" if data is None else type(data).__name__


def _load(tp: Any, data: Any, path: str) -> Any:
    """``data`` as a value of ``tp``, checked all the way down: a string where the model says
    str, an integer (not a boolean) where it says int, no keys the model does not have."""
    if tp is model.Source:
        if not isinstance(data, str):
            raise Invalid(path, f"expected a string 'path:line', not {_kind(data)}")
        try:
            return model.Source.parse(data)
        except ValueError as exc:
            raise Invalid(path, str(exc)) from None
    origin = typing.get_origin(tp)
    if origin is tuple:
        item, _ = typing.get_args(tp)
        if not isinstance(data, list):
            raise Invalid(path, f"expected a list, not {_kind(data)}")
        return tuple(_load(item, d, f"{path}[{i}]") for i, d in enumerate(data))
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if data is None and len(args) < len(typing.get_args(tp)):
            return None
        if len(args) > 1 or tp is model.TypeDef:
            kind = data.get("kind") if isinstance(data, dict) else None
            if not isinstance(kind, str) or kind not in _TYPE_KINDS:
                raise Invalid(f"{path}.kind", f"unknown type kind {kind!r}")
            return _load(_TYPE_KINDS[kind], data, path)
        return _load(args[0], data, path)
    if origin is typing.Literal:
        if data not in typing.get_args(tp) or isinstance(data, bool):
            allowed = ", ".join(repr(a) for a in typing.get_args(tp))
            raise Invalid(path, f"expected one of {allowed}, not {data!r}")
        return data
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if not isinstance(data, dict):
            raise Invalid(path, f"expected an object for {tp.__name__}, not {_kind(data)}")
        hints = _hints(tp)
        fields = {f.name: f for f in dataclasses.fields(tp)}
        unknown = sorted(set(data) - set(fields))
        if unknown:
            raise Invalid(f"{path}.{unknown[0]}", f"{tp.__name__} has no such key")
        kwargs = {}
        for name, f in fields.items():
            if name in data:
                kwargs[name] = _load(hints[name], data[name], f"{path}.{name}")
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise Invalid(f"{path}.{name}", "missing")
        return tp(**kwargs)
    if tp is bool:
        if not isinstance(data, bool):
            raise Invalid(path, f"expected true or false, not {_kind(data)}")
        return data
    if tp is int:
        if not isinstance(data, int) or isinstance(data, bool):
            raise Invalid(path, f"expected an integer, not {_kind(data)}")
        return data
    if tp is str:
        if not isinstance(data, str):
            raise Invalid(path, f"expected a string, not {_kind(data)}")
        return data
    raise Invalid(path, f"cannot load a {tp!r}")  # a model field of a type not handled here


def service_from_json(text: str, where: str = "snapshot") -> Service:
    """Load and check a snapshot: its shape (every key and value of the kind the model has)
    and its content (:func:`~codegen.validate.validate_service`): names that generated code
    would print as identifiers, module names and versions that become paths, references to
    types that exist, no cycles. ``SnapshotError`` names ``where`` and the JSON path."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SnapshotError(f"{where}:{exc.lineno}: not valid JSON: {exc.msg}") from exc
    except RecursionError as exc:
        raise SnapshotError(f"{where}: not valid JSON: nested too deeply") from exc
    except ValueError as exc:  # an integer of more digits than int() converts
        raise SnapshotError(f"{where}: not valid JSON: {str(exc).split(';')[0]}") from None
    if not isinstance(doc, dict) or "service" not in doc or "format" not in doc:
        raise SnapshotError(f"{where}: not a codegen snapshot (format {FORMAT})")
    if doc["format"] != FORMAT:
        older = isinstance(doc["format"], int) and 0 < doc["format"] < FORMAT
        raise SnapshotError(
            f"{where}: $.format: {doc['format']!r}, not {FORMAT}"
            + ("; an older codegen wrote it: run codegen parse again" if older else "")
        )
    try:
        service = _load(Service, doc["service"], "$.service")
        validate_service(service)
    except Invalid as exc:
        raise SnapshotError(f"{where}: {exc}") from None
    assert isinstance(service, Service)
    return service


def snapshot_path(specs: Path, version: str) -> Path:
    """``specs/services88.json``; a version that would name a file elsewhere is an error."""
    try:
        return inside(specs, f"{version.lower()}.json")
    except OutsideError as exc:
        raise SnapshotError(f"version {version!r}: {exc}") from None


def load_snapshot(path: Path) -> Service:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SnapshotError(f"{path}: cannot read: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise SnapshotError(f"{path}: not UTF-8 (byte {exc.start})") from None
    return service_from_json(text, str(path))


def load_snapshots(specs: Path) -> list[Service]:
    if not specs.is_dir():
        what = "not a folder" if specs.exists() else "no such folder"
        raise SnapshotError(f"{specs}: {what} (run 'codegen parse --docs DIR')")
    files = sorted(specs.glob("services*.json"))
    if not files:
        raise SnapshotError(
            f"{specs}: no services*.json snapshots (run 'codegen parse --docs DIR')"
        )
    services = []
    for path in files:
        service = load_snapshot(path)
        if path.name != snapshot_path(specs, service.version).name:
            raise SnapshotError(
                f"{path}: $.service.version: {service.version!r} belongs in "
                f"{snapshot_path(specs, service.version).name}, not {path.name}"
            )
        services.append(service)
    return services
