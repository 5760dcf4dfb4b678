package org.rightsdesk.web.monitor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.rightsdesk.monitor.Agency;
import org.rightsdesk.monitor.CodedField;
import org.rightsdesk.monitor.Count;
import org.rightsdesk.monitor.Evidence;
import org.rightsdesk.monitor.IdentificationMethod;
import org.rightsdesk.monitor.Incident;
import org.rightsdesk.monitor.IncidentDraft;
import org.rightsdesk.monitor.IncidentType;
import org.rightsdesk.monitor.MonitorProblem;
import org.rightsdesk.monitor.Outcome;
import org.rightsdesk.monitor.OutcomeCount;
import org.rightsdesk.monitor.Period;
import org.rightsdesk.monitor.Place;
import org.rightsdesk.monitor.Qualifier;
import org.rightsdesk.monitor.SiteKind;
import org.rightsdesk.suggest.SuggestedIncident;
import org.rightsdesk.suggest.SuggestedValue;

/**
 * The incident coding form as the browser posts it (plain fields, so it works without JavaScript),
 * and its translation into an {@link IncidentDraft}. Three quote rows let the coder point coded
 * values at the words of the source. A form started from a suggested incident also carries each
 * suggested value with its span and the coder's decision: accepted values become claims with
 * their spans (supporting the value as the coder left it in the field, so a corrected value keeps
 * its words); a rejected value is taken out of the field if it is still there.
 */
public class IncidentForm {

    static final int QUOTE_ROWS = 3;

    private Long sourceId;
    private String type = "raid";
    private String dateFrom;
    private String dateTo;
    private String precision;
    private String region;
    private String locality;
    private String siteKind;
    private String count;
    private String qualifier = "exact";
    private String unit;
    private List<String> agencies = new ArrayList<>();
    private String identification;
    private List<String> outcomes = new ArrayList<>();
    private String description;
    private List<String> quoteFields = new ArrayList<>(List.of("type", "count", "date"));
    private List<String> quotes = new ArrayList<>(List.of("", "", ""));
    private List<Long> shown = new ArrayList<>();
    private Integer suggestion;
    private List<String> suggestedParts = new ArrayList<>();
    private List<String> suggestedValues = new ArrayList<>();
    private List<Integer> suggestedStarts = new ArrayList<>();
    private List<String> suggestedQuotes = new ArrayList<>();
    private List<String> decisions = new ArrayList<>();

    /** The form filled in with a suggested incident, every value accepted until the coder says otherwise. */
    static IncidentForm of(long sourceId, int index, SuggestedIncident s) {
        IncidentForm f = new IncidentForm();
        f.sourceId = sourceId;
        f.suggestion = index;
        f.type = s.type().code();
        if (s.period() != null) {
            f.dateFrom = s.period().from().toString();
            f.dateTo = s.period().to().toString();
            f.precision = s.period().precision().code();
        }
        f.region = s.place().regionCode();
        f.locality = s.place().locality();
        f.siteKind = s.place().siteKind() == null ? null : s.place().siteKind().code();
        if (s.count().known()) {
            f.count = String.valueOf(s.count().value());
            f.qualifier = s.count().qualifier().code();
            f.unit = s.count().unit();
        }
        f.agencies = new ArrayList<>(s.agencies().stream().map(Agency::code).sorted().toList());
        f.outcomes = new ArrayList<>(s.outcomes().stream().map(Outcome::code).toList());
        f.quotes = new ArrayList<>(List.of("", "", ""));
        for (SuggestedValue v : s.values()) {
            f.suggestedParts.add(v.part().code());
            f.suggestedValues.add(v.value());
            f.suggestedStarts.add(v.start());
            f.suggestedQuotes.add(v.quote());
            f.decisions.add("accept");
        }
        return f;
    }

