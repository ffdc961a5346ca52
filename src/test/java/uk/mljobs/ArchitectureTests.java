package uk.mljobs;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the feature boundaries of STYLE.md: features talk through small public services
 * and records, never through each other's entities, repositories or controllers.
 */
@AnalyzeClasses(packages = "uk.mljobs", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

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
