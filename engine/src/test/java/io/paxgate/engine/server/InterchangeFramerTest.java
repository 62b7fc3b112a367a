package io.paxgate.engine.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.paxgate.engine.server.Interchanges.bytes;
import static io.paxgate.engine.server.Interchanges.nonDefaultUna;
import static io.paxgate.engine.server.Interchanges.paxlst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InterchangeFramerTest {
    private final List<Object> events = new ArrayList<>();

    private EmbeddedChannel channel(int max) {
        return new EmbeddedChannel(new InterchangeFramer(max), new ChannelInboundHandlerAdapter() {
            @Override
            public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
                events.add(evt);
            }
        });
    }

    private static String next(EmbeddedChannel ch) {
        byte[] frame = ch.readInbound();
        return frame == null ? null : new String(frame, StandardCharsets.ISO_8859_1);
    }

    @Test
    void two_interchanges_in_one_write_are_two_frames() {
        EmbeddedChannel ch = channel(1 << 20);
        ch.writeInbound(Unpooled.wrappedBuffer(bytes(paxlst("000000001") + "\r\n" + paxlst("000000002") + "\n")));
        assertEquals(paxlst("000000001"), next(ch));
        assertEquals(paxlst("000000002"), next(ch));
        assertNull(next(ch));
        assertEquals(List.of(), events);
    }

    @Test
    void an_interchange_split_byte_by_byte_is_one_frame() {
        EmbeddedChannel ch = channel(1 << 20);
        byte[] in = bytes(nonDefaultUna("000000009"));
        for (int i = 0; i < in.length - 1; i++) {
            ch.writeInbound(Unpooled.wrappedBuffer(in, i, 1));
            assertNull(next(ch), "complete before byte " + i);
        }
        ch.writeInbound(Unpooled.wrappedBuffer(in, in.length - 1, 1));
        assertEquals(nonDefaultUna("000000009"), next(ch));
    }

    @Test
    void an_interchange_hard_wrapped_inside_its_tags_is_still_one_frame() {
        // Type B text is wrapped at a fixed width, wherever that falls: here inside UNZ and UNB
        EmbeddedChannel ch = channel(1 << 20);
        String wrapped = paxlst("000000003").replace("UNZ+", "U\r\nNZ+").replace("UNB+", "UN\nB+");
        // the last interchange on the connection: nothing after it tells where it ends but its UNZ
        ch.writeInbound(Unpooled.wrappedBuffer(bytes(wrapped)));
        assertEquals(wrapped, next(ch));
        assertNull(next(ch));
    }

    @Test
    void una_separators_are_used_and_a_released_terminator_is_data() {
        EmbeddedChannel ch = channel(1 << 20);
        // the FTX holds "!~UNZ*1*": a framer splitting at every ~ would end the frame there
        ch.writeInbound(Unpooled.wrappedBuffer(bytes(nonDefaultUna("000000001") + nonDefaultUna("000000002"))));
        assertEquals(nonDefaultUna("000000001"), next(ch));
        assertEquals(nonDefaultUna("000000002"), next(ch));
    }

    @Test
    void whitespace_before_an_interchange_is_dropped_silently_and_garbage_is_reported() {
        EmbeddedChannel ch = channel(1 << 20);
        ch.writeInbound(Unpooled.wrappedBuffer(bytes(" \r\n" + paxlst("000000001") + "\r\nJUNK" + paxlst("000000002"))));
        assertEquals(paxlst("000000001"), next(ch));
        assertEquals(paxlst("000000002"), next(ch));
        assertEquals(List.of(new InterchangeFramer.SkippedBytes(4)), events);
    }

    @Test
    void an_interchange_without_unz_ends_where_the_next_begins() {
        EmbeddedChannel ch = channel(1 << 20);
        String cut = "UNB+UNOA:4+A:ZZ+B:ZZ+260314:1810+1'UNH+1+PAXLST:D:12B:UN:IATA'";
        ch.writeInbound(Unpooled.wrappedBuffer(bytes(cut + paxlst("000000002"))));
        assertEquals(cut, next(ch));
        assertEquals(paxlst("000000002"), next(ch));
    }

    @Test
    void any_split_of_a_stream_yields_the_same_frames() {
        String[] sent = {paxlst("000000001"), nonDefaultUna("000000002"), paxlst("000000003"), nonDefaultUna("000000004")};
        byte[] stream = bytes(String.join("\r\n", sent));
        Random random = new Random(20261123);
        for (int round = 0; round < 500; round++) {
            EmbeddedChannel ch = channel(1 << 20);
            for (int at = 0; at < stream.length; ) {
                int n = Math.min(stream.length - at, 1 + random.nextInt(round % 2 == 0 ? 8 : 400));
                ch.writeInbound(Unpooled.wrappedBuffer(stream, at, n));
                at += n;
            }
            for (String interchange : sent) {
                assertEquals(interchange, next(ch), "round " + round);
            }
            assertNull(next(ch));
        }
    }

    @Test
    void an_oversized_interchange_fails_fast() {
        EmbeddedChannel ch = channel(100);
        assertThrows(TooLongFrameException.class,
                () -> ch.writeInbound(Unpooled.wrappedBuffer(bytes(paxlst("000000001")))));
        assertNull(next(ch));
    }

    @Test
    void garbage_longer_than_a_frame_fails_fast() {
        EmbeddedChannel ch = channel(100);
        assertThrows(CorruptedFrameException.class,
                () -> ch.writeInbound(Unpooled.wrappedBuffer(bytes("x".repeat(200)))));
    }
}