    /** The form filled in from an incident on file (for editing). */
    static IncidentForm of(Incident i) {
        IncidentForm f = new IncidentForm();
        f.type = i.type().code();
        if (i.period() != null) {
            f.dateFrom = i.period().from().toString();
            f.dateTo = i.period().to().toString();
            f.precision = i.period().precision().code();
        }
        f.region = i.place().regionCode();
        f.locality = i.place().locality();
        f.siteKind = i.place().siteKind() == null ? null : i.place().siteKind().code();
        if (i.count().known()) {
            f.count = String.valueOf(i.count().value());
            f.qualifier = i.count().qualifier().code();
        }
        f.unit = i.count().unit();
        f.agencies = new ArrayList<>(i.agencies().stream().map(Agency::code).toList());
        f.identification = i.identification() == null ? null : i.identification().code();
        f.outcomes = new ArrayList<>(i.outcomes().stream().map(o -> o.outcome().code()).toList());
        f.description = i.description();
        return f;
    }

    /** The draft, or a {@link MonitorProblem} naming the first field that is wrong. */
    IncidentDraft draft() {
        List<Evidence> accepted = decide();
        Set<Agency> a = EnumSet.noneOf(Agency.class);
        agencies.stream().filter(s -> !s.isBlank()).forEach(s -> a.add(Agency.fromCode(s)));
        List<OutcomeCount> o = outcomes.stream().filter(s -> !s.isBlank()).map(s -> new OutcomeCount(Outcome.fromCode(s), null)).toList();
        List<Evidence> evidence = new ArrayList<>();
        for (int n = 0; n < Math.min(quotes.size(), quoteFields.size()); n++) {
            if (quotes.get(n) != null && !quotes.get(n).isBlank()) {
                evidence.add(new Evidence(CodedField.fromCode(quoteFields.get(n)), quotes.get(n)));
            }
        }
        evidence.addAll(accepted);
        return new IncidentDraft(IncidentType.fromCode(type), Period.parse(dateFrom, dateTo, precision),
                new Place(region, locality, blank(siteKind) ? null : SiteKind.fromCode(siteKind)), count(count, qualifier, unit), a,
                blank(identification) ? null : IdentificationMethod.fromCode(identification), o, description, sourceId, evidence);
    }

