package dev.positionsbot.answer;

import dev.positionsbot.corpus.CyrillicTransliteration;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offline follow-up understanding. "And Uzbekistan?" after "What did Kazakhstan say about the referendums?"
 * becomes "What did Uzbekistan say about the referendums?"; a question leaning on a pronoun ("What did he say about
 * Crimea?") gets the names of the previous question attached. A question that stands alone is left as it is.
 */
public final class RuleBasedFollowUpRewriter implements FollowUpRewriter {

    private static final Pattern CONTINUATION = Pattern.compile(
            "^\\s*(and|what about|how about|and what about|same for|also|а|и|а что|что насчет|а как же)\\b[\\s,]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PRONOUN = Pattern.compile(
            "\\b(he|she|they|him|her|them|his|their|it|its|this country|that country|the country|the president|он|она|они|его|ее|её|их)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’\\-]+");
    /** A question word opening what follows "and": the follow-up asks something new, not a detail of the last ask. */
    private static final Pattern NEW_ASK = Pattern.compile("^(?:who|whom|whose|what|which|when|where|why|how|кто|что|"
            + "когда|где|почему|зачем|как|какой|какая|какие|сколько)\\b", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    private final Lexicon lexicon;

    public RuleBasedFollowUpRewriter(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String rewrite(String question, Conversation conversation) {
        List<Conversation.Turn> turns = conversation.turns();
        if (turns.isEmpty()) {
            return question;
        }
        String previous = turns.get(turns.size() - 1).standaloneQuestion();
        String q = question.strip();
        Matcher cont = CONTINUATION.matcher(q);
        String rest = cont.lookingAt() ? q.substring(cont.end()) : q;
        List<String> words = words(rest);
        Optional<String> newEntity = firstEntity(rest);
        boolean shortFragment = words.size() <= 4;
        if (newEntity.isPresent() && (shortFragment || startsWithContinuation(q) && words.size() <= 6)) {
            // another state is put into the question that set the topic, not into a follow-up's rewrite that asked
            // something else of it ("And who spoke for the ministry?"): that ask's words are not this one's
            previous = topicQuestion(turns);
            Optional<EntityMention> old = firstEntityMention(previous);
            if (old.isPresent()) {
                String replaced = previous.substring(0, old.get().start()) + newEntity.get()
                        + previous.substring(old.get().end());
                return replaced;
            }
            return previous.replaceAll("[?.!\\s]+$", "") + " (" + newEntity.get() + ")?";
        }
        if (PRONOUN.matcher(q).find()) {
            // "What did he say about Crimea?": the pronoun still means the previous question's name
            Optional<EntityMention> old = firstEntityMention(previous);
            if (old.isPresent() && !q.toLowerCase(java.util.Locale.ROOT).contains(old.get().text().toLowerCase(java.util.Locale.ROOT))) {
                return q.replaceAll("[?.!\\s]+$", "") + " (" + old.get().text() + ")?";
            }
        }
        if (startsWithContinuation(q) && words.size() <= 6 && newEntity.isEmpty()) {
            // "And in 2014?" - keep the previous subject, add the new detail
            return previous.replaceAll("[?.!\\s]+$", "") + " " + rest.replaceAll("[?.!\\s]+$", "") + "?";
        }
        return question;
    }

    /**
     * The last turn's stand-alone question, or, when that turn was "and" with a new question word ("And who signed
     * it?"), the nearest earlier turn's that was not.
     */
    private static String topicQuestion(List<Conversation.Turn> turns) {
        for (int i = turns.size() - 1; i > 0; i--) {
            if (!newAsk(turns.get(i).question())) {
                return turns.get(i).standaloneQuestion();
            }
        }
        return turns.get(0).standaloneQuestion();
    }

    private static boolean newAsk(String question) {
        Matcher cont = CONTINUATION.matcher(question.strip());
        return cont.lookingAt() && NEW_ASK.matcher(question.strip().substring(cont.end())).lookingAt();
    }

    private static boolean startsWithContinuation(String q) {
        return CONTINUATION.matcher(q).lookingAt();
    }

    private record EntityMention(int start, int end, String text) {
    }

    private Optional<String> firstEntity(String text) {
        return firstEntityMention(text).map(EntityMention::text);
    }

    private Optional<EntityMention> firstEntityMention(String text) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().replaceAll("['’]s$", "");
            boolean known = CyrillicTransliteration.hasCyrillic(w) ? lexicon.cyrillic(w).isPresent() : lexicon.latin(w).isPresent();
            if (known && (CyrillicTransliteration.hasCyrillic(w) || Character.isUpperCase(w.charAt(0)))) {
                return Optional.of(new EntityMention(m.start(), m.start() + w.length(), w));
            }
        }
        return Optional.empty();
    }

    private static List<String> words(String s) {
        return WORD.matcher(s.toLowerCase(Locale.ROOT)).results().map(java.util.regex.MatchResult::group).toList();
    }
}
