package dev.positionsbot.config;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;

/**
 * A logback pattern layout that keeps each event on one line and masks Telegram tokens. Line breaks inside an
 * event (multi-line messages, stack traces) become " | ": one event per line keeps logs greppable, and a user's
 * message text cannot forge extra log lines.
 */
public class MaskingPatternLayout extends PatternLayout {

    @Override
    public String doLayout(ILoggingEvent event) {
        String text = super.doLayout(event);
        String body = text.endsWith("\n") ? text.substring(0, text.length() - (text.endsWith("\r\n") ? 2 : 1)) : text;
        String oneLine = body.replaceAll("\\s*\\R\\s*", " | ");
        return TokenMasker.mask(oneLine) + CoreConstants.LINE_SEPARATOR;
    }
}
