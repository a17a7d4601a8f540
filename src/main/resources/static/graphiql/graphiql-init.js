/*
 * Boots the self-hosted GraphiQL page (kept out of index.html so the page also works
 * under a Content-Security-Policy of script-src 'self').
 * Globals: React, ReactDOM (React 18 UMD), GraphiQL (graphiql 3.x UMD) and
 * createHeaderFreeStorage (graphiql-storage.js).
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
    '# Headers (your token) are not saved in this',
    '# browser, not even in the history, unless you',
    '# turn on "Persist headers" in the settings.',
    '# Run: Ctrl+Enter (Cmd+Enter on macOS).',
    '',
    'query {',
    '  __typename',
    '}',
    ''
  ].join('\n');

  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  // GraphiQL's history and favourites would otherwise keep every run's headers in localStorage.
  var storage = createHeaderFreeStorage(window.localStorage);

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
      storage: storage,
      // Headers are kept only if the editor turned on "Persist headers" in the settings dialog.
      // GraphiQL 3.8.3 resets that setting to this prop on every load (graphql/graphiql#3369),
      // so the prop carries the stored choice, and the toggle is shown whatever the prop says.
      shouldPersistHeaders: storage.persistsHeaders(),
      showPersistHeadersSettings: true
    })
  );
})();
