package dev.positionsbot.answer.attribution;

import static dev.positionsbot.answer.attribution.PhraseShapes.nameLike;
import static dev.positionsbot.answer.attribution.PhraseShapes.startsWithArticle;
import static dev.positionsbot.answer.attribution.PhraseShapes.stripArticle;

import java.util.List;
import java.util.Locale;

/**
 * Which of the last chunks before a speech verb make up its subject: a name with the description set off beside it
 * ("the ministry's spokesman, Aibek Smadiyarov,"), a relative clause about the subject, or an apposition that
 * describes the body the subject names.
 */
final class AppositiveSubject {

    private final SubjectChunks shapes;

    AppositiveSubject(SubjectChunks shapes) {
        this.shapes = shapes;
    }

    /**
     * The subject, untidied, from the chunks before the verb (none empty, at least one).
     *
     * @param appositive whether the last chunk is an apposition whose relative clause was set aside
     * @param verbSetOff whether the speech verb is itself set off by a comma after it ("The ministry, the envoy
     *                   said, …")
     */
    String subject(List<String> chunks, boolean appositive, boolean verbSetOff) {
        String last = chunks.get(chunks.size() - 1);
        String subject = last;
        if (chunks.size() >= 2) {
            String prev = chunks.get(chunks.size() - 2);
            boolean prevIsAdverbial = shapes.adverbial(prev);
            if (nameLike(last) && shapes.describes(prev) && !prevIsAdverbial && !PhraseShapes.hasVerb(prev)) {
                subject = last + ", " + stripArticle(prev);             // the ministry's spokesman, Aibek Smadiyarov,
            } else if ((startsWithArticle(last) || shapes.ownedRole(last)
                    || last.toLowerCase(Locale.ROOT).startsWith("who ")) && nameLike(prev) && !prevIsAdverbial) {
                subject = prev + ", " + stripArticle(last);             // Aibek Smadiyarov, an official at the ministry,
                String first = chunks.size() >= 3 ? chunks.get(chunks.size() - 3) : "";
                if (!first.isEmpty() && shapes.describes(first) && !shapes.adverbial(first) && !nameLike(first)) {
                    // the bank's governor, Aibek X, a former minister,: both descriptions are his
                    subject = prev + ", " + stripArticle(first) + ", " + stripArticle(last);
                }
            } else if ((nameLike(prev) || shapes.titledName(prev)) && !prevIsAdverbial && shapes.describes(last) && !nameLike(last)) {
                subject = prev + ", " + last;                           // Aibek Smadiyarov, head of the committee,
            } else if (last.toLowerCase(Locale.ROOT).startsWith("who ") && !prevIsAdverbial) {
                subject = prev + ", " + last;                           // the president, who took office in 2019,
            } else if (last.toLowerCase(Locale.ROOT).startsWith("which ")
                    && !shapes.adverbial(prev.replaceFirst("^(?i:and|but)\\s+", ""))) {
                // the party, which is not registered,; "…, and the video, which was filmed in 2019, shows"
                subject = prev.replaceFirst("^(?i:and|but)\\s+", "");
            } else if (appositive && shapes.describes(last) && !prevIsAdverbial) {
                subject = prev + ", " + stripArticle(last);             // a spokesman for X, a group that …,
            } else if (chunks.size() == 2 && startsWithArticle(last) && !shapes.describes(last) && shapes.roleHead(prev)
                    && !PhraseShapes.hasVerb(prev) && !verbSetOff) {
                // "Economists at X Capital, a brokerage in the capital, said": the apposition names no role, so it
                // describes the firm the bare plural works for, and the plural is the speaker
                subject = prev + ", " + last;
            } else if (chunks.size() == 2 && startsWithArticle(last) && startsWithArticle(prev) && shapes.describes(prev)
                    && !PhraseShapes.hasVerb(prev)
                    && !prevIsAdverbial && !verbSetOff) {
                // the deputy speaker of the lower house, the chamber elected by …,: the apposition describes the
                // body the subject names, and the subject is the one before it ("The ministry, the envoy said, …"
                // is another shape: there the verb is set off by commas and the one after the comma speaks)
                subject = prev + ", " + last;
            } else if (chunks.size() >= 3 && startsWithArticle(last) && startsWithArticle(prev) && shapes.describes(prev)
                    && !prevIsAdverbial && nameLike(chunks.get(chunks.size() - 3))) {
                // Aibek X, the minister of the commission, the union's executive body,: the second apposition
                // describes the body the first names, and both are his
                subject = chunks.get(chunks.size() - 3) + ", " + stripArticle(prev) + ", " + stripArticle(last);
            }
        }
        return subject;
    }
}
