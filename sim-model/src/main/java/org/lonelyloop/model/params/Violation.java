package org.lonelyloop.model.params;

/**
 * One thing wrong with a parameter value.
 *
 * @param path    key path as written in scenario files, e.g. {@code pathways.compensation.strength}
 * @param message what is wrong, in words a user can act on
 */
public record Violation(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
