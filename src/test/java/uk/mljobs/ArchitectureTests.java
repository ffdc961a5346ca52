package uk.mljobs;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import jakarta.persistence.Entity;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the feature boundaries of STYLE.md: features talk through small public services
 * and records, never through each other's entities, repositories or controllers.
 */
@AnalyzeClasses(packages = "uk.mljobs", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/**
	 * Every feature, and the features it may use: lower features never reach up; when a
	 * lower one needs something of an upper one, it defines an interface the upper one
	 * implements ({@code market.RoleReferences}, {@code salary.AdvertisedPay}).
	 */
	private static final Map<String, List<String>> USES = Map.ofEntries(Map.entry("shared", List.of()),
			Map.entry("moderation", List.of("shared")), Map.entry("system", List.of("shared")),
			Map.entry("market", List.of("shared")),
			Map.entry("company", List.of("market", "moderation", "shared", "system")),
			Map.entry("account", List.of("company", "moderation", "shared", "system")),
			Map.entry("salary", List.of("account", "market", "shared", "system")),
			Map.entry("search", List.of("account", "shared", "system")),
			Map.entry("roleguide", List.of("company", "market", "moderation", "salary", "shared", "system")),
			Map.entry("activity", List.of("account", "shared", "system")),
			Map.entry("job",
					List.of("account", "activity", "company", "market", "moderation", "roleguide", "salary", "search",
							"shared", "system")),
			Map.entry("alert", List.of("account", "activity", "company", "job", "market", "shared", "system")),
			Map.entry("imports", List.of("account", "company", "job", "market", "roleguide", "shared", "system")),
			Map.entry("seeker", List.of("account", "activity", "alert", "job", "shared", "system")),
			Map.entry("admin", List.of("account", "company", "job", "moderation", "shared", "system")),
			Map.entry("web", List.of("company", "job", "market", "salary", "shared", "system")));

	@ArchTest
	static final ArchRule featuresUseOnlyTheFeaturesBelowThem = features();

	@ArchTest
	static final ArchRule everyClassIsInAKnownFeature = classes().should()
		.resideInAnyPackage(Stream
			.concat(USES.keySet().stream().map((feature) -> "uk.mljobs." + feature + ".."), Stream.of("uk.mljobs"))
			.toArray(String[]::new))
		.because("a new feature gets its place in ArchitectureTests.USES, with the features it may use");

	private static ArchRule features() {
		LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
		for (String feature : USES.keySet()) {
			layers = layers.layer(feature).definedBy("uk.mljobs." + feature + "..");
		}
		for (Map.Entry<String, List<String>> uses : USES.entrySet()) {
			layers = uses.getValue().isEmpty() ? layers.whereLayer(uses.getKey()).mayNotAccessAnyLayer()
					: layers.whereLayer(uses.getKey()).mayOnlyAccessLayers(uses.getValue().toArray(String[]::new));
		}
		return layers;
	}

	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("uk.mljobs.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule entitiesArePackagePrivate = classes().that()
		.areAnnotatedWith(Entity.class)
		.should()
		.notBePublic()
		.because("other features read records from a feature's service, not its entities");

	@ArchTest
	static final ArchRule repositoriesArePackagePrivate = classes().that()
		.areAssignableTo(Repository.class)
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith(Controller.class)
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule sharedValueTypesDependOnNoFeature = noClasses().that()
		.resideInAPackage("uk.mljobs.shared..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("uk.mljobs.market..", "uk.mljobs.salary..", "uk.mljobs.company..", "uk.mljobs.roleguide..",
				"uk.mljobs.web..", "uk.mljobs.system..");

	@ArchTest
	static final ArchRule marketIsTheBottomFeature = noClasses().that()
		.resideInAPackage("uk.mljobs.market..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("uk.mljobs.salary..", "uk.mljobs.company..", "uk.mljobs.roleguide..", "uk.mljobs.web..");

	@ArchTest
	static final ArchRule featuresDoNotDependOnTheWebShell = noClasses().that()
		.resideInAnyPackage("uk.mljobs.market..", "uk.mljobs.salary..", "uk.mljobs.company..", "uk.mljobs.roleguide..",
				"uk.mljobs.system..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("uk.mljobs.web..");

}
