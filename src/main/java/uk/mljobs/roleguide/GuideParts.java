package uk.mljobs.roleguide;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.shared.NotFoundException;

/**
 * The editor of each part of a guide, found by the part, by its address or by the form
 * posted to it.
 */
@Component
class GuideParts {

	private final Map<GuidePart, PartEditor<?>> editors = new EnumMap<>(GuidePart.class);

	private final Map<Class<?>, PartEditor<?>> byForm = new HashMap<>();

	GuideParts(List<PartEditor<?>> editors) {
		for (PartEditor<?> editor : editors) {
			this.editors.put(editor.part(), editor);
			this.byForm.put(editor.formType(), editor);
		}
		if (this.editors.size() != GuidePart.values().length) {
			throw new IllegalStateException("A part of the guide has no editor: " + this.editors.keySet());
		}
	}

	PartEditor<?> editor(GuidePart part) {
		return this.editors.get(part);
	}

	/** The editor of the part at {@code slug}, such as {@code faq}; else not found. */
	PartEditor<?> editor(String slug) {
		return editor(GuidePart.of(slug).orElseThrow(() -> NotFoundException.of("part of a guide", slug)));
	}

	/** The editor of the part {@code form} was posted to. */
	@SuppressWarnings("unchecked")
	<R extends PartRow> PartEditor<R> editorOf(PartForm<R> form) {
		return (PartEditor<R>) this.byForm.get(form.getClass());
	}

	/** Counts of what each part of the guide holds, for the guide's admin pages. */
	@Transactional(readOnly = true)
	Map<GuidePart, Integer> sizes(long roleId) {
		Map<GuidePart, Integer> sizes = new EnumMap<>(GuidePart.class);
		this.editors.forEach((part, editor) -> sizes.put(part, editor.count(roleId)));
		return sizes;
	}

}
