package org.rightsdesk.suggest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rightsdesk.monitor.Agency;
import org.rightsdesk.monitor.IncidentType;
import org.rightsdesk.monitor.Outcome;
import org.rightsdesk.monitor.SiteKind;

/**
 * The words that suggest each coded value, in Russian and English. Russian words are written as
 * stems with an open ending ({@code задержа\w*} finds задержали, задержаны, задержания), which
 * covers the case and verb forms news uses; a full morphological dictionary was weighed (see
 * docs/monitor.md) and not needed for these closed lists. Patterns are matched on the text as
 * written, ignoring letter case, with ё and е alike.
 */
final class Lexicon {

    /** A word or phrase found, and what it suggests. */
    record Hit<T>(T value, int start, int end) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    static final Map<IncidentType, Pattern> TYPES = new EnumMap<>(IncidentType.class);
    static final Map<Agency, Pattern> AGENCIES = new EnumMap<>(Agency.class);
    static final Map<Outcome, Pattern> OUTCOMES = new EnumMap<>(Outcome.class);
    static final Map<SiteKind, Pattern> SITES = new EnumMap<>(SiteKind.class);

    static {
        type(IncidentType.RAID, "raid(?:s|ed|ing)?", "round(?:-|\\s)?ups?", "rounded\\s+up", "(?:mass\\s+)?document\\s+checks?",
                "checked\\s+(?:the\\s+)?documents", "crackdown\\s+on\\s+migrants", "(?:was|were)\\s+searched", "carried\\s+out\\s+searches",
                "рейд\\w*", "облав\\w*", "провер(?:ка|ки|ку|ок|ках)\\s+документов", "проверил\\w*\\s+документ\\w*",
                "оперативно-профилактическ\\w*", "зачистк\\w*", "проверочн\\w+\\s+мероприяти\\w*", "профилактическ\\w+\\s+мероприяти\\w*",
                "операци\\w+\\s+«?(?:нелегал|мигрант)\\w*");
        type(IncidentType.DETENTION, "detain(?:ed|s|ing)?", "arrest(?:ed|s)?", "(?:were|was|being|been)\\s+held\\s+(?:at|in)",
                "задержа\\w*", "задержива\\w*", "арестова\\w*",
                "доставлен\\w*\\s+в\\s+(?:отдел|управлени|полици|овд|увм|отделени)\\w*", "помещен\\w*\\s+в\\s+(?:цвсиг|спецприемник|центр\\w*\\s+временного)");
        type(IncidentType.DEPORTATION, "deport(?:ed|ing)", "deportations?", "sent\\s+(?:back\\s+)?home", "sent\\s+back", "removed\\s+from\\s+(?:russia|the\\s+country)",
                "депортирова(?:ли|ны|н|на|но)\\b", "депортаци\\w*", "выдворили", "выслан\\w*", "выдворен(?:ы|а|о)?\\b");
        type(IncidentType.EXPULSION_RULING, "(?:ordered|sentenced|ruled)\\b[^.]{0,60}\\b(?:expel\\w*|deport\\w*|expulsion)",
                "(?:expulsion|deportation)\\s+(?:order|ruling|decision)s?", "will\\s+be\\s+(?:deported|expelled)", "deportation\\s+lists?",
                "face\\s+expulsion", "суд\\w*[^.]{0,80}(?:выдворени\\w*|выдворить|депортаци\\w*|депортировать)",
                "(?:постановил\\w*|решени\\w+)[^.]{0,40}(?:выдвор\\w*|депорт\\w*)", "(?:будут|будет)\\s+(?:выдворен\\w*|депортирован\\w*)",
                "(?:выдворени\\w*|выдворить|депортировать)[^.]{0,60}суд\\w*", "назначил\\w*[^.]{0,40}выдворени\\w*");
        type(IncidentType.REGISTRY_INCLUSION, "(?:added|included|placed|entered|listed|put)\\b[^.]{0,60}\\b(?:registry|register|list)\\s+of\\s+controlled",
                "controlled\\s+persons?\\b[^.]{0,40}(?:added|included|listed)", "(?:включил\\w*|включен(?:а|о|ы)?\\b|внесли|внес[её]н(?:а|о|ы)?\\b|попал\\w*|оказал\\w*)[^.]{0,60}реестр\\w*\\s+контролируем\\w*",
                "реестр\\w*\\s+контролируем\\w*\\s+лиц[^.]{0,60}(?:включил\\w*|включен(?:а|о|ы)?\\b|внесли|внес[её]н(?:а|о|ы)?\\b|попал\\w*|оказал\\w*)", "(?:в|во)\\s+(?:черн\\w+\\s+)?спис\\w+[^.]{0,40}(?:оказал|попал)\\w*",
                "оказал\\w*\\s+в\\s+черн\\w+\\s+спис\\w*");
        type(IncidentType.ENLISTMENT_COERCION, "draft\\s+summons(?:es)?", "summons(?:es)?", "military\\s+contracts?", "sign(?:ing)?\\s+a\\s+contract",
                "contract\\s+with\\s+the\\s+(?:defen[cs]e\\s+ministry|ministry\\s+of\\s+defen[cs]e)", "enlistment\\s+offices?",
                "military\\s+(?:commissariat|enlistment|recruitment)\\s+(?:office|centre|center)s?", "military\\s+unit", "sent\\s+to\\s+the\\s+front\\w*",
                "military\\s+registration", "повестк\\w*", "военкомат\\w*", "воинск\\w+\\s+уч[её]т\\w*", "контракт\\w*\\s+(?:с\\s+)?(?:минобороны|министерством\\s+обороны)",
                "зону\\s+(?:сво|специальной\\s+военной\\s+операции)", "воинск\\w+\\s+част\\w*");
        type(IncidentType.CITIZENSHIP_REVOCATION, "(?:stripped|deprived)\\s+(?:\\w+\\s+){0,2}?of\\s+(?:\\w+\\s+){0,2}?citizenship",
                "(?:revok|annul|terminat)\\w*\\s+(?:\\w+\\s+){0,3}?citizenship", "citizenship\\s+(?:was\\s+|were\\s+|has\\s+been\\s+)?(?:revoked|annulled|terminated)",
                "лиш\\w*\\s+(?:\\w+\\s+){0,2}?гражданств\\w*", "прекра\\w*\\s+(?:\\w+\\s+){0,2}?гражданств\\w*",
                "гражданств\\w*\\s+(?:\\w+\\s+){0,2}?(?:прекращ|аннулир|отмен)\\w*", "аннулир\\w*\\s+(?:\\w+\\s+){0,3}?гражданств\\w*");
        type(IncidentType.ENTRY_REFUSAL, "(?:denied|refused|barred\\s+from|banned\\s+from)\\s+(?:entry|entering)", "stranded",
                "bar(?:s|red)?\\s+(?:\\w+\\s+){0,2}from\\s+entering", "denied\\s+entry", "refused\\s+entry",
                "not\\s+(?:allowed|permitted)\\s+(?:to\\s+enter|into)", "turned\\s+(?:back|away)\\s+at", "(?:не\\s+)(?:впустили|пустили|пропустили)",
                "отказ\\w*\\s+(?:во|в)\\s+въезд\\w*", "не\\s+допущен\\w*", "развернул\\w*\\s+на\\s+границ\\w*", "(?:не\\s+)?впуска\\w*");
        type(IncidentType.SCHOOL_REFUSAL, "(?:refused|denied)\\s+(?:admission|enrol?ment)\\b[^.]{0,40}school", "(?:not\\s+admitted|turned\\s+away)\\b[^.]{0,30}school",
                "не\\s+(?:приняли|принят\\w*|зачислил\\w*)\\s+в\\s+школ\\w*", "отказ\\w*\\s+в\\s+(?:приеме|зачислении)\\s+в\\s+школ\\w*");
        type(IncidentType.VIOLENCE, "beat(?:en|ing|ings)?\\b", "electric\\s+shocks?", "tortur\\w*", "kick(?:ed|ing)", "assault(?:ed)?",
                "избил\\w*", "избиени\\w*", "изби(?:т|та|ты)\\b", "пытк\\w*", "пытал\\w*", "электрошок\\w*", "шокер\\w*", "унижени\\w*");

        agency(Agency.POLICE, "police(?:men|man)?", "interior\\s+ministry", "law\\s+enforcement", "полици\\w*", "полицейск\\w*", "мвд", "гувд\\w*",
                "участков\\w*", "силовик\\w*", "правоохранител\\w*");
        agency(Agency.ROSGVARDIA, "rosgvardi\\w*", "national\\s+guard", "omon", "riot\\s+police", "росгварди\\w*", "омон\\w*", "собр\\w*");
        agency(Agency.FSB, "fsb", "federal\\s+security\\s+service", "фсб", "пограничн\\w+\\s+управлени\\w*\\s+фсб");
        agency(Agency.INVESTIGATIVE_COMMITTEE, "investigative\\s+committee", "military\\s+investigators?", "следственн\\w+\\s+комитет\\w*", "ск\\s+(?:россии|рф)",
                "скр\\b", "(?<![\\p{L}])ск(?![\\p{L}])", "военн\\w+\\s+следовател\\w*", "военн\\w+\\s+следствен\\w*");
        agency(Agency.MIGRATION_SERVICE, "immigration\\s+officers?", "migration\\s+(?:service|police|officers?|department)", "гувм\\w*", "увм\\w*",
                "миграционн\\w+\\s+(?:служб|полици|отдел|управлени)\\w*");
        agency(Agency.ENLISTMENT_OFFICE, "enlistment\\s+offices?", "military\\s+(?:commissariat|recruitment\\s+(?:office|centre|center))s?",
                "conscription\\s+office", "военкомат\\w*", "военн\\w+\\s+комиссариат\\w*");
        agency(Agency.COURT, "court\\w*", "judges?", "суд\\b", "суда\\b", "суду\\b", "судом\\b", "суде\\b", "суды\\b", "судов\\b", "судь\\w*");
        agency(Agency.BORDER_SERVICE, "border\\s+(?:guards?|service|officers?|control)", "пограничник\\w*", "погранслужб\\w*", "пограничн\\w+\\s+служб\\w*");
        agency(Agency.PROSECUTOR, "prosecutor\\w*", "прокуратур\\w*", "прокурор\\w*");
        agency(Agency.OTHER, "bailiffs?", "фссп", "судебн\\w+\\s+пристав\\w*", "приставы?\\b");

        outcome(Outcome.RELEASED, "released", "let\\s+go", "отпустил\\w*", "отпущен\\w*", "освобо\\w*");
        outcome(Outcome.FINED, "fined", "fines?\\b", "оштрафова\\w*", "штраф\\w*");
        outcome(Outcome.EXPELLED, "expelled", "expulsion", "выдворен\\w*", "выдворить");
        outcome(Outcome.DEPORTED, "deported", "депортирова\\w*");
        outcome(Outcome.PLACED_IN_SPECIAL_INSTITUTION, "special\\s+institutions?", "detention\\s+cent(?:re|er)s?\\s+for\\s+foreign", "temporary\\s+detention\\s+cent",
                "цвсиг\\w*", "спецприемник\\w*", "центр\\w*\\s+временного\\s+содержания");
        outcome(Outcome.OFFERED_MILITARY_CONTRACT, "military\\s+contracts?", "sign(?:ing)?\\s+a\\s+contract", "контракт\\w*\\s+(?:с\\s+)?(?:минобороны|министерством\\s+обороны)",
                "заключить\\s+контракт\\w*", "подписать\\s+контракт\\w*");
        outcome(Outcome.SENT_TO_MILITARY_UNIT, "military\\s+unit", "sent\\s+to\\s+the\\s+front\\w*", "воинск\\w+\\s+част\\w*", "отправ\\w+\\s+(?:в\\s+зону\\s+сво|на\\s+фронт)");
        outcome(Outcome.DRAFT_SUMMONS, "draft\\s+summons(?:es)?", "summons(?:es)?", "повестк\\w*");
        outcome(Outcome.CRIMINAL_CASE, "criminal\\s+(?:case|charges?|proceedings)", "уголовн\\w+\\s+дел\\w*");
        outcome(Outcome.ENTRY_BAN, "entry\\s+ban", "banned\\s+from\\s+(?:re-?)?entering", "запрет\\w*\\s+(?:на\\s+)?въезд\\w*", "закры\\w+\\s+въезд\\w*");

        site(SiteKind.METRO, "metro", "subway", "метро", "метрополитен\\w*");
        site(SiteKind.MARKET, "markets?", "bazaars?", "рын(?:ок|ка|ке|ку|ком|ки|ков|ках)\\b", "базар\\w*", "ярмарк\\w*");
        site(SiteKind.MOSQUE, "mosques?", "prayer\\s+house", "мечет\\w*", "молельн\\w*");
        site(SiteKind.CONSTRUCTION, "construction\\s+sites?", "building\\s+sites?", "стройк\\w*", "строительн\\w+\\s+(?:площадк|объект)\\w*", "стройплощадк\\w*");
        site(SiteKind.WAREHOUSE, "warehouses?", "склад\\w*", "логистическ\\w+\\s+(?:центр|комплекс)\\w*", "распределительн\\w+\\s+центр\\w*");
        site(SiteKind.DORMITORY, "dormitor(?:y|ies)", "hostels?", "общежити\\w*", "хостел\\w*", "(?:рабоч\\w+\\s+)?общаг\\w*");
        site(SiteKind.AIRPORT, "airports?", "аэропорт\\w*");
        site(SiteKind.FACTORY, "factor(?:y|ies)", "plants?\\b", "завод\\w*", "фабрик\\w*", "предприяти\\w*", "производств\\w+\\s+(?:цех|площадк)\\w*");
        site(SiteKind.STREET, "on\\s+the\\s+streets?", "на\\s+улиц\\w*");
        site(SiteKind.OTHER, "bathhouse\\w*", "sauna", "cafes?", "restaurants?", "бан(?:е|и|ю|я)\\b", "сауна\\w*", "кафе", "ресторан\\w*",
                "торгов\\w+\\s+(?:центр|комплекс)\\w*");
    }

