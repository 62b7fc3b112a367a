package io.paxgate.benchmarks;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Old against new decoder on the same bytes, for a change that must not change output: every
 * push of {@link XmlCorpus} and damaged copies of it (cut short, a byte changed, a DOCTYPE, a
 * one-byte encoding) go through {@code InputDecoder} of both jars, and the results (model,
 * problems, offsets) are compared as JSON of every field. {@link EdifactDecodeCompare} does the
 * same for EDIFACT.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.paxgate.benchmarks.XmlDecodeCompare /tmp/old.jar benchmarks/target/benchmarks.jar</pre>
 */
public final class XmlDecodeCompare {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .build();
    private static final byte[][] NOISE = {"<".getBytes(), ">".getBytes(), "&".getBytes(), "\"".getBytes(),
            {(byte) 0xC3}, {(byte) 0xFF}, "x".getBytes(), " ".getBytes(), "/".getBytes(), "=".getBytes()};

    private XmlDecodeCompare() {
    }

    public static void main(String[] args) throws Exception {
        SplittableRandom r = new SplittableRandom(20261124L);
        List<byte[]> inputs = new ArrayList<>();
        for (byte[] push : XmlCorpus.load().pushes()) {
            inputs.addAll(variants(push, r));
        }
        compare(args[0], args[1], inputs);
    }

    /**
     * Decodes every input with {@code InputDecoder} of both jars and prints the first differences
     * of their JSON; exits with status 1 when any input decodes differently.
     */
    static void compare(String jarA, String jarB, List<byte[]> inputs) throws Exception {
        Method a = decoder(jarA);
        Method b = decoder(jarB);
        Object da = a.getDeclaringClass().getConstructor().newInstance();
        Object db = b.getDeclaringClass().getConstructor().newInstance();
        int n = 0;
        int differ = 0;
        for (byte[] in : inputs) {
            n++;
            String ja = JSON.writeValueAsString(a.invoke(da, (Object) in));
            String jb = JSON.writeValueAsString(b.invoke(db, (Object) in));
            if (!ja.equals(jb)) {
                differ++;
                if (differ <= 3) {
                    System.out.println("DIFFERENT on input " + n + " (" + in.length + " bytes):\n A " + cut(ja, jb)
                            + "\n B " + cut(jb, ja));
                }
            }
        }
        System.out.printf("%d inputs, %d with different output%n", n, differ);
        if (differ > 0) {
            System.exit(1);
        }
    }

    private static List<byte[]> variants(byte[] push, SplittableRandom r) {
        List<byte[]> out = withCuts(push, r, 4);
        for (int i = 0; i < 6; i++) {
            byte[] noise = NOISE[r.nextInt(NOISE.length)];
            int at = r.nextInt(push.length);
            byte[] c = new byte[push.length + noise.length - 1];
            System.arraycopy(push, 0, c, 0, at);
            System.arraycopy(noise, 0, c, at, noise.length);
            System.arraycopy(push, at + 1, c, at + noise.length, push.length - at - 1);
            out.add(c);
        }
        String s = new String(push, StandardCharsets.UTF_8);
        int decl = s.indexOf("?>") + 2;
        out.add((s.substring(0, decl) + "<!DOCTYPE x [<!ENTITY a \"b\">]>" + s.substring(decl)).getBytes(StandardCharsets.UTF_8));
        out.add(("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + s.substring(decl).replace("MUELLER", "M\u00dcLLER"))
                .getBytes(StandardCharsets.ISO_8859_1));
        out.add(s.replace("Passenger", "PASSENGER").replace("<PNR>", "<PNR>\u00e4\u20ac\ud83d\ude00").getBytes(StandardCharsets.UTF_8));
        return out;
    }

    /** {@code in} and {@code cuts} copies of it cut short at random lengths. */
    static List<byte[]> withCuts(byte[] in, SplittableRandom r, int cuts) {
        List<byte[]> out = new ArrayList<>();
        out.add(in);
        for (int i = 0; i < cuts; i++) {
            out.add(java.util.Arrays.copyOf(in, r.nextInt(in.length)));
        }
        return out;
    }

    private static String cut(String x, String y) {
        int i = 0;
        while (i < x.length() && i < y.length() && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        return x.substring(Math.max(0, i - 200), Math.min(x.length(), i + 200));
    }

    private static Method decoder(String jar) throws Exception {
        ClassLoader cl = new URLClassLoader(new URL[] {new File(jar).toURI().toURL()}, ClassLoader.getPlatformClassLoader());
        return cl.loadClass("io.paxgate.parsers.InputDecoder").getMethod("decode", byte[].class);
    }
}
