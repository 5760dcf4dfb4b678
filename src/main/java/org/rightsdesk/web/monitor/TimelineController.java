package org.rightsdesk.web.monitor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rightsdesk.monitor.MonitorProblem;
import org.rightsdesk.monitor.Period;
import org.rightsdesk.monitor.Timeline;
import org.rightsdesk.monitor.TimelineEntry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The timeline of measures, incidents and figures, newest first, grouped by month (staff view; the public one is in PublicMonitorController). */
@Controller
class TimelineController {

    static final int LIMIT = 500;

    private final Timeline timeline;
    private final MonitorMessages messages;

    TimelineController(Timeline timeline, MonitorMessages messages) {
        this.timeline = timeline;
        this.messages = messages;
    }

    /** One month of the timeline. */
    record Month(YearMonth month, List<TimelineEntry> entries) {
    }

    @GetMapping("/monitor/timeline")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        return render(timeline, messages, from, to, false, model);
    }

    static String render(Timeline timeline, MonitorMessages messages, String from, String to, boolean publicPage, Model model) {
        LocalDate start = null;
        LocalDate end = null;
        try {
            start = from == null || from.isBlank() ? null : Period.parse(from, null, null).from();
            end = to == null || to.isBlank() ? null : Period.parse(to, null, null).to();
        } catch (MonitorProblem e) {
            model.addAttribute("problem", messages.problem(e));
        }
        List<TimelineEntry> entries = timeline.entries(start, end, publicPage, LIMIT);
        Map<YearMonth, List<TimelineEntry>> byMonth = new LinkedHashMap<>();
        entries.forEach(e -> byMonth.computeIfAbsent(YearMonth.from(e.date()), k -> new ArrayList<>()).add(e));
        List<Month> months = new ArrayList<>();
        byMonth.forEach((m, list) -> months.add(new Month(m, list)));
        model.addAttribute("months", months);
        model.addAttribute("truncated", entries.size() >= LIMIT);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("publicPage", publicPage);
        model.addAttribute("first", entries.isEmpty() ? null : entries.get(entries.size() - 1).date());
        model.addAttribute("last", entries.isEmpty() ? null : entries.get(0).date());
        return "monitor/timeline";
    }
}
