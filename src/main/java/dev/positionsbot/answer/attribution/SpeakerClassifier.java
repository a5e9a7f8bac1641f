package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.Lexicon;

import java.util.ArrayList;
import java.util.Arrays;
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

    private static final Pattern JOINT = Pattern.compile("\\b(?:and|&)\\b");
    private static final Pattern CLOSE_TO = Pattern.compile("(?i)\\b(?:close to|familiar with)\\b");
    /** "Moscow's allies", "Russia's neighbours": someone a state has, not the state. */
    private static final Pattern POSSESSED = Pattern.compile("\\p{Lu}\\p{L}*(\u2019s|'s)\\s+\\p{Ll}");
    /** A government's own document or words: "Moscow's statement", "the Kremlin's written reply". */
    private static final Pattern OWN_WORDS = Pattern.compile("^(?i:the\\s+)?(?:\\p{Lu}\\p{L}*\\s+){0,2}\\p{Lu}\\p{L}*"
            + "(?:\u2019s|'s)\\s+(?:\\p{Ll}+\\s+)?(?:statement|communiqu[eé]|readout|reply|response|message|note"
            + "|letter|declaration|press release)$");
    /**
     * ", who returned from Brussels on Monday": a relative clause telling what someone did once (a verb in the past),
     * not who he is (", who teaches at …", ", who headed the ministry …"); the places it names are not his government.
     */
    static final Pattern DEED = Pattern.compile("^,\\s*who\\s+(?!(?:headed|chaired|served|represented|founded"
            + "|directed|managed|governed|ruled|worked)\\b)(?:\\p{Ll}+ed|fled|left|met|came|went|flew|spoke|told|said|won"
            + "|lost|took|gave|fought|sought|brought|began)\\b");
    /** What someone lacks ("without any party post"), which does not describe him. */
    private static final Pattern WITHOUT = Pattern.compile("(?i)\\s+(?:without|with no|lacking)\\b[^,;]*");
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
    /** A relative clause about a person described before it: ", who asked not to be named", " who spoke …". */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",?\\s+who\\s.*$");
    /** "who now heads …", "who currently runs …": the clause that gives the speaker's present role. */
    private static final Pattern NOW = Pattern.compile("(?i)\\bwho\\s+(?:now|currently)\\s+");
    /** "… and a former minister": a second description, of a past office, joined to the first. */
    private static final Pattern AND_FORMER = Pattern.compile("(?i)\\s+and\\s+(?=(?:(?:a|an|the)\\s+)?(?:former|ex-))");
    /** An apposition about a past office: "a former minister", "ex-envoy". */
    private static final Pattern FORMER = Pattern.compile("(?i)^(?:(?:a|an|the)\\s+)?(?:former|ex-)");
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
    private final MentionWindow mentions = new MentionWindow(roles);
    private final StatesAround around;
    private static final Capitals CAPITALS = Capitals.bundled();

    /** The state whose press the article is (see {@link SpeakerFinder#inOutlet}), or "". */
    private final String home;

    SpeakerClassifier(GovernmentNames governments, String home) {
        this.governments = governments;
        this.home = home;
        this.around = new StatesAround(governments, roles);
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
            return source.name().isEmpty() ? source : new Speaker(withoutRelativeClause(written), source.kind(),
                    source.state());
        }
        String name = readable(written);
        // "X, who lives abroad without any party post or office": what someone lacks does not describe him
        String phrase = withoutDeed(WITHOUT.matcher(currentDescription(written)).replaceAll(""));
        Matcher close = CLOSE_TO.matcher(phrase);
        if (close.find()) {
            String head = phrase.substring(0, close.start()).strip();
            if (roles.roleOf(head).filter(r -> r == SpeakerRoles.Role.OFFICIAL).isEmpty()) {
                return new Speaker(name, SpeakerKind.UNKNOWN, "");  // "a person close to the president"
            }
            phrase = head;  // "an official familiar with the talks": an official, whatever the talks name
        }
        Matcher agent = AGENT_FOR.matcher(phrase.split(",")[0].strip());
        if (agent.matches() && privateParty(agent.group(1))) {
            // "a spokeswoman for the family", "lawyers for the journalist": they speak for the one they represent,
            // and a family or a private person is no government (nor is a journalist's lawyer the press)
            return new Speaker(name, SpeakerKind.UNKNOWN, "");
        }
        boolean civilHead = Arrays.stream(phrase.split(",")).map(HEAD_OF::matcher).anyMatch(head -> head.find()
                && roles.roleOf(head.group(1)).filter(r -> r == SpeakerRoles.Role.CIVIL).isPresent());
        if (civilHead) {
            // "the chairman of the millers' association": the head of a body of civil society speaks for it, for no
            // state, whatever his title elsewhere denotes
            return new Speaker(name, SpeakerKind.UNKNOWN, "");
        }
        Optional<SpeakerRoles.Role> role = roles.roleOf(phrase);
        if (CAPITALS.namesBodyAfterCapital(phrase, governments) && role.filter(r -> r == SpeakerRoles.Role.ANALYST
                || r == SpeakerRoles.Role.ANALYST_PLACE || r == SpeakerRoles.Role.MEDIA).isEmpty()) {
            // "the Helsinki Committee for …": a body named after the city it was founded in, neither that city's
            // government nor, for its "committee", anyone's; a research centre or a paper so named keeps its kind
            return new Speaker(name, SpeakerKind.UNKNOWN, "");
        }
        Matcher country = THE_COUNTRYS.matcher(phrase);
        if (country.find()) {
            // "a diplomat at the country's UN mission": the country is the state named before, and its mission
            // speaks for it, not for the organisation it is accredited to
            Optional<String> owner = owner(phrase, sentence, before, country.group());
            if (owner.isPresent()) {
                phrase = phrase.substring(0, country.start()) + owner.get() + "'s " + phrase.substring(country.end());
            }
        }
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
            Optional<String> owner = owner(phrase, sentence, before);
            Optional<SpeakerRoles.Role> pointed = pointedBody(phrase, before);
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
            Optional<String> organisation = organisationsBody(phrase);
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
        return earlierMention(phrase, before).map(s -> withSentenceState(s, sentence))
                .orElse(new Speaker(name, SpeakerKind.UNKNOWN, ""));
    }

    /** International organisations (canonical names): a body named after one is its office. */
    private static final Set<String> INTERNATIONAL = Set.of("United Nations", "European Union", "OSCE", "CSTO", "SCO",
            "EAEU", "CIS", "IMF", "World Bank", "EBRD", "NATO", "Council of Europe", "OPEC", "WTO");
    /** A capitalised body whose name ends in a word the lexicon takes for a place of research: "the X Regional Centre". */
    private static final Pattern BODY_NAME = Pattern.compile("\\b((?:\\p{Lu}[\\p{L}.-]*\\s+){1,4})(?:Centre|Center"
            + "|Institute|Academy|College|Office)\\b");

    /** The international organisation whose name opens a capitalised body's name in the phrase, if any. */
    private Optional<String> organisationsBody(String phrase) {
        Matcher body = BODY_NAME.matcher(phrase);
        while (body.find()) {
            List<Lexicon.Name> named = governments.statesIn(body.group(1));
            if (!named.isEmpty() && INTERNATIONAL.contains(governments.governmentOf(named.get(0)))) {
                return Optional.of(governments.governmentOf(named.get(0)));
            }
        }
        return Optional.empty();
    }

    /** A title heading a department of a local government: "regional tourism chief", "the city's water director". */
    private static final Pattern LOCAL_HEAD = Pattern.compile("(?i)\\b(?:regional|provincial|district|municipal"
            + "|city(?:\u2019s|'s)?|region(?:\u2019s|'s)|province(?:\u2019s|'s))\\s+(?:\\p{Ll}+\\s+){0,2}(?:chief|head"
            + "|director)\\b");

    /** Someone who speaks on another's behalf, and whom: "a spokesman for the family", "lawyers for X". */
    private static final Pattern AGENT_FOR = Pattern.compile("(?i)^(?:(?:an?|the)\\s+)?(?:\\p{L}+\\s+)?(?:spokes(?:man"
            + "|woman|person|people|men|women)|lawyers?|attorneys?|representatives?)\\s+for\\s+(.+)$");
    /** The head of a body, and the body: "the chairman of the traders' association". */
    private static final Pattern HEAD_OF = Pattern.compile("(?i)\\b(?:chairman|chairwoman|chairperson|chair|president"
            + "|head|leader|director|secretary)\\s+of\\s+(.+)$");
    /** A family and its members: "the family", "the victims' relatives". */
    private static final Pattern KIN = Pattern.compile("(?i)\\b(?:famil(?:y|ies)|relatives|parents|widow|widower"
            + "|victims?)\\b");
    /** People who speak in the press for themselves, not for an outlet. */
    private static final Pattern PRESS_PERSON = Pattern.compile("(?i)\\b(?:journalists?|reporters?|correspondents?"
            + "|editors?|bloggers?)\\b");

    /**
     * Whether the one represented is a private party: no government named, no office of one (nor one pointed back
     * to: "their ministry"), but a family, civil society, a group without a state, a commentator or a press person
     * (an institute, unlike its researcher, keeps its kind).
     */
    private boolean privateParty(String principal) {
        if (!governments.statesIn(principal).isEmpty() || POINTS_BACK.matcher(principal + " ").find()
                || THE_COUNTRYS.matcher(principal + " ").find()) {
            return false;
        }
        Optional<SpeakerRoles.Role> r = roles.roleOf(principal);
        if (r.isEmpty()) {
            // a firm or a body the lexicon does not know may be a state's: only kin are surely private
            return KIN.matcher(principal).find();
        }
        return r.get() == SpeakerRoles.Role.CIVIL || r.get() == SpeakerRoles.Role.ANONYMOUS
                || r.get() == SpeakerRoles.Role.NON_STATE || r.get() == SpeakerRoles.Role.ANALYST
                || r.get() == SpeakerRoles.Role.MEDIA && PRESS_PERSON.matcher(principal).find();
    }

    /** A body a role belongs to that the phrase names only by pointing back: "its", "their", "the mission's". */
    private static final Pattern POINTS_BACK = Pattern.compile("(?i)\\b(?:its|their|(?:the\\s+)?(?:mission"
            + "|organi[sz]ation|union|bloc|alliance|body|agency|movement|council|commission|bank|fund|government"
            + "|authorities)(?:\u2019s|'s))\\s");

    /**
     * The government a role pointed back to belongs to ({@link #POINTS_BACK}): the last one the sentence names before
     * the pointing word, else the last the sentence before names ("The Taliban denied it. A spokesman for their
     * defence ministry wrote …").
     */
    private Optional<String> owner(String phrase, String sentence, List<String> before) {
        Matcher back = POINTS_BACK.matcher(phrase);
        if (!back.find()) {
            return Optional.empty();
        }
        return owner(phrase, sentence, before, back.group());
    }

    private static final Pattern ITS = Pattern.compile("(?i)(?:^|,)\\s*(?:its|their)\\s");

    /**
     * The role of a body "its" or "their" points back to, when that body, the subject of the sentence before, is no
     * government's (civil society, a research place).
     */
    private Optional<SpeakerRoles.Role> pointedBody(String phrase, List<String> before) {
        if (!ITS.matcher(phrase).find() || before.isEmpty()) {
            return Optional.empty();
        }
        return TitledBody.openingSubject(before.get(before.size() - 1)).flatMap(roles::roleOf)
                .filter(r -> r == SpeakerRoles.Role.CIVIL || r == SpeakerRoles.Role.ANALYST_PLACE
                        || r == SpeakerRoles.Role.ANALYST);
    }

    /** "the country's", "the republic's": a state pointed back to. */
    private static final Pattern THE_COUNTRYS = Pattern.compile("(?i)\\bthe\\s+(?:country|nation|republic)(?:\u2019s|'s)\\s");

    private Optional<String> owner(String phrase, String sentence, List<String> before, String pointing) {
        String masked = QuotedSpans.mask(sentence);
        int at = masked.indexOf(pointing);
        List<String> texts = new ArrayList<>();
        texts.add(at < 0 ? "" : masked.substring(0, at));
        if (!before.isEmpty()) {
            texts.add(QuotedSpans.mask(before.get(before.size() - 1)));
        }
        for (String text : texts) {
            List<Lexicon.Name> named = governments.statesIn(governments.withoutCounterparts(text));
            if (!named.isEmpty()) {
                return Optional.of(governments.governmentOf(named.get(named.size() - 1)));
            }
        }
        return Optional.empty();
    }

    /**
     * The description that says what someone is now: "X, who now heads an institute" is what he heads, and of "X, the
     * SCO's secretary general, a former Kazakh minister" the current office counts. A former office alone still says
     * whose official he was ("former Kyrgyz prime minister X").
     */
    private String currentDescription(String phrase) {
        Matcher now = NOW.matcher(phrase);
        if (now.find()) {
            int comma = phrase.indexOf(',');
            String head = comma > 0 && comma < now.start() ? phrase.substring(0, comma) + ", " : "";
            if (FORMER.matcher(head.strip()).find()) {
                head = "";  // "Former minister X, who now runs an institute": the past title before his name goes too
            }
            return head + phrase.substring(now.end());
        }
        // "the CSTO secretary general and a former Kazakh defence minister": the two offices joined by "and" are read
        // as two descriptions, the former one dropped as after a comma
        String[] chunks = AND_FORMER.matcher(phrase).replaceAll(",").split(",");
        List<String> current = new ArrayList<>();
        for (String c : chunks) {
            if (!FORMER.matcher(c.strip()).find()) {
                current.add(c);
            }
        }
        boolean described = current.stream().anyMatch(c -> roles.roleOf(c).isPresent()
                || !governments.statesIn(c).isEmpty());
        return current.size() == chunks.length || !described ? phrase : String.join(",", current);
    }

    /**
     * "Two officials, who asked not to be named because they may not speak to the media": a relative clause telling
     * what someone did once says nothing of what he is when the words before it already do (the media he spoke to
     * are not his outlet, the town he left not his government).
     */
    private String withoutDeed(String phrase) {
        int at = phrase.indexOf(',');
        while (at > 0) {
            if (DEED.matcher(phrase.substring(at)).find()) {
                String head = phrase.substring(0, at).strip();
                return roles.roleOf(head).isPresent() ? head : phrase;
            }
            at = phrase.indexOf(',', at + 1);
        }
        return phrase;
    }

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

    private static Speaker official(String name, String state) {
        return new Speaker(name, SpeakerFinder.STATES.contains(state) || state.isEmpty() ? SpeakerKind.OFFICIAL
                : SpeakerKind.FOREIGN_OFFICIAL, state);
    }

    /** A name introduced earlier in the article with its role ("Aibek Smadiyarov, a Foreign Ministry official"). */
    private Optional<Speaker> earlierMention(String phrase, List<String> before) {
        String[] words = phrase.replaceAll("[^\\p{L}\\s'-]", " ").strip().split("\\s+");
        String surname = words[words.length - 1];
        if (surname.length() < 3 || !Character.isUpperCase(surname.charAt(0))) {
            return Optional.empty();
        }
        Pattern p = Pattern.compile("\\b" + Pattern.quote(surname) + "\\b");
        for (String s : before) {
            Matcher m = p.matcher(s);
            if (!m.find()) {
                continue;
            }
            String window = mentions.window(s, m.start(), m.end());
            Optional<SpeakerRoles.Role> role = roles.roleOf(window);
            if (role.isEmpty() || role.get() == SpeakerRoles.Role.ANONYMOUS) {
                continue;
            }
            List<Lexicon.Name> names = governments.statesIn(window);
            if (role.get() == SpeakerRoles.Role.TITLE && names.isEmpty()) {
                continue;  // "X, director of a company": a title of no government
            }
            String state = names.isEmpty() ? governments.onlyStateNamed(s) : governments.governmentOf(names.get(0));
            // "Bekov" again is shown as the article introduced him: "Daniyar Bekov"
            String shown = words.length == 1 ? givenNames(s, m.start()) + phrase : phrase;
            return Optional.of(switch (role.get()) {
                case ANALYST, ANALYST_PLACE -> new Speaker(shown, SpeakerKind.ANALYST, "");
                case MEDIA -> new Speaker(shown, SpeakerKind.MEDIA, "");
                case CIVIL, NON_STATE -> new Speaker(shown, SpeakerKind.UNKNOWN, "");
                default -> official(shown, state.isEmpty() ? home : state);
            });
        }
        return Optional.empty();
    }

    /** The capitalised given names right before a surname at {@code at} ("Daniyar " before "Bekov"), or "". */
    private String givenNames(String s, int at) {
        String[] head = s.substring(0, at).split("\\s+");
        int from = head.length;
        while (from > 0 && head.length - from < 2 && head[from - 1].matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?")
                && roles.roleOf(head[from - 1]).isEmpty() && governments.statesIn(head[from - 1]).isEmpty()
                && !Set.of("The", "A", "An", "Mr", "Ms", "Mrs", "Dr").contains(head[from - 1])) {
            from--;
        }
        return from == head.length ? "" : String.join(" ", List.of(head).subList(from, head.length)) + " ";
    }

    /** For an official whose phrase names no state: the one Central Asian state the sentence (or paragraph) names. */
    private String contextState(String phrase, String sentence, List<String> before) {
        Optional<Speaker> earlier = earlierMention(phrase, before);
        if (earlier.isPresent() && !earlier.get().state().isEmpty()) {
            return earlier.get().state();
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

    /**
     * The speaker as shown: "Kazakh Foreign Ministry spokesman Aibek Smadiyarov" reads as "Aibek Smadiyarov, Kazakh
     * Foreign Ministry spokesman" (the trailing capitalised words after a lower-case role word are the name); a speaker
     * without a name is shown by the description as written, article included, since "a Kremlin source" (one of
     * several, unnamed) is not "the Kremlin source"; and a relative clause after a description that already says who
     * the speaker is ("a diplomat who spoke on condition of anonymity") is left out, the shortest span that identifies
     * the speaker being what a reader needs. The kind is read from the whole phrase, clause included.
     */
    private String readable(String phrase) {
        String p = phrase.replaceFirst("^(?i)(the|a|an)\\s+", "");
        if (p.isBlank() || p.contains(",") || JOINT.matcher(p).find()) {
            return withoutRelativeClause(phrase);
        }
        String[] words = p.split("\\s+");
        int nameStart = words.length;
        while (nameStart > 0 && Character.isUpperCase(words[nameStart - 1].charAt(0))
                && roles.roleOf(words[nameStart - 1]).isEmpty()) {
            nameStart--;
        }
        Optional<SpeakerRoles.Role> before = nameStart == 0 ? Optional.empty() : roles.roleOf(words[nameStart - 1]);
        if (nameStart == words.length || before.isEmpty() || before.get() == SpeakerRoles.Role.ANONYMOUS
                || before.get() == SpeakerRoles.Role.CIVIL) {
            return withoutRelativeClause(phrase);  // "residents Osh" is no title before a name
        }
        if (BodyNouns.headsName(words[words.length - 1])) {
            // "the state energy company Turkmen Power Holding": a body's name, which no role goes after
            return withoutRelativeClause(phrase);
        }
        if (words[nameStart - 1].matches("(?iu)\\p{L}+(?:[^su]s|[ыи])")) {
            // "аналитики Example Capital": a plural role before a name belongs to the body named, no one person
            return withoutRelativeClause(phrase);
        }
        // "президент Туркменистана Сердар X": the state's name goes with the role, not with the person's name
        // and so does a town's: "пресс-служба акимата Шымкента" is a body, and no one is named after it
        while (nameStart < words.length && (!governments.statesIn(words[nameStart]).isEmpty()
                && governments.statesIn(words[nameStart]).stream().noneMatch(Lexicon.Name::person)
                || !Places.bundled().statesIn(words[nameStart]).isEmpty())) {
            nameStart++;
        }
        if (nameStart == words.length) {
            return withoutRelativeClause(phrase);
        }
        String name = String.join(" ", List.of(words).subList(nameStart, words.length));
        String role = String.join(" ", List.of(words).subList(0, nameStart));
        return name + ", " + role;
    }

    /** "a diplomat who spoke on condition of anonymity" shown as "a diplomat", when the head still says who it is. */
    private String withoutRelativeClause(String phrase) {
        Matcher m = RELATIVE_CLAUSE.matcher(phrase);
        if (!m.find()) {
            return phrase;
        }
        String head = phrase.substring(0, m.start()).strip();
        boolean identifies = roles.roleOf(head).isPresent() || !governments.statesIn(head).isEmpty()
                || head.split("[\\s,]+").length >= 2 && PhraseShapes.nameLike(head.split(",")[0]);
        return identifies ? head : phrase;
    }

    /** An official found earlier without a state speaks for the one Central Asian state his own sentence names. */
    Speaker withSentenceState(Speaker s, String sentence) {
        if (s.kind() != SpeakerKind.OFFICIAL || !s.state().isEmpty()) {
            return s;
        }
        return new Speaker(s.name(), s.kind(), governments.onlyStateNamed(sentence));
    }
}
