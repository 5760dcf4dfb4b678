package org.rightsdesk.web.monitor;

import org.rightsdesk.monitor.Figures;
import org.rightsdesk.monitor.IncidentFilter;
import org.rightsdesk.monitor.IncidentRegistry;
import org.rightsdesk.monitor.Measures;
import org.rightsdesk.monitor.SourceCatalog;
import org.rightsdesk.monitor.Statistics;
import org.rightsdesk.monitor.StatisticsQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The monitor desk's front page: what is on file, recent sources to code from, and the ways in. */
@Controller
class MonitorController {

    private final SourceCatalog sources;
    private final IncidentRegistry incidents;
    private final Figures figures;
    private final Measures measures;
    private final Statistics statistics;

    MonitorController(SourceCatalog sources, IncidentRegistry incidents, Figures figures, Measures measures, Statistics statistics) {
        this.sources = sources;
        this.incidents = incidents;
        this.figures = figures;
        this.measures = measures;
        this.statistics = statistics;
    }

    @GetMapping("/monitor")
    String overview(Model model) {
        model.addAttribute("sourceCount", sources.count());
        model.addAttribute("incidentCount", incidents.count(IncidentFilter.all()));
        model.addAttribute("totals", statistics.report(StatisticsQuery.everything()).total());
        model.addAttribute("recentSources", sources.recent(8));
        model.addAttribute("recentIncidents", incidents.list(IncidentFilter.all(), 0, 8));
        model.addAttribute("figureCount", figures.count());
        model.addAttribute("measureCount", measures.count());
        return "monitor/overview";
    }
}
