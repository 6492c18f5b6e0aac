"""Linking passes: small steps over the model, each with one job, run in this order.

:func:`~.merge_wsdls.merge_wsdls` makes the services from the WSDL facts; every pass in
:data:`PASSES` then takes them with the one :class:`~.context.PassContext` and returns new ones.
"""

from __future__ import annotations

from ..diagnostics import Diagnostics
from ..model import Service
from ..sources.discover import DocFacts
from .attach_docs import attach_docs, undocumented
from .attach_rest import attach_rest
from .context import Pass, PassContext, TypeSources, type_sources
from .dedupe_types import dedupe_types
from .merge_wsdls import merge_wsdls
from .name_python import name_python
from .type_docs import attach_type_docs

__all__ = ["PASSES", "Pass", "PassContext", "TypeSources", "link", "type_sources"]

PASSES: tuple[Pass, ...] = (
    dedupe_types,
    attach_docs,
    undocumented,
    attach_rest,
    attach_type_docs,
    name_python,
)
"""The passes after :func:`~.merge_wsdls.merge_wsdls`, in the order they run."""


def link(facts: DocFacts, diags: Diagnostics) -> list[Service]:
    """Docs facts -> one linked, named :class:`Service` per version."""
    context = PassContext.of(facts, diags)
    services = merge_wsdls(context)
    for step in PASSES:
        services = step(services, context)
    return services