    /** Applies the coder's decisions on suggested values: the accepted ones' spans, and rejected values taken out of the fields. */
    private List<Evidence> decide() {
        List<Evidence> out = new ArrayList<>();
        for (int n = 0; n < suggestedParts.size(); n++) {
            SuggestedValue.Part part = SuggestedValue.Part.fromCode(suggestedParts.get(n));
            String value = at(suggestedValues, n);
            String quote = at(suggestedQuotes, n);
            if ("reject".equals(at(decisions, n))) {
                reject(part, value);
            } else if ("accept".equals(at(decisions, n)) && quote != null && !quote.isBlank() && stillCoded(part)) {
                Evidence e = new Evidence(part.field(), quote, n < suggestedStarts.size() ? suggestedStarts.get(n) : null);
                if (!out.contains(e)) { // region and locality from one word are one claim on the place
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** An accepted value supports a claim only while its field holds a value (the coder may have emptied it). */
    private boolean stillCoded(SuggestedValue.Part part) {
        return switch (part) {
            case DATE -> !blank(dateFrom);
            case REGION -> !blank(region);
            case LOCALITY -> !blank(locality);
            case SITE -> !blank(siteKind);
            case COUNT -> !blank(count) || !blank(unit);
            default -> true;
        };
    }

    private void reject(SuggestedValue.Part part, String value) {
        switch (part) {
            case DATE -> {
                if (value != null && !blank(dateFrom) && dateFrom.strip().startsWith(value.split("/")[0])) {
                    dateFrom = null;
                    dateTo = null;
                    precision = null;
                }
            }
            case REGION -> region = value != null && value.equals(region) ? null : region;
            case LOCALITY -> locality = value != null && value.equals(locality) ? null : locality;
            case SITE -> siteKind = value != null && value.equals(siteKind) ? null : siteKind;
            case COUNT -> {
                String number = value == null || !value.contains(" ") ? null : value.substring(value.indexOf(' ') + 1);
                if (number == null || number.equals(blank(count) ? null : count.strip())) {
                    count = null;
                    qualifier = "exact";
                    unit = null;
                }
            }
            case AGENCY -> agencies.remove(value);
            case OUTCOME -> outcomes.remove(value);
            case TYPE -> { } // an incident needs a type: rejecting the suggested one means choosing another in the field
        }
    }

    private static <T> T at(List<T> list, int n) {
        return n < list.size() ? list.get(n) : null;
    }

    static Count count(String value, String qualifier, String unit) {
        if (blank(value)) {
            return new Count(null, null, unit);
        }
        try {
            return new Count(Long.parseLong(value.strip().replace(" ", "")), blank(qualifier) ? Qualifier.EXACT : Qualifier.fromCode(qualifier), unit);
        } catch (NumberFormatException e) {
            throw new MonitorProblem("count.format", "count: '" + value + "' is not a whole number", value);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Pads the quote rows so the form always shows three. */
    void padQuotes() {
        while (quotes.size() < QUOTE_ROWS) {
            quotes.add("");
        }
        while (quoteFields.size() < QUOTE_ROWS) {
            quoteFields.add("type");
        }
    }

    public Long getSourceId() { return sourceId; }
    public void setSourceId(Long sourceId) { this.sourceId = sourceId; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getDateFrom() { return dateFrom; }
    public void setDateFrom(String dateFrom) { this.dateFrom = dateFrom; }
    public String getDateTo() { return dateTo; }
    public void setDateTo(String dateTo) { this.dateTo = dateTo; }
    public String getPrecision() { return precision; }
    public void setPrecision(String precision) { this.precision = precision; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getLocality() { return locality; }
    public void setLocality(String locality) { this.locality = locality; }
    public String getSiteKind() { return siteKind; }
    public void setSiteKind(String siteKind) { this.siteKind = siteKind; }
    public String getCount() { return count; }
    public void setCount(String count) { this.count = count; }
    public String getQualifier() { return qualifier; }
    public void setQualifier(String qualifier) { this.qualifier = qualifier; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public List<String> getAgencies() { return agencies; }
    public void setAgencies(List<String> agencies) { this.agencies = agencies; }
    public String getIdentification() { return identification; }
    public void setIdentification(String identification) { this.identification = identification; }
    public List<String> getOutcomes() { return outcomes; }
    public void setOutcomes(List<String> outcomes) { this.outcomes = outcomes; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getQuoteFields() { return quoteFields; }
    public void setQuoteFields(List<String> quoteFields) { this.quoteFields = quoteFields; }
    public List<String> getQuotes() { return quotes; }
    public void setQuotes(List<String> quotes) { this.quotes = quotes; }
    public Integer getSuggestion() { return suggestion; }
    public void setSuggestion(Integer suggestion) { this.suggestion = suggestion; }
    public List<String> getSuggestedParts() { return suggestedParts; }
    public void setSuggestedParts(List<String> suggestedParts) { this.suggestedParts = suggestedParts; }
    public List<String> getSuggestedValues() { return suggestedValues; }
    public void setSuggestedValues(List<String> suggestedValues) { this.suggestedValues = suggestedValues; }
    public List<Integer> getSuggestedStarts() { return suggestedStarts; }
    public void setSuggestedStarts(List<Integer> suggestedStarts) { this.suggestedStarts = suggestedStarts; }
    public List<String> getSuggestedQuotes() { return suggestedQuotes; }
    public void setSuggestedQuotes(List<String> suggestedQuotes) { this.suggestedQuotes = suggestedQuotes; }
    public List<String> getDecisions() { return decisions; }
    public void setDecisions(List<String> decisions) { this.decisions = decisions; }
    public List<Long> getShown() { return shown; }
    public void setShown(List<Long> shown) { this.shown = shown; }
}
