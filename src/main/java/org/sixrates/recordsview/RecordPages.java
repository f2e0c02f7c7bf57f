package org.sixrates.recordsview;

import java.util.List;

import org.sixrates.records.Kind;
import org.sixrates.records.Level;
import org.sixrates.records.Status;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The records page: a filter form, the filters applied, one page of records. */
@Controller
class RecordPages {

	/** The fields the form offers as selects; the others travel as hidden inputs. */
	static final List<String> FORM_FIELDS = List.of("committee", "year", "kind", "status", "level");

	private final RecordQueries queries;

	RecordPages(RecordQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/records")
	String list(@RequestParam MultiValueMap<String, String> parameters,
			@RequestParam(defaultValue = "1") int page, Model model) {
		RecordFilter filter = RecordFilter.of(parameters);
		model.addAttribute("filter", filter);
		model.addAttribute("page", queries.find(filter, RecordApi.checked(page)));
		model.addAttribute("committees", queries.committees());
		model.addAttribute("years", queries.years());
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("statuses", Status.values());
		model.addAttribute("levels", Level.values());
		model.addAttribute("formFields", FORM_FIELDS);
		return "records/list";
	}

}
