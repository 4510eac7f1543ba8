package org.lonelyloop.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Path;
import org.lonelyloop.table.Csv;

/**
 * An output written row by row into one CSV file: opened with its header, or continued after the
 * rows already there when a run resumes; flushed before a checkpoint; closed at the end.
 */
public abstract class CsvFileOutput implements RunOutput {
    /** The file's writer, for the rows. */
    protected final BufferedWriter out;

    protected CsvFileOutput(Path file, boolean append, String header) throws IOException {
        out = Csv.open(file, append, header);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
