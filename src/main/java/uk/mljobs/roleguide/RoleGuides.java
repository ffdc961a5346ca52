package uk.mljobs.roleguide;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.market.RoleView;

/**
 * Reads a role's guide content.
 */
@Service
@Transactional(readOnly = true)
public class RoleGuides {

	private final GuideSections sections;

	private final RoleFacts facts;

	private final ToolCategories categories;

	private final Tools tools;

	private final RoleSkills skills;

	private final CareerStages stages;

	private final Faqs faqs;

	private final SkillGaps gaps;

	RoleGuides(GuideSections sections, RoleFacts facts, ToolCategories categories, Tools tools, RoleSkills skills,
			CareerStages stages, Faqs faqs, SkillGaps gaps) {
		this.sections = sections;
		this.facts = facts;
		this.categories = categories;
		this.tools = tools;
		this.skills = skills;
		this.stages = stages;
		this.faqs = faqs;
		this.gaps = gaps;
	}

	public RoleGuide guide(RoleView role) {
		long roleId = role.id();
		Map<GuideTopic, List<RoleGuide.Section>> sections = new EnumMap<>(GuideTopic.class);
		this.sections.findByRoleIdOrderByPosition(roleId)
			.forEach((section) -> sections.computeIfAbsent(section.topic(), (topic) -> new java.util.ArrayList<>())
				.add(section.toView()));
		Map<String, List<RoleGuide.Fact>> facts = this.facts.findByRoleIdOrderByKindAscPositionAsc(roleId)
			.stream()
			.collect(Collectors.groupingBy((fact) -> fact.kind().name(), LinkedHashMap::new,
					Collectors.mapping(RoleFact::toView, Collectors.toList())));
		List<ToolCategory> categories = this.categories.findByRoleIdOrderByPosition(roleId);
		List<RoleSkill> skills = this.skills.findByRoleId(roleId);
		Map<Long, ToolView> tools = toolsById(categories, skills);
		return new RoleGuide(role, sections, facts, stack(categories, tools),
				skillsOf(skills, RoleSkill.Kind.ESSENTIAL, tools), skillsOf(skills, RoleSkill.Kind.EMERGING, tools),
				this.stages.findByRoleIdOrderByPosition(roleId).stream().map(CareerStage::toView).toList(),
				this.faqs.findByRoleIdOrderByPosition(roleId).stream().map(Faq::toView).toList(),
				this.gaps.findByRoleIdOrderByPosition(roleId).stream().map(SkillGap::toView).toList());
	}

	/** The whole tool and skill catalogue, by name. */
	public List<ToolView> catalogue() {
		return this.tools.findAllByOrderByName().stream().map(Tool::toView).toList();
	}

	private Map<Long, ToolView> toolsById(List<ToolCategory> categories, List<RoleSkill> skills) {
		List<Long> ids = java.util.stream.Stream
			.concat(categories.stream()
				.flatMap((category) -> category.tools().stream())
				.map(ToolCategory.StackTool::toolId), skills.stream().map(RoleSkill::toolId))
			.distinct()
			.toList();
		return this.tools.findByIdIn(ids)
			.stream()
			.map(Tool::toView)
			.collect(Collectors.toMap(ToolView::id, Function.identity()));
	}

	private static List<RoleGuide.Category> stack(List<ToolCategory> categories, Map<Long, ToolView> tools) {
		return categories.stream()
			.map((category) -> new RoleGuide.Category(category.slug(), category.name(), category.nonNegotiable(),
					category.tools()
						.stream()
						.map((entry) -> new RoleGuide.StackEntry(tools.get(entry.toolId()), entry.why()))
						.toList()))
			.toList();
	}

	private static List<ToolView> skillsOf(List<RoleSkill> skills, RoleSkill.Kind kind, Map<Long, ToolView> tools) {
		return skills.stream()
			.filter((skill) -> skill.kind() == kind)
			.map((skill) -> tools.get(skill.toolId()))
			.toList();
	}

}
