"""Publishing the spec: a Postman collection and an offline Swagger UI page."""

from rstapi.publish.load import SpecError, load_spec
from rstapi.publish.postman import collection_from_spec, dump_collection
from rstapi.publish.site import SiteError, build_site

__all__ = [
    "SiteError",
    "SpecError",
    "build_site",
    "collection_from_spec",
    "dump_collection",
    "load_spec",
]
