package dev.positionsbot.config;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.slf4j.LoggerFactory;

import java.util.Iterator;
import java.util.Locale;

/**
 * The layout of the bot's one log appender: plain lines or JSON lines, chosen by {@code <format>} in logback.xml
 * (from POSITIONS_BOT_LOG_FORMAT) and switchable later by {@link #useFormat} once {@code log.format} has been read
 * from the config file, since logback starts before the configuration is loaded. Both formats mask tokens.
 */
public class LogLayout extends LayoutBase<ILoggingEvent> {

    private final MaskingPatternLayout plain = new MaskingPatternLayout();
    private final JsonLineLayout json = new JsonLineLayout();
    private volatile boolean useJson;

    /** "plain" or "json", any case; anything else falls back to plain with a status warning. */
    public void setFormat(String format) {
        String f = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        if (!f.equals("json") && !f.equals("plain") && !f.isEmpty()) {
            addWarn("log format \"" + format + "\" is not plain|json; using plain");
        }
        useJson = f.equals("json");
    }

    public void setPattern(String pattern) {
        plain.setPattern(pattern);
    }

    @Override
    public void start() {
        plain.setContext(getContext());
        json.setContext(getContext());
        plain.start();
        json.start();
        super.start();
    }

    @Override
    public void stop() {
        plain.stop();
        json.stop();
        super.stop();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        return useJson ? json.doLayout(event) : plain.doLayout(event);
    }

    /**
     * Switches every appender of the root logger that uses this layout to {@code format}. Returns false when logback
     * is not the SLF4J backend or not configured with this layout (e.g. a test's own logback config).
     */
    public static boolean useFormat(BotConfig.LogFormat format) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return false;
        }
        boolean switched = false;
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            if (it.next() instanceof OutputStreamAppender<ILoggingEvent> appender
                    && appender.getEncoder() instanceof LayoutWrappingEncoder<ILoggingEvent> encoder
                    && encoder.getLayout() instanceof LogLayout layout) {
                layout.setFormat(format.name());
                switched = true;
            }
        }
        return switched;
    }
}
