package org.lonelyloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/**
 * The sentences I/O failures become. Built from the exceptions themselves: tests may run as root, for
 * whom no folder's mode refuses a write, so a permission problem cannot be staged on disk here.
 */
class FailuresTest {
    @Test
    void eachKindOfFailureNamesItsFileAndWhatWentWrong() {
        assertEquals("permission denied: /srv/shared/results",
                Failures.describe(new AccessDeniedException("/srv/shared/results")));
        assertEquals("no such file or folder: in/p.csv", Failures.describe(new NoSuchFileException("in/p.csv")));
        assertEquals("out/report.html already exists and is in the way",
                Failures.describe(new FileAlreadyExistsException("out/report.html")));
        assertEquals("out is not a folder", Failures.describe(new NotDirectoryException("out")));
        assertEquals("/mnt/usb/run: No space left on device",
                Failures.describe(new FileSystemException("/mnt/usb/run", null, "No space left on device")));
    }

    @Test
    void aWrappedFailureIsDescribedByItsCause() {
        assertEquals("permission denied: /srv/x", Failures.describe(
                new UncheckedIOException(new AccessDeniedException("/srv/x"))));
        assertEquals("permission denied: /srv/y", Failures.describe(
                new IOException("writing failed", new AccessDeniedException("/srv/y"))));
    }
}
