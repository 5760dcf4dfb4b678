package org.rightsdesk.web.monitor;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rightsdesk.monitor.Figure;
import org.rightsdesk.monitor.Figures;
import org.rightsdesk.monitor.MonitorProblem;
import org.rightsdesk.monitor.NewFigure;
import org.rightsdesk.monitor.Qualifier;
import org.rightsdesk.monitor.SourceCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Figures: grouped into series (one chart per series with two or more dated points), recorded from a source, published. */
@Controller
class FiguresController {

    private final Figures figures;
    private final SourceCatalog sources;
    private final Charts charts;
    private final MonitorMessages messages;

    FiguresController(Figures figures, SourceCatalog sources, Charts charts, MonitorMessages messages) {
        this.figures = figures;
        this.sources = sources;
        this.charts = charts;
        this.messages = messages;
    }

    /** A series as shown: its figures and, when it can be drawn, its chart. */
    record SeriesView(Figures.Series series, String chart) {
    }

    @GetMapping("/monitor/figures")
    String list(Model model) {
        List<SeriesView> views = new ArrayList<>();
        for (Figures.Series s : figures.series(false)) {
            List<Figure> dated = s.dated();
            String chart = dated.size() < 2 ? null : charts.series(s.what(), s.what(),
                    dated.stream().map(f -> f.asOf().to()).toList(), dated.stream().map(Figure::quantity).toList());
            views.add(new SeriesView(s, chart));
        }
        model.addAttribute("series", views);
        return "monitor/figures";
    }

    @GetMapping("/monitor/figures/new")
    String newForm(@RequestParam(required = false) Long source, Model model) {
        model.addAttribute("values", new LinkedHashMap<String, String>());
        return form(source, model);
    }

    @PostMapping("/monitor/figures")
    String record(@RequestParam Map<String, String> values, Principal me, Model model) {
        return save(null, values, me, model);
    }

    @GetMapping("/monitor/figures/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Figure f = figures.find(id).orElseThrow(() -> new MonitorProblem("figure.unknown", "no figure with id " + id, id));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("quantity", f.quantityText());
        values.put("qualifier", f.qualifier().code());
        values.put("what", f.what());
        values.put("asOf", f.asOf() == null ? "" : f.asOf().label());
        values.put("attributedTo", f.attributedTo());
        values.put("sourceId", f.sourceId() == null ? "" : f.sourceId().toString());
        values.put("quote", f.span() == null ? "" : f.span().quote());
        model.addAttribute("values", values);
        model.addAttribute("figureId", id);
        return form(f.sourceId(), model);
    }

    @PostMapping("/monitor/figures/{id}")
    String correct(@PathVariable long id, @RequestParam Map<String, String> values, Principal me, Model model) {
        return save(id, values, me, model);
    }

    /** Records a new figure ({@code id} null) or corrects one; a problem shows the form again with what was typed. */
    private String save(Long id, Map<String, String> values, Principal me, Model model) {
        Long source = blank(values.get("sourceId")) ? null : Long.valueOf(values.get("sourceId"));
        try {
            double quantity;
            try {
                quantity = Double.parseDouble(values.getOrDefault("quantity", "").replace(" ", "").replace(",", "."));
            } catch (NumberFormatException e) {
                throw new MonitorProblem("figure.quantity", "quantity: not a number");
            }
            NewFigure figure = new NewFigure(quantity, Qualifier.fromCode(values.get("qualifier")), values.get("what"),
                    values.get("asOf"), values.get("attributedTo"), source, values.get("quote"));
            Figure f = id == null ? figures.record(figure, false, me.getName()) : figures.correct(id, figure, me.getName());
            return "redirect:/monitor/figures#figure-" + f.id();
        } catch (MonitorProblem e) {
            model.addAttribute("values", values);
            model.addAttribute("figureId", id);
            model.addAttribute("problem", messages.problem(e));
            return form(source, model);
        }
    }

    @PostMapping("/monitor/figures/{id}/published")
    String published(@PathVariable long id, @RequestParam boolean published, Principal me, RedirectAttributes redirect) {
        try {
            figures.setPublished(id, published, me.getName());
            redirect.addFlashAttribute("done", true);
        } catch (MonitorProblem e) {
            redirect.addFlashAttribute("problem", messages.problem(e));
        }
        return "redirect:/monitor/figures";
    }

    private String form(Long source, Model model) {
        model.addAttribute("source", source == null ? null : sources.find(source).orElse(null));
        model.addAttribute("recentSources", sources.recent(30));
        model.addAttribute("qualifiers", Qualifier.values());
        return "monitor/figure-form";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
