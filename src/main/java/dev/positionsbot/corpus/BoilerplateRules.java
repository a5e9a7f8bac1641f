package dev.positionsbot.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Context-free rules that recognise a single line as page furniture rather than article text. Each rule names a
 * kind of boilerplate found on news sites in general (navigation, share icons, captions and credits, promos,
 * disclaimers, comment forms, legal notices); none refers to a particular site or article.
 */
final class BoilerplateRules {

    /** Whole-line UI labels of news pages (navigation, accessibility, display settings, share bars). */
    private static final Set<String> UI_LABELS = Set.of(
            "accessibility links", "skip to content", "skip to main content", "skip to navigation", "breaking news",
            "theme", "light", "dark", "font", "font size", "text size", "language", "languages", "menu", "main menu",
            "search", "home", "share", "share this", "share this article", "share article", "print", "email", "e-mail",
            "close", "open", "more", "next", "previous", "back to top", "sign in", "log in", "login", "register",
            "subscribe", "advertisement", "advertising", "sponsored", "sponsored content", "ad", "recent features",
            "comments", "comment", "listen", "listen to article", "listen to this article", "watch", "gallery",
            "newsletter", "follow us", "copy link", "link copied", "toggle navigation", "tags", "topics",
            "related topics", "sections", "live", "podcast", "podcasts", "opinion", "video", "photo", "photos",
            "tweet", "facebook", "twitter", "telegram", "whatsapp", "linkedin", "reddit", "x", "vk",
            "главная", "меню", "поиск", "поделиться", "реклама", "подписаться", "комментарии", "войти");

    /** Short section markers after which a page lists other stories. */
    private static final Set<String> RELATED_MARKERS = Set.of(
            "video articles", "videos", "recommended", "recommended for you", "related", "related news",
            "related articles", "related stories", "related content", "read more", "read also", "also read", "more from",
            "more stories", "more news", "more on this", "more on this story", "most read", "most popular", "popular",
            "trending", "trending now", "you may also like", "you might also like", "see also", "latest news", "latest",
            "editor's picks", "editors picks", "top stories", "other news", "in other news", "what to read next",
            "читайте также", "читайте также:", "по теме", "ещё по теме", "еще по теме", "другие новости", "новости");

    private static final Set<String> ICON_WORDS = Set.of(
            "icon", "arrow", "chevron", "facebook", "twitter", "linkedin", "mail", "email", "print", "whatsapp",
            "telegram", "reddit", "share", "copy", "link", "close", "menu", "search", "camera", "play", "pinterest");

    private static final List<Rule> RULES = List.of(
            new Rule("comment-form", "(?i)^(leave a (reply|comment)|post comment|comments are closed|"
                    + "notify me of)|akismet|your email address will not be published|required fields are marked|"
                    + "save my name, email|log in to (comment|reply)|you must be logged in to post"),
            new Rule("disclaimer", "(?i)not a recommendation to buy or sell|no securities or affiliations|"
                    + "consult a (financial )?professional|does not constitute (financial|investment|legal) advice|"
                    + "for informational purposes only|the author holds no licen[cs]es|"
                    + "^information for this (briefing|article|report) was|"
                    + "^the (views|opinions) expressed (in this|here|are)"),
            new Rule("legal-notice", "(?iu)(declared|designated|recognized|listed) (as )?an? \\W?undesirable organi[sz]ation|"
                    + "could face fines or imprisonment|(designated|registered|declared) (as )?a \\W?foreign agent|"
                    + "click here|all rights reserved|^copyright\\b|^©|terms of (use|service)|privacy policy|"
                    + "^(this|the) (material|article) (was )?(created|distributed|produced) by a foreign"),
            new Rule("cookie-or-subscription-prompt", "(?i)\\bcookies?\\b.*\\b(use|accept|consent|policy|settings)\\b|"
                    + "already a subscriber|^subscribe (to|now|for)|^sign up (for|to|now)|to continue reading|"
                    + "free trial|^get (our|the) newsletter|unlimited access|^become a member"),
            new Rule("promo", "(?iu)^(for the latest( headlines| news)?,?|for more (news|stories)|follow us|follow our|"
                    + "download (the|our) app|join our|like us on|don't miss|get the latest|"
                    + "подписывайтесь|читайте нас)|follow (us|our [\\p{L} ]{0,30}) on\\b|"
                    + "follow our [\\p{L} ]{0,30}(channel|account|page|app|newsletter)"),
            new Rule("photo-credit", "(?iu)^(picture|photo|image|photograph|illustration|source|credit|credits|"
                    + "photo credit|picture credit|image credit|images|фото|источник фото|иллюстрация)\\s*:.{0,80}$|"
                    + "\\b(picture|photo|image) credit\\s*:|(?<=\\S)\\s*credit:\\s*[\\p{L}0-9 .&/'-]{1,40}$|"
                    + "©\\s*[\\p{L}0-9 .&/'-]{1,40}$|^(file (photo|picture|image)|camera icon|photo icon|image icon)\\b"),
            new Rule("caption", "\\.\\s*\\((?:[\\p{Lu}][\\p{L}.&/'-]*\\s?){1,4}(?:PHOTO|Photo|photo)?\\)$|"
                    + "[.)]\\s*\\p{Lu}{3,}(?:[ /]\\p{Lu}{2,}){0,3}$"));

