package dev.positionsbot.answer.attribution;

import dev.positionsbot.answer.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds whom a sentence credits with its statement, the way news English does it: "according to X", "X said",
 * "“…,” said X", apposition ("the ministry's spokesman, Aibek Smadiyarov, said"), pronouns and descriptions that
 * point back to a speaker named earlier ("he said", "the analyst told"), and quotes that continue a speaker's earlier
 * quote. The kind comes from the role words of {@code lexicon/speaker-roles.tsv} and the state from the names of
 * {@code lexicon/names.tsv} (a leader stands for his state; "Kazakh" for Kazakhstan). A sentence that credits no one
 * and quotes no one is the outlet's own reporting.
 *
 * <p>Rules rather than a parser: the attribution patterns of news are few and regular, and a dependency parser for
 * English (CoreNLP) would add hundreds of megabytes to the jar for them.
 *
 * <p>This class decides between the readings; the readings themselves are {@link CreditedPhrases} (who the sentence
 * credits, as written), {@link ReferenceResolver} (whom a pronoun or description stands for), {@link SpeakerClassifier}
 * (the kind and state of a phrase) and {@link GovernmentNames} (the governments a text names).
 */
public final class SpeakerFinder {

    /** The states the bot is about: their officials are {@link SpeakerKind#OFFICIAL}, everyone else's foreign. */
    public static final List<String> STATES = List.of("Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan",
            "Turkmenistan");

    private final GovernmentNames governments;
    private final CreditedPhrases credited;
    private final SpeakerClassifier classifier;
    private final ReferenceResolver references;
    private final Interviewee interviewee;
    private static final Places PLACES = Places.bundled();

    private final Lexicon lexicon;

    public SpeakerFinder(Lexicon lexicon) {
        this(lexicon, "");
    }

    private SpeakerFinder(Lexicon lexicon, String home) {
        this.lexicon = lexicon;
        this.governments = new GovernmentNames(lexicon);
        this.credited = new CreditedPhrases(governments);
        this.classifier = new SpeakerClassifier(governments, home);
        this.references = new ReferenceResolver(governments, credited, classifier);
        this.interviewee = new Interviewee(governments, credited, classifier);
    }

    /**
     * This finder for an article of {@code outlet}: a paper named after one of the five states or a town of one
     * ("the Samarkand …", "the Kazakh …") is that state's press, and its "the energy minister" with no state named
     * anywhere in the article is that state's minister, as its readers take him to be. An outlet named after no
     * state, or a region ("Caspian …"), changes nothing.
     */
    public SpeakerFinder inOutlet(String outlet) {
        String home = outlet == null || outlet.isBlank() ? "" : governments.onlyStateNamed(outlet);
        return home.isEmpty() ? this : new SpeakerFinder(lexicon, home);
    }

    public SpeakerFinder() {
        this(Lexicon.bundled());
    }

