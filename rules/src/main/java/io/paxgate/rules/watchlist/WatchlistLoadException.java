package io.paxgate.rules.watchlist;

import java.nio.file.Path;

/**
 * A list file that cannot be loaded. The message names the file, where in it (CSV line, or XML
 * element path with line and column), the field, what is wrong and what to do; the previous
 * version of the list stays in force.
 */
public final class WatchlistLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Path file;
    private final long line;
    private final long column;
    private final String elementPath;
    private final String field;

    private WatchlistLoadException(Path file, long line, long column, String elementPath, String field,
                                   String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.elementPath = elementPath;
        this.field = field;
    }

    /** A problem in a CSV record: {@code line} is the 1-based line the record starts on. */
    public static WatchlistLoadException atLine(Path file, long line, String field, String problem) {
        return atLine(file, line, field, problem, null);
    }

    public static WatchlistLoadException atLine(Path file, long line, String field, String problem, Throwable cause) {
        String where = file + " line " + line + (field == null ? "" : ", field '" + field + "'");
        return new WatchlistLoadException(file, line, -1, null, field, where + ": " + problem, cause);
    }

    /** A problem in an XML element: {@code elementPath} like {@code CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[3]/DATE}. */
    public static WatchlistLoadException atElement(Path file, String elementPath, long line, long column, String field,
                                                   String problem, Throwable cause) {
        String where = file + " element " + elementPath + " (line " + line + ", column " + column + ")"
                + (field == null ? "" : ", field '" + field + "'");
        return new WatchlistLoadException(file, line, column, elementPath, field, where + ": " + problem, cause);
    }

    /** The file as a whole (missing, unreadable, wrong format). */
    public static WatchlistLoadException ofFile(Path file, String problem, Throwable cause) {
        return new WatchlistLoadException(file, -1, -1, null, null, file + ": " + problem, cause);
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or -1 when the problem is the whole file. */
    public long line() {
        return line;
    }

    /** 1-based column (XML only), else -1. */
    public long column() {
        return column;
    }

    /** XML element path, or null for CSV. */
    public String elementPath() {
        return elementPath;
    }

    /** The column or element name at fault, or null. */
    public String field() {
        return field;
    }
}
