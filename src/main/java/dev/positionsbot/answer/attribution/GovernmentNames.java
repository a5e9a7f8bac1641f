package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.Lexicon;
import dev.positionsbot.corpus.CyrillicTransliteration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The governments a text names: the states, leaders and capitals of {@code lexicon/names.tsv} (a leader stands for
 * his state; "Kazakh" for Kazakhstan), the other governments of {@code lexicon/governments.tsv}, and the towns
 * and regions of {@code lexicon/places.tsv} when no state is named.
 */
final class GovernmentNames {

    /** Lexicon entries that are regions or places rather than a government that could speak. */
    private static final Set<String> NOT_GOVERNMENTS = Set.of("Central Asia", "Crimea", "Donetsk", "Luhansk",
            "Zaporizhzhia", "Kherson", "Abkhazia", "South Ossetia", "Almaty", "Xi'an", "Taliban");

    private static final Places PLACES = Places.bundled();

    private final Lexicon lexicon;
    private final OtherGovernments others = OtherGovernments.bundled();

    GovernmentNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the phrase is, as a whole, one government's or organisation's name ("International Monetary Fund"). */
    boolean wholeName(String phrase) {
        List<Lexicon.Name> names = statesIn(phrase);
        return names.size() == 1 && names.get(0).latin().stream().anyMatch(v -> v.equalsIgnoreCase(phrase.strip()));
    }

    /** Names of governments in a phrase, in order; a name after "to" ("ambassador to Kazakhstan") is not the speaker's. */
    List<Lexicon.Name> statesIn(String phrase) {
        return statesIn(phrase, true);
    }

    /**
     * Whether the region's states that a phrase names are named only by offices and bodies of {@code
     * lexicon/governments.tsv} ("the hakim of", "khokimiyat"), not by a state's name, adjective, leader or capital.
     */
    boolean namedOnlyByOffices(String phrase) {
        return !statesIn(phrase).isEmpty() && statesIn(phrase, false).isEmpty();
    }

