"""What `rstapi client` needs installed, and exactly what to install when it is not.

The pins are read from rstapi's own metadata (pyproject.toml), so this never disagrees with them:
openapi-python-client generates the client and ruff (its post-hooks) formats it byte-identically.
"""

from __future__ import annotations

from importlib import metadata

__all__ = ["GENERATOR_DISTRIBUTIONS", "install_hint", "missing_requirements"]

GENERATOR_DISTRIBUTIONS = ("openapi-python-client", "ruff")
_SELF = "rstapi"


def _pins() -> dict[str, str]:
    """{distribution: requirement} for the generator's distributions, as rstapi declares them."""
    try:
        declared = metadata.requires(_SELF) or []
    except metadata.PackageNotFoundError:
        declared = []
    pins: dict[str, str] = {}
    for line in declared:
        requirement = line.split(";", 1)[0].strip()
        name = requirement.split("==", 1)[0].strip()
        if name in GENERATOR_DISTRIBUTIONS and "==" in requirement:
            pins.setdefault(name, requirement)
    return {name: pins.get(name, name) for name in GENERATOR_DISTRIBUTIONS}


def missing_requirements() -> tuple[str, ...]:
    """The requirements (``name==version``) of the generator that are not installed."""
    missing = []
    for name, requirement in _pins().items():
        try:
            metadata.version(name)
        except metadata.PackageNotFoundError:
            missing.append(requirement)
    return tuple(missing)


def install_hint(missing: tuple[str, ...]) -> str:
    quoted = " ".join(f"'{requirement}'" for requirement in missing)
    return (
        f"rstapi client needs {', '.join(missing)}, which is not installed; "
        f"install it with: python -m pip install {quoted}"
    )
