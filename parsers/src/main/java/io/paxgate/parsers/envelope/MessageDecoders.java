package io.paxgate.parsers.envelope;

import io.paxgate.parsers.edifact.Segment;
import io.paxgate.parsers.model.DecodedMessage;
import io.paxgate.parsers.model.MessageSource;
import io.paxgate.parsers.model.OtherMessage;
import io.paxgate.parsers.paxlst.PaxlstDecoder;
import io.paxgate.parsers.pnrgov.PnrgovDecoder;
import io.paxgate.parsers.problem.ProblemCode;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Which decoder reads which UNH message type. One instance per {@link InterchangeReader}: it
 * keeps one decoder per type and reuses it for every message of that type.
 */
public final class MessageDecoders {
    private final Map<String, Supplier<MessageDecoder>> factories;
    private final Map<String, MessageDecoder> instances = new HashMap<>();
    private final OtherMessageDecoder other = new OtherMessageDecoder();

    private MessageDecoders(Map<String, Supplier<MessageDecoder>> factories) {
        this.factories = factories;
    }

    /** PAXLST and PNRGOV; anything else is kept as an {@link OtherMessage} with a problem. */
    public static MessageDecoders standard() {
        Map<String, Supplier<MessageDecoder>> f = new HashMap<>();
        f.put("PAXLST", PaxlstDecoder::new);
        f.put("PNRGOV", PnrgovDecoder::new);
        return new MessageDecoders(f);
    }

    /** These decoders with {@code type} read by {@code factory} instead (tests, national variants). */
    public MessageDecoders with(String type, Supplier<MessageDecoder> factory) {
        Map<String, Supplier<MessageDecoder>> f = new HashMap<>(factories);
        f.put(type, factory);
        return new MessageDecoders(f);
    }

    MessageDecoder forType(String type) {
        if (type == null) {
            other.type = "UNKNOWN";
            return other;
        }
        Supplier<MessageDecoder> factory = factories.get(type);
        if (factory == null) {
            other.type = type;
            return other;
        }
        return instances.computeIfAbsent(type, t -> factory.get());
    }

    /** Counts the segments of a message type the codec does not decode, and says so. */
    private static final class OtherMessageDecoder implements MessageDecoder {
        String type;
        private OtherMessage message;

        @Override
        public void begin(DecodeContext context, MessageSource source) {
            message = new OtherMessage(type);
            context.problems().add(ProblemCode.UNSUPPORTED_MESSAGE_TYPE, 1, "UNH", source.offset,
                    "message type " + type + " is not decoded by Paxgate (it reads PAXLST and PNRGOV); "
                            + "the message was kept unread");
        }

        @Override
        public void segment(Segment segment) {
            message.segmentCount++;
        }

        @Override
        public DecodedMessage end() {
            return message;
        }
    }
}
