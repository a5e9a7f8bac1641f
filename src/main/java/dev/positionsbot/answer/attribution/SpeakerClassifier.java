package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.Lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind and state of a phrase that a sentence credits: the role words of {@code lexicon/speaker-roles.tsv} give
 * the kind, the governments the phrase names give the state, and a surname introduced earlier in the article with its
 * role ("Aibek Smadiyarov, a Foreign Ministry official") keeps that role when it speaks again.
 */
final class SpeakerClassifier {

    /** "Astana and Tashkent", "X & Y": a phrase that names more than one speaker. */
    static final Pattern JOINT = Pattern.compile("\\b(?:and|&)\\b");
    private static final Pattern CLOSE_TO = Pattern.compile("(?i)\\b(?:close to|familiar with)\\b");
    /** "Moscow's allies", "Russia's neighbours": someone a state has, not the state. */
    private static final Pattern POSSESSED = Pattern.compile("\\p{Lu}\\p{L}*(\u2019s|'s)\\s+\\p{Ll}");
    /** A government's own document or words: "Moscow's statement", "the Kremlin's written reply". */
    private static final Pattern OWN_WORDS = Pattern.compile("^(?i:the\\s+)?(?:\\p{Lu}\\p{L}*\\s+){0,2}\\p{Lu}\\p{L}*"
            + "(?:\u2019s|'s)\\s+(?:\\p{Ll}+\\s+)?(?:statement|communiqu[eé]|readout|reply|response|message|note"
            + "|letter|declaration|press release)$");
    /** The outlet speaking of itself outside quotes. */
    private static final Pattern FIRST_PERSON_PLURAL = Pattern.compile("(?i)we|our|us");
    /** A document named by its source: "a statement from the World Bank", "a letter signed by the minister". */
    private static final Pattern RECORD_FROM = Pattern.compile("(?i)^(?:an?|the)\\s+(?:\\p{L}+\\s+)?(?:statement"
            + "|communiqu[eé]|readout|letter|note|message|reply|response|declaration|press release|report|study"
            + "|survey|analysis|assessment|forecast)\\s+(?:from|by|of"
            + "|issued by|signed by)\\s+(.{2,120})$");
    /**
     * Numbers as the subject of a verb of telling: "the figures", "the data"; and pictures, which show what the outlet
     * reads in them ("the footage shows …"), unlike a record of someone's words named by its source.
     */
    private static final Pattern FIGURES = Pattern.compile("(?i)(?:the\\s+|this\\s+)?(?:numbers|figures|data|statistics"
            + "|video|videos|footage|photos?|photographs?|images?|pictures?|satellite images?)");
    /** The outlet itself: "our correspondent", "this newspaper". */
    private static final Pattern OWN_OUTLET = Pattern.compile("(?i)^(?:our|this)\\s+(?:own\\s+)?(?:correspondents?"
            + "|reporters?|journalists?|newspaper|paper|website|channel|outlet|magazine|programme|program)\\b");
    /**
     * An official of some government outside the region that the phrase does not name: "a Western diplomat",
     * "Asian diplomats" (a continent, not a government), "foreign envoys" ("foreign minister" is an office, not
     * this).
     */
    private static final Pattern FOREIGN = Pattern.compile("(?i)\\b(?:(?:western|european|asian|arab|gulf|nordic"
            + "|baltic)\\s+(?:\\p{L}+\\s+)?|foreign\\s+)"
            + "(?:diplomats?|envoys?|officials?|governments?|ambassadors?|delegations?)\\b");
    private static final Pattern SAYS_NEXT = Pattern.compile("^\\s+(?:\\p{Ll}+ly\\s+)?(?:said|says|stated|states|read"
            + "|reads|noted|notes|added|stressed|warned|called|urged|insisted|declared|accused|described)\\b");

    private final GovernmentNames governments;
    private final SpeakerRoles roles = SpeakerRoles.bundled();
    private final StatesAround around;
    private final PresentDescription present;
    private final ShownName shown;
    private final PrivateParties privateParties;
    private final PointedOwner owners;
    private final EarlierMention earlier;
    private final OrganisationOffices organisations;
    private static final Capitals CAPITALS = Capitals.bundled();

    /** The state whose press the article is (see {@link SpeakerFinder#inOutlet}), or "". */
    private final String home;

