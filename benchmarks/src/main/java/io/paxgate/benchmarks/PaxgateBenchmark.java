package io.paxgate.benchmarks;

import org.openjdk.jmh.annotations.Fork;

/**
 * Base of every Paxgate JMH suite: JMH inherits class annotations, so the fork's JVM flags live
 * here once. They are the root pom's {@code paxgate.jvm.flags} (annotations need constants: keep
 * the two in sync): Chronicle's module opens, no Chronicle usage analytics from any fork, and
 * native access for JNA (no warning on JDK 24+).
 * Do not pass {@code -jvmArgsAppend} on the command line: it replaces this list.
 */
@Fork(value = 1, jvmArgsAppend = {
    "-Dchronicle.analytics.disable=true",
    "--enable-native-access=ALL-UNNAMED",
    "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED",
    "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED",
    "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
    "--add-opens=jdk.compiler/com.sun.tools.javac=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED",
    "--add-opens=java.base/java.nio=ALL-UNNAMED"})
public abstract class PaxgateBenchmark {
}
