"""House-style references of the two services in tests/contract/drf_services, written as their
writers would, with deliberate drift (marked ``DRIFT`` below) against what the services do."""

from __future__ import annotations

from tests.rst_style import document, endpoint, field_table, literal, subsection


def _statuses(*lines: str) -> str:
    return subsection(
        "Response",
        "The request can return the following responses:\n\n" + "\n\n".join(f"    {line}" for line in lines),
    )


def _curl(method: str, url: str, token: str, body: str | None = None) -> str:
    lines = [f"curl -X {method} https://api.example.com{url} \\", f"  -H 'Authorization: {token} {{token}}'"]
    if body is not None:
        lines[-1] += " \\"
        lines += ["  -H 'Content-Type: application/json' \\", f"  -d '{body}'"]
    return subsection("Example Request", literal("\n".join(lines)))


BOOK_ROWS = (
    ("id", "integer", "The book's id."),
    ("title", "string", "The title, at most 50 characters."),
    ("owner", "string", "The user name of the book's owner."),
    ("public", "bool", "Whether every user may read the book."),
    ("subtitle", "string", "The subtitle."),  # DRIFT: never served; the service serves isbn instead
)


def library_reference() -> str:
    books = endpoint(
        title="books Endpoint",
        method="GET",
        path="/library/books/",
        prose="GET calls to the ``books`` endpoint list the books, a page at a time.",
        rest=subsection(
            "Query Parameters",
            field_table(
                ("page", "integer", "The page to return. Must be >= 1."),
                ("page_size", "integer", "How many books a page holds, between 1 and 20."),
            ),
        )
        + _curl("GET", "/library/books/?page=1", "Token")
        + subsection(
            "Response Values",
            field_table(
                ("count", "integer", "How many books there are."),
                ("next", "string (Nullable)", "The next page's URL."),
                ("previous", "string (Nullable)", "The previous page's URL."),
                ("results", "array", "The books of the page."),
            ),
        )
        + _statuses(
            "200 OK - The page of books.", "401 Unauthorized - No token, or one the service refuses."
        ),
        label="library-books",
    )
    create = endpoint(
        title="book creation Endpoint",
        method="POST",
        path="/library/books/",
        prose="POST calls to the ``books`` endpoint add a book owned by the caller.",
        rest=subsection(
            "Request Values",
            field_table(
                ("title", "string", "Required. The title, at most 50 characters."),
                ("public", "bool", "Whether every user may read the book."),
            ),
        )
        + _curl("POST", "/library/books/", "Token", '{"title": "Dune", "public": true}')
        + subsection("Response Values", field_table(*BOOK_ROWS))
        + _statuses("201 Created - The book.", "400 Bad Request - A field is missing or invalid."),
        label="library-create",
    )
    book = endpoint(
        title="book Endpoint",
        method="GET",
        path="/library/books/<int:book_id>/",
        prose="GET calls to the ``book`` endpoint return one book: the caller's own, or a public one.",
        rest=_curl("GET", "/library/books/3/", "Token")
        + subsection("Response Values", field_table(*BOOK_ROWS))
        + _statuses(
            "200 OK - The book.", "404 Not Found - No such book."
        ),  # DRIFT: a private book of another is 403
        label="library-book",
    )
    me = endpoint(
        title="me Endpoint",
        method="GET",
        path="/library/me/",
        prose="GET calls to the ``me`` endpoint return the caller's user name.",
        rest=_curl("GET", "/library/me/", "Token")
        + subsection("Response Values", field_table(("username", "string", "The caller's user name.")))
        + _statuses(
            "200 OK - The caller.", "401 Unauthorized - No credentials."
        ),  # DRIFT: 403 without credentials
        label="library-me",
    )
    search = endpoint(
        title="search Endpoint",
        method="GET",
        path="/library/search/",
        prose="GET calls to the ``search`` endpoint find books by title.",
        rest=subsection("Query Parameters", field_table(("q", "string", "Words of the title.")))
        + _curl("GET", "/library/search/?q=atlas", "Token")
        + subsection(
            "Response Values",
            field_table(("count", "integer", "How many books match."), ("results", "array", "The books.")),
        )
        + _statuses("200 OK - The books found."),  # DRIFT: 429 past 5 searches a minute
        label="library-search",
    )
    return document(books, create, book, me, search, title="Library API Reference")


