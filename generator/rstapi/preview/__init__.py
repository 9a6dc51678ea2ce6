"""Live preview (``rstapi watch``): rebuild on save, hot-swap the running mock, print what changed."""

from rstapi.preview.session import FindingsDiff, Preview, diff_findings
from rstapi.preview.swap import SwappableApp

__all__ = ["FindingsDiff", "Preview", "SwappableApp", "diff_findings"]
