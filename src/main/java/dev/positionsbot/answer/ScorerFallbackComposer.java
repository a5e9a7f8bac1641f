package dev.positionsbot.answer;

/**
 * The extractive composer with an external scoring model, which answers a question with the built-in scorer alone
 * when the external model fails for it (server down, slow or answering nonsense): the bot keeps answering. This is
 * sound because the built-in path is the bot's default one, whole: its calibrated answerability threshold, the same
 * hard checks and verbatim quotes. Mixing built-in scores with the external model's minimum score would not be.
 */
final class ScorerFallbackComposer implements AnswerComposer {

    private final ExtractiveComposer withExternal;
    private final ExtractiveComposer builtinOnly;

    ScorerFallbackComposer(ExtractiveComposer withExternal, ExtractiveComposer builtinOnly) {
        this.withExternal = withExternal;
        this.builtinOnly = builtinOnly;
    }

    /** The composer with the built-in scorer alone. */
    ExtractiveComposer builtinOnly() {
        return builtinOnly;
    }

    @Override
    public String name() {
        return withExternal.name();
    }

    @Override
    public GroundedAnswer compose(Evidence evidence) {
        try {
            return withExternal.compose(evidence);
        } catch (ExternalScorerException e) {
            // already logged by the scorer, once per kind of failure
            return builtinOnly.compose(evidence);
        }
    }
}
