package org.lonelyloop.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The scenarios bundled on the classpath under {@code scenarios/}, found by listing that folder
 * in whichever jar or directory holds it, so adding a file to scenarios/ is all it takes.
 */
public final class BundledScenarios {
    /** Sub-folder of calibration targets files, which are not scenarios. */
    public static final String TARGETS_FOLDER = "targets/";

    private BundledScenarios() {
    }

    /** Names such as {@code quickstart} or {@code interventions/usage-cap}, sorted. */
    public static List<String> names() {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = BundledScenarios.class.getClassLoader().getResources(ScenarioSource.BUNDLE_ROOT);
            for (URL url : Collections.list(roots)) {
                collect(url, names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled scenarios", e);
        }
        return List.copyOf(names);
    }

    private static void collect(URL url, TreeSet<String> names) throws IOException {
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if ("jar".equals(uri.getScheme())) {
            FileSystem fs;
            boolean opened = false;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            try {
                walk(fs.getPath(ScenarioSource.BUNDLE_ROOT), names);
            } finally {
                if (opened) {
                    fs.close();
                }
            }
        } else if ("file".equals(uri.getScheme())) {
            walk(Path.of(uri), names);
        }
    }

    private static void walk(Path root, TreeSet<String> names) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".yaml")).forEach(p -> {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(TARGETS_FOLDER)) {
                    names.add(rel.substring(0, rel.length() - ".yaml".length()));
                }
            });
        }
    }
}