def ledger_reference() -> str:
    """Its paths are written without the trailing slash the service routes (APPEND_SLASH)."""
    entries = endpoint(
        title="entries Endpoint",
        method="GET",
        path="/ledger/entries",
        prose="GET calls to the ``entries`` endpoint list the ledger's entries, ``limit`` at a time.",
        rest=subsection(
            "Query Parameters",
            field_table(
                ("limit", "integer", "How many entries to return. Must be >= 1."),
                ("offset", "integer", "How many entries to skip. Must be >= 0."),
            ),
        )
        + _curl("GET", "/ledger/entries?limit=10", "Bearer")
        + subsection(
            "Response Values",
            field_table(
                ("count", "integer", "How many entries there are."),
                ("next", "string (Nullable)", "The next page's URL."),
                ("previous", "string (Nullable)", "The previous page's URL."),
                ("results", "array", "The entries."),
                ("results[].id", "integer", "The entry's id."),
                ("results[].account", "integer", "The account's id."),
                (
                    "results[].amount",
                    "number",
                    "The amount; negative for a debit.",
                ),  # DRIFT: DRF sends "12.50"
                ("results[].memo", "string", "What the entry is for."),
                ("results[].currency", "string", "The ISO 4217 currency code."),  # DRIFT: never served
            ),
        )
        + _statuses("200 OK - The entries.", "401 Unauthorized - No token, or one the service refuses."),
        label="ledger-entries",
    )
    transfer = endpoint(
        title="transfers Endpoint",
        method="POST",
        path="/ledger/transfers",
        prose="POST calls to the ``transfers`` endpoint move money between two accounts.",
        rest=subsection(
            "Request Values",
            field_table(
                ("from_account", "integer", "Required. The account debited. Must be >= 1."),
                ("to_account", "integer", "Required. The account credited. Must be >= 1."),
                ("amount", "string", "Required. The amount, a decimal such as ``12.50``."),
            ),
        )
        + _curl(
            "POST", "/ledger/transfers", "Bearer", '{"from_account": 1, "to_account": 2, "amount": "12.50"}'
        )
        + subsection(
            "Response Values",
            field_table(
                ("id", "integer", "The entry's id."),
                ("account", "integer", "The account debited."),
                ("amount", "string", "The amount debited."),
            ),  # DRIFT: memo not documented
        )
        + _statuses(
            "201 Created - The debit entry.",
            "400 Bad Request - A field is invalid, or both accounts are one.",
        ),
        label="ledger-transfers",
    )
    limit = endpoint(
        title="account limit Endpoint",
        method="PUT",
        path="/ledger/accounts/<int:account_id>/limit",
        prose="PUT calls to the ``limit`` endpoint set the overdraft limit of one of the caller's accounts.",
        rest=subsection(
            "Request Values",
            field_table(("limit", "integer", "Required. The overdraft limit. Must be >= 0.")),
        )
        + _curl("PUT", "/ledger/accounts/1/limit", "Bearer", '{"limit": 50}')
        + subsection(
            "Response Values",
            field_table(
                ("id", "integer", "The account's id."),
                ("owner", "string", "The owner's user name."),
                ("limit", "integer", "The overdraft limit."),
            ),
        )
        + _statuses("200 OK - The account.", "404 Not Found - No such account of the caller's."),
        label="ledger-limit",
    )
    return document(entries, transfer, limit, title="Ledger API Reference")