    private List<Lexicon.Name> statesIn(String phrase, boolean withOffices) {
        List<Lexicon.Name> out = new ArrayList<>();
        String[] words = routeEndsSplit(WORD_BREAK.split(phrase));
        for (int i = 0; i < words.length; i++) {
            // up to seven words: "Collective Security Treaty Organization", "Organization for Security and
            // Co-operation in Europe" (the lexicon's longest names)
            for (int len = 7; len >= 1; len--) {
                if (i + len > words.length) {
                    continue;
                }
                String candidate = POSSESSIVE_END.matcher(String.join(" ", List.of(words).subList(i, i + len)))
                        .replaceFirst("");
                String undotted = DOT_END.matcher(candidate).replaceFirst("");
                boolean single = len == 1;
                // a lexicon entry that is no government ("Taliban" as a name) may still be one in governments.tsv
                Optional<Lexicon.Name> name = lexicon.latin(candidate).or(() -> lexicon.latin(undotted))
                        .filter(n -> !NOT_GOVERNMENTS.contains(n.canonical()))
                        .or(() -> withOffices ? others.named(candidate) : Optional.empty())
                        .or(() -> withOffices ? others.named(undotted) : Optional.empty())
                        .or(() -> single && CyrillicTransliteration.hasCyrillicScript(candidate)
                                ? lexicon.cyrillic(candidate) : Optional.empty())
                        .or(() -> single ? compound(candidate) : Optional.empty());
                if (name.isPresent() && !NOT_GOVERNMENTS.contains(name.get().canonical())
                        && !(i > 0 && words[i - 1].equalsIgnoreCase("to"))
                        && !(single && i > 0 && otherGivenName(words[i - 1], words[i], name.get()))) {
                    out.add(name.get());
                    i += len - 1;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A route or a pair named by its two ends ("the Bishkek-Osh road") names both: a hyphenated word split where
     * each capitalised part is a name or a place of the lexicons (not "Kassym-Jomart", one name).
     */
    private String[] routeEndsSplit(String[] words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String[] parts = w.indexOf('-') < 0 ? new String[]{w} : ROUTE_HYPHEN.split(w);
            boolean ends = parts.length > 1 && lexicon.latin(w).isEmpty() && java.util.Arrays.stream(parts)
                    .allMatch(p -> lexicon.latin(p).isPresent() || !PLACES.statesIn(p).isEmpty());
            out.addAll(ends ? List.of(parts) : List.of(w));
        }
        return out.toArray(String[]::new);
    }

    // compiled once: a phrase is read for states many times per attributed sentence
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s,;:()\u201C\u201D\"]+");
    private static final Pattern POSSESSIVE_END = Pattern.compile("(\u2019s|'s)$");
    private static final Pattern DOT_END = Pattern.compile("[.]$");
    private static final Pattern ROUTE_HYPHEN = Pattern.compile("(?<=\\p{Ll})-(?=\\p{Lu})");

    /** A capitalised Latin word that could be a given name: "Olimjon". */
    private static final Pattern GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?");

    /**
     * "Olimjon Karimov": a leader's surname after a given name that is none of his (the lexicon lists a leader's
     * given names with his surname, "Islam Karimov", "Kassym-Jomart") is someone else of that name, common as
     * the region's surnames are; a title ("President Karimov"), a state or a place before it changes nothing.
     */
    private boolean otherGivenName(String before, String surname, Lexicon.Name name) {
        return name.person() && GIVEN_NAME.matcher(before).matches() && lexicon.latin(before + " " + surname).isEmpty()
                && lexicon.latin(before).isEmpty() && others.named(before).isEmpty()
                && PLACES.statesIn(before).isEmpty() && SpeakerRoles.bundled().roleOf(before).isEmpty()
                && !TITLE_WORDS.contains(before.toLowerCase(java.util.Locale.ROOT));
    }

    /** Capitalised words before a name that are no given name. */
    private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("mr", "mrs", "ms", "dr", "late", "former",
            "the", "then", "said", "says", "told", "when", "after", "before", "as", "but", "and", "if", "while", "under",
            "by", "with", "for", "from", "of", "in", "on", "at", "to", "that", "since", "until", "both", "neither");

    /**
     * The region's state bodies and companies are often named by one word built on the state's adjective ("Kazakhtelecom",
     * "Turkmennebit", "Uzbekenergo"): such a word names that state, as its adjective does ("the Turkmennebit chairman").
     * Whether its people speak for the state is left to the role words, as for "Kazakh". Written in camel case, the
     * state's short stem serves as well ("KazTransGas", "UzAutoSanoat"); only there, since a short stem followed by
     * lower case is an ordinary word ("Kazan", "Uzun").
     */
    private static final Pattern COMPOUND = Pattern.compile(
            "(Kazakh|Qazaq|Uzbek|Kyrgyz|Tajik|Turkmen)\\p{Ll}{2,}"
                    + "|(Kazakh|Qazaq|Kaz|Qaz|Uzbek|Uz|Kyrgyz|Tajik|Turkmen)\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}*)*");

    /**
     * The same in Cyrillic, where such names are written as one lower-case word after the stem ("Казгидромет",
     * "Узбекнефтегаз"); the short stem "Каз" only before a consonant, since "Казань" is a Russian city.
     */
    static final Pattern CYRILLIC_COMPOUND = Pattern.compile("(?u)(Каз(?=[бвгджзклмнпрстфхцчшщ])|Узбек|Кыргыз|Тадж"
            + "|Туркмен)\\p{IsCyrillic}{4,}");

    private Optional<Lexicon.Name> compound(String word) {
        Matcher cyrillic = CYRILLIC_COMPOUND.matcher(word);
        if (cyrillic.matches()) {
            return lexicon.latin(switch (cyrillic.group(1)) {
                case "Каз" -> "Kazakh";
                case "Узбек" -> "Uzbek";
                case "Кыргыз" -> "Kyrgyz";
                case "Тадж" -> "Tajik";
                default -> "Turkmen";
            });
        }
        Matcher m = COMPOUND.matcher(word);
        if (!m.matches()) {
            return Optional.empty();
        }
        String stem = m.group(1) != null ? m.group(1) : m.group(2);
        return lexicon.latin(switch (stem) {
            case "Qazaq", "Kaz", "Qaz" -> "Kazakh";
            case "Uz" -> "Uzbek";
            default -> stem;
        });
    }

    /** The government a name stands for: a leader's or a capital's state, a state itself. */
    String governmentOf(Lexicon.Name name) {
        return name.of().isEmpty() ? name.canonical() : name.of();
    }

    /** The governments a text names, each once, in order ("Tokayev" and "Kazakh" are Kazakhstan). */
    List<String> governmentsIn(String text) {
        return statesIn(text).stream().map(this::governmentOf).distinct().toList();
    }

    /** The one Central Asian state a sentence names outside quotes, else in the speaker's words; else "". */
    String onlyStateNamed(String sentence) {
        for (String text : List.of(QuotedSpans.mask(sentence), sentence)) {
            List<String> named = governmentsIn(text).stream().filter(SpeakerFinder.STATES::contains).toList();
            if (named.size() == 1) {
                return named.get(0);
            }
            if (named.isEmpty()) {
                List<String> placed = PLACES.statesIn(text);
                if (placed.size() == 1) {
                    return placed.get(0);  // "port officials in Aktau said"
                }
            }
        }
        return "";
    }

    /**
     * The other party of an action: a name right after a verb done to someone or a preposition of direction or company
     * ("asked Kazakhstan for …", "talks with Tashkent", "visiting Bishkek", "a protest against Moscow"). Not "from" or
     * "of", which as often say where someone belongs ("officials from Kazakhstan").
     */
    private static final Pattern COUNTERPART = Pattern.compile("\\b(?i:with|against|towards?|asked|urged|visiting"
            + "|visited|accused|invited|thanked|criticised|criticized"
            // goods bought from someone: "importing electricity from X and Y"
            + "|(?:import|imports|imported|importing|buys|bought|buying|purchases|purchased)"
            + "(?:\\s+\\p{Ll}+){0,3}\\s+from)\\s+(?i:the\\s+)?"
            + "((?:\\p{Lu}[\\p{L}'\u2019.-]*\\s?)+(?:(?:and|or)\\s+(?:\\p{Lu}[\\p{L}'\u2019.-]*\\s?)+)?)");

    /** A border named by the neighbour's adjective or name: "near the Tajik border", "the Kazakhstan frontier". */
    private static final Pattern BORDER_OF = Pattern.compile("\\b(\\p{Lu}[\\p{L}'\u2019-]*)\\s+(?:border|frontier)s?\\b");

    /**
     * The text with the names of other parties ({@link #COUNTERPART}) and of the neighbours whose border it names
     * ({@link #BORDER_OF}) blanked, for telling whose official speaks.
     */
    String withoutCounterparts(String text) {
        StringBuilder out = new StringBuilder(text);
        for (Pattern p : List.of(COUNTERPART, BORDER_OF)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                for (int i = m.start(1); i < m.end(1); i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    /** A leader of a state (a person of names.tsv) that a single word names. */
    Optional<Lexicon.Name> leader(String word) {
        return lexicon.latin(word).filter(n -> !n.of().isEmpty() && !NOT_GOVERNMENTS.contains(n.canonical()));
    }
}
