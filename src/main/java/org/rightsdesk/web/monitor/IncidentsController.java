package org.rightsdesk.web.monitor;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.rightsdesk.monitor.Agency;
import org.rightsdesk.monitor.Claim;
import org.rightsdesk.monitor.CodedField;
import org.rightsdesk.monitor.DatePrecision;
import org.rightsdesk.monitor.DuplicateCandidate;
import org.rightsdesk.monitor.IdentificationMethod;
import org.rightsdesk.monitor.ImportReport;
import org.rightsdesk.monitor.Incident;
import org.rightsdesk.monitor.IncidentDraft;
import org.rightsdesk.monitor.IncidentFile;
import org.rightsdesk.monitor.IncidentFilter;
import org.rightsdesk.monitor.IncidentImport;
import org.rightsdesk.monitor.IncidentRegistry;
import org.rightsdesk.monitor.IncidentType;
import org.rightsdesk.monitor.MonitorProblem;
import org.rightsdesk.monitor.Outcome;
import org.rightsdesk.monitor.Qualifier;
import org.rightsdesk.monitor.SiteKind;
import org.rightsdesk.monitor.Source;
import org.rightsdesk.monitor.SourceCatalog;
import org.rightsdesk.monitor.Verification;
import org.rightsdesk.suggest.IncidentSuggester;
import org.rightsdesk.suggest.SuggestionOptions;
import org.rightsdesk.suggest.Suggestions;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Incidents: the list, coding from a source (with the duplicate check before saving), the incident
 * page with its sources and side-by-side claims, and the actions on it (add evidence, choose the
 * counted number, merge or keep apart, verify, publish). Import of CSV/JSON files too. Coding from
 * a source lists the incidents the suggester proposes; choosing one fills the form with its values,
 * each shown with its words marked in the text, to accept, correct or reject before saving.
 * Writing is for monitors and admins (see SecurityConfiguration); everyone signed in may read.
 */
@Controller
class IncidentsController {

    static final int PAGE = 50;
    static final int MAX_PAGE = 1_000_000;

    private final IncidentRegistry registry;
    private final SourceCatalog sources;
    private final IncidentImport importer;
    private final MonitorMessages messages;
    private final IncidentSuggester suggester;
    private final SuggestionViews views;

    IncidentsController(IncidentRegistry registry, SourceCatalog sources, IncidentImport importer, MonitorMessages messages,
                        IncidentSuggester suggester) {
        this.registry = registry;
        this.sources = sources;
        this.importer = importer;
        this.messages = messages;
        this.suggester = suggester;
        this.views = new SuggestionViews(messages);
    }

