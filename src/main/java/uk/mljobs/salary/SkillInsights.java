package uk.mljobs.salary;

import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.stereotype.Service;

import uk.mljobs.market.RoleView;

/**
 * Each role's {@link SkillTable}, kept until a posting changes here or on another
 * instance (at most {@link SalaryInsights#FRESH_FOR} should a notice be lost), as
 * advertised pay is.
 */
@Service
public class SkillInsights {

	private final LoadingCache<List<Object>, SkillTable> tables;

	private final PostingsGeneration generation;

	SkillInsights(SkillPay postings, PostingsGeneration generation) {
		this.generation = generation;
		this.tables = Caffeine.newBuilder().maximumSize(100).expireAfterWrite(SalaryInsights.FRESH_FOR).build((key) -> {
			RoleView role = (RoleView) key.get(1);
			return SkillTable.of(role, postings.live(role.id()), postings.snapshots(role.id(), SkillTable.MONTHS));
		});
		generation.onChange(this.tables::invalidateAll);
	}

	public SkillTable table(RoleView role) {
		return this.tables.get(List.of(this.generation.current(), role));
	}

}
