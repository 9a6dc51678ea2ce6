"""A drifted service of the API family written with Django and Django REST framework themselves,
started by the contract tests as a real server on 127.0.0.1 (`serve.py`, SQLite in a temporary
folder). Nothing here imports Django: the tests read the constants below without loading it.

It serves five operations of the project's spec under `/api/v1`, `/api/v2` (map them with
`--path-map /enterprise=/api --trailing-slash add`) and the three POST operations alone under
`/posts-only/v1`. Its drift, as a DRF service shows it:
- a permission class (`PlanAdminPermission`) refuses before the object lookup: an unknown plan id
  is 403, the reference documents 404;
- bulk-revoke answers 207 with per-email errors when some emails have no license (documented as
  all-or-nothing 404/400);
- assign answers 207 when some emails already hold a license; the Salesforce ids need 3 characters;
- allocate validates the content key with the model's validator and does not catch Django's
  `ValidationError`: a 500 HTML page; so does the catalog lookup of a malformed id;
- the subscription list needs `enterprise_customer_uuid` to be a UUID (a serializer `UUIDField`),
  carries `plan_type` (not in the reference) and serves `revocations` as `{applied, remaining}`;
- token auth (`Authorization: JWT <key>`, DRF's `TokenAuthentication` with the spec's prefix);
- the learner summary (`/api/v3`) pages with DRF's `PageNumberPagination`: `page=0` is 404
  "Invalid page.", but a `page_size` of 0 is ignored and the default size served (the reference
  documents a minimum of 1);
- under `/lax/v1` (assign, bulk-revoke and allocate only), a revoke that ignores the license's
  state: a revoked license revoked again answers 204 (the `/api/v1` one refuses it with 404); an
  allocate whose price has no minimum: -1 is accepted (the `/api/v1` one refuses it, as documented),
  and which takes any number of learners (the `/api/v1` one at most 100, which the reference does
  not say: tests/contract/test_drf_bounds.py documents it with an overlay's `maxItems`);
- under `/keyed/v1`, an allocate whose content key must match `CONTENT_KEY_PATTERN` (a DRF
  `RegexField`: 400; tests/contract/test_drf_bounds.py documents it with an overlay's `pattern`),
  and under `/unchecked/v1` one that saves any content key (the others' model validator answers a
  key it does not match with a 500).
"""

from __future__ import annotations

__all__ = [
    "ADMIN_TOKEN",
    "CATALOG_UUID",
    "CONTENT_KEY_PATTERN",
    "KNOWN_EMAIL",
    "LEARNERS_AT_MOST",
    "PLAN_UUID",
    "POLICY_UUID",
    "VIEWER_TOKEN",
]

ADMIN_TOKEN = "drf-admin-token-0000000000000000000000"  # manages the seeded plan
VIEWER_TOKEN = "drf-viewer-token-000000000000000000000"  # authenticated, manages no plan
# The reference's own example ids, seeded so the documented requests reach real objects.
PLAN_UUID = "104b1785-1d3a-1000-148d-1ae7a56e6355"
POLICY_UUID = "904b1785-9d3a-1000-848d-6ae7a56e6355"
CUSTOMER_UUID = "904b1785-9d3a-1000-848d-6ae7a56e6355"
CATALOG_UUID = "3f56a21c-76c8-47c0-add8-a99714d40d94"
KNOWN_EMAIL = "abc@example.com"  # holds a license in the seeded plan
# What the /api/v1 allocate takes beyond what the reference says (a test's overlay says it): at
# most this many learners; and the content keys the /keyed/v1 allocate takes
LEARNERS_AT_MOST = 100
CONTENT_KEY_PATTERN = r"^[a-z0-9]+\+[a-z0-9]+$"