    /**
     * The speaker of {@code sentence}.
     *
     * @param paragraphBefore the sentences before it in its paragraph, in order
     * @param articleBefore   the sentences of the article's earlier paragraphs, in order
     */
    public Speaker find(String sentence, List<String> paragraphBefore, List<String> articleBefore) {
        String masked = QuotedSpans.mask(sentence);
        List<String> before = new ArrayList<>(articleBefore);
        before.addAll(paragraphBefore);
        // a transcript line ("MINISTER: …") speaks for its labelled speaker, and so do the rest of its paragraph;
        // a state's name in capitals ("KAZAKHSTAN: …") heads an item of news in brief and names no speaker
        Optional<String> label = TranscriptLabels.of(sentence, paragraphBefore.isEmpty() ? articleBefore : List.of())
                .or(() -> paragraphBefore.isEmpty() ? Optional.empty()
                        : TranscriptLabels.of(paragraphBefore.get(0), articleBefore))
                .filter(l -> !heading(l));
        if (label.isPresent()) {
            if (TranscriptLabels.host(label.get())) {
                // the host or correspondent is the outlet reporting: what it credits to someone ("ANCHOR: … The
                // deputy speaker said …") is that one's statement, as in printed copy; the rest is the outlet's
                return hostCredits(sentence, masked, before, paragraphBefore.size()).orElse(Speaker.MEDIA);
            }
            if (TranscriptLabels.question(label.get())) {
                // "Q: … ? A: …" run on in one paragraph: from the answer's label on, the interviewee speaks
                boolean answered = false;
                for (String s : paragraphBefore.isEmpty() ? List.<String>of() : paragraphBefore.subList(1,
                        paragraphBefore.size())) {
                    answered |= TranscriptLabels.of(s).filter(TranscriptLabels::answer).isPresent();
                }
                answered |= !paragraphBefore.isEmpty()
                        && TranscriptLabels.of(sentence).filter(TranscriptLabels::answer).isPresent();
                return answered ? interviewee.of(articleBefore) : Speaker.MEDIA;
            }
            if (TranscriptLabels.answer(label.get())) {
                // "A: …" in a printed interview: the one the article introduced as answering
                return interviewee.of(before);
            }
            String name = TranscriptLabels.asName(label.get());
            Speaker labelled = classifier.classify(name, sentence, before);
            if (labelled.kind() != SpeakerKind.UNKNOWN || introduced(name, articleBefore)) {
                // a guest introduced earlier ("On the line is Aida X, who runs a shelter") speaks, shown by the
                // full name the article gave him rather than the label's surname
                return new Speaker(fullName(name, articleBefore), labelled.kind(), labelled.state());
            }
        }
        if (SpeakerCues.noComment(masked) && !QuotedSpans.hasQuote(sentence)) {
            return Speaker.MEDIA;  // "The ministry did not respond to a request for comment": no one spoke
        }
        Speaker first = null;
        Speaker agency = null;
        for (String phrase : creditedPhrases(sentence, masked)) {
            Speaker s = references.speakerOf(phrase, sentence, masked, before, paragraphBefore.size());
            if (s.kind() == SpeakerKind.MEDIA && !s.equals(Speaker.MEDIA)) {
                // "X said …, according to the agency Y": the agency reports whom it quotes, who is the speaker, as
                // in "X was quoted by Y as saying"; with no official or analyst credited, the agency is
                agency = agency == null ? s : agency;
                continue;
            }
            if (s.kind() != SpeakerKind.UNKNOWN && !s.equals(Speaker.MEDIA)) {
                return s;
            }
            if (first == null) {
                first = s;
            }
        }
        if (agency != null) {
            return agency;
        }
        if (first != null) {
            return first;
        }
        if (QuotedSpans.opensWithQuote(sentence) && !paragraphBefore.isEmpty()) {
            // a quote that runs on from the previous sentence ("“We will not,” he said. “Our position …”")
            String previous = paragraphBefore.get(paragraphBefore.size() - 1);
            Speaker earlier = find(previous, paragraphBefore.subList(0, paragraphBefore.size() - 1), articleBefore);
            // … or a quote that follows, in the same paragraph, a sentence reporting what someone said ("The minister
            // said the talks were useful. “We agreed on …”")
            if (QuotedSpans.hasQuote(previous) || earlier.kind() != SpeakerKind.MEDIA
                    && earlier.kind() != SpeakerKind.UNKNOWN) {
                return earlier;
            }
        }
        return QuotedSpans.hasQuote(sentence) && quotesSomeone(sentence) ? Speaker.UNKNOWN : Speaker.MEDIA;
    }

