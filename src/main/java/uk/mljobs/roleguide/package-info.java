/**
 * Role guides: what a role does, its tech stack, career ladder, skills gaps and FAQs, and
 * the guide page that brings them together with pay and employers.
 */
@OwnsTables({ "career_stage", "faq", "guide_section", "role_fact", "role_skill", "skill_gap", "stack_tool", "tool",
		"tool_category" })
package uk.mljobs.roleguide;

import uk.mljobs.shared.OwnsTables;
