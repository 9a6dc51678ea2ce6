"""The JavaScript a collection runs in Postman's sandbox: fetching a token, checking a response."""

from __future__ import annotations

import json
from typing import Any

from rstapi.publish.operations import status_phrase

__all__ = ["test_script", "token_script"]

_TOKEN_SCRIPT = """\
// Gets an access token with client credentials when access_token is missing or expired, before every request
// that needs one. The requests listed in NO_TOKEN_NEEDED (the token request itself) are left alone.
const TOKEN_URL = {url};
const TOKEN_FORM = {form};
const NO_TOKEN_NEEDED = {skip};
const expiry = Number(pm.collectionVariables.get('access_token_expiry') || 0);
const missing = !pm.collectionVariables.get('access_token') || Date.now() >= expiry;
if (missing && !NO_TOKEN_NEEDED.includes(pm.info.requestId)) {{
  pm.sendRequest({{
    url: pm.variables.replaceIn(TOKEN_URL),
    method: 'POST',
    header: [{{ key: 'Accept', value: 'application/json' }}],
    body: {{
      mode: 'urlencoded',
      urlencoded: TOKEN_FORM.map(([key, value]) => ({{ key, value: pm.variables.replaceIn(value) }})),
    }},
  }}, function (error, response) {{
    if (error || response.code >= 300) {{
      console.error('No access token from ' + TOKEN_URL + ': ' + (error || response.code + ' ' + response.text()));
      return;
    }}
    const token = response.json();
    pm.collectionVariables.set('access_token', token.access_token);
    const lifetime = Math.max(Number(token.expires_in || 0) - 30, 0);
    pm.collectionVariables.set('access_token_expiry', String(Date.now() + lifetime * 1000));
  }});
}}"""

_KEEP_TOKEN = """\
if (pm.response.code < 300) {
  const token = pm.response.json();
  pm.collectionVariables.set('access_token', token.access_token);
  const lifetime = Math.max(Number(token.expires_in || 0) - 30, 0);
  pm.collectionVariables.set('access_token_expiry', String(Date.now() + lifetime * 1000));
}"""


def token_script(url: str, form: list[tuple[str, str]], skip: list[str]) -> list[str]:
    """The collection's pre-request script, as Postman's list of lines."""
    text = _TOKEN_SCRIPT.format(url=_js(url), form=_js([list(pair) for pair in form]), skip=_js(skip))
    return text.splitlines()


def test_script(status: int, schema: dict[str, Any] | None, keeps_token: bool) -> list[str]:
    """A request's test script: the documented status, then the body against its schema."""
    lines = [
        f"pm.test({_js(f'status is {status} {status_phrase(status)}')}, function () {{",
        f"  pm.response.to.have.status({status});",
        "});",
    ]
    if schema is not None:
        lines += [
            f"const schema = {json.dumps(schema, ensure_ascii=False, sort_keys=True)};",
            "pm.test('the body matches the documented schema', function () {",
            "  pm.response.to.have.jsonSchema(schema);",
            "});",
        ]
    return lines + (_KEEP_TOKEN.splitlines() if keeps_token else [])


def _js(value: Any) -> str:
    """A JavaScript literal for a JSON value."""
    return json.dumps(value, ensure_ascii=False)
