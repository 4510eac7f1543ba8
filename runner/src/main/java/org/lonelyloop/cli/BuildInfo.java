package org.lonelyloop.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Version and git commit baked into the jar at build time. */
public final class BuildInfo {
    private static final Properties PROPS = load();

    private BuildInfo() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("version.properties is unreadable", e);
        }
        return p;
    }

    public static String version() {
        return clean(PROPS.getProperty("version"), "unknown");
    }

    /** Abbreviated commit id, with {@code -dirty} when built from uncommitted changes. */
    public static String commit() {
        String c = clean(PROPS.getProperty("commit"), "unknown");
        return "true".equals(PROPS.getProperty("dirty")) ? c + "-dirty" : c;
    }

    private static String clean(String v, String fallback) {
        return v == null || v.isBlank() || v.startsWith("${") ? fallback : v;
    }
}
