package dev.ficus.gateway.traffic;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.encoder.EncoderBase;
import org.jspecify.annotations.Nullable;

/**
 * The event's message and a line separator, as bytes: what a pattern of {@code %m%n}
 * writes, for a message that is already a complete line (the access log's JSON), without
 * the pattern layout's string building per event.
 */
public class MessageLineEncoder extends EncoderBase<ILoggingEvent> {

    private static final byte[] NO_BYTES = new byte[0];

    private Charset charset = StandardCharsets.UTF_8;

    private byte[] separator = CoreConstants.LINE_SEPARATOR.getBytes(charset);

    public void setCharset(Charset charset) {
        this.charset = charset;
        this.separator = CoreConstants.LINE_SEPARATOR.getBytes(charset);
    }

    @Override
    public byte[] headerBytes() {
        return NO_BYTES;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        @Nullable String message = event.getFormattedMessage();
        byte[] text = String.valueOf(message).getBytes(charset);
        byte[] line = Arrays.copyOf(text, text.length + separator.length);
        System.arraycopy(separator, 0, line, text.length, separator.length);
        return line;
    }

    @Override
    public byte[] footerBytes() {
        return NO_BYTES;
    }

}