    /** Words that make a statement general or hypothetical rather than a report of something that happened. */
    static final Pattern GENERIC = Pattern.compile("\\b(?:usually|often|frequently|increasingly|regularly|routinely|typically|generally|more\\s+frequent"
            + "|could|would|might|should|possible|possibly|subject\\s+to|threat(?:en)?s?|plans?\\s+to|calls?\\s+for|called\\s+for|proposed|across\\s+the\\s+country"
            + "|waiting\\s+to\\s+be|ожида\\w+|must|required\\s+to|obliged|обязан\\w*|должн\\w*|nationwide|majority|most\\s+of|большинств\\w*|every\\s+year|annually|per\\s+year|if\\b|обычно|часто|все\\s+чаще|регулярно|как\\s+правило|могут|может|могли\\s+бы|грозит|грозят"
            + "|угрожа\\w*|планиру\\w*|предлага\\w*|по\\s+всей\\s+стране|ежегодно|каждый\\s+год|если\\b|законопроект\\w*)\\b", FLAGS);

    /** An occurrence set apart from the one the article reports ("a previous raid", «предыдущий рейд»). */
    static final Pattern PREVIOUS = Pattern.compile("\\b(?:previous|earlier|prior|предыдущ\\w*|прошл\\w+\\s+(?:рейд|облав|раз)\\w*)\\b", FLAGS);

