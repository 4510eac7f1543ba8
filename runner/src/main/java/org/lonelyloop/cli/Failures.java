package org.lonelyloop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns I/O failures into sentences that name the file and what went wrong. */
final class Failures {
    private Failures() {
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            NoSuchFileException n = (NoSuchFileException) e;
            return n.getReason() != null ? n.getFile() + " " + n.getReason() : "no such file or folder: " + n.getFile();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + ((AccessDeniedException) e).getFile();
        }
        if (e instanceof FileAlreadyExistsException) {
            FileSystemException f = (FileSystemException) e;
            return f.getFile() + (f.getReason() == null ? " already exists and is in the way" : " " + f.getReason());
        }
        if (e instanceof NotDirectoryException) {
            return ((NotDirectoryException) e).getFile() + " is not a folder";
        }
        if (e instanceof FileSystemException) {
            FileSystemException f = (FileSystemException) e;
            return f.getFile() + ": " + (f.getReason() == null ? "cannot be used" : f.getReason());
        }
        if (e.getCause() instanceof FileSystemException || e.getMessage() == null && e.getCause() instanceof IOException) {
            return describe((IOException) e.getCause());
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    static String describe(UncheckedIOException e) {
        return describe(e.getCause());
    }
}
