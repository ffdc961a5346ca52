package uk.mljobs.roleguide;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import uk.mljobs.market.RoleView;
import uk.mljobs.shared.InvalidParameterException;
import uk.mljobs.shared.PostingsChanged;
import uk.mljobs.system.ChangedElsewhere;

/**
 * The skills check: the skills and tools a role's guide names, what share of the role's
 * live postings ask for each, and how much of that demand someone's skills cover. Demand
 * is counted once per role until a posting changes here or on another instance (at most
 * {@link #FRESH_FOR} should a notice be lost); nothing the reader ticks is kept.
 */
@Service
public class SkillsCheck {

	static final Duration FRESH_FOR = Duration.ofMinutes(5);

	private final RoleGuides guides;

	/** Demand per generation and role: a posting change starts a new generation. */
	private final LoadingCache<List<Long>, Demand> demand;

	private final AtomicLong generation = new AtomicLong();

	SkillsCheck(RoleGuides guides, SkillDemand skillDemand) {
		this.guides = guides;
		this.demand = Caffeine.newBuilder()
			.maximumSize(50)
			.expireAfterWrite(FRESH_FOR)
			.build((key) -> new Demand(skillDemand.livePostings(key.get(1)), skillDemand.postingsAsking(key.get(1))));
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onPostingsChanged(PostingsChanged changed) {
		forget();
	}

	@EventListener
	void onChangedElsewhere(ChangedElsewhere changed) {
		if (changed.concerns(PostingsChanged.TOPIC)) {
			forget();
		}
	}

	private void forget() {
		this.generation.incrementAndGet();
		this.demand.invalidateAll();
	}

	private record Demand(long live, Map<String, Long> asking) {
	}

	/**
	 * @param skill one of the guide's skills or tools
	 * @param postings how many live postings of the role ask for it
	 * @param have whether the reader ticked it
	 */
	public record SkillLine(ToolView skill, long postings, long percent, boolean have) {
	}

	/**
	 * @param live the role's live postings
	 * @param coverage the share of all skill mentions in those postings that the ticked
	 * skills account for, in percent
	 * @param lines every skill, most asked for first
	 * @param learnNext the three most asked-for skills not ticked
	 */
	public record Result(RoleView role, long live, long coverage, List<SkillLine> lines, List<SkillLine> learnNext,
			List<RoleGuide.Gap> gaps, boolean ticked) {

		public List<SkillLine> have() {
			return this.lines.stream().filter(SkillLine::have).toList();
		}

		public List<SkillLine> gapsFirst() {
			return this.lines.stream().filter((line) -> !line.have()).toList();
		}

	}

	/**
	 * @param have the slugs ticked; an unknown one is a 400 that lists the allowed slugs
	 */
	public Result check(RoleView role, List<String> have) {
		RoleGuide guide = this.guides.guide(role);
		Map<String, ToolView> skills = new LinkedHashMap<>();
		guide.stack()
			.forEach((category) -> category.tools()
				.forEach((entry) -> skills.putIfAbsent(entry.tool().slug(), entry.tool())));
		guide.essentialSkills().forEach((tool) -> skills.putIfAbsent(tool.slug(), tool));
		guide.emergingSkills().forEach((tool) -> skills.putIfAbsent(tool.slug(), tool));
		Set<String> ticked = new java.util.HashSet<>();
		for (String slug : (have != null) ? have : List.<String>of()) {
			if (slug.isBlank()) {
				continue;
			}
			if (!skills.containsKey(slug.strip())) {
				throw InvalidParameterException.unknownValue("skill", slug, skills.keySet());
			}
			ticked.add(slug.strip());
		}
		Demand demand = this.demand.get(List.of(this.generation.get(), role.id()));
		List<SkillLine> lines = new ArrayList<>();
		for (ToolView skill : skills.values()) {
			long n = demand.asking().getOrDefault(skill.slug(), 0L);
			long percent = (demand.live() > 0) ? Math.round(100.0 * n / demand.live()) : 0;
			lines.add(new SkillLine(skill, n, percent, ticked.contains(skill.slug())));
		}
		lines.sort(Comparator.comparingLong(SkillLine::postings).reversed().thenComparing((l) -> l.skill().name()));
		long total = lines.stream().mapToLong(SkillLine::postings).sum();
		long covered = lines.stream().filter(SkillLine::have).mapToLong(SkillLine::postings).sum();
		long coverage = (total > 0) ? Math.round(100.0 * covered / total) : 0;
		List<SkillLine> next = lines.stream().filter((line) -> !line.have() && line.postings() > 0).limit(3).toList();
		return new Result(role, demand.live(), coverage, lines, next, guide.gaps(), !ticked.isEmpty());
	}

}
