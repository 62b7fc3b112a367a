package io.paxgate.engine.server;

import io.netty.buffer.ByteBuf;
import io.netty.util.ByteProcessor;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.CorruptedFrameException;
import io.netty.handler.codec.TooLongFrameException;

import java.util.List;

/**
 * Frames a byte stream into EDIFACT interchanges, each emitted as a {@code byte[]} from its
 * {@code UNA} (or {@code UNB}) to the segment terminator of its {@code UNZ}, with the separators
 * the interchange declares. Scans bytes incrementally: a frame split over many reads is scanned
 * once. Whitespace (CR/LF) between segments stays in the frame; whitespace and garbage before an
 * interchange are dropped, the garbage reported as a {@link SkippedBytes} user event.
 * <p>
 * A frame that runs past {@code maxFrameBytes} fails fast with {@link TooLongFrameException}, as
 * does garbage that long without an interchange start ({@link CorruptedFrameException}); the
 * framer then discards everything that follows. An interchange cut off by the next {@code UNA} or
 * {@code UNB} (its {@code UNZ} missing) is emitted as it is, for the decoder to report.
 */
public final class InterchangeFramer extends ByteToMessageDecoder {
    /** ISO 9735 level B separators, used by a UNB with no UNA whose element separator is IS3. */
    private static final byte LEVEL_B_COMPONENT = 0x1F;
    private static final byte LEVEL_B_ELEMENT = 0x1D;
    private static final byte LEVEL_B_TERMINATOR = 0x1C;

    private final int maxFrameBytes;

    // the frame being scanned; offsets are from in.readerIndex(), which stays put until it is emitted
    private boolean inFrame;
    private int scanned;
    private byte terminator;
    private byte release;
    private boolean hasRelease;
    private boolean released;
    private boolean segmentStart;
    private boolean inUnz;
    private boolean sawUnb;
    private long garbage;
    private boolean failed;
    /** Stops at the terminator or the release character of the frame being scanned. */
    private final ByteProcessor segmentBody = b -> b != terminator && !(hasRelease && b == release);

    /** Garbage dropped before an interchange: how many bytes (never their content: it may be personal data). */
    public record SkippedBytes(long count) {
    }

    public InterchangeFramer(int maxFrameBytes) {
        if (maxFrameBytes < 16) {
            throw new IllegalArgumentException("maxFrameBytes must be at least 16: " + maxFrameBytes);
        }
        this.maxFrameBytes = maxFrameBytes;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        if (!inFrame && !findStart(ctx, in)) {
            return;
        }
        int length = scan(in);
        if (length < 0 || length > maxFrameBytes) {
            if (length > maxFrameBytes || scanned > maxFrameBytes) {
                fail(in);
                throw new TooLongFrameException("interchange over " + maxFrameBytes + " bytes");
            }
            return;
        }
        byte[] frame = new byte[length];
        in.readBytes(frame);
        inFrame = false;
        out.add(frame);
    }

    /** Drops bytes up to a {@code UNA} or {@code UNB}; true once positioned on one with its separators known. */
    private boolean findStart(ChannelHandlerContext ctx, ByteBuf in) {
        while (in.readableBytes() >= 3) {
            int i = in.readerIndex();
            byte b = in.getByte(i);
            if (b == 'U' && in.getByte(i + 1) == 'N') {
                byte t = in.getByte(i + 2);
                if (t == 'A') {
                    if (in.readableBytes() < 9) {
                        return false;
                    }
                    // UNA:+.? ' : component, element, decimal, release, repetition, terminator
                    begin(in.getByte(i + 6), in.getByte(i + 8), 9);
                    hasRelease = release != ' ';
                    return reportGarbage(ctx);
                }
                if (t == 'B') {
                    if (in.readableBytes() < 4) {
                        return false;
                    }
                    if (in.getByte(i + 3) == LEVEL_B_ELEMENT) {
                        begin((byte) 0, LEVEL_B_TERMINATOR, 0);
                        hasRelease = false;
                    } else {
                        begin((byte) '?', (byte) '\'', 0);
                    }
                    return reportGarbage(ctx);
                }
            }
            if (!isWhitespace(b)) {
                garbage++;
                if (garbage > maxFrameBytes) {
                    fail(in);
                    throw new CorruptedFrameException("no UNA or UNB in " + garbage + " bytes");
                }
            }
            in.skipBytes(1);
        }
        return false;
    }

    private void begin(byte releaseChar, byte terminatorChar, int headerLength) {
        inFrame = true;
        release = releaseChar;
        hasRelease = true;
        terminator = terminatorChar;
        scanned = headerLength;
        released = false;
        segmentStart = true;
        inUnz = false;
        sawUnb = false;
    }

    private boolean reportGarbage(ChannelHandlerContext ctx) {
        if (garbage > 0) {
            ctx.fireUserEventTriggered(new SkippedBytes(garbage));
            garbage = 0;
        }
        return true;
    }

    /** The frame's length once its UNZ is terminated (or the next interchange starts), else -1. */
    private int scan(ByteBuf in) {
        int start = in.readerIndex();
        int limit = in.writerIndex();
        int i = start + scanned;
        while (i < limit) {
            if (segmentStart) {
                byte b = in.getByte(i);
                if (isWhitespace(b)) {
                    i++;
                    continue;
                }
                // the tag's three letters, skipping line breaks: Type B text is hard-wrapped anywhere,
                // also inside a tag (U<CR><LF>NZ)
                int tag = tagAt(in, i, limit);
                if (tag < 0) {
                    break;
                }
                if (tag >>> 8 == ('U' << 8 | 'N')) {
                    byte t = (byte) tag;
                    if (t == 'Z') {
                        inUnz = true;
                    } else if (t == 'B' && !sawUnb) {
                        sawUnb = true;
                    } else if (t == 'B' || t == 'A' && i > start) {
                        return i - start;
                    }
                }
                segmentStart = false;
            }
            if (released) {
                released = false;
                i++;
                continue;
            }
            // inside a segment: jump to its next release character or terminator
            int end = Math.min(limit, start + maxFrameBytes + 1);
            int hit = in.forEachByte(i, end - i, segmentBody);
            if (hit < 0) {
                i = end;
            } else if (in.getByte(hit) == terminator) {
                i = hit + 1;
                if (inUnz) {
                    return i - start;
                }
                segmentStart = true;
            } else {
                released = true;
                i = hit + 1;
            }
            if (i - start > maxFrameBytes) {
                break;
            }
        }
        scanned = i - start;
        return -1;
    }

    private void fail(ByteBuf in) {
        failed = true;
        in.skipBytes(in.readableBytes());
    }

    /** The three tag letters from {@code i} with CR/LF left out, packed in an int; -1 until all have arrived. */
    private static int tagAt(ByteBuf in, int i, int limit) {
        int tag = 0;
        int n = 0;
        for (int k = i; k < limit && n < 3; k++) {
            byte b = in.getByte(k);
            if (b != '\r' && b != '\n') {
                tag = tag << 8 | (b & 0xFF);
                n++;
            }
        }
        return n == 3 ? tag : -1;
    }

    private static boolean isWhitespace(byte b) {
        return b == '\r' || b == '\n' || b == ' ' || b == '\t';
    }
}
