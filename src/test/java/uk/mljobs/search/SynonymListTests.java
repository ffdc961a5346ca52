package uk.mljobs.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** How the synonym list reads admins' lines and a seeker's words. */
class SynonymListTests {

	private final SynonymList list = SynonymList.parse(List.of("# abbreviations", "k8s, kubernetes", "",
			"ml, machine learning", "mle, ml engineer, machine learning engineer", "mlops, ml ops",
			"cloud ml => sagemaker, vertex ai", "w&b, wandb, weights & biases"));

	@Test
	void groupsWorkBothWaysAndArrowsOneWay() {
		assertThat(this.list.alternativesOf("k8s")).containsExactly("kubernetes");
		assertThat(this.list.alternativesOf("Kubernetes")).containsExactly("k8s");
		assertThat(this.list.alternativesOf("cloud ml")).containsExactly("sagemaker", "vertex ai");
		assertThat(this.list.alternativesOf("sagemaker")).isEmpty();
		assertThat(this.list.groups()).isEqualTo(6);
	}

	@Test
	void caseHyphensAndSlashesDoNotMatter() {
		assertThat(this.list.alternativesOf("ML-Ops")).containsExactly("mlops");
		assertThat(this.list.alternativesOf("ml/ops")).containsExactly("mlops");
		assertThat(this.list.alternativesOf("W&B")).containsExactly("wandb", "weights & biases");
	}

	@Test
	void theLongestRunOfWordsWins() {
		Words words = this.list.expand(Words.parse("senior ml engineer k8s"));
		List<Words.Term> terms = words.anyOf().get(0).required();
		assertThat(terms).extracting(Words.Term::text).containsExactly("senior", "ml engineer", "k8s");
		assertThat(terms.get(1).phrase()).isTrue();
		assertThat(terms.get(1).alternatives()).containsExactly("mle", "machine learning engineer");
		assertThat(terms.get(2).forms()).containsExactly("k8s", "kubernetes");
		assertThat(terms.get(0).alternatives()).isEmpty();
		// "ml ops" as two words is mlops; "ml" alone is machine learning.
		assertThat(this.list.expand(Words.parse("ml ops")).anyOf().get(0).required().get(0).forms())
			.containsExactly("ml ops", "mlops");
		assertThat(this.list.expand(Words.parse("ml")).anyOf().get(0).required().get(0).forms()).containsExactly("ml",
				"machine learning");
	}

	@Test
	void quotedPhrasesMatchWholeAndExcludedWordsToo() {
		Words words = this.list.expand(Words.parse("\"machine learning\" -k8s"));
		assertThat(words.anyOf().get(0).required().get(0).forms()).containsExactly("machine learning", "ml");
		assertThat(words.anyOf().get(0).excluded().get(0).forms()).containsExactly("k8s", "kubernetes");
		// A quoted phrase is not joined with the words around it.
		Words apart = this.list.expand(Words.parse("ml \"ops\""));
		assertThat(apart.anyOf().get(0).required()).extracting(Words.Term::text).containsExactly("ml", "ops");
	}

	@Test
	void wordsWithoutSynonymsAreLeftAsTheyWere() {
		Words words = Words.parse("feature store -airflow");
		assertThat(this.list.expand(words)).isSameAs(words);
		assertThat(this.list.expand(null)).isNull();
		assertThat(SynonymList.empty().expand(words)).isSameAs(words);
	}

	@Test
	void everyLineThatCannotBeReadIsNamed() {
		assertThatExceptionOfType(SynonymList.InvalidSynonymsException.class)
			.isThrownBy(() -> SynonymList.parse(List.of("k8s, kubernetes", "lonely", "a => ", "a => b => c",
					"one two three four five six, six", ",,,", "x".repeat(301), "--, --")))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(SynonymList.Problem::line)
				.containsExactly(2, 3, 4, 5, 6, 7, 8));
	}

}
