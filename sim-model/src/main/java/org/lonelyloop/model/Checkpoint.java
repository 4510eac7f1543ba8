package org.lonelyloop.model;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A model saved between two days, and read back to continue exactly where it stopped: the schedule,
 * the population, the networks and every random stream's key (streams are keyed by day, so there is
 * no generator state to lose). The same format as MASON's own checkpoints (a gzipped Java
 * serialisation of the SimState).
 *
 * <p>Reading accepts only LonelyLoop's own classes, MASON's engine, MASON's random number generator
 * and plain JDK values and collections ({@link #ALLOWED}): Java deserialisation of a file from
 * elsewhere can otherwise run code, so a checkpoint holding anything else is refused before any of
 * it is built.
 */
public final class Checkpoint {
    /** The allow-list, in the JDK's filter-pattern syntax; everything else is rejected. */
    public static final String ALLOWED = "maxdepth=64;maxrefs=10000000;maxarray=2147483647;"
            + "org.lonelyloop.**;sim.engine.*;sim.util.*;ec.util.MersenneTwisterFast;"
            + "java.lang.Number;java.lang.Integer;java.lang.Long;java.lang.Double;java.lang.Float;java.lang.Short;"
            + "java.lang.Byte;java.lang.Boolean;java.lang.String;java.lang.Enum;java.lang.Object;java.lang.Record;"
            + "java.lang.Comparable;java.util.ArrayList;java.util.HashMap;java.util.LinkedHashMap;java.util.EnumMap;"
            + "java.util.HashSet;java.util.Map$Entry;java.util.ImmutableCollections$*;java.util.CollSer;"
            + "java.util.Collections$*;!*";

    /** Bytes buffered between the serialisation and the file, and in the gzip container. */
    private static final int BUFFER = 1 << 20;

    private Checkpoint() {
    }

    /**
     * Saves the model (between two days), stored in a gzip container without compressing it.
     * Deflating at the default level took 37 s per million agents (about nine minutes for the whole
     * country, on every checkpoint) to save 40 % of the bytes; stored, it takes 2 s. The container
     * keeps its CRC, and files written compressed before are still read.
     */
    public static void write(LonelyLoop model, OutputStream out) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER);
        GZIPOutputStream zip = new GZIPOutputStream(buffered, BUFFER) {
            {
                def.setLevel(Deflater.NO_COMPRESSION);
            }
        };
        ObjectOutputStream o = new ObjectOutputStream(zip);
        o.writeObject(model);
        o.flush();
        zip.finish();
        buffered.flush();
    }

    /**
     * Reads a saved model.
     *
     * @throws IOException           the file is not a readable checkpoint
     * @throws RefusedException      it holds a class outside the allow-list
     */
    public static LonelyLoop read(InputStream in) throws IOException {
        ObjectInputFilter patterns = ObjectInputFilter.Config.createFilter(ALLOWED);
        String[] rejected = new String[1];
        ObjectInputFilter filter = info -> {
            ObjectInputFilter.Status s = patterns.checkInput(info);
            if (s == ObjectInputFilter.Status.REJECTED && rejected[0] == null) {
                Class<?> c = info.serialClass();
                rejected[0] = c == null ? "a size limit" : c.getName();
            }
            return s;
        };
        try (ObjectInputStream o = new ObjectInputStream(new GZIPInputStream(new BufferedInputStream(in, BUFFER), BUFFER))) {
            o.setObjectInputFilter(filter);
            Object read = o.readObject();
            if (!(read instanceof LonelyLoop)) {
                throw new IOException("not a LonelyLoop checkpoint (it holds a " + read.getClass().getName() + ")");
            }
            return (LonelyLoop) read;
        } catch (InvalidClassException e) {
            if (rejected[0] == null) {
                // Not refused by the filter: one of our classes changed shape since the file was saved.
                throw e;
            }
            throw new RefusedException(rejected[0]);
        } catch (ClassNotFoundException e) {
            throw new IOException("not a LonelyLoop checkpoint of this version (unknown class " + e.getMessage() + ")");
        } catch (ClassCastException | IllegalStateException e) {
            throw new IOException("not a readable LonelyLoop checkpoint: " + e.getMessage());
        }
    }

    /**
     * An independent copy of the model as it stands between two days (through the same
     * serialisation a checkpoint uses): stepped alongside the original with the same seed, it
     * draws the same random numbers, so two worlds can be branched from one history.
     */
    public static LonelyLoop copy(LonelyLoop model) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            write(model, bytes);
            return read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("copying a model in memory", e);
        }
    }

    /** A checkpoint that holds something other than the model's own classes. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedException(String detail) {
            super("checkpoint refused: it holds a class LonelyLoop does not load from checkpoints (" + detail + ")");
        }
    }
}