    /** One person named or described in the singular: "a citizen of Tajikistan", «гражданка Кыргызстана», «45-летний мигрант». */
    static final Pattern ONE_PERSON = Pattern.compile("(?<![\\p{L}])(?:гражданк[аиеу]|гражданин[а]?|мигрант(?:а|ка|ку)?|мужчин[аеуы]|женщин[аеуы]"
            + "|уроженц?[аеу]?|уроженк[аиеу]|\\d+-летн\\w+|a\\s+(?:citizen|man|woman|migrant|national|resident)|an?\\s+\\d+-year-old)(?![\\p{L}])", FLAGS);

    /** A day named right after a reporting verb ("authorities said Tuesday") dates the report, not the event. */
    static final Pattern REPORTED = Pattern.compile("(?:said|says|reported|announced|told\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?|stated|added|posted|wrote"
            + "|confirmed|сообщил\\w*|сообщает|заявил\\w*|рассказал\\w*|написал\\w*)\\s*(?:on\\s+)?$", FLAGS);

    /** The Crocus City Hall attack and its suspects are not what the desk counts (corpus convention). */
    static final Pattern EXCLUDED = Pattern.compile("crocus|крокус|suspect\\w*|подозреваем\\w*|терак\\w*|terror\\w*|gunmen", FLAGS);

