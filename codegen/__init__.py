"""Generate typed Python clients for SuperOffice NetServer web services from their documentation.

The pipeline runs in one direction::

    sources/  (readers: pages, WSDL, REST pages, Swagger) -> model.py
    passes/   (small linking passes over the model)       -> snapshot.py (specs/*.json)
    render/   (view model + Jinja templates + ruff/black) -> generated/
"""

__version__ = "0.1.0"
