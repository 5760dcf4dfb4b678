package org.rightsdesk.web.monitor;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.rightsdesk.monitor.Gazetteer;
import org.rightsdesk.monitor.ImportReport;
import org.rightsdesk.monitor.MonitorProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The reader's language for the monitor pages: problems, labels of codes, region lists for forms. */
@Component
public class MonitorMessages {

    private final MessageSource messages;
    private final Gazetteer gazetteer;

    MonitorMessages(MessageSource messages, Gazetteer gazetteer) {
        this.messages = messages;
        this.gazetteer = gazetteer;
    }

    /** A problem in the reader's language; the module's English sentence when the bundle has no entry. */
    String problem(MonitorProblem p) {
        return messages.getMessage("monitor.problem." + p.code(), p.args(), p.getMessage(), locale());
    }

    /** An import report's problems in the reader's language, one line each ("строка 4: …"). */
    public List<String> importLines(ImportReport report) {
        return report.problems().stream().map(p -> {
            String text = messages.getMessage("monitor.problem." + p.code(), p.args().toArray(), p.text(), locale());
            return p.row() == null ? text : label("monitor.import.row", p.row()) + ": " + text;
        }).toList();
    }

    String label(String key) {
        return messages.getMessage(key, null, key, locale());
    }

    String label(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    /** Federal subjects for a select, Russian ones first, by name in the reader's language. */
    public List<Gazetteer.Region> regions() {
        Locale l = locale();
        return gazetteer.regions().stream()
                .sorted(Comparator.comparing(Gazetteer.Region::disputed).thenComparing(r -> r.name(l)))
                .toList();
    }

    public String regionName(String code) {
        if (code == null || "-".equals(code)) {
            return label("monitor.unknown");
        }
        return gazetteer.regionName(code, locale());
    }

    public String localityName(String region, String locality) {
        return locality == null ? null : gazetteer.localityName(region, locality, locale());
    }

    /** A quantity as the reader writes numbers: 5 700 000, 5,700,000, 7.2. */
    public String number(double value) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale());
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
