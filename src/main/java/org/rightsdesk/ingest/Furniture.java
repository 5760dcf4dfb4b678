package org.rightsdesk.ingest;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates a story from the page around it. Works on blocks — lines of a saved text, paragraphs
 * and headings of an HTML page — in page order, in two passes:
 *
 * <ol>
 * <li>each block on its own: navigation and buttons, counters and date lines, "N min read",
 * photo and video credits (a caption keeps its words, the credit after it goes), bylines,
 * newsletter and social-media promotion, cookie notices, tip lines, tag lists, rubrics, and
 * donation appeals (an appeal cue such as "your support" or "поддержите нас", or an imperative
 * "Support …" addressed to the reader);</li>
 * <li>blocks in context: appeals spread to neighbouring blocks in which the outlet speaks as
 * "we" (outside quotation marks) and to the buttons under them; a "Read more" / "Читайте
 * также" heading takes the teasers after it; rubric + headline pairs after the story began are
 * teasers; a run of headlines at the very end is a list of other stories; a closing "Ранее
 * сообщалось…" / "Earlier it was reported…" paragraph is about another story; repeats and
 * pull quotes (a block whose words recur inside a longer block) go.</li>
 * </ol>
 *
 * The rules name kinds of furniture in Russian and English, not particular sites, and were written
 * from what the evaluation corpus shows ({@code CorpusEvaluationTest} measures them). What the
 * furniture reveals — the outlet in "Source: X" or "Редакция сайта X", a date line, the page
 * address — is kept as hints for the metadata.
 */
final class Furniture {

    /** The story: kept blocks, the headline found among them (null if none), hints, and what went. */
    record Result(List<String> kept, String title, Hints hints, List<Dropped> dropped) {
    }

    /** What the furniture said about the page. */
    record Hints(String publisher, LocalDate published, String url) {
    }

    /** A block (or the credit cut from a caption) that was removed, and why. */
    record Dropped(String text, String reason) {
    }

    // ---- vocabulary -------------------------------------------------------------------------

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Whole-block interface labels: navigation, buttons, share bars, ads, donation widget steps. */
    private static final Set<String> INTERFACE = Set.of(
            "skip to main content", "skip to content", "перейти к содержанию", "перейти к основному содержанию",
            "menu", "меню", "search", "поиск", "share", "share this", "share this article", "поделиться",
            "поделиться в соцсетях", "print", "печать", "comments", "комментарии", "комментировать", "comment",
            "read more", "read full article", "читать далее", "читать дальше", "подробнее", "continue", "continue reading",
            "продолжить", "далее", "back to top", "наверх", "close", "закрыть", "subscribe", "подписаться", "log in",
            "sign in", "войти", "register", "регистрация", "advertisement", "реклама", "sponsored", "ad",
            "партнерский материал", "на правах рекламы", "copy link", "скопировать ссылку", "next", "previous",
            "следующая", "предыдущая", "next article", "previous article", "следующий материал", "listen",
            "listen to this article", "слушать", "прослушать", "save", "сохранить", "follow", "follow us",
            "cookie settings", "accept", "accept all", "принять", "согласен", "ok", "got it", "понятно", "once",
            "monthly", "annual", "yearly", "one-time", "разово", "ежемесячно", "ежегодно", "donate", "пожертвовать",
            "поддержать", "support", "support us", "remind me later", "not now", "напомнить позже", "payment methods",
            "способы оплаты", "главная", "home", "news", "новости", "версия для печати", "print version", "loading",
            "загрузка", "показать еще", "показать ещё", "load more", "show more", "all news", "все новости");

