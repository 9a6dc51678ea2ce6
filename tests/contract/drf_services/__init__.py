"""Three small services written with Django REST framework, each started by the contract tests as a
real server on 127.0.0.1 (`serve.py NAME PORT DATABASE`; `tests/contract/conftest.py`'s
`drf_server`). Nothing here imports Django: the tests read the constants below without loading it.

`library` (under `/library/`, routes with a trailing slash):
- `GET books/`: DRF's `PageNumberPagination` (`page`, `page_size` up to 20); token auth first, so
  a request without credentials is 401 with `WWW-Authenticate: Token`; each book carries `isbn`;
- `POST books/`: `{"title": ["This field is required."]}` style validation errors (400);
- `GET books/<int:pk>/`: an object permission: a private book of another user is 403, an unknown
  id 404;
- `DELETE books/<int:pk>/`: 204; a book of another user, or an unknown id, is 404;
- `GET me/`: session authentication first, so without credentials it is 403 (DRF answers 403 when
  the first authenticator has no `WWW-Authenticate` header);
- `GET search/?q=`: a user throttle of `SEARCH_RATE` (429 with `Retry-After`).

`ledger` (under `/ledger/`, Bearer tokens):
- `GET entries/`: DRF's `LimitOffsetPagination`; `amount` is a `DecimalField`, so a string ("12.50");
- `POST transfers/`: POST only (other methods 405 with `Allow`); field errors and a
  `non_field_errors` refusal when both accounts are the same;
- `PUT accounts/<int:pk>/limit/`: PUT only; another user's account is 404;
- Django's `APPEND_SLASH`: a path without its trailing slash is a 301 to the one with it.

`shop` (under `/shop/`, token auth; orders 1 of Alice's and 2 of Bob's open, 3 closed):
- `GET orders/?status=`: a filter (`open`, `closed`; another value is a 400 naming `status`);
- `POST orders/`: 201 with a `Location` header; nested validation errors
  (`{"lines": {"0": {"qty": [...]}}}`);
- `GET`, `DELETE orders/<int:pk>/`: the DELETE is 204, and 403 for anyone but Bob (a permission
  checked before the lookup, so an unknown id is 403 for Alice);
- `GET orders/<int:pk>/lines/`, `POST orders/<int:pk>/close/`: nested routes, 404 for an unknown
  order; closing a closed order is 409.

`tracker` (under `/gw/tracker/`, a gateway's prefix the reference does not write; token auth;
`SEEDED_PROJECTS`):
- `GET projects/`: `PageNumberPagination` with absolute `next`/`previous` URLs;
- `POST projects/`: 201 with an absolute `Location`; `{"name": ["..."]}` validation errors;
- `GET`, `DELETE projects/<int:pk>/`: another user's private project is 403, an unknown id 404;
- `GET`, `DELETE projects/<int:pk>/tasks/`: a nested collection (the DELETE clears it, 204);
- `$DRF_SERVICES_TOKEN_USES`: every token expires after that many authenticated requests (401
  "Token is invalid or expired"), as a short-lived token does mid-run.

`board` (under `/board/`, token auth; `SEEDED_CARDS`; see board.py): a `ViewSet` of cards nested
under columns, `LimitOffsetPagination`, a `?label=` filter, a throttle, a custom exception handler
(`{"error": {"code", "message"}}`); it serves a card under any column (its one drift).

`portal` (a `ViewSet` of notes under `/portal/notes/` behind Django's `login_required`): a request
without a session login is a 302 to the HTML page `/accounts/login/?next=...`.

Any service started with `$DRF_SERVICES_SSL_REDIRECT` set answers every request with a 301 to its
https address (Django's `SECURE_SSL_REDIRECT`).
"""

from __future__ import annotations

__all__ = ["ALICE_TOKEN", "BOB_TOKEN", "SEARCH_RATE", "SEEDED_BOOKS", "SEEDED_CARDS", "SEEDED_PROJECTS"]

ALICE_TOKEN = "library-alice-token-00000000000000000000"
BOB_TOKEN = "library-bob-token-0000000000000000000000"
SEARCH_RATE = "5/min"
# id -> (title, owner, public): book 2 is Bob's private book, 3 his public one
SEEDED_BOOKS = {
    1: ("Alice's notes", "alice", False),
    2: ("Bob's diary", "bob", False),
    3: ("Bob's atlas", "bob", True),
}
ALICE_ACCOUNT, BOB_ACCOUNT = 1, 2
# id -> (name, owner, private): project 2 is Bob's private one
SEEDED_PROJECTS = {1: ("Atlas", "alice", False), 2: ("Beacon", "bob", True), 3: ("Comet", "alice", True)}
# card id -> (column, title, label): column 1 holds cards 1 and 2, column 2 card 3
SEEDED_CARDS = {1: (1, "Fix login", "bug"), 2: (1, "Dark mode", "feature"), 3: (2, "Bump deps", "chore")}
