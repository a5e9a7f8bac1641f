package dev.positionsbot.config;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON object per log event and line: {@code ts, level, logger, thread, msg}, plus {@code mdc} and
 * {@code exception} (the full stack trace as one string) when present. Tokens are masked in every field.
 */
public class JsonLineLayout extends LayoutBase<ILoggingEvent> {

    /**
     * Made at the first JSON line, not when logback starts: with plain logs (the default) no mapper is needed, and
     * building one loads about 250 Jackson classes on the start-up's logging thread, which the main thread waits
     * for before a command runs (notes "Answering RSS and cold start, night of 2026-11-30").
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("ts", Instant.ofEpochMilli(event.getTimeStamp()).toString());
        line.put("level", event.getLevel().toString());
        line.put("logger", event.getLoggerName());
        line.put("thread", event.getThreadName());
        line.put("msg", TokenMasker.mask(event.getFormattedMessage()));
        Map<String, String> mdc = event.getMDCPropertyMap();
        if (mdc != null && !mdc.isEmpty()) {
            Map<String, String> masked = new LinkedHashMap<>();
            mdc.forEach((k, v) -> masked.put(k, TokenMasker.mask(v)));
            line.put("mdc", masked);
        }
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.put("exception", TokenMasker.mask(ThrowableProxyUtil.asString(thrown)));
        }
        try {
            return Json.MAPPER.writeValueAsString(line) + CoreConstants.LINE_SEPARATOR;
        } catch (JsonProcessingException e) {
            return "{\"level\":\"ERROR\",\"msg\":\"unloggable event\"}" + CoreConstants.LINE_SEPARATOR;
        }
    }

    @Override
    public String getContentType() {
        return "application/json";
    }
}