def shop_reference() -> str:
    """The shop service (tests/contract/drf_services/shop.py) in sphinxcontrib-httpdomain's
    dialect, as it behaves: no drift of its own (a test edits a copy)."""
    order = [
        ":>json int id: the order's id",
        ":>json string customer: who ordered",
        ":>json string status: ``open`` or ``closed``",
        ":>json array lines: what was ordered",
    ]
    return _httpdomain(
        "Shop API",
        (
            "get",
            "/shop/orders/",
            "The orders.",
            ":query string status: only the orders in this state, ``open`` or ``closed``",
            *(row.replace(":>json ", ":>jsonarr ") for row in order),
            ":statuscode 200: the orders",
            ":statuscode 400: an unknown state",
            ":statuscode 401: no token",
        ),
        (
            "post",
            "/shop/orders/",
            "Place an order.",
            "**Example request**:",
            "",
            ".. sourcecode:: http",
            "",
            "   POST /shop/orders/ HTTP/1.1",
            "   Content-Type: application/json",
            "",
            '   {"customer": "carol", "lines": [{"sku": "C-3", "qty": 1}]}',
            "",
            ":<json string customer: who orders, at most 30 characters",
            ":<json array lines: the lines, at least one",
            *order,
            ":resheader Location: the new order's URL",
            ":statuscode 201: the order",
            ":statuscode 400: a field is missing or invalid",
            ":statuscode 401: no token",
        ),
        ("get", "/shop/orders/(int:order_id)/", "One order.", *order, *_order_statuses("200: the order")),
        (
            "delete",
            "/shop/orders/(int:order_id)/",
            "Delete an order. Only the shop keeper may.",
            ":statuscode 204: deleted",
            ":statuscode 403: the caller is not the shop keeper",
            *_order_statuses(),
        ),
        (
            "get",
            "/shop/orders/(int:order_id)/lines/",
            "The lines of an order.",
            ":>jsonarr string sku: the article",
            ":>jsonarr int qty: how many",
            *_order_statuses("200: the lines"),
        ),
        (
            "post",
            "/shop/orders/(int:order_id)/close/",
            "Close an order.",
            *order,
            *_order_statuses("200: the order, closed"),
            ":statuscode 409: the order is already closed",
        ),
    )


def _order_statuses(*first: str) -> tuple[str, ...]:
    return (
        *(f":statuscode {line}" for line in first),
        ":statuscode 404: no such order",
        ":statuscode 401: no token",
    )


def _httpdomain(title: str, *resources: tuple[str, ...]) -> str:
    """A page of ``.. http:<method>:: <path>`` directives: (method, path, prose, *lines)."""
    parts = [f"{title}\n{'=' * len(title)}\n"]
    for method, path, prose, *lines in resources:
        body = "\n".join(f"   {line}" if line else "" for line in lines)
        parts.append(f".. http:{method}:: {path}\n\n   {prose}\n\n{body}\n")
    return "\n".join(parts)


_PROJECT = (
    ":>json int id: the project's id",
    ":>json string name: its name",
    ":>json string owner: who owns it",
    ":>json boolean private: whether only its owner sees it",
)


def tracker_reference() -> str:
    """The tracker service (tests/contract/drf_services/tracker.py) in sphinxcontrib-httpdomain's
    dialect, as its public reference writes it: the paths without the gateway's `/gw` prefix, no
    drift of its own (a test edits a copy)."""
    project = "/tracker/projects/(int:project_id)/"
    return _httpdomain(
        "Tracker API",
        (
            "get",
            "/tracker/projects/",
            "The projects, a page at a time.",
            ":query int page: the page, from 1",
            ":>json int count: how many projects there are",
            ":>json string next: the next page's URL, or null",
            ":>json string previous: the previous page's URL, or null",
            ":>json array results: the projects",
            ":statuscode 200: a page",
            ":statuscode 401: no token",
            ":statuscode 404: no such page",
        ),
        (
            "post",
            "/tracker/projects/",
            "Start a project.",
            "**Example request**:",
            "",
            ".. sourcecode:: http",
            "",
            "   POST /tracker/projects/ HTTP/1.1",
            "   Content-Type: application/json",
            "",
            '   {"name": "Delta", "private": false}',
            "",
            ":<json string name: its name, at most 40 characters",
            ":<json boolean private: whether only its owner sees it",
            *_PROJECT,
            ":resheader Location: the new project's URL",
            ":statuscode 201: the project",
            ":statuscode 400: a field is missing or invalid",
            ":statuscode 401: no token",
        ),
        (
            "get",
            project,
            "One project.",
            *_PROJECT,
            ":statuscode 200: the project",
            ":statuscode 401: no token",
            ":statuscode 403: another user's private project",
            ":statuscode 404: no such project",
        ),
        ("delete", project, "Delete a project.", ":statuscode 204: deleted", *_project_statuses()),
        (
            "get",
            f"{project}tasks/",
            "A project's tasks.",
            ":>json array tasks: the tasks",
            ":statuscode 200: the tasks",
            *_project_statuses(),
        ),
        (
            "delete",
            f"{project}tasks/",
            "Clear a project's tasks.",
            ":statuscode 204: cleared",
            *_project_statuses(),
        ),
    )


