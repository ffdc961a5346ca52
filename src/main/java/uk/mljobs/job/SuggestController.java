package uk.mljobs.job;

import java.time.Duration;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.mljobs.shared.InvalidParameterException;

/**
 * Completions for the search box as a seeker types ({@link Suggester}), which the search
 * page's script offers as a list under the box.
 */
@RestController
@Tag(name = "Jobs")
class SuggestController {

	private final Suggester suggester;

	SuggestController(Suggester suggester) {
		this.suggester = suggester;
	}

	/**
	 * @param q what was typed
	 * @param suggestions at most eight, most used first
	 */
	record Suggestions(String q, List<Suggester.Suggestion> suggestions) {
	}

	@GetMapping(path = "/api/v1/suggest", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Complete what is typed into the search box",
			description = "Tools, skills, job titles, companies, towns and filter words starting with the last word "
					+ "typed, each with its kind and how many live jobs have it.")
	@ApiResponse(responseCode = "200", description = "At most eight completions, most used first")
	// q missing, blank or over 50 characters
	@ApiResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
	@ApiResponse(responseCode = "503", ref = ApiDocumentation.UNAVAILABLE)
	ResponseEntity<Suggestions> suggest(@Parameter(name = "q", in = ParameterIn.QUERY, required = true,
			description = "What is typed so far, 1 to 50 characters", example = "kube",
			schema = @Schema(type = "string", minLength = 1, maxLength = 50)) @RequestParam(
					required = false) String q) {
		String typed = (q != null) ? uk.mljobs.shared.Text.clean(q) : null;
		if (typed == null || typed.isBlank()) {
			throw InvalidParameterException.invalid("q", "'q' is what is typed so far: give 1 to 50 characters.");
		}
		if (q.length() > Suggester.MAX_QUERY) {
			throw InvalidParameterException.tooLong("q", Suggester.MAX_QUERY);
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
			.body(new Suggestions(typed, this.suggester.suggest(typed)));
	}

}