    private BoilerplateRules() {
    }

    /** The kind of boilerplate this line is, or empty when it may be article text. */
    static Optional<String> classify(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.of("punctuation-only");
        }
        String label = label(s);
        int wc = LineFeatures.wordCount(s);
        if (wc <= 4 && UI_LABELS.contains(label)) {
            return Optional.of("navigation");
        }
        if (isIconRun(s)) {
            return Optional.of("share-icons");
        }
        if (isMediaPlaceholder(s, wc) && !isRelatedMarker(s)) {
            return Optional.of("media-placeholder");
        }
        if (isBreadcrumb(s)) {
            return Optional.of("breadcrumb");
        }
        if (isTicker(s) && !DateParser.isDateOnlyLine(s)) {
            return Optional.of("market-ticker");
        }
        if (isSiteNotice(s, wc)) {
            return Optional.of("site-notice");
        }
        for (Rule rule : RULES) {
            if (rule.pattern.matcher(s).find() && (wc <= 80 || rule.reason.equals("disclaimer"))) {
                if (rule.reason.equals("caption") && (wc > 45 || sentenceCount(s) > 2)) {
                    continue;
                }
                return Optional.of(rule.reason);
            }
        }
        return Optional.empty();
    }

    static boolean isRelatedMarker(String line) {
        String s = line.strip();
        return LineFeatures.wordCount(s) <= 6 && !LineFeatures.endsSentence(s) && RELATED_MARKERS.contains(label(s));
    }

    /** Comment forms, disclaimers and legal notices close an article: what follows them is not article text. */
    static boolean closesArticle(String reason) {
        return reason.equals("comment-form") || reason.equals("disclaimer") || reason.equals("legal-notice");
    }

    private static String label(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("^[•·▪►»>\\-–—*\\s]+", "").replaceAll("[\\s:.!»›>]+$", "")
                .replaceAll("\\s+", " ");
    }

    /** Share bars pasted as text: runs of icon names or words glued together ("FacebookIcon LinkedinIcon"). */
    private static boolean isIconRun(String s) {
        String[] tokens = s.split("\\s+");
        int glued = 0;
        int iconish = 0;
        for (String t : tokens) {
            if (t.matches(".*\\p{Ll}[\\p{Lu}].*") || t.matches(".*\\p{L}\\.\\p{Lu}\\p{Ll}.*")) {
                glued++;
            }
            String lower = t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
            if (ICON_WORDS.contains(lower) || lower.endsWith("icon") || lower.startsWith("icon")) {
                iconish++;
            }
        }
        return (glued >= 3 && glued * 10 >= tokens.length * 3) || (iconish >= 3 && iconish * 2 >= tokens.length)
                || s.matches("(?i).*\\bicon\\b.*\\bicon\\b.*") && tokens.length <= 12;
    }

    private static boolean isMediaPlaceholder(String s, int wc) {
        return wc <= 3 && (s.matches("(?i).*\\b\\d+x\\d+\\b.*") || s.matches("(?i).*\\b(image|photo|video|icon|"
                + "gallery|slideshow|infographic)s?\\b.*") && !LineFeatures.endsSentence(s));
    }

    private static boolean isBreadcrumb(String s) {
        String[] parts = s.split("\\s+[|›>»/]\\s+");
        if (parts.length < 3) {
            return false;
        }
        for (String p : parts) {
            if (LineFeatures.wordCount(p) > 4 || LineFeatures.endsSentence(p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTicker(String s) {
        String[] tokens = s.split("\\s+");
        if (tokens.length < 3 || tokens.length > 30 || LineFeatures.endsSentence(s)) {
            return false;
        }
        int numeric = 0;
        for (String t : tokens) {
            if (t.matches("[-+▲▼↑↓$€£%]*[\\d.,]+%?[▲▼↑↓]?") || t.matches("[▲▼↑↓+\\-%]+")) {
                numeric++;
            }
        }
        return numeric * 2 >= tokens.length;
    }

    /**
     * The site talking to its reader about the site itself ("you could face fines for sharing our content"):
     * second person plus first-person plural plus site vocabulary, outside quotation marks.
     */
    private static boolean isSiteNotice(String s, int wc) {
        if (wc > 80 || s.matches(".*[\"“”«»].*")) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.matches(".*\\b(you|your)\\b.*") && lower.matches(".*\\b(our|us|we)\\b.*")
                && lower.matches(".*\\b(our (content|site|website|newsletter|app|journalism|reporting)|contacting us|"
                + "subscri\\w*|e-?mail|your account|your browser|your inbox|notifications?)\\b.*");
    }

    private static int sentenceCount(String s) {
        return new SentenceSplitter().split(s).size();
    }

    private record Rule(String reason, Pattern pattern) {
        Rule(String reason, String regex) {
            this(reason, Pattern.compile(regex));
        }
    }
}