def _project_statuses() -> tuple[str, ...]:
    return (":statuscode 401: no token", ":statuscode 404: no such project")


CARD_ROWS = (
    ("id", "integer", "The card's id."),
    ("column", "integer", "The id of the column the card is in."),
    ("title", "string", "The title, at most 60 characters."),
    ("label", "enum string", "One of ``bug``, ``feature`` or ``chore``."),
)


def board_reference() -> str:
    """The board service (tests/contract/drf_services/board.py) in the house style, with its one
    drift: the reference says a card asked for under a column it is not in is 404."""
    cards = "/board/columns/<int:column_id>/cards/"
    listed = endpoint(
        title="cards Endpoint",
        method="GET",
        path=cards,
        prose="GET calls to the ``cards`` endpoint list the cards of a column, ``limit`` at a time.",
        rest=subsection(
            "Query Parameters",
            field_table(
                (
                    "label",
                    "enum string",
                    "Only the cards with this label: ``bug``, ``feature`` or ``chore``.",
                ),
                ("limit", "integer", "How many cards to return, between 1 and 10."),
                ("offset", "integer", "How many cards to skip. Must be >= 0."),
            ),
        )
        + _curl("GET", "/board/columns/1/cards/?limit=2", "Token")
        + subsection(
            "Response Values",
            field_table(
                ("count", "integer", "How many cards there are."),
                ("next", "string (Nullable)", "The next page's URL."),
                ("previous", "string (Nullable)", "The previous page's URL."),
                ("results", "array", "The cards."),
                *((f"results[].{name}", kind, text) for name, kind, text in CARD_ROWS),
            ),
        )
        + _statuses(
            "200 OK - The cards.",
            "400 Bad Request - An unknown label.",
            "401 Unauthorized - No token, or one the service refuses.",
            "404 Not Found - No such column.",
        ),
        label="board-cards",
    )
    create = endpoint(
        title="card creation Endpoint",
        method="POST",
        path=cards,
        prose="POST calls to the ``cards`` endpoint add a card to a column.",
        rest=subsection(
            "Request Values",
            field_table(
                ("title", "string", "Required. The title, at most 60 characters."),
                ("label", "enum string", "Required. One of ``bug``, ``feature`` or ``chore``."),
            ),
        )
        + _curl("POST", "/board/columns/1/cards/", "Token", '{"title": "Add search", "label": "feature"}')
        + subsection("Response Values", field_table(*CARD_ROWS))
        + _statuses(
            "201 Created - The card.",
            "400 Bad Request - A field is missing or invalid.",
            "401 Unauthorized - No token, or one the service refuses.",
            "404 Not Found - No such column.",
        ),
        label="board-create",
    )
    card = endpoint(
        title="card Endpoint",
        method="GET",
        path=f"{cards}<int:card_id>/",
        prose="GET calls to the ``card`` endpoint return one card of a column.",
        rest=_curl("GET", "/board/columns/1/cards/2/", "Token")
        + subsection("Response Values", field_table(*CARD_ROWS))
        + _statuses(
            "200 OK - The card.",
            "401 Unauthorized - No token, or one the service refuses.",
            "404 Not Found - No such column, or no such card in the column.",  # DRIFT: the column is not checked
        ),
        label="board-card",
    )
    return document(listed, create, card, title="Board API Reference")
