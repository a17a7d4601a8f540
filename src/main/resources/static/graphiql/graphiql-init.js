/*
 * Boots the self-hosted GraphiQL page (kept out of index.html so the page also works
 * under a Content-Security-Policy of script-src 'self').
 * Globals: React, ReactDOM (React 18 UMD) and GraphiQL (graphiql 3.x UMD).
 */
(function () {
  'use strict';

  var defaultQuery = [
    '# Content API GraphiQL',
    '#',
    '# To authenticate, open the "Headers" tab',
    '# below and enter:',
    '#',
    '#   { "Authorization": "Bearer <token>" }',
    '#',
    '# Headers are not saved in local storage.',
    '# Run: Ctrl+Enter (Cmd+Enter on macOS).',
    '',
    'query {',
    '  __typename',
    '}',
    ''
  ].join('\n');

  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: defaultQuery,
      // Empty headers by default: never send an empty "Bearer " token.
      defaultHeaders: '{}',
      isHeadersEditorEnabled: true,
      // Open the variables/headers pane on the Headers tab so editors see where the token goes.
      defaultEditorToolsVisibility: 'headers',
      // Do not persist tokens in localStorage (GraphiQL's default, stated explicitly).
      shouldPersistHeaders: false
    })
  );
})();
