"""Which generated module each type lives in.

Types that refer to each other in a cycle (a strongly connected component of the reference
graph) share a module; every other type has a module of its own. So importing an agent loads
only the types it reaches, and type modules never import each other in a circle.
"""

from __future__ import annotations

from ..model import DictType, ListType, RecordType, Service, TypeDef


def references(t: TypeDef) -> list[str]:
    if isinstance(t, RecordType):
        return [f.type for f in t.fields] + ([t.base] if t.base else [])
    if isinstance(t, ListType):
        return [t.item_type]
    if isinstance(t, DictType):
        return [t.key_type, t.value_type]
    return []


def strongly_connected(graph: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative: components (members sorted) in reverse topological order,
    a component after every component it refers to."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in graph:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                out.append(sorted(component))
    return out


MAX_IMPORT_DEPTH = 40
"""How long a chain of type modules importing each other may be. Importing a module nests a
dozen frames; about 130 modules deep, Python's recursion limit stops the import."""


def assign_modules(service: Service) -> dict[str, str]:
    """Each type's module: named after its stem, but types in one import cycle, or at the end
    of a too long chain of imports, share one (named after the least stem), and a list or
    dictionary lives beside what it holds."""
    types = service.type_map()
    graph = {key: references(t) for key, t in types.items()}
    module_of: dict[str, str] = {}
    components = strongly_connected(graph)
    for component in components:
        name = min(types[k].stem for k in component)
        for key in component:
            module_of[key] = name
    # Types that refer to a chain of more than MAX_IMPORT_DEPTH others, one module importing
    # the next, share one module (components come in dependency order, so depth is known).
    depth: dict[str, int] = {}
    deep: list[str] = []
    for component in components:
        inner = [
            depth[r] for k in component for r in graph[k] if r in depth and r not in component
        ]
        level = 1 + max(inner, default=0)
        for key in component:
            depth[key] = level
        if level > MAX_IMPORT_DEPTH:
            deep += component
    if deep:
        name = min(types[k].stem for k in deep)
        for key in deep:
            module_of[key] = name
    # A list or dictionary outside any cycle lives beside the type it holds (components come
    # out of Tarjan's algorithm in dependency order, so that type is already placed).
    for component in components:
        if len(component) != 1:
            continue
        key = component[0]
        t = types[key]
        held = (
            t.item_type
            if isinstance(t, ListType)
            else t.value_type if isinstance(t, DictType) else ""
        )
        if held in types:
            module_of[key] = module_of[held]
    return module_of
