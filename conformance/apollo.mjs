// Apollo Client 4 against a running service, as a front-end uses it:
//   node apollo.mjs http://127.0.0.1:8080/graphql <admin token>
// - headlines through the persisted-query link with GET (hash first, then hash and text, then hash only);
// - one article in Arabic and in French in one normalised cache, with the type policies the README documents
//   (Article and Tag keyed by id and the locale served): both titles stay as they were served;
// - errors: extensions.code reaches the client for an invalid query and for an unknown token (no ServerError or
//   ServerParseError hiding it).
// Exits 1 on the first check that fails.
import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

const url = process.argv[2] ?? 'http://127.0.0.1:8080/graphql';
const adminToken = process.argv[3] ?? 'conformance-admin-token';
const run = Date.now().toString(36);
let failures = 0;

function check(condition, what, detail) {
  console.log(`${condition ? 'ok' : 'FAIL'} ${what}${condition || detail === undefined ? '' : `: ${JSON.stringify(detail)}`}`);
  if (!condition) failures++;
}

// The type policies a normalising client uses (README, "Normalising clients").
const typePolicies = {
  Article: { keyFields: ['id', 'locale'] },
  Tag: { keyFields: ['id', 'locale'] },
};

function client({ token, persisted = false, seen } = {}) {
  const headers = token ? { Authorization: `Bearer ${token}` } : {};
  const recording = new ApolloLink((operation, forward) => {
    if (seen) {
      const { fetchOptions } = operation.getContext();
      seen.push(fetchOptions?.method ?? 'POST');
    }
    return forward(operation);
  });
  const http = new HttpLink({
    uri: url,
    headers,
    fetch: async (input, init) => {
      if (seen) seen.push(`${init?.method ?? 'GET'} ${new URL(input, url).search ? 'query-string' : 'body'}`);
      return fetch(input, init);
    },
  });
  let link = http;
  if (persisted) {
    link = new PersistedQueryLink({
      sha256: (text) => createHash('sha256').update(text).digest('hex'),
      useGETForHashedQueries: true,
    }).concat(http);
  }
  return new ApolloClient({ link: recording.concat(link), cache: new InMemoryCache({ typePolicies }) });
}

const admin = client({ token: adminToken });

async function publish(translations) {
  const { data } = await admin.mutate({
    mutation: gql`mutation Create($input: CreateArticleInput!) { createArticle(input: $input) { id locale version } }`,
    variables: { input: { translations } },
  });
  const id = data.createArticle.id;
  await admin.mutate({ mutation: gql`mutation Publish($id: ID!) { publishArticle(id: $id) { id locale } }`, variables: { id } });
  return id;
}

const articleId = await publish([
  { locale: 'ar', title: `الانتخابات في المغرب ${run}`, slug: `intikhabat-${run}`, body: 'نص المقال بالعربية' },
  { locale: 'fr', title: `Les élections au Maroc ${run}`, slug: `elections-${run}`, body: 'Le texte en français' },
]);

// 1. Persisted queries with GET.
const HEADLINES = gql`query Headlines($locale: Locale) {
  articles(first: 5, locale: $locale) { edges { node { id locale title } } }
}`;
for (let i = 0; i < 3; i++) {
  const seen = [];
  const reader = client({ persisted: true, seen });
  const result = await reader.query({ query: HEADLINES, variables: { locale: 'fr' }, fetchPolicy: 'network-only' });
  const titles = result.data?.articles.edges.map((edge) => edge.node.title) ?? [];
  check(titles.includes(`Les élections au Maroc ${run}`), `persisted GET headlines, run ${i + 1}`, { titles, error: String(result.error ?? '') });
  check(seen.some((entry) => entry.startsWith('GET query-string')), `persisted GET headlines, run ${i + 1}, went as GET`, seen);
}

// 2. One article in two languages, one normalised cache.
const ARTICLE = gql`query Article($id: ID!, $locale: Locale) { article(id: $id, locale: $locale) { id locale title direction } }`;
const reader = client();
const ar = await reader.query({ query: ARTICLE, variables: { id: articleId, locale: 'ar' } });
const fr = await reader.query({ query: ARTICLE, variables: { id: articleId, locale: 'fr' } });
check(ar.data?.article.title === `الانتخابات في المغرب ${run}` && ar.data?.article.direction === 'RTL', 'Arabic article served', ar.data);
check(fr.data?.article.title === `Les élections au Maroc ${run}` && fr.data?.article.direction === 'LTR', 'French article served', fr.data);
const arAgain = reader.readQuery({ query: ARTICLE, variables: { id: articleId, locale: 'ar' } });
const frAgain = reader.readQuery({ query: ARTICLE, variables: { id: articleId, locale: 'fr' } });
check(arAgain?.article.title === `الانتخابات في المغرب ${run}`, 'Arabic title kept in the normalised cache after the French one', arAgain);
check(frAgain?.article.title === `Les élections au Maroc ${run}`, 'French title kept in the normalised cache', frAgain);

// 3. Errors carry extensions.code to the client.
const invalid = await reader.query({ query: gql`query Invalid { noSuchField }`, fetchPolicy: 'network-only', errorPolicy: 'all' })
  .catch((error) => ({ error }));
check(CombinedGraphQLErrors.is(invalid.error) && invalid.error.errors[0]?.extensions?.code === 'BAD_USER_INPUT',
  'invalid query: CombinedGraphQLErrors with BAD_USER_INPUT', { name: invalid.error?.name, message: invalid.error?.message });
const unknownToken = await client({ token: 'not-a-real-token' })
  .query({ query: HEADLINES, variables: { locale: 'fr' }, fetchPolicy: 'network-only', errorPolicy: 'all' })
  .catch((error) => ({ error }));
check(CombinedGraphQLErrors.is(unknownToken.error) && unknownToken.error.errors[0]?.extensions?.code === 'UNAUTHENTICATED',
  'unknown token: CombinedGraphQLErrors with UNAUTHENTICATED', { name: unknownToken.error?.name, message: unknownToken.error?.message });

console.log(`Apollo Client 4 against ${url}: ${failures === 0 ? 'all checks passed' : `${failures} checks failed`}`);
process.exit(failures === 0 ? 0 : 1);
