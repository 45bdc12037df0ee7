// GraphiQL for khabar: every file it loads comes from this server (no CDN), so it works offline. The
// example operations of docs/examples.graphql open as tabs; a key for AUTH_READS_REQUIRE_AUTH goes in the
// Headers pane as {"x-api-key": "..."}.
/* global GraphiQL, React, ReactDOM */
(function () {
  'use strict';
  var examples = JSON.parse(document.getElementById('khabar-examples').textContent);
  var send = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).href });
  // Right after a tab switch GraphiQL may still send the previous tab's operation name with the new tab's
  // document, which the server must refuse; a name the document does not define is dropped.
  var fetcher = function (params, options) {
    var name = params.operationName;
    var defines = name && new RegExp('\\b(query|mutation|subscription)\\s+' + name + '\\b').test(params.query);
    return send(name && !defines ? Object.assign({}, params, { operationName: undefined }) : params, options);
  };
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: examples.map(function (e) {
        return { query: e.text };
      }),
      defaultEditorToolsVisibility: false,
    }),
  );
})();