    SpeakerClassifier(GovernmentNames governments, String home) {
        this.governments = governments;
        this.home = home;
        this.around = new StatesAround(governments, roles);
        this.present = new PresentDescription(governments);
        this.shown = new ShownName(governments);
        this.privateParties = new PrivateParties(governments);
        this.owners = new PointedOwner(governments);
        this.earlier = new EarlierMention(governments, home);
        this.organisations = new OrganisationOffices(governments);
    }

    /** The kind and state of a credited phrase; a name known from earlier in the article takes its role from there. */
    Speaker classify(String written, String sentence, List<String> before) {
        if (FIGURES.matcher(written).matches() || FIRST_PERSON_PLURAL.matcher(written).matches()) {
            // "The figures show …": the outlet reading its numbers; "Our read: …", "We understand …" outside quotes:
            // the outlet in its own voice
            return Speaker.MEDIA;
        }
        Matcher record = RECORD_FROM.matcher(written);
        if (record.matches()) {
            // "a statement from the World Bank said": the bank speaks, through the document the sentence names
            Speaker source = classify(record.group(1), sentence, before);
            return source.name().isEmpty() ? source : new Speaker(shown.withoutRelativeClause(written), source.kind(),
                    source.state());
        }
        String name = shown.of(written);
        // "X, who lives abroad without any party post or office": what someone lacks does not describe him
        String phrase = present.of(written);
        Matcher close = CLOSE_TO.matcher(phrase);
        if (close.find()) {
            String head = phrase.substring(0, close.start()).strip();
            if (roles.roleOf(head).filter(r -> r == SpeakerRoles.Role.OFFICIAL).isEmpty()) {
                return new Speaker(name, SpeakerKind.UNKNOWN, "");  // "a person close to the president"
            }
            phrase = head;  // "an official familiar with the talks": an official, whatever the talks name
        }
        if (privateParties.speaksFor(phrase)) {
            // "a spokeswoman for the family", "the chairman of the millers' association": no state's word
            return new Speaker(name, SpeakerKind.UNKNOWN, "");
        }
        Optional<SpeakerRoles.Role> role = roles.roleOf(phrase);
        if (CAPITALS.namesBodyAfterCapital(phrase, governments) && role.filter(r -> r == SpeakerRoles.Role.ANALYST
                || r == SpeakerRoles.Role.ANALYST_PLACE || r == SpeakerRoles.Role.MEDIA).isEmpty()) {
            // "the Helsinki Committee for …": a body named after the city it was founded in, neither that city's
            // government nor, for its "committee", anyone's; a research centre or a paper so named keeps its kind
            return new Speaker(name, SpeakerKind.UNKNOWN, "");
        }
        phrase = owners.withCountryNamed(phrase, sentence, before);
        List<Lexicon.Name> names = governments.statesIn(phrase);
        String state = names.isEmpty() ? "" : governments.governmentOf(names.get(0));
        if (SpeakerFinder.STATES.contains(state) && governments.namedOnlyByOffices(phrase)) {
            // "the hakim of a district of X": a title more than one of the states use yields to the town it names
            List<String> placed = Places.bundled().statesIn(phrase);
            if (placed.size() == 1 && SpeakerFinder.STATES.contains(placed.get(0))) {
                state = placed.get(0);
            }
        }
        if (role.filter(r -> r == SpeakerRoles.Role.MEDIA).isPresent() && OWN_OUTLET.matcher(phrase).find()) {
            return Speaker.MEDIA;  // "our correspondent reports": the outlet's own reporting
        }
        if (role.filter(r -> r == SpeakerRoles.Role.OFFICIAL).isPresent() && FOREIGN.matcher(phrase).find()) {
            // "a Western diplomat in Astana": some other government's official, whichever the place he serves in
            String foreign = names.stream().map(governments::governmentOf)
                    .filter(g -> !SpeakerFinder.STATES.contains(g)).findFirst().orElse("");
            return new Speaker(name, SpeakerKind.FOREIGN_OFFICIAL, foreign);
        }
        if (JOINT.matcher(phrase).find() && names.stream().map(governments::governmentOf).distinct().count() > 1
                && (role.isEmpty() || role.get() == SpeakerRoles.Role.OFFICIAL)) {
            return new Speaker(name, SpeakerKind.OFFICIAL, "");  // "Astana and Tashkent said": no one state's word
        }
        if (names.isEmpty() && role.filter(r -> r == SpeakerRoles.Role.OFFICIAL || r == SpeakerRoles.Role.TITLE)
                .isPresent()) {
            // "its chair", "a spokesman for their defence ministry", "the mission's spokesperson": the body is the
            // government named just before
            Optional<String> owner = owners.owner(phrase, sentence, before);
            Optional<SpeakerRoles.Role> pointed = owners.pointedBody(phrase, before);
            if (pointed.isPresent()) {
                // "The X Sports Federation said … Its president, Y, called …": the head of a public association
                // or an institute pointed back to speaks as that body does, not for the state it names
                return new Speaker(name, pointed.get() == SpeakerRoles.Role.ANALYST_PLACE
                        || pointed.get() == SpeakerRoles.Role.ANALYST ? SpeakerKind.ANALYST : SpeakerKind.UNKNOWN, "");
            }
            if (owner.isPresent()) {
                return official(name, owner.get());
            }
        }
        if (names.isEmpty() && role.filter(r -> r == SpeakerRoles.Role.TITLE).isPresent()) {
            Optional<Speaker> body = TitledBody.of(phrase, before, this);
            if (body.isPresent()) {
                // "Uzbek X Holding, the state producer, said … Chief executive Y told investors …": a bare title
                // heads the body the text just named as its subject
                return new Speaker(name, body.get().kind(), body.get().state());
            }
        }
        if (role.filter(r -> r == SpeakerRoles.Role.ANALYST_PLACE).isPresent()) {
            Optional<String> organisation = organisations.bodyNamedIn(phrase);
            if (organisation.isPresent()) {
                // "the head of the UN Regional Centre for …": a centre an international organisation names as its own
                // is one of its offices, not a research centre
                return official(name, organisation.get());
            }
        }
        if (names.isEmpty() && role.filter(r -> r == SpeakerRoles.Role.TITLE).isPresent()
                && LOCAL_HEAD.matcher(phrase).find()) {
            // "the regional health chief", "the city's transport director": the head of a department of a local
            // government, an office of the state the text is about
            return official(name, contextState(phrase, sentence, before));
        }
        if (role.isPresent()) {
            return switch (role.get()) {
                case ANALYST, ANALYST_PLACE -> new Speaker(name, SpeakerKind.ANALYST, "");
                case MEDIA -> new Speaker(name, SpeakerKind.MEDIA, "");
                // "Kyrgyz rights groups" are not Kyrgyzstan; nor is an armed group on its border
                case CIVIL, NON_STATE -> new Speaker(name, SpeakerKind.UNKNOWN, "");
                // "a Kremlin source", "the World Bank's director": the body named decides; with none, no one's official
                case ANONYMOUS, TITLE -> names.isEmpty() ? new Speaker(name, SpeakerKind.UNKNOWN, "")
                        : official(name, state);
                case OFFICIAL -> official(name, state.isEmpty() ? contextState(phrase, sentence, before) : state);
            };
        }
        if (!names.isEmpty() && !POSSESSED.matcher(phrase).find() && onlyNames(phrase)) {
            return official(name, state);  // "Kazakhstan said", "Tokayev told", "the Kremlin said"
        }
        if (!names.isEmpty() && !POSSESSED.matcher(phrase).find()) {
            return new Speaker(name, SpeakerKind.UNKNOWN, "");  // "Kazakh exporters", "bankers in Bishkek"
        }
        if (!names.isEmpty() && OWN_WORDS.matcher(phrase).find() && saysItself(phrase, sentence)) {
            return official(name, state);  // "Moscow's statement said": a government's own words speak for it
        }
        if (!names.isEmpty()) {
            return Speaker.MEDIA;  // "Moscow's allies declined …", "Astana's decision angered …": the outlet's account
        }
        return earlier.of(phrase, before).map(s -> withSentenceState(s, sentence))
                .orElse(new Speaker(name, SpeakerKind.UNKNOWN, ""));
    }

