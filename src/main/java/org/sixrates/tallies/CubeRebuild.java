package org.sixrates.tallies;

import java.time.Clock;
import java.util.Map;

import org.sixrates.security.Access;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The city office's rebuild of the kept cube from the records (DESIGN §11), from the
 * import page and the API: {@code POST /import/cube/rebuild}, {@code POST
 * /api/cube/rebuild}; {@code GET /api/cube} says how many cells it has.
 */
@Controller
class CubeRebuild {

	private final TallyRepository tallies;

	private final Clock clock;

	CubeRebuild(TallyRepository tallies, Clock clock) {
		this.tallies = tallies;
		this.clock = clock;
	}

	@PostMapping("/import/cube/rebuild")
	String rebuildFromPage(RedirectAttributes redirect) {
		redirect.addFlashAttribute("cubeRebuilt", tallies.rebuild(Access.userName(), clock.instant()));
		return "redirect:/import#cube";
	}

	@PostMapping("/api/cube/rebuild")
	@ResponseBody
	Map<String, Integer> rebuild() {
		return Map.of("cells", tallies.rebuild(Access.userName(), clock.instant()));
	}

	@GetMapping("/api/cube")
	@ResponseBody
	Map<String, Integer> cells() {
		return Map.of("cells", tallies.keptCells());
	}

}