    /** "Outside Moscow", «под Москвой»: the region around the city, when nothing more exact is named. */
    static final Pattern NEAR_MOSCOW = Pattern.compile("\\b(?:outside|near)\\s+Moscow\\b|под\\s+Москвой|в\\s+ближнем\\s+Подмосковье", FLAGS);
    static final Pattern NEAR_PETERSBURG = Pattern.compile("\\b(?:outside|near)\\s+(?:St\\.?|Saint)\\s+Petersburg\\b|под\\s+Петербургом", FLAGS);

    private Lexicon() {
    }

    private static Pattern compile(String... words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", words) + ")(?![\\p{L}\\p{N}])", FLAGS);
    }

    private static void type(IncidentType t, String... words) {
        TYPES.put(t, compile(words));
    }

    private static void agency(Agency a, String... words) {
        AGENCIES.put(a, compile(words));
    }

    private static void outcome(Outcome o, String... words) {
        OUTCOMES.put(o, compile(words));
    }

    private static void site(SiteKind s, String... words) {
        SITES.put(s, compile(words));
    }

    /** Every value of {@code table} whose words occur in {@code text[from, to)} (text with ё written as е), with the first place each occurs. */
    static <T extends Enum<T>> List<Hit<T>> hits(Map<T, Pattern> table, String text, int from, int to) {
        List<Hit<T>> out = new ArrayList<>();
        for (Map.Entry<T, Pattern> e : table.entrySet()) {
            Matcher m = e.getValue().matcher(text).region(from, to);
            if (m.find()) {
                out.add(new Hit<>(e.getKey(), m.start(), m.end()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    static boolean any(Pattern p, String text, int from, int to) {
        return p.matcher(text).region(from, to).find();
    }
}