    /** Headings under which other stories are listed. */
    private static final Set<String> RELATED_HEADINGS = Set.of(
            "read more", "read also", "also read", "related", "related articles", "related stories", "related news",
            "more stories", "more on this topic", "more on this story", "more from", "recommended", "recommended for you",
            "most read", "most popular", "popular", "trending", "latest news", "latest", "you may also like",
            "you might also like", "what to read next", "читайте также", "читайте еще", "читайте ещё", "также читайте",
            "смотрите также", "по теме", "ещё по теме", "еще по теме", "материалы по теме", "другие новости",
            "новости партнеров", "новости партнёров", "самое читаемое", "популярное", "главное", "лента новостей",
            "последние новости", "рекомендуем", "вам может быть интересно", "сейчас читают", "самое главное",
            "новости по теме", "другие материалы");

    private static final Set<String> SOCIAL = Set.of("facebook", "twitter", "x", "telegram", "vk", "vkontakte", "вконтакте",
            "whatsapp", "viber", "одноклассники", "ok", "ok.ru", "linkedin", "reddit", "email", "e-mail", "mail",
            "pinterest", "instagram", "youtube", "дзен", "dzen", "max", "rss", "copy", "link", "share", "поделиться",
            "threads", "bluesky", "mastodon", "flipboard", "skype", "messenger");

