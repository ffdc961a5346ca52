package uk.mljobs.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One search, as every engine receives it: words, filters and order, for live postings
 * (those published and closing on or after {@link #liveOn}).
 *
 * @param words what to match, or {@code null} for every posting
 * @param filters for each filtered dimension, the values accepted (any of them)
 * @param minPay the least the top of the advertised range must reach, or {@code null}
 * @param liveOn the day that decides which postings are still open
 * @param now what {@link Dimension#POSTED_WITHIN} counts back from
 * @param asOf leave out postings published after it (page links carry it), or
 * {@code null}
 * @param publishedFrom with {@code publishedUntil}, only postings published in
 * {@code [publishedFrom, publishedUntil)} (alert digests), or {@code null}
 * @param offset results to skip, when there is no {@code after}
 * @param size results wanted; 0 for only the count
 * @param after where the previous page ended, or {@code null}
 * @param facets whether to count each dimension's values
 * @param near only postings in the towns within a distance (and remote ones, if it says
 * so), or {@code null}
 * @param excluded ids of postings never to match (those a signed-in person hid), at most
 * {@link #MAX_EXCLUDED}: left out of the results, the counts and the facets alike
 */
public record SearchQuery(Words words, Map<Dimension, Set<String>> filters, PayFloor minPay, LocalDate liveOn,
		Instant now, Instant asOf, Instant publishedFrom, Instant publishedUntil, Order order, int offset, int size,
		Cursor after, boolean facets, Near near, Set<Long> excluded) {

	/**
	 * The most postings a search leaves out by id: each is a term every engine checks, so
	 * a search stays bounded however many a person hides. Past it, the highest ids are
	 * kept: the newest postings, while most older ones have closed anyway.
	 */
	public static final int MAX_EXCLUDED = 1000;

	public SearchQuery(Words words, Map<Dimension, Set<String>> filters, PayFloor minPay, LocalDate liveOn, Instant now,
			Instant asOf, Instant publishedFrom, Instant publishedUntil, Order order, int offset, int size,
			Cursor after, boolean facets) {
		this(words, filters, minPay, liveOn, now, asOf, publishedFrom, publishedUntil, order, offset, size, after,
				facets, null);
	}

	public SearchQuery(Words words, Map<Dimension, Set<String>> filters, PayFloor minPay, LocalDate liveOn, Instant now,
			Instant asOf, Instant publishedFrom, Instant publishedUntil, Order order, int offset, int size,
			Cursor after, boolean facets, Near near) {
		this(words, filters, minPay, liveOn, now, asOf, publishedFrom, publishedUntil, order, offset, size, after,
				facets, near, Set.of());
	}

	public SearchQuery {
		Map<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
		filters.forEach((dimension, values) -> {
			if (!values.isEmpty()) {
				copy.put(dimension, Set.copyOf(values));
			}
		});
		filters = Map.copyOf(copy);
		excluded = (excluded == null) ? Set.of() : capped(excluded);
	}

	private static Set<Long> capped(Set<Long> ids) {
		if (ids.size() <= MAX_EXCLUDED) {
			return Set.copyOf(ids);
		}
		return ids.stream()
			.sorted(Comparator.reverseOrder())
			.limit(MAX_EXCLUDED)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Whether it leaves out postings by id, so its answer is one person's alone. */
	public boolean excludes() {
		return !this.excluded.isEmpty();
	}

	/** The same search leaving out these postings (replacing any it left out). */
	public SearchQuery excluding(Set<Long> ids) {
		return new SearchQuery(this.words, this.filters, this.minPay, this.liveOn, this.now, this.asOf,
				this.publishedFrom, this.publishedUntil, this.order, this.offset, this.size, this.after, this.facets,
				this.near, ids);
	}

	/**
	 * The effective order: relevance only makes sense with words to match, distance with
	 * a place to measure from.
	 */
	public Order order() {
		if (this.order == Order.DISTANCE && this.near == null) {
			return (this.words != null) ? Order.RELEVANCE : Order.NEWEST;
		}
		return (this.order == Order.RELEVANCE && this.words == null) ? Order.NEWEST : this.order;
	}

	public boolean hasWords() {
		return this.words != null;
	}

	/** The same search without one dimension's filter. */
	public SearchQuery without(Dimension dimension) {
		Map<Dimension, Set<String>> rest = new EnumMap<>(Dimension.class);
		rest.putAll(this.filters);
		rest.remove(dimension);
		return new SearchQuery(this.words, rest, this.minPay, this.liveOn, this.now, this.asOf, this.publishedFrom,
				this.publishedUntil, this.order, this.offset, this.size, this.after, this.facets, this.near,
				this.excluded);
	}

	/** The same search without its words. */
	public SearchQuery withoutWords() {
		return withWords(null);
	}

	/** The same search with other words, or none. */
	public SearchQuery withWords(Words words) {
		return new SearchQuery(words, this.filters, this.minPay, this.liveOn, this.now, this.asOf, this.publishedFrom,
				this.publishedUntil, this.order, this.offset, this.size, this.after, this.facets, this.near,
				this.excluded);
	}

	/** The same search without its minimum pay. */
	public SearchQuery withoutMinPay() {
		return new SearchQuery(this.words, this.filters, null, this.liveOn, this.now, this.asOf, this.publishedFrom,
				this.publishedUntil, this.order, this.offset, this.size, this.after, this.facets, this.near,
				this.excluded);
	}

	/** Only how many match: no page, no facets. */
	public SearchQuery countOnly() {
		return new SearchQuery(this.words, this.filters, this.minPay, this.liveOn, this.now, this.asOf,
				this.publishedFrom, this.publishedUntil, this.order, 0, 0, null, false, this.near, this.excluded);
	}

	/** What the counts depend on: the same search at its first page, in any order. */
	public SearchQuery countKey() {
		return new SearchQuery(this.words, this.filters, this.minPay, this.liveOn, null, this.asOf, this.publishedFrom,
				this.publishedUntil, null, 0, 0, null, this.facets, this.near, this.excluded);
	}

	/** The start of a {@link Dimension#POSTED_WITHIN} window. */
	public Instant since(int days) {
		return this.now.minusSeconds(days * 86_400L);
	}

	/** The same search in another place, or none. */
	public SearchQuery withNear(Near near) {
		return new SearchQuery(this.words, this.filters, this.minPay, this.liveOn, this.now, this.asOf,
				this.publishedFrom, this.publishedUntil, this.order, this.offset, this.size, this.after, this.facets,
				near, this.excluded);
	}

	public enum Order {

		RELEVANCE, NEWEST, PAY, DISTANCE;

		/** Whether it ranks by score (relevance, or nearness as a score). */
		public boolean scored() {
			return this == RELEVANCE || this == DISTANCE;
		}

	}

	/**
	 * Postings near a place: those in the towns within the distance asked for, nearest
	 * first when ordered by distance.
	 *
	 * @param miles each town's id, in decimal, with its distance in miles
	 * @param includeRemote remote postings too, wherever they are based (after the near
	 * ones, when ordered by distance)
	 */
	public record Near(Map<String, Double> miles, boolean includeRemote) {

		public Near {
			miles = Map.copyOf(miles);
		}

		/**
		 * The score a posting in a town ranks by: nearer is higher; whole tenths of a
		 * mile, so engines agree exactly. A remote posting further away scores
		 * {@link #REMOTE}.
		 */
		public float score(String townId) {
			return 100_000f - Math.round(this.miles.get(townId) * 10);
		}

		public static final float REMOTE = 1f;

	}

	/**
	 * Pay the top of a posting's range must reach.
	 *
	 * @param daily a day rate, or else an annual salary
	 */
	public record PayFloor(boolean daily, int pounds) {
	}

	/**
	 * Where a page ended, in the order's terms, so the next starts after it without
	 * counting through the ones before.
	 *
	 * @param score the relevance score (relevance order only)
	 * @param key the publication time in epoch milliseconds, or for the pay order the
	 * annualised top of the range
	 * @param id the posting's id, which breaks ties
	 */
	public record Cursor(Order order, float score, long key, long id) {

		/** As page links carry it. */
		public String token() {
			return switch (this.order) {
				case RELEVANCE ->
					"r" + Integer.toHexString(Float.floatToIntBits(this.score)) + "." + this.key + "." + this.id;
				case DISTANCE ->
					"d" + Integer.toHexString(Float.floatToIntBits(this.score)) + "." + this.key + "." + this.id;
				case NEWEST -> "n" + this.key + "." + this.id;
				case PAY -> "p" + this.key + "." + this.id;
			};
		}

		/** Reads a token; {@code null} when it is not one. */
		public static Cursor parse(String token) {
			if (token == null || token.length() > 60
					|| !token.matches("[rd][0-9a-f]{1,8}\\.\\d{1,15}\\.\\d{1,18}|[np]\\d{1,15}\\.\\d{1,18}")) {
				return null;
			}
			String[] parts = token.substring(1).split("\\.");
			return switch (token.charAt(0)) {
				case 'r',
						'd' ->
					new Cursor((token.charAt(0) == 'r') ? Order.RELEVANCE : Order.DISTANCE,
							Float.intBitsToFloat(Integer.parseUnsignedInt(parts[0], 16)), Long.parseLong(parts[1]),
							Long.parseLong(parts[2]));
				case 'n' -> new Cursor(Order.NEWEST, 0, Long.parseLong(parts[0]), Long.parseLong(parts[1]));
				default -> new Cursor(Order.PAY, 0, Long.parseLong(parts[0]), Long.parseLong(parts[1]));
			};
		}

	}

}
