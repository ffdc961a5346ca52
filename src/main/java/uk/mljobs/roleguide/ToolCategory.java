package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A group of tools in one role's stack, such as "Model Serving".
 */
@Entity
@Table(name = "tool_category")
class ToolCategory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long roleId;

	private String slug;

	private String name;

	/** The guide marks some categories as a baseline every candidate must have. */
	private boolean nonNegotiable;

	private int position;

	@ElementCollection
	@CollectionTable(name = "stack_tool", joinColumns = @JoinColumn(name = "category_id"))
	@OrderColumn(name = "position")
	private List<StackTool> tools = new ArrayList<>();

	protected ToolCategory() {
	}

	String slug() {
		return this.slug;
	}

	String name() {
		return this.name;
	}

	boolean nonNegotiable() {
		return this.nonNegotiable;
	}

	List<StackTool> tools() {
		return this.tools;
	}

	/** A tool's place in the stack, and why it matters for this role. */
	@Embeddable
	record StackTool(Long toolId, String why) {
	}

}