    private static final Pattern NO_LETTERS = Pattern.compile("^[^\\p{L}]*$");
    private static final Pattern READ_TIME = Pattern.compile(
            "^(?:время чтения:?\\s*)?\\d+\\s*(?:min|mins|minute|minutes|мин|минут[аы]?)\\.?(?:\\s+(?:read|чтения))?\\.?$", CI);
    private static final Pattern DATE_TOKEN = Pattern.compile("(?<!\\d)(?:\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2})(?!\\d)"
            + "|(?<!\\d)\\d{1,2}\\s+" + PageDates.MONTH_WORD + "(?:\\s+\\d{4})?|\\b" + PageDates.MONTH_WORD + "\\s+\\d{1,2}(?:,\\s+\\d{4})?", CI);
    private static final String CREDIT_LABEL = "(?:photos?|фото(?:графия)?|videos?|видео|images?|illustrations?|иллюстрация"
            + "|sources?|источник|credits?|кадр|скриншот|изображение|pictured|графика|graphics?|инфографика|коллаж|collage)";
    private static final Pattern LABELLED_CREDIT = Pattern.compile("^" + CREDIT_LABEL + "\\s*[:：]\\s*\\S.*$", CI);
    private static final String NAME_TOKEN = "(?:\\p{Lu}[\\p{L}\\p{M}.'’&-]*|@[\\w.]+|[\\p{Lu}\\d][\\p{Lu}\\d.&-]+)";
    private static final String NAME_SEGMENT = NAME_TOKEN + "(?:\\s+(?:" + NAME_TOKEN + "|de|da|van|von|der|del|of|for|the|and|и))"
            + "{0,5}";
    /** "Name Surname / Agency / Photo bank": the way credits run under photographs. */
    /** "Source: …" after a sentence attributes a figure: it stays with the text. */
    private static final Pattern SOURCE_LABEL = Pattern.compile("^(?:sources?|источник)", CI);
    private static final Pattern SLASH_CREDIT = Pattern.compile("^" + NAME_SEGMENT + "(?:\\s+/\\s+" + NAME_SEGMENT + ")+$");
    private static final Pattern AGENCY_CREDIT = Pattern.compile("^(?:" + NAME_TOKEN + "\\s+){0,4}(?:News Agency|Agency|Images|Photos?|Press"
            + "|Pool|TASS|ТАСС|Reuters|AFP|AP|EPA(?:-EFE)?|Sputnik|Shutterstock|Unsplash|Pexels|Коммерсантъ|РИА Новости"
            + "|Агентство «Москва»|Scanpix|Alamy|Wikimedia Commons|Getty Images)$");
    private static final Pattern HANDLE_LINE = Pattern.compile("^(?:@[\\w.]+|(?:t\\.me|vk\\.com|x\\.com|twitter\\.com|instagram\\.com"
            + "|youtube\\.com|youtu\\.be|facebook\\.com|tiktok\\.com|ok\\.ru|dzen\\.ru)/\\S+)(?:\\s*/\\s*[\\p{L}\\d]+)?$", CI);
    private static final Pattern URL_LINE = Pattern.compile("^(?:url:\\s*|source:\\s*|источник:\\s*)?(https?://\\S+)$", CI);
    private static final Pattern BYLINE = Pattern.compile("^(?:by|story by|text by|written by|reporting by|words by|edited by"
            + "|автор|авторы|текст|редакция сайта|редакция|корреспондент)\\b:?\\s+\\S.*$", CI);
    /** "Name Surname Outlet 2146": author, outlet and a view counter. */
    private static final Pattern BYLINE_WITH_COUNTER = Pattern.compile("^(?:\\p{Lu}[\\p{L}.'’-]+\\s+){2,6}\\d+$");
    private static final Pattern NEWSLETTER = Pattern.compile("newsletter|рассылк|sign up for|subscribe to (?:our|the)|subscribers agree"
            + "|privacy policy|политик\\w* конфиденциальности|подпишитесь на|подписаться на (?:нашу|наш|рассылку)|inbox every", CI);
    private static final Pattern SOCIAL_PROMO = Pattern.compile("^(?:читайте|следите за|подписывайтесь на|подпишитесь на"
            + "|присоединяйтесь к|follow|join|find us on|читать|смотрите)\\b.{0,60}\\b(?:telegram|телеграм\\w*|vk|вконтакте|max|дзен"
            + "|dzen|twitter|facebook|instagram|youtube|whatsapp|viber|одноклассник\\w*|whatsapp|канал\\w*)\\b", CI);
    private static final Pattern COOKIE = Pattern.compile("cookie|куки", CI);
    private static final Pattern COOKIE_ACTION = Pattern.compile("\\b(?:we use|this (?:site|website) uses|accept|consent|agree|используем"
            + "|использует|соглас|принять|принимаете)", CI);
    private static final Pattern TIP_LINE = Pattern.compile("^(?:есть новости|есть тема|есть информация|send us a tip|got a tip|have a (?:story|tip)"
            + "|сообщите нам|пишите нам|напишите нам|стали свидетелем)", CI);
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()-]{8,}\\d");
    private static final Pattern NEWSROOM = Pattern.compile("редакци|newsroom|editors?\\b|whatsapp|telegram", CI);
    private static final Pattern TAGS = Pattern.compile("^(?:read more about|more about|tags|теги|темы|тэги|topics|рубрик[аи]|filed under"
            + "|keywords|ключевые слова)\\s*:", CI);
    private static final Pattern RUBRIC = Pattern.compile("^[\\p{Ll}]+(?:[ -][\\p{Ll}]+){0,3}$");
    private static final Pattern SHOUTED_RUBRIC = Pattern.compile("^[\\p{Lu}]{3,}(?:[ &-][\\p{Lu}]+)?$");

    private static final Pattern APPEAL = Pattern.compile("donat(?:e|es|ed|ing|ion|ions)\\b|пожертвова|\\bдонат|задонат"
            + "|dear readers?\\b|дорог(?:ие|ой) читател|уважаемые читатели|^a message from\\b|small favou?r to ask|your support"
            + "|ваш[аейу] поддержк|поддержите (?:нас|редакцию|независим|\\p{Lu})|поддержать (?:нас|редакцию)|support us\\b"
            + "|we need your (?:help|support)|нам нужна ваша (?:помощь|поддержка)|help us\\b|помогите нам|ad-free|disabled all ads"
            + "|by supporting\\b|become a (?:member|patron|subscriber|supporter)|станьте (?:подписчиком|патроном|спонсором|донором)"
            + "|not ready to support|support (?:independent|our) journalism|поддержи(?:те)? независим", CI);
    /** Imperatives that open an appeal when the block also addresses the reader (or is a button). */
    private static final Pattern APPEAL_IMPERATIVE = Pattern.compile("(?:^|[.!?…]\\s+)(?:support|contribute|donate|subscribe|поддержите"
            + "|поддержать|подпишитесь|помогите|оформите подписку)\\b", CI);
    private static final Pattern READER_ADDRESS = Pattern.compile("\\b(?:we|our|ours|you|your)\\b|(?<![\\p{L}])(?:мы|нас|нам|наш\\p{L}*|вы|вас"
            + "|вам|ваш\\p{L}*)(?![\\p{L}])|\\bus\\b", CI);
    /** The outlet speaking as "we" (case-sensitive "us", so that "US" stays a country). */
    private static final Pattern FIRST_PERSON_PLURAL = Pattern.compile("\\b(?:[Ww]e|WE|[Oo]urs?|us)\\b|(?<![\\p{L}])(?:[Мм]ы|[Нн]ас|[Нн]ам"
            + "|[Нн]аш\\p{L}*)(?![\\p{L}])");
    private static final Pattern QUOTED = Pattern.compile("“[^”]*”|«[^»]*»|„[^“”]*[“”]|\"[^\"]*\"");
    private static final Pattern EARLIER_REPORTED = Pattern.compile("^(?:ранее (?:сообщалось|стало известно|(?:\\S+\\s+){0,3}"
            + "(?:сообщал[аио]?|писал[аио]?|рассказывал[аио]?))|напомним,? ранее|earlier,? it was reported|it was (?:previously|earlier)"
            + " reported|previously,? (?:\\S+\\s+){0,3}reported)", CI);
    private static final Pattern PUBLISHER_IN_FURNITURE = Pattern.compile("^(?:source|источник):\\s*(?!https?://)(.{2,60}?)\\.?$"
            + "|^support (.{2,50}?)!$|^a message from (.{2,50}?):?$|^редакция(?: сайта)? (.{2,50})$"
            + "|^читайте (.{2,30}?) в (?:telegram|max|vk|вконтакте|дзен)|^sign up for (.{2,40}?)[’']s (?:daily|weekly) newslett", CI);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"»”’)]*$");

    private Furniture() {
    }

    // ---- entry point --------------------------------------------------------------------------

    /**
     * Cleans {@code rawBlocks} (page order). {@code knownTitle} is a headline known from page
     * metadata (HTML), or null to look for one among the first blocks (plain text).
     */
    static Result clean(List<String> rawBlocks, String knownTitle) {
        List<String> blocks = new ArrayList<>();
        for (String raw : rawBlocks) {
            String b = normalise(raw);
            if (!b.isEmpty()) {
                blocks.add(b);
            }
        }
        int n = blocks.size();
        String[] text = blocks.toArray(String[]::new);
        String[] reason = new String[n];
        List<Dropped> dropped = new ArrayList<>();
        HintCollector hints = new HintCollector();

        for (int i = 0; i < n; i++) {
            reason[i] = alone(text[i]);
            hints.observe(text[i], reason[i]);
            if (reason[i] == null) {
                String caption = withoutCredit(text[i]);
                if (!caption.equals(text[i])) {
                    dropped.add(new Dropped(text[i].substring(caption.length()).strip(), "credit"));
                    text[i] = caption;
                }
            }
        }
        int firstBody = firstBody(text, reason);
        dropRepeats(text, reason);
        spreadAppeals(text, reason);
        dropRelatedLists(text, reason, firstBody);
        dropTeasers(text, reason, firstBody);
        dropClosingFurniture(text, reason);
        String title = knownTitle != null ? dropKnownTitle(text, reason, normalise(knownTitle)) : findTitle(blocks, text, reason);
        dropPullQuotes(text, reason);

        List<String> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (reason[i] == null) {
                kept.add(text[i]);
            } else if (!"title".equals(reason[i])) {
                dropped.add(new Dropped(text[i], reason[i]));
            }
        }
        return new Result(kept, title, hints.result(), dropped);
    }

    /** NFC; non-breaking, thin and other spaces as plain spaces; soft hyphens and zero-width marks removed. */
    static String normalise(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\u00ad' || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    // ---- pass 1: a block on its own ------------------------------------------------------------

    /** Why this block is furniture on its own, or null. */
    static String alone(String b) {
        if (NO_LETTERS.matcher(b).matches()) {
            return "counter";
        }
        String key = key(b);
        int words = words(b);
        if (INTERFACE.contains(key) || RELATED_HEADINGS.contains(key) || isShareBar(key)) {
            return RELATED_HEADINGS.contains(key) ? "related" : "interface";
        }
        if (READ_TIME.matcher(b).matches()) {
            return "meta";
        }
        if (b.length() <= 80 && DATE_TOKEN.matcher(b).find() && wordsBesideDates(b) <= 2) {
            return "meta";
        }
        if (words <= 15 && LABELLED_CREDIT.matcher(b).matches()) {
            return "credit";
        }
        if (SLASH_CREDIT.matcher(b).matches() || (words <= 6 && AGENCY_CREDIT.matcher(b).matches()) || HANDLE_LINE.matcher(b).matches()) {
            return "credit";
        }
        if (URL_LINE.matcher(b).matches()) {
            return "address";
        }
        if (words <= 8 && (BYLINE.matcher(b).matches() || BYLINE_WITH_COUNTER.matcher(b).matches())) {
            return "byline";
        }
        if (words <= 50 && NEWSLETTER.matcher(b).find() && (words <= 12 || READER_ADDRESS.matcher(b).find())) {
            return "newsletter";
        }
        if (words <= 25 && SOCIAL_PROMO.matcher(b).find()) {
            return "social";
        }
        if (words <= 80 && COOKIE.matcher(b).find() && COOKIE_ACTION.matcher(b).find()) {
            return "cookies";
        }
        if (words <= 30 && (TIP_LINE.matcher(b).find() || (PHONE.matcher(b).find() && NEWSROOM.matcher(b).find()))) {
            return "tip line";
        }
        if (TAGS.matcher(b).find()) {
            return "tags";
        }
        if (words <= 4 && (RUBRIC.matcher(b).matches() || (words <= 2 && SHOUTED_RUBRIC.matcher(b).matches()))) {
            return "rubric";
        }
        if (isAppeal(b)) {
            return "appeal";
        }
        return null;
    }

    static boolean isAppeal(String b) {
        if (APPEAL.matcher(b).find()) {
            return true;
        }
        return APPEAL_IMPERATIVE.matcher(b).find() && (words(b) <= 6 || READER_ADDRESS.matcher(unquoted(b)).find());
    }

    /** A caption with its photo credit cut off ("… in Moscow. Name / Agency" → "… in Moscow."). */
    static String withoutCredit(String b) {
        for (int at = b.length() - 2; at > 0; at--) {
            char c = b.charAt(at);
            if (b.charAt(at + 1) == ' ' && (c == '.' || c == '!' || c == '?' || c == '”' || c == '»')) {
                String tail = b.substring(at + 2);
                if (tail.length() > 120) {
                    break;
                }
                if ((LABELLED_CREDIT.matcher(tail).matches() && !SOURCE_LABEL.matcher(tail).find()) || SLASH_CREDIT.matcher(tail).matches()
                        || HANDLE_LINE.matcher(tail).matches()) {
                    return b.substring(0, at + 1);
                }
            }
        }
        return b;
    }

    private static boolean isShareBar(String key) {
        String[] tokens = key.split("[\\s|•·,/]+");
        if (tokens.length < 2) {
            return false;
        }
        for (String t : tokens) {
            if (!t.isEmpty() && !SOCIAL.contains(t)) {
                return false;
            }
        }
        return true;
    }

    private static int wordsBesideDates(String b) {
        String rest = DATE_TOKEN.matcher(b).replaceAll(" ");
        int count = 0;
        for (String w : rest.split("[\\s|,•·/]+")) {
            if (w.codePoints().anyMatch(Character::isLetter)) {
                count++;
            }
        }
        return count;
    }

    // ---- pass 2: blocks in context -------------------------------------------------------------

    /** A block that reads like the story itself: long, or a complete sentence of some length. */
    private static boolean bodyLike(String b) {
        return b.length() >= 150 || (words(b) >= 12 && SENTENCE_END.matcher(b).find());
    }

    private static int firstBody(String[] text, String[] reason) {
        for (int i = 0; i < text.length; i++) {
            if (reason[i] == null && bodyLike(text[i])) {
                return i;
            }
        }
        return text.length;
    }

    private static void dropRepeats(String[] text, String[] reason) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < text.length; i++) {
            Integer first = seen.putIfAbsent(text[i], i);
            if (first != null && reason[i] == null) {
                reason[i] = reason[first] != null ? reason[first] : "repeat";
            }
        }
    }

    /** Appeals run over several blocks: the outlet's "we" paragraphs and the buttons under them. */
    private static void spreadAppeals(String[] text, String[] reason) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < text.length; i++) {
                if (reason[i] != null || !(isAppealAt(reason, i - 1) || isAppealAt(reason, i + 1))) {
                    continue;
                }
                if (isButton(text[i]) || outletSpeaks(text[i])) {
                    reason[i] = "appeal";
                    changed = true;
                }
            }
        }
    }

    private static boolean isAppealAt(String[] reason, int i) {
        return i >= 0 && i < reason.length && "appeal".equals(reason[i]);
    }

    private static boolean isButton(String b) {
        int w = words(b);
        return w <= 6 && (w <= 4 || !b.endsWith("."));
    }

    /** "We"/"our" outside quotation marks, in a block that does not open with a quotation. */
    private static boolean outletSpeaks(String b) {
        return !b.isEmpty() && "“«„\"–—-".indexOf(b.charAt(0)) < 0 && FIRST_PERSON_PLURAL.matcher(unquoted(b)).find();
    }

    /** After a "Read more" heading: teasers, until the story resumes with a real paragraph. */
    private static void dropRelatedLists(String[] text, String[] reason, int firstBody) {
        for (int i = firstBody + 1; i < text.length; i++) {
            if (!"related".equals(reason[i])) {
                continue;
            }
            for (int j = i + 1; j < text.length; j++) {
                if (reason[j] == null && text[j].length() >= 250 && SENTENCE_END.matcher(text[j]).find()) {
                    break;
                }
                if (reason[j] == null) {
                    reason[j] = "teaser";
                }
            }
        }
    }

    /** Once the story has begun, a rubric followed by a headline is a teaser for another story. */
    private static void dropTeasers(String[] text, String[] reason, int firstBody) {
        for (int i = Math.max(0, firstBody); i < text.length - 1; i++) {
            if ("rubric".equals(reason[i]) && reason[i + 1] == null && text[i + 1].length() < 200
                    && !SENTENCE_END.matcher(text[i + 1]).find()) {
                reason[i + 1] = "teaser";
            }
        }
    }

    /**
     * The end of a page: a run of two or more headlines is a list of other stories; an "earlier it
     * was reported" paragraph is about another story; "we" after the last paragraph is an appeal.
     */
    private static void dropClosingFurniture(String[] text, String[] reason) {
        int lastBody = -1;
        for (int i = text.length - 1; i >= 0; i--) {
            if (reason[i] == null && bodyLike(text[i]) && !EARLIER_REPORTED.matcher(text[i]).find()) {
                lastBody = i;
                break;
            }
        }
        List<Integer> headlines = new ArrayList<>();
        for (int i = text.length - 1; i > lastBody; i--) {
            if (reason[i] == null) {
                if (text[i].length() < 160 && !SENTENCE_END.matcher(text[i]).find()) {
                    headlines.add(i);
                } else {
                    break;
                }
            }
        }
        if (headlines.size() >= 2) {
            headlines.forEach(i -> reason[i] = "teaser");
        }
        for (int i = text.length - 1; i >= 0; i--) {
            if (reason[i] != null) {
                continue;
            }
            if (EARLIER_REPORTED.matcher(text[i]).find()) {
                reason[i] = "other story";
            } else {
                break;
            }
        }
        for (int i = lastBody + 1; i < text.length; i++) {
            if (reason[i] == null && words(text[i]) <= 15 && outletSpeaks(text[i]) && !QUOTED.matcher(text[i]).find()) {
                reason[i] = "appeal";
            }
        }
    }

    /** A block of five or more words repeated inside a longer kept block: a pull quote or teaser lead. */
    private static void dropPullQuotes(String[] text, String[] reason) {
        String[] words = new String[text.length];
        for (int i = 0; i < text.length; i++) {
            words[i] = " " + String.join(" ", wordList(text[i])) + " ";
        }
        for (int i = 0; i < text.length; i++) {
            if (reason[i] != null || wordList(text[i]).size() < 5) {
                continue;
            }
            for (int j = 0; j < text.length; j++) {
                if (j != i && reason[j] == null && words[j].length() > words[i].length() && words[j].contains(words[i])) {
                    reason[i] = "repeat";
                    break;
                }
            }
        }
    }

    private static String dropKnownTitle(String[] text, String[] reason, String title) {
        String key = key(title);
        for (int i = 0; i < text.length; i++) {
            if (reason[i] == null && key(text[i]).equals(key)) {
                reason[i] = "title";
            }
        }
        return title.isEmpty() ? null : title;
    }

    /**
     * Plain text has no markup for the headline: it is the first kept block before the story that
     * is short, at least three words, does not end like a sentence (".", ":") and does not recur on
     * the page (captions do).
     */
    private static String findTitle(List<String> original, String[] text, String[] reason) {
        Map<String, Integer> occurrences = new HashMap<>();
        for (String b : original) {
            occurrences.merge(b, 1, Integer::sum);
        }
        for (int i = 0; i < text.length; i++) {
            if (reason[i] != null && !"repeat".equals(reason[i])) {
                continue;
            }
            if (reason[i] == null && bodyLike(text[i])) {
                return null;
            }
            String b = text[i];
            boolean shape = words(b) >= 3 && words(b) <= 35 && b.length() <= 250 && !b.matches("(?s).*[.:;,]$");
            if (reason[i] == null && shape && occurrences.getOrDefault(b, 0) == 1) {
                reason[i] = "title";
                return b;
            }
        }
        return null;
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Lower case, trailing punctuation and colons removed: how interface labels are compared. */
    static String key(String b) {
        return b.toLowerCase(Locale.ROOT).replaceAll("[\\s.:!?…›»→>|]+$", "").replaceAll("^[\\s‹«←<|]+", "").strip();
    }

    static int words(String b) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < b.length(); i++) {
            boolean w = !Character.isWhitespace(b.charAt(i));
            if (w && !in) {
                count++;
            }
            in = w;
        }
        return count;
    }

    private static List<String> wordList(String b) {
        List<String> out = new ArrayList<>();
        for (String w : b.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String unquoted(String b) {
        return QUOTED.matcher(b).replaceAll(" ");
    }

    /** Collects what dropped furniture says about the page. */
    private static final class HintCollector {
        private String publisher;
        private LocalDate published;
        private String url;

        void observe(String block, String reason) {
            if (reason == null) {
                return;
            }
            if (publisher == null) {
                Matcher m = PUBLISHER_IN_FURNITURE.matcher(block);
                if (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null && !m.group(g).equalsIgnoreCase("us")) {
                            publisher = m.group(g).strip();
                            break;
                        }
                    }
                }
            }
            if (published == null && "meta".equals(reason)) {
                Optional<LocalDate> d = PageDates.inText(block);
                published = d.orElse(null);
            }
            if (url == null && "address".equals(reason)) {
                Matcher m = URL_LINE.matcher(block);
                if (m.matches()) {
                    url = m.group(1);
                }
            }
        }

        Hints result() {
            return new Hints(publisher, published, url);
        }
    }
}
