package org.rightsdesk.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rightsdesk.monitor.Qualifier;

/**
 * Finds numbers of people in a sentence: a number in digits or words («двое», «160», "sixty"),
 * or a vague amount («десятки», "dozens", "hundreds"), followed within two words by a word for
 * people («мигрантов», "foreigners", «человек»), with the qualifier the words before it give
 * (более/свыше = more than, около/порядка/почти = about, до = up to, не менее = at least). Vague
 * amounts carry no number unless ACLED's conventions are asked for (tens = 10, dozens = 12,
 * hundreds = 100, thousands = 1000, each as "at least").
 */
final class CountFinder {

    /** A number of people: value null for a vague amount; {@code vague} says which word. */
    record Mention(int start, int end, Long value, Qualifier qualifier, String vague, Role role) {
        Mention(int start, int end, Long value, Qualifier qualifier, String vague) {
            this(start, end, value, qualifier, vague, Role.ALONE);
        }
    }

    /** "Four of the 24 detained": the four are a PART (those deported), the 24 the WHOLE (those detained). */
    enum Role {
        ALONE, PART, WHOLE
    }

    private static final Map<String, Long> WORDS = Map.ofEntries(
            Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
            Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L),
            Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L),
            Map.entry("hundred", 100L), Map.entry("a dozen", 12L), Map.entry("two dozen", 24L), Map.entry("three dozen", 36L),
            Map.entry("four dozen", 48L), Map.entry("five dozen", 60L),
            Map.entry("один", 1L), Map.entry("одна", 1L), Map.entry("одного", 1L), Map.entry("одну", 1L),
            Map.entry("два", 2L), Map.entry("две", 2L), Map.entry("двух", 2L), Map.entry("двое", 2L), Map.entry("двоих", 2L),
            Map.entry("три", 3L), Map.entry("трех", 3L), Map.entry("трое", 3L), Map.entry("троих", 3L),
            Map.entry("четыре", 4L), Map.entry("четырех", 4L), Map.entry("четверо", 4L), Map.entry("четверых", 4L),
            Map.entry("пять", 5L), Map.entry("пяти", 5L), Map.entry("пятеро", 5L), Map.entry("пятерых", 5L),
            Map.entry("шесть", 6L), Map.entry("шести", 6L), Map.entry("шестеро", 6L), Map.entry("шестерых", 6L),
            Map.entry("семь", 7L), Map.entry("семи", 7L), Map.entry("семеро", 7L), Map.entry("семерых", 7L),
            Map.entry("восемь", 8L), Map.entry("восьми", 8L), Map.entry("восьмеро", 8L), Map.entry("девять", 9L), Map.entry("девяти", 9L),
            Map.entry("десять", 10L), Map.entry("десяти", 10L), Map.entry("десятеро", 10L), Map.entry("одиннадцать", 11L),
            Map.entry("двенадцать", 12L), Map.entry("пятнадцать", 15L), Map.entry("двадцать", 20L), Map.entry("двадцати", 20L),
            Map.entry("тридцать", 30L), Map.entry("тридцати", 30L), Map.entry("сорок", 40L), Map.entry("сорока", 40L),
            Map.entry("пятьдесят", 50L), Map.entry("пятидесяти", 50L), Map.entry("шестьдесят", 60L), Map.entry("семьдесят", 70L),
            Map.entry("восемьдесят", 80L), Map.entry("девяносто", 90L), Map.entry("сто", 100L), Map.entry("ста", 100L),
            Map.entry("двести", 200L), Map.entry("трехсот", 300L), Map.entry("триста", 300L), Map.entry("пятьсот", 500L),
            Map.entry("полсотни", 50L), Map.entry("дюжина", 12L));

    /** Vague amounts and the number ACLED's conventions give them. */
    private static final Map<String, Long> VAGUE = Map.ofEntries(
            Map.entry("tens", 10L), Map.entry("dozens", 12L), Map.entry("scores", 20L), Map.entry("hundreds", 100L),
            Map.entry("thousands", 1000L), Map.entry("десятки", 10L), Map.entry("десятков", 10L), Map.entry("десятками", 10L),
            Map.entry("сотни", 100L), Map.entry("сотен", 100L), Map.entry("сотнями", 100L), Map.entry("тысячи", 1000L),
            Map.entry("тысяч", 1000L), Map.entry("несколько десятков", 10L), Map.entry("несколько сотен", 100L),
            Map.entry("несколько тысяч", 1000L));

    private static final String NUMBER = "(?<num>\\d{1,3}(?:[ \\u00a0\\u202f,]\\d{3})+|\\d+)(?:\\s*(?<mult>тыс\\.|тысяч\\w*|thousand|млн|million))?";
    private static final String WORD_NUMBER = "(?<word>(?:" + String.join("|", WORDS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList())
            + ")(?:[ -](?:one|two|three|four|five|six|seven|eight|nine|один|два|три|четыре|пять|шесть|семь|восемь|девять))?)";
    private static final String VAGUE_WORDS = "(?<vague>" + String.join("|", VAGUE.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")(?:\\s+of)?";
    private static final String QUALIFIER = "(?:(?<q>more\\s+than|over|at\\s+least|no\\s+fewer\\s+than|no\\s+less\\s+than|about|around|some|nearly|almost"
            + "|approximately|roughly|an\\s+estimated|close\\s+to|up\\s+to|as\\s+many\\s+as|более\\s+чем|более|свыше|больше|не\\s+менее|как\\s+минимум"
            + "|минимум|по\\s+меньшей\\s+мере|около|порядка|почти|примерно|приблизительно|до)\\s+)?";
    private static final String PEOPLE = "(?:people|persons|migrants?|foreigners?|nationals|citizens|workers|men|women|children|detainees|individuals"
            + "|uzbeks?|tajiks?|kyrgyz|kazakhs?|muslims|students|passengers|others|tajikistanis?|uzbekistanis?|labou?rers|violators|offenders"
            + "|человек|чел|мигрант\\w*|иностран\\w*|граждан\\w*|уроженц\\w*|выходц\\w*|нарушител\\w*|рабоч\\w*|работник\\w*|приезж\\w*"
            + "|мужчин\\w*|женщин\\w*|дет(?:ей|и)|подростк\\w*|узбек\\w*|таджик\\w*|киргиз\\w*|кыргыз\\w*|казах\\w*|нелегал\\w*|задержанн\\w*"
            + "|пассажир\\w*|студент\\w*|лиц\\b|лица\\b|из\\s+них)";
    private static final Pattern COUNT = Pattern.compile("\\b" + QUALIFIER + "(?:" + NUMBER + "|" + WORD_NUMBER + "|" + VAGUE_WORDS + ")"
            + "(?=(?:\\s+[\\p{L}-]+){0,2}?\\s+" + PEOPLE + "\\b|(?<part>\\s+(?:of\\s+(?:the|them|those)|из\\s+(?:них|которых|\\d+)))\\b|\\s*,?\\s*(?:were|had been|have been|are|was)?\\s*(?:detained|deported|arrested|expelled"
            + "|задержан\\w*|депортирован\\w*|выдворен\\w*))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private CountFinder() {
    }

    static List<Mention> find(String text, int from, int to, boolean aclead) {
        List<Mention> out = new ArrayList<>();
        Matcher m = COUNT.matcher(text).region(from, to);
        int partEnd = -1;
        while (m.find()) {
            Role role = m.group("part") != null ? Role.PART : m.start() < partEnd ? Role.WHOLE : Role.ALONE;
            if (role == Role.PART) {
                partEnd = m.end() + 40;
            }
            Qualifier q = qualifier(m.group("q"));
            if (m.group("num") != null) {
                if (percentOrMoney(text, m.end(), to) || yearLike(m.group("num"), m.group("mult"))) {
                    continue;
                }
                long v = Long.parseLong(m.group("num").replaceAll("[ \\u00a0\\u202f,]", ""));
                v *= multiplier(m.group("mult"));
                out.add(new Mention(m.start(), m.end(), v, q, null, role));
            } else if (m.group("word") != null) {
                out.add(new Mention(m.start(), m.end(), wordValue(m.group("word")), q, null, role));
            } else {
                String vague = Tokens.fold(m.group("vague"));
                out.add(aclead ? new Mention(m.start(), m.end(), VAGUE.get(vague), Qualifier.AT_LEAST, vague)
                        : new Mention(m.start(), m.end(), null, null, vague));
            }
        }
        return out;
    }

    private static long wordValue(String word) {
        String w = Tokens.fold(word);
        Long whole = WORDS.get(w);
        if (whole != null) {
            return whole;
        }
        long sum = 0;
        for (String part : w.split("[ -]")) {
            sum += WORDS.getOrDefault(part, 0L);
        }
        return sum;
    }

    private static long multiplier(String mult) {
        if (mult == null) {
            return 1;
        }
        String m = Tokens.fold(mult);
        return m.startsWith("млн") || m.startsWith("million") ? 1_000_000L : 1000L;
    }

    private static boolean percentOrMoney(String text, int end, int to) {
        String after = text.substring(end, Math.min(to, end + 12)).stripLeading().toLowerCase();
        return after.startsWith("%") || after.startsWith("percent") || after.startsWith("процент") || after.startsWith("руб")
                || after.startsWith("$") || after.startsWith("долл");
    }

    private static boolean yearLike(String num, String mult) {
        return mult == null && num.length() == 4 && (num.startsWith("19") || num.startsWith("20"));
    }

    private static Qualifier qualifier(String q) {
        if (q == null) {
            return Qualifier.EXACT;
        }
        String w = Tokens.fold(q).replaceAll("\\s+", " ");
        return switch (w) {
            case "more than", "over", "более чем", "более", "свыше", "больше" -> Qualifier.MORE_THAN;
            case "at least", "no fewer than", "no less than", "не менее", "как минимум", "минимум", "по меньшей мере" -> Qualifier.AT_LEAST;
            case "up to", "as many as", "до" -> Qualifier.UP_TO;
            default -> Qualifier.ABOUT;
        };
    }
}
