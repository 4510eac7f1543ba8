package org.lonelyloop.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a scenario's text comes from: a file, or a scenario bundled on the classpath. Sources know
 * how to resolve an {@code extends:} path relative to themselves and whether the result stays
 * inside the folder tree they may read from.
 */
public abstract class ScenarioSource {
    /** Classpath folder of the bundled scenarios. */
    public static final String BUNDLE_ROOT = "scenarios/";

    /** Name used in messages: a path as the user gave it, or {@code bundled:name}. */
    public abstract String displayName();

    /** Identity for cycle detection. */
    public abstract String identity();

    public abstract String read() throws IOException;

    /** The largest scenario file read: far beyond any real one, far below what makes parsing slow. */
    public static final long MAX_BYTES = 1 << 20;

    /**
     * The source an {@code extends:} value names, relative to this one.
     *
     * @throws IllegalArgumentException when the path leaves the allowed folder tree
     */
    public abstract ScenarioSource resolve(String relative);

    /** The scenario's file name without folder and extension (the default scenario name). */
    public abstract String baseName();

    public static ScenarioSource file(Path path) {
        return new FileSource(path, path.toAbsolutePath().normalize().getParent());
    }

    /** A bundled scenario, by its path under {@code scenarios/} without the extension. */
    public static ScenarioSource bundled(String name) {
        return new ResourceSource(BUNDLE_ROOT + name + ".yaml");
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static final class FileSource extends ScenarioSource {
        private final Path path;
        private final Path root;

        FileSource(Path path, Path root) {
            this.path = path;
            this.root = root;
        }

        @Override
        public String displayName() {
            return path.toString();
        }

        @Override
        public String identity() {
            return path.toAbsolutePath().normalize().toString();
        }

        @Override
        public String read() throws IOException {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString(), null, "no such file");
            }
            // Checked before reading: /dev/zero never ends, and a huge file takes minutes to parse.
            if (!Files.isRegularFile(path)) {
                throw new IOException("not a regular file (a folder, a device or a pipe); give a scenario file");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new IOException("the file is " + (size >> 10) + " KB; a scenario file is at most " + (MAX_BYTES >> 10)
                        + " KB (it states only what differs from the defaults)");
            }
            try {
                return Files.readString(path, StandardCharsets.UTF_8);
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new IOException("not UTF-8 text; save the file as UTF-8");
            }
        }

        @Override
        public ScenarioSource resolve(String relative) {
            // A bundled scenario by name (nl-adults, nl-adults.yaml, interventions/hobby or
            // bundled:nl-adults) when no file of that name lies beside this one: a researcher's own
            // file can build on the bundled library without copying it.
            String bundledName = relative.startsWith("bundled:") ? relative.substring("bundled:".length())
                    : stripExtension(relative);
            Path beside = path.toAbsolutePath().normalize().getParent().resolve(relative).normalize();
            if ((relative.startsWith("bundled:") || !Files.exists(beside))
                    && BundledScenarios.names().contains(bundledName)) {
                return bundled(bundledName);
            }
            Path target = beside;
            if (!target.startsWith(root)) {
                throw new IllegalArgumentException("'" + relative + "' leaves the folder of the scenario given on the "
                        + "command line; scenarios may only extend files in that folder or below it");
            }
            Path shown = path.getParent() == null ? Path.of(relative) : path.getParent().resolve(relative).normalize();
            return new FileSource(shown, root);
        }

        @Override
        public String baseName() {
            return stripExtension(path.getFileName().toString());
        }
    }

    static final class ResourceSource extends ScenarioSource {
        private final String resource;

        ResourceSource(String resource) {
            this.resource = resource;
        }

        @Override
        public String displayName() {
            return "bundled:" + resource.substring(BUNDLE_ROOT.length());
        }

        @Override
        public String identity() {
            return "classpath:" + resource;
        }

        @Override
        public String read() throws IOException {
            try (InputStream in = ScenarioSource.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new NoSuchFileException(displayName(), null, "no such bundled scenario");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        @Override
        public ScenarioSource resolve(String relative) {
            String folder = resource.substring(0, resource.lastIndexOf('/') + 1);
            String target = Path.of(folder).resolve(relative).normalize().toString().replace('\\', '/');
            if (!target.startsWith(BUNDLE_ROOT)) {
                throw new IllegalArgumentException("'" + relative + "' leaves the bundled scenario folder");
            }
            return new ResourceSource(target);
        }

        @Override
        public String baseName() {
            return stripExtension(resource.substring(resource.lastIndexOf('/') + 1));
        }
    }
}
