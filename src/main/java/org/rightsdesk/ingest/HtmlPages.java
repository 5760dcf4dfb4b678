package org.rightsdesk.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a saved HTML page with jsoup (which repairs malformed markup the way browsers do): the
 * page's own metadata (headline, outlet, address, publication date, declared language) and the
 * text blocks of its article part, after removing elements that are furniture by their nature
 * (scripts, navigation, forms, asides) or by their name (class or id such as "share", "newsletter",
 * "related", "cookie"). The blocks then go through {@link Furniture} like lines of a text file.
 */
final class HtmlPages {

    /** What the page says about itself, and the blocks of its article part. */
    record Page(List<String> blocks, String title, String publisher, String url, java.time.LocalDate published,
                String declaredLanguage, int syntaxErrors) {
    }

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "canvas", "iframe",
            "form", "button", "input", "select", "textarea", "nav", "aside", "footer", "dialog", "object", "embed", "video",
            "audio", "picture", "img", "map", "menu", "label");

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "figure", "figcaption", "dd", "dt", "dl", "table", "tr", "td", "th",
            "caption", "hr", "address", "summary", "details", "body", "center");

    /** Class or id words that mark furniture (compared as whole words of the attribute). */
    private static final Set<String> FURNITURE_NAMES = Set.of("share", "sharing", "social", "socials", "newsletter", "subscribe",
            "subscription", "donate", "donation", "donations", "paywall", "promo", "advert", "advertisement", "ads", "ad", "adv",
            "banner", "cookie", "cookies", "consent", "gdpr", "related", "readmore", "recommended", "recommendations", "teaser",
            "teasers", "popular", "trending", "breadcrumb", "breadcrumbs", "tags", "comments", "byline", "credit", "credits",
            "copyright", "toolbar", "sidebar", "widget", "menu", "nav", "navigation", "footer", "modal", "popup", "outbrain",
            "taboola", "sponsored", "partners", "support", "counter", "views", "rubric", "author", "authors", "meta");
    private static final Pattern FURNITURE_PHRASES = Pattern.compile("read-?more|read_more|see-?also|also-?read|more-?news|more-?stories"
            + "|top-?news|news-?feed|media-?credit|photo-?credit|social-?links|share-?bar|related-?(?:news|posts|articles)"
            + "|support-?us|donat|subscribe", Pattern.CASE_INSENSITIVE);
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "dialog",
            "alert", "search", "menu", "menubar", "toolbar");
    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(\\S+)");
    private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern LD_PUBLISHER = Pattern.compile("\"publisher\"\\s*:\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|—–:·•-]\\s+");

    private HtmlPages() {
    }

    /** True when a text file is really an HTML page (saved with the wrong extension). */
    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<!-- saved from")
                || (head.startsWith("<") && head.contains("<body"));
    }

    static Page read(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(1000);
        Document doc = Jsoup.parse(html, "", parser);
        int errors = parser.getErrors().size();

        String url = url(doc);
        String siteName = first(meta(doc, "og:site_name"), ldPublisher(doc), meta(doc, "application-name"), meta(doc, "publisher"));
        String title = title(doc, siteName);
        String publisher = siteName != null ? siteName : host(url);
        java.time.LocalDate published = published(doc, url);
        String lang = declaredLanguage(doc);

        Element root = contentRoot(doc);
        removeFurnitureElements(root);
        List<String> blocks = blocks(root);
        return new Page(blocks, title, publisher, url, published, lang, errors);
    }

    // ---- metadata -------------------------------------------------------------------------------

    private static String url(Document doc) {
        String canonical = attr(doc.selectFirst("link[rel=canonical]"), "href");
        if (isHttp(canonical)) {
            return canonical;
        }
        String og = meta(doc, "og:url");
        if (isHttp(og)) {
            return og;
        }
        for (Node n : doc.childNodes()) {
            if (n instanceof Comment c) {
                Matcher m = SAVED_FROM.matcher(c.getData());
                if (m.find() && isHttp(m.group(1))) {
                    return m.group(1);
                }
            }
        }
        String base = attr(doc.selectFirst("base[href]"), "href");
        return isHttp(base) ? base : null;
    }

    private static String title(Document doc, String siteName) {
        Element h1 = Optional.ofNullable(doc.selectFirst("article h1, main h1, [itemprop=headline]")).orElse(doc.selectFirst("h1"));
        String heading = h1 == null ? null : Furniture.normalise(h1.text());
        if (heading != null && !heading.isEmpty()) {
            return heading;
        }
        String og = first(meta(doc, "og:title"), meta(doc, "twitter:title"));
        if (og != null) {
            return Furniture.normalise(og);
        }
        String t = Furniture.normalise(doc.title());
        if (t.isEmpty()) {
            return null;
        }
        // "Headline | Outlet" or "Outlet — Headline": keep the longest part that is not the outlet.
        String[] parts = TITLE_SEPARATORS.split(t);
        if (parts.length > 1) {
            return java.util.Arrays.stream(parts).filter(p -> siteName == null || !p.equalsIgnoreCase(siteName))
                    .max(Comparator.comparingInt(String::length)).orElse(t);
        }
        return t;
    }

    private static java.time.LocalDate published(Document doc, String url) {
        for (String name : List.of("article:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
                "publication_date", "date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
                "og:published_time", "article:published")) {
            Optional<java.time.LocalDate> d = PageDates.fromMetadata(meta(doc, name));
            if (d.isPresent()) {
                return d.get();
            }
        }
        for (Element e : doc.select("[itemprop=datePublished], time[datetime]")) {
            Optional<java.time.LocalDate> d = PageDates.fromMetadata(first(e.attr("content"), e.attr("datetime"), e.text()));
            if (d.isPresent()) {
                return d.get();
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = LD_DATE.matcher(script.data());
            if (m.find()) {
                Optional<java.time.LocalDate> d = PageDates.fromMetadata(m.group(1));
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        return PageDates.inUrl(url).orElse(null);
    }

    private static String ldPublisher(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = LD_PUBLISHER.matcher(script.data());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String declaredLanguage(Document doc) {
        String lang = first(attr(doc.selectFirst("html[lang]"), "lang"),
                attr(doc.selectFirst("meta[http-equiv=content-language]"), "content"), meta(doc, "og:locale"));
        if (lang == null) {
            return null;
        }
        String code = lang.strip().toLowerCase(Locale.ROOT);
        code = code.split("[-_,;\\s]")[0];
        return code.matches("[a-z]{2,3}") ? code : null;
    }

    // ---- article part ---------------------------------------------------------------------------

    /** The element that holds the story: marked article body, the richest {@code <article>}, main, or body. */
    private static Element contentRoot(Document doc) {
        Element body = doc.body();
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null && paragraphText(marked) > 0) {
            // The article element around a marked body also holds its headline photo and caption.
            Element article = marked.closest("article");
            return article != null ? article : widenToCaptions(marked);
        }
        Elements articles = body.select("article");
        Element best = articles.stream().max(Comparator.comparingInt(HtmlPages::paragraphText)).orElse(null);
        if (best != null && paragraphText(best) >= 200) {
            return best;
        }
        Element main = body.selectFirst("main, [role=main]");
        if (main != null && paragraphText(main) >= 200) {
            return main;
        }
        return body;
    }

    /** An article body marked up apart from its lead photo: take the enclosing element if it is small. */
    private static Element widenToCaptions(Element marked) {
        Element parent = marked.parent();
        if (parent != null && !parent.is("body") && parent.text().length() < marked.text().length() * 1.3) {
            return parent;
        }
        return marked;
    }

    private static int paragraphText(Element e) {
        int sum = 0;
        for (Element p : e.select("p")) {
            sum += p.text().length();
        }
        return sum;
    }

    private static void removeFurnitureElements(Element root) {
        int total = Math.max(1, root.text().length());
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root) {
                continue;
            }
            if (NEVER_TEXT.contains(e.normalName()) || isHidden(e) || FURNITURE_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))
                    || (e.is("header") && e.selectFirst("nav") != null)) {
                doomed.add(e);
            } else if (namedAsFurniture(e) && e.text().length() * 10 < total * 4) {
                // The guard keeps a wrapper that carries the story itself, whatever its class says.
                doomed.add(e);
            }
        }
        doomed.forEach(Node::remove);
    }

    private static boolean isHidden(Element e) {
        return e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))
                || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none");
    }

    private static boolean namedAsFurniture(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        if (FURNITURE_PHRASES.matcher(names).find()) {
            return true;
        }
        for (String word : names.split("[^a-z0-9]+")) {
            if (FURNITURE_NAMES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Text of the root split at block elements and line breaks, in page order. */
    private static List<String> blocks(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.getWholeText());
                } else if (node instanceof DataNode) {
                    return;
                } else if (node instanceof Element e && (BLOCKS.contains(e.normalName()) || e.is("br"))) {
                    flush(out, current);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(out, current);
                } else if (node instanceof Element e && !BLOCKS.contains(e.normalName()) && !e.is("br")) {
                    current.append(inlineGap(e));
                }
            }
        });
        flush(out, current);
        return out;
    }

    /** Inline elements that browsers show apart (table cells aside) get a space after them. */
    private static String inlineGap(Element e) {
        return e.is("span, a, b, i, em, strong, time, small, sup, sub, mark, abbr, cite, q, u, s, font") ? "" : " ";
    }

    private static void flush(List<String> out, StringBuilder current) {
        String block = Furniture.normalise(current.toString());
        if (!block.isEmpty()) {
            out.add(block);
        }
        current.setLength(0);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        if (e == null) {
            // Names such as "DC.date" differ in case from page to page.
            for (Element m : doc.select("meta[name], meta[property]")) {
                if (name.equalsIgnoreCase(m.attr("name")) || name.equalsIgnoreCase(m.attr("property"))) {
                    e = m;
                    break;
                }
            }
        }
        String v = e == null ? null : e.attr("content").strip();
        return v == null || v.isEmpty() ? null : v;
    }

    private static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String v = e.attr(name).strip();
        return v.isEmpty() ? null : v;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static boolean isHttp(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://"));
    }

    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
