package io.paxgate.engine.server;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** How a failure is named in a log line above DEBUG: its type only, since a message may quote input. */
final class Errors {
    private Errors() {
    }

    /** The class name of the underlying cause (unwrapped from future wrappers). */
    static String kind(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c.getClass().getName();
    }
}
