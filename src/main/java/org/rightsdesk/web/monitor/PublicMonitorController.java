package org.rightsdesk.web.monitor;

import java.util.List;

import org.rightsdesk.monitor.IncidentFile;
import org.rightsdesk.monitor.IncidentRegistry;
import org.rightsdesk.monitor.IncidentType;
import org.rightsdesk.monitor.MonitorProblem;
import org.rightsdesk.monitor.Statistics;
import org.rightsdesk.monitor.StatisticsQuery;
import org.rightsdesk.monitor.StatisticsReport;
import org.rightsdesk.monitor.Timeline;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public face of the desk, read-only and open without signing in: statistics of published
 * incidents with small cells withheld, the timeline of what monitors published, and published
 * incidents with their coded values and source citations. Never personal data: no descriptions,
 * no quotes, no coders' names — only codes, counts and the public articles they come from.
 */
@Controller
class PublicMonitorController {

    private final Statistics statistics;
    private final StatisticsTables tables;
    private final StatisticsExport export;
    private final Timeline timeline;
    private final IncidentRegistry incidents;
    private final MonitorMessages messages;

    PublicMonitorController(Statistics statistics, StatisticsTables tables, StatisticsExport export, Timeline timeline,
                            IncidentRegistry incidents, MonitorMessages messages) {
        this.statistics = statistics;
        this.tables = tables;
        this.export = export;
        this.timeline = timeline;
        this.incidents = incidents;
        this.messages = messages;
    }

    @GetMapping("/public/monitor")
    String statistics(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String type, Model model) {
        StatisticsQuery q;
        try {
            q = StatisticsController.query(from, to, type);
        } catch (MonitorProblem e) {
            model.addAttribute("problem", messages.problem(e));
            q = StatisticsQuery.everything();
        }
        StatisticsReport report = statistics.publicReport(q);
        model.addAttribute("report", report);
        model.addAttribute("tables", tables.tables(report, true));
        model.addAttribute("monthByType", null);
        model.addAttribute("types", IncidentType.values());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("type", type);
        model.addAttribute("exportBase", "/public/monitor/statistics");
        model.addAttribute("publicPage", true);
        return "monitor/statistics";
    }

    @GetMapping("/public/monitor/statistics.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String type) {
        return StatisticsController.download(export.csv(statistics.publicReport(StatisticsController.query(from, to, type))),
                "rightsdesk-public-statistics.csv", "text/csv");
    }

    @GetMapping("/public/monitor/statistics.json")
    ResponseEntity<String> json(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) String type) {
        return StatisticsController.download(export.json(statistics.publicReport(StatisticsController.query(from, to, type))),
                "rightsdesk-public-statistics.json", "application/json");
    }

    @GetMapping("/public/monitor/statistics/columns")
    String columns(Model model) {
        model.addAttribute("columns", StatisticsExport.CSV_COLUMNS);
        model.addAttribute("threshold", statistics.publicMinCell());
        return "monitor/columns";
    }

    @GetMapping("/public/monitor/timeline")
    String timeline(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        return TimelineController.render(timeline, messages, from, to, true, model);
    }

    @GetMapping("/public/monitor/incidents/{id}")
    String incident(@PathVariable long id, Model model) {
        IncidentFile file = incidents.file(id).filter(f -> f.incident().published() && !f.incident().merged())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("incident", file.incident());
        model.addAttribute("sources", List.copyOf(file.sources()));
        return "monitor/public-incident";
    }
}
