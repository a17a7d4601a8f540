/*
 * The storage GraphiQL is given instead of localStorage, so that request headers (the API token)
 * are only kept in the browser when the editor turns on "Persist headers" in GraphiQL's settings.
 *
 * GraphiQL 3.8.3 leaves headers out of "graphiql:headers" and "graphiql:tabState" unless headers
 * are persisted, but its history ("graphiql:queries") and favourites ("graphiql:favorites") store
 * every run's headers whatever the setting, so a click on a history entry after a reload put the
 * token back. Every value written under those keys goes through here: unless the editor opted in
 * ("graphiql:shouldPersistHeaders" is "true"), each "headers" property in it becomes null (GraphiQL's
 * own form for "no headers"), and "graphiql:headers" is not stored at all. Other values, and values
 * that are not JSON, are stored as given. Headers stored by earlier versions of the page are removed
 * when the storage is created, and again whenever the editor turns the setting off.
 *
 * A plain script: in the browser it defines the global createHeaderFreeStorage; under Node (tests)
 * it is also module.exports.createHeaderFreeStorage.
 */
(function (root) {
  'use strict';

  var NAMESPACE = 'graphiql:';
  var OPT_IN_KEY = 'graphiql:shouldPersistHeaders';
  var HEADERS_KEY = 'graphiql:headers';
  var ENTRY_KEYS = ['graphiql:queries', 'graphiql:favorites', 'graphiql:tabState'];

  function carriesHeaders(key) {
    return key === HEADERS_KEY || ENTRY_KEYS.indexOf(key) !== -1;
  }

  function withoutHeaders(value) {
    if (Array.isArray(value)) {
      return value.map(withoutHeaders);
    }
    if (value !== null && typeof value === 'object') {
      var copy = {};
      Object.keys(value).forEach(function (name) {
        copy[name] = name === 'headers' ? null : withoutHeaders(value[name]);
      });
      return copy;
    }
    return value;
  }

  /** The value to store for key when headers are not persisted, or null to store nothing. */
  function headerFree(key, value) {
    if (key === HEADERS_KEY) {
      return null;
    }
    if (ENTRY_KEYS.indexOf(key) === -1) {
      return value;
    }
    var parsed;
    try {
      parsed = JSON.parse(value);
    } catch (notJson) {
      return value;
    }
    return JSON.stringify(withoutHeaders(parsed));
  }

  function createHeaderFreeStorage(backing) {
    // What GraphiQL last wrote under the header-carrying keys, kept in page memory only. GraphiQL
    // writes headers and tabs before it records the opt-in, so they are written out once it does.
    var asWritten = {};

    function persistsHeaders() {
      return backing.getItem(OPT_IN_KEY) === 'true';
    }

    function storeHeaderFree(key, value) {
      var kept = headerFree(key, value);
      if (kept === null) {
        backing.removeItem(key);
      } else {
        backing.setItem(key, kept);
      }
    }

    function scrubStored() {
      [HEADERS_KEY].concat(ENTRY_KEYS).forEach(function (key) {
        var value = backing.getItem(key);
        if (value !== null) {
          storeHeaderFree(key, value);
        }
      });
    }

    function ownKeys() {
      var keys = [];
      for (var i = 0; i < backing.length; i++) {
        var key = backing.key(i);
        if (key !== null && key.indexOf(NAMESPACE) === 0) {
          keys.push(key);
        }
      }
      return keys;
    }

    var storage = {
      getItem: function (key) {
        return backing.getItem(key);
      },
      setItem: function (key, value) {
        value = String(value);
        if (key === OPT_IN_KEY) {
          backing.setItem(key, value);
          if (value === 'true') {
            Object.keys(asWritten).forEach(function (written) {
              backing.setItem(written, asWritten[written]);
            });
          } else {
            scrubStored();
          }
          return;
        }
        if (carriesHeaders(key)) {
          asWritten[key] = value;
        }
        if (persistsHeaders()) {
          backing.setItem(key, value);
        } else {
          storeHeaderFree(key, value);
        }
      },
      removeItem: function (key) {
        delete asWritten[key];
        backing.removeItem(key);
      },
      clear: function () {
        asWritten = {};
        ownKeys().forEach(function (key) {
          backing.removeItem(key);
        });
      },
      key: function (index) {
        var keys = ownKeys();
        return index >= 0 && index < keys.length ? keys[index] : null;
      },
      get length() {
        return ownKeys().length;
      },
      /** Whether the editor chose "Persist headers"; GraphiQL's shouldPersistHeaders prop. */
      persistsHeaders: persistsHeaders
    };

    if (!persistsHeaders()) {
      scrubStored();
    }
    return storage;
  }

  root.createHeaderFreeStorage = createHeaderFreeStorage;
  if (typeof module === 'object' && module && module.exports) {
    module.exports = { createHeaderFreeStorage: createHeaderFreeStorage };
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
