// Starts Swagger UI on the spec from spec.js, inside a Sphinx page (rstapi.sphinx's API console).
// Servers given by `rstapi_console_servers` come first; "Try it" links of the docs open an
// operation through Swagger UI's deep links (#/<tag>/<operationId>), ready to be tried.
(function () {
  'use strict';
  var spec = window.RSTAPI_SPEC;
  var given = (window.RSTAPI_SERVERS || []).map(function (url) {
    return { url: url, description: 'rstapi_console_servers' };
  });
  var servers = given.concat((spec.servers || []).filter(function (server) {
    return !given.some(function (other) { return other.url === server.url; });
  }));
  window.ui = SwaggerUIBundle({
    spec: Object.assign({}, spec, { servers: servers }),
    dom_id: '#swagger-ui',
    deepLinking: true,
    tryItOutEnabled: true,
    validatorUrl: null,
    queryConfigEnabled: false,
    persistAuthorization: false,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  });
}());
