// Starts Swagger UI on the spec from spec.js (a script, so the page also works opened as a file).
// When the page is served over HTTP, its own origin is offered as a server too: the mock serves this
// page at /docs, so "Try it out" can go to the mock. On a loopback host that origin comes first, so
// a page opened locally never sends requests to the documented production server by default.
(function () {
  'use strict';
  var spec = window.RSTAPI_SPEC;
  var servers = (spec.servers || []).slice();
  var here = window.location;
  var loopback = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(here.hostname);
  var known = servers.some(function (server) { return server.url === here.origin; });
  if (/^https?:$/.test(here.protocol) && !known) {
    var own = { url: here.origin, description: 'The server this page came from (the mock at /docs)' };
    servers = loopback ? [own].concat(servers) : servers.concat([own]);
  }
  window.ui = SwaggerUIBundle({
    spec: Object.assign({}, spec, { servers: servers }),
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    queryConfigEnabled: false,
    persistAuthorization: false,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  });
}());
