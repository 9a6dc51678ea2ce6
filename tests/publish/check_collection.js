// Loads a Postman collection with the `postman-collection` library (the one Postman's tools use)
// and checks that it round-trips: parse -> toJSON -> parse gives the same requests.
// Usage: node check_collection.js <node_modules dir> <collection.json>
// Prints one JSON line: {"requests": N, "folders": [...], "problems": [...]}; exits 1 on problems.
'use strict';
const path = require('path');
const fs = require('fs');

const [modules, file] = process.argv.slice(2);
const { Collection, Item } = require(path.resolve(modules, 'postman-collection'));
const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
const problems = [];

function requests(collection) {
  const found = [];
  collection.forEachItem((item) => {
    found.push({
      id: item.id,
      name: item.name,
      method: item.request.method,
      url: item.request.url.toString(),
      headers: item.request.headers.all().map((h) => `${h.key}: ${h.value}`),
      responses: item.responses.count(),
      events: item.events.all().map((e) => e.listen),
    });
  });
  return found;
}

if (!Collection.isCollection(new Collection(raw))) problems.push('not a Collection');
const first = new Collection(raw);
const again = new Collection(JSON.parse(JSON.stringify(first.toJSON())));
const before = requests(first);
const after = requests(again);
if (JSON.stringify(before) !== JSON.stringify(after)) problems.push('requests change on a round trip');
if (before.some((r) => !Item.isItem(first.oneDeep(r.id)))) problems.push('an item cannot be found by id');
for (const variable of ['baseUrl', 'client_id', 'client_secret', 'access_token', 'access_token_expiry']) {
  if (!first.variables.has(variable)) problems.push(`collection variable ${variable} missing`);
}
const folders = first.items.all().filter((i) => i.items).map((f) => f.name);
console.log(JSON.stringify({ requests: before, folders, problems, prerequest: first.events.all().map((e) => e.listen) }));
process.exit(problems.length ? 1 : 0);
