package org.rightsdesk.web.monitor;

import java.nio.charset.StandardCharsets;

import org.rightsdesk.monitor.IncidentType;
import org.rightsdesk.monitor.MonitorProblem;
import org.rightsdesk.monitor.Statistics;
import org.rightsdesk.monitor.StatisticsQuery;
import org.rightsdesk.monitor.StatisticsReport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Statistics for staff: every de-duplicated incident (published or not), nothing withheld,
 * charts with tables beside them, CSV and JSON downloads with the same numbers.
 */
@Controller
class StatisticsController {

    private final Statistics statistics;
    private final StatisticsTables tables;
    private final StatisticsExport export;
    private final MonitorMessages messages;

    StatisticsController(Statistics statistics, StatisticsTables tables, StatisticsExport export, MonitorMessages messages) {
        this.statistics = statistics;
        this.tables = tables;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping("/monitor/statistics")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String type, Model model) {
        StatisticsQuery q;
        try {
            q = query(from, to, type);
        } catch (MonitorProblem e) {
            model.addAttribute("problem", messages.problem(e));
            q = StatisticsQuery.everything();
        }
        StatisticsReport report = statistics.report(q);
        model.addAttribute("report", report);
        model.addAttribute("tables", tables.tables(report, true));
        model.addAttribute("monthByType", tables.monthByTypeChart(report));
        model.addAttribute("types", IncidentType.values());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("type", type);
        model.addAttribute("exportBase", "/monitor/statistics");
        model.addAttribute("publicPage", false);
        return "monitor/statistics";
    }

    @GetMapping("/monitor/statistics.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(required = false) String type) {
        return download(export.csv(statistics.report(query(from, to, type))), "rightsdesk-statistics.csv", "text/csv");
    }

    @GetMapping("/monitor/statistics.json")
    ResponseEntity<String> json(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) String type) {
        return download(export.json(statistics.report(query(from, to, type))), "rightsdesk-statistics.json", "application/json");
    }

    static StatisticsQuery query(String from, String to, String type) {
        return new StatisticsQuery(from, to, type == null || type.isBlank() ? null : IncidentType.fromCode(type), false);
    }

    static ResponseEntity<String> download(String body, String fileName, String type) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(type), StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(body);
    }
}
