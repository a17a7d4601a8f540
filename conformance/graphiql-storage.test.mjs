// The GraphiQL page's storage wrapper (src/main/resources/static/graphiql/graphiql-storage.js) keeps
// request headers out of localStorage unless the editor opted in. Run: node --test conformance/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createHeaderFreeStorage } = require('../src/main/resources/static/graphiql/graphiql-storage.js');

const SECRET = 's3cr3t-admin-token';
const HEADERS = JSON.stringify({ Authorization: `Bearer ${SECRET}` });

/** localStorage stand-in that also remembers every value ever written to it. */
class FakeStorage {
  constructor(entries = {}) {
    this.items = new Map(Object.entries(entries));
    this.written = [];
  }
  getItem(key) {
    return this.items.has(key) ? this.items.get(key) : null;
  }
  setItem(key, value) {
    this.written.push(String(value));
    this.items.set(key, String(value));
  }
  removeItem(key) {
    this.items.delete(key);
  }
  key(index) {
    return [...this.items.keys()][index] ?? null;
  }
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  everWritten() {
    return [...this.written, ...this.items.values()].join('\n');
  }
}

// The shapes GraphiQL 3.8.3 writes: QueryStore.push/save and serializeTabState.
const historyEntry = { query: '{ articles { id } }', variables: '{}', headers: HEADERS, operationName: null };
const history = (...entries) => JSON.stringify({ queries: entries });
const favourites = (...entries) => JSON.stringify({ favorites: entries.map((e) => ({ ...e, favorite: true })) });
const tabs = () => JSON.stringify({
  activeTabIndex: 0,
  tabs: [{ id: 'a', hash: null, title: '<untitled>', query: '{ __typename }', variables: null, headers: HEADERS, operationName: null, response: null }]
});

test('history entries are stored without their headers', () => {
  const backing = new FakeStorage();
  const storage = createHeaderFreeStorage(backing);

  storage.setItem('graphiql:queries', history(historyEntry, { ...historyEntry, query: '{ tags { id } }' }));

  const stored = JSON.parse(storage.getItem('graphiql:queries'));
  assert.deepEqual(stored.queries.map((q) => q.query), ['{ articles { id } }', '{ tags { id } }']);
  assert.deepEqual(stored.queries.map((q) => q.headers), [null, null]);
  assert.equal(stored.queries[0].variables, '{}');
  assert.doesNotMatch(backing.everWritten(), new RegExp(SECRET));
});

test('favourites and tab state are stored without headers, the headers editor not at all', () => {
  const backing = new FakeStorage();
  const storage = createHeaderFreeStorage(backing);

  storage.setItem('graphiql:favorites', favourites({ ...historyEntry, label: 'mine' }));
  storage.setItem('graphiql:tabState', tabs());
  storage.setItem('graphiql:headers', HEADERS);

  const favourite = JSON.parse(storage.getItem('graphiql:favorites')).favorites[0];
  assert.equal(favourite.label, 'mine');
  assert.equal(favourite.headers, null);
  const tab = JSON.parse(storage.getItem('graphiql:tabState')).tabs[0];
  assert.equal(tab.query, '{ __typename }');
  assert.ok('headers' in tab, 'GraphiQL drops tab state whose tabs lack a headers key');
  assert.equal(tab.headers, null);
  assert.equal(storage.getItem('graphiql:headers'), null);
  assert.doesNotMatch(backing.everWritten(), new RegExp(SECRET));
});

test('headers are kept when the editor turned on Persist headers', () => {
  const backing = new FakeStorage({ 'graphiql:shouldPersistHeaders': 'true' });
  const storage = createHeaderFreeStorage(backing);

  storage.setItem('graphiql:queries', history(historyEntry));
  storage.setItem('graphiql:headers', HEADERS);

  assert.equal(storage.persistsHeaders(), true);
  assert.equal(JSON.parse(storage.getItem('graphiql:queries')).queries[0].headers, HEADERS);
  assert.equal(storage.getItem('graphiql:headers'), HEADERS);
});

