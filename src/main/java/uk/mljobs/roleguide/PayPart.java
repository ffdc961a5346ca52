package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.mljobs.market.AdminRole;
import uk.mljobs.market.Market;
import uk.mljobs.market.RegionView;
import uk.mljobs.salary.MarketFigures;
import uk.mljobs.salary.MarketFigures.Figure;
import uk.mljobs.salary.MarketFigures.Kind;

/**
 * Published market salaries and contract day rates, UK-wide or for a region, each with
 * its source and year; kept by the salary feature, which replaces them whole. (The salary
 * bands by level are curated apart.)
 */
@Component
class PayPart implements PartEditor<PayPart.Row> {

	/**
	 * @param kind {@code SALARY} (pounds a year) or {@code DAY_RATE} (pounds a day)
	 * @param region the region's slug, or empty for UK-wide
	 * @param from the bottom of the typical range, as typed
	 * @param source who published the figures
	 * @param year the year they are for
	 */
	record Row(String id, String order, String remove, String kind, String region, String from, String to,
			String median, String source, String year) implements PartRow {

		static Row blank() {
			return new Row("", "", "", "", "", "", "", "", "", "");
		}

		@Override
		public boolean empty() {
			return PartRow.allBlank(this.id, this.kind, this.region, this.from, this.to, this.median, this.source,
					this.year);
		}

	}

	record Form(List<Row> rows, String version, String reason) implements PartForm<Row> {

		Form {
			rows = PartForm.filled(rows, Row::blank);
		}

	}

	private final MarketFigures figures;

	private final Market market;

	PayPart(MarketFigures figures, Market market) {
		this.figures = figures;
		this.market = market;
	}

	@Override
	public GuidePart part() {
		return GuidePart.PAY;
	}

	@Override
	public List<Row> rows(long roleId) {
		Map<Long, String> regions = this.market.regions()
			.stream()
			.collect(Collectors.toMap(RegionView::id, RegionView::slug));
		return PartRow.numbered(this.figures.of(roleId),
				(figure, order) -> new Row(String.valueOf(figure.id()), order, "", figure.kind().name(),
						(figure.regionId() != null) ? regions.get(figure.regionId()) : "", PartRow.text(figure.from()),
						PartRow.text(figure.to()), PartRow.text(figure.median()), figure.source(),
						String.valueOf(figure.year())));
	}

	@Override
	public int count(long roleId) {
		return this.figures.count(roleId);
	}

	/**
	 * Salaries and day rates number their rows apart; either kind's ids are the guide's.
	 */
	@Override
	public Set<Long> ids(long roleId) {
		return this.figures.of(roleId).stream().map(Figure::id).collect(Collectors.toSet());
	}

	@Override
	public Row blank() {
		return Row.blank();
	}

	@Override
	public Class<Form> formType() {
		return Form.class;
	}

	@Override
	public Form form(List<Row> rows, String version, String reason) {
		return new Form(rows, version, reason);
	}

	@Override
	public Map<String, Object> choices() {
		return Map.of("regions", this.market.regions());
	}

	@Override
	public Runnable check(AdminRole guide, List<Kept<Row>> rows, Errors errors) {
		Map<String, Long> regions = this.market.regions()
			.stream()
			.collect(Collectors.toMap(RegionView::slug, RegionView::id));
		List<Figure> wanted = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Kept<Row> kept : rows) {
			Row row = kept.row();
			Kind kind = kept.choice(errors, "kind", row.kind(), Kind.class,
					"Choose a market salary or a contract day rate.");
			if (kind == null) {
				continue;
			}
			boolean day = kind == Kind.DAY_RATE;
			String region = PartRow.blank(row.region()) ? null : row.region().strip();
			if (region != null && !regions.containsKey(region)) {
				errors.rejectValue(kept.path("region"), "choice", "Choose a region from the list, or UK-wide.");
			}
			int floor = day ? 50 : 1000;
			int ceiling = day ? 10_000 : 10_000_000;
			Integer from = kept.pounds(errors, "from", row.from(), floor, ceiling);
			Integer to = kept.pounds(errors, "to", row.to(), floor, ceiling);
			Integer median = kept.pounds(errors, "median", row.median(), floor, ceiling);
			if ((from == null) != (to == null)) {
				errors.rejectValue(kept.path((from == null) ? "from" : "to"), "range",
						"Give both ends of the range, or neither.");
			}
			else if (from != null && from > to) {
				errors.rejectValue(kept.path("to"), "range", "The top of the range must not be below its bottom.");
			}
			else if (median != null && from != null && (median < from || median > to)) {
				errors.rejectValue(kept.path("median"), "range", "The median must lie within the range.");
			}
			if (median == null && (!day || from == null) && !errors.hasFieldErrors(kept.path("median"))) {
				errors.rejectValue(kept.path("median"), "required",
						day ? "Give a range or a median day rate." : "Give the median salary.");
			}
			String source = kept.text(errors, "source", row.source(), 300, "Name the source of the figures.");
			Integer year = kept.number(errors, "year", row.year(), 2000, 2100);
			if (year == null && !errors.hasFieldErrors(kept.path("year"))) {
				errors.rejectValue(kept.path("year"), "required", "Give the year the figures are for.");
			}
			if (!seen.add(kind + ":" + region)) {
				errors.rejectValue(kept.path("region"), "duplicate",
						"There is already a " + (day ? "day rate" : "market salary") + " for this region.");
			}
			wanted.add(new Figure(null, kind, (region != null) ? regions.get(region) : null, from, to, median, source,
					(year != null) ? year : 0));
		}
		long roleId = guide.role().id();
		return () -> this.figures.replace(roleId, wanted);
	}

}