    /** Someone of a known kind that a host's sentence credits with a statement, if any. */
    private Optional<Speaker> hostCredits(String sentence, String masked, List<String> before, int inParagraph) {
        for (String phrase : creditedPhrases(sentence, masked)) {
            Speaker s = references.speakerOf(phrase, sentence, masked, before, inParagraph);
            if (s.kind() != SpeakerKind.UNKNOWN && s.kind() != SpeakerKind.MEDIA) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a paragraph opening with this sentence is a host's line ("ANCHOR: …", "CORRESPONDENT: …"): the outlet
     * itself speaking, dated as its printed copy is.
     */
    public boolean hostLine(String firstSentence, List<String> articleBefore) {
        return TranscriptLabels.of(firstSentence, articleBefore).filter(TranscriptLabels::host).isPresent();
    }

    /**
     * Whether a paragraph opening with this sentence is a transcript's or interview's line ("HOST: …", "Q: …",
     * "MINISTER: …"): all of it is what the labelled speaker says. A heading of news in brief ("KAZAKHSTAN: …") is not.
     */
    public boolean labelledLine(String firstSentence) {
        return labelledLine(firstSentence, List.of());
    }

    /** {@link #labelledLine(String)}, a title-case label ("Bekova: …") included where the article introduced her. */
    public boolean labelledLine(String firstSentence, List<String> articleBefore) {
        return TranscriptLabels.of(firstSentence, articleBefore).filter(l -> !heading(l)).isPresent();
    }

    /** A label that only names a state or a place: the heading of an item, not a speaker. */
    private boolean heading(String label) {
        String name = TranscriptLabels.asName(label);
        List<Lexicon.Name> names = governments.statesIn(name);
        boolean state = !names.isEmpty() && names.stream().noneMatch(Lexicon.Name::person)
                && name.split("\\s+").length <= 3;
        return state || !PLACES.statesIn(name).isEmpty() && name.split("\\s+").length == 1;
    }

    /** "Aida Bekova" for the label "BEKOVA" when the article introduced her so; else the label's name. */
    private static String fullName(String name, List<String> articleBefore) {
        if (name.contains(" ")) {
            return name;
        }
        Pattern full = Pattern.compile("((?:\\p{Lu}[\\p{L}'\u2019-]+\\s+){1,2})" + Pattern.quote(name) + "\\b");
        for (String s : articleBefore) {
            Matcher m = full.matcher(s);
            if (m.find() && !m.group(1).isBlank()) {
                String first = m.group(1).strip().split("\\s+")[0];
                if (!Set.of("The", "A", "An", "Our", "Dr", "Mr", "Ms", "Mrs").contains(first)) {
                    return m.group(1) + name;
                }
            }
        }
        return name;
    }

    /** Whether the article named this person (by surname) before. */
    private static boolean introduced(String name, List<String> articleBefore) {
        String[] words = name.split("\\s+");
        Pattern surname = Pattern.compile("\\b" + Pattern.quote(words[words.length - 1]) + "\\b");
        return words[words.length - 1].length() >= 3 && articleBefore.stream().anyMatch(s -> surname.matcher(s).find());
    }

    /** A full quotation with no one credited is of unknown source; a scare-quoted word is the outlet's own writing. */
    private static boolean quotesSomeone(String sentence) {
        String masked = QuotedSpans.mask(sentence);
        int quoted = 0;
        for (int i = 0; i < sentence.length(); i++) {
            if (masked.charAt(i) != sentence.charAt(i)) {
                quoted++;
            }
        }
        return quoted > 40;
    }

    /** Names of governments in a phrase, in order; a name after "to" ("ambassador to Kazakhstan") is not the speaker's. */
    List<Lexicon.Name> statesIn(String phrase) {
        return governments.statesIn(phrase);
    }

    /** The kind and state of a credited phrase; a name known from earlier in the article takes its role from there. */
    Speaker classify(String phrase, String sentence, List<String> before) {
        return classifier.classify(phrase, sentence, before);
    }

    /** The phrases the sentence may credit with its statement, as written in the sentence, likeliest first. */
    List<String> creditedPhrases(String sentence, String masked) {
        return credited.all(sentence, masked);
    }

    Optional<String> creditedPhrase(String sentence, String masked) {
        return credited.first(sentence, masked);
    }
}
