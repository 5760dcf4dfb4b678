package org.rightsdesk.web.monitor;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.rightsdesk.monitor.Dates;
import org.rightsdesk.monitor.Measure;
import org.rightsdesk.monitor.MeasureKind;
import org.rightsdesk.monitor.Measures;
import org.rightsdesk.monitor.MonitorProblem;
import org.rightsdesk.monitor.NewMeasure;
import org.rightsdesk.monitor.SourceCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Measures: laws, decrees, regional acts, policies and plans, with effective dates and regime rule ids. */
@Controller
class MeasuresController {

    private final Measures measures;
    private final SourceCatalog sources;
    private final MonitorMessages messages;

    MeasuresController(Measures measures, SourceCatalog sources, MonitorMessages messages) {
        this.measures = measures;
        this.sources = sources;
        this.messages = messages;
    }

    @GetMapping("/monitor/measures")
    String list(Model model) {
        model.addAttribute("measures", measures.list(false, 1000));
        return "monitor/measures";
    }

    @GetMapping("/monitor/measures/new")
    String newForm(@RequestParam(required = false) Long source, Model model) {
        model.addAttribute("values", new LinkedHashMap<String, String>());
        return form(source, model);
    }

    @PostMapping("/monitor/measures")
    String record(@RequestParam Map<String, String> values, Principal me, Model model) {
        return save(null, values, me, model);
    }

    @GetMapping("/monitor/measures/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Measure m = measures.find(id).orElseThrow(() -> new MonitorProblem("measure.unknown", "no measure with id " + id, id));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", m.kind().code());
        values.put("title", m.title());
        values.put("description", m.description());
        values.put("effectiveOn", m.effectiveOn() == null ? "" : m.effectiveOn().toString());
        values.put("region", m.regionCode() == null ? "" : m.regionCode());
        values.put("ruleIds", String.join(" ", m.ruleIds()));
        values.put("sourceId", m.sourceId() == null ? "" : m.sourceId().toString());
        values.put("quote", m.span() == null ? "" : m.span().quote());
        model.addAttribute("values", values);
        model.addAttribute("measureId", id);
        return form(m.sourceId(), model);
    }

    @PostMapping("/monitor/measures/{id}")
    String correct(@PathVariable long id, @RequestParam Map<String, String> values, Principal me, Model model) {
        return save(id, values, me, model);
    }

    /** Records a new measure ({@code id} null) or corrects one; a problem shows the form again with what was typed. */
    private String save(Long id, Map<String, String> values, Principal me, Model model) {
        Long source = values.get("sourceId") == null || values.get("sourceId").isBlank() ? null : Long.valueOf(values.get("sourceId"));
        try {
            NewMeasure measure = new NewMeasure(MeasureKind.fromCode(values.get("kind")), values.get("title"), values.get("description"),
                    Dates.optionalDay(values.get("effectiveOn"), "effective_on"), values.get("region"), values.get("ruleIds"), source,
                    values.get("quote"));
            if (id == null) {
                measures.record(measure, false, me.getName());
            } else {
                measures.correct(id, measure, me.getName());
            }
            return "redirect:/monitor/measures?saved";
        } catch (MonitorProblem e) {
            model.addAttribute("values", values);
            model.addAttribute("measureId", id);
            model.addAttribute("problem", messages.problem(e));
            return form(source, model);
        }
    }

    @PostMapping("/monitor/measures/{id}/published")
    String published(@PathVariable long id, @RequestParam boolean published, Principal me, RedirectAttributes redirect) {
        try {
            measures.setPublished(id, published, me.getName());
            redirect.addFlashAttribute("done", true);
        } catch (MonitorProblem e) {
            redirect.addFlashAttribute("problem", messages.problem(e));
        }
        return "redirect:/monitor/measures";
    }

    private String form(Long source, Model model) {
        model.addAttribute("source", source == null ? null : sources.find(source).orElse(null));
        model.addAttribute("recentSources", sources.recent(30));
        model.addAttribute("kinds", MeasureKind.values());
        model.addAttribute("regions", messages.regions());
        return "monitor/measure-form";
    }
}