    /** A title heading a department of a local government: "regional tourism chief", "the city's water director". */
    private static final Pattern LOCAL_HEAD = Pattern.compile("(?i)\\b(?:regional|provincial|district|municipal"
            + "|city(?:\u2019s|'s)?|region(?:\u2019s|'s)|province(?:\u2019s|'s))\\s+(?:\\p{Ll}+\\s+){0,2}(?:chief|head"
            + "|director)\\b");

    /** "Moscow's statement said …" (the document is the verb's subject), unlike "Moscow's reply, announced …, surprised". */
    private static boolean saysItself(String phrase, String sentence) {
        int at = sentence.indexOf(phrase);
        return at >= 0 && SAYS_NEXT.matcher(sentence.substring(at + phrase.length())).find();
    }

    /**
     * Whether a phrase is a government's name and nothing more ("Kazakhstan", "the Kremlin", "Astana and Tashkent"):
     * a state's adjective on other people ("Kazakh exporters") does not make them its government. An apposition
     * after a comma is not counted.
     */
    private boolean onlyNames(String phrase) {
        String head = phrase.split(",")[0];
        if (governments.statesIn(head).isEmpty()) {
            return false;  // "Bakyt X, who imports Chinese goods": the name is a person's, the state only his goods'
        }
        if (governments.wholeName(head.strip().replaceFirst("^(?:The|the)\\s+", ""))) {
            return true;  // "The European Bank for Reconstruction and Development": one name of many words
        }
        String[] words = head.split("[\\s\u00A0]+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i].replaceAll("(\u2019s|'s|[.;:])$", "");
            if (w.isEmpty() || !w.matches("(?s).*\\p{L}.*") || Set.of("the", "a", "an", "and", "both", "also",
                    "officially", "publicly").contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean named = false;
            // a name of several words is capitalised: "shopkeeper in Ashgabat" is no name, though it holds one
            int longest = Character.isUpperCase(w.charAt(0)) ? Math.min(3, words.length - i) : 1;
            for (int len = longest; len >= 1 && !named; len--) {
                String candidate = String.join(" ", List.of(words).subList(i, i + len)).replaceAll("(\u2019s|'s)$", "");
                if (!governments.statesIn(candidate).isEmpty()) {
                    named = true;
                    i += len - 1;
                }
            }
            // a first name or title in capitals goes with the name ("Kassym-Jomart Tokayev", "Mr. Putin")
            if (!named && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    static Speaker official(String name, String state) {
        return new Speaker(name, SpeakerFinder.STATES.contains(state) || state.isEmpty() ? SpeakerKind.OFFICIAL
                : SpeakerKind.FOREIGN_OFFICIAL, state);
    }

    /** For an official whose phrase names no state: the one Central Asian state the sentence (or paragraph) names. */
    private String contextState(String phrase, String sentence, List<String> before) {
        Optional<Speaker> mentioned = earlier.of(phrase, before);
        if (mentioned.isPresent() && !mentioned.get().state().isEmpty()) {
            return mentioned.get().state();
        }
        List<String> placed = Places.bundled().statesIn(phrase);
        if (placed.size() == 1) {
            return placed.get(0);  // "a deputy governor of the Khatlon region": the region's state
        }
        // a state the sentence names as the other party ("asked Kazakhstan for gas", "talks with Tashkent") is not
        // the one the official serves
        String own = governments.onlyStateNamed(governments.withoutCounterparts(sentence));
        for (int i = before.size() - 1; own.isEmpty() && i >= Math.max(0, before.size() - 2); i--) {
            // "Kazakhstan's ministry said … The ministry's spokesman added …"
            own = governments.onlyStateNamed(governments.withoutCounterparts(before.get(i)));
        }
        own = own.isEmpty() ? around.introducedBy(phrase, before) : own;
        own = own.isEmpty() ? around.oneGovernmentBefore(before) : own;
        own = own.isEmpty() ? around.oneStateInArticle(before) : own;
        return own.isEmpty() ? home : own;
    }

    /** An official found earlier without a state speaks for the one Central Asian state his own sentence names. */
    Speaker withSentenceState(Speaker s, String sentence) {
        if (s.kind() != SpeakerKind.OFFICIAL || !s.state().isEmpty()) {
            return s;
        }
        return new Speaker(s.name(), s.kind(), governments.onlyStateNamed(sentence));
    }
}
