package com.newsroom.contentapi.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;

import org.jspecify.annotations.Nullable;

/**
 * The documents of one collection kept in the order of its declared indexes, so that a
 * sorted query reads them in order and stops at the end of its page, as MongoDB does with
 * an index, instead of matching every document and then sorting. mongo-java-server keeps
 * no non-unique index (it records the declaration and scans); with 10,000 articles the
 * newest-first headlines page matched all 10,000 on every request.
 * <p>
 * What is ordered: a sort serves from a declared index (unique or not) when it is a
 * suffix of the index's keys, in the index's directions or all reversed, and ends with
 * {@code _id}. For the articles' index {@code status,
 * locales, publishedAt -1, _id -1} that is {@code publishedAt -1, _id -1} (newest first)
 * and its reverse. Ending with the unique {@code _id} makes the order total, so the
 * answer is exactly the library's sort, ties included. The filter is not used to narrow
 * the walk (a real index also narrows by its leading keys): every document read in order
 * is matched against the whole query, and the walk stops after {@code skip + limit}
 * matches. A selective filter therefore reads more documents, at worst all of them: never
 * more than the scan it replaces.
 * <p>
 * Upkeep: an order is built from all documents the first time a query needs it and then
 * kept up to date by the collection's inserts, updates and removals (all made under the
 * collection's lock, as queries are). Nothing is stored: after a restart an order is
 * built again on first use. If two documents ever compared equal (only possible with
 * unusual {@code _id} values) the order is dropped for good and such queries go back to
 * the scan.
 */
final class OrderedViews<P> {

	private static final String ID_FIELD = "_id";

	private final Map<List<String>, View<P>> views = new HashMap<>();

	private final Set<List<String>> abandoned = new HashSet<>();

	/**
	 * The walk found for each sort document, so that a repeated query (the headlines,
	 * thousands of times a second) neither parses its sort nor looks through the indexes
	 * again. Only sorts that an order serves are kept: an index declared later may serve
	 * the others.
	 */
	private final Map<Document, Walk> walks = new HashMap<>();

	/**
	 * How the documents of a query's order are read, if a declared index serves it: the
	 * built (or newly built) order and the direction to read it in; {@code null} if no
	 * index serves the sort. {@code orderBy} orders by fields
	 * ({@link FirstInOrder#isFieldOrder}, which the caller has checked).
	 */
	@Nullable Walk walkFor(Document orderBy, Collection<? extends Index<P>> indexes,
			Supplier<Stream<DocumentWithPosition<P>>> allDocuments) {
		Walk known = this.walks.get(orderBy);
		if (known != null) {
			return known;
		}
		Walk walk = newWalk(orderBy, indexes, allDocuments);
		if (walk != null) {
			this.walks.put(new Document(orderBy), walk);
		}
		return walk;
	}

	@Nullable private Walk newWalk(Document orderBy, Collection<? extends Index<P>> indexes,
			Supplier<Stream<DocumentWithPosition<P>>> allDocuments) {
		SortOrder wanted = SortOrder.of(orderBy);
		if (!wanted.field(wanted.size() - 1).equals(ID_FIELD)) {
			return null;
		}
		for (Index<P> index : indexes) {
			List<IndexKey> keys = index.getKeys();
			if (keys.size() < wanted.size()) {
				continue;
			}
			List<IndexKey> suffix = keys.subList(keys.size() - wanted.size(), keys.size());
			Boolean forward = direction(suffix, wanted);
			if (forward == null) {
				continue;
			}
			View<P> view = view(suffix, allDocuments);
			return (view != null) ? new Walk(view, forward) : null;
		}
		return null;
	}

	/**
	 * Whether the index keys are the wanted sort ({@code true}), its reverse
	 * ({@code false}) or neither.
	 */
	@Nullable private static Boolean direction(List<IndexKey> suffix, SortOrder wanted) {
		boolean same = true;
		boolean reversed = true;
		for (int i = 0; i < suffix.size(); i++) {
			if (!suffix.get(i).getKey().equals(wanted.field(i))) {
				return null;
			}
			boolean equal = suffix.get(i).isAscending() == wanted.ascending(i);
			same &= equal;
			reversed &= !equal;
		}
		return same ? Boolean.TRUE : (reversed ? Boolean.FALSE : null);
	}

	@Nullable private View<P> view(List<IndexKey> keys, Supplier<Stream<DocumentWithPosition<P>>> allDocuments) {
		List<String> name = keys.stream().map(key -> key.getKey() + (key.isAscending() ? ":1" : ":-1")).toList();
		if (this.abandoned.contains(name)) {
			return null;
		}
		View<P> built = this.views.get(name);
		if (built != null) {
			return built;
		}
		View<P> view = new View<>(SortOrder.of(keys));
		boolean complete = allDocuments.get()
			.allMatch(document -> view.add(document.getDocument(), document.getPosition()));
		if (!complete) {
			this.abandoned.add(name);
			return null;
		}
		this.views.put(name, view);
		return view;
	}

	void added(Document document, P position) {
		forEachView(view -> view.add(document, position));
	}

	void removed(Document document) {
		forEachView(view -> view.remove(document));
	}

	void updated(Document before, Document after, P position) {
		forEachView(view -> view.update(before, after, position));
	}

	/**
	 * Applies a change to every built order, dropping any that it leaves inconsistent.
	 */
	private void forEachView(Predicate<View<P>> change) {
		List<List<String>> broken = new ArrayList<>();
		this.views.forEach((name, view) -> {
			if (!change.test(view)) {
				broken.add(name);
			}
		});
		broken.forEach(name -> {
			View<P> dropped = this.views.remove(name);
			this.walks.values().removeIf(walk -> walk.view == dropped);
			this.abandoned.add(name);
		});
	}

	/** One order: positions of documents keyed by their sort values. */
	private static final class View<P> {

		private final SortOrder order;

		private final TreeMap<Object[], P> positions;

		View(SortOrder order) {
			this.order = order;
			this.positions = new TreeMap<>(order);
		}

		/** {@code false} if another document already has the same sort values. */
		boolean add(Document document, P position) {
			return this.positions.putIfAbsent(this.order.valuesOf(document), position) == null;
		}

		/**
		 * {@code false} if the document was not in the order (it would be out of step
		 * with the collection).
		 */
		boolean remove(Document document) {
			return this.positions.remove(this.order.valuesOf(document)) != null;
		}

		boolean update(Document before, Document after, P position) {
			Object[] old = this.order.valuesOf(before);
			Object[] now = this.order.valuesOf(after);
			if (this.order.compare(old, now) == 0) {
				return true;
			}
			return this.positions.remove(old) != null && this.positions.putIfAbsent(now, position) == null;
		}

	}

	/** An order read forwards or backwards. */
	final class Walk {

		private final View<P> view;

		private final boolean forward;

		private Walk(View<P> view, boolean forward) {
			this.view = view;
			this.forward = forward;
		}

		/**
		 * The first {@code count} documents in this order that {@code matches} accepts
		 * (all of them if {@code count} is 0), reading no further than needed.
		 */
		List<Document> firstMatches(Function<P, Document> documentAt, Predicate<Document> matches, int count) {
			Collection<P> inOrder = this.forward ? this.view.positions.values()
					: this.view.positions.descendingMap().values();
			List<Document> found = new ArrayList<>(Math.min(Math.max(count, 16), 1024));
			for (P position : inOrder) {
				Document document = documentAt.apply(position);
				if (matches.test(document)) {
					found.add(document);
					if (found.size() == count) {
						break;
					}
				}
			}
			return found;
		}

	}

}
