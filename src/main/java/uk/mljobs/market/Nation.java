package uk.mljobs.market;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The four nations of the United Kingdom, as structured data names a UK place's region.
 * Our pay regions are no such thing ("Rest of UK" spans all four), so a place's nation
 * comes from London, or from the town: each town the migrations list is placed here. A
 * town admins add later has no nation until it is listed, and structured data then leaves
 * the region out rather than guess.
 */
public enum Nation {

	ENGLAND("England"), SCOTLAND("Scotland"), WALES("Wales"), NORTHERN_IRELAND("Northern Ireland");

	private static final Map<Nation, Set<String>> TOWNS = Map.of(SCOTLAND,
			Set.of("edinburgh", "glasgow", "aberdeen", "dundee", "inverness", "stirling", "perth", "dunfermline",
					"paisley", "east-kilbride", "livingston"),
			WALES, Set.of("cardiff", "swansea", "newport", "wrexham"), NORTHERN_IRELAND,
			Set.of("belfast", "derry", "lisburn"), ENGLAND,
			Set.of("london", "croydon", "cambridge", "welwyn-garden-city", "halifax", "hatfield", "cheltenham",
					"ipswich", "manchester", "bristol", "leeds", "birmingham", "reading", "oxford", "newcastle",
					"sheffield", "nottingham", "brighton", "milton-keynes", "liverpool", "bradford", "leicester",
					"coventry", "hull", "stoke-on-trent", "wolverhampton", "plymouth", "derby", "southampton",
					"portsmouth", "sunderland", "northampton", "norwich", "luton", "bournemouth", "swindon",
					"southend-on-sea", "peterborough", "huddersfield", "york", "poole", "middlesbrough", "blackpool",
					"bolton", "stockport", "slough", "gloucester", "watford", "exeter", "colchester", "crawley",
					"rotherham", "warrington", "basingstoke", "preston", "wigan", "chelmsford", "worcester", "telford",
					"lincoln", "maidstone", "bath", "guildford", "woking", "high-wycombe", "stevenage", "st-albans",
					"harlow", "salford", "oldham", "doncaster", "barnsley", "wakefield", "gateshead", "carlisle",
					"chester", "lancaster", "eastbourne", "hastings", "worthing", "canterbury", "farnborough",
					"bracknell", "newbury", "harrogate", "bedford", "taunton", "shrewsbury", "hereford", "solihull",
					"west-bromwich", "walsall", "dudley", "burnley", "blackburn", "crewe", "mansfield", "chesterfield",
					"loughborough", "nuneaton", "rugby", "leamington-spa", "kettering", "grimsby", "scunthorpe",
					"darlington", "hartlepool", "stockton-on-tees", "south-shields", "aylesbury", "hemel-hempstead",
					"basildon", "southport", "birkenhead", "st-helens", "bury", "rochdale", "weston-super-mare",
					"tunbridge-wells", "chatham", "dartford"));

	private final String displayName;

	Nation(String displayName) {
		this.displayName = displayName;
	}

	/** As the nation calls itself: "England", "Northern Ireland". */
	public String displayName() {
		return this.displayName;
	}

	/**
	 * The nation a UK place lies in, or empty when we cannot tell (a town abroad, or one
	 * not listed here).
	 * @param region its pay region, or {@code null}
	 * @param town its town, or {@code null}
	 */
	public static Optional<Nation> of(RegionView region, TownView town) {
		if (region != null && "london".equals(region.slug())) {
			return Optional.of(ENGLAND);
		}
		if (town == null || town.abroad()) {
			return Optional.empty();
		}
		return TOWNS.entrySet()
			.stream()
			.filter((nation) -> nation.getValue().contains(town.slug()))
			.map(Map.Entry::getKey)
			.findFirst();
	}

}
