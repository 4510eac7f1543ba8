package org.lonelyloop.scenario;

/**
 * One thing wrong with a scenario, located as precisely as the source allows.
 *
 * @param source  file or resource name, or {@code --set} for a command-line override
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param path    key path, e.g. {@code pathways.compensation.strength}; empty for the whole file
 * @param message what is wrong and, where possible, how to fix it
 */
public record Problem(String source, int line, int column, String path, String message) {
    /** {@code file:line:column: path: message}, the form editors and terminals link to. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (!path.isEmpty()) {
            sb.append(path).append(": ");
        }
        return sb.append(message).toString();
    }
}
