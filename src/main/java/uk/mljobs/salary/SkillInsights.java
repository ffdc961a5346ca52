package uk.mljobs.salary;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import uk.mljobs.market.RoleView;
import uk.mljobs.shared.PostingsChanged;
import uk.mljobs.system.ChangedElsewhere;

/**
 * Each role's {@link SkillTable}, kept until a posting changes here or on another
 * instance (at most {@link SalaryInsights#FRESH_FOR} should a notice be lost), as
 * advertised pay is.
 */
@Service
public class SkillInsights {

	private final LoadingCache<List<Object>, SkillTable> tables;

	private final AtomicLong generation = new AtomicLong();

	SkillInsights(SkillPay postings) {
		this.tables = Caffeine.newBuilder().maximumSize(100).expireAfterWrite(SalaryInsights.FRESH_FOR).build((key) -> {
			RoleView role = (RoleView) key.get(1);
			return SkillTable.of(role, postings.live(role.id()), postings.snapshots(role.id(), SkillTable.MONTHS));
		});
	}

	public SkillTable table(RoleView role) {
		return this.tables.get(List.of(this.generation.get(), role));
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
		this.tables.invalidateAll();
	}

}
