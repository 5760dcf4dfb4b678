package org.rightsdesk.web.check;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.rightsdesk.regime.Accommodation;
import org.rightsdesk.regime.Assessment;
import org.rightsdesk.regime.FactsProblem;
import org.rightsdesk.regime.Purpose;
import org.rightsdesk.regime.RegimeEngine;
import org.rightsdesk.regime.RulingKind;
import org.rightsdesk.regime.SchoolTestExemption;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public "Check your situation" page: no login, works without JavaScript, Russian and
 * English. Two short steps (what applies to you; then only the dates that matters for) and an
 * answer with the dates first and the legal basis after. Answers travel only in POST bodies
 * and hidden fields of the page itself: nothing is stored, logged or put in a URL, and every
 * response says {@code Cache-Control: no-store}.
 */
@Controller
@RequestMapping("/check")
class CheckController {

    /**
     * Deadlines are Russian dates: the form fills in today in Moscow as the day to check, shows it, and
     * sends it like any other answer (the engine never assumes a day).
     */
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** Citizenships offered in the list; others are welcome to pick "stateless or other". */
    static final List<String> COUNTRIES = List.of("UZ", "TJ", "KG", "KZ", "AM", "BY", "AZ", "MD", "UA", "GE", "TM",
            "CN", "IN", "VN", "TR", "XX");

    private final RegimeEngine engine = new RegimeEngine();
    private final Clock clock;

    CheckController(Clock clock) {
        this.clock = clock;
    }

    record Option(String value, String label) {
    }

    @GetMapping
    String start(Model model, HttpServletResponse response) {
        noStore(response);
        model.addAttribute("form", new CheckForm());
        return startPage(model);
    }

    @PostMapping
    String post(@ModelAttribute("form") CheckForm form, @RequestParam(defaultValue = "questions") String step, Model model,
                HttpServletResponse response) {
        noStore(response);
        LocalDate today = LocalDate.now(clock.withZone(MOSCOW));
        if ("start".equals(step)) {
            return startPage(model);
        }
        if (form.getCitizenship() == null || form.getCitizenship().isBlank() || !COUNTRIES.contains(form.getCitizenship())) {
            model.addAttribute("errors", java.util.Map.of("citizenship", "regime.check.error.citizenship"));
            return startPage(model);
        }
        if ("questions".equals(step)) {
            if (form.getOn() == null || form.getOn().isBlank()) {
                form.setOn(today.toString());
            }
            return questions(model);
        }
        CheckFacts facts = CheckFacts.from(form);
        if (facts.errors.isEmpty()) {
            try {
                Assessment assessment = engine.assess(facts.facts, facts.on);
                model.addAttribute("view", CheckView.of(assessment, facts.facts, locale()));
                return "regime/result";
            } catch (FactsProblem problem) {
                facts.add(problem);
            }
        }
        if (form.getOn() == null || form.getOn().isBlank()) {
            form.setOn(today.toString()); // asked again, with today filled in and shown
        }
        model.addAttribute("errors", facts.errors);
        return questions(model);
    }

    private String startPage(Model model) {
        Locale locale = locale();
        List<Option> countries = new ArrayList<>();
        for (String code : COUNTRIES) {
            countries.add(new Option(code, "XX".equals(code) ? null : new Locale("", code).getDisplayCountry(locale)));
        }
        model.addAttribute("countries", countries);
        model.addAttribute("errors", model.getAttribute("errors") == null ? java.util.Map.of() : model.getAttribute("errors"));
        return "regime/check";
    }

    private String questions(Model model) {
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("accommodations", Accommodation.values());
        model.addAttribute("rulingKinds", RulingKind.values());
        model.addAttribute("exemptions", SchoolTestExemption.values());
        if (model.getAttribute("errors") == null) {
            model.addAttribute("errors", java.util.Map.of());
        }
        return "regime/questions";
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
    }
}