    @GetMapping("/monitor/incidents")
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) String region,
                @RequestParam(required = false) String verification, @RequestParam(defaultValue = "1") int page, Model model) {
        IncidentFilter filter;
        try {
            filter = new IncidentFilter(blank(type) ? null : IncidentType.fromCode(type), blank(region) ? null : region,
                    blank(verification) ? null : Verification.fromCode(verification), null);
        } catch (MonitorProblem e) {
            model.addAttribute("problem", messages.problem(e));
            filter = IncidentFilter.all();
        }
        if (page < 1 || page > MAX_PAGE) {
            // A page number no list reaches (or one that would overflow the offset) is a bad request, not a crash.
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST);
        }
        int p = page;
        long total = registry.count(filter);
        model.addAttribute("incidents", registry.list(filter, (p - 1) * PAGE, PAGE));
        model.addAttribute("total", total);
        model.addAttribute("page", p);
        model.addAttribute("pages", Math.max(1, (total + PAGE - 1) / PAGE));
        model.addAttribute("type", type);
        model.addAttribute("region", region);
        model.addAttribute("verification", verification);
        choices(model);
        return "monitor/incidents";
    }

    @GetMapping("/monitor/incidents/new")
    String newIncident(@RequestParam(required = false) Long source, @RequestParam(required = false) Integer suggestion,
                       @RequestParam(defaultValue = "false") boolean acled, Model model) {
        IncidentForm form = new IncidentForm();
        form.setSourceId(source);
        if (source != null && suggestion != null) {
            Source s = sources.find(source).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            Suggestions found = suggester.suggest(s.mainText(), s.publishedOn(), new SuggestionOptions(acled));
            if (suggestion >= 0 && suggestion < found.incidents().size()) {
                form = IncidentForm.of(source, suggestion, found.incidents().get(suggestion));
            }
        }
        model.addAttribute("acled", acled);
        return form(form, model, "/monitor/incidents", List.of(), null);
    }

    @PostMapping("/monitor/incidents")
    String create(@ModelAttribute("form") IncidentForm form, @RequestParam(required = false) String decision, Principal me, Model model) {
        IncidentDraft draft;
        try {
            draft = form.draft();
            if (decision == null || decision.isBlank()) {
                List<DuplicateCandidate> candidates = registry.likelyDuplicates(draft);
                if (!candidates.isEmpty()) {
                    form.setShown(candidates.stream().map(c -> c.incident().id()).toList());
                    return form(form, model, "/monitor/incidents", candidates, null);
                }
                return "redirect:/monitor/incidents/" + registry.create(draft, me.getName(), List.of()).id() + "?saved";
            }
            if (decision.startsWith("merge:")) {
                long target = Long.parseLong(decision.substring("merge:".length()));
                return "redirect:/monitor/incidents/" + registry.createAndMerge(draft, target, me.getName()).id() + "?merged";
            }
            return "redirect:/monitor/incidents/" + registry.create(draft, me.getName(), form.getShown()).id() + "?saved";
        } catch (MonitorProblem e) {
            return form(form, model, "/monitor/incidents", List.of(), messages.problem(e));
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping("/monitor/incidents/{id}")
    String show(@PathVariable long id, Model model) {
        IncidentFile file = registry.file(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("file", file);
        model.addAttribute("incident", file.incident());
        model.addAttribute("claims", claimsByField(file));
        model.addAttribute("duplicates", file.incident().merged() ? List.of() : registry.likelyDuplicates(id));
        List<Source> evidenceSources = new ArrayList<>(file.sources());
        sources.recent(30).stream().filter(s -> evidenceSources.stream().noneMatch(e -> e.id() == s.id())).forEach(evidenceSources::add);
        model.addAttribute("evidenceSources", evidenceSources);
        model.addAttribute("sourceTitles", file.sources().stream().collect(Collectors.toMap(Source::id, Source::title, (a, b) -> a)));
        choices(model);
        return "monitor/incident";
    }

    @GetMapping("/monitor/incidents/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Incident i = registry.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("incident", i);
        return form(IncidentForm.of(i), model, "/monitor/incidents/" + id, List.of(), null);
    }

    @PostMapping("/monitor/incidents/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") IncidentForm form, Principal me, Model model) {
        try {
            registry.update(id, form.draft(), me.getName());
            return "redirect:/monitor/incidents/" + id + "?saved";
        } catch (MonitorProblem e) {
            registry.find(id).ifPresent(i -> model.addAttribute("incident", i));
            return form(form, model, "/monitor/incidents/" + id, List.of(), messages.problem(e));
        }
    }

    @PostMapping("/monitor/incidents/{id}/evidence")
    String evidence(@PathVariable long id, @RequestParam long sourceId, @RequestParam String field, @RequestParam(required = false) String quote,
                    @RequestParam(required = false) String count, @RequestParam(required = false) String qualifier, Principal me,
                    RedirectAttributes redirect) {
        return act(redirect, id, () -> {
            CodedField f = CodedField.fromCode(field);
            registry.addEvidence(id, sourceId, f, quote, f == CodedField.COUNT ? IncidentForm.count(count, qualifier, null) : null, me.getName());
        });
    }

    @PostMapping("/monitor/incidents/{id}/count")
    String count(@PathVariable long id, @RequestParam long claim, Principal me, RedirectAttributes redirect) {
        return act(redirect, id, () -> registry.countClaim(id, claim, me.getName()));
    }

    @PostMapping("/monitor/incidents/{id}/merge")
    String merge(@PathVariable long id, @RequestParam long other, Principal me, RedirectAttributes redirect) {
        return act(redirect, id, () -> registry.merge(id, other, me.getName()));
    }

    @PostMapping("/monitor/incidents/{id}/keep-apart")
    String keepApart(@PathVariable long id, @RequestParam long other, Principal me, RedirectAttributes redirect) {
        return act(redirect, id, () -> registry.keepApart(id, other, me.getName()));
    }

    @PostMapping("/monitor/incidents/{id}/verified")
    String verified(@PathVariable long id, @RequestParam boolean verified, Principal me, RedirectAttributes redirect) {
        return act(redirect, id, () -> registry.setVerified(id, verified, me.getName()));
    }

    @PostMapping("/monitor/incidents/{id}/published")
    String published(@PathVariable long id, @RequestParam boolean published, Principal me, RedirectAttributes redirect) {
        return act(redirect, id, () -> registry.setPublished(id, published, me.getName()));
    }

    @GetMapping("/monitor/incidents/import")
    String importForm(Model model) {
        model.addAttribute("columns", IncidentImport.COLUMNS);
        model.addAttribute("required", IncidentImport.REQUIRED);
        return "monitor/import";
    }

    @PostMapping("/monitor/incidents/import")
    String importFiles(@RequestParam("files") List<MultipartFile> files, Principal me, Model model) throws IOException {
        List<ImportReport> reports = new ArrayList<>();
        for (MultipartFile f : files) {
            if (!f.isEmpty() || f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank()) {
                reports.add(importer.importFile(f.getOriginalFilename(), f.getBytes(), me.getName()));
            }
        }
        model.addAttribute("reports", reports);
        return importForm(model);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private String act(RedirectAttributes redirect, long id, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", true);
        } catch (MonitorProblem e) {
            redirect.addFlashAttribute("problem", messages.problem(e));
        }
        return "redirect:/monitor/incidents/" + id;
    }

    private String form(IncidentForm form, Model model, String action, List<DuplicateCandidate> candidates, String problem) {
        form.padQuotes();
        Optional<Source> source = form.getSourceId() == null ? Optional.empty() : sources.find(form.getSourceId());
        if (form.getSourceId() != null && source.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("form", form);
        model.addAttribute("source", source.orElse(null));
        model.addAttribute("action", action);
        model.addAttribute("candidates", candidates);
        model.addAttribute("problem", problem);
        model.addAttribute("recentSources", source.isPresent() ? List.of() : sources.recent(20));
        source.ifPresent(s -> suggestions(s, form, model));
        choices(model);
        return "monitor/incident-form";
    }

    /** The suggested incidents of a source, the chosen one's values as rows to decide on, and the text with their words marked. */
    private void suggestions(Source source, IncidentForm form, Model model) {
        boolean acled = Boolean.TRUE.equals(model.getAttribute("acled"));
        Suggestions found = suggester.suggest(source.mainText(), source.publishedOn(), new SuggestionOptions(acled));
        List<SuggestionViews.Row> rows = views.rows(form);
        model.addAttribute("suggestionLines", views.lines(found));
        model.addAttribute("suggestionRefusal", found.refused() ? messages.label("monitor.suggest.refused." + found.refusal()) : null);
        model.addAttribute("valueRows", rows);
        model.addAttribute("pieces", SuggestionViews.pieces(source, found, rows));
        model.addAttribute("acled", acled);
    }

    private void choices(Model model) {
        model.addAttribute("types", IncidentType.values());
        model.addAttribute("sites", SiteKind.values());
        model.addAttribute("agencyChoices", Agency.values());
        model.addAttribute("identifications", IdentificationMethod.values());
        model.addAttribute("outcomeChoices", Outcome.values());
        model.addAttribute("qualifiers", Qualifier.values());
        model.addAttribute("precisions", DatePrecision.values());
        model.addAttribute("verifications", Verification.values());
        model.addAttribute("fields", CodedField.values());
        model.addAttribute("regions", messages.regions());
    }

    /** A claim as shown: the value in the reader's language, and whether this field's sources disagree. */
    record ClaimView(Claim claim, String value) {
    }

    record FieldClaims(CodedField field, List<ClaimView> claims, boolean disagree) {
    }

    private List<FieldClaims> claimsByField(IncidentFile file) {
        Map<CodedField, List<ClaimView>> by = new EnumMap<>(CodedField.class);
        for (Claim c : file.claims()) {
            by.computeIfAbsent(c.field(), k -> new ArrayList<>()).add(new ClaimView(c, display(c)));
        }
        List<FieldClaims> out = new ArrayList<>();
        by.forEach((field, views) -> out.add(new FieldClaims(field, views,
                views.stream().map(ClaimView::value).collect(Collectors.toCollection(LinkedHashSet::new)).size() > 1)));
        return out;
    }

    private String display(Claim c) {
        String v = c.value() == null ? "" : c.value();
        return switch (c.field()) {
            case TYPE -> messages.label("monitor.type." + v);
            case COUNT -> countText(c);
            case PLACE -> {
                String[] p = (v + "||").split("\\|", -1);
                List<String> parts = new ArrayList<>();
                if (!p[0].isEmpty()) {
                    parts.add(messages.regionName(p[0]));
                }
                if (!p[1].isEmpty()) {
                    parts.add(messages.localityName(p[0].isEmpty() ? null : p[0], p[1]));
                }
                if (!p[2].isEmpty()) {
                    parts.add(messages.label("monitor.site." + p[2]));
                }
                yield String.join(", ", parts);
            }
            case AGENCY -> labels("monitor.agency.", v);
            case IDENTIFICATION -> v.isEmpty() ? "" : messages.label("monitor.identification." + v);
            case OUTCOME -> labels("monitor.outcome.", v);
            case DATE -> v;
        };
    }

    private String countText(Claim c) {
        if (!c.count().known()) {
            return messages.label("monitor.count.unknown");
        }
        return c.count().qualifier() == Qualifier.EXACT ? String.valueOf(c.count().value())
                : messages.label("monitor.qualifier." + c.count().qualifier().code()) + " " + c.count().value();
    }

    private String labels(String prefix, String codes) {
        return Arrays.stream(codes.split(",")).filter(s -> !s.isBlank()).map(s -> messages.label(prefix + s))
                .collect(Collectors.joining(", "));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
