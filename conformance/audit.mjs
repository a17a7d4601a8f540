// graphql-http's GraphQL-over-HTTP server audit against a running service.
//   node audit.mjs http://127.0.0.1:8080/graphql
// Prints every audit that is not "ok" and exits 1 when any warns or fails (the project allows neither).
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? 'http://127.0.0.1:8080/graphql';
const results = await auditServer({ url });
let bad = 0;
for (const result of results) {
  if (result.status !== 'ok') {
    bad++;
    let body = '';
    try {
      body = result.response ? ` -> ${result.response.status} ${await result.response.clone().text()}`.slice(0, 400) : '';
    } catch { /* body already read */ }
    console.log(`${result.status.toUpperCase()} ${result.name}: ${result.reason}${body}`);
  }
}
const ok = results.length - bad;
console.log(`graphql-http audit of ${url}: ${ok} ok, ${results.filter(r => r.status === 'warn').length} warnings, ${results.filter(r => r.status === 'error').length} errors`);
process.exit(bad === 0 ? 0 : 1);
