"""The reader of OpenStack's os-api-ref references: ``rest_method`` sections, ``rest_parameters``
lists resolved in a parameters.yaml, response-code lines and JSON samples -> the same model.

``directives.py`` registers os-api-ref's directives with docutils; ``parameters.py`` reads a
parameters file with its lines; ``parts.py`` splits an operation section into request and
response parts; ``operation.py`` builds the Operation; ``body.py`` nests body fields as the
samples show; ``reader.py`` is the face to ``extract``.
"""

from __future__ import annotations

from rstapi.rst.osapiref.reader import READER

__all__ = ["READER"]