test('turning Persist headers on stores the headers GraphiQL wrote just before', () => {
  // GraphiQL's setShouldPersistHeaders(true) writes headers and tabs first, then the setting.
  const backing = new FakeStorage({ 'graphiql:shouldPersistHeaders': 'false' });
  const storage = createHeaderFreeStorage(backing);
  storage.setItem('graphiql:headers', HEADERS);
  storage.setItem('graphiql:tabState', tabs());
  assert.equal(backing.getItem('graphiql:headers'), null);

  storage.setItem('graphiql:shouldPersistHeaders', 'true');

  assert.equal(backing.getItem('graphiql:headers'), HEADERS);
  assert.equal(JSON.parse(backing.getItem('graphiql:tabState')).tabs[0].headers, HEADERS);
});

test('turning Persist headers off removes stored headers', () => {
  const backing = new FakeStorage({ 'graphiql:shouldPersistHeaders': 'true' });
  const storage = createHeaderFreeStorage(backing);
  storage.setItem('graphiql:queries', history(historyEntry));
  storage.setItem('graphiql:headers', HEADERS);

  storage.setItem('graphiql:shouldPersistHeaders', 'false');

  assert.equal(storage.persistsHeaders(), false);
  assert.equal(JSON.parse(backing.getItem('graphiql:queries')).queries[0].headers, null);
  assert.equal(backing.getItem('graphiql:headers'), null);
  assert.doesNotMatch([...backing.items.values()].join('\n'), new RegExp(SECRET));
});

test('headers stored by earlier versions of the page are removed on creation', () => {
  const backing = new FakeStorage({
    'graphiql:queries': history(historyEntry),
    'graphiql:favorites': favourites(historyEntry),
    'graphiql:tabState': tabs(),
    'graphiql:headers': HEADERS,
    'graphiql:query': '{ articles { id } }'
  });

  createHeaderFreeStorage(backing);

  assert.doesNotMatch([...backing.items.values()].join('\n'), new RegExp(SECRET));
  assert.equal(JSON.parse(backing.getItem('graphiql:queries')).queries[0].query, '{ articles { id } }');
  assert.equal(backing.getItem('graphiql:query'), '{ articles { id } }');
});

test('stored headers are left alone on creation when the editor opted in', () => {
  const backing = new FakeStorage({ 'graphiql:shouldPersistHeaders': 'true', 'graphiql:queries': history(historyEntry) });

  createHeaderFreeStorage(backing);

  assert.equal(JSON.parse(backing.getItem('graphiql:queries')).queries[0].headers, HEADERS);
});

test('values that are not JSON, and values under other keys, pass through unchanged', () => {
  const backing = new FakeStorage();
  const storage = createHeaderFreeStorage(backing);
  const variables = JSON.stringify({ headers: 'a variable that happens to be called headers' });

  storage.setItem('graphiql:query', 'query { articles { id } }');
  storage.setItem('graphiql:queries', 'not { json');
  storage.setItem('graphiql:variables', variables);
  storage.setItem('graphiql:theme', 'dark');

  assert.equal(storage.getItem('graphiql:query'), 'query { articles { id } }');
  assert.equal(storage.getItem('graphiql:queries'), 'not { json');
  assert.equal(storage.getItem('graphiql:variables'), variables);
  assert.equal(storage.getItem('graphiql:theme'), 'dark');
});

test('length and clear cover only GraphiQL keys, like GraphiQL\'s own localStorage wrapper', () => {
  const backing = new FakeStorage({ 'other-app': 'keep', 'graphiql:query': '{ a }', 'graphiql:theme': 'dark' });
  const storage = createHeaderFreeStorage(backing);

  assert.equal(storage.length, 2);
  storage.clear();

  assert.equal(storage.length, 0);
  assert.equal(backing.getItem('other-app'), 'keep');
});
